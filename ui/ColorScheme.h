#pragma once

// Whether the desktop wants a light or a dark application. Qt 6.4's platform themes pass on a
// KDE colour scheme (the palette arrives dark by itself) but not GNOME's "prefer dark" or the
// XDG portal's colour-scheme; for those the application takes Fusion with a dark palette.
namespace ColorScheme {

enum class Scheme { Unknown, Light, Dark };

// ROSTER_COLOR_SCHEME=dark|light first (for a desktop that says nothing, and for screenshots),
// then the XDG desktop portal's org.freedesktop.appearance color-scheme, then GTK_THEME's
// ":dark" suffix.
Scheme wanted();

// Applies wanted() when the platform's palette disagrees with it, and from then on follows the
// portal's color-scheme changes (unless ROSTER_COLOR_SCHEME chose). Call before any window.
void apply();

} // namespace ColorScheme

#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

class QWidget;

// Colours and icons that follow the desktop. Nothing in ui/ writes a colour literal or a style
// sheet colour: the tones below are derived from the palette in use, so they read in a light and
// in a dark palette alike, and they are always paired with a word or an icon (state is never told
// by colour alone).
namespace Theme {

enum class Tone { Information, Positive, Warning, Error };

// The WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);

// A text colour for `tone` with at least 4.5:1 contrast against the palette's Window and Base.
QColor toneText(Tone tone, const QPalette &palette);
// A quiet background wash for `tone` over the palette's Window, on which WindowText keeps 4.5:1.
QColor toneBackground(Tone tone, const QPalette &palette);
// A border or accent for `tone` (an outline, not text).
QColor toneAccent(Tone tone, const QPalette &palette);

// Secondary text (an empty list's explanation, "Loading…"): quieter than the palette's text but
// with at least 4.5:1 contrast against its Window and Base, unlike PlaceholderText or disabled text.
QColor mutedText(const QPalette &palette);
// Gives `widget` mutedText() and keeps it right when the application's palette changes.
void setMutedText(QWidget *widget);

// Gives `widget` the tone's text colour (WindowText and Text) and keeps it right when the
// application's palette changes (light to dark and back).
void setToneText(QWidget *widget, Tone tone);

// The desktop theme's icon `name`, with the bundled SVG (":/icons/<name>.svg") as the fallback.
QIcon icon(const QString &name);

// True when the palette is a dark one (light text on a dark window).
bool isDark(const QPalette &palette);

// Fusion's palette, light or dark (Fusion's own light one, and a dark one in the same spirit).
QPalette fusionPalette(bool dark);
// Switches the application to the Fusion style with that palette: for a desktop whose colour
// scheme Qt 6.4's platform theme does not pass on (GNOME's "prefer dark", for one).
void useFusionPalette(bool dark);

} // namespace Theme

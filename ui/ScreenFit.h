#pragma once

#include <QSize>

class QWidget;

// Window sizes that respect the screen: a window opens at the size it would like, or smaller
// where the screen's free area is smaller (a 1024×640 laptop panel, say), with or without a
// window manager to clamp it.
namespace ScreenFit {

// `wanted`, bounded by the available area of the screen `window` is on.
QSize bounded(const QWidget *window, const QSize &wanted);
// Resizes `window` to bounded(window, wanted).
void resize(QWidget *window, const QSize &wanted);

} // namespace ScreenFit

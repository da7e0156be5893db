#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace ScreenFit {

QSize bounded(const QWidget *window, const QSize &wanted)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return wanted;
    return wanted.boundedTo(screen->availableGeometry().size()).expandedTo(window->minimumSizeHint());
}

void resize(QWidget *window, const QSize &wanted)
{
    window->resize(bounded(window, wanted));
}

} // namespace ScreenFit

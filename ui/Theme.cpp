#include "Theme.h"

#include <QApplication>
#include <QBuffer>
#include <QEvent>
#include <QFile>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>
#include <cmath>
#include <optional>

namespace Theme {

namespace {

// The hues only (Breeze's negative, neutral, positive and focus colours); lightness is chosen
// against the palette each time, so these never reach the screen as they are.
QColor hue(Tone tone)
{
    switch (tone) {
    case Tone::Information:
        return QColor::fromRgb(0x3d, 0xae, 0xe9);
    case Tone::Positive:
        return QColor::fromRgb(0x27, 0xae, 0x60);
    case Tone::Warning:
        return QColor::fromRgb(0xf6, 0x74, 0x00);
    case Tone::Error:
        return QColor::fromRgb(0xda, 0x44, 0x53);
    }
    return {};
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

// Moves `color`'s lightness away from the backgrounds until it has `ratio` against all of them.
QColor withContrast(QColor color, const QList<QColor> &backgrounds, double ratio)
{
    const bool dark = luminance(backgrounds.constFirst()) < 0.5;
    const auto enough = [&](const QColor &c) {
        for (const QColor &background : backgrounds) {
            if (contrast(c, background) < ratio)
                return false;
        }
        return true;
    };
    const float h = color.hslHueF(), s = color.hslSaturationF();
    float l = color.lightnessF();
    while (!enough(color) && l > 0.0f && l < 1.0f) {
        l = dark ? qMin(1.0f, l + 0.02f) : qMax(0.0f, l - 0.02f);
        color = QColor::fromHslF(h, s, l);
    }
    return color;
}

class ToneKeeper : public QObject {
public:
    // No tone: the muted text of secondary lines (mutedText()).
    ToneKeeper(QWidget *widget, std::optional<Tone> tone) : QObject(widget), m_widget(widget), m_tone(tone)
    {
        widget->installEventFilter(this);
        apply();
    }
    void setTone(std::optional<Tone> tone)
    {
        m_tone = tone;
        apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget
            && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
                || event->type() == QEvent::StyleChange))
            apply();
        return false;
    }

private:
    void apply()
    {
        // The application's palette, not the widget's: that one carries our own colours.
        const QPalette base = QApplication::palette(m_widget);
        const QColor text = m_tone ? toneText(*m_tone, base) : mutedText(base);
        if (m_widget->palette().color(QPalette::WindowText) == text
            && m_widget->palette().color(QPalette::Text) == text)
            return;
        QPalette palette = m_widget->palette();
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Text, text);
        m_widget->setPalette(palette);
    }

    QWidget *m_widget;
    std::optional<Tone> m_tone;
};

void keep(QWidget *widget, std::optional<Tone> tone)
{
    for (QObject *child : widget->children()) {
        if (auto *keeper = dynamic_cast<ToneKeeper *>(child)) {
            keeper->setTone(tone);
            return;
        }
    }
    new ToneKeeper(widget, tone);
}

// A bundled drawing whose ink (#232629) takes the application palette's text colour when it is
// drawn, at the exact size asked for: sharp at 200% (or 150%), and right again after the
// palette turns dark or light, with no icon set anew. Colourful drawings (the status icons)
// keep their colours.
class InkIconEngine : public QIconEngine {
public:
    InkIconEngine(const QString &name, const QByteArray &drawing) : m_name(name), m_drawing(drawing) { }

    QIconEngine *clone() const override { return new InkIconEngine(m_name, m_drawing); }
    QString key() const override { return QStringLiteral("RosterInk"); }
    bool isNull() override { return m_drawing.isEmpty(); }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty())
            return QPixmap();
        const QPalette palette = QApplication::palette();
        const bool inked = m_drawing.contains("#232629");
        QColor ink
            = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                            mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
        const QString cacheKey = QStringLiteral("roster-ink:%1:%2x%3:%4:%5")
                                     .arg(m_name)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(inked ? ink.name(QColor::HexArgb) : QString())
                                     .arg(int(mode));
        QPixmap result;
        if (QPixmapCache::find(cacheKey, &result))
            return result;
        QByteArray svg = m_drawing;
        if (inked)
            svg.replace("#232629", ink.name().toLatin1());
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(size);
        result = QPixmap::fromImage(reader.read());
        if (!inked && mode == QIcon::Disabled && !result.isNull()) {
            QStyleOption option;
            option.palette = palette;
            result = QApplication::style()->generatedIconPixmap(QIcon::Disabled, result, &option);
        }
        QPixmapCache::insert(cacheKey, result);
        return result;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

private:
    QString m_name;
    QByteArray m_drawing;
};

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

QPalette fusionPalette(bool dark)
{
    if (!dark) {
        QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        const QPalette light = fusion ? fusion->standardPalette() : QPalette();
        delete fusion;
        return light;
    }
    // Greys close to Breeze Dark's, with the same focus blue.
    const QColor window = QColor::fromRgb(0x2a, 0x2e, 0x32);
    const QColor base = QColor::fromRgb(0x1b, 0x1e, 0x20);
    const QColor text = QColor::fromRgb(0xfc, 0xfc, 0xfc);
    const QColor dimmed = QColor::fromRgb(0xa1, 0xa9, 0xb1);
    const QColor button = QColor::fromRgb(0x31, 0x36, 0x3b);
    const QColor highlight = QColor::fromRgb(0x3d, 0xae, 0xe9);
    QPalette palette;
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor::fromRgb(0x23, 0x26, 0x29));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dimmed);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, QColor::fromRgb(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Link, QColor::fromRgb(0x1d, 0x99, 0xf3));
    palette.setColor(QPalette::LinkVisited, QColor::fromRgb(0x9b, 0x59, 0xb6));
    palette.setColor(QPalette::BrightText, QColor::fromRgb(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Light, button.lighter(150));
    palette.setColor(QPalette::Midlight, button.lighter(125));
    palette.setColor(QPalette::Mid, button.darker(110));
    palette.setColor(QPalette::Dark, button.darker(150));
    palette.setColor(QPalette::Shadow, QColor::fromRgb(0x10, 0x10, 0x10));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, QColor::fromRgb(0x6e, 0x75, 0x7c));
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor::fromRgb(0x4d, 0x52, 0x57));
    return palette;
}

void useFusionPalette(bool dark)
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(fusionPalette(dark));
}

QColor toneText(Tone tone, const QPalette &palette)
{
    return withContrast(hue(tone), { palette.color(QPalette::Window), palette.color(QPalette::Base) }, 4.6);
}

QColor toneBackground(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    // A light wash; thinner if the palette's own text would fall under 4.5:1 on it.
    for (double amount = isDark(palette) ? 0.25 : 0.18; amount > 0.0; amount -= 0.03) {
        const QColor background = mix(window, hue(tone), amount);
        if (contrast(text, background) >= 4.6)
            return background;
    }
    return window;
}

QColor toneAccent(Tone tone, const QPalette &palette)
{
    return withContrast(hue(tone), { palette.color(QPalette::Window) }, 3.0);
}

void setToneText(QWidget *widget, Tone tone)
{
    keep(widget, tone);
}

void setMutedText(QWidget *widget)
{
    keep(widget, std::nullopt);
}

QColor mutedText(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    QColor placeholder = palette.color(QPalette::PlaceholderText);
    placeholder = mix(window, QColor::fromRgbF(placeholder.redF(), placeholder.greenF(), placeholder.blueF()),
                      placeholder.alphaF()); // as it shows over the window
    // Quieter than the text, but never below 4.5:1 on the window or a list's base.
    for (double amount = 0.0; amount < 1.0; amount += 0.05) {
        const QColor candidate = mix(placeholder, text, amount);
        if (contrast(candidate, window) >= 4.6 && contrast(candidate, palette.color(QPalette::Base)) >= 4.6)
            return candidate;
    }
    return text;
}

QIcon icon(const QString &name)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return QIcon();
    return QIcon(new InkIconEngine(name, file.readAll()));
}

} // namespace Theme

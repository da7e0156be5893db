#include "MessageWidget.h"

#include "Theme.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageWidget"));
    // Painted in paintEvent() from the palette: no style sheet, so a palette change repaints it right.
    setFrameShape(QFrame::NoFrame);
    // Messages carry the server's own words: shown as text, never as markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setIcon(Theme::icon(QStringLiteral("window-close")));
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setAccessibleDescription(tr("Hides this message"));
    m_icon->setAccessibleName(tr("Message"));
    m_action->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &MessageWidget::hideMessage);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hideMessage();
        Q_EMIT actionTriggered();
    });
    hide();
}

void MessageWidget::showMessage(const QString &text, Type type)
{
    showMessage(text, type, QString());
}

void MessageWidget::showMessage(const QString &text, Type type, const QString &actionText)
{
    m_type = type;
    m_text->setText(text);
    setAccessibleName(text);
    // An icon and the words tell the kind; the tint only repeats it.
    static const char *const icons[]
        = { "dialog-information", "emblem-ok", "dialog-warning", "dialog-error" };
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(Theme::icon(QLatin1String(icons[int(type)])).pixmap(size, size));
    update();
    m_action->setVisible(!actionText.isEmpty());
    m_action->setText(actionText);
    show();
}

Theme::Tone MessageWidget::tone() const
{
    switch (m_type) {
    case Type::Information:
        break;
    case Type::Positive:
        return Theme::Tone::Positive;
    case Type::Warning:
        return Theme::Tone::Warning;
    case Type::Error:
        return Theme::Tone::Error;
    }
    return Theme::Tone::Information;
}

QColor MessageWidget::backgroundColor() const
{
    return Theme::toneBackground(tone(), palette());
}

void MessageWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Theme::toneAccent(tone(), palette()), 1.0));
    painter.setBrush(backgroundColor());
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QFrame::paintEvent(event);
}

void MessageWidget::hideMessage()
{
    hide();
}

QString MessageWidget::text() const
{
    return m_text->text();
}

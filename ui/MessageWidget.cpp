#include "MessageWidget.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
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
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Messages carry the server's own words: shown as text, never as markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));
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
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint = QColor(0x3d, 0xae, 0xe9);
    switch (type) {
    case Type::Information:
        break;
    case Type::Positive:
        tint = QColor(0x27, 0xae, 0x60);
        break;
    case Type::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xf6, 0x74, 0x00);
        break;
    case Type::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xda, 0x44, 0x53);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    // A light wash of the type's colour over the window colour reads well in light and dark palettes.
    // The application's colour, not ours: our own palette carries the previous message's tint.
    const QColor window = QApplication::palette(this).color(QPalette::Window);
    const QColor background = QColor::fromRgbF(window.redF() * 0.8 + tint.redF() * 0.2,
                                               window.greenF() * 0.8 + tint.greenF() * 0.2,
                                               window.blueF() * 0.8 + tint.blueF() * 0.2);
    setStyleSheet(
        QStringLiteral("#messageWidget { background: %1; border: 1px solid %2; border-radius: 4px; }")
            .arg(background.name(), tint.name()));
    m_action->setVisible(!actionText.isEmpty());
    m_action->setText(actionText);
    show();
}

void MessageWidget::hideMessage()
{
    hide();
}

QString MessageWidget::text() const
{
    return m_text->text();
}

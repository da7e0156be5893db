#include "EmptyState.h"

#include "PlainText.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

EmptyState::EmptyState(const QIcon &icon, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent),
      m_picture(new QLabel(this)),
      m_title(PlainText::label(title, this)),
      m_text(PlainText::label(text, this))
{
    setIcon(icon);
    m_picture->setAlignment(Qt::AlignCenter);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    Theme::setMutedText(m_text);
    m_title->setTextInteractionFlags(Qt::NoTextInteraction);
    m_text->setTextInteractionFlags(Qt::NoTextInteraction);

    m_column = new QVBoxLayout;
    m_column->addWidget(m_picture);
    m_column->addSpacing(6);
    m_column->addWidget(m_title);
    m_column->addWidget(m_text);
    auto *holder = new QWidget(this);
    holder->setLayout(m_column);
    holder->setMaximumWidth(420);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(holder, 3);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
}

void EmptyState::setIcon(const QIcon &icon)
{
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize) * 3 / 2;
    m_picture->setPixmap(icon.pixmap(size, size, QIcon::Disabled));
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::addButton(QWidget *button)
{
    m_column->addSpacing(8);
    m_column->addWidget(button, 0, Qt::AlignHCenter);
}

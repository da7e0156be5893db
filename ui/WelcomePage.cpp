#include "WelcomePage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent),
      m_savedLabel(new QLabel(tr("Saved connections:"), this)),
      m_saved(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    auto *title = new QLabel(tr("Welcome to Roster"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    auto *text
        = new QLabel(tr("Roster administers the users of your user-management services: search the "
                        "directory, open a user, edit them, activate or deactivate them, and see their "
                        "projects and artifacts.\n\nAdd a connection to your own service, or open the demo "
                        "to try Roster against a built-in server with sample data."),
                     this);
    text->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Connection…"), this);
    add->setObjectName(QStringLiteral("addConnectionButton"));
    add->setDefault(true);
    auto *demo = new QPushButton(tr("Open Demo"), this);
    demo->setObjectName(QStringLiteral("openDemoButton"));
    buttons->addWidget(add);
    buttons->addWidget(demo);
    buttons->addStretch();
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(text);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(m_savedLabel);
    column->addWidget(m_saved);
    m_saved->setMaximumHeight(160);
    m_saved->setAccessibleName(tr("Saved connections"));

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *holder = new QWidget(this);
    holder->setLayout(column);
    holder->setMaximumWidth(560);
    row->addWidget(holder, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(add, &QPushButton::clicked, this, &WelcomePage::addConnectionRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_saved, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT profileRequested(item->data(Qt::UserRole).toString()); });
    setProfiles({});
}

void WelcomePage::setProfiles(const QList<ConnectionProfile> &profiles)
{
    m_saved->clear();
    for (const ConnectionProfile &profile : profiles) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(profile.name, profile.baseUrl.toString(QUrl::RemoveUserInfo)), m_saved);
        item->setData(Qt::UserRole, profile.id);
    }
    m_savedLabel->setVisible(!profiles.isEmpty());
    m_saved->setVisible(!profiles.isEmpty());
}

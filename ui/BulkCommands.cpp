#include "BulkCommands.h"

#include "BulkProgressDialog.h"
#include "Theme.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QWidget>

BulkCommands::BulkCommands(QWidget *window)
    : QObject(window),
      m_window(window),
      m_activate(new QAction(Theme::icon(QStringLiteral("media-playback-start")), QString(), window)),
      m_deactivate(new QAction(Theme::icon(QStringLiteral("media-playback-pause")), QString(), window)),
      m_delete(new QAction(Theme::icon(QStringLiteral("edit-delete")), QString(), window)),
      m_stateMenu(new QMenu(window)),
      m_roleMenu(new QMenu(window))
{
    m_activate->setObjectName(QStringLiteral("bulkActivateAction"));
    m_deactivate->setObjectName(QStringLiteral("bulkDeactivateAction"));
    m_delete->setObjectName(QStringLiteral("bulkDeleteAction"));
    m_stateMenu->setObjectName(QStringLiteral("bulkSetStateMenu"));
    m_stateMenu->menuAction()->setObjectName(QStringLiteral("bulkSetStateAction"));
    m_stateMenu->setTitle(tr("Set State of Selected"));
    m_roleMenu->setObjectName(QStringLiteral("bulkChangeRoleMenu"));
    m_roleMenu->menuAction()->setObjectName(QStringLiteral("bulkChangeRoleAction"));
    m_roleMenu->setTitle(tr("Change Role of Selected"));
    connect(m_activate, &QAction::triggered, this, &BulkCommands::activate);
    connect(m_deactivate, &QAction::triggered, this, &BulkCommands::deactivate);
    connect(m_delete, &QAction::triggered, this, &BulkCommands::remove);
    update(0, nullptr);
}

void BulkCommands::setStore(UserStore *store)
{
    m_store = store;
}

QList<QAction *> BulkCommands::actions() const
{
    return { m_activate, m_deactivate, m_stateMenu->menuAction(), m_roleMenu->menuAction(), m_delete };
}

void BulkCommands::update(int selectedCount, const ServiceDescription *description)
{
    const auto can
        = [description](Capability capability) { return description && description->can(capability); };
    const QList<UserState> states = description ? description->states : QList<UserState>();
    const bool toggles = can(Capability::ToggleState);
    const bool editsRole = can(Capability::UpdateUser) && description && !description->roles.isEmpty()
        && std::any_of(description->editFields.cbegin(), description->editFields.cend(),
                       [](const FieldSpec &spec) { return spec.field == UserField::Role; });
    m_activate->setVisible(toggles && states.contains(UserState::Active));
    m_deactivate->setVisible(toggles && states.contains(UserState::Inactive));
    // With two states, activate and deactivate say it all; a third gets the menu.
    m_stateMenu->menuAction()->setVisible(toggles && states.size() > 2);
    m_roleMenu->menuAction()->setVisible(editsRole);
    m_delete->setVisible(can(Capability::DeleteUser));

    const bool any = selectedCount > 0 && m_store;
    for (QAction *action : actions())
        action->setEnabled(any);
    if (selectedCount > 0) {
        m_activate->setText(tr("&Activate %Ln User(s)", nullptr, selectedCount));
        m_deactivate->setText(tr("&Deactivate %Ln User(s)…", nullptr, selectedCount));
        m_delete->setText(tr("De&lete %Ln User(s)…", nullptr, selectedCount));
    } else {
        m_activate->setText(tr("&Activate Selected Users"));
        m_deactivate->setText(tr("&Deactivate Selected Users…"));
        m_delete->setText(tr("De&lete Selected Users…"));
    }

    m_stateMenu->clear();
    for (UserState state : states) {
        QAction *item = m_stateMenu->addAction(UserStates::label(state));
        item->setObjectName(QStringLiteral("bulkState_") + UserStates::key(state));
        connect(item, &QAction::triggered, this, [this, state] { setState(state); });
    }
    m_roleMenu->clear();
    const QStringList roles = description ? description->roles : QStringList();
    for (const QString &role : roles) {
        QAction *item = m_roleMenu->addAction(role);
        item->setObjectName(QStringLiteral("bulkRole_") + role);
        connect(item, &QAction::triggered, this, [this, role] { changeRole(role); });
    }
}

BulkCommands::Plan BulkCommands::plan(const std::function<bool(const User &)> &alreadyDone) const
{
    Plan plan;
    const QList<User> selected = m_selected ? m_selected() : QList<User>();
    const QString myId = m_store ? m_store->actor().id : QString();
    for (const User &user : selected) {
        if (!myId.isEmpty() && user.id == myId) {
            // Kept in the run, where BulkOperation shows it as left out.
            plan.me = user;
            plan.send << user;
        } else if (alreadyDone && alreadyDone(user)) {
            ++plan.alreadyDone;
        } else {
            plan.send << user;
            ++plan.changing;
        }
    }
    return plan;
}

QString BulkCommands::confirmationText(const QString &question, const Plan &plan, const QString &alreadyNote)
{
    QStringList lines{ question, QString() };
    int listed = 0;
    for (const User &user : plan.send) {
        if (user.id == plan.me.id && plan.me.isValid())
            continue;
        if (listed == MaxNamesListed)
            break;
        lines << QStringLiteral("• ") + user.displayName();
        ++listed;
    }
    if (plan.changing > listed)
        lines << tr("…and %Ln more.", nullptr, plan.changing - listed);
    if (plan.me.isValid() || !alreadyNote.isEmpty())
        lines << QString();
    if (plan.me.isValid())
        lines << tr("Your own account (%1) is left out.").arg(plan.me.displayName());
    if (!alreadyNote.isEmpty())
        lines << alreadyNote;
    return lines.join(QLatin1Char('\n'));
}

bool BulkCommands::nothingToDo(const Plan &plan, const QString &alreadyNote)
{
    if (plan.changing > 0)
        return false;
    if (plan.send.isEmpty() && plan.alreadyDone == 0)
        return true; // nothing selected: nothing to say
    QStringList why;
    if (plan.me.isValid())
        why << tr("Your own account (%1) is left out.").arg(plan.me.displayName());
    if (!alreadyNote.isEmpty())
        why << alreadyNote;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Nothing to Change"),
                                tr("None of the selected users needs this change.") + QLatin1Char('\n')
                                    + why.join(QLatin1Char('\n')),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("bulkNothingToDo"));
    box->setTextFormat(Qt::PlainText); // names are the server's
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return true;
}

void BulkCommands::confirmThenRun(const QString &title, const QString &text, const QString &detail,
                                  const QString &confirmText, std::function<void()> run)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("bulkConfirmation"));
    box->setTextFormat(Qt::PlainText); // names are the server's; the detail below is ours
    box->setInformativeText(detail);
    QPushButton *confirm = box->addButton(confirmText, QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("bulkConfirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, confirm, run = std::move(run)] {
        if (box->clickedButton() == confirm)
            run();
    });
    box->open();
}

void BulkCommands::activate()
{
    setState(UserState::Active);
}

void BulkCommands::deactivate()
{
    setState(UserState::Inactive);
}

void BulkCommands::setState(UserState state)
{
    if (!m_store)
        return;
    const Plan p = plan([state](const User &user) { return user.state == state; });
    const QString label = UserStates::label(state);
    const QString already = p.alreadyDone
        ? tr("%Ln user(s) already %1 will stay as they are.", nullptr, p.alreadyDone).arg(label)
        : QString();
    if (nothingToDo(p, already))
        return;
    const auto start = [this, p, state, label] {
        if (!m_store)
            return;
        const QString title = state == UserState::Active ? tr("Activating %Ln user(s)", nullptr, p.changing)
            : state == UserState::Inactive               ? tr("Deactivating %Ln user(s)", nullptr, p.changing)
                                           : tr("Setting %Ln user(s) to %1", nullptr, p.changing).arg(label);
        run(BulkOperation::setState(m_store, p.send, state), title);
    };
    if (state == UserState::Active) {
        // Giving access back is not destructive: no question.
        start();
        return;
    }
    const bool deactivating = state == UserState::Inactive;
    const QString question = deactivating ? tr("Deactivate %Ln user(s)?", nullptr, p.changing)
                                          : tr("Set %Ln user(s) to %1?", nullptr, p.changing).arg(label);
    confirmThenRun(deactivating ? tr("Deactivate Users") : tr("Set State of Users"),
                   confirmationText(question, p, already),
                   tr("They can no longer sign in until they are activated again."),
                   deactivating ? tr("Deactivate") : tr("Set to %1").arg(label), start);
}

void BulkCommands::changeRole(const QString &role)
{
    if (!m_store || role.isEmpty())
        return;
    const Plan p = plan([role](const User &user) { return user.roles == QStringList{ role }; });
    const QString already = p.alreadyDone
        ? tr("%Ln user(s) already with the role %1 will stay as they are.", nullptr, p.alreadyDone).arg(role)
        : QString();
    if (nothingToDo(p, already))
        return;
    run(BulkOperation::changeRole(m_store, p.send, role),
        tr("Changing the role of %Ln user(s) to %1", nullptr, p.changing).arg(role));
}

void BulkCommands::remove()
{
    if (!m_store)
        return;
    const Plan p = plan({});
    if (nothingToDo(p, QString()))
        return;
    confirmThenRun(tr("Delete Users"),
                   confirmationText(tr("Delete %Ln user(s) permanently?", nullptr, p.changing), p, QString()),
                   tr("The server removes the accounts. Roster keeps each one's last known record under "
                      "View › Recently Deleted, from where it can be re-created as a new user."),
                   tr("Delete"), [this, p] {
                       if (m_store)
                           run(BulkOperation::remove(m_store, p.send),
                               tr("Deleting %Ln user(s)", nullptr, p.changing));
                   });
}

void BulkCommands::run(BulkOperation *operation, const QString &title)
{
    operation->setConcurrency(m_concurrency);
    auto *dialog = new BulkProgressDialog(operation, title, m_window);
    operation->setParent(dialog); // closing the dialog ends what is left of the run
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(operation, &BulkOperation::finished, this,
            [this, operation] { Q_EMIT finished(operation->summary()); });
    dialog->open();
    Q_EMIT progressOpened(dialog);
    operation->start();
}

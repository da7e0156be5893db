// roster-screenshots: the README's and the AppStream screenshots, made from the built-in demo.
//
// Starts the demo exactly as `roster --demo` does (DemoEnvironment: the stand-in services on a
// loopback port, one connection per service), wires the window as the application does, then
// walks through the views an admin meets: each service's main window with a user selected and
// the details pane on a tab, the create and edit dialogs (the edit dialog with a field error the
// server really answered), the conflict view after someone else changed the user, Papr's batch
// create after a partial (207) answer, a bulk change with two refusals, an import with one
// refused row, the export, the connections dialog, and the history, recently deleted and
// activity views holding the writes made on the way. Each view is grabbed into
// <view>-<theme>-<lang>.png once its content has loaded (conditions, never fixed sleeps).
//
// No window manager is needed: windows are grabbed with QWidget::grab(). Exits non-zero when
// any view asked for could not be produced. scripts/screenshots.sh runs it under Xvfb for each
// theme and language.

#include "ActivityDock.h"
#include "ActivityLog.h"
#include "AuditTrail.h"
#include "BatchCreateDialog.h"
#include "BulkCommands.h"
#include "BulkProgressDialog.h"
#include "ColorScheme.h"
#include "ConflictDialog.h"
#include "ConnectionManager.h"
#include "DemoEnvironment.h"
#include "DetailsPane.h"
#include "ExportDialog.h"
#include "HistoryWindow.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "MockHttpServer.h"
#include "RecentlyDeletedWindow.h"
#include "RecoveryLog.h"
#include "SecretStore.h"
#include "ServiceRegistry.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TransferCommands.h"
#include "Translations.h"
#include "UserEditDialog.h"
#include "UserFilterProxy.h"
#include "UserStore.h"
#include "UserTableModel.h"
#include "WindowDriver.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

// Every view, in the order they are made. Later views show what earlier ones wrote.
const QStringList kViews{
    QStringLiteral("main-org-app"),     QStringLiteral("create-dialog"), QStringLiteral("conflict"),
    QStringLiteral("main-papr-memory"), QStringLiteral("batch-create"),  QStringLiteral("edit-dialog"),
    QStringLiteral("main-papermerge"),  QStringLiteral("main-rest-v1"),  QStringLiteral("bulk-progress"),
    QStringLiteral("import"),           QStringLiteral("export"),        QStringLiteral("history"),
    QStringLiteral("recently-deleted"), QStringLiteral("activity"),      QStringLiteral("connections"),
};
// These show the writes of all the others: asking for one of them stages every view.
const QStringList kSummaries{ QStringLiteral("history"), QStringLiteral("recently-deleted"),
                              QStringLiteral("activity") };

constexpr int kLoadTimeoutMs = 20000;

void say(const QString &text)
{
    std::fprintf(stderr, "roster-screenshots: %s\n", qPrintable(text));
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = kLoadTimeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// Lets layouts, deferred resizes and repaints queued by what just happened run.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

// Sets an edit form's field as typing would.
void setField(QWidget *editor, const QString &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int index = combo->findData(value);
        if (index < 0)
            index = combo->findText(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value);
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(value == QLatin1String("true"));
    }
}

class Studio {
public:
    Studio(const QString &outputDir, const QString &suffix, const QStringList &wanted)
        : m_outputDir(outputDir), m_suffix(suffix), m_wanted(wanted)
    {
        m_stageAll = std::any_of(kSummaries.cbegin(), kSummaries.cend(),
                                 [this](const QString &view) { return m_wanted.contains(view); });
    }
    ~Studio() { m_window.reset(); } // before the connections and network it uses

    // Makes every view asked for; false when any could not be made.
    bool run();

private:
    bool wants(const QString &view) const { return m_wanted.contains(view); }
    bool stages(const QString &view) const { return m_stageAll || wants(view); }
    bool fail(const QString &view, const QString &why);
    bool shoot(QWidget *widget, const QString &view);

    bool start();
    bool connectTo(const QString &serviceKind);
    bool selectRow(int row);
    bool showTab(const QString &viewName);
    template<typename T> T *waitForVisible(QWidget *parent = nullptr);
    QMessageBox *waitForBox(const QString &objectName);
    UserStore *store() const;
    QList<User> loadedUsers() const;
    bool writeElsewhere(const User &user, const UserChanges &changes);

    bool mainWindow(const QString &view, const QString &kind, int row, const QString &tabView);
    bool createDialog();
    bool conflict();
    bool batchCreate();
    bool editDialog();
    bool bulkProgress();
    bool import();
    bool exportDialog();
    bool stateAndDelete();
    bool history();
    bool recentlyDeleted();
    bool activity();
    bool connections();

    QString m_outputDir;
    QString m_suffix;
    QStringList m_wanted;
    bool m_stageAll = false;
    QStringList m_failed;

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<RecoveryLog> m_recovery;
    ActivityLog m_activity;
    QNetworkAccessManager m_network;
    MemorySecretStore m_keychain;
    std::unique_ptr<ConnectionManager> m_connections;
    DemoEnvironment m_demo;
    std::unique_ptr<MainWindow> m_window;
};

bool Studio::fail(const QString &view, const QString &why)
{
    say(QStringLiteral("%1: %2").arg(view, why));
    m_failed << view;
    return false;
}

bool Studio::shoot(QWidget *widget, const QString &view)
{
    if (!wants(view))
        return true;
    if (!widget || !widget->isVisible())
        return fail(view, QStringLiteral("nothing visible to grab"));
    if (!QTest::qWaitForWindowExposed(widget->window(), kLoadTimeoutMs))
        return fail(view, QStringLiteral("the window was never exposed"));
    // A passing word from an earlier view ("Created 2 users.") belongs to another scene.
    m_window->statusBar()->clearMessage();
    settle();
    // Opaque, at the highest zlib level: no alpha channel to store for a window.
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QString path = QDir(m_outputDir).filePath(view + m_suffix + QStringLiteral(".png"));
    if (image.isNull() || !image.save(path, "PNG", 0))
        return fail(view, QStringLiteral("could not write %1").arg(path));
    say(QStringLiteral("%1 (%2x%3)").arg(path).arg(image.width()).arg(image.height()));
    return true;
}

template<typename T> T *Studio::waitForVisible(QWidget *parent)
{
    QWidget *where = parent ? parent : m_window.get();
    T *found = nullptr;
    waitFor([&] { return (found = WindowDriver::visible<T>(where)) != nullptr; });
    return found;
}

QMessageBox *Studio::waitForBox(const QString &objectName)
{
    QMessageBox *box = nullptr;
    waitFor([&] {
        box = m_window->findChild<QMessageBox *>(objectName);
        return box && box->isVisible();
    });
    return box;
}

UserStore *Studio::store() const
{
    Connection *connection = m_connections->current();
    return connection ? connection->store() : nullptr;
}

QList<User> Studio::loadedUsers() const
{
    QList<User> users;
    for (int row = 0; row < m_window->userModel()->rowCount(); ++row)
        users << m_window->userModel()->userAt(row);
    return users;
}

// Another admin's change, straight to the server: not through the store, so no audit entry.
bool Studio::writeElsewhere(const User &user, const UserChanges &changes)
{
    bool done = false;
    bool ok = false;
    store()->directory()->updateUser(user, changes, m_window.get(), [&](const Result<User> &result) {
        ok = result.ok();
        done = true;
    });
    return waitFor([&] { return done; }) && ok;
}

bool Studio::start()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    if (!m_dir.isValid())
        return fail(QStringLiteral("start"), QStringLiteral("no temporary directory"));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("roster.conf")));
    // Saved connections for the connections dialog, as an admin would have them.
    const struct {
        const char *name, *url, *kind, *organization, *username;
    } saved[] = {
        { "Aurora Labs", "https://app.auroralabs.example", "org-app", "aurora-labs", "" },
        { "Memory (production)", "https://memory.papr.example", "papr-memory", "", "" },
        { "Support desk", "https://users.northwind.example", "rest-v1", "", "" },
        { "Document archive", "https://archive.fabrikam.example", "papermerge", "", "admin" },
    };
    for (const auto &entry : saved) {
        ConnectionProfile profile;
        profile.id = ConnectionProfile::newId();
        profile.name = QString::fromUtf8(entry.name);
        profile.baseUrl = QUrl(QString::fromUtf8(entry.url));
        profile.serviceKind = QString::fromUtf8(entry.kind);
        profile.organization = QString::fromUtf8(entry.organization);
        profile.username = QString::fromUtf8(entry.username);
        m_settings->saveProfile(profile);
    }
    m_audit = std::make_unique<AuditTrail>(m_dir.filePath(QStringLiteral("audit.jsonl")));
    m_recovery = std::make_unique<RecoveryLog>(m_dir.filePath(QStringLiteral("recovery.jsonl")));
    m_connections = std::make_unique<ConnectionManager>(&m_network, &m_keychain);
    m_connections->setAuditTrail(m_audit.get());
    m_connections->setRecoveryLog(m_recovery.get());
    m_connections->setActivityLog(&m_activity);
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_connections.get());
    m_window->resize(1200, 760);
    m_window->show();
    if (!m_demo.start())
        return fail(QStringLiteral("start"), m_demo.errorString());
    // As Application::openDemo(): every demo connection offered in the switcher.
    for (const auto &connection : m_demo.connections())
        m_window->addTransientProfile(connection.profile, connection.credential);
    return QTest::qWaitForWindowExposed(m_window.get(), kLoadTimeoutMs)
        || fail(QStringLiteral("start"), QStringLiteral("the main window was never exposed"));
}

bool Studio::connectTo(const QString &serviceKind)
{
    Connection *current = m_connections->current();
    if (current && current->profile().serviceKind == serviceKind)
        return true;
    const QList<DemoEnvironment::Connection> connections = m_demo.connections();
    const auto it = std::find_if(connections.cbegin(), connections.cend(),
                                 [&](const auto &c) { return c.profile.serviceKind == serviceKind; });
    if (it == connections.cend())
        return fail(serviceKind, QStringLiteral("the demo has no such connection"));
    m_window->openProfile(it->profile, it->credential);
    QTableView *view = m_window->userView();
    const bool loaded = waitFor([&] {
        Connection *now = m_connections->current();
        return now && now->profile().id == it->profile.id && now->state() == Connection::State::Connected
            && m_window->userModel()->rowCount() > 0 && WindowDriver::settled(view)
            && view->model()->rowCount() == m_window->userModel()->rowCount();
    });
    if (!loaded)
        return fail(serviceKind, QStringLiteral("the user list never loaded"));
    // Who is signed in, where the service says (not all do): give it the time a page takes.
    waitFor([&] { return !m_window->signedInLabel()->text().isEmpty(); }, 3000);
    return true;
}

bool Studio::selectRow(int row)
{
    QTableView *view = m_window->userView();
    view->selectRow(row);
    const QModelIndex source
        = qobject_cast<QAbstractProxyModel *>(view->model())->mapToSource(view->model()->index(row, 0));
    const User user = m_window->userModel()->userAt(source.row());
    auto *title = m_window->detailsPane()->findChild<QLabel *>(QStringLiteral("detailsTitle"));
    return waitFor([&] {
        return m_window->selectedUser().id == user.id && title && title->text() == user.displayName()
            && m_window->action(QStringLiteral("editUserAction"))->isEnabled();
    });
}

bool Studio::showTab(const QString &viewName)
{
    DetailsPane *pane = m_window->detailsPane();
    if (viewName.isEmpty()) {
        pane->tabs()->setCurrentIndex(0);
        return true;
    }
    auto *view = pane->findChild<QTableView *>(viewName);
    if (!view)
        return false;
    for (int i = 0; i < pane->tabs()->count(); ++i) {
        if (pane->tabs()->widget(i)->isAncestorOf(view))
            pane->tabs()->setCurrentIndex(i);
    }
    return waitFor(
        [&] { return view->isVisible() && view->model()->rowCount() > 0 && WindowDriver::settled(view); });
}

bool Studio::mainWindow(const QString &view, const QString &kind, int row, const QString &tabView)
{
    if (!connectTo(kind))
        return fail(view, QStringLiteral("not connected"));
    if (!selectRow(row))
        return fail(view, QStringLiteral("the details pane never showed the selected user"));
    if (!showTab(tabView))
        return fail(view, QStringLiteral("the details tab never loaded"));
    return shoot(m_window.get(), view);
}

// Org App's create form, filled in as an admin would before pressing Create.
bool Studio::createDialog()
{
    const QString view = QStringLiteral("create-dialog");
    if (!connectTo(QStringLiteral("org-app")))
        return fail(view, QStringLiteral("not connected"));
    m_window->action(QStringLiteral("newUserAction"))->trigger();
    auto *dialog = waitForVisible<UserEditDialog>();
    if (!dialog)
        return fail(view, QStringLiteral("the create dialog did not open"));
    const QHash<UserField, QString> values{
        { UserField::AccountId, QStringLiteral("acct_7f3e9a21c4d8") },
        { UserField::Email, QStringLiteral("amira.haddad@auroralabs.com") },
        { UserField::Name, QStringLiteral("Amira Haddad") },
        { UserField::GivenName, QStringLiteral("Amira") },
        { UserField::FamilyName, QStringLiteral("Haddad") },
        { UserField::Role, QStringLiteral("AppMember") },
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (QWidget *editor = dialog->editor(it.key()))
            setField(editor, it.value());
    }
    const bool ok = waitFor([&] { return dialog->isInputValid(); }, 3000)
        || fail(view, QStringLiteral("the filled form is not valid"));
    const bool shot = ok && shoot(dialog, view);
    dialog->reject();
    return shot;
}

// Org App: the admin renames a user and changes the role while another admin does the same
// differently; Save finds the difference before sending anything.
bool Studio::conflict()
{
    const QString view = QStringLiteral("conflict");
    if (!connectTo(QStringLiteral("org-app")) || !selectRow(3))
        return fail(view, QStringLiteral("no user selected"));
    const User opened = m_window->selectedUser();
    m_window->action(QStringLiteral("editUserAction"))->trigger();
    auto *dialog = waitForVisible<UserEditDialog>();
    if (!dialog)
        return fail(view, QStringLiteral("the edit dialog did not open"));
    const bool admin = opened.roles.contains(QStringLiteral("AppAdmin"));
    setField(dialog->editor(UserField::Name), opened.name + QStringLiteral(" (Platform)"));
    setField(dialog->editor(UserField::Role),
             admin ? QStringLiteral("AppMember") : QStringLiteral("AppAdmin"));
    UserChanges theirs;
    theirs.insert(UserField::Name, QString(opened.name + QStringLiteral(" (Research)")));
    if (!writeElsewhere(opened, theirs))
        return fail(view, QStringLiteral("the other admin's change was refused"));
    dialog->accept();
    auto *conflictView = waitForVisible<ConflictDialog>(dialog);
    bool shot = false;
    if (!conflictView)
        fail(view, QStringLiteral("no conflict was shown"));
    else
        shot = shoot(conflictView, view);
    if (conflictView)
        conflictView->reject();
    waitFor([&] { return !dialog->isSubmitting(); }, 5000);
    dialog->reject();
    return shot;
}

// Papr: three new users in one batch, one whose external ID is taken; the 207 keeps that row
// with the server's reason.
bool Studio::batchCreate()
{
    const QString view = QStringLiteral("batch-create");
    if (!connectTo(QStringLiteral("papr-memory")))
        return fail(view, QStringLiteral("not connected"));
    const QList<User> users = loadedUsers();
    const auto taken
        = std::find_if(users.cbegin(), users.cend(), [](const User &u) { return !u.externalId.isEmpty(); });
    if (taken == users.cend())
        return fail(view, QStringLiteral("no user with an external ID to collide with"));
    m_window->action(QStringLiteral("batchCreateAction"))->trigger();
    auto *dialog = waitForVisible<BatchCreateDialog>();
    if (!dialog)
        return fail(view, QStringLiteral("the batch dialog did not open"));
    const struct {
        QString externalId, email, name;
    } rows[] = {
        { QStringLiteral("crm-20931"), QStringLiteral("lena.vogel@contoso.dev"),
          QStringLiteral("Lena Vogel") },
        { taken->externalId, QStringLiteral("tomas.rivera@fabrikam.org"), QStringLiteral("Tomás Rivera") },
        { QStringLiteral("crm-20933"), QStringLiteral("aiko.tanaka@northwind.io"),
          QStringLiteral("Aiko Tanaka") },
    };
    for (int row = 0; row < 3; ++row) {
        while (dialog->table()->rowCount() <= row)
            dialog->addRow();
        dialog->setValue(row, UserField::ExternalId, rows[row].externalId);
        dialog->setValue(row, UserField::Email, rows[row].email);
        dialog->setValue(row, UserField::Type, QStringLiteral("user"));
        dialog->setValue(row, UserField::Metadata, QStringLiteral("{\"name\": \"%1\"}").arg(rows[row].name));
    }
    if (!waitFor([&] { return dialog->isInputValid(); }, 3000))
        return fail(view, QStringLiteral("the rows are not valid"));
    dialog->accept();
    const auto answered = [dialog] {
        for (int row = 0; row < dialog->table()->rowCount(); ++row) {
            if (!dialog->resultText(row).isEmpty())
                return true;
        }
        return false;
    };
    if (!waitFor([&] { return dialog->table()->isEnabled() && !dialog->messageWidget()->text().isEmpty(); }))
        return fail(view, QStringLiteral("the batch never answered"));
    if (!answered())
        return fail(view, QStringLiteral("no row was refused: %1").arg(dialog->messageWidget()->text()));
    settle();
    const bool shot = shoot(dialog, view);
    dialog->reject();
    return shot;
}

// Papermerge: the username changed to one another user has; the server's refusal names the field
// (errors[].source.pointer), its words appear under that field and everything typed stays.
bool Studio::editDialog()
{
    const QString view = QStringLiteral("edit-dialog");
    if (!connectTo(QStringLiteral("papermerge")) || !selectRow(2))
        return fail(view, QStringLiteral("no user selected"));
    const QList<User> users = loadedUsers();
    const User selected = m_window->selectedUser();
    const auto other = std::find_if(users.cbegin(), users.cend(), [&](const User &u) {
        return u.id != selected.id && !u.username.isEmpty();
    });
    m_window->action(QStringLiteral("editUserAction"))->trigger();
    auto *dialog = waitForVisible<UserEditDialog>();
    if (!dialog)
        return fail(view, QStringLiteral("the edit dialog did not open"));
    if (other == users.cend())
        return fail(view, QStringLiteral("no other user to collide with"));
    setField(dialog->editor(UserField::Username), other->username);
    setField(dialog->editor(UserField::FamilyName), selected.familyName + QStringLiteral("-Park"));
    dialog->accept();
    if (!waitFor(
            [&] { return !dialog->isSubmitting() && !dialog->fieldError(UserField::Username).isEmpty(); }))
        return fail(view, QStringLiteral("no field error came back"));
    const bool shot = shoot(dialog, view);
    dialog->reject();
    return shot;
}

// REST v1: six users deactivated at once; the server refuses two (the last admins of their teams).
bool Studio::bulkProgress()
{
    const QString view = QStringLiteral("bulk-progress");
    if (!connectTo(QStringLiteral("rest-v1")))
        return fail(view, QStringLiteral("not connected"));
    QList<User> chosen;
    const User me = store()->actor();
    for (const User &user : loadedUsers()) {
        if (user.state == UserState::Active && user.id != me.id && chosen.size() < 6)
            chosen << user;
    }
    if (chosen.size() < 6)
        return fail(view, QStringLiteral("not enough active users"));
    MockFault refused;
    refused.status = 409;
    refused.method = "PATCH";
    refused.body
        = R"({"success":false,"error":{"code":"last_admin","message":"The last admin of a team cannot be deactivated"}})";
    MockHttpServer *server = m_demo.server();
    server->setFault(QStringLiteral("/v1/users/(%1|%2)").arg(chosen.at(1).id, chosen.at(4).id), refused);

    BulkCommands commands(m_window.get());
    commands.setStore(store());
    commands.setSelection([chosen] { return chosen; });
    commands.update(int(chosen.size()), &store()->description());
    BulkProgressDialog *dialog = nullptr;
    QObject::connect(&commands, &BulkCommands::progressOpened, m_window.get(),
                     [&dialog](BulkProgressDialog *opened) { dialog = opened; });
    commands.deactivateAction()->trigger();
    QMessageBox *box = waitForBox(QStringLiteral("bulkConfirmation"));
    auto *confirm = box ? box->findChild<QPushButton *>(QStringLiteral("bulkConfirm")) : nullptr;
    if (!confirm) {
        server->clearFaults();
        return fail(view, QStringLiteral("no confirmation was asked"));
    }
    confirm->click();
    const bool finished = waitFor([&] { return dialog && dialog->closeButton()->isVisible(); });
    server->clearFaults();
    if (!finished)
        return fail(view, QStringLiteral("the bulk change never finished"));
    const bool shot = shoot(dialog, view);
    dialog->closeButton()->click();
    return shot;
}

// REST v1: a CSV of four new users, one with the email of a user not loaded yet: the server
// refuses that row and the import keeps it with the server's words.
bool Studio::import()
{
    const QString view = QStringLiteral("import");
    if (!connectTo(QStringLiteral("rest-v1")))
        return fail(view, QStringLiteral("not connected"));
    // A user on the second page, so the local duplicate check cannot know and the server answers.
    UserQuery query = m_window->userModel()->query();
    query.page = 2;
    std::optional<Result<Page<User>>> page;
    store()->directory()->fetchUsers(query, m_window.get(),
                                     [&page](const Result<Page<User>> &r) { page = r; });
    if (!waitFor([&] { return page.has_value(); }) || !page->ok() || (*page)->items.isEmpty())
        return fail(view, QStringLiteral("the second page did not load"));
    const QString takenEmail = (*page)->items.first().email;
    const QString path = m_dir.filePath(QStringLiteral("new-starters.csv"));
    QFile file(path);
    const QByteArray csv = "Full Name,E-mail,Role,Initial Password\r\n"
                           "Hannah Becker,hannah.becker@contoso.dev,user,welcome-2026-hb\r\n"
                           "Kwame Mensah,kwame.mensah@fabrikam.org,admin,welcome-2026-km\r\n"
        + QStringLiteral("Priya Raman,%1,user,welcome-2026-pr\r\n").arg(takenEmail).toUtf8()
        + "Lucas Moreau,lucas.moreau@northwind.io,viewer,welcome-2026-lm\r\n";
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return fail(view, QStringLiteral("could not write the CSV"));
    file.close();

    auto *dialog = new ImportDialog(store(), loadedUsers(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (!dialog->loadFile(path)) {
        dialog->reject();
        return fail(view, QStringLiteral("the CSV was not read"));
    }
    bool finished = false;
    QObject::connect(dialog, &ImportDialog::runFinished, m_window.get(), [&finished] { finished = true; });
    dialog->createUsers();
    if (!waitFor([&] { return finished && !dialog->isRunning(); })) {
        dialog->reject();
        return fail(view, QStringLiteral("the import never finished"));
    }
    // The refused row selected, so its whole message shows under the table.
    for (int row = 0; row < dialog->model()->rowCount(); ++row) {
        if (dialog->model()->status(row) == ImportModel::RowStatus::Refused)
            dialog->table()->selectRow(row);
    }
    const bool shot = shoot(dialog, view);
    dialog->reject();
    return shot;
}

// REST v1: the export of the list as the window shows it.
bool Studio::exportDialog()
{
    const QString view = QStringLiteral("export");
    if (!connectTo(QStringLiteral("rest-v1")))
        return fail(view, QStringLiteral("not connected"));
    MainWindow *window = m_window.get();
    TransferCommands transfer(window);
    transfer.setStore(store());
    transfer.setSuggestedName(m_connections->current()->profile().name);
    transfer.setExportSource([window] {
        QTableView *table = window->userView();
        auto *proxy = qobject_cast<QAbstractProxyModel *>(table->model());
        ExportSource source;
        source.columns = window->userModel()->columns();
        source.rowCount = [table] { return table->model()->rowCount(); };
        source.userAt = [window, proxy](int row) {
            return window->userModel()->userAt(proxy->mapToSource(proxy->index(row, 0)).row());
        };
        source.setPagesFrom(window->userModel(), window);
        return source;
    });
    ExportDialog *dialog = transfer.exportUsers();
    if (!dialog || !waitFor([&] { return dialog->isVisible(); }))
        return fail(view, QStringLiteral("the export dialog did not open"));
    const bool shot = shoot(dialog, view);
    dialog->reject();
    return shot;
}

// Writes for the history and the recovery file: a state change and a delete, through the store
// as the window's commands send them.
bool Studio::stateAndDelete()
{
    const QString view = QStringLiteral("history");
    if (!connectTo(QStringLiteral("rest-v1")))
        return fail(view, QStringLiteral("not connected"));
    const QList<User> users = loadedUsers();
    const User me = store()->actor();
    auto finished = [](WriteHandle *handle) {
        bool done = false;
        QObject::connect(handle, &WriteHandle::finished, handle, [&done] { done = true; });
        return waitFor([&] { return done; });
    };
    const User suspend = users.value(8);
    const User remove = users.value(9);
    if (!suspend.isValid() || !remove.isValid() || remove.id == me.id)
        return fail(view, QStringLiteral("not enough users"));
    if (!finished(store()->setState(suspend, UserState::Suspended)) || !finished(store()->remove(remove)))
        return fail(view, QStringLiteral("the writes did not finish"));
    return true;
}

bool Studio::history()
{
    const QString view = QStringLiteral("history");
    m_window->action(QStringLiteral("historyAction"))->trigger();
    auto *window = waitForVisible<HistoryWindow>();
    if (!window || !waitFor([&] { return window->view()->model()->rowCount() > 0; }))
        return fail(view, QStringLiteral("the history shows nothing"));
    window->resize(1100, 620);
    window->view()->selectRow(1); // the newest change but one: a state change, with its fields
    const bool shot = shoot(window, view);
    window->close();
    return shot;
}

bool Studio::recentlyDeleted()
{
    const QString view = QStringLiteral("recently-deleted");
    m_window->action(QStringLiteral("recentlyDeletedAction"))->trigger();
    auto *window = waitForVisible<RecentlyDeletedWindow>();
    if (!window || !waitFor([&] { return window->view()->model()->rowCount() > 0; }))
        return fail(view, QStringLiteral("nothing recently deleted is shown"));
    window->view()->selectRow(0);
    if (!waitFor([&] { return window->selectedRecord().has_value(); }))
        return fail(view, QStringLiteral("the deleted user could not be selected"));
    const bool shot = shoot(window, view);
    window->close();
    return shot;
}

bool Studio::activity()
{
    const QString view = QStringLiteral("activity");
    QAction *action = m_window->action(QStringLiteral("activityAction"));
    if (!action->isChecked())
        action->trigger();
    auto *dock = waitForVisible<ActivityDock>();
    if (!dock || !waitFor([&] { return dock->view()->model()->rowCount() > 0; }))
        return fail(view, QStringLiteral("the activity panel shows nothing"));
    dock->view()->scrollToBottom();
    const bool shot = shoot(m_window.get(), view);
    action->trigger();
    return shot;
}

bool Studio::connections()
{
    const QString view = QStringLiteral("connections");
    m_window->action(QStringLiteral("settingsAction"))->trigger();
    auto *dialog = waitForVisible<SettingsDialog>();
    if (!dialog)
        return fail(view, QStringLiteral("the connections dialog did not open"));
    dialog->selectProfile(m_settings->profiles().first().id);
    const bool shot = shoot(dialog, view);
    dialog->reject();
    return shot;
}

bool Studio::run()
{
    if (!start())
        return false;
    const struct {
        const char *view;
        std::function<bool()> make;
    } steps[] = {
        { "main-org-app",
          [this] {
              return mainWindow(QStringLiteral("main-org-app"), QStringLiteral("org-app"), 0,
                                QStringLiteral("projectsView"));
          } },
        { "create-dialog", [this] { return createDialog(); } },
        { "conflict", [this] { return conflict(); } },
        { "main-papr-memory",
          [this] {
              return mainWindow(QStringLiteral("main-papr-memory"), QStringLiteral("papr-memory"), 0, {});
          } },
        { "batch-create", [this] { return batchCreate(); } },
        { "main-papermerge",
          [this] {
              return mainWindow(QStringLiteral("main-papermerge"), QStringLiteral("papermerge"), 0, {});
          } },
        { "edit-dialog", [this] { return editDialog(); } },
        { "main-rest-v1",
          [this] { return mainWindow(QStringLiteral("main-rest-v1"), QStringLiteral("rest-v1"), 0, {}); } },
        { "bulk-progress", [this] { return bulkProgress(); } },
        { "import", [this] { return import(); } },
        { "export", [this] { return exportDialog(); } },
        { "history", [this] { return stateAndDelete() && history(); } },
        { "recently-deleted", [this] { return recentlyDeleted(); } },
        { "activity", [this] { return activity(); } },
        { "connections", [this] { return connections(); } },
    };
    for (const auto &step : steps) {
        const QString view = QString::fromLatin1(step.view);
        if (stages(view) && !step.make() && !m_failed.contains(view))
            fail(view, QStringLiteral("not made"));
    }
    for (const QString &view : std::as_const(m_wanted)) {
        const QString path = QDir(m_outputDir).filePath(view + m_suffix + QStringLiteral(".png"));
        if (!m_failed.contains(view) && !QFile::exists(path))
            fail(view, QStringLiteral("no file was written"));
    }
    return m_failed.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Roster"));
    QCoreApplication::setApplicationName(QStringLiteral("Roster"));
    QApplication::setApplicationDisplayName(QStringLiteral("Roster"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Makes Roster's screenshots from the built-in demo: <view>-<theme>-<language>.png in the output "
        "directory. Needs a display (Xvfb will do; no window manager needed) or QT_QPA_PLATFORM=offscreen."));
    parser.addHelpOption();
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
                                    QStringLiteral("The directory the PNGs are written to."),
                                    QStringLiteral("dir"), QStringLiteral("."));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light (the default) or dark."),
                                   QStringLiteral("theme"), QStringLiteral("light"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("The language, e.g. en or de."),
                                      QStringLiteral("language"), QStringLiteral("en"));
    const QCommandLineOption views(
        QStringLiteral("views"), QStringLiteral("Comma-separated views to make (default: all; see --list)."),
        QStringLiteral("views"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("Prints the views and exits."));
    parser.addOptions({ output, theme, language, views, list });
    parser.process(app);

    if (parser.isSet(list)) {
        std::fputs(qPrintable(kViews.join(QLatin1Char('\n')) + QLatin1Char('\n')), stdout);
        return 0;
    }
    const QString themeName = parser.value(theme);
    if (themeName != QLatin1String("light") && themeName != QLatin1String("dark")) {
        say(QStringLiteral("--theme is light or dark, not \"%1\"").arg(themeName));
        return 2;
    }
    QStringList wanted
        = parser.isSet(views) ? parser.value(views).split(QLatin1Char(','), Qt::SkipEmptyParts) : kViews;
    for (const QString &view : std::as_const(wanted)) {
        if (!kViews.contains(view)) {
            say(QStringLiteral("no view \"%1\" (see --list)").arg(view));
            return 2;
        }
    }
    if (!QDir().mkpath(parser.value(output))) {
        say(QStringLiteral("cannot create %1").arg(parser.value(output)));
        return 2;
    }

    // As the application starts: the colour scheme a desktop asks for (here said by the
    // variable the app reads first), then the language's translations.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    qputenv("ROSTER_COLOR_SCHEME", themeName.toUtf8());
    ColorScheme::apply();
    if (Translations::setUp(parser.value(language)).isEmpty()) {
        say(QStringLiteral("no translation for \"%1\"").arg(parser.value(language)));
        return 2;
    }
    ServiceRegistry::retranslate();

    const QString suffix = QLatin1Char('-') + themeName + QLatin1Char('-') + parser.value(language);
    Studio studio(parser.value(output), suffix, wanted);
    return studio.run() ? 0 : 1;
}

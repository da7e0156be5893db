// What the README promises about working against a server that misbehaves or changes its mind,
// checked end to end through the window against the stand-ins: a 401 in the middle of work keeps
// the admin's place, dialogs keep what was typed when the server refuses, the table shows the
// server's answer rather than what was sent, and a self-signed server is refused before any
// credential leaves.

#include "ChangePasswordDialog.h"
#include "CredentialDialog.h"
#include "DetailsPane.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "PapermergeService.h"
#include "PaprService.h"
#include "RecordTableModels.h"
#include "RestV1Service.h"
#include "SecretStore.h"
#include "TestCertificate.h"
#include "UserEditDialog.h"
#include "UserTableModel.h"
#include "WindowDriver.h"
#include "WindowFixture.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTableView>
#include <QTest>

using namespace WindowDriver;

class PromisesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // 1. A 401 in the middle of work keeps the place.
    void unauthorizedMidWorkKeepsThePlace();
    void expiredPapermergeTokenKeepsThePlace();
    void unauthorizedDetailsTabLoadsAfterSignIn();

    // 2. Dialogs keep what was typed when the server refuses; field errors sit under the field.
    void restEditKeepsInputAndShowsFieldError();
    void papermergeEditShowsFieldErrorUnderUsername();
    void changePasswordKeepsBothEntries();
    void changePasswordSentAgainAfterSignIn();

    // 3. The table shows the server's answer, not a guess.
    void editShowsTheServersAnswer();
    void stateChangeShowsTheServersAnswer();

    // 6. TLS verification refuses a self-signed server before anything is sent.
    void selfSignedServerRefusedEndToEnd();

private:
    ConnectionProfile profile(const QString &kind) const;
    // Opens the stand-in of `kind`; true once the table shows users.
    [[nodiscard]] bool open(const QString &kind, const QString &credential);
    // Scrolls until the table holds at least `rows` users, as an admin scrolling down does.
    [[nodiscard]] bool scrollUntilLoaded(int rows);
    static QPushButton *okButton(QDialog *dialog);
    // Selects the row `row` with a click and opens the edit dialog from the window's action.
    UserEditDialog *editRow(int row);
    // The error label under the dialog's editor for `field`, checked to sit right below it.
    static QLabel *errorUnder(UserEditDialog *dialog, UserField field);
    // Replaces the text of a line editor by typing; true when it then reads `text`.
    [[nodiscard]] static bool retype(QWidget *editor, const QString &text);

    std::unique_ptr<WindowFixture> m_fixture;
    MockHttpServer *m_server = nullptr;
    MainWindow *m_window = nullptr;
    OrgAppService *m_org = nullptr;
    RestV1Service *m_rest = nullptr;
    PapermergeService *m_papermerge = nullptr;
};

void PromisesTest::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void PromisesTest::init()
{
    m_fixture = std::make_unique<WindowFixture>();
    const WindowFixture::Services services = m_fixture->addEveryService();
    m_org = services.orgApp;
    m_rest = services.restV1;
    m_papermerge = services.papermerge;
    m_server = &m_fixture->server;
    m_server->setRecordingRequests(true); // the tests count what the client sent
    m_window = m_fixture->window.get();
}

void PromisesTest::cleanup()
{
    m_fixture.reset();
}

ConnectionProfile PromisesTest::profile(const QString &kind) const
{
    ConnectionProfile p = m_fixture->profileFor(kind);
    p.pageSize = 50;
    return p;
}

bool PromisesTest::open(const QString &kind, const QString &credential)
{
    m_window->openProfile(profile(kind), credential);
    return QTest::qWaitFor([this] { return m_window->userView()->model()->rowCount() > 0; });
}

bool PromisesTest::scrollUntilLoaded(int rows)
{
    QTableView *view = m_window->userView();
    while (view->model()->rowCount() < rows) {
        const int before = view->model()->rowCount();
        view->scrollToBottom();
        if (!QTest::qWaitFor([view, before] { return view->model()->rowCount() > before; }))
            return false;
    }
    return true;
}

QPushButton *PromisesTest::okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

UserEditDialog *PromisesTest::editRow(int row)
{
    clickRow(m_window->userView(), row);
    QAction *edit = m_window->action(QStringLiteral("editUserAction"));
    if (!QTest::qWaitFor([edit] { return edit->isEnabled(); }))
        return nullptr;
    edit->trigger();
    UserEditDialog *dialog = nullptr;
    return QTest::qWaitFor([&] { return (dialog = visible<UserEditDialog>(m_window)) != nullptr; }) ? dialog
                                                                                                    : nullptr;
}

QLabel *PromisesTest::errorUnder(UserEditDialog *dialog, UserField field)
{
    QWidget *editor = dialog->editor(field);
    auto *label = dialog->findChild<QLabel *>(UserFields::key(field) + QStringLiteral("Error"));
    if (!editor || !label || label->parentWidget() != editor->parentWidget())
        return nullptr;
    // In the field's own cell, below its editor.
    return label->geometry().top() >= editor->geometry().bottom() ? label : nullptr;
}

bool PromisesTest::retype(QWidget *editor, const QString &text)
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return false;
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
    return line->text() == text;
}

void PromisesTest::unauthorizedMidWorkKeepsThePlace()
{
    PromptCounter prompts;
    QVERIFY(open(QStringLiteral("org-app"), OrgAppService::defaultToken()));
    QTableView *view = m_window->userView();
    DetailsPane *pane = m_window->detailsPane();

    // The place: three pages, a user far down selected, the table scrolled, the details pane on
    // Projects, and the edit dialog open with a new name typed.
    QVERIFY(scrollUntilLoaded(150));
    view->scrollTo(view->model()->index(120, 0), QAbstractItemView::PositionAtCenter);
    clickRow(view, 120);
    const User chosen = m_window->selectedUser();
    QVERIFY(chosen.isValid());
    QTRY_COMPARE(pane->userId(), chosen.id);
    QTRY_VERIFY(settled(view));
    const int loaded = view->model()->rowCount();
    QTRY_COMPARE(m_window->countLabel()->text(), WindowFixture::countText(loaded, 269));
    const int projectsTab = tabIndex(pane, QStringLiteral("Projects"));
    QVERIFY(projectsTab > 0);
    clickTab(pane, QStringLiteral("Projects"));
    auto *projects = pane->findChild<QTableView *>(QStringLiteral("projectsView"));
    QTRY_VERIFY(settled(projects));
    const QStringList projectNames = columnTexts(projects, QStringLiteral("Name"));
    QVERIFY(!projectNames.isEmpty());

    m_window->action(QStringLiteral("editUserAction"))->trigger();
    QPointer<UserEditDialog> dialog;
    QTRY_VERIFY((dialog = visible<UserEditDialog>(m_window)));
    const QString typed = QStringLiteral("Renamed Midway");
    QVERIFY(retype(dialog->editor(UserField::Name), typed));

    // The server stops accepting the token; the admin saves.
    m_org->setToken(QStringLiteral("rotated-token"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QPointer<CredentialDialog> prompt;
    QTRY_VERIFY((prompt = visible<CredentialDialog>(m_window)));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(qobject_cast<QLineEdit *>(dialog->editor(UserField::Name))->text(), typed);
    // Meanwhile the table asks for its next page (as it does when scrolled to the end): refused
    // as well, and answered by the same prompt.
    view->scrollToBottom();
    QTRY_VERIFY(m_window->userModel()->lastError().kind() == ApiError::Kind::Unauthorized);
    const int scroll = view->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    QCOMPARE(prompts.count(), 1);

    QVERIFY(prompt && prompt->isVisible()); // the prompt first shown is the one answered
    QTest::keyClicks(prompt->findChild<QLineEdit *>(QStringLiteral("secret")),
                     QStringLiteral("rotated-token"));
    QTest::mouseClick(okButton(prompt), Qt::LeftButton);
    QTRY_VERIFY(!visible<CredentialDialog>(m_window));
    QTRY_COMPARE(m_fixture->connections.current()->state(), Connection::State::Connected);

    // The refused page is asked for again, below what was there; everything else is where it was.
    QTRY_COMPARE(m_window->countLabel()->text(), WindowFixture::countText(loaded + 50, 269));
    QCOMPARE(view->model()->rowCount(), loaded + 50);
    QCOMPARE(view->verticalScrollBar()->value(), scroll);
    QCOMPARE(m_window->selectedUser().id, chosen.id);
    QCOMPARE(pane->userId(), chosen.id);
    QCOMPARE(pane->tabs()->currentIndex(), projectsTab);
    QCOMPARE(columnTexts(projects, QStringLiteral("Name")), projectNames);
    QVERIFY(!m_window->messageWidget()->isVisible());

    // The refused save is sent again with the new credential, as typed, and the dialog closes.
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_org->user(chosen.id).value(QLatin1String("name")).toString(), typed);
    QTRY_COMPARE(text(view, view->currentIndex().row(), UserFields::label(UserField::Name)), typed);
    QTRY_COMPARE(pane->findChild<QLabel *>(QStringLiteral("detailsTitle"))->text(), typed);
    QCOMPARE(prompts.count(), 1);
}

void PromisesTest::expiredPapermergeTokenKeepsThePlace()
{
    PromptCounter prompts;
    ConnectionProfile papermerge = profile(QStringLiteral("papermerge"));
    papermerge.pageSize = 20;
    m_window->openProfile(papermerge, PapermergeService::adminPassword());
    QTableView *view = m_window->userView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    QVERIFY(scrollUntilLoaded(60));
    view->scrollTo(view->model()->index(45, 0), QAbstractItemView::PositionAtCenter);
    clickRow(view, 45);
    const User chosen = m_window->selectedUser();
    QVERIFY(chosen.isValid());
    QTRY_COMPARE(m_window->detailsPane()->userId(), chosen.id);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() - 3);
    QTRY_VERIFY(settled(view));
    const int loaded = view->model()->rowCount();
    const int total = m_papermerge->userCount();
    QTRY_COMPARE(m_window->countLabel()->text(), WindowFixture::countText(loaded, total));
    const int scroll = view->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    m_window->action(QStringLiteral("editUserAction"))->trigger();
    QPointer<UserEditDialog> dialog;
    QTRY_VERIFY((dialog = visible<UserEditDialog>(m_window)));
    const QString typed = QStringLiteral("Renamed");
    QVERIFY(retype(dialog->editor(UserField::GivenName), typed));

    // The token expires on the server; the admin saves and is asked to sign in again as the
    // profile's user.
    m_papermerge->revokeTokens();
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QPointer<CredentialDialog> prompt;
    QTRY_VERIFY((prompt = visible<CredentialDialog>(m_window)));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(qobject_cast<QLineEdit *>(dialog->editor(UserField::GivenName))->text(), typed);
    const QString reason = prompt->findChild<QLabel *>(QStringLiteral("reason"))->text();
    QVERIFY2(reason.contains(QStringLiteral("Sign in again as %1").arg(PapermergeService::adminUsername())),
             qPrintable(reason));
    QVERIFY(prompt && prompt->isVisible()); // the prompt first shown is the one answered
    QTest::keyClicks(prompt->findChild<QLineEdit *>(QStringLiteral("secret")),
                     PapermergeService::adminPassword());
    QTest::mouseClick(okButton(prompt), Qt::LeftButton);
    QTRY_VERIFY(!visible<CredentialDialog>(m_window));
    QTRY_COMPARE(m_fixture->connections.current()->state(), Connection::State::Connected);

    QCOMPARE(view->model()->rowCount(), loaded);
    QCOMPARE(m_window->countLabel()->text(), WindowFixture::countText(loaded, total));
    QCOMPARE(view->verticalScrollBar()->value(), scroll);
    QCOMPARE(m_window->selectedUser().id, chosen.id);
    QCOMPARE(m_window->detailsPane()->userId(), chosen.id);

    QTRY_VERIFY(!dialog);
    QCOMPARE(m_papermerge->user(chosen.id)
                 .value(QLatin1String("attributes"))
                 .toObject()
                 .value(QLatin1String("first_name"))
                 .toString(),
             typed);
    QTRY_VERIFY(text(view, view->currentIndex().row(), UserFields::label(UserField::Name)).startsWith(typed));
    QCOMPARE(prompts.count(), 1);
}

void PromisesTest::unauthorizedDetailsTabLoadsAfterSignIn()
{
    PromptCounter prompts;
    QVERIFY(open(QStringLiteral("org-app"), OrgAppService::defaultToken()));
    DetailsPane *pane = m_window->detailsPane();
    clickRow(m_window->userView(), 0); // Sasha Patel, whose projects the reference page lists
    QTRY_COMPARE(pane->userId(), QStringLiteral("user_4b7c2a1d9e5f3c8b"));
    auto *paneMessage = pane->findChild<MessageWidget *>();
    QVERIFY(paneMessage && !paneMessage->isVisible());

    // The token is rotated; the admin opens the Projects tab, whose first load is refused.
    m_org->setToken(QStringLiteral("rotated-token"));
    clickTab(pane, QStringLiteral("Projects"));
    QPointer<CredentialDialog> prompt;
    QTRY_VERIFY((prompt = visible<CredentialDialog>(m_window)));
    const QList<MockRequest> sent = m_server->receivedRequests();
    QVERIFY(std::any_of(sent.cbegin(), sent.cend(), [](const MockRequest &request) {
        return request.path == QStringLiteral("/api/v1/app/user/user_4b7c2a1d9e5f3c8b/project");
    }));
    QVERIFY(prompt && prompt->isVisible()); // the prompt first shown is the one answered
    QTest::keyClicks(prompt->findChild<QLineEdit *>(QStringLiteral("secret")),
                     QStringLiteral("rotated-token"));
    QTest::mouseClick(okButton(prompt), Qt::LeftButton);
    QTRY_COMPARE(m_fixture->connections.current()->state(), Connection::State::Connected);
    QCOMPARE(pane->tabs()->currentIndex(), tabIndex(pane, QStringLiteral("Projects")));

    // The refused load is asked for again; the tab shows the projects, not "Not signed in".
    auto *projects = pane->findChild<QTableView *>(QStringLiteral("projectsView"));
    QTRY_VERIFY(projects->model()->rowCount() > 0 && !paneMessage->isVisible());
    QCOMPARE(prompts.count(), 1);
}

void PromisesTest::restEditKeepsInputAndShowsFieldError()
{
    QVERIFY(open(QStringLiteral("rest-v1"), RestV1Service::defaultToken()));
    QTableView *view = m_window->userView();
    const QString otherEmail = text(view, 1, UserFields::label(UserField::Email));
    QPointer<UserEditDialog> dialog = editRow(0);
    QVERIFY(dialog);
    const User before = dialog->baseline();
    const QString name = QStringLiteral("Ada Renamed");
    QVERIFY(retype(dialog->editor(UserField::Name), name));

    // Another user's address: the server refuses with 409 and names no field, but its code
    // ("duplicate_email") says which one: the words go under the email.
    QVERIFY(retype(dialog->editor(UserField::Email), otherEmail));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QLabel *duplicateError = nullptr;
    QTRY_VERIFY((duplicateError = errorUnder(dialog, UserField::Email)) && duplicateError->isVisible());
    QVERIFY2(duplicateError->text().contains(QStringLiteral("already exists")),
             qPrintable(duplicateError->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(qobject_cast<QLineEdit *>(dialog->editor(UserField::Name))->text(), name);
    QCOMPARE(qobject_cast<QLineEdit *>(dialog->editor(UserField::Email))->text(), otherEmail);
    QTRY_VERIFY(okButton(dialog)->isEnabled());

    // An address the form lets through but the server calls invalid: its words under the field.
    const QString invalid = QStringLiteral("ada@.example.com");
    QVERIFY(retype(dialog->editor(UserField::Email), invalid));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QLabel *emailError = nullptr;
    QTRY_VERIFY((emailError = errorUnder(dialog, UserField::Email)) && emailError->isVisible());
    QCOMPARE(emailError->text(), QStringLiteral("Invalid email format"));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("nameError"))->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(qobject_cast<QLineEdit *>(dialog->editor(UserField::Name))->text(), name);
    QCOMPARE(qobject_cast<QLineEdit *>(dialog->editor(UserField::Email))->text(), invalid);
    QVERIFY(dialog->editor(UserField::Email)->isEnabled());
    QCOMPARE(m_rest->user(before.id).value(QLatin1String("name")).toString(), before.name);

    // Corrected, the same dialog saves what was typed.
    const QString fixed = QStringLiteral("ada.renamed@example.com");
    QVERIFY(retype(dialog->editor(UserField::Email), fixed));
    QVERIFY(!emailError->isVisible());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_rest->user(before.id).value(QLatin1String("name")).toString(), name);
    QCOMPARE(m_rest->user(before.id).value(QLatin1String("email")).toString(), fixed);
}

void PromisesTest::papermergeEditShowsFieldErrorUnderUsername()
{
    QVERIFY(open(QStringLiteral("papermerge"), PapermergeService::adminPassword()));
    QTableView *view = m_window->userView();
    const QString takenUsername = text(view, 0, UserFields::label(UserField::Username));
    QVERIFY(!takenUsername.isEmpty());
    QPointer<UserEditDialog> dialog = editRow(2);
    QVERIFY(dialog);
    const User before = dialog->baseline();
    QVERIFY(before.username != takenUsername);
    const QString given = QStringLiteral("Grace");
    QVERIFY(retype(dialog->editor(UserField::GivenName), given));
    QVERIFY(retype(dialog->editor(UserField::Username), takenUsername));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    // errors[].source.pointer "/data/attributes/username" lands under the username.
    QLabel *usernameError = nullptr;
    QTRY_VERIFY((usernameError = errorUnder(dialog, UserField::Username)) && usernameError->isVisible());
    QCOMPARE(usernameError->text(), QStringLiteral("A user with that username already exists."));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("emailError"))->isVisible());
    QVERIFY(dialog->messageWidget()->isVisible());
    QCOMPARE(qobject_cast<QLineEdit *>(dialog->editor(UserField::Username))->text(), takenUsername);
    QCOMPARE(qobject_cast<QLineEdit *>(dialog->editor(UserField::GivenName))->text(), given);
    QTRY_VERIFY(okButton(dialog)->isEnabled());
    const QJsonObject attributes
        = m_papermerge->user(before.id).value(QLatin1String("attributes")).toObject();
    QCOMPARE(attributes.value(QLatin1String("username")).toString(), before.username);
}

void PromisesTest::changePasswordKeepsBothEntries()
{
    QVERIFY(open(QStringLiteral("papermerge"), PapermergeService::adminPassword()));
    clickRow(m_window->userView(), 1);
    QAction *change = m_window->action(QStringLiteral("changePasswordAction"));
    QTRY_VERIFY(change->isEnabled());
    const User user = m_window->selectedUser();
    change->trigger();
    QPointer<ChangePasswordDialog> dialog;
    QTRY_VERIFY((dialog = visible<ChangePasswordDialog>(m_window)));
    const QString password = QStringLiteral("correct horse battery");
    QTest::keyClicks(dialog->passwordEdit(), password);
    QTest::keyClicks(dialog->confirmEdit(), password);

    MockFault refuse;
    refuse.status = 400;
    refuse.body = "{\"password\": [\"This password is too common.\"]}";
    refuse.method = "POST";
    refuse.times = 1;
    m_server->setFault(QStringLiteral("/api/users/[^/]+/change-password/"), refuse);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(dialog->messageWidget()->isVisible());
    QVERIFY2(dialog->messageWidget()->text().contains(QStringLiteral("This password is too common.")),
             qPrintable(dialog->messageWidget()->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->passwordEdit()->text(), password);
    QCOMPARE(dialog->confirmEdit()->text(), password);
    QVERIFY(dialog->passwordEdit()->isEnabled() && dialog->confirmEdit()->isEnabled());
    QTRY_VERIFY(okButton(dialog)->isEnabled());

    // Sent again as kept, it goes through.
    m_server->clearReceivedRequests();
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    // Only the change itself: the details pane may still be reading the user it shows.
    QList<MockRequest> changes = m_server->receivedRequests();
    changes.removeIf([](const MockRequest &request) {
        return !request.path.endsWith(QLatin1String("/change-password/"));
    });
    QCOMPARE(changes.size(), 1);
    QCOMPARE(
        changes.first().body,
        QJsonDocument(QJsonObject{ { QLatin1String("password"), password } }).toJson(QJsonDocument::Compact));
    QCOMPARE(m_papermerge->passwordOf(user.id), password);
}

void PromisesTest::changePasswordSentAgainAfterSignIn()
{
    PromptCounter prompts;
    QVERIFY(open(QStringLiteral("papermerge"), PapermergeService::adminPassword()));
    clickRow(m_window->userView(), 2);
    QAction *change = m_window->action(QStringLiteral("changePasswordAction"));
    QTRY_VERIFY(change->isEnabled());
    const User user = m_window->selectedUser();
    change->trigger();
    QPointer<ChangePasswordDialog> dialog;
    QTRY_VERIFY((dialog = visible<ChangePasswordDialog>(m_window)));
    const QString password = QStringLiteral("staple battery horse");
    QTest::keyClicks(dialog->passwordEdit(), password);
    QTest::keyClicks(dialog->confirmEdit(), password);

    // The token expires before the change reaches the server: refused with 401, the admin signs
    // in again, and the change is sent again as typed without pressing anything else.
    m_papermerge->revokeTokens();
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QPointer<CredentialDialog> prompt;
    QTRY_VERIFY((prompt = visible<CredentialDialog>(m_window)));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->passwordEdit()->text(), password);
    QTest::keyClicks(prompt->findChild<QLineEdit *>(QStringLiteral("secret")),
                     PapermergeService::adminPassword());
    QTest::mouseClick(okButton(prompt), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_papermerge->passwordOf(user.id), password);
    QCOMPARE(prompts.count(), 1);
}

void PromisesTest::editShowsTheServersAnswer()
{
    QVERIFY(open(QStringLiteral("rest-v1"), RestV1Service::defaultToken()));
    QTableView *view = m_window->userView();
    QPointer<UserEditDialog> dialog = editRow(3);
    QVERIFY(dialog);
    const QString id = dialog->baseline().id;
    QTRY_COMPARE(m_window->detailsPane()->userId(), id);
    QVERIFY(retype(dialog->editor(UserField::Name), QStringLiteral("ada   lovelace")));
    QVERIFY(retype(dialog->editor(UserField::Email), QStringLiteral("Ada.Lovelace@Example.COM")));

    // The server normalises what it was sent and answers its own values.
    QJsonObject answered = m_rest->user(id);
    answered.insert(QLatin1String("name"), QStringLiteral("Ada Lovelace"));
    answered.insert(QLatin1String("email"), QStringLiteral("ada.lovelace@example.com"));
    MockFault normalise;
    normalise.status = 200;
    normalise.method = "PATCH";
    normalise.times = 1;
    normalise.body = QJsonDocument(QJsonObject{ { QLatin1String("success"), true },
                                                { QLatin1String("data"), answered } })
                         .toJson(QJsonDocument::Compact);
    m_server->setFault(QStringLiteral("/v1/users/") + id, normalise);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    const int row
        = rowWhere(view, UserFields::label(UserField::Email), QStringLiteral("ada.lovelace@example.com"));
    QVERIFY(row >= 0);
    QCOMPARE(text(view, row, UserFields::label(UserField::Name)), QStringLiteral("Ada Lovelace"));
    QCOMPARE(rowWhere(view, UserFields::label(UserField::Email), QStringLiteral("Ada.Lovelace@Example.COM")),
             -1);
    DetailsPane *pane = m_window->detailsPane();
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("detailsTitle"))->text(),
             QStringLiteral("Ada Lovelace"));
    const QHash<QString, QString> profile = profileRows(pane);
    QCOMPARE(profile.value(UserFields::label(UserField::Name)), QStringLiteral("Ada Lovelace"));
    QCOMPARE(profile.value(UserFields::label(UserField::Email)), QStringLiteral("ada.lovelace@example.com"));
}

void PromisesTest::stateChangeShowsTheServersAnswer()
{
    QVERIFY(open(QStringLiteral("rest-v1"), RestV1Service::defaultToken()));
    QTableView *view = m_window->userView();
    const int row = rowWhere(view, UserFields::label(UserField::State), UserStates::label(UserState::Active));
    QVERIFY(row >= 0);
    clickRow(view, row);
    const User user = m_window->selectedUser();
    QTRY_COMPARE(m_window->detailsPane()->userId(), user.id);
    QAction *toggle = m_window->action(QStringLiteral("toggleStateAction"));
    QTRY_VERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), QStringLiteral("Deactivate"));

    // Asked to deactivate, the server suspends the account instead and says so.
    QJsonObject answered = m_rest->user(user.id);
    answered.insert(QLatin1String("status"), QStringLiteral("suspended"));
    MockFault suspend;
    suspend.status = 200;
    suspend.method = "PATCH";
    suspend.times = 1;
    suspend.body = QJsonDocument(
                       QJsonObject{ { QLatin1String("success"), true }, { QLatin1String("data"), answered } })
                       .toJson(QJsonDocument::Compact);
    m_server->setFault(QStringLiteral("/v1/users/") + user.id, suspend);
    toggle->trigger();
    QTRY_COMPARE(text(view, view->currentIndex().row(), UserFields::label(UserField::State)),
                 UserStates::label(UserState::Suspended));
    QCOMPARE(m_window->selectedUser().id, user.id);
    QVERIFY(m_server->receivedRequests().last().body.contains("inactive")); // what was asked
    DetailsPane *pane = m_window->detailsPane();
    QTRY_COMPARE(profileRows(pane).value(UserFields::label(UserField::State)),
                 UserStates::label(UserState::Suspended));
    QTRY_COMPARE(toggle->text(), QStringLiteral("Activate"));
}

void PromisesTest::selfSignedServerRefusedEndToEnd()
{
    QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend: install Qt's OpenSSL TLS plugin");
    const QSslConfiguration config = testServerTlsConfiguration();
    QVERIFY(!config.isNull());
    QSslServer server;
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int handshakes = 0;
    QByteArray received;
    connect(&server, &QSslServer::startedEncryptionHandshake, this, [&handshakes] { ++handshakes; });
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&server, &received] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] {
                received += socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                              "Connection: close\r\n\r\n{}");
                socket->disconnectFromHost();
            });
        }
    });

    // A saved Org App profile with verification on, its token in the keychain.
    ConnectionProfile tls = profile(QStringLiteral("org-app"));
    tls.id = QStringLiteral("self-signed");
    tls.name = QStringLiteral("Self-signed");
    tls.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
    tls.verifyTls = true;
    const QString token = QStringLiteral("tls-token-must-not-leave");
    bool stored = false;
    m_fixture->keychain.writeSecret(tls.secretKey(), token, this,
                                    [&stored](const SecretResult &result) { stored = result.ok(); });
    QTRY_VERIFY(stored);
    m_fixture->settings.saveProfile(tls);
    m_window->openProfile(tls);

    MessageWidget *message = m_window->messageWidget();
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("could not be verified")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("self-signed"), Qt::CaseInsensitive)
                 || message->text().contains(QStringLiteral("self signed"), Qt::CaseInsensitive),
             qPrintable(message->text()));
    QVERIFY(handshakes > 0); // the window did try the server
    QCOMPARE(m_window->userView()->model()->rowCount(), 0);
    QVERIFY2(received.isEmpty(), received.constData()); // no request, so no token, reached it
    QVERIFY(!received.contains(token.toUtf8()));
}

QTEST_MAIN(PromisesTest)
#include "tst_promises.moc"

// What the README promises about the user table and the details pane, checked through the
// window as an admin uses it: header clicks sort dates and numbers by value, the context menu
// offers exactly what the service can do and acts on the row clicked, the keyboard shortcuts and
// a double-click reach their actions, details tabs load only when first shown, and Papermerge's
// home and inbox folders appear in the details pane.

#include "DetailsPane.h"
#include "FakeUserDirectory.h"
#include "MainWindow.h"
#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "PapermergeService.h"
#include "PaprService.h"
#include "RestV1Service.h"
#include "UserEditDialog.h"
#include "WindowDriver.h"
#include "WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkProxy>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <algorithm>

using namespace WindowDriver;

class PromisesTableTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // 4. Sorting, the context menu, the keyboard and the mouse.
    void headerSortsDatesByValue();
    void headerSortsNumbersByValue();
    void contextMenuOffersTheServicesActions_data();
    void contextMenuOffersTheServicesActions();
    void keyboardShortcutsReachTheirActions();
    void doubleClickOpensTheEditor();

    // 5. The details pane.
    void detailsTabsLoadWhenFirstShown();
    void papermergeFoldersInTheDetails();

private:
    ConnectionProfile profile(const QString &kind) const;
    // Opens the stand-in of `kind`; true once the table shows users.
    [[nodiscard]] bool open(const QString &kind, const QString &credential);
    // Requests the stand-in received whose path ends with `suffix`; with `firstPageOnly`, only
    // those for a list's first page (a load, not a view asking for the next page).
    int requestsEndingWith(const QString &suffix, bool firstPageOnly = false) const;
    // Activates the window so that its shortcuts apply, as when the admin works in it.
    bool activate();

    std::unique_ptr<WindowFixture> m_fixture;
    MockHttpServer *m_server = nullptr;
    MainWindow *m_window = nullptr;
    PapermergeService *m_papermerge = nullptr;
    RestV1Service *m_rest = nullptr;
};

void PromisesTableTest::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void PromisesTableTest::init()
{
    m_fixture = std::make_unique<WindowFixture>();
    const WindowFixture::Services services = m_fixture->addEveryService();
    m_rest = services.restV1;
    m_papermerge = services.papermerge;
    m_server = &m_fixture->server;
    m_server->setRecordingRequests(true); // the tests count what the client sent
    m_window = m_fixture->window.get();
}

void PromisesTableTest::cleanup()
{
    m_fixture.reset();
}

ConnectionProfile PromisesTableTest::profile(const QString &kind) const
{
    ConnectionProfile p = m_fixture->profileFor(kind);
    p.pageSize = 50;
    return p;
}

bool PromisesTableTest::open(const QString &kind, const QString &credential)
{
    m_window->openProfile(profile(kind), credential);
    return QTest::qWaitFor([this] { return m_window->userView()->model()->rowCount() > 0; });
}

int PromisesTableTest::requestsEndingWith(const QString &suffix, bool firstPageOnly) const
{
    const QList<MockRequest> requests = m_server->receivedRequests();
    return int(std::count_if(requests.cbegin(), requests.cend(), [&](const MockRequest &request) {
        const QString page = request.queryValue(QStringLiteral("page"));
        return request.path.endsWith(suffix)
            && (!firstPageOnly || page.isEmpty() || page == QLatin1String("1"));
    }));
}

bool PromisesTableTest::activate()
{
    return m_fixture->activateWindow();
}

namespace {
// `texts` as a sort by text puts them (the way the proxy compares strings).
QStringList sortedAsText(QStringList texts)
{
    std::sort(texts.begin(), texts.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return texts;
}

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}
} // namespace

void PromisesTableTest::headerSortsDatesByValue()
{
    // Dates whose short form sorts differently as text than in time, in every locale the suite
    // runs under: day, month and year all disagree with the order in time.
    FakeUserDirectory directory;
    const QList<QDateTime> created{
        QDateTime(QDate(2024, 2, 10), QTime(9, 30), Qt::UTC),
        QDateTime(QDate(2023, 11, 5), QTime(14, 0), Qt::UTC),
        QDateTime(QDate(2025, 1, 20), QTime(8, 15), Qt::UTC),
        QDateTime(QDate(2023, 3, 30), QTime(17, 45), Qt::UTC),
        QDateTime(QDate(2024, 12, 1), QTime(11, 0), Qt::UTC),
    };
    for (int i = 0; i < created.size(); ++i) {
        User user = FakeUserDirectory::makeUser(i);
        user.createdAt = created.at(i);
        directory.users.append(user);
    }
    m_fixture->connectTo(&directory, profile(QStringLiteral("org-app")));
    QTableView *view = m_window->userView();
    QTRY_COMPARE(view->model()->rowCount(), int(created.size()));

    QList<QDateTime> inTime = created;
    std::sort(inTime.begin(), inTime.end());
    QStringList expected;
    for (const QDateTime &when : std::as_const(inTime))
        expected << QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    const QString title = UserFields::label(UserField::CreatedAt);
    QVERIFY(sortedAsText(columnTexts(view, title)) != expected); // text order would be wrong here

    clickHeader(view, title);
    QCOMPARE(columnTexts(view, title), expected);
    clickHeader(view, title);
    QCOMPARE(columnTexts(view, title), reversed(expected));
    m_fixture->connections.close();
}

void PromisesTableTest::headerSortsNumbersByValue()
{
    FakeUserDirectory directory(3);
    const QList<int> members{ 9, 1200, 10, 100, 2 };
    QList<Project> projects;
    for (int i = 0; i < members.size(); ++i) {
        Project project;
        project.id = QStringLiteral("p%1").arg(i);
        project.name = QStringLiteral("Project %1").arg(i);
        project.memberCount = members.at(i);
        projects.append(project);
    }
    directory.projects.insert(directory.users.first().id, projects);
    m_fixture->connectTo(&directory, profile(QStringLiteral("org-app")));
    QTRY_COMPARE(m_window->userView()->model()->rowCount(), 3);
    clickRow(m_window->userView(), 0);
    DetailsPane *pane = m_window->detailsPane();
    QTRY_COMPARE(pane->userId(), directory.users.first().id);
    clickTab(pane, QStringLiteral("Projects"));
    auto *view = pane->findChild<QTableView *>(QStringLiteral("projectsView"));
    QTRY_COMPARE(view->model()->rowCount(), int(members.size()));

    // What the view shows, in the current locale's digits and grouping ("1,200", "1.200", "1200").
    const auto shown = [view] {
        QStringList texts;
        const int c = column(view, QStringLiteral("Members"));
        for (int row = 0; row < view->model()->rowCount(); ++row)
            texts << QLocale().toString(view->model()->index(row, c).data().toInt());
        return texts;
    };
    QList<int> ascending = members;
    std::sort(ascending.begin(), ascending.end());
    QStringList expected;
    for (int count : std::as_const(ascending))
        expected << QLocale().toString(count);
    QVERIFY(sortedAsText(shown()) != expected); // text order would be wrong here

    clickHeader(view, QStringLiteral("Members"));
    QCOMPARE(shown(), expected);
    clickHeader(view, QStringLiteral("Members"));
    QCOMPARE(shown(), reversed(expected));
    m_fixture->connections.close();
}

void PromisesTableTest::contextMenuOffersTheServicesActions_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QStringList>("offered");
    const QString edit = QStringLiteral("editUserAction"), toggle = QStringLiteral("toggleStateAction"),
                  state = QStringLiteral("setStateAction"), password = QStringLiteral("changePasswordAction"),
                  del = QStringLiteral("deleteUserAction"), copyId = QStringLiteral("copyIdAction"),
                  copyEmail = QStringLiteral("copyEmailAction");
    QTest::newRow("Org App") << QStringLiteral("org-app") << OrgAppService::defaultToken()
                             << QStringList{ edit, toggle, copyId, copyEmail };
    QTest::newRow("Papr Memory") << QStringLiteral("papr-memory") << PaprService::defaultToken()
                                 << QStringList{ edit, del, copyId, copyEmail };
    QTest::newRow("REST v1") << QStringLiteral("rest-v1") << RestV1Service::defaultToken()
                             << QStringList{ edit, toggle, state, del, copyId, copyEmail };
    QTest::newRow("Papermerge") << QStringLiteral("papermerge") << PapermergeService::adminPassword()
                                << QStringList{ edit, toggle, password, del, copyId, copyEmail };
}

void PromisesTableTest::contextMenuOffersTheServicesActions()
{
    QFETCH(QString, kind);
    QFETCH(QString, credential);
    QFETCH(QStringList, offered);
    QVERIFY(open(kind, credential));
    QTableView *view = m_window->userView();
    QVERIFY(view->model()->rowCount() > 4);
    clickRow(view, 0);
    QTRY_VERIFY(m_window->selectedUser().isValid());

    // A right-click on another row, as the mouse delivers it: press, then the menu request.
    const QString email = UserFields::label(UserField::Email);
    const QString clickedEmail = text(view, 4, email);
    QVERIFY(clickedEmail != text(view, 0, email));
    const QPoint point = pointOfRow(view, 4);
    QTest::mousePress(view->viewport(), Qt::RightButton, Qt::NoModifier, point);
    QContextMenuEvent request(QContextMenuEvent::Mouse, point, view->viewport()->mapToGlobal(point));
    QApplication::sendEvent(view->viewport(), &request);
    QTest::mouseRelease(view->viewport(), Qt::RightButton, Qt::NoModifier, point);
    QPointer<QMenu> menu;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) && menu->isVisible());

    QStringList names;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator() && action->isVisible())
            names << action->objectName();
    }
    QCOMPARE(names, offered);

    // Its Edit acts on the row clicked, not on the one selected before.
    QAction *edit = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("editUserAction"))
            edit = action;
    }
    QVERIFY(edit);
    QTRY_VERIFY(edit->isEnabled());
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(edit).center());
    QPointer<UserEditDialog> dialog;
    QTRY_VERIFY((dialog = visible<UserEditDialog>(m_window)));
    QCOMPARE(dialog->mode(), UserEditDialog::Mode::Edit);
    QCOMPARE(dialog->baseline().email, clickedEmail);
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void PromisesTableTest::keyboardShortcutsReachTheirActions()
{
    QVERIFY(open(QStringLiteral("rest-v1"), RestV1Service::defaultToken()));
    QVERIFY(activate());
    QTableView *view = m_window->userView();
    const QString stateTitle = UserFields::label(UserField::State);
    const int row = rowWhere(view, stateTitle, UserStates::label(UserState::Active));
    QVERIFY(row >= 0);
    clickRow(view, row);
    const User user = m_window->selectedUser();
    QVERIFY(user.isValid());
    QTRY_VERIFY(m_window->action(QStringLiteral("editUserAction"))->isEnabled());

    // F2 edits the selected user.
    QTest::keyClick(m_window, Qt::Key_F2);
    QPointer<UserEditDialog> dialog;
    QTRY_VERIFY((dialog = visible<UserEditDialog>(m_window)));
    QCOMPARE(dialog->mode(), UserEditDialog::Mode::Edit);
    QCOMPARE(dialog->baseline().id, user.id);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);

    // Ctrl+D flips the state on the server.
    QVERIFY(activate());
    QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(text(view, view->currentIndex().row(), stateTitle), UserStates::label(UserState::Inactive));
    QCOMPARE(m_rest->user(user.id).value(QLatin1String("status")).toString(), QStringLiteral("inactive"));

    // Delete asks first; Cancel keeps the user.
    QTest::keyClick(m_window, Qt::Key_Delete);
    QPointer<QMessageBox> box;
    QTRY_VERIFY((box = visible<QMessageBox>(m_window)));
    QVERIFY(box->text().contains(user.displayName()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!box);
    QVERIFY(!m_rest->user(user.id).isEmpty());

    // F5 reloads from the server.
    QVERIFY(activate());
    const int listRequests = requestsEndingWith(QStringLiteral("/v1/users"));
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_COMPARE(requestsEndingWith(QStringLiteral("/v1/users")), listRequests + 1);
    QCOMPARE(m_server->receivedRequests().last().queryValue(QStringLiteral("page")), QStringLiteral("1"));
    QTRY_VERIFY(view->model()->rowCount() > 0);

    // Ctrl+N opens an empty create dialog.
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY((dialog = visible<UserEditDialog>(m_window)));
    QCOMPARE(dialog->mode(), UserEditDialog::Mode::Create);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);

    // Ctrl+F puts the cursor in the filter.
    QVERIFY(activate());
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter && !filter->hasFocus());
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
}

void PromisesTableTest::doubleClickOpensTheEditor()
{
    QVERIFY(open(QStringLiteral("org-app"), OrgAppService::defaultToken()));
    QTableView *view = m_window->userView();
    QVERIFY(!m_window->selectedUser().isValid());
    const QString clickedEmail = text(view, 3, UserFields::label(UserField::Email));
    // Straight onto a row nothing was selected in before, as a quick double-click lands.
    // As the mouse delivers a double-click: press, release, then the second press as a double-click.
    const QPoint point = pointOfRow(view, 3);
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    QPointer<UserEditDialog> dialog;
    QTRY_VERIFY((dialog = visible<UserEditDialog>(m_window)));
    QCOMPARE(dialog->mode(), UserEditDialog::Mode::Edit);
    QCOMPARE(dialog->baseline().email, clickedEmail);
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void PromisesTableTest::detailsTabsLoadWhenFirstShown()
{
    QVERIFY(open(QStringLiteral("org-app"), OrgAppService::defaultToken()));
    QTableView *view = m_window->userView();
    DetailsPane *pane = m_window->detailsPane();
    QCOMPARE(pane->tabs()->currentIndex(), 0); // Profile
    const QString projects = QStringLiteral("/project"), artifacts = QStringLiteral("/latest-artifacts"),
                  integrations = QStringLiteral("/integrations");

    // Arrowing down the table shows each user's profile and asks for nothing else.
    clickRow(view, 0);
    QTRY_COMPARE(pane->userId(), m_window->selectedUser().id);
    view->setFocus();
    QStringList shown;
    for (int step = 0; step < 5; ++step) {
        QTest::keyClick(view, Qt::Key_Down);
        const QString id = m_window->selectedUser().id;
        QVERIFY(!id.isEmpty() && !shown.contains(id));
        QTRY_COMPARE(pane->userId(), id);
        QTRY_VERIFY(requestsEndingWith(QStringLiteral("/user/") + id) > 0); // its full record
        shown << id;
    }
    QCOMPARE(shown.size(), 5);
    QCOMPARE(requestsEndingWith(projects), 0);
    QCOMPARE(requestsEndingWith(artifacts), 0);
    QCOMPARE(requestsEndingWith(integrations), 0);

    // Showing Projects loads the current user's projects, once.
    const QString current = pane->userId();
    clickTab(pane, QStringLiteral("Projects"));
    QTRY_COMPARE(requestsEndingWith(projects, true), 1);
    QCOMPARE(requestsEndingWith(current + projects, true), 1);
    QCOMPARE(requestsEndingWith(artifacts), 0);
    clickTab(pane, QStringLiteral("Latest Artifacts"));
    QTRY_COMPARE(requestsEndingWith(artifacts), 1);
    QCOMPARE(requestsEndingWith(current + artifacts), 1);
    clickTab(pane, QStringLiteral("Projects"));
    clickTab(pane, QStringLiteral("Profile"));
    QCOMPARE(requestsEndingWith(projects, true), 1); // already loaded: not asked again
    QCOMPARE(requestsEndingWith(integrations), 0);

    // Back on Profile, arrowing on asks for no tab's data again.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    const QString next = m_window->selectedUser().id;
    QVERIFY(next != current);
    QTRY_COMPARE(pane->userId(), next);
    QTRY_VERIFY(requestsEndingWith(QStringLiteral("/user/") + next) > 0);
    QCOMPARE(requestsEndingWith(projects, true), 1);
    QCOMPARE(requestsEndingWith(artifacts), 1);
    clickTab(pane, QStringLiteral("My Integrations"));
    QTRY_COMPARE(requestsEndingWith(integrations), 1);
}

void PromisesTableTest::papermergeFoldersInTheDetails()
{
    QVERIFY(open(QStringLiteral("papermerge"), PapermergeService::adminPassword()));
    QTableView *view = m_window->userView();
    DetailsPane *pane = m_window->detailsPane();
    QVERIFY(view->model()->rowCount() > 3);
    QStringList seen;
    for (int row : { 0, 3 }) {
        clickRow(view, row);
        const QString id = m_window->selectedUser().id;
        QTRY_COMPARE(pane->userId(), id);
        const QJsonObject relationships
            = m_papermerge->user(id).value(QLatin1String("relationships")).toObject();
        const auto folder = [&relationships](const char *key) {
            return relationships.value(QLatin1String(key))
                .toObject()
                .value(QLatin1String("data"))
                .toObject()
                .value(QLatin1String("id"))
                .toString();
        };
        const QString home = folder("home_folder"), inbox = folder("inbox_folder");
        QVERIFY(!home.isEmpty() && !inbox.isEmpty() && home != inbox);
        QTRY_COMPARE(profileRows(pane).value(QStringLiteral("Home folder")), home);
        QCOMPARE(profileRows(pane).value(QStringLiteral("Inbox folder")), inbox);
        seen << home << inbox;
    }
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 4); // each user's own folders
}

QTEST_MAIN(PromisesTableTest)
#include "tst_promises_table.moc"

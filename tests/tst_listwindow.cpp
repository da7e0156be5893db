// The user list as an admin works it, through the window against the REST v1 and Org App
// stand-ins: several users selected at once (Ctrl+A, Ctrl+C, Delete, the context menu, Enter),
// the column chooser on the header, a refresh that keeps the selection and the scroll
// position, and the list restored per connection from the settings file.

#include "ConnectionSwitcher.h"
#include "DetailsPane.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "MockFault.h"
#include "OrgAppService.h"
#include "RestV1Service.h"
#include "UserEditDialog.h"
#include "UserTableModel.h"
#include "WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {
constexpr int kUsers = 150;

QString cell(QTableView *view, int row, const QString &header)
{
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (view->model()->headerData(column, Qt::Horizontal).toString() == header)
            return view->model()->index(row, column).data().toString();
    }
    return QString();
}

int columnOf(QTableView *view, const QString &header)
{
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (view->model()->headerData(column, Qt::Horizontal).toString() == header)
            return column;
    }
    return -1;
}

template<typename T> T *visibleTopLevel(const QString &objectName = QString())
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        auto *typed = qobject_cast<T *>(widget);
        if (typed && typed->isVisible() && (objectName.isEmpty() || typed->objectName() == objectName))
            return typed;
    }
    return nullptr;
}

QStringList visibleHeaders(QTableView *view)
{
    QStringList headers;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            headers << view->model()->headerData(logical, Qt::Horizontal).toString();
    }
    return headers;
}
} // namespace

class ListWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void connectingGivesTheListTheKeyboard();
    void initTestCase() { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); }
    void init();
    void cleanup();

    void selectAllCopyAndDeleteSeveral();
    void enterOpensTheSelectedUser();
    void columnChooserHidesAndShows();
    void refreshKeepsSelectionAndScroll();
    void listIsRestoredPerConnection();
    void detailsTabIsRestored();
    void pagesAheadFollowTheConnection();

private:
    ConnectionProfile restProfile(bool saved);
    [[nodiscard]] bool openRest(bool saved = false);
    void newWindow();

    std::unique_ptr<WindowFixture> m_fixture;
    MockHttpServer *m_server = nullptr;
    MainWindow *m_window = nullptr;
};

void ListWindowTest::init()
{
    m_fixture = std::make_unique<WindowFixture>();
    m_fixture->addService<RestV1Service>(MockService::Generated{ kUsers, 11, RestV1Service::defaultToken() });
    m_fixture->addService<OrgAppService>();
    m_server = &m_fixture->server;
    m_server->setRecordingRequests(true);
    m_window = m_fixture->window.get();
}

void ListWindowTest::cleanup()
{
    m_fixture.reset();
}

ConnectionProfile ListWindowTest::restProfile(bool saved)
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("rest");
    profile.name = QStringLiteral("Staff");
    profile.baseUrl = m_server->baseUrl();
    profile.serviceKind = QStringLiteral("rest-v1");
    profile.pageSize = 20;
    if (saved)
        m_fixture->settings.saveProfile(profile);
    return profile;
}

bool ListWindowTest::openRest(bool saved)
{
    m_window->openProfile(restProfile(saved), RestV1Service::defaultToken());
    // The table replaces the "Loading" page a moment after the first rows arrive; focus given
    // before then would stay where it was.
    return QTest::qWaitFor(
               [this] {
                   return m_window->userView()->model()->rowCount() > 0 && m_window->userView()->isVisible();
               },
               10000)
        && m_fixture->activateWindow();
}

// The window closed (its state saved) and a new one made over the same settings file.
void ListWindowTest::newWindow()
{
    m_window->close();
    m_fixture->window.reset();
    m_fixture->settings.sync();
    m_fixture->window = std::make_unique<MainWindow>(&m_fixture->settings, &m_fixture->connections);
    m_fixture->window->resize(1200, 800);
    m_fixture->window->show();
    m_window = m_fixture->window.get();
}

void ListWindowTest::connectingGivesTheListTheKeyboard()
{
    // Chosen from the toolbar's connection switcher, the users get the keyboard once they show.
    QVERIFY(m_fixture->activateWindow());
    auto *switcher = m_window->findChild<ConnectionSwitcher *>();
    QVERIFY(switcher);
    switcher->setFocus();
    QTRY_VERIFY(switcher->hasFocus());
    m_window->openProfile(restProfile(false), RestV1Service::defaultToken());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_window->userView()));

    // Where the admin puts the focus while the next connection's first page is on its way, it
    // stays: the request to take it is dropped.
    MockFault slow;
    slow.delayMs = 700;
    m_server->setFault(QStringLiteral("/api/v1/app/user"), slow);
    switcher->setFocus();
    QTRY_VERIFY(switcher->hasFocus());
    m_window->openProfile(m_fixture->profileFor(QStringLiteral("org-app")), OrgAppService::defaultToken());
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    QTRY_VERIFY(filter->isEnabled() && filter->isVisible()); // the connection is the window's, loading
    QCOMPARE(m_window->userView()->model()->rowCount(), 0);
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTRY_VERIFY(m_window->userView()->isVisible() && m_window->userView()->model()->rowCount() > 0);
    QTest::qWait(50); // the table's appearance has been handled
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(filter));
}

void ListWindowTest::selectAllCopyAndDeleteSeveral()
{
    QVERIFY(openRest());
    QTableView *view = m_window->userView();
    QTRY_COMPARE(view->model()->rowCount(), 20);
    view->setFocus();
    QVERIFY(view->hasFocus()); // the copy shortcut belongs to the table
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 20);

    // Ctrl+C: the selected rows' visible cells, tab-separated, in the view's column order.
    view->horizontalHeader()->moveSection(
        view->horizontalHeader()->visualIndex(columnOf(view, QStringLiteral("Email"))), 0);
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 20);
    const QStringList first = lines.first().split(QLatin1Char('\t'));
    QCOMPARE(first.size(), visibleHeaders(view).size());
    QCOMPARE(first.first(), cell(view, 0, QStringLiteral("Email")));
    QCOMPARE(first.at(visibleHeaders(view).indexOf(QStringLiteral("Name"))),
             cell(view, 0, QStringLiteral("Name")));

    // In the search box Ctrl+A and Ctrl+C are the box's own.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("xy"));
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("xy"));
    search->clear();
    QTRY_COMPARE(view->model()->rowCount(), 20);

    // Three users: Delete asks once, naming them; Cancel sends nothing. The single-user
    // actions step aside.
    view->setFocus();
    view->selectionModel()->clearSelection();
    QStringList names;
    for (int row : { 2, 5, 7 }) {
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        names << cell(view, row, QStringLiteral("Name"));
    }
    QTRY_VERIFY(!m_window->action(QStringLiteral("editUserAction"))->isEnabled());
    QVERIFY(m_window->action(QStringLiteral("deleteUserAction"))->isEnabled());
    m_server->clearReceivedRequests();
    QTest::keyClick(view, Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleTopLevel<QMessageBox>(QStringLiteral("bulkConfirmation"))));
    const QString text = box->text() + box->informativeText() + box->detailedText();
    for (const QString &name : std::as_const(names))
        QVERIFY2(text.contains(name), qPrintable(text));
    box->reject();
    QTest::qWait(100);
    const QList<MockRequest> sent = m_server->receivedRequests();
    QVERIFY(std::none_of(sent.cbegin(), sent.cend(),
                         [](const MockRequest &request) { return request.method == "DELETE"; }));

    // The context menu on one of them offers the bulk actions, not the single-user ones.
    const QRect rect = view->visualRect(view->model()->index(5, 1));
    QMetaObject::invokeMethod(
        view, [view, rect] { Q_EMIT view->customContextMenuRequested(rect.center()); }, Qt::QueuedConnection);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = visibleTopLevel<QMenu>()));
    QStringList objects;
    for (QAction *action : menu->actions())
        objects << action->objectName();
    QVERIFY2(objects.contains(QStringLiteral("bulkDeleteAction")), qPrintable(objects.join(u',')));
    QVERIFY2(objects.contains(QStringLiteral("bulkDeactivateAction")), qPrintable(objects.join(u',')));
    QVERIFY2(objects.contains(QStringLiteral("copyRowsAction")), qPrintable(objects.join(u',')));
    QVERIFY(!objects.contains(QStringLiteral("editUserAction")));
    menu->close();
}

void ListWindowTest::enterOpensTheSelectedUser()
{
    QVERIFY(openRest());
    QTableView *view = m_window->userView();
    view->setFocus();
    view->selectionModel()->setCurrentIndex(view->model()->index(3, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString name = cell(view, 3, QStringLiteral("Name"));
    QTest::keyClick(view, Qt::Key_Return);
    UserEditDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<UserEditDialog *>()) && dialog->isVisible());
    QCOMPARE(qobject_cast<QLineEdit *>(dialog->editor(UserField::Name))->text(), name);
    dialog->reject();
}

void ListWindowTest::columnChooserHidesAndShows()
{
    QVERIFY(openRest());
    QTableView *view = m_window->userView();
    QHeaderView *header = view->horizontalHeader();
    const QStringList all = visibleHeaders(view);
    QVERIFY(all.contains(QStringLiteral("Email")));
    QMetaObject::invokeMethod(
        header, [header] { Q_EMIT header->customContextMenuRequested(QPoint(10, 5)); }, Qt::QueuedConnection);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = visibleTopLevel<QMenu>(QStringLiteral("columnMenu"))));
    QAction *email = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("Email"))
            email = action;
    }
    QVERIFY(email && email->isChecked());
    email->trigger();
    menu->close();
    QStringList without = all;
    without.removeAll(QStringLiteral("Email"));
    QCOMPARE(visibleHeaders(view), without);

    // Hide all but one: the last one cannot be hidden.
    for (int logical = 0; logical < header->count() - 1; ++logical)
        header->setSectionHidden(logical, true);
    QCOMPARE(visibleHeaders(view).size(), 1);
    QMetaObject::invokeMethod(
        header, [header] { Q_EMIT header->customContextMenuRequested(QPoint(10, 5)); }, Qt::QueuedConnection);
    QTRY_VERIFY((menu = visibleTopLevel<QMenu>(QStringLiteral("columnMenu"))));
    for (QAction *action : menu->actions()) {
        if (action->isCheckable() && action->isChecked())
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    }
    QAction *showAll = menu->actions().constLast();
    showAll->trigger();
    menu->close();
    QCOMPARE(visibleHeaders(view), all);
}

void ListWindowTest::refreshKeepsSelectionAndScroll()
{
    QVERIFY(openRest());
    QTableView *view = m_window->userView();
    view->resize(view->width(), 300);
    while (view->model()->rowCount() < 60) {
        view->scrollToBottom();
        const int before = view->model()->rowCount();
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() > before; }, 5000));
    }
    QTRY_COMPARE(view->model()->rowCount(), 60);
    QItemSelectionModel *selection = view->selectionModel();
    selection->setCurrentIndex(view->model()->index(41, 0),
                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->select(view->model()->index(44, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList chosen{ cell(view, 41, QStringLiteral("Email")),
                              cell(view, 44, QStringLiteral("Email")) };
    view->scrollTo(view->model()->index(40, 0), QAbstractItemView::PositionAtTop);
    const int scroll = view->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    m_server->clearReceivedRequests();
    m_window->action(QStringLiteral("refreshAction"))->trigger();
    // The three pages come back (the view may ask for one more as it fills).
    QTRY_VERIFY(!m_window->userModel()->isLoading() && m_server->receivedRequests().size() >= 3);
    QTRY_VERIFY(view->model()->rowCount() >= 60);
    QStringList selected;
    for (const QModelIndex &row : selection->selectedRows())
        selected << cell(view, row.row(), QStringLiteral("Email"));
    selected.sort();
    QStringList expected = chosen;
    expected.sort();
    QCOMPARE(selected, expected);
    QCOMPARE(cell(view, selection->currentIndex().row(), QStringLiteral("Email")), chosen.first());
    QCOMPARE(view->verticalScrollBar()->value(), scroll);
}

void ListWindowTest::listIsRestoredPerConnection()
{
    QVERIFY(openRest(true));
    QTableView *view = m_window->userView();
    QHeaderView *header = view->horizontalHeader();
    // The admin hides Email, sorts by Name downwards, searches and picks a status.
    header->setSectionHidden(columnOf(view, QStringLiteral("Email")), true);
    header->resizeSection(columnOf(view, QStringLiteral("Name")), 222);
    view->sortByColumn(columnOf(view, QStringLiteral("Name")), Qt::DescendingOrder);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    QVERIFY(search && status);
    search->setText(QStringLiteral("a"));
    status->setCurrentIndex(status->findData(QStringLiteral("inactive")));
    QTRY_VERIFY(m_window->userModel()->query().filters.value(UserField::State) == QStringLiteral("inactive")
                && !m_window->userModel()->isLoading() && view->model()->rowCount() > 1);
    view->selectionModel()->setCurrentIndex(view->model()->index(1, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString chosen = m_window->selectedUser().id;
    QVERIFY(!chosen.isEmpty());
    const QStringList headers = visibleHeaders(view);

    // The file holds it, under the connection.
    newWindow();
    {
        Settings reread(m_fixture->settings.fileName());
        const ListState saved = reread.listState(QStringLiteral("rest"));
        QCOMPARE(saved.search, QStringLiteral("a"));
        QCOMPARE(saved.filters.value(QStringLiteral("state")), QStringLiteral("inactive"));
        QCOMPARE(saved.selectedUserId, chosen);
        QVERIFY(!saved.header.isEmpty());
    }

    // A new window opening the connection again shows the list as it was left.
    m_server->clearReceivedRequests();
    m_window->openProfile(m_fixture->settings.profile(QStringLiteral("rest")), RestV1Service::defaultToken());
    view = m_window->userView();
    QTRY_VERIFY(view->model()->rowCount() > 1);
    const MockRequest first = m_server->receivedRequests().constFirst();
    QCOMPARE(first.queryValue(QStringLiteral("search")), QStringLiteral("a"));
    QCOMPARE(first.queryValue(QStringLiteral("status")), QStringLiteral("inactive"));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"))->text(), QStringLiteral("a"));
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("stateFilter"))->currentData().toString(),
             QStringLiteral("inactive"));
    QCOMPARE(visibleHeaders(view), headers);
    QCOMPARE(view->horizontalHeader()->sectionSize(columnOf(view, QStringLiteral("Name"))), 222);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), columnOf(view, QStringLiteral("Name")));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QTRY_COMPARE(m_window->selectedUser().id, chosen);
    QTRY_COMPARE(m_window->detailsPane()->userId(), chosen);

    // Another connection of the same kind starts from the columns, not the search.
    ConnectionProfile other = restProfile(false);
    other.id = QStringLiteral("rest-2");
    other.name = QStringLiteral("Contractors");
    m_fixture->settings.saveProfile(other);
    m_window->openProfile(other, RestV1Service::defaultToken());
    QTRY_VERIFY(m_window->connection() && m_window->connection()->profile().id == other.id);
    QTRY_VERIFY(m_window->userView()->model()->rowCount() > 0);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"))->text(), QString());
    QCOMPARE(visibleHeaders(m_window->userView()), headers);
}

void ListWindowTest::detailsTabIsRestored()
{
    ConnectionProfile org;
    org.id = QStringLiteral("org");
    org.name = QStringLiteral("Acme");
    org.baseUrl = m_server->baseUrl();
    org.serviceKind = QStringLiteral("org-app");
    org.organization = OrgAppService::defaultOrg();
    m_fixture->settings.saveProfile(org);
    m_window->openProfile(org, OrgAppService::defaultToken());
    QTableView *view = m_window->userView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTabWidget *tabs = m_window->detailsPane()->tabs();
    QTRY_VERIFY(!m_window->detailsPane()->userId().isEmpty());
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(QStringLiteral("projectsTab")));

    newWindow();
    m_window->openProfile(m_fixture->settings.profile(QStringLiteral("org")), OrgAppService::defaultToken());
    QTRY_VERIFY(!m_window->detailsPane()->userId().isEmpty());
    QCOMPARE(m_window->detailsPane()->currentTabName(), QStringLiteral("projectsTab"));
}

// "Requests at once" bounds the pages Load all asks for ahead, as it bounds bulk changes.
void ListWindowTest::pagesAheadFollowTheConnection()
{
    ConnectionProfile profile = restProfile(false);
    profile.concurrentRequests = 2;
    m_window->openProfile(profile, RestV1Service::defaultToken());
    QTRY_VERIFY(m_window->userView()->model()->rowCount() > 0);
    auto *model = m_window->findChild<UserTableModel *>();
    QVERIFY(model);
    QCOMPARE(model->pagesInFlight(), 2);
}

QTEST_MAIN(ListWindowTest)
#include "tst_listwindow.moc"

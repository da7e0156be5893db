// The main window: actions that follow the service's capabilities, and the whole Org App flow
// against the in-process stand-in through the real client and connection manager.

#include "CredentialDialog.h"
#include "DetailsPane.h"
#include "FakeUserDirectory.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "RecordTableModels.h"
#include "SecretStore.h"
#include "Settings.h"
#include "UserTableModel.h"
#include "WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class MainWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void welcomeWithoutConnection();
    void actionsFollowCapabilities_data();
    void actionsFollowCapabilities();
    void browsesTheOrgAppDirectory();
    void togglesStateFromTheServersAnswer();
    void detailsPaneLoadsProjects();
    void wrongTokenAsksAgainAndKeepsFilter();
    void listFailureShowsRetry();
    void localFilterIgnoresAccents();

private:
    ConnectionProfile orgProfile() const;
    void openOrgApp(const QString &token);
    int rowOf(const QString &state) const;

    std::unique_ptr<WindowFixture> m_fixture;
    Settings *m_settings = nullptr;
    MockHttpServer *m_server = nullptr;
    MainWindow *m_window = nullptr;
};

void MainWindowTest::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void MainWindowTest::init()
{
    m_fixture = std::make_unique<WindowFixture>();
    m_fixture->addService<OrgAppService>();
    m_settings = &m_fixture->settings;
    m_server = &m_fixture->server;
    m_server->setRecordingRequests(true); // the tests read what the client sent
    m_window = m_fixture->window.get();
}

void MainWindowTest::cleanup()
{
    m_fixture.reset();
}

ConnectionProfile MainWindowTest::orgProfile() const
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("org");
    profile.name = QStringLiteral("Aurora");
    profile.baseUrl = m_server->baseUrl();
    profile.serviceKind = QStringLiteral("org-app");
    profile.organization = OrgAppService::defaultOrg();
    profile.pageSize = 50;
    return profile;
}

void MainWindowTest::openOrgApp(const QString &token)
{
    m_window->openProfile(orgProfile(), token);
    QTRY_VERIFY(m_window->userModel()->rowCount() > 0);
}

int MainWindowTest::rowOf(const QString &state) const
{
    UserTableModel *model = m_window->userModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, model->columnOf(UserField::State)).data().toString() == state)
            return row;
    }
    return -1;
}

void MainWindowTest::welcomeWithoutConnection()
{
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
    QVERIFY(!m_window->action(QStringLiteral("refreshAction"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("editUserAction"))->isEnabled());
}

void MainWindowTest::actionsFollowCapabilities_data()
{
    QTest::addColumn<int>("removed");
    QTest::addColumn<QString>("hiddenAction");
    QTest::newRow("no delete (Org App)") << int(Capability::DeleteUser) << QStringLiteral("deleteUserAction");
    QTest::newRow("no state toggle (Papr)")
        << int(Capability::ToggleState) << QStringLiteral("toggleStateAction");
    QTest::newRow("no create") << int(Capability::CreateUser) << QStringLiteral("newUserAction");
    QTest::newRow("no batch") << int(Capability::BatchCreate) << QStringLiteral("batchCreateAction");
    QTest::newRow("no password") << int(Capability::ChangePassword) << QStringLiteral("changePasswordAction");
}

void MainWindowTest::actionsFollowCapabilities()
{
    QFETCH(int, removed);
    QFETCH(QString, hiddenAction);
    FakeUserDirectory directory(10);
    Capabilities all
        = directory.description().capabilities | Capability::BatchCreate | Capability::ChangePassword;
    directory.mutableDescription().capabilities = all & ~Capabilities(Capability(removed));
    m_fixture->connectTo(&directory, orgProfile());
    QTRY_COMPARE(m_window->userModel()->rowCount(), 10);
    QVERIFY(!m_window->action(hiddenAction)->isVisible());
    for (const QString &name : { QStringLiteral("deleteUserAction"), QStringLiteral("toggleStateAction"),
                                 QStringLiteral("newUserAction"), QStringLiteral("batchCreateAction"),
                                 QStringLiteral("changePasswordAction") }) {
        if (name != hiddenAction)
            QVERIFY2(m_window->action(name)->isVisible(), qPrintable(name));
    }
    // The details pane's buttons (edit, state, password) follow their actions.
    const QStringList paneActions{ QStringLiteral("editUserAction"), QStringLiteral("toggleStateAction"),
                                   QStringLiteral("changePasswordAction") };
    QList<QToolButton *> buttons;
    for (QToolButton *button : m_window->detailsPane()->findChildren<QToolButton *>()) {
        if (button->defaultAction() && paneActions.contains(button->defaultAction()->objectName()))
            buttons.append(button);
    }
    QCOMPARE(buttons.size(), paneActions.size());
    const auto shownButtons = [&buttons] {
        QStringList names;
        for (QToolButton *button : std::as_const(buttons)) {
            if (!button->isHidden())
                names << button->defaultAction()->objectName();
        }
        return names;
    };
    QStringList expected = paneActions;
    expected.removeOne(hiddenAction);
    QCOMPARE(shownButtons(), expected);
    // ...also when a later connection offers what an earlier one did not.
    m_fixture->connections.close();
    FakeUserDirectory richer(2);
    richer.mutableDescription().capabilities = all;
    m_fixture->connectTo(&richer, orgProfile());
    QCOMPARE(shownButtons(), paneActions);
    m_fixture->connections.close();
    // Tabs follow too.
    FakeUserDirectory other(3);
    other.mutableDescription().capabilities = Capability::UpdateUser | Capability::Artifacts;
    m_fixture->connectTo(&other, orgProfile());
    QTabWidget *tabs = m_window->detailsPane()->tabs();
    QVERIFY(!tabs->isTabVisible(1)); // projects
    QVERIFY(tabs->isTabVisible(2)); // artifacts
    QVERIFY(!tabs->isTabVisible(3)); // integrations
    m_fixture->connections.close();
}

void MainWindowTest::browsesTheOrgAppDirectory()
{
    openOrgApp(OrgAppService::defaultToken());
    QCOMPARE(m_window->userModel()->rowCount(), 50);
    QTRY_COMPARE(m_window->countLabel()->text(), WindowFixture::countText(50, 269));
    QTRY_VERIFY(m_window->signedInLabel()->text().contains(QStringLiteral("Sasha Patel")));
    QVERIFY(!m_window->action(QStringLiteral("deleteUserAction"))->isVisible()); // Org App has no delete
    // Scrolling to the end asks for the next page.
    QTableView *view = m_window->userView();
    view->scrollToBottom();
    QTRY_COMPARE(m_window->userModel()->rowCount(), 100);
    QTRY_COMPARE(m_window->countLabel()->text(), WindowFixture::countText(100, 269));
}

void MainWindowTest::togglesStateFromTheServersAnswer()
{
    openOrgApp(OrgAppService::defaultToken());
    const int row = rowOf(QStringLiteral("Active"));
    QVERIFY(row >= 0);
    const QString id = m_window->userModel()->userAt(row).id;
    m_window->userView()->selectRow(row);
    QTRY_VERIFY(m_window->selectedUser().id == id);
    QAction *toggle = m_window->action(QStringLiteral("toggleStateAction"));
    QTRY_VERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), QStringLiteral("Deactivate"));
    toggle->trigger();
    QTRY_COMPARE(m_window->userModel()->userAt(m_window->userModel()->rowOfUser(id)).state,
                 UserState::Inactive);
    QTRY_COMPARE(toggle->text(), QStringLiteral("Activate"));
    QVERIFY(!m_window->userModel()->userAt(m_window->userModel()->rowOfUser(id)).name.isEmpty());
    const MockRequest sent = m_server->receivedRequests().last();
    QCOMPARE(sent.path, QStringLiteral("/api/v1/app/user/%1/deactivate").arg(id));
    QTRY_VERIFY(toggle->isEnabled());
    toggle->trigger();
    QTRY_COMPARE(m_window->userModel()->userAt(m_window->userModel()->rowOfUser(id)).state,
                 UserState::Active);
}

void MainWindowTest::detailsPaneLoadsProjects()
{
    openOrgApp(OrgAppService::defaultToken());
    m_window->userView()->selectRow(0); // Sasha Patel, the reference example
    QTRY_COMPARE(m_window->detailsPane()->userId(), QStringLiteral("user_4b7c2a1d9e5f3c8b"));
    QTabWidget *tabs = m_window->detailsPane()->tabs();
    tabs->setCurrentIndex(1);
    ProjectTableModel *projects = m_window->detailsPane()->projectModel();
    QTRY_VERIFY(projects->rowCount() > 0);
    QCOMPARE(projects->index(0, ProjectTableModel::Name).data().toString(),
             QStringLiteral("Customer Insights"));
    tabs->setCurrentIndex(2);
    QTRY_COMPARE(m_window->detailsPane()->artifactModel()->rowCount(), 1);
    tabs->setCurrentIndex(3);
    QTRY_VERIFY(m_window->detailsPane()->integrationModel()->rowCount() >= 1);
}

void MainWindowTest::wrongTokenAsksAgainAndKeepsFilter()
{
    m_window->openProfile(orgProfile(), QStringLiteral("wrong-token"));
    CredentialDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CredentialDialog *>()) && dialog->isVisible());
    // The connection is not saved: there is nothing to remember the credential under.
    QVERIFY(!dialog->findChild<QCheckBox *>()->isEnabled());
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    filter->setText(QStringLiteral("Sasha"));
    dialog->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(OrgAppService::defaultToken());
    dialog->accept();
    QTRY_VERIFY(m_window->userModel()->rowCount() > 0);
    QCOMPARE(filter->text(), QStringLiteral("Sasha"));
    QTRY_VERIFY(m_window->signedInLabel()->text().contains(QStringLiteral("Sasha Patel")));
    // The credential stays in this run's memory, not in the settings file.
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(OrgAppService::defaultToken().toUtf8()));
}

void MainWindowTest::listFailureShowsRetry()
{
    MockFault fault;
    fault.status = 500;
    m_server->setFault(QStringLiteral("/api/v1/app/user"), fault);
    m_window->openProfile(orgProfile(), OrgAppService::defaultToken());
    MessageWidget *message = m_window->messageWidget();
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Server error")), qPrintable(message->text()));
    QCOMPARE(m_window->userModel()->rowCount(), 0);
    m_server->clearFaults();
    // The admin clicks the message's visible "Retry" button.
    QPushButton *retry = nullptr;
    const QList<QPushButton *> buttons = message->findChildren<QPushButton *>();
    QVERIFY(!buttons.isEmpty());
    for (QPushButton *button : buttons) {
        if (button->isVisible() && button->text() == QStringLiteral("Retry"))
            retry = button;
    }
    QVERIFY2(retry, "the message shows no Retry button");
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(m_window->userModel()->rowCount(), 50);
    QVERIFY(!message->isVisible());
}

void MainWindowTest::localFilterIgnoresAccents()
{
    openOrgApp(OrgAppService::defaultToken());
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("zoe muller"));
    QTRY_COMPARE(m_window->userView()->model()->rowCount(), 1);
    QCOMPARE(m_window->userView()->model()->index(0, 0).data().toString(), QStringLiteral("Zoë Müller"));
    QTRY_VERIFY(m_window->countLabel()->text().startsWith(QLocale().toString(1) + QStringLiteral(" match")));
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"

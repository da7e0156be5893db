// The window as each service's admin meets it, against the stand-ins: the actions, filters and
// dialogs shown are exactly what that service can do, and its own flows work end to end.

#include "BatchCreateDialog.h"
#include "ChangePasswordDialog.h"
#include "ConnectionManager.h"
#include "CredentialDialog.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "PapermergeService.h"
#include "PaprService.h"
#include "RestV1Service.h"
#include "SecretStore.h"
#include "Settings.h"
#include "UserTableModel.h"
#include "WindowFixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class ServiceWindowsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void actionsMatchTheService_data();
    void actionsMatchTheService();
    void restFiltersGoToTheServer();
    void statusBarSaysWhereTheListIsNarrowed();
    void restStateMenuOffersEachState();
    void paprBatchKeepsRefusedRows();
    void deleteAsksAndRemovesTheRow();
    void paprDeletesByExternalId();
    void papermergeSignsInAndChangesPassword();

private:
    ConnectionProfile profile(const QString &kind) const;
    void open(const QString &kind, const QString &credential);

    std::unique_ptr<WindowFixture> m_fixture;
    Settings *m_settings = nullptr;
    MockHttpServer *m_server = nullptr;
    MemorySecretStore *m_keychain = nullptr;
    MainWindow *m_window = nullptr;
};

void ServiceWindowsTest::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void ServiceWindowsTest::init()
{
    m_fixture = std::make_unique<WindowFixture>();
    m_fixture->addEveryService();
    m_settings = &m_fixture->settings;
    m_server = &m_fixture->server;
    m_server->setRecordingRequests(true); // the tests read what the client sent
    m_keychain = &m_fixture->keychain;
    m_window = m_fixture->window.get();
}

void ServiceWindowsTest::cleanup()
{
    m_fixture.reset();
}

ConnectionProfile ServiceWindowsTest::profile(const QString &kind) const
{
    return m_fixture->profileFor(kind);
}

void ServiceWindowsTest::open(const QString &kind, const QString &credential)
{
    m_window->openProfile(profile(kind), credential);
    QTRY_VERIFY(m_window->userModel()->rowCount() > 0);
}

void ServiceWindowsTest::actionsMatchTheService_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("hidden");
    const QString create = QStringLiteral("newUserAction"), edit = QStringLiteral("editUserAction"),
                  toggle = QStringLiteral("toggleStateAction"), state = QStringLiteral("setStateAction"),
                  del = QStringLiteral("deleteUserAction"), batch = QStringLiteral("batchCreateAction"),
                  external = QStringLiteral("deleteByExternalIdAction"),
                  password = QStringLiteral("changePasswordAction");
    QTest::newRow("Org App") << QStringLiteral("org-app") << OrgAppService::defaultToken()
                             << QStringList{ create, edit, toggle }
                             << QStringList{ del, batch, external, password, state };
    QTest::newRow("Papr Memory") << QStringLiteral("papr-memory") << PaprService::defaultToken()
                                 << QStringList{ create, edit, del, batch, external }
                                 << QStringList{ toggle, state, password };
    QTest::newRow("REST v1") << QStringLiteral("rest-v1") << RestV1Service::defaultToken()
                             << QStringList{ create, edit, toggle, state, del }
                             << QStringList{ batch, external, password };
    QTest::newRow("Papermerge") << QStringLiteral("papermerge") << PapermergeService::adminPassword()
                                << QStringList{ create, edit, toggle, del, password }
                                << QStringList{ batch, external, state };
}

void ServiceWindowsTest::actionsMatchTheService()
{
    QFETCH(QString, kind);
    QFETCH(QString, credential);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);
    open(kind, credential);
    QVERIFY(!shown.isEmpty() && !hidden.isEmpty());
    for (const QString &name : shown)
        QVERIFY2(m_window->action(name)->isVisible(), qPrintable(name));
    for (const QString &name : hidden)
        QVERIFY2(!m_window->action(name)->isVisible(), qPrintable(name));
}

void ServiceWindowsTest::restFiltersGoToTheServer()
{
    open(QStringLiteral("rest-v1"), RestV1Service::defaultToken());
    QTRY_COMPARE(m_window->countLabel()->text(),
                 WindowFixture::countText(m_window->userModel()->rowCount(), 1201));
    auto *role = m_window->findChild<QComboBox *>(QStringLiteral("roleFilter"));
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    QVERIFY(role && status);
    status->setCurrentIndex(status->findData(QStringLiteral("suspended")));
    QTRY_VERIFY(m_server->receivedRequests().last().queryValue(QStringLiteral("status"))
                == QLatin1String("suspended"));
    QTRY_VERIFY(!m_window->userModel()->isLoading());
    QVERIFY(m_window->userModel()->rowCount() > 0);
    for (int row = 0; row < m_window->userModel()->rowCount(); ++row)
        QCOMPARE(m_window->userModel()->userAt(row).state, UserState::Suspended);
    QCOMPARE(m_server->receivedRequests().last().queryValue(QStringLiteral("page")), QStringLiteral("1"));
    // Debounced: typing with the event loop running between keys (a key every 5 ms, well inside
    // the window's pause, so an undebounced filter would send a request per key) sends exactly
    // one request, with the whole word, back on page 1; none for a part of it.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    const auto searchesSent = [this] {
        QList<MockRequest> searches;
        const QList<MockRequest> requests = m_server->receivedRequests();
        for (const MockRequest &request : requests) {
            if (request.path == QLatin1String("/v1/users") && request.hasQuery(QStringLiteral("search")))
                searches.append(request);
        }
        return searches;
    };
    QVERIFY(searchesSent().isEmpty());
    QTest::keyClicks(search, QStringLiteral("john@example"), Qt::NoModifier, 5);
    QTRY_VERIFY(!searchesSent().isEmpty());
    QTRY_VERIFY(!m_window->userModel()->isLoading());
    QList<MockRequest> searches = searchesSent();
    QCOMPARE(searches.size(), 1);
    QCOMPARE(searches.first().queryValue(QStringLiteral("search")), QStringLiteral("john@example"));
    QCOMPARE(searches.first().queryValue(QStringLiteral("status")), QStringLiteral("suspended"));
    QCOMPARE(searches.first().queryValue(QStringLiteral("page")), QStringLiteral("1"));
    status->setCurrentIndex(0);
    QTRY_COMPARE(m_window->userModel()->rowCount(), 1);
    QCOMPARE(m_window->userModel()->userAt(0).id, QStringLiteral("usr_123"));
    // The status change asked again with the same word; the typing sent nothing more meanwhile.
    searches = searchesSent();
    QCOMPARE(searches.size(), 2);
    QVERIFY(!searches.last().hasQuery(QStringLiteral("status")));
    QCOMPARE(searches.last().queryValue(QStringLiteral("search")), QStringLiteral("john@example"));
}

void ServiceWindowsTest::statusBarSaysWhereTheListIsNarrowed()
{
    // REST v1 searches and filters on the server: the count says the server chose the users.
    open(QStringLiteral("rest-v1"), RestV1Service::defaultToken());
    QLabel *count = m_window->countLabel();
    QTRY_COMPARE(count->text(), WindowFixture::countText(m_window->userModel()->rowCount(), 1201));
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("suspended")));
    QTRY_VERIFY2(count->text().endsWith(QStringLiteral(" · filtered on the server")),
                 qPrintable(count->text()));
    QVERIFY(!count->text().contains(QStringLiteral("loaded users")));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(search, QStringLiteral("john@example"));
    QTRY_VERIFY2(count->text().endsWith(QStringLiteral(" · searched on the server")),
                 qPrintable(count->text()));
    QVERIFY(!count->text().contains(QStringLiteral("loaded users")));
    QVERIFY(count->toolTip().contains(QStringLiteral("john@example")));
    search->clear();
    status->setCurrentIndex(0);
    QTRY_COMPARE(count->text(), WindowFixture::countText(m_window->userModel()->rowCount(), 1201));

    // Org App does not search: the filter box hides loaded rows here, and the count says so.
    open(QStringLiteral("org-app"), OrgAppService::defaultToken());
    count = m_window->countLabel();
    QTRY_VERIFY(m_window->userModel()->rowCount() > 0 && !m_window->userModel()->isLoading());
    search = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(search, QStringLiteral("zoe"));
    QTRY_VERIFY2(count->text().startsWith(QLocale().toString(m_window->userView()->model()->rowCount())
                                          + QStringLiteral(" match in loaded users · ")),
                 qPrintable(count->text()));
    QVERIFY(!count->text().contains(QStringLiteral("server")));
    QVERIFY(count->toolTip().contains(QStringLiteral("loaded users only")));
}

void ServiceWindowsTest::restStateMenuOffersEachState()
{
    open(QStringLiteral("rest-v1"), RestV1Service::defaultToken());
    m_window->userView()->selectRow(0);
    QTRY_VERIFY(m_window->action(QStringLiteral("toggleStateAction"))->isEnabled());
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("stateMenu"));
    QCOMPARE(menu->actions().size(), 3);
    QAction *suspend = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("Suspended"))
            suspend = action;
    }
    QVERIFY(suspend);
    suspend->trigger();
    QTRY_COMPARE(m_window->userModel()->userAt(0).state, UserState::Suspended);
    QTRY_VERIFY(suspend->isChecked());
}

void ServiceWindowsTest::deleteAsksAndRemovesTheRow()
{
    open(QStringLiteral("rest-v1"), RestV1Service::defaultToken());
    const qint64 before = *m_window->userModel()->totalCount();
    m_window->userView()->selectRow(2);
    QTRY_VERIFY(m_window->action(QStringLiteral("deleteUserAction"))->isEnabled());
    const QString id = m_window->selectedUser().id;
    // Cancel first: nothing is sent.
    m_window->action(QStringLiteral("deleteUserAction"))->trigger();
    QPointer<QMessageBox> box;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) && box->isVisible());
    QVERIFY(box->text().contains(m_window->selectedUser().displayName()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!box);
    QCOMPARE(m_window->userModel()->rowOfUser(id), 2);
    // Then confirm.
    m_window->action(QStringLiteral("deleteUserAction"))->trigger();
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) && box->isVisible());
    QAbstractButton *confirm = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            confirm = button;
    }
    QVERIFY(confirm);
    confirm->click();
    QTRY_COMPARE(m_window->userModel()->rowOfUser(id), -1);
    QCOMPARE(*m_window->userModel()->totalCount(), before - 1);
    QCOMPARE(m_server->receivedRequests().last().method, QByteArray("DELETE"));
}

void ServiceWindowsTest::paprDeletesByExternalId()
{
    open(QStringLiteral("papr-memory"), PaprService::defaultToken());
    const qint64 before = *m_window->userModel()->totalCount();
    QCOMPARE(m_window->userModel()->userAt(0).externalId, QStringLiteral("user123"));
    m_window->userView()->selectRow(0);
    QTRY_VERIFY(m_window->action(QStringLiteral("deleteByExternalIdAction"))->isEnabled());
    m_window->action(QStringLiteral("deleteByExternalIdAction"))->trigger();
    QPointer<QInputDialog> input;
    QTRY_VERIFY((input = m_window->findChild<QInputDialog *>()) && input->isVisible());
    QCOMPARE(input->textValue(), QStringLiteral("user123")); // the selected user's, ready to confirm
    input->accept();
    QTRY_COMPARE(m_window->userModel()->rowOfUser(QStringLiteral("abc123")), -1);
    QCOMPARE(*m_window->userModel()->totalCount(), before - 1);
    const MockRequest sent = m_server->receivedRequests().last();
    QCOMPARE(sent.method, QByteArray("DELETE"));
    QCOMPARE(sent.path, QStringLiteral("/v1/user/user123"));
    QCOMPARE(sent.queryValue(QStringLiteral("is_external")), QStringLiteral("true"));
}

void ServiceWindowsTest::paprBatchKeepsRefusedRows()
{
    open(QStringLiteral("papr-memory"), PaprService::defaultToken());
    const qint64 before = *m_window->userModel()->totalCount();
    m_window->action(QStringLiteral("batchCreateAction"))->trigger();
    QPointer<BatchCreateDialog> dialog; // deletes itself on close
    QTRY_VERIFY((dialog = m_window->findChild<BatchCreateDialog *>()) && dialog->isVisible());
    dialog->setValue(0, UserField::ExternalId, QStringLiteral("batch-1"));
    dialog->setValue(0, UserField::Email, QStringLiteral("batch1@example.com"));
    dialog->setValue(0, UserField::Metadata, QStringLiteral("{\"name\": \"Batch One\"}"));
    dialog->setValue(1, UserField::ExternalId, QStringLiteral("user123")); // taken
    dialog->setValue(1, UserField::Email, QStringLiteral("batch2@example.com"));
    dialog->setValue(2, UserField::ExternalId, QStringLiteral("batch-3"));
    dialog->setValue(2, UserField::Email, QStringLiteral("batch3@example.com"));
    dialog->setValue(2, UserField::Metadata, QStringLiteral("{\"name\": "));
    QVERIFY(!dialog->isInputValid()); // invalid JSON never leaves the dialog
    dialog->setValue(2, UserField::Metadata, QString());
    QVERIFY(dialog->isInputValid());
    dialog->accept();
    QTRY_VERIFY(dialog->messageWidget()->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->table()->rowCount(), 1); // only the refused row stays
    QVERIFY(dialog->resultText(0).contains(QStringLiteral("already exists")));
    QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("user123"));
    QTRY_COMPARE(*m_window->userModel()->totalCount(), before + 2);
    QVERIFY(m_window->userModel()->rowCount() > 0);
    dialog->setValue(0, UserField::ExternalId, QStringLiteral("batch-2"));
    dialog->accept();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QTRY_COMPARE(*m_window->userModel()->totalCount(), before + 3);
}

void ServiceWindowsTest::papermergeSignsInAndChangesPassword()
{
    // A saved connection without a stored token: the window asks for the password, signs in and
    // keeps the token (an unsaved one would keep it for the run only).
    m_settings->saveProfile(profile(QStringLiteral("papermerge")));
    m_window->openProfile(profile(QStringLiteral("papermerge")));
    CredentialDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = m_window->findChild<CredentialDialog *>()) && prompt->isVisible());
    QVERIFY(prompt->findChild<QCheckBox *>()->isChecked()); // saved: remembered by default
    prompt->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(PapermergeService::adminPassword());
    prompt->accept();
    QTRY_VERIFY(m_window->userModel()->rowCount() > 0);
    QTRY_VERIFY(m_window->signedInLabel()->text().contains(QStringLiteral("Ada Admin")));
    std::optional<SecretResult> stored;
    m_keychain->readSecret(profile(QStringLiteral("papermerge")).secretKey(), this,
                           [&stored](const SecretResult &r) { stored = r; });
    QTRY_VERIFY(stored);
    QCOMPARE(stored->secret.size(), 40); // the token, not the password
    QVERIFY(stored->secret != PapermergeService::adminPassword());

    m_window->userView()->selectRow(1);
    QTRY_VERIFY(m_window->action(QStringLiteral("changePasswordAction"))->isEnabled());
    m_window->action(QStringLiteral("changePasswordAction"))->trigger();
    QPointer<ChangePasswordDialog> dialog; // deletes itself on close
    QTRY_VERIFY((dialog = m_window->findChild<ChangePasswordDialog *>()) && dialog->isVisible());
    dialog->passwordEdit()->setText(QStringLiteral("fresh-pass"));
    QVERIFY(!dialog->isInputValid());
    dialog->confirmEdit()->setText(QStringLiteral("fresh-pass"));
    QVERIFY(dialog->isInputValid());
    dialog->accept();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_server->receivedRequests().last().path.endsWith(QStringLiteral("/change-password/")), true);
}

QTEST_MAIN(ServiceWindowsTest)
#include "tst_servicewindows.moc"

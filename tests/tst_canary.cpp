// Canary secrets: a credential unique to each service is planted, the main flows run through the
// window with every logging category at debug level, and then the canary is looked for
// everywhere it must never be: log lines, the settings file, the audit trail, the recovery file,
// the activity panel, any text on screen, and any request to an origin other than the profile's.

#include "ActivityLog.h"
#include "AuditTrail.h"
#include "ConnectionManager.h"
#include "CredentialDialog.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "PapermergeService.h"
#include "PaprService.h"
#include "RecoveryLog.h"
#include "RestV1Service.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "UserEditDialog.h"
#include "UserTableModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
QMutex logMutex;
QStringList logLines;

void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker locker(&logMutex);
    logLines << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
}

QByteArray fileText(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every text a person could read on screen right now.
QStringList screenText()
{
    QStringList texts;
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        texts << widget->windowTitle() << widget->toolTip() << widget->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *line = qobject_cast<QLineEdit *>(widget); line && line->echoMode() == QLineEdit::Normal)
            texts << line->text();
    }
    return texts;
}
} // namespace

class CanaryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void canaryStaysWhereItBelongs_data();
    void canaryStaysWhereItBelongs();
};

void CanaryTest::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    qInstallMessageHandler(captureLog);
}

void CanaryTest::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
}

void CanaryTest::canaryStaysWhereItBelongs_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : { "org-app", "papr-memory", "rest-v1", "papermerge" })
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void CanaryTest::canaryStaysWhereItBelongs()
{
    QFETCH(QString, kind);
    const QString canary = QStringLiteral("CANARY-%1-9f3b7c1e").arg(kind);
    {
        const QMutexLocker locker(&logMutex);
        logLines.clear();
    }
    QTemporaryDir dir;
    MockHttpServer server; // the profile's origin
    MockHttpServer elsewhere; // another origin: must never hear of the canary
    QVERIFY(server.listen() && elsewhere.listen());
    server.setRecordingRequests(true);
    elsewhere.setRecordingRequests(true);
    const MockService::Generated generated{ 120, 7, canary };
    QString listPath;
    if (kind == QLatin1String("org-app")) {
        new OrgAppService(&server, generated, &server);
        listPath = QStringLiteral("/api/v1/app/user");
    } else if (kind == QLatin1String("papr-memory")) {
        new PaprService(&server, generated, &server);
        listPath = QStringLiteral("/v1/user");
    } else if (kind == QLatin1String("rest-v1")) {
        new RestV1Service(&server, generated, &server);
        listPath = QStringLiteral("/v1/users");
    } else {
        new PapermergeService(&server, generated, QStringLiteral("/api"), &server);
        listPath = QStringLiteral("/api/users/");
    }

    QNetworkAccessManager manager;
    Settings settings(dir.filePath(QStringLiteral("roster.conf")));
    MemorySecretStore keychain;
    AuditTrail audit(dir.filePath(QStringLiteral("audit.jsonl")));
    RecoveryLog recovery(dir.filePath(QStringLiteral("recovery.jsonl")));
    ActivityLog activity;
    ConnectionManager connections(&manager, &keychain);
    connections.setAuditTrail(&audit);
    connections.setRecoveryLog(&recovery);
    connections.setActivityLog(&activity);
    auto window = std::make_unique<MainWindow>(&settings, &connections);
    window->resize(1200, 800);
    window->show();

    // The admin adds the connection in the Connections dialog and types the credential there.
    window->showSettings(true);
    auto *dialog = window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Canary ") + kind);
    auto *kinds = dialog->findChild<QComboBox *>(QStringLiteral("serviceKind"));
    kinds->setCurrentIndex(kinds->findData(kind));
    dialog->findChild<QLineEdit *>(QStringLiteral("baseUrl"))->setText(server.baseUrl().toString());
    dialog->findChild<QLineEdit *>(QStringLiteral("organization"))->setText(OrgAppService::defaultOrg());
    dialog->findChild<QLineEdit *>(QStringLiteral("username"))->setText(PapermergeService::adminUsername());
    const bool signsIn = kind == QLatin1String("papermerge");
    if (!signsIn)
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("credential")), canary);
    dialog->findChild<QPushButton *>(QStringLiteral("saveAndConnect"))->click();
    if (signsIn) {
        // The password is asked for when connecting, traded for a token, and never kept.
        CredentialDialog *prompt = nullptr;
        QTRY_VERIFY((prompt = window->findChild<CredentialDialog *>()) && prompt->isVisible());
        QTest::keyClicks(prompt->findChild<QLineEdit *>(QStringLiteral("secret")), canary);
        prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }
    QTRY_VERIFY_WITH_TIMEOUT(window->userModel()->rowCount() > 0, 10000);

    // Browse: select a user, read their details.
    window->userView()->selectRow(1);
    QTRY_VERIFY(window->selectedUser().isValid());
    QTest::qWait(300);

    // Edit and save where the service can.
    if (QAction *edit = window->action(QStringLiteral("editUserAction"));
        edit->isVisible() && edit->isEnabled()) {
        edit->trigger();
        QPointer<UserEditDialog> editor = window->findChild<UserEditDialog *>(); // deletes itself on close
        QVERIFY(editor);
        for (UserField field : { UserField::Name, UserField::GivenName, UserField::Email }) {
            if (auto *line = qobject_cast<QLineEdit *>(editor->editor(field))) {
                line->setText(field == UserField::Email ? QStringLiteral("changed@example.com")
                                                        : QStringLiteral("Changed Name"));
                break;
            }
        }
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!editor || !editor->isSubmitting());
        if (editor && editor->isVisible())
            editor->reject();
    }
    // Toggle the state, and delete, where the service can.
    if (QAction *toggle = window->action(QStringLiteral("toggleStateAction")); toggle->isVisible()) {
        QTRY_VERIFY(toggle->isEnabled());
        toggle->trigger();
        QTRY_VERIFY(toggle->isEnabled());
    }
    if (QAction *remove = window->action(QStringLiteral("deleteUserAction")); remove->isVisible()) {
        remove->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>()) && box->isVisible());
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        QTest::qWait(500);
    }

    // The server refuses the credential once: the admin is asked and types it again.
    MockFault refused;
    refused.status = 401;
    refused.times = 1;
    refused.method = "GET";
    server.setFault(listPath, refused);
    window->action(QStringLiteral("refreshAction"))->trigger();
    CredentialDialog *again = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((again = window->findChild<CredentialDialog *>()) && again->isVisible(), 10000);
    QTest::keyClicks(again->findChild<QLineEdit *>(QStringLiteral("secret")), canary);
    again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(window->userModel()->rowCount() > 0, 10000);

    // A redirect to another origin: refused, and the credential does not go there.
    server.clearFaults();
    MockFault redirect;
    redirect.redirectTo = elsewhere.baseUrl().resolved(QUrl(listPath)).toEncoded();
    server.setFault(listPath, redirect);
    window->action(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window->messageWidget()->isVisible(), 10000);
    QVERIFY(window->messageWidget()->text().contains(elsewhere.baseUrl().host()));
    server.clearFaults();
    settings.sync();

    // The canary was really used: it went to the profile's server...
    const QList<MockRequest> sent = server.receivedRequests();
    QVERIFY(!sent.isEmpty());
    const QByteArray canaryBytes = canary.toUtf8();
    QVERIFY(std::any_of(sent.cbegin(), sent.cend(), [&](const MockRequest &request) {
        return request.body.contains(canaryBytes)
            || std::any_of(request.headers.cbegin(), request.headers.cend(),
                           [&](const QByteArray &value) { return value.contains(canaryBytes); });
    }));
    // ...and nowhere else.
    QVERIFY2(elsewhere.receivedRequests().isEmpty(), "a request went to another origin");
    {
        const QMutexLocker locker(&logMutex);
        QVERIFY(logLines.size() > 10); // the debug categories were on
        for (const QString &line : std::as_const(logLines))
            QVERIFY2(!line.contains(canary), qPrintable(line));
    }
    QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        const QString file = files.next();
        QVERIFY2(!fileText(file).contains(canaryBytes), qPrintable(file));
        ++checked;
    }
    QVERIFY(checked >= 2); // the settings file and the audit trail at least
    QVERIFY(fileText(audit.fileName()).size() > 0);
    for (int row = 0; row < activity.rowCount(); ++row) {
        QVERIFY2(!activity.rowText(row).contains(canary), qPrintable(activity.rowText(row)));
        QVERIFY(!activity.index(row, ActivityLog::Path).data(Qt::ToolTipRole).toString().contains(canary));
    }
    QVERIFY(activity.rowCount() > 3);
    const QStringList shown = screenText();
    QVERIFY(!shown.isEmpty());
    for (const QString &text : shown)
        QVERIFY2(!text.contains(canary), qPrintable(text));
    window.reset();
}

QTEST_MAIN(CanaryTest)
#include "tst_canary.moc"

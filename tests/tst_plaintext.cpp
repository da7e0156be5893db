// Server text is text. An end user who names themselves
//   <h1 style=color:red>SESSION EXPIRED</h1><a href=...>Re-enter your password</a>
// must appear in the admin's window as exactly those characters — in the table, the details
// pane, the status bar, the edit dialog, confirmations, messages and the sign-in prompt — and a
// server's error message likewise. Each step walks every widget on screen: any label showing the
// markup must be a plain-text label, and no tooltip may carry it unescaped.

#include "CredentialDialog.h"
#include "DetailsPane.h"
#include "MessageWidget.h"
#include "PlainText.h"
#include "UserEditDialog.h"
#include "UserTableModel.h"
#include "WindowFixture.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace {
const QString kMarkup = QStringLiteral("<h1 style=color:red>SESSION EXPIRED</h1>"
                                       "<a href=\"https://evil.example/login\">Re-enter your password</a>");

MockResponse json(int status, const QJsonObject &object)
{
    return MockResponse::json(status, QJsonDocument(object));
}

QJsonObject orgUser()
{
    return QJsonObject{ { QLatin1String("id"), QStringLiteral("evil-1") },
                        { QLatin1String("name"), kMarkup },
                        { QLatin1String("email"), QStringLiteral("<b>mallory</b>@example.com") },
                        { QLatin1String("job_position_name"), kMarkup },
                        { QLatin1String("roles"), QJsonArray{ QStringLiteral("AppMember") } },
                        { QLatin1String("state"), QStringLiteral("Active") } };
}

// How many labels on screen show the markup; fails the test on one that would render it.
int checkEveryWidget(const char *step)
{
    int shown = 0;
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget);
            label && label->text().contains(QStringLiteral("<h1"))) {
            ++shown;
            if (label->textFormat() != Qt::PlainText) {
                QTest::qFail(
                    qPrintable(QStringLiteral("%1: label %2 in %3 renders server markup")
                                   .arg(QLatin1String(step), label->objectName(),
                                        QLatin1String(label->parentWidget()->metaObject()->className()))),
                    __FILE__, __LINE__);
                return -1;
            }
        }
        if (widget->toolTip().contains(QStringLiteral("<h1"))) {
            QTest::qFail(qPrintable(QStringLiteral("%1: the tooltip of %2 carries server markup")
                                        .arg(QLatin1String(step), widget->objectName())),
                         __FILE__, __LINE__);
            return -1;
        }
        // Header sections show Roster's own column names; every other view shows server data.
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && !qobject_cast<QHeaderView *>(view)
            && !qobject_cast<PlainToolTipDelegate *>(view->itemDelegate())) {
            QTest::qFail(qPrintable(QStringLiteral("%1: view %2 (%3 in %4) shows model tooltips as rich text")
                                        .arg(QLatin1String(step), view->objectName(),
                                             QLatin1String(view->metaObject()->className()),
                                             QLatin1String(view->parentWidget()->metaObject()->className()))),
                         __FILE__, __LINE__);
            return -1;
        }
    }
    return shown;
}
} // namespace

class PlainTextTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tooltipHelperEscapes();
    void orgAppWindowShowsMarkupLiterally();
    void deleteConfirmationShowsTheNameLiterally();
    void signInErrorIsShownLiterally();
};

void PlainTextTest::tooltipHelperEscapes()
{
    const QString tip = PlainText::toolTip(kMarkup);
    QVERIFY(!tip.contains(QStringLiteral("<h1")));
    QVERIFY(tip.contains(QStringLiteral("&lt;h1")));
    QVERIFY(PlainText::toolTip(QString()).isEmpty());
}

void PlainTextTest::orgAppWindowShowsMarkupLiterally()
{
    WindowFixture f;
    bool listFails = false;
    f.server.route("GET", QStringLiteral("/api/v1/app/me"), [](const MockRequest &) {
        QJsonObject me = orgUser();
        me.insert(QLatin1String("id"), QStringLiteral("me-1"));
        return json(200, me);
    });
    f.server.route("GET", QStringLiteral("/api/v1/app/user"), [&listFails](const MockRequest &) {
        if (listFails)
            return json(500,
                        QJsonObject{ { QLatin1String("error"),
                                       QJsonObject{ { QLatin1String("code"), QStringLiteral("boom") },
                                                    { QLatin1String("message"), kMarkup } } } });
        return json(200,
                    QJsonObject{ { QLatin1String("data"), QJsonArray{ orgUser() } },
                                 { QLatin1String("has_next_page"), false },
                                 { QLatin1String("total_count"), 1 } });
    });
    f.server.route("GET", QStringLiteral("/api/v1/app/user/evil-1"),
                   [](const MockRequest &) { return json(200, orgUser()); });
    f.server.route("PUT", QStringLiteral("/api/v1/app/user/evil-1"), [](const MockRequest &) {
        return json(400,
                    QJsonObject{ { QLatin1String("error"),
                                   QJsonObject{ { QLatin1String("code"), QStringLiteral("invalid_role") },
                                                { QLatin1String("message"), kMarkup } } } });
    });
    for (const char *path : { "/api/v1/app/user/evil-1/project", "/api/v1/app/user/evil-1/latest-artifacts",
                              "/api/v1/app/user/integrations" })
        f.server.route("GET", QLatin1String(path), [](const MockRequest &) {
            return MockResponse::json(200, QJsonDocument(QJsonArray()));
        });

    ConnectionProfile profile;
    profile.id = QStringLiteral("markup");
    profile.name = QStringLiteral("Markup");
    profile.baseUrl = f.server.baseUrl();
    profile.serviceKind = QStringLiteral("org-app");
    profile.organization = QStringLiteral("acme");
    f.window->openProfile(profile, QStringLiteral("token"));
    QTRY_COMPARE(f.window->userModel()->rowCount(), 1);
    QTRY_VERIFY(f.window->signedInLabel()->text().contains(QStringLiteral("<h1")));

    // The table holds the characters as they are; views draw display text as plain text.
    QCOMPARE(f.window->userModel()->index(0, 0).data().toString(), kMarkup);
    f.window->userView()->selectRow(0);
    QTRY_COMPARE(f.window->detailsPane()->findChild<QLabel *>(QStringLiteral("detailsTitle"))->text(),
                 kMarkup);
    QVERIFY(checkEveryWidget("window and details") >= 3); // status bar, title, profile rows

    // The edit dialog: its title, and the server's refusal under the field and above the form.
    f.window->action(QStringLiteral("editUserAction"))->trigger();
    auto *dialog = f.window->findChild<UserEditDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *name = qobject_cast<QLineEdit *>(dialog->editor(UserField::Name));
    QVERIFY(name);
    QCOMPARE(name->text(), kMarkup);
    name->setText(QStringLiteral("Mallory"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(dialog->messageWidget()->isVisible());
    QVERIFY(dialog->messageWidget()->text().contains(QStringLiteral("<h1")));
    QVERIFY(checkEveryWidget("edit dialog") >= 2);
    dialog->reject();

    // A failed reload: the server's message in the window's message bar.
    listFails = true;
    f.window->action(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY(f.window->messageWidget()->isVisible()
                && f.window->messageWidget()->text().contains(QStringLiteral("<h1")));
    QVERIFY(checkEveryWidget("message bar") >= 1);
}

void PlainTextTest::deleteConfirmationShowsTheNameLiterally()
{
    WindowFixture f;
    const QJsonObject user{ { QLatin1String("id"), QStringLiteral("usr_9") },
                            { QLatin1String("name"), kMarkup },
                            { QLatin1String("email"), QStringLiteral("m@example.com") },
                            { QLatin1String("role"), QStringLiteral("user") },
                            { QLatin1String("status"), QStringLiteral("active") } };
    f.server.route("GET", QStringLiteral("/v1/users"), [user](const MockRequest &) {
        return json(
            200,
            QJsonObject{ { QLatin1String("success"), true },
                         { QLatin1String("data"), QJsonArray{ user } },
                         { QLatin1String("pagination"),
                           QJsonObject{ { QLatin1String("total"), 1 }, { QLatin1String("pages"), 1 } } } });
    });
    f.server.route("GET", QStringLiteral("/v1/users/usr_9"), [user](const MockRequest &) {
        return json(200, QJsonObject{ { QLatin1String("success"), true }, { QLatin1String("data"), user } });
    });
    ConnectionProfile profile;
    profile.id = QStringLiteral("markup-rest");
    profile.name = QStringLiteral("Markup REST");
    profile.baseUrl = f.server.baseUrl();
    profile.serviceKind = QStringLiteral("rest-v1");
    f.window->openProfile(profile, QStringLiteral("token"));
    QTRY_COMPARE(f.window->userModel()->rowCount(), 1);
    f.window->userView()->selectRow(0);
    QTRY_VERIFY(f.window->action(QStringLiteral("deleteUserAction"))->isEnabled());
    f.window->action(QStringLiteral("deleteUserAction"))->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = f.window->findChild<QMessageBox *>()) && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("<h1")));
    QVERIFY(checkEveryWidget("delete confirmation") >= 1);
    box->reject();
}

void PlainTextTest::signInErrorIsShownLiterally()
{
    WindowFixture f;
    f.server.route("POST", QStringLiteral("/api/auth/login/"), [](const MockRequest &) {
        return json(400,
                    QJsonObject{ { QLatin1String("errors"),
                                   QJsonArray{ QJsonObject{ { QLatin1String("detail"), kMarkup } } } } });
    });
    ConnectionProfile profile;
    profile.id = QStringLiteral("markup-pm");
    profile.name = QStringLiteral("Markup Papermerge");
    profile.baseUrl = f.server.baseUrl();
    profile.serviceKind = QStringLiteral("papermerge");
    profile.username = QStringLiteral("admin");
    f.window->openProfile(profile, QStringLiteral("wrong password"));
    CredentialDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = f.window->findChild<CredentialDialog *>()) && prompt->isVisible());
    QVERIFY(prompt->findChild<QLabel *>(QStringLiteral("reason"))->text().contains(QStringLiteral("<h1")));
    QVERIFY(checkEveryWidget("sign-in prompt") >= 1);
    prompt->reject();
}

QTEST_MAIN(PlainTextTest)
#include "tst_plaintext.moc"

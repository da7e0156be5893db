// Accessibility of every window and dialog: each interactive widget has an accessible name (what
// a screen reader says), an icon-only button also a description, and the keyboard alone gets
// through the dialogs in reading order to their default button and through the main window's
// search box, table and details pane.

#include "AllWindows.h"
#include "MessageWidget.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace {

QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += QStringLiteral(" \"%1\"").arg(widget->objectName());
    for (const QWidget *up = widget->parentWidget(); up && !up->isWindow(); up = up->parentWidget()) {
        if (!up->objectName().isEmpty()) {
            text += QStringLiteral(" in %1").arg(up->objectName());
            break;
        }
    }
    return text;
}

// Shown now, or on another page of a tab or stack (a page the admin can turn to). Widgets hidden
// on purpose (an action the service lacks, a message not shown) are left out.
bool reachable(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (w->isHidden() && !qobject_cast<const QStackedWidget *>(w->parentWidget()))
            return false;
    }
    return true;
}

bool isInteractive(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    // Parts of another control, announced as that control: a combo box's or spin box's editor,
    // a table's corner button, a tab bar's scroll arrows.
    if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
        || qobject_cast<const QTabBar *>(parent))
        return false;
    if (qobject_cast<const QAbstractButton *>(widget) && parent && parent->inherits("QAbstractItemView"))
        return false;
    if (qobject_cast<const QHeaderView *>(widget))
        return false; // announced with its table
    if (qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTabBar *>(widget))
        return true;
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isEnabled();
}

bool isIconOnly(const QWidget *widget)
{
    const auto *button = qobject_cast<const QToolButton *>(widget);
    return button && !button->icon().isNull()
        && (button->toolButtonStyle() == Qt::ToolButtonIconOnly || button->text().isEmpty());
}

// What a screen reader would miss in `window`: one line per widget.
QStringList unnamed(QWidget *window)
{
    QStringList problems;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->window() != window || !reachable(widget, window) || !isInteractive(widget))
            continue; // another window's (walked on its own), hidden, or not a control
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface) {
            problems << describe(widget) + QStringLiteral(": no accessible interface");
            continue;
        }
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems << describe(widget) + QStringLiteral(": no accessible name");
        else if (isIconOnly(widget) && iface->text(QAccessible::Description).trimmed().isEmpty())
            problems << describe(widget) + QStringLiteral(": icon only, no description");
    }
    return problems;
}

// Tab from the dialog's first field until the focus comes round again; the widgets visited.
QList<QWidget *> tabCycle(QWidget *dialog)
{
    QList<QWidget *> visited;
    QWidget *first = QApplication::focusWidget();
    if (!first)
        return visited;
    visited << first;
    for (int i = 0; i < 80; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == first || !dialog->isAncestorOf(now))
            break;
        visited << now;
    }
    return visited;
}

// Whether `next` comes after `previous` when reading left to right, top to bottom.
bool readsAfter(const QWidget *previous, const QWidget *next, const QWidget *window)
{
    const QRect a(previous->mapTo(window, QPoint(0, 0)), previous->size());
    const QRect b(next->mapTo(window, QPoint(0, 0)), next->size());
    if (b.top() >= a.bottom() - 2)
        return true; // below
    // To the right: on the same row, or at the top of the next column (a list beside a form).
    return b.left() >= a.right() - 2;
}

// A radio button of an exclusive group is reached when any button of its group is (the arrows
// move within the group).
bool reachedThroughGroup(QWidget *widget, const QList<QWidget *> &visited)
{
    auto *radio = qobject_cast<QAbstractButton *>(widget);
    QButtonGroup *group = radio ? radio->group() : nullptr;
    if (!group || !group->exclusive())
        return false;
    const QList<QAbstractButton *> buttons = group->buttons();
    return std::any_of(buttons.cbegin(), buttons.cend(),
                       [&](QAbstractButton *b) { return visited.contains(b); });
}

} // namespace

class AccessibilityTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlHasAName();
    void aboutBoxHasNames();
    void dialogsTabInReadingOrder_data();
    void dialogsTabInReadingOrder();
    void mainWindowByKeyboard();
};

void AccessibilityTest::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void AccessibilityTest::everyControlHasAName()
{
    AllWindows all;
    QVERIFY(all.openAll());
    QStringList seen;
    QStringList problems;
    for (const auto &[name, window] : std::as_const(all.windows)) {
        seen << name;
        for (const QString &problem : unnamed(window))
            problems << name + QStringLiteral(": ") + problem;
    }
    // The walk covers every window and dialog the app has.
    for (const char *expected :
         { "MainWindow", "HistoryWindow", "RecentlyDeletedWindow", "SettingsDialog", "CredentialDialog",
           "UserEditDialog(create)", "UserEditDialog(edit)", "ChangePasswordDialog", "BatchCreateDialog",
           "ConflictDialog", "BulkProgressDialog", "ExportDialog", "ImportDialog" })
        QVERIFY2(seen.contains(QLatin1String(expected)), expected);
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void AccessibilityTest::aboutBoxHasNames()
{
    AllWindows all;
    QVERIFY(all.openMainWindow());
    QStringList problems;
    bool found = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        found = true;
        problems = unnamed(box);
        box->accept();
    });
    const QList<QAction *> actions = all.mainWindow()->findChildren<QAction *>();
    for (QAction *action : actions) {
        // "About Roster" in any language: the one action that names the application.
        if (action->text().contains(QStringLiteral("Roster"))) {
            action->trigger();
            break;
        }
    }
    QVERIFY(found);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void AccessibilityTest::dialogsTabInReadingOrder_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char *name :
         { "SettingsDialog", "CredentialDialog", "UserEditDialog(create)", "UserEditDialog(edit)",
           "ChangePasswordDialog", "BatchCreateDialog", "ConflictDialog", "ExportDialog", "ImportDialog" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void AccessibilityTest::dialogsTabInReadingOrder()
{
    QFETCH(QString, dialog);
    AllWindows all;
    QVERIFY(all.openAll());
    QWidget *window = nullptr;
    for (const auto &[name, widget] : std::as_const(all.windows)) {
        if (name == dialog)
            window = widget;
        else if (widget != all.mainWindow())
            widget->hide();
    }
    QVERIFY(window);
    window->show();
    window->raise();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    // The first field in the focus chain, as the dialog opens.
    QWidget *first = window->focusWidget() ? window->focusWidget() : window->nextInFocusChain();
    first->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(QApplication::focusWidget());

    const QList<QWidget *> visited = tabCycle(window);
    QStringList names;
    for (QWidget *widget : visited)
        names << describe(widget);
    const QString trail = names.join(QStringLiteral(" → "));

    // Reading order up to the button row.
    QWidget *previous = nullptr;
    for (QWidget *widget : visited) {
        if (qobject_cast<QDialogButtonBox *>(widget->parentWidget()))
            break;
        if (previous)
            QVERIFY2(readsAfter(previous, widget, window),
                     qPrintable(QStringLiteral("%1 comes before %2: %3")
                                    .arg(describe(widget), describe(previous), trail)));
        previous = widget;
    }
    // Every field that can take the focus is on the way.
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->focusProxy() && isInteractive(widget)
            && !qobject_cast<QTabBar *>(widget->parentWidget()) && !reachedThroughGroup(widget, visited))
            QVERIFY2(visited.contains(widget),
                     qPrintable(describe(widget) + QStringLiteral(" is never reached: ") + trail));
    }
    // The default button (or, while it waits for valid input, its button row) is reached.
    QPushButton *defaultButton = nullptr;
    for (QPushButton *button : window->findChildren<QPushButton *>()) {
        if (button->isDefault() && button->isVisible())
            defaultButton = button;
    }
    QVERIFY2(defaultButton, qPrintable(dialog + QStringLiteral(" has no default button")));
    if (defaultButton->isEnabled())
        QVERIFY2(visited.contains(defaultButton),
                 qPrintable(QStringLiteral("default button not reached: ") + trail));
    else
        QVERIFY2(std::any_of(visited.cbegin(), visited.cend(),
                             [defaultButton](QWidget *w) {
                                 return w->parentWidget() == defaultButton->parentWidget();
                             }),
                 qPrintable(QStringLiteral("button row not reached: ") + trail));
}

void AccessibilityTest::mainWindowByKeyboard()
{
    AllWindows all;
    QVERIFY(all.openMainWindow());
    MainWindow *window = all.mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    // Ctrl+F puts the focus in the search box, wherever it was.
    window->userView()->setFocus();
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("filterEdit"));
    bool table = false;
    bool details = false;
    QStringList trail;
    for (int i = 0; i < 40 && !(table && details); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        trail << describe(now);
        table = table || now == window->userView();
        details = details || window->detailsPane()->isAncestorOf(now);
    }
    QVERIFY2(table, qPrintable(trail.join(QStringLiteral(" → "))));
    QVERIFY2(details, qPrintable(trail.join(QStringLiteral(" → "))));
}

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"

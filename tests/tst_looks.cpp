// Looks: the app follows the palette it is given (light or dark) with no colour written into a
// style sheet, its tinted messages and error texts keep 4.5:1 contrast in both, its bundled icons
// are sharp at 200% and drawn in the palette's ink, and every window and dialog fits a 1024×640
// screen without clipping.

#include "AllWindows.h"
#include "EmptyState.h"
#include "MessageWidget.h"
#include "Theme.h"
#include "UserListStates.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

namespace {

// A colour written into a style sheet: #rgb/#rrggbb, rgb()/rgba()/hsl(), or a colour's name.
const QRegularExpression &literalColour()
{
    static const QRegularExpression pattern(
        QStringLiteral("#[0-9a-f]{3,8}\\b|\\b(rgba?|hsla?|hsva?)\\s*\\(|\\b(red|green|blue|orange|yellow|"
                       "black|white|gr[ae]y|purple|magenta|cyan)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

void usePalette(bool dark)
{
    Theme::useFusionPalette(dark);
    QCoreApplication::processEvents();
}

QString ratio(double value)
{
    return QString::number(value, 'f', 2);
}

QList<QWidget *> visibleLabelsAndControls(QWidget *window)
{
    QList<QWidget *> result;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() == window && widget->isVisible())
            result << widget;
    }
    return result;
}

} // namespace

class LooksTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noColourInStyleSheets_data();
    void noColourInStyleSheets();
    void contrast_data();
    void contrast();
    void labelsReadable_data();
    void labelsReadable();
    void followsAPaletteChange();
    void iconsAtDoubleScale_data();
    void iconsAtDoubleScale();
    void fitsAt1024x640();
    void tableStates();
    void detailsStates();
};

void LooksTest::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void LooksTest::noColourInStyleSheets_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void LooksTest::noColourInStyleSheets()
{
    QFETCH(bool, dark);
    usePalette(dark);
    AllWindows all;
    QVERIFY(all.openAll());
    // Every kind of message shown once, so its tint is in place while the windows are walked.
    QStringList problems;
    const auto walk = [&problems](const QString &name, QWidget *window) {
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        widgets.prepend(window);
        for (QWidget *widget : std::as_const(widgets)) {
            if (literalColour().match(widget->styleSheet()).hasMatch())
                problems << QStringLiteral("%1: %2 \"%3\": %4")
                                .arg(name, QString::fromLatin1(widget->metaObject()->className()),
                                     widget->objectName(), widget->styleSheet());
        }
    };
    for (auto type : { MessageWidget::Type::Information, MessageWidget::Type::Positive,
                       MessageWidget::Type::Warning, MessageWidget::Type::Error }) {
        all.mainWindow()->messageWidget()->showMessage(QStringLiteral("A message."), type);
        for (const auto &[name, window] : std::as_const(all.windows))
            walk(name, window);
    }
    // ROSTER_LOOKS_SHOTS=<dir>: a picture of every window in this palette, to look at.
    if (const QString shots = qEnvironmentVariable("ROSTER_LOOKS_SHOTS"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        for (const auto &[name, window] : std::as_const(all.windows))
            window->grab().save(
                QStringLiteral("%1/%2-%3.png")
                    .arg(shots, name, dark ? QStringLiteral("dark") : QStringLiteral("light")));
    }
    QVERIFY2(!literalColour().match(qApp->styleSheet()).hasMatch(), qPrintable(qApp->styleSheet()));
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void LooksTest::contrast_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void LooksTest::contrast()
{
    QFETCH(bool, dark);
    usePalette(dark);
    QCOMPARE(Theme::isDark(QApplication::palette()), dark);
    QStringList problems;

    // The message widget: the text on its tinted background.
    MessageWidget message;
    message.resize(400, 60);
    for (auto type : { MessageWidget::Type::Information, MessageWidget::Type::Positive,
                       MessageWidget::Type::Warning, MessageWidget::Type::Error }) {
        message.showMessage(QStringLiteral("Saved."), type);
        QLabel *text = nullptr;
        for (QLabel *label : message.findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("Saved."))
                text = label;
        }
        QVERIFY(text);
        const double value
            = Theme::contrast(text->palette().color(QPalette::WindowText), message.backgroundColor());
        if (value < 4.5)
            problems << QStringLiteral("message type %1: %2:1").arg(int(type)).arg(ratio(value));
    }

    // A field's error under its field, and the settings' TLS warning, on the dialog's window.
    StoreStand rest(RestV1Service::serviceKind());
    UserEditDialog edit(UserEditDialog::Mode::Create, rest.store.get(), User());
    QTemporaryDir dir;
    Settings stored(dir.filePath(QStringLiteral("roster.conf")));
    SettingsDialog settings(&stored, QString());
    QList<QLabel *> toned;
    for (QLabel *label : edit.findChildren<QLabel *>()) {
        if (label->objectName().endsWith(QStringLiteral("Error")))
            toned << label;
    }
    QVERIFY(!toned.isEmpty());
    toned << settings.findChild<QLabel *>(QStringLiteral("tlsWarning"));
    QVERIFY(toned.constLast());
    for (QLabel *label : std::as_const(toned)) {
        const QColor text = label->palette().color(QPalette::WindowText);
        for (QPalette::ColorRole background : { QPalette::Window, QPalette::Base }) {
            const double value = Theme::contrast(text, QApplication::palette().color(background));
            if (value < 4.5)
                problems << QStringLiteral("%1 (%2) on role %3: %4:1")
                                .arg(label->objectName(), text.name())
                                .arg(int(background))
                                .arg(ratio(value));
        }
    }
    // And the tones themselves, as other widgets use them (a refused row in the batch grid).
    for (auto tone :
         { Theme::Tone::Information, Theme::Tone::Positive, Theme::Tone::Warning, Theme::Tone::Error }) {
        const QColor text = Theme::toneText(tone, QApplication::palette());
        for (QPalette::ColorRole background : { QPalette::Window, QPalette::Base }) {
            const double value = Theme::contrast(text, QApplication::palette().color(background));
            if (value < 4.5)
                problems << QStringLiteral("tone %1 on role %2: %3:1")
                                .arg(int(tone))
                                .arg(int(background))
                                .arg(ratio(value));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void LooksTest::labelsReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void LooksTest::labelsReadable()
{
    // Every label that says something (a hint, an empty list's explanation, a note under a field)
    // keeps 4.5:1 on its window: no text greyed out by disabling it or by the placeholder colour.
    QFETCH(bool, dark);
    usePalette(dark);
    AllWindows all;
    QVERIFY(all.openAll());
    QStringList problems;
    for (const auto &[name, window] : std::as_const(all.windows)) {
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (label->window() != window || label->text().trimmed().isEmpty() || !label->pixmap().isNull())
                continue;
            // A disabled control's label is inactive with it (WCAG 1.4.3 exempts those).
            if ((label->buddy() && !label->buddy()->isEnabled())
                || (label->parentWidget() && !label->parentWidget()->isEnabled()))
                continue;
            const QPalette::ColorGroup group = label->isEnabled() ? QPalette::Active : QPalette::Disabled;
            const QColor background = label->palette().color(group, label->backgroundRole());
            QColor text = label->palette().color(group, label->foregroundRole());
            // A translucent text colour (Qt's PlaceholderText) shows blended with the window.
            const float alpha = text.alphaF();
            text = QColor::fromRgbF(text.redF() * alpha + background.redF() * (1 - alpha),
                                    text.greenF() * alpha + background.greenF() * (1 - alpha),
                                    text.blueF() * alpha + background.blueF() * (1 - alpha));
            const double value = Theme::contrast(text, background);
            if (value < 4.5)
                problems << QStringLiteral("%1: \"%2\" (%3 on %4): %5:1")
                                .arg(name, label->text().left(40), text.name(), background.name(),
                                     ratio(value));
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void LooksTest::followsAPaletteChange()
{
    // A dialog open while the desktop turns dark keeps its error text readable.
    usePalette(false);
    StoreStand rest(RestV1Service::serviceKind());
    UserEditDialog edit(UserEditDialog::Mode::Create, rest.store.get(), User());
    QLabel *error = nullptr;
    for (QLabel *label : edit.findChildren<QLabel *>()) {
        if (label->objectName().endsWith(QStringLiteral("Error")))
            error = label;
    }
    QVERIFY(error);
    const QColor light = error->palette().color(QPalette::WindowText);
    // So does an icon made before the change (a toolbar's, say).
    const QIcon find = Theme::icon(QStringLiteral("edit-find"));
    const auto inkOf = [](const QIcon &icon) {
        const QImage image = icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
        double sum = 0;
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y).alpha() > 200) {
                    sum += image.pixelColor(x, y).lightnessF();
                    ++count;
                }
            }
        }
        return count ? sum / count : -1.0;
    };
    QVERIFY(inkOf(find) < 0.4);
    usePalette(true);
    QVERIFY2(inkOf(find) > 0.6, qPrintable(QString::number(inkOf(find))));
    const QColor dark = error->palette().color(QPalette::WindowText);
    QVERIFY2(light != dark, qPrintable(light.name()));
    QVERIFY2(Theme::contrast(dark, QApplication::palette().color(QPalette::Window)) >= 4.5,
             qPrintable(dark.name()));
    usePalette(false);
}

void LooksTest::iconsAtDoubleScale_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = QDir(QStringLiteral(":/icons")).entryList({ QStringLiteral("*.svg") });
    QVERIFY(files.size() >= 25);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file.chopped(4);
}

void LooksTest::iconsAtDoubleScale()
{
    QFETCH(QString, name);
    for (bool dark : { false, true }) {
        usePalette(dark);
        const QIcon icon = Theme::icon(name);
        QVERIFY2(!icon.isNull(), "no icon: is the Qt SVG plugin (libqt6svg6) installed?");
        // A 16-pixel icon on a 200% screen is drawn from 32 real pixels, not scaled up.
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.size(), QSize(32, 32));
        const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
        double ink = 0;
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() > 200) {
                    ++opaque;
                    ink += pixel.lightnessF();
                }
            }
        }
        QVERIFY2(opaque > 20, "the icon is blank");
        // Monochrome drawings take the palette's ink: dark on light, light on dark.
        const QByteArray svg = [&] {
            QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        if (!svg.contains("fill=\"#da4453\"") && !svg.contains("fill=\"#3daee9\"")
            && !svg.contains("fill=\"#27ae60\"") && !svg.contains("fill=\"#f67400\"")) {
            const double lightness = ink / opaque;
            QVERIFY2(dark ? lightness > 0.6 : lightness < 0.4, qPrintable(QString::number(lightness)));
        }
    }
    usePalette(false);
}

void LooksTest::fitsAt1024x640()
{
    usePalette(false);
    AllWindows all;
    QVERIFY(all.openAll());
    const QSize screen(1024, 640);
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), screen);
    QStringList problems;
    for (const auto &[name, window] : std::as_const(all.windows)) {
        const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
        if (minimum.width() > screen.width() || minimum.height() > screen.height()) {
            problems << QStringLiteral("%1 needs at least %2×%3")
                            .arg(name)
                            .arg(minimum.width())
                            .arg(minimum.height());
            continue;
        }
        // As it opens on that screen (the main window as large as the screen: its saved size is
        // the fixture's).
        if (window == all.mainWindow())
            window->resize(screen);
        QCoreApplication::processEvents();
        if (window->width() > screen.width() || window->height() > screen.height())
            problems << QStringLiteral("%1 is %2×%3").arg(name).arg(window->width()).arg(window->height());
        const QRect inside = window->rect();
        for (QWidget *widget : visibleLabelsAndControls(window)) {
            const QRect area(widget->mapTo(window, QPoint(0, 0)), widget->size());
            // Inside a scroll area, clipping is scrolling.
            // So is a table's column header bar (the import's column mapping) scrolled with it.
            bool scrolled = false;
            for (QWidget *up = widget->parentWidget(); up && up != window; up = up->parentWidget())
                scrolled = scrolled || up->objectName() == QLatin1String("qt_scrollarea_viewport")
                    || up->inherits("ColumnMappingBar");
            if (scrolled)
                continue;
            if (!inside.contains(area) && area.isValid())
                problems << QStringLiteral("%1: %2 \"%3\" is cut off at %4,%5 %6×%7")
                                .arg(name, QString::fromLatin1(widget->metaObject()->className()),
                                     widget->objectName())
                                .arg(area.x())
                                .arg(area.y())
                                .arg(area.width())
                                .arg(area.height());
            // A one-line label shorter than its text shows it clipped.
            auto *label = qobject_cast<QLabel *>(widget);
            if (label && !label->wordWrap() && !label->text().isEmpty()
                && label->width() < label->minimumSizeHint().width())
                problems << QStringLiteral("%1: label \"%2\" is clipped (%3 of %4 pixels)")
                                .arg(name, label->text())
                                .arg(label->width())
                                .arg(label->minimumSizeHint().width());
        }
    }
    if (const QString shots = qEnvironmentVariable("ROSTER_LOOKS_SHOTS"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        for (const auto &[name, window] : std::as_const(all.windows))
            window->grab().save(QStringLiteral("%1/%2-1024x640.png").arg(shots, name));
    }
    // The main window shows the details pane beside the table, not squeezed out.
    DetailsPane *details = all.mainWindow()->detailsPane();
    QVERIFY(details->isVisible());
    if (details->width() < details->minimumSizeHint().width())
        problems << QStringLiteral("details pane %1 wide, needs %2")
                        .arg(details->width())
                        .arg(details->minimumSizeHint().width());
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

namespace {
EmptyState *shownState(QWidget *area)
{
    for (EmptyState *state : area->findChildren<EmptyState *>()) {
        if (state->isVisible())
            return state;
    }
    return nullptr;
}

// The button of the message shown in `area` ("Retry"), if any.
QPushButton *messageButton(QWidget *area)
{
    for (MessageWidget *message : area->findChildren<MessageWidget *>()) {
        if (!message->isVisible())
            continue;
        for (QPushButton *button : message->findChildren<QPushButton *>()) {
            if (button->isVisible())
                return button;
        }
    }
    return nullptr;
}
} // namespace

void LooksTest::tableStates()
{
    // The user table is never a blank grid: it says why it has no rows, and offers the way out.
    AllWindows all;
    MainWindow *window = all.mainWindow();
    auto *states = window->findChild<UserListStates *>(QStringLiteral("userListStates"));
    QVERIFY(states);
    all.fixture.addService<OrgAppService>();

    // Loading the first page.
    MockFault slow;
    slow.delayMs = 800;
    all.fixture.server.setFault(QStringLiteral("/api/v1/app/user"), slow);
    window->openProfile(all.orgProfile(), OrgAppService::defaultToken());
    QTRY_COMPARE(states->state(), UserListStates::State::Loading);
    QVERIFY(shownState(states) && !shownState(states)->title().isEmpty());
    QTRY_VERIFY(window->userModel()->rowCount() > 0);
    QTRY_VERIFY(window->userView()->isVisible());
    QVERIFY(!shownState(states));

    // The first page failed: the reason, and Retry.
    all.fixture.server.clearFaults();
    MockFault broken;
    broken.status = 500;
    all.fixture.server.setFault(QStringLiteral("/api/v1/app/user"), broken);
    window->action(QStringLiteral("refreshAction"))->trigger();
    QTRY_COMPARE(states->state(), UserListStates::State::Failed);
    QVERIFY(shownState(states));
    QVERIFY(!shownState(states)->text().isEmpty());
    auto *retry = states->findChild<QPushButton *>(QStringLiteral("userListRetry"));
    QVERIFY(retry && retry->isVisible());
    QVERIFY(retry);
    all.fixture.server.clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(window->userView()->isVisible());

    // Nothing matches the filter: Clear Filter brings every user back.
    window->findChild<QLineEdit *>(QStringLiteral("filterEdit"))
        ->setText(QStringLiteral("no such person zzz"));
    QTRY_COMPARE_WITH_TIMEOUT(states->state(), UserListStates::State::NoMatch, 10000);
    auto *clear = states->findChild<QPushButton *>(QStringLiteral("userListClearFilter"));
    QVERIFY(clear && clear->isVisible());
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY(window->userView()->isVisible());
    QVERIFY(window->findChild<QLineEdit *>(QStringLiteral("filterEdit"))->text().isEmpty());
}

void LooksTest::detailsStates()
{
    AllWindows all;
    QVERIFY(all.openMainWindow());
    MainWindow *window = all.mainWindow();
    DetailsPane *details = window->detailsPane();
    // Nothing selected: a designed state, not an empty pane.
    window->userView()->clearSelection();
    window->userView()->selectionModel()->clearCurrentIndex();
    QTRY_VERIFY(shownState(details)
                && shownState(details)->objectName() == QStringLiteral("detailsEmptyState"));

    // Reading the full record fails: the pane says so and offers Retry; Retry reads it again.
    MockFault broken;
    broken.status = 500;
    all.fixture.server.setFault(QStringLiteral("/api/v1/app/user/[^/]+"), broken);
    window->userView()->selectRow(1);
    QTRY_VERIFY(!details->userId().isEmpty());
    QPushButton *retry = nullptr;
    QTRY_VERIFY((retry = messageButton(details)));
    all.fixture.server.clearFaults();
    all.fixture.server.setRecordingRequests(true);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(!messageButton(details));
    const auto readAgain = [&] {
        const QList<MockRequest> sent = all.fixture.server.receivedRequests();
        return std::any_of(sent.cbegin(), sent.cend(), [&](const MockRequest &request) {
            return request.method == "GET" && request.path.endsWith(details->userId());
        });
    };
    QTRY_VERIFY(readAgain());
}

// The tests run on a 1024×640 screen (the offscreen platform's own is 800×600).
int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" ROSTER_TEST_DATA_DIR "/screen-1024x640.json");
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    LooksTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_looks.moc"

#include "ActivityDock.h"

#include "ActivityLog.h"
#include "FrameThrottle.h"
#include "PlainText.h"
#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Failed rows carry a warning icon next to their error, so they are not told by colour alone
// (nor by the icon alone: the Error column says what went wrong).
class ActivityFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == ActivityLog::Error
            && index.data(ActivityLog::FailedRole).toString() == QLatin1String("1"))
            return Theme::icon(QStringLiteral("dialog-warning"));
        return QSortFilterProxyModel::data(index, role);
    }
};
} // namespace

ActivityDock::ActivityDock(ActivityLog *log, QWidget *parent)
    : QDockWidget(tr("Activity"), parent),
      m_log(log),
      m_proxy(new ActivityFilterProxy(this)),
      m_stack(new QStackedWidget(this)),
      m_placeholder(PlainText::label(QString(), this)),
      m_view(new QTableView(this)),
      m_errorsOnly(new QCheckBox(tr("&Errors only"), this)),
      m_copy(new QPushButton(tr("&Copy"), this)),
      m_clear(new QPushButton(tr("C&lear"), this))
{
    setObjectName(QStringLiteral("activityDock"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    m_proxy->setFilterRole(ActivityLog::FailedRole);
    m_proxy->setSourceModel(m_log);

    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setAccessibleName(tr("Requests"));
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // arrows move between rows; Tab leaves the table
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    setColumnWidths();

    m_placeholder->setObjectName(QStringLiteral("activityPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    Theme::setMutedText(m_placeholder);
    m_placeholder->setTextInteractionFlags(Qt::NoTextInteraction);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    m_errorsOnly->setObjectName(QStringLiteral("activityErrorsOnly"));
    m_copy->setObjectName(QStringLiteral("activityCopyButton"));
    m_copy->setToolTip(tr("Copy the selected requests (%1)")
                           .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    m_clear->setObjectName(QStringLiteral("activityClearButton"));
    m_clear->setToolTip(tr("Remove every request from the list"));

    auto *contents = new QWidget(this);
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(6, 2, 6, 6);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_errorsOnly);
    bar->addStretch(1);
    bar->addWidget(m_copy);
    bar->addWidget(m_clear);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    setWidget(contents);

    // Ctrl+C where the admin expects it: anywhere in the panel, not in the user table.
    auto *copy = new QAction(tr("Copy"), contents);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    contents->addAction(copy);

    connect(copy, &QAction::triggered, this, &ActivityDock::copySelection);
    connect(m_copy, &QPushButton::clicked, this, &ActivityDock::copySelection);
    connect(m_clear, &QPushButton::clicked, this, &ActivityDock::clear);
    connect(m_errorsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFilterFixedString(on ? QStringLiteral("1") : QString());
        updateState();
        if (m_follow)
            m_view->scrollToBottom();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivityDock::updateState);
    // Every request adds a row, up to a thousand a second during Load All; scrolling lays out
    // the view, so it follows once per frame, and not at all while hidden (showEvent does).
    m_followThrottle = new FrameThrottle(
        [this] {
            if (m_follow && m_view->isVisible())
                m_view->scrollToBottom();
        },
        this);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        // Decided before the rows arrive: was the admin at the newest row? (Not while a follow
        // is pending: the rows before these are not scrolled to yet.)
        if (m_view->isVisible() && !m_followThrottle->isPending()) {
            const QScrollBar *scroll = m_view->verticalScrollBar();
            m_follow = scroll->value() >= scroll->maximum();
        }
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        updateState();
        if (m_follow && m_view->isVisible())
            m_followThrottle->request();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityDock::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivityDock::updateState);
    updateState();
}

void ActivityDock::setColumnWidths()
{
    // Fixed by what each column holds, not by the first rows: a request arrives one at a time,
    // and columns sized to the first two would cut every longer path after them.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    const auto width = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + padding; };
    m_view->setColumnWidth(ActivityLog::Time, width(QStringLiteral("00:00:00.000")));
    m_view->setColumnWidth(ActivityLog::Connection, metrics.averageCharWidth() * 22 + padding);
    m_view->setColumnWidth(ActivityLog::Method, width(QStringLiteral("DELETE")));
    m_view->setColumnWidth(ActivityLog::Path, metrics.averageCharWidth() * 48 + padding);
    m_view->setColumnWidth(ActivityLog::Status, width(tr("Status")));
    m_view->setColumnWidth(ActivityLog::Duration, width(tr("%1 ms").arg(QStringLiteral("00000"))));
    m_view->setColumnWidth(ActivityLog::Size, width(QStringLiteral("000.0 bytes")));
}

void ActivityDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    updateState();
    if (m_follow)
        m_view->scrollToBottom();
}

QString ActivityDock::selectedText() const
{
    if (!m_log)
        return QString();
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : rows)
        lines << m_log->rowText(row);
    return lines.join(QLatin1Char('\n'));
}

void ActivityDock::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void ActivityDock::clear()
{
    if (m_log)
        m_log->clear();
    m_follow = true;
}

void ActivityDock::updateState()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (empty)
        m_placeholder->setText(m_errorsOnly->isChecked() && m_log && m_log->rowCount() > 0
                                   ? tr("No request failed.")
                                   : tr("No requests yet. The requests Roster sends in this run are listed "
                                        "here."));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_placeholder) : m_view);
    m_copy->setEnabled(m_view->selectionModel()->hasSelection());
    m_clear->setEnabled(m_log && m_log->rowCount() > 0);
}

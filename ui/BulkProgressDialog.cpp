#include "BulkProgressDialog.h"

#include "BulkItemModel.h"
#include "BulkOperation.h"
#include "MessageWidget.h"
#include "PlainText.h"
#include "ScreenFit.h"
#include "StatusIcons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

BulkProgressDialog::BulkProgressDialog(BulkOperation *operation, const QString &title, QWidget *parent)
    : QDialog(parent),
      m_operation(operation),
      m_model(new BulkItemModel(operation, this)),
      m_title(PlainText::label(title, this)),
      m_table(new QTableView(this)),
      m_progress(new QProgressBar(this)),
      m_pauseLabel(PlainText::label(QString(), this)),
      m_summary(new MessageWidget(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_retry(new QPushButton(tr("&Retry Failed"), this)),
      m_close(new QPushButton(tr("Close"), this)),
      m_pauseTicker(new QTimer(this)),
      m_progressDue(new QTimer(this))
{
    setObjectName(QStringLiteral("bulkProgressDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_table->setObjectName(QStringLiteral("bulkResults"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new IconDelegate(
        [this](const QModelIndex &index) {
            if (index.column() != BulkItemModel::StatusColumn)
                return QIcon();
            return StatusIcons::icon(
                StatusIcons::of(BulkItem::Status(index.data(BulkItemModel::StatusRole).toInt())), m_table);
        },
        m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // arrows move between rows; Tab leaves the table
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(BulkItemModel::UserColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(BulkItemModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    // Wide enough for most names at once; longer ones elide and show whole in the tooltip.
    int nameWidth = m_table->fontMetrics().horizontalAdvance(tr("User")) + 24;
    for (int row = 0; row < qMin(m_model->rowCount(), 200); ++row)
        nameWidth = qMax(nameWidth,
                         m_table->fontMetrics().horizontalAdvance(
                             m_model->index(row, BulkItemModel::UserColumn).data().toString())
                             + 16);
    header->resizeSection(BulkItemModel::UserColumn, qMin(nameWidth, 280));
    layout->addWidget(m_table, 1);

    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    layout->addWidget(m_progress);
    m_pauseLabel->setObjectName(QStringLiteral("bulkPause"));
    m_pauseLabel->hide();
    layout->addWidget(m_pauseLabel);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    m_retry->setObjectName(QStringLiteral("bulkRetry"));
    m_close->setObjectName(QStringLiteral("bulkClose"));
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    m_pauseTicker->setInterval(250);
    m_progressDue->setSingleShot(true);
    m_progressDue->setInterval(100);
    connect(m_progressDue, &QTimer::timeout, this, &BulkProgressDialog::updateProgress);
    connect(m_pauseTicker, &QTimer::timeout, this, &BulkProgressDialog::updatePause);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (!m_operation)
            return;
        m_summary->hideMessage();
        showRunning(true);
        m_operation->retryFailed();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    // The table follows the rows being sent until the admin scrolls it themselves.
    connect(m_table->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_follow = false; });
    if (operation) {
        connect(operation, &BulkOperation::itemChanged, this, [this](int row) {
            // Counting is a walk over every item: a few times a second is enough.
            if (!m_progressDue->isActive())
                m_progressDue->start();
            if (m_follow && m_operation && m_operation->items().at(row).status == BulkItem::Status::Running) {
                // As current row too, so that focus coming back to the table stays here.
                const QModelIndex index = m_model->index(row, 0);
                m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
                m_table->scrollTo(index);
            }
        });
        connect(operation, &BulkOperation::pausedChanged, this, [this](bool paused, int seconds) {
            m_pauseEnds = paused ? QDeadlineTimer(seconds * 1000LL) : QDeadlineTimer();
            if (paused)
                m_pauseTicker->start();
            else
                m_pauseTicker->stop();
            updatePause();
        });
        connect(operation, &BulkOperation::finished, this, [this] {
            m_progressDue->stop();
            updateProgress();
            showRunning(false);
            showSummary();
        });
    }
    updateProgress();
    // Usually opened just before the operation starts; if it has ended already, say how.
    const bool ended
        = operation && !operation->isRunning() && operation->count(BulkItem::Status::Pending) == 0;
    showRunning(!ended);
    if (ended)
        showSummary();
    ScreenFit::resize(this, QSize(760, 480));
}

BulkProgressDialog::~BulkProgressDialog()
{
    // Closing with the window: nothing more is sent.
    if (m_operation && m_operation->isRunning())
        m_operation->cancel();
}

void BulkProgressDialog::open()
{
    setWindowModality(Qt::NonModal);
    show();
    raise();
    activateWindow();
    (m_cancel->isVisible() ? m_cancel : m_close)->setFocus();
}

void BulkProgressDialog::reject()
{
    if (m_operation && m_operation->isRunning()) {
        m_operation->cancel();
        return;
    }
    QDialog::reject();
}

void BulkProgressDialog::updateProgress()
{
    if (!m_operation)
        return;
    const int total = int(m_operation->items().size());
    const int done = m_operation->doneCount();
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    const QLocale locale;
    m_progress->setFormat(tr("%1 of %2").arg(locale.toString(done), locale.toString(total)));
}

void BulkProgressDialog::updatePause()
{
    const bool paused = m_operation && m_operation->isPaused();
    if (!paused) {
        m_pauseTicker->stop();
        m_pauseLabel->hide();
        return;
    }
    const int seconds = int((m_pauseEnds.remainingTime() + 999) / 1000);
    m_pauseLabel->setText(tr("Waiting %Ln s as the server asked…", nullptr, qMax(seconds, 0)));
    m_pauseLabel->show();
}

void BulkProgressDialog::showRunning(bool running)
{
    m_cancel->setVisible(running);
    m_retry->setVisible(!running);
    m_close->setVisible(!running);
    if (running) {
        m_close->setDefault(false);
        return;
    }
    m_pauseTicker->stop();
    m_pauseLabel->hide();
    const bool anyToRetry = m_operation
        && (m_operation->count(BulkItem::Status::Failed) > 0
            || m_operation->count(BulkItem::Status::Unknown) > 0
            || m_operation->count(BulkItem::Status::Canceled) > 0);
    m_retry->setEnabled(anyToRetry);
    m_close->setDefault(true);
    m_close->setFocus();
}

void BulkProgressDialog::showSummary()
{
    if (!m_operation)
        return;
    const bool clean = m_operation->count(BulkItem::Status::Failed) == 0
        && m_operation->count(BulkItem::Status::Unknown) == 0
        && m_operation->count(BulkItem::Status::Canceled) == 0;
    QString text = tr("Finished: %1.").arg(m_operation->summary());
    if (m_operation->count(BulkItem::Status::Unknown) > 0)
        text += QLatin1Char(' ') + tr("Where no answer came, the list shows what the server holds now.");
    m_summary->showMessage(text, clean ? MessageWidget::Type::Positive : MessageWidget::Type::Warning);
}

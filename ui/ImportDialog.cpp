#include "ImportDialog.h"

#include "ColumnMappingBar.h"
#include "FieldRules.h"
#include "MessageWidget.h"
#include "PlainText.h"
#include "ScreenFit.h"
#include "StatusIcons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Edits a cell the way the create form would: a choice from the list, yes or no for a flag,
// a password hidden as it is typed.
class ImportDelegate : public IconDelegate {
public:
    ImportDelegate(const ImportModel *model, QWidget *view)
        : IconDelegate(
            [view](const QModelIndex &index) {
                if (index.column() == ImportModel::StatusColumn)
                    return StatusIcons::icon(
                        StatusIcons::of(ImportModel::RowStatus(index.data(ImportModel::StatusRole).toInt())),
                        view);
                if (!index.data(ImportModel::ProblemRole).toString().isEmpty())
                    return StatusIcons::icon(StatusIcons::Kind::Warning, view);
                return QIcon();
            },
            view),
          m_model(model)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        const FieldSpec *spec = specAt(index);
        if (!spec)
            return IconDelegate::createEditor(parent, option, index);
        if (spec->editor == FieldSpec::Editor::Choice || spec->editor == FieldSpec::Editor::Check) {
            auto *combo = new QComboBox(parent);
            if (spec->editor == FieldSpec::Editor::Check) {
                combo->addItems({ QStringLiteral("yes"), QStringLiteral("no") });
            } else {
                if (!spec->required)
                    combo->addItem(QString());
                combo->addItems(spec->choices);
            }
            return combo;
        }
        auto *line = new QLineEdit(parent);
        line->setFrame(false);
        line->setMaxLength(spec->maxLength);
        if (spec->editor == FieldSpec::Editor::Password)
            line->setEchoMode(QLineEdit::Password);
        return line;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const QString text = index.data(Qt::EditRole).toString();
            const std::optional<bool> flag = FieldRules::flag(text);
            const FieldSpec *spec = specAt(index);
            const QString wanted = spec && spec->editor == FieldSpec::Editor::Check && flag
                ? (*flag ? QStringLiteral("yes") : QStringLiteral("no"))
                : text;
            combo->setCurrentIndex(qMax(0, combo->findText(wanted)));
            return;
        }
        IconDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentText());
            return;
        }
        IconDelegate::setModelData(editor, model, index);
    }

private:
    const FieldSpec *specAt(const QModelIndex &index) const { return m_model->fieldAt(index.column()); }

    const ImportModel *m_model;
};
} // namespace

ImportDialog::ImportDialog(UserStore *store, const QList<User> &knownUsers, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_model(new ImportModel(store ? store->description() : ServiceDescription(), this)),
      m_message(new MessageWidget(this)),
      m_fileLabel(PlainText::label(tr("No file chosen yet."), this)),
      m_choose(new QPushButton(tr("Choose &File…"), this)),
      m_table(new QTableView(this)),
      m_mapping(new ColumnMappingBar(m_table, this)),
      m_rowDetail(PlainText::label(QString(), this)),
      m_summary(PlainText::label(QString(), this)),
      m_progress(new QProgressBar(this)),
      m_create(new QPushButton(this)),
      m_stop(new QPushButton(tr("&Stop"), this)),
      m_close(new QPushButton(tr("Close"), this)),
      m_summaryDue(new QTimer(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Users"));
    m_model->setKnownUsers(knownUsers);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    auto *intro = PlainText::label(
        tr("Creates one user per row of a CSV file whose first row names its columns. Above each field, "
           "choose the file column that fills it. Rows that need fixing or repeat a user are not sent; "
           "double-click a cell to fix it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *fileRow = new QHBoxLayout;
    m_fileLabel->setObjectName(QStringLiteral("importFile"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_choose);
    layout->addLayout(fileRow);

    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setAccessibleName(tr("Rows to import"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ImportDelegate(m_model, m_table));
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    layout->addWidget(m_mapping);
    layout->addWidget(m_table, 1);
    auto *mappingLabel = PlainText::label(tr("File column:"), nullptr);
    mappingLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_mapping->setWidget(ImportModel::MessageColumn, mappingLabel);
    m_rowDetail->setObjectName(QStringLiteral("importRowDetail"));
    m_rowDetail->setWordWrap(true);
    m_rowDetail->hide();
    layout->addWidget(m_rowDetail);

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    m_create->setObjectName(QStringLiteral("importCreate"));
    m_stop->setObjectName(QStringLiteral("importStop"));
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_stop, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_stop->hide();
    m_create->setDefault(true);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_create, &QPushButton::clicked, this, &ImportDialog::createUsers);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    // While a run reports row after row, the summary follows a few times a second, not per row.
    m_summaryDue->setSingleShot(true);
    m_summaryDue->setInterval(100);
    connect(m_summaryDue, &QTimer::timeout, this, &ImportDialog::updateSummary);
    connect(m_model, &ImportModel::countsChanged, this, [this] {
        if (isRunning())
            m_summaryDue->start();
        else
            updateSummary();
    });
    m_table->viewport()->installEventFilter(this);
    connect(m_model, &ImportModel::countsChanged, this, &ImportDialog::updateRowDetail);
    connect(m_model, &ImportModel::countsChanged, this, &ImportDialog::updateFileLabel);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImportDialog::updateRowDetail);

    buildMapping();
    updateSummary();
    ScreenFit::resize(this, QSize(1100, 600));
}

ImportDialog::~ImportDialog()
{
    if (m_operation && m_operation->isRunning())
        m_operation->cancel();
}

void ImportDialog::chooseFile()
{
    auto *files = new QFileDialog(this, tr("Import Users"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptOpen);
    files->setFileMode(QFileDialog::ExistingFile);
    files->setNameFilters({ tr("CSV files (*.csv *.txt)"), tr("All files (*)") });
    files->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) { loadFile(path); });
    files->open();
}

bool ImportDialog::loadFile(const QString &path)
{
    if (isRunning())
        return false;
    m_message->hideMessage();
    m_path = path;
    m_fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_model->read(QByteArray());
        buildMapping();
        m_message->showMessage(
            tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            MessageWidget::Type::Error);
        return false;
    }
    const bool ok = m_model->read(file.readAll());
    buildMapping();
    if (!ok) {
        m_message->showMessage(tr("The file could not be read: %1").arg(m_model->error()),
                               MessageWidget::Type::Error);
        return false;
    }
    updateFileLabel();
    const int unmapped = int(
        std::count_if(m_model->fields().cbegin(), m_model->fields().cend(), [this](const FieldSpec &spec) {
            return spec.required && m_model->mappedColumn(spec.field) == ImportModel::Unmapped
                && !spec.defaultValue.isValid();
        }));
    if (unmapped > 0)
        m_message->showMessage(
            tr("%Ln required field(s) could not be matched to a column of the file: choose "
               "the column above each one marked *.",
               nullptr, unmapped),
            MessageWidget::Type::Information);
    return true;
}

void ImportDialog::buildMapping()
{
    const QStringList columns = m_model->fileColumns();
    for (int i = 0; i < m_model->fields().size(); ++i) {
        const UserField field = m_model->fields().at(i).field;
        const int column = m_model->columnOf(field);
        QComboBox *combo = m_mapping->combo(column);
        if (!combo) {
            combo = new QComboBox;
            combo->setObjectName(QStringLiteral("mapping_") + UserFields::key(field));
            combo->setAccessibleName(tr("File column for %1").arg(UserFields::label(field)));
            m_mapping->setWidget(column, combo);
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this, field, combo] { m_model->setMappedColumn(field, combo->currentData().toInt()); });
        }
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(not in the file)"), ImportModel::Unmapped);
        for (int c = 0; c < columns.size(); ++c)
            combo->addItem(columns.at(c), c);
        combo->setCurrentIndex(qMax(0, combo->findData(m_model->mappedColumn(field))));
        combo->setToolTip(
            PlainText::toolTip(tr("The file column that fills %1").arg(UserFields::label(field))));
    }
    // Every field column wide enough for its combo, its header and a typical value; the status
    // and the message first, the message with room for a sentence (the rest in the tooltip and
    // under the table).
    QHeaderView *header = m_table->horizontalHeader();
    m_table->resizeColumnsToContents();
    for (int i = 0; i < m_model->fields().size(); ++i) {
        const int column = m_model->columnOf(m_model->fields().at(i).field);
        header->resizeSection(
            column,
            qBound(qMax(130, m_mapping->preferredColumnWidth(column)), header->sectionSize(column), 240));
    }
    header->resizeSection(ImportModel::StatusColumn,
                          qMax(header->sectionSize(ImportModel::StatusColumn), 110));
    fitMessageColumn();
}

void ImportDialog::fitMessageColumn()
{
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column != ImportModel::MessageColumn)
            others += header->sectionSize(column);
    }
    const int room = m_table->viewport()->width() - others;
    header->resizeSection(ImportModel::MessageColumn,
                          qMax(room, m_table->fontMetrics().averageCharWidth() * 36));
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitMessageColumn();
    return QDialog::eventFilter(watched, event);
}

QComboBox *ImportDialog::mappingCombo(UserField field) const
{
    return m_mapping->combo(m_model->columnOf(field));
}

void ImportDialog::updateSummary()
{
    const bool running = isRunning();
    const int sendable = int(m_model->sendableRows().size());
    m_summary->setText(m_model->rowCount() > 0 ? m_model->summary() : QString());
    m_create->setText(sendable > 0 ? tr("&Create %Ln User(s)", nullptr, sendable) : tr("&Create Users"));
    m_create->setEnabled(sendable > 0 && !running && m_store);
    m_choose->setEnabled(!running);
    for (const FieldSpec &spec : m_model->fields()) {
        if (QComboBox *combo = m_mapping->combo(m_model->columnOf(spec.field)))
            combo->setEnabled(!running);
    }
    if (running && m_operation) {
        const int total = int(m_operation->items().size());
        const int done = m_operation->doneCount();
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    }
}

void ImportDialog::updateFileLabel()
{
    if (m_path.isEmpty() || m_model->rowCount() == 0)
        return;
    // Columns no field takes are named, so that nothing is left behind unnoticed.
    QStringList unused;
    for (int c = 0; c < m_model->fileColumns().size(); ++c) {
        if (std::none_of(m_model->fields().cbegin(), m_model->fields().cend(),
                         [this, c](const FieldSpec &spec) { return m_model->mappedColumn(spec.field) == c; }))
            unused << m_model->fileColumns().at(c);
    }
    QString text
        = tr("File: %1 (%Ln row(s))", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(m_path));
    if (!unused.isEmpty())
        text += QStringLiteral("; ") + tr("not imported: %1").arg(unused.join(QStringLiteral(", ")));
    m_fileLabel->setText(text);
}

void ImportDialog::updateRowDetail()
{
    const QModelIndex current = m_table->currentIndex();
    const QString message = current.isValid() ? m_model->message(current.row()) : QString();
    m_rowDetail->setText(message.isEmpty() ? QString()
                                           : tr("Row %1: %2").arg(current.row() + 1).arg(message));
    m_rowDetail->setVisible(!message.isEmpty());
}

void ImportDialog::createUsers()
{
    if (!m_store || isRunning())
        return;
    m_runRows = m_model->sendableRows();
    if (m_runRows.isEmpty())
        return;
    QList<UserChanges> inputs;
    for (int row : std::as_const(m_runRows)) {
        inputs << m_model->input(row);
        m_model->setSending(row);
    }
    m_message->hideMessage();
    m_operation = BulkOperation::create(m_store, inputs, this);
    m_operation->setConcurrency(m_concurrency);
    connect(m_operation, &BulkOperation::itemChanged, this, [this](int index) {
        if (index < m_runRows.size() && m_operation)
            m_model->setResult(m_runRows.at(index), m_operation->items().at(index));
    });
    connect(m_operation, &BulkOperation::pausedChanged, this, [this](bool paused, int seconds) {
        if (paused)
            m_message->showMessage(tr("Waiting %Ln s as the server asked…", nullptr, seconds),
                                   MessageWidget::Type::Information);
        else
            m_message->hideMessage();
    });
    connect(m_operation, &BulkOperation::finished, this, &ImportDialog::finishRun);
    m_progress->show();
    m_stop->show();
    m_close->hide();
    m_operation->start();
    updateSummary();
}

void ImportDialog::finishRun()
{
    if (!m_operation)
        return;
    BulkOperation *run = m_operation;
    m_operation.clear();
    run->deleteLater();
    m_progress->hide();
    m_stop->hide();
    m_close->show();
    QList<User> created;
    for (const BulkItem &item : run->items()) {
        if (item.status == BulkItem::Status::Succeeded)
            created << item.user;
    }
    const int refused = run->count(BulkItem::Status::Failed);
    const int unknown = run->count(BulkItem::Status::Unknown);
    QString text = tr("%Ln user(s) created.", nullptr, int(created.size()));
    if (refused > 0)
        text += QLatin1Char(' ')
            + tr("%Ln row(s) refused by the server stay in the list with its reason: fix them and create "
                 "again.",
                 nullptr, refused);
    if (unknown > 0)
        text += QLatin1Char(' ')
            + tr("For %Ln row(s) no answer came: the server may or may not have created them. Refresh the "
                 "list "
                 "before sending them again.",
                 nullptr, unknown);
    m_message->showMessage(
        text, refused + unknown > 0 ? MessageWidget::Type::Warning : MessageWidget::Type::Positive);
    m_summaryDue->stop();
    m_model->recheckDuplicates();
    updateSummary();
    if (!created.isEmpty())
        Q_EMIT usersCreated(created);
    Q_EMIT runFinished();
}

void ImportDialog::reject()
{
    // Escape while sending stops the run first; what was sent is reported as sent.
    if (isRunning()) {
        m_operation->cancel();
        return;
    }
    QDialog::reject();
}

#include "ExportDialog.h"

#include "MessageWidget.h"
#include "PlainText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ExportDialog::ExportDialog(ExportSource source, QWidget *parent)
    : QDialog(parent),
      m_job(std::move(source)),
      m_suggestedName(tr("users")),
      m_message(new MessageWidget(this)),
      m_intro(PlainText::label(QString(), this)),
      m_csv(new QRadioButton(tr("&CSV, for spreadsheets"), this)),
      m_json(new QRadioButton(tr("&JSON, one array"), this)),
      m_jsonLines(new QRadioButton(tr("JSON &lines, one user per line"), this)),
      m_bom(new QCheckBox(tr("Add a &byte-order mark, for spreadsheets that need it to read UTF-8"), this)),
      m_progressLabel(PlainText::label(QString(), this)),
      m_progress(new QProgressBar(this)),
      m_export(new QPushButton(tr("&Export…"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Users"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addSpacing(layout->spacing());

    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QVBoxLayout(formatBox);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *button : { m_csv, m_json, m_jsonLines }) {
        group->addButton(button);
        formatLayout->addWidget(button);
    }
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_json->setObjectName(QStringLiteral("exportJson"));
    m_jsonLines->setObjectName(QStringLiteral("exportJsonLines"));
    m_bom->setObjectName(QStringLiteral("exportByteOrderMark"));
    auto *bomRow = new QHBoxLayout;
    bomRow->addSpacing(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
                       + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing));
    bomRow->addWidget(m_bom);
    formatLayout->addLayout(bomRow);
    m_csv->setChecked(true);
    layout->addWidget(formatBox);
    connect(m_csv, &QRadioButton::toggled, m_bom, &QCheckBox::setEnabled);

    m_progressLabel->setObjectName(QStringLiteral("exportProgressText"));
    m_progressLabel->hide();
    layout->addWidget(m_progressLabel);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Loading"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    m_export->setDefault(true);

    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_job.cancel(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_job, &UserExportJob::loadingProgress, this, &ExportDialog::showProgress);
    connect(&m_job, &UserExportJob::canceled, this, [this] {
        setBusy(false);
        m_message->showMessage(tr("Canceled: nothing was saved."), MessageWidget::Type::Information);
    });
    connect(&m_job, &UserExportJob::loadingStopped, this, [this](const QString &problem) {
        setBusy(false);
        const int rows = m_job.source().rowCount ? m_job.source().rowCount() : 0;
        m_message->showMessage(tr("Not all users could be loaded, so nothing was saved yet: %1").arg(problem),
                               MessageWidget::Type::Warning, tr("Export the %Ln Loaded", nullptr, rows));
    });
    connect(m_message, &MessageWidget::actionTriggered, this, [this] {
        if (!m_job.isLoading() && !m_job.fileName().isEmpty()
            && m_message->type() == MessageWidget::Type::Warning)
            m_job.writeLoaded();
    });
    connect(&m_job, &UserExportJob::finished, this, [this](bool ok, int rows, const QString &error) {
        setBusy(false);
        if (!ok) {
            m_message->showMessage(error, MessageWidget::Type::Error);
            return;
        }
        m_message->showMessage(
            tr("Saved %Ln user(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(m_job.fileName())),
            MessageWidget::Type::Positive);
        m_close->setDefault(true);
        m_close->setFocus();
        Q_EMIT exported(m_job.fileName(), rows);
    });

    updateIntro();
    setBusy(false);
    setMinimumWidth(520);
}

void ExportDialog::updateIntro()
{
    const ExportSource &source = m_job.source();
    const int rows = source.rowCount ? source.rowCount() : 0;
    if (!m_job.needsLoading()) {
        m_intro->setText(
            tr("Exports the %Ln user(s) in the list as it shows them: its columns, in its order.", nullptr,
               rows));
        return;
    }
    const std::optional<qint64> total = source.totalCount ? source.totalCount() : std::nullopt;
    const int loaded = source.loadedCount ? source.loadedCount() : rows;
    const QString loading = total ? tr("Only %1 of %2 are loaded, so the rest are loaded first.")
                                        .arg(QLocale().toString(loaded), QLocale().toString(*total))
                                  : tr("Not all are loaded yet, so the rest are loaded first.");
    m_intro->setText(tr("Exports the users in the list as it shows them: its columns, in its order.")
                     + QLatin1Char(' ') + loading);
}

void ExportDialog::setFormat(UserExport::Format format)
{
    switch (format) {
    case UserExport::Format::Csv:
        m_csv->setChecked(true);
        break;
    case UserExport::Format::Json:
        m_json->setChecked(true);
        break;
    case UserExport::Format::JsonLines:
        m_jsonLines->setChecked(true);
        break;
    }
}

UserExport::Format ExportDialog::format() const
{
    if (m_json->isChecked())
        return UserExport::Format::Json;
    if (m_jsonLines->isChecked())
        return UserExport::Format::JsonLines;
    return UserExport::Format::Csv;
}

void ExportDialog::setByteOrderMark(bool on)
{
    m_bom->setChecked(on);
}

UserExport::Options ExportDialog::options() const
{
    UserExport::Options options;
    options.format = format();
    options.byteOrderMark = options.format == UserExport::Format::Csv && m_bom->isChecked();
    return options;
}

void ExportDialog::chooseFile()
{
    const QString extension = UserExport::extension(format());
    auto *files = new QFileDialog(this, tr("Export Users"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setFileMode(QFileDialog::AnyFile);
    files->setDefaultSuffix(extension);
    QStringList filters;
    switch (format()) {
    case UserExport::Format::Csv:
        filters << tr("CSV files (*.csv)");
        break;
    case UserExport::Format::Json:
        filters << tr("JSON files (*.json)");
        break;
    case UserExport::Format::JsonLines:
        filters << tr("JSON lines files (*.jsonl *.ndjson)");
        break;
    }
    filters << tr("All files (*)");
    files->setNameFilters(filters);
    files->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    files->selectFile(m_suggestedName + QLatin1Char('.') + extension);
    connect(files, &QFileDialog::fileSelected, this, &ExportDialog::exportTo);
    files->open();
}

void ExportDialog::exportTo(const QString &fileName)
{
    if (fileName.isEmpty() || m_job.isLoading())
        return;
    m_message->hideMessage();
    setBusy(m_job.needsLoading());
    m_job.start(fileName, options());
}

void ExportDialog::showProgress(int loaded, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(loaded, total)));
        m_progressLabel->setText(
            tr("Loading all users first: %1 of %2…").arg(locale.toString(loaded), locale.toString(total)));
    } else {
        m_progress->setRange(0, 0); // no total: a busy bar
        m_progressLabel->setText(tr("Loading all users first: %1 so far…").arg(locale.toString(loaded)));
    }
}

void ExportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_cancel->setVisible(busy);
    m_close->setVisible(!busy);
    m_export->setEnabled(!busy);
    for (QWidget *input : { static_cast<QWidget *>(m_csv), static_cast<QWidget *>(m_json),
                            static_cast<QWidget *>(m_jsonLines) })
        input->setEnabled(!busy);
    m_bom->setEnabled(!busy && m_csv->isChecked());
    if (!busy)
        updateIntro();
}

void ExportDialog::reject()
{
    // Escape while loading cancels the loading (nothing is written); once more closes.
    if (m_job.isLoading()) {
        m_job.cancel();
        return;
    }
    QDialog::reject();
}

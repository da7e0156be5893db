#pragma once

#include "UserExportJob.h"

#include <QDialog>

class MessageWidget;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

// Exports the list as the admin sees it — its columns, in its order, after its filter — to CSV,
// JSON or JSON lines. Pages not loaded yet are loaded first, with progress and Cancel; the file
// is written whole or not at all, and the dialog says where it went and how many rows it holds.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(ExportSource source, QWidget *parent = nullptr);

    // The file name the save dialog proposes (without extension), e.g. after the connection.
    void setSuggestedName(const QString &baseName) { m_suggestedName = baseName; }
    void setFormat(UserExport::Format format);
    UserExport::Format format() const;
    void setByteOrderMark(bool on);
    UserExport::Options options() const;

    // Asks for the file (non-blocking), then exports to it.
    void chooseFile();
    // Exports to `fileName`: loads what is missing first, then writes.
    void exportTo(const QString &fileName);
    bool isLoading() const { return m_job.isLoading(); }

    MessageWidget *messageWidget() const { return m_message; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }

    void reject() override;

Q_SIGNALS:
    void exported(const QString &fileName, int rows);

private:
    void updateIntro();
    void setBusy(bool busy);
    void showProgress(int loaded, qint64 total);

    UserExportJob m_job;
    QString m_suggestedName;
    MessageWidget *m_message;
    QLabel *m_intro;
    QRadioButton *m_csv;
    QRadioButton *m_json;
    QRadioButton *m_jsonLines;
    QCheckBox *m_bom;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

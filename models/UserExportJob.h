#pragma once

#include "UserExport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

class PagedTableModel;

// What an export writes — the view's rows as the admin sees them — and how to load the pages
// not loaded yet. The window fills it in from its view; setPagesFrom() does the paging part for
// the paged model behind the view.
struct ExportSource {
    QList<UserField> columns; // the view's visible columns, in the view's order
    std::function<int()> rowCount; // the view's rows (after its filter), now
    std::function<User(int)> userAt; // a row, in the view's order

    // Paging; all may stay empty when the list is complete.
    std::function<bool()> hasMore; // the server has rows not loaded yet
    // Loads every page left, then calls `done` with an empty text, or with why it stopped short.
    std::function<void(std::function<void(const QString &problem)> done)> loadAllThen;
    std::function<void()> stopLoading;
    std::function<int()> loadedCount; // rows loaded so far (before the view's filter)
    std::function<std::optional<qint64>()> totalCount; // the server's count, when it says

    // The paging callbacks from `model`; `context` ends them when it goes.
    void setPagesFrom(PagedTableModel *model, QObject *context);
};

// Writes an export: loads all pages first where some are missing (with progress, and cancel),
// then writes the rows through a temporary file renamed into place, so a canceled or failed
// export never leaves a file, nor a half-written one over an older one.
class UserExportJob : public QObject {
    Q_OBJECT

public:
    explicit UserExportJob(ExportSource source, QObject *parent = nullptr);
    ~UserExportJob() override;

    const ExportSource &source() const { return m_source; }
    bool needsLoading() const { return m_source.hasMore && m_source.hasMore(); }
    bool isLoading() const { return m_loading; }

    // Loads what is missing, then writes `fileName`.
    void start(const QString &fileName, const UserExport::Options &options);
    // While loading: stops it; nothing is written.
    void cancel();
    // After loading stopped short (loadingStopped): writes the rows there are.
    void writeLoaded();

    QString fileName() const { return m_fileName; }

Q_SIGNALS:
    void loadingProgress(int loaded, qint64 total); // total: -1 when the server does not say
    void loadingStopped(const QString &problem);
    void canceled();
    // `rows` written to `fileName`; or `error` when nothing could be written.
    void finished(bool ok, int rows, const QString &error);

private:
    void write();
    void reportProgress();

    ExportSource m_source;
    QString m_fileName;
    UserExport::Options m_options;
    QTimer m_progress;
    bool m_loading = false;
    quint64 m_run = 0; // answers from a canceled load are for an earlier run
};

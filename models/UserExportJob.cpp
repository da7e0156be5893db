#include "UserExportJob.h"

#include "PagedTableModel.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <memory>

void ExportSource::setPagesFrom(PagedTableModel *model, QObject *context)
{
    const QPointer<PagedTableModel> guarded(model);
    hasMore = [guarded] { return guarded && guarded->hasMore(); };
    loadedCount = [guarded] { return guarded ? guarded->rowCount() : 0; };
    totalCount = [guarded] { return guarded ? guarded->totalCount() : std::nullopt; };
    stopLoading = [guarded] {
        if (guarded)
            guarded->stopLoading();
    };
    loadAllThen = [guarded, context = QPointer<QObject>(context)](std::function<void(const QString &)> done) {
        if (!guarded || !context) {
            done(QCoreApplication::translate("ExportSource", "The list is gone."));
            return;
        }
        // One answer per call: the batch that this call starts.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(
            guarded, &PagedTableModel::batchFinished, context, [guarded, connection, done] {
                QObject::disconnect(*connection);
                if (!guarded)
                    return;
                if (guarded->lastError().isError())
                    done(guarded->lastError().toString());
                else if (guarded->hasMore() || !guarded->stopReason().isEmpty())
                    done(guarded->stopReason().isEmpty()
                             ? QCoreApplication::translate("ExportSource", "Loading stopped before the end.")
                             : guarded->stopReason());
                else
                    done(QString());
            });
        guarded->loadAll();
    };
}

UserExportJob::UserExportJob(ExportSource source, QObject *parent)
    : QObject(parent), m_source(std::move(source))
{
    m_progress.setInterval(200);
    connect(&m_progress, &QTimer::timeout, this, &UserExportJob::reportProgress);
}

UserExportJob::~UserExportJob()
{
    if (m_loading && m_source.stopLoading)
        m_source.stopLoading();
}

void UserExportJob::start(const QString &fileName, const UserExport::Options &options)
{
    if (m_loading)
        return;
    m_fileName = fileName;
    m_options = options;
    if (!needsLoading() || !m_source.loadAllThen) {
        write();
        return;
    }
    m_loading = true;
    const quint64 run = ++m_run;
    m_progress.start();
    reportProgress();
    m_source.loadAllThen([self = QPointer<UserExportJob>(this), run](const QString &problem) {
        if (!self || run != self->m_run || !self->m_loading)
            return; // canceled meanwhile
        self->m_loading = false;
        self->m_progress.stop();
        self->reportProgress();
        if (problem.isEmpty())
            self->write();
        else
            Q_EMIT self->loadingStopped(problem);
    });
}

void UserExportJob::cancel()
{
    if (!m_loading)
        return;
    m_loading = false;
    ++m_run;
    m_progress.stop();
    if (m_source.stopLoading)
        m_source.stopLoading();
    Q_EMIT canceled();
}

void UserExportJob::writeLoaded()
{
    if (!m_loading && !m_fileName.isEmpty())
        write();
}

void UserExportJob::reportProgress()
{
    const int loaded = m_source.loadedCount ? m_source.loadedCount()
        : m_source.rowCount                 ? m_source.rowCount()
                                            : 0;
    const std::optional<qint64> total = m_source.totalCount ? m_source.totalCount() : std::nullopt;
    Q_EMIT loadingProgress(loaded, total.value_or(-1));
}

void UserExportJob::write()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("UserExportJob", text); };
    QSaveFile file(m_fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        Q_EMIT finished(false, 0,
                        tr("%1 could not be opened for writing: %2").arg(m_fileName, file.errorString()));
        return;
    }
    const int rows = m_source.rowCount ? m_source.rowCount() : 0;
    QString error;
    if (!UserExport::write(&file, m_source.columns, rows, m_source.userAt, m_options, &error)) {
        file.cancelWriting();
        Q_EMIT finished(false, 0, error);
        return;
    }
    if (!file.commit()) {
        Q_EMIT finished(false, 0, tr("%1 could not be saved: %2").arg(m_fileName, file.errorString()));
        return;
    }
    Q_EMIT finished(true, rows, QString());
}

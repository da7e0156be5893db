#pragma once

#include "BulkOperation.h"
#include "ServiceDescription.h"
#include "UserExportJob.h"
#include "UserStore.h"

#include <QObject>
#include <QPointer>
#include <functional>

class ExportDialog;
class ImportDialog;
class QAction;
class QWidget;

// Users to and from files: "Import Users…" opens the CSV import, "Export Users…" the export of
// the list as the admin sees it. The window hands over what each needs as callbacks, asked
// when the dialog opens: the users loaded (for the import's duplicate check) and the list to
// export (ExportSource).
class TransferCommands : public QObject {
    Q_OBJECT

public:
    explicit TransferCommands(QWidget *window);

    void setStore(UserStore *store) { m_store = store; }
    void setKnownUsers(std::function<QList<User>()> loadedUsers) { m_knownUsers = std::move(loadedUsers); }
    void setExportSource(std::function<ExportSource()> source) { m_exportSource = std::move(source); }
    // Requests in flight at once (the connection profile's setting).
    void setConcurrency(int requests) { m_concurrency = requests; }
    // The export's proposed file name (without extension), e.g. the connection's name.
    void setSuggestedName(const QString &baseName) { m_suggestedName = baseName; }

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    // Import where the service creates users; export whenever connected.
    void update(bool connected, const ServiceDescription *description);

    ImportDialog *importUsers();
    ExportDialog *exportUsers();

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text);

private:
    QWidget *m_window;
    QPointer<UserStore> m_store;
    std::function<QList<User>()> m_knownUsers;
    std::function<ExportSource()> m_exportSource;
    int m_concurrency = BulkOperation::DefaultConcurrency;
    QString m_suggestedName;
    QAction *m_import;
    QAction *m_export;
};

// libFuzzer target: a settings file as a user (or a broken disk, or an old release) left it,
// read through Settings with every getter the app calls at start-up.
#include "Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Settings write the file back when destroyed, through QSaveFile and its fsync: on a disk that
    // holds the fuzzer to a few dozen inputs a second, so the files live in memory where /dev/shm is.
    static QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                 ? QStringLiteral("/dev/shm/roster-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/roster-fuzz-XXXXXX"));
    // A new name for every input: QSettings caches a file by name and trusts its size and
    // modification time, so rewriting one name within the same millisecond could read stale keys.
    static quint64 counter = 0;
    const QString fileName = dir.filePath(QStringLiteral("roster-%1.conf").arg(++counter));
    {
        QFile file(fileName);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(fileName));
        file.write(reinterpret_cast<const char *>(data), qsizetype(size));
    }
    {
        Settings settings(fileName);
        volatile qsizetype sink = settings.fileName().size();
        const QList<ConnectionProfile> profiles = settings.profiles();
        for (const ConnectionProfile &profile : profiles) {
            sink = sink + profile.id.size() + profile.name.size() + profile.baseUrl.toString().size()
                + profile.serviceKind.size() + profile.organization.size() + profile.authMethod.size()
                + profile.apiPrefix.size() + profile.username.size() + profile.pageSize
                + profile.timeoutSeconds + profile.verifyTls + profile.isValid() + profile.secretKey().size();
        }
        const QString last = settings.lastProfileId();
        sink = sink + settings.profile(last).isValid();
        if (!profiles.isEmpty())
            sink = sink + settings.profile(profiles.constFirst().name).isValid();
        sink = sink + settings.mainWindowGeometry().size() + settings.mainWindowState().size()
            + settings.splitterState().size();
        for (const char *kind : { "org-app", "papr-memory", "rest-v1", "papermerge", "" })
            sink = sink + settings.userTableHeaderState(QLatin1String(kind)).size();
    }
    QFile::remove(fileName);
    return 0;
}

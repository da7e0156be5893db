#pragma once

#include "ConnectionProfile.h"
#include "ListState.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <memory>

// The one typed settings class over QSettings (KeePassXC's Config): every key has a default here,
// and a format version lets later releases migrate old files. Never stores a secret.
class Settings {
public:
    static constexpr int CurrentVersion = 1;

    // The user's settings file in the platform's usual place (~/.config/Roster/roster.conf).
    Settings();
    // A settings file of the caller's (tests, --config).
    explicit Settings(const QString &fileName);
    ~Settings();

    QString fileName() const;
    void sync();

    QList<ConnectionProfile> profiles() const;
    void setProfiles(const QList<ConnectionProfile> &profiles);
    ConnectionProfile profile(const QString &idOrName) const; // invalid when not found
    void saveProfile(const ConnectionProfile &profile); // adds or replaces by id
    void removeProfile(const QString &id);

    QString lastProfileId() const;
    void setLastProfileId(const QString &id);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    // Column widths and order of the user table, per service kind.
    QByteArray userTableHeaderState(const QString &serviceKind) const;
    void setUserTableHeaderState(const QString &serviceKind, const QByteArray &state);
    // The user list as it was left, per connection (by profile id); empty when never saved.
    ListState listState(const QString &profileId) const;
    void setListState(const QString &profileId, const ListState &state);

private:
    void migrate();
    QString text(const QString &key) const;
    // The array indexes (0-based) of the entries the open array really holds, in order.
    QList<int> storedArrayIndexes(int count) const;
    static QString listGroup(const QString &profileId);

    std::unique_ptr<QSettings> m_settings;
};

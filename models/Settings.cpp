#include "Settings.h"

#include "IniFile.h"
#include "ModelsLogging.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
const QString kVersion = QStringLiteral("version");
const QString kProfiles = QStringLiteral("profiles");
const QString kLastProfile = QStringLiteral("session/lastProfile");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kHeaderPrefix = QStringLiteral("userTable/header/");
const QString kListPrefix = QStringLiteral("userList/");

// A proxy address never keeps a user:password part either (the same rule as the base URL).
QString withoutUserInfo(const QString &url)
{
    QUrl parsed(url);
    if (url.isEmpty() || parsed.userInfo().isEmpty())
        return url;
    parsed.setUserInfo(QString());
    return parsed.toString();
}
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(IniFile::settingsFormat(), QSettings::UserScope,
                                             QCoreApplication::organizationName(), QStringLiteral("roster")))
{
    migrate();
}

Settings::Settings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, IniFile::settingsFormat()))
{
    migrate();
}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

void Settings::migrate()
{
    const int version = m_settings->value(kVersion, 0).toInt();
    if (version != CurrentVersion) {
        // Version 0 is a new file; there is nothing older to convert yet.
        m_settings->setValue(kVersion, CurrentVersion);
    }
    // A base URL typed as https://user:password@host once reached this file in clear. Whatever
    // wrote it, the credential part is dropped here and the file rewritten without it.
    const int count = m_settings->beginReadArray(kProfiles);
    bool carriesCredential = false;
    for (const int i : storedArrayIndexes(count)) {
        if (carriesCredential)
            break;
        m_settings->setArrayIndex(i);
        carriesCredential = !QUrl(text(QStringLiteral("baseUrl"))).userInfo().isEmpty()
            || !QUrl(text(QStringLiteral("proxy"))).userInfo().isEmpty();
    }
    m_settings->endArray();
    if (carriesCredential) {
        qCWarning(lcModels) << "removed a user name and password from a base URL or proxy in"
                            << m_settings->fileName();
        setProfiles(profiles());
        m_settings->sync();
    }
}

QString Settings::text(const QString &key) const
{
    // Typed by hand with an unquoted comma ("Prod, EU"), an INI value is a list: it reads back as
    // the text that was typed instead of as nothing.
    const QVariant value = m_settings->value(key);
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

QList<int> Settings::storedArrayIndexes(int count) const
{
    // Only the entries the file holds: "size" is a number in a file people edit, and counting up
    // to a size of 2000000000 hung the start-up for hours.
    QList<int> indexes;
    for (const QString &group : m_settings->childGroups()) {
        bool ok = false;
        const int index = group.toInt(&ok);
        if (ok && index >= 1 && index <= count && group == QString::number(index))
            indexes.append(index - 1);
    }
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

QList<ConnectionProfile> Settings::profiles() const
{
    QList<ConnectionProfile> result;
    const int count = m_settings->beginReadArray(kProfiles);
    for (const int i : storedArrayIndexes(count)) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.id = text(QStringLiteral("id"));
        p.name = text(QStringLiteral("name"));
        p.baseUrl = QUrl(text(QStringLiteral("baseUrl")));
        p.baseUrl.setUserInfo(QString()); // never a credential, whatever the file says
        p.serviceKind = text(QStringLiteral("serviceKind"));
        p.organization = text(QStringLiteral("organization"));
        p.authMethod = text(QStringLiteral("authMethod"));
        p.apiPrefix = text(QStringLiteral("apiPrefix"));
        p.username = text(QStringLiteral("username"));
        p.pageSize = m_settings->value(QStringLiteral("pageSize"), 50).toInt();
        p.timeoutSeconds = m_settings->value(QStringLiteral("timeoutSeconds"), 30).toInt();
        p.deadlineSeconds = m_settings->value(QStringLiteral("deadlineSeconds"), 120).toInt();
        p.concurrentRequests = m_settings->value(QStringLiteral("concurrentRequests"), 4).toInt();
        p.allowPlainHttp = m_settings->value(QStringLiteral("allowPlainHttp"), false).toBool();
        p.verifyTls = m_settings->value(QStringLiteral("verifyTls"), true).toBool();
        p.proxyMode = ConnectionProfile::proxyModeFromKey(text(QStringLiteral("proxyMode")));
        p.proxyUrl = withoutUserInfo(text(QStringLiteral("proxy")));
        p.caCertificateFile = text(QStringLiteral("caCertificateFile"));
        // A hand-edited pin that is not a fingerprint pins nothing (and trusts nothing).
        p.pinnedSha256 = ConnectionProfile::normalizeFingerprint(text(QStringLiteral("pinnedSha256")));
        if (!p.id.isEmpty())
            result.append(p);
    }
    m_settings->endArray();
    return result;
}

void Settings::setProfiles(const QList<ConnectionProfile> &profiles)
{
    m_settings->remove(kProfiles);
    m_settings->beginWriteArray(kProfiles, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), p.id);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString(QUrl::RemoveUserInfo));
        m_settings->setValue(QStringLiteral("serviceKind"), p.serviceKind);
        m_settings->setValue(QStringLiteral("organization"), p.organization);
        m_settings->setValue(QStringLiteral("authMethod"), p.authMethod);
        m_settings->setValue(QStringLiteral("apiPrefix"), p.apiPrefix);
        m_settings->setValue(QStringLiteral("username"), p.username);
        m_settings->setValue(QStringLiteral("pageSize"), p.pageSize);
        m_settings->setValue(QStringLiteral("timeoutSeconds"), p.timeoutSeconds);
        m_settings->setValue(QStringLiteral("deadlineSeconds"), p.deadlineSeconds);
        m_settings->setValue(QStringLiteral("concurrentRequests"), p.concurrentRequests);
        m_settings->setValue(QStringLiteral("allowPlainHttp"), p.allowPlainHttp);
        m_settings->setValue(QStringLiteral("verifyTls"), p.verifyTls);
        m_settings->setValue(QStringLiteral("proxyMode"), ConnectionProfile::proxyModeKey(p.proxyMode));
        m_settings->setValue(QStringLiteral("proxy"), withoutUserInfo(p.proxyUrl));
        m_settings->setValue(QStringLiteral("caCertificateFile"), p.caCertificateFile);
        m_settings->setValue(QStringLiteral("pinnedSha256"), p.pinnedSha256);
    }
    m_settings->endArray();
}

ConnectionProfile Settings::profile(const QString &idOrName) const
{
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &p : all) {
        if (p.id == idOrName)
            return p;
    }
    for (const ConnectionProfile &p : all) {
        if (p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return p;
    }
    return ConnectionProfile();
}

void Settings::saveProfile(const ConnectionProfile &profile)
{
    QList<ConnectionProfile> all = profiles();
    auto it = std::find_if(all.begin(), all.end(),
                           [&](const ConnectionProfile &p) { return p.id == profile.id; });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    setProfiles(all);
}

void Settings::removeProfile(const QString &id)
{
    QList<ConnectionProfile> all = profiles();
    all.removeIf([&](const ConnectionProfile &p) { return p.id == id; });
    setProfiles(all);
    m_settings->remove(listGroup(id));
    if (lastProfileId() == id)
        setLastProfileId(QString());
}

QString Settings::lastProfileId() const
{
    return text(kLastProfile);
}
void Settings::setLastProfileId(const QString &id)
{
    m_settings->setValue(kLastProfile, id);
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}
QByteArray Settings::mainWindowState() const
{
    return m_settings->value(kState).toByteArray();
}
void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}
QByteArray Settings::splitterState() const
{
    return m_settings->value(kSplitter).toByteArray();
}
void Settings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(kSplitter, state);
}

QByteArray Settings::userTableHeaderState(const QString &serviceKind) const
{
    return m_settings->value(kHeaderPrefix + serviceKind).toByteArray();
}

void Settings::setUserTableHeaderState(const QString &serviceKind, const QByteArray &state)
{
    m_settings->setValue(kHeaderPrefix + serviceKind, state);
}

QString Settings::listGroup(const QString &profileId)
{
    // A profile id is the admin's to edit in the file: encoded, a "/" in it cannot reach
    // another group.
    return kListPrefix + QString::fromLatin1(QUrl::toPercentEncoding(profileId));
}

ListState Settings::listState(const QString &profileId) const
{
    ListState state;
    if (profileId.isEmpty())
        return state;
    m_settings->beginGroup(listGroup(profileId));
    state.header = m_settings->value(QStringLiteral("header")).toByteArray();
    state.search = text(QStringLiteral("search"));
    state.selectedUserId = text(QStringLiteral("selectedUser"));
    state.detailsTab = text(QStringLiteral("detailsTab"));
    m_settings->beginGroup(QStringLiteral("filters"));
    for (const QString &key : m_settings->childKeys())
        state.filters.insert(key, text(key));
    m_settings->endGroup();
    m_settings->endGroup();
    return state;
}

void Settings::setListState(const QString &profileId, const ListState &state)
{
    if (profileId.isEmpty())
        return;
    m_settings->remove(listGroup(profileId));
    m_settings->beginGroup(listGroup(profileId));
    m_settings->setValue(QStringLiteral("header"), state.header);
    m_settings->setValue(QStringLiteral("search"), state.search);
    m_settings->setValue(QStringLiteral("selectedUser"), state.selectedUserId);
    m_settings->setValue(QStringLiteral("detailsTab"), state.detailsTab);
    m_settings->beginGroup(QStringLiteral("filters"));
    for (auto it = state.filters.cbegin(); it != state.filters.cend(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_settings->endGroup();
    m_settings->endGroup();
}

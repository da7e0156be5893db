#include "ConnectionSwitcher.h"

#include "Settings.h"

ConnectionSwitcher::ConnectionSwitcher(Settings *settings, QWidget *parent)
    : QComboBox(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("profileSwitcher"));
    setAccessibleName(tr("Connection"));
    setToolTip(tr("Switch connection"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(16);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString id = itemData(index).toString();
        if (id.isEmpty() || id == m_currentId)
            return;
        for (const auto &[profile, credential] : std::as_const(m_transient)) {
            if (profile.id == id) {
                Q_EMIT profileChosen(profile, credential);
                return;
            }
        }
        const ConnectionProfile saved = m_settings->profile(id);
        if (saved.isValid())
            Q_EMIT profileChosen(saved, QString());
    });
}

void ConnectionSwitcher::addTransient(const ConnectionProfile &profile, const QString &credential)
{
    m_transient.append({ profile, credential });
    rebuild(m_currentId);
}

void ConnectionSwitcher::rebuild(const QString &currentId)
{
    m_currentId = currentId;
    clear();
    for (const auto &[profile, credential] : std::as_const(m_transient))
        addItem(profile.name, profile.id);
    const QList<ConnectionProfile> saved = m_settings->profiles();
    for (const ConnectionProfile &profile : saved)
        addItem(profile.name, profile.id);
    if (count() == 0)
        addItem(tr("No connection"), QString());
    setCurrentIndex(qMax(0, findData(currentId)));
}

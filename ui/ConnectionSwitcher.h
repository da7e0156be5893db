#pragma once

#include "ConnectionProfile.h"

#include <QComboBox>

class Settings;

// The tool bar's list of connections: the saved ones and this run's unsaved ones (the demo,
// --connect), by name. Choosing one asks the window to open it.
class ConnectionSwitcher : public QComboBox {
    Q_OBJECT

public:
    ConnectionSwitcher(Settings *settings, QWidget *parent = nullptr);

    // A connection for this run only, listed first, never saved; `credential` opens it unasked.
    void addTransient(const ConnectionProfile &profile, const QString &credential);
    // Lists the connections again, with `currentId` shown.
    void rebuild(const QString &currentId);

Q_SIGNALS:
    void profileChosen(const ConnectionProfile &profile, const QString &credential);

private:
    Settings *m_settings;
    QList<std::pair<ConnectionProfile, QString>> m_transient;
    QString m_currentId;
};

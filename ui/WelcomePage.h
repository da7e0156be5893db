#pragma once

#include "ConnectionProfile.h"

#include <QWidget>

class QListWidget;
class QLabel;
class QPushButton;

// What a first start (or a closed connection) shows: what Roster is, and the ways to begin.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setProfiles(const QList<ConnectionProfile> &profiles);

Q_SIGNALS:
    void addConnectionRequested();
    void demoRequested();
    void profileRequested(const QString &profileId);

private:
    QLabel *m_savedLabel;
    QListWidget *m_saved;
};

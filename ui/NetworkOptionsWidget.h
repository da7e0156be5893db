#pragma once

#include "ConnectionProfile.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QPushButton;

// A connection's network options, as one section of the Connections dialog: how requests reach
// the server (the system's proxy settings, no proxy, or a proxy of its own) and what it trusts
// beyond the system's certificate authorities (a CA certificate file, one pinned certificate).
class NetworkOptionsWidget : public QGroupBox {
    Q_OBJECT

public:
    explicit NetworkOptionsWidget(QWidget *parent = nullptr);

    void load(const ConnectionProfile &profile);
    // Writes the options into `profile`; a fingerprint that is not one is kept as typed, so the
    // dialog's validation names the problem.
    void store(ConnectionProfile &profile) const;

Q_SIGNALS:
    void edited();

private:
    void updateRows();
    void chooseCaFile();

    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyUrl = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_forgetPin = nullptr;
    bool m_loading = false;
};

#pragma once

#include "ConnectionPrompter.h"

// Answers a connection that asks for its credential with CredentialDialog.
class CredentialPrompter : public ConnectionPrompter {
    Q_OBJECT

public:
    explicit CredentialPrompter(QWidget *window);

Q_SIGNALS:
    void declined(const QString &connectionName);

protected:
    QDialog *createPrompt(Connection *connection, QWidget *window) override;
};

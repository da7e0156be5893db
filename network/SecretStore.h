#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

struct SecretResult {
    enum class Status {
        Ok, // read, written or removed
        NotFound, // no entry: ask the admin for the credential
        NoBackend, // no keychain on this system
        Failed, // the keychain refused or broke; message says how
    };
    Status status = Status::Failed;
    QString secret; // for a successful read only
    QString message;

    bool ok() const { return status == Status::Ok; }
};

// Where credentials live (KeePassXC and QtKeychain's TestAppExample habits): asynchronous,
// keyed by a profile's secretKey(). The callback runs later, only while `context` lives.
class SecretStore : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;
    using QObject::QObject;

    virtual void readSecret(const QString &key, QObject *context, Callback done) = 0;
    virtual void writeSecret(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    virtual void removeSecret(const QString &key, QObject *context, Callback done) = 0;
};

// The OS keychain through QtKeychain, with the insecure plaintext fallback switched off.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void readSecret(const QString &key, QObject *context, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void removeSecret(const QString &key, QObject *context, Callback done) override;

private:
    QString m_service;
};

// Secrets for this run only: the demo's token, and the fallback when there is no keychain.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void readSecret(const QString &key, QObject *context, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void removeSecret(const QString &key, QObject *context, Callback done) override;

private:
    void answer(QObject *context, Callback done, SecretResult result);

    QHash<QString, QString> m_secrets;
};

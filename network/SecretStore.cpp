#include "SecretStore.h"

#include "NetworkLogging.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {
SecretResult resultOf(const QKeychain::Job *job)
{
    SecretResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::NoBackend;
        break;
    default:
        result.status = SecretResult::Status::Failed;
        break;
    }
    result.message = job->errorString();
    return result;
}

template<typename JobType>
void runJob(JobType *job, QObject *context, const SecretStore::Callback &done,
            std::function<void(SecretResult &, JobType *)> fill = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    QPointer<QObject> receiver(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [receiver, done, fill](QKeychain::Job *finishedJob) {
                         auto *typed = static_cast<JobType *>(finishedJob);
                         SecretResult result = resultOf(typed);
                         if (result.ok() && fill)
                             fill(result, typed);
                         if (!result.ok() && result.status != SecretResult::Status::NotFound)
                             qCWarning(lcNetwork).noquote() << "keychain:" << result.message;
                         if (receiver)
                             done(result);
                     });
    job->start();
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

void KeychainSecretStore::readSecret(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    runJob<QKeychain::ReadPasswordJob>(
        job, context, done,
        [](SecretResult &result, QKeychain::ReadPasswordJob *read) { result.secret = read->textData(); });
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &secret, QObject *context,
                                      Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    runJob<QKeychain::WritePasswordJob>(job, context, done);
}

void KeychainSecretStore::removeSecret(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    runJob<QKeychain::DeletePasswordJob>(job, context, done);
}

void MemorySecretStore::answer(QObject *context, Callback done, SecretResult result)
{
    QPointer<QObject> receiver(context);
    QTimer::singleShot(0, this, [receiver, done, result] {
        if (receiver)
            done(result);
    });
}

void MemorySecretStore::readSecret(const QString &key, QObject *context, Callback done)
{
    SecretResult result;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        result.status = SecretResult::Status::NotFound;
    } else {
        result.status = SecretResult::Status::Ok;
        result.secret = *it;
    }
    answer(context, std::move(done), result);
}

void MemorySecretStore::writeSecret(const QString &key, const QString &secret, QObject *context,
                                    Callback done)
{
    m_secrets.insert(key, secret);
    answer(context, std::move(done), SecretResult{ SecretResult::Status::Ok, QString(), QString() });
}

void MemorySecretStore::removeSecret(const QString &key, QObject *context, Callback done)
{
    m_secrets.remove(key);
    answer(context, std::move(done), SecretResult{ SecretResult::Status::Ok, QString(), QString() });
}

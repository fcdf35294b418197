#include "keychain_vault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace kw::platform {

namespace {

const QString kService = QStringLiteral("Kernwijzer");

struct JobOutcome
{
    bool finished = false;
    QKeychain::Error code = QKeychain::NoError;
    QString message;
    QByteArray data;
};

/** Starts @p job and waits until it finishes or @p timeout passes. */
JobOutcome runJob(QKeychain::Job* job, std::chrono::milliseconds timeout)
{
    JobOutcome outcome;
    if (!QCoreApplication::instance()) {
        delete job;
        outcome.code = QKeychain::OtherError;
        outcome.message = QStringLiteral("no QCoreApplication to run the keychain job");
        return outcome;
    }
    // The job deletes itself once it finishes, even after this function stopped waiting for it.
    job->setAutoDelete(true);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* done) {
        outcome.finished = true;
        outcome.code = done->error();
        outcome.message = done->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
            outcome.data = read->binaryData();
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome.finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents); // no second click while a prompt is up
    if (!outcome.finished) {
        outcome.code = QKeychain::OtherError;
        outcome.message
            = QStringLiteral("no answer within %1 s")
                  .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
    }
    return outcome;
}

Error errorOf(const JobOutcome& outcome)
{
    return Error { Error::Code::Io,
        outcome.message.isEmpty() ? QStringLiteral("error %1").arg(int(outcome.code))
                                  : outcome.message };
}

} // namespace

KeychainVault::KeychainVault(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{ }

Result<std::optional<QByteArray>> KeychainVault::read(const QString& name)
{
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(name);
    const JobOutcome outcome = runJob(job, m_timeout);
    if (outcome.code == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (outcome.code != QKeychain::NoError)
        return errorOf(outcome);
    return std::optional<QByteArray>(outcome.data);
}

Status KeychainVault::write(const QString& name, const QByteArray& secret)
{
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setKey(name);
    job->setBinaryData(secret);
    const JobOutcome outcome = runJob(job, m_timeout);
    if (outcome.code != QKeychain::NoError)
        return errorOf(outcome);
    return {};
}

Status KeychainVault::remove(const QString& name)
{
    auto* job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(name);
    const JobOutcome outcome = runJob(job, m_timeout);
    if (outcome.code != QKeychain::NoError && outcome.code != QKeychain::EntryNotFound)
        return errorOf(outcome);
    return {};
}

QString KeychainVault::describe() const
{
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    return QStringLiteral("the Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("the Windows Credential Manager");
#elif defined(Q_OS_ANDROID)
    return QStringLiteral("the Android Keystore");
#else
    return QStringLiteral("the Secret Service or KWallet");
#endif
}

std::shared_ptr<SecretVault> createSecretVault()
{
    if (qEnvironmentVariable("KERNWIJZER_KEYCHAIN") == QStringLiteral("off"))
        return nullptr;
    return std::make_shared<KeychainVault>();
}

} // namespace kw::platform

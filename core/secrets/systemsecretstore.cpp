#include "secrets/systemsecretstore.h"

#ifdef SEGMENTOR_HAVE_QTKEYCHAIN

#include <QMetaObject>
#include <QSemaphore>
#include <QThread>

#include <qt6keychain/keychain.h>

namespace seg {

namespace {

struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QString text;
};

// QtKeychain's jobs are asynchronous and need an event loop (D-Bus replies on Linux). They
// run on a private thread with its own loop; callers block on a future, so no thread ever
// spins a nested event loop.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service) : m_service(std::move(service))
    {
        m_thread.setObjectName(QStringLiteral("segmentor-keychain"));
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        // A read of a key nobody writes tells whether a keychain service answers at all.
        const JobOutcome probe =
            run(Kind::Read, QStringLiteral("segmentor/availability-probe"), {});
        m_available = probe.error == QKeychain::NoError || probe.error == QKeychain::EntryNotFound;
        m_unavailableReason = probe.message;
    }

    ~KeychainSecretStore() override
    {
        QMetaObject::invokeMethod(
            m_context, [context = m_context] { delete context; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    bool available() const override { return m_available; }

    Result<QString> read(const QString &key) override
    {
        if (!m_available) return unavailable();
        const JobOutcome outcome = run(Kind::Read, key, {});
        if (outcome.error == QKeychain::EntryNotFound) return QString();
        if (outcome.error != QKeychain::NoError)
            return Error{key,
                         QStringLiteral("the keychain refused to read: %1").arg(outcome.message),
                         ErrorCode::Secrets};
        return outcome.text;
    }

    Status write(const QString &key, const QString &secret) override
    {
        if (!m_available) return unavailable();
        const JobOutcome outcome = run(Kind::Write, key, secret);
        if (outcome.error != QKeychain::NoError)
            return Error{key,
                         QStringLiteral("the keychain refused to store: %1").arg(outcome.message),
                         ErrorCode::Secrets};
        return success();
    }

    Status remove(const QString &key) override
    {
        if (!m_available) return unavailable();
        const JobOutcome outcome = run(Kind::Remove, key, {});
        if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)
            return Error{key,
                         QStringLiteral("the keychain refused to delete: %1").arg(outcome.message),
                         ErrorCode::Secrets};
        return success();
    }

private:
    enum class Kind
    {
        Read,
        Write,
        Remove
    };
    static constexpr int kTimeoutMs = 15000;

    Error unavailable() const
    {
        return Error{
            {},
            QStringLiteral("no system keychain is available (%1)").arg(m_unavailableReason),
            ErrorCode::Secrets};
    }

    JobOutcome run(Kind kind, const QString &key, const QString &secret)
    {
        struct Pending
        {
            QSemaphore done;
            JobOutcome outcome;
        };
        auto pending = std::make_shared<Pending>();
        QMetaObject::invokeMethod(
            m_context,
            [this, kind, key, secret, pending] {
                QKeychain::Job *job = nullptr;
                switch (kind) {
                case Kind::Read:
                    job = new QKeychain::ReadPasswordJob(m_service);
                    break;
                case Kind::Write: {
                    auto *write = new QKeychain::WritePasswordJob(m_service);
                    write->setTextData(secret);
                    job = write;
                    break;
                }
                case Kind::Remove:
                    job = new QKeychain::DeletePasswordJob(m_service);
                    break;
                }
                job->setInsecureFallback(false); // never a plain-text file
                job->setAutoDelete(true);
                job->setKey(key);
                QObject::connect(
                    job, &QKeychain::Job::finished, m_context, [pending](QKeychain::Job *finished) {
                        pending->outcome.error = finished->error();
                        pending->outcome.message = finished->errorString();
                        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                            pending->outcome.text = read->textData();
                        pending->done.release();
                    });
                job->start();
            },
            Qt::QueuedConnection);
        // A keychain that never answers (a locked collection waiting for a prompt nobody sees)
        // must not hang the caller: give up after a while and say so.
        if (!pending->done.tryAcquire(1, kTimeoutMs)) {
            JobOutcome timedOut;
            timedOut.error = QKeychain::OtherError;
            timedOut.message =
                QStringLiteral("the keychain did not answer within %1 s").arg(kTimeoutMs / 1000);
            return timedOut;
        }
        return pending->outcome;
    }

    QString m_service;
    QThread m_thread;
    QObject *m_context = nullptr;
    bool m_available = false;
    QString m_unavailableReason;
};

} // namespace

std::unique_ptr<SecretStore> makeSystemSecretStore(const QString &service)
{
    return std::make_unique<KeychainSecretStore>(service);
}

} // namespace seg

#else

namespace seg {

namespace {

class NoSecretStore : public SecretStore
{
public:
    bool available() const override { return false; }
    Result<QString> read(const QString &) override { return missing(); }
    Status write(const QString &, const QString &) override { return missing(); }
    Status remove(const QString &) override { return missing(); }

private:
    static Error missing()
    {
        return Error{{},
                     QStringLiteral("this build of Segmentor has no keychain support (QtKeychain)"),
                     ErrorCode::Secrets};
    }
};

} // namespace

std::unique_ptr<SecretStore> makeSystemSecretStore(const QString &)
{
    return std::make_unique<NoSecretStore>();
}

} // namespace seg

#endif

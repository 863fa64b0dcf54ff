#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>

#include <memory>

namespace seg {

// Where passwords and API keys live: the system keychain (QtKeychain), never a plain-text
// file or QSettings. Keys look like "connection/<id>" or "destination/<id>".
// Calls block the calling thread until the keychain answers: call them from workers or the
// CLI, or accept a short wait on explicit user actions (Save, Connect).
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // False when no keychain service answers (headless machine, no Secret Service): the app
    // then asks for the secret each time instead of storing it.
    virtual bool available() const = 0;
    // An empty string when nothing is stored under `key`.
    virtual Result<QString> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &secret) = 0;
    virtual Status remove(const QString &key) = 0;
};

// Kept in memory only (tests, and the "ask each time" fallback for one session).
class InMemorySecretStore : public SecretStore
{
public:
    bool available() const override { return true; }
    Result<QString> read(const QString &key) override { return m_secrets.value(key); }
    Status write(const QString &key, const QString &secret) override
    {
        m_secrets.insert(key, secret);
        return success();
    }
    Status remove(const QString &key) override
    {
        m_secrets.remove(key);
        return success();
    }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace seg

#pragma once

#include "common/result.h"
#include "store/storeconnection.h"

#include <QDateTime>

#include <optional>

namespace seg {

struct ApiToken
{
    QString name;
    bool canWrite = false;
    QDateTime createdAt;
};

// Bearer tokens of the REST API. A token reads "seg_<lookup>_<secret>": the lookup part
// finds the row, the secret is kept only as SHA-256(salt + secret) with a random salt per
// token, so the table never holds a usable token. The clear token exists once, when created.
class ApiTokenRepository
{
public:
    // `connection` and `tablePrefix`: where Segmentor's tables are (StoreSession::storage).
    ApiTokenRepository(const StoreConnection &connection, QString tablePrefix);

    // The clear token, to show once. Fails when the name is taken.
    Result<QString> create(const QString &name, bool canWrite,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<QList<ApiToken>> list() const;
    // False when there was no such token.
    Result<bool> revoke(const QString &name);
    // The token's owner when `token` is valid; nullopt when it is not (unknown or wrong secret).
    Result<std::optional<ApiToken>> verify(const QString &token) const;

    static QString hashSecret(const QString &salt, const QString &secret);

private:
    QString table() const;
    const StoreConnection &m_connection;
    QString m_prefix;
};

} // namespace seg

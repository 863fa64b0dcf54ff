#include "net/apitokenrepository.h"

#include "definition/valueparsing.h"
#include "net/integrationtables.h"
#include "repository/segmentrecord.h"
#include "store/sqlrun.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace seg {

namespace {

QString randomText(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Compares without stopping at the first difference (no timing hint about the hash).
bool sameText(const QString &a, const QString &b)
{
    if (a.size() != b.size()) return false;
    ushort diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}

} // namespace

ApiTokenRepository::ApiTokenRepository(const StoreConnection &connection, QString tablePrefix)
    : m_connection(connection), m_prefix(std::move(tablePrefix))
{
}

QString ApiTokenRepository::table() const
{
    return m_prefix + QStringLiteral("segmentor_api_token");
}

QString ApiTokenRepository::hashSecret(const QString &salt, const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((salt + secret).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QString> ApiTokenRepository::create(const QString &name, bool canWrite, const QDateTime &now)
{
    if (name.trimmed().isEmpty() || name.size() > 64)
        return Error{{},
                     QStringLiteral("a token name must have 1 to 64 characters"),
                     ErrorCode::InvalidArgument};
    if (auto st = IntegrationTables::ensure(m_connection, m_prefix); !st) return st.error();
    auto existing = runSql(m_connection.database(),
                           QStringLiteral("SELECT 1 FROM %1 WHERE name = ?").arg(table()), {name},
                           QStringLiteral("cannot read API tokens"));
    if (!existing) return existing.error();
    if (existing.value().next())
        return Error{{},
                     QStringLiteral("a token named \"%1\" already exists").arg(name),
                     ErrorCode::AlreadyExists};
    // 12 random bytes -> 16 characters of lookup, 32 bytes -> 43 characters of secret.
    QString lookup = randomText(12)
                         .replace(QLatin1Char('_'), QLatin1Char('x'))
                         .replace(QLatin1Char('-'), QLatin1Char('y'));
    const QString secret = randomText(32);
    const QString salt = randomText(16);
    auto inserted = runSql(
        m_connection.database(),
        QStringLiteral("INSERT INTO %1 (name, lookup, salt, token_hash, can_write, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)")
            .arg(table()),
        {name, lookup, salt, hashSecret(salt, secret), canWrite ? 1 : 0, storageTimestamp(now)},
        QStringLiteral("cannot store the API token"));
    if (!inserted) return inserted.error();
    return QStringLiteral("seg_%1_%2").arg(lookup, secret);
}

Result<QList<ApiToken>> ApiTokenRepository::list() const
{
    if (auto st = IntegrationTables::ensure(m_connection, m_prefix); !st) return st.error();
    auto q = runSql(
        m_connection.database(),
        QStringLiteral("SELECT name, can_write, created_at FROM %1 ORDER BY name").arg(table()), {},
        QStringLiteral("cannot read API tokens"));
    if (!q) return q.error();
    QList<ApiToken> out;
    while (q.value().next())
        out << ApiToken{q.value().value(0).toString(), q.value().value(1).toInt() != 0,
                        parseStoredTimestamp(q.value().value(2)).value_or(QDateTime())};
    return out;
}

Result<bool> ApiTokenRepository::revoke(const QString &name)
{
    if (auto st = IntegrationTables::ensure(m_connection, m_prefix); !st) return st.error();
    auto q = runSql(m_connection.database(),
                    QStringLiteral("DELETE FROM %1 WHERE name = ?").arg(table()), {name},
                    QStringLiteral("cannot revoke the API token"));
    if (!q) return q.error();
    return q.value().numRowsAffected() > 0;
}

Result<std::optional<ApiToken>> ApiTokenRepository::verify(const QString &token) const
{
    // seg_<16 characters>_<secret>
    if (!token.startsWith(QLatin1String("seg_")) || token.size() < 22 ||
        token.at(20) != QLatin1Char('_'))
        return std::optional<ApiToken>();
    const QString lookup = token.mid(4, 16);
    const QString secret = token.mid(21);
    auto q =
        runSql(m_connection.database(),
               QStringLiteral(
                   "SELECT name, can_write, created_at, salt, token_hash FROM %1 WHERE lookup = ?")
                   .arg(table()),
               {lookup}, QStringLiteral("cannot read API tokens"));
    if (!q) return q.error();
    if (!q.value().next()) return std::optional<ApiToken>();
    if (!sameText(hashSecret(q.value().value(3).toString(), secret), q.value().value(4).toString()))
        return std::optional<ApiToken>();
    return std::optional<ApiToken>(
        ApiToken{q.value().value(0).toString(), q.value().value(1).toInt() != 0,
                 parseStoredTimestamp(q.value().value(2)).value_or(QDateTime())});
}

} // namespace seg

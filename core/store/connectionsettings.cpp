#include "store/connectionsettings.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace seg {

namespace {

Status applyQuery(ConnectionSettings &s, const QString &query)
{
    const QUrlQuery q(query);
    for (const auto &item : q.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("prefix")) {
            s.tablePrefix = item.second;
        } else if (item.first == QLatin1String("tz")) {
            s.storeTimeZone = item.second;
        } else {
            return Error{
                QStringLiteral("--database"),
                QStringLiteral("unknown URL option \"%1\" (expected prefix or tz)").arg(item.first),
                ErrorCode::InvalidArgument};
        }
    }
    // The prefix becomes part of table names, so it is held to identifier characters.
    static const QRegularExpression prefixPattern(QStringLiteral("^[A-Za-z0-9_]*$"));
    if (!prefixPattern.match(s.tablePrefix).hasMatch())
        return Error{QStringLiteral("--database"),
                     QStringLiteral("table prefix \"%1\" may only hold letters, digits and _")
                         .arg(s.tablePrefix),
                     ErrorCode::InvalidArgument};
    if (!s.storeTimeZone.isEmpty() && !QTimeZone(s.storeTimeZone.toUtf8()).isValid())
        return Error{QStringLiteral("--database"),
                     QStringLiteral("unknown time zone \"%1\"").arg(s.storeTimeZone),
                     ErrorCode::InvalidArgument};
    return success();
}

} // namespace

Result<ConnectionSettings> ConnectionSettings::fromUrl(const QString &url)
{
    ConnectionSettings s;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        s.dialect = Dialect::Sqlite;
        QString rest = url.mid(7);
        const int q = rest.indexOf(QLatin1Char('?'));
        const QString query = q >= 0 ? rest.mid(q + 1) : QString();
        if (q >= 0) rest.truncate(q);
        if (rest.startsWith(QLatin1String("//")))
            rest = rest.mid(2); // sqlite:///abs/path -> /abs/path
        if (rest.isEmpty())
            return Error{QStringLiteral("--database"),
                         QStringLiteral("sqlite URL has no file path"), ErrorCode::InvalidArgument};
        s.path = QUrl::fromPercentEncoding(rest.toUtf8());
        if (auto st = applyQuery(s, query); !st) return st.error();
        return s;
    }

    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid())
        return Error{QStringLiteral("--database"),
                     QStringLiteral("not a valid database URL: %1").arg(u.errorString()),
                     ErrorCode::InvalidArgument};
    const QString scheme = u.scheme().toLower();
    if (scheme == QLatin1String("mysql") || scheme == QLatin1String("mariadb")) {
        s.dialect = Dialect::MySql;
        s.port = u.port(3306);
    } else if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        s.dialect = Dialect::PostgreSql;
        s.port = u.port(5432);
    } else {
        return Error{QStringLiteral("--database"),
                     QStringLiteral("unsupported database URL scheme \"%1\" (expected sqlite:, "
                                    "mysql:// or postgresql://)")
                         .arg(u.scheme()),
                     ErrorCode::InvalidArgument};
    }
    s.host = u.host();
    s.user = u.userName(QUrl::FullyDecoded);
    s.password = u.password(QUrl::FullyDecoded);
    s.database = u.path().mid(1);
    if (s.host.isEmpty())
        return Error{QStringLiteral("--database"), QStringLiteral("the URL names no host"),
                     ErrorCode::InvalidArgument};
    if (auto st = applyQuery(s, u.query(QUrl::FullyEncoded)); !st) return st.error();
    return s;
}

QString ConnectionSettings::toDisplayUrl() const
{
    QString url;
    if (dialect == Dialect::Sqlite) {
        url = QStringLiteral("sqlite:") + path;
    } else {
        url = QStringLiteral("%1://%2@%3:%4/%5")
                  .arg(dialect == Dialect::MySql ? QStringLiteral("mysql")
                                                 : QStringLiteral("postgresql"),
                       user, host)
                  .arg(port)
                  .arg(database);
    }
    if (!tablePrefix.isEmpty()) url += QStringLiteral("?prefix=") + tablePrefix;
    return url;
}

} // namespace seg

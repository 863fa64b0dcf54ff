#include "net/destinationrepository.h"

#include "definition/valueparsing.h"
#include "net/integrationtables.h"
#include "repository/segmentrecord.h"
#include "store/sqlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

namespace seg {

namespace {

const char *kColumns =
    "destination_id, name, kind, base_url, list_id, options, created_at, updated_at";

Destination readDestination(const QSqlQuery &q)
{
    Destination d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.kind = destinationKindFrom(q.value(2).toString()).value_or(DestinationKind::Mailchimp);
    d.baseUrl = q.value(3).toString();
    d.listId = q.value(4).toString();
    const QJsonObject options = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    if (options.contains(QStringLiteral("status_if_new")))
        d.statusIfNew = options.value(QStringLiteral("status_if_new")).toString();
    for (const QJsonValue &v : options.value(QStringLiteral("sync_after_refresh")).toArray())
        d.syncAfterRefresh << v.toString();
    d.createdAt = parseStoredTimestamp(q.value(6)).value_or(QDateTime());
    d.updatedAt = parseStoredTimestamp(q.value(7)).value_or(QDateTime());
    return d;
}

QString optionsJson(const Destination &d)
{
    return QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{"status_if_new", d.statusIfNew},
                        {"sync_after_refresh", QJsonArray::fromStringList(d.syncAfterRefresh)}})
            .toJson(QJsonDocument::Compact));
}

} // namespace

DestinationRepository::DestinationRepository(const StoreConnection &connection, QString tablePrefix)
    : m_connection(connection), m_prefix(std::move(tablePrefix))
{
}

Result<QList<Destination>> DestinationRepository::list() const
{
    if (auto st = IntegrationTables::ensure(m_connection, m_prefix); !st) return st.error();
    auto q = runSql(m_connection.database(),
                    QStringLiteral("SELECT %1 FROM %2segmentor_destination ORDER BY name")
                        .arg(QString::fromLatin1(kColumns), m_prefix),
                    {}, QStringLiteral("cannot read destinations"));
    if (!q) return q.error();
    QList<Destination> out;
    while (q.value().next())
        out << readDestination(q.value());
    return out;
}

Result<std::optional<Destination>> DestinationRepository::find(const QString &name) const
{
    if (auto st = IntegrationTables::ensure(m_connection, m_prefix); !st) return st.error();
    auto q = runSql(m_connection.database(),
                    QStringLiteral("SELECT %1 FROM %2segmentor_destination WHERE name = ?")
                        .arg(QString::fromLatin1(kColumns), m_prefix),
                    {name}, QStringLiteral("cannot read destination %1").arg(name));
    if (!q) return q.error();
    if (!q.value().next()) return std::optional<Destination>();
    return std::optional<Destination>(readDestination(q.value()));
}

Result<Destination> DestinationRepository::save(const Destination &destination,
                                                const QDateTime &now)
{
    const QString name = destination.name.trimmed();
    if (name.isEmpty() || name.size() > 64)
        return Error{QStringLiteral("name"),
                     QStringLiteral("a destination name must have 1 to 64 characters"),
                     ErrorCode::InvalidArgument};
    if (destination.listId.trimmed().isEmpty())
        return Error{QStringLiteral("list"),
                     destination.kind == DestinationKind::Mailchimp
                         ? QStringLiteral("the Mailchimp audience id is missing")
                         : QStringLiteral("the Klaviyo list id is missing"),
                     ErrorCode::InvalidArgument};
    if (!destination.baseUrl.startsWith(QLatin1String("https://")) &&
        !destination.baseUrl.startsWith(QLatin1String("http://")))
        return Error{QStringLiteral("base_url"),
                     QStringLiteral("the base URL must start with https://"),
                     ErrorCode::InvalidArgument};
    Result<std::optional<Destination>> existing = find(name);
    if (!existing) return existing.error();
    const QString ts = storageTimestamp(now);
    if (*existing) {
        auto q = runSql(m_connection.database(),
                        QStringLiteral("UPDATE %1segmentor_destination SET kind = ?, base_url = ?, "
                                       "list_id = ?, options = ?, updated_at = ? WHERE name = ?")
                            .arg(m_prefix),
                        {destinationKindName(destination.kind), destination.baseUrl.trimmed(),
                         destination.listId.trimmed(), optionsJson(destination), ts, name},
                        QStringLiteral("cannot save destination %1").arg(name));
        if (!q) return q.error();
    } else {
        auto q = runSql(
            m_connection.database(),
            QStringLiteral("INSERT INTO %1segmentor_destination (name, kind, base_url, list_id, "
                           "options, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .arg(m_prefix),
            {name, destinationKindName(destination.kind), destination.baseUrl.trimmed(),
             destination.listId.trimmed(), optionsJson(destination), ts, ts},
            QStringLiteral("cannot save destination %1").arg(name));
        if (!q) return q.error();
    }
    Result<std::optional<Destination>> saved = find(name);
    if (!saved) return saved.error();
    return **saved;
}

Result<bool> DestinationRepository::remove(const QString &name)
{
    Result<std::optional<Destination>> existing = find(name);
    if (!existing) return existing.error();
    if (!*existing) return false;
    const qint64 id = (*existing)->id;
    QSqlDatabase db = m_connection.database();
    db.transaction();
    const QStringList statements = {
        QStringLiteral("DELETE FROM %1segmentor_sync_failure WHERE run_id IN (SELECT run_id FROM "
                       "%1segmentor_sync_run WHERE destination_id = ?)"),
        QStringLiteral("DELETE FROM %1segmentor_sync_run WHERE destination_id = ?"),
        QStringLiteral("DELETE FROM %1segmentor_sync_state WHERE destination_id = ?"),
        QStringLiteral("DELETE FROM %1segmentor_destination WHERE destination_id = ?")};
    for (const QString &sql : statements) {
        auto q = runSql(db, sql.arg(m_prefix), {id},
                        QStringLiteral("cannot remove destination %1").arg(name));
        if (!q) {
            db.rollback();
            return q.error();
        }
    }
    if (!db.commit())
        return Error{
            {}, QStringLiteral("cannot remove destination %1").arg(name), ErrorCode::Database};
    return true;
}

} // namespace seg

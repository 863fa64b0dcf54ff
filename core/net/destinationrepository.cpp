#include "net/destinationrepository.h"

#include "definition/valueparsing.h"
#include "net/integrationtables.h"
#include "net/webhookrepository.h"
#include "repository/segmentrecord.h"
#include "store/sqlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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
    for (const QJsonValue &v : options.value(QStringLiteral("events")).toArray())
        d.events << v.toString();
    d.batchSize = options.value(QStringLiteral("batch_size")).toInt(500);
    d.secretEnv = options.value(QStringLiteral("secret_env")).toString();
    d.createdAt = parseStoredTimestamp(q.value(6)).value_or(QDateTime());
    d.updatedAt = parseStoredTimestamp(q.value(7)).value_or(QDateTime());
    return d;
}

QString optionsJson(const Destination &d)
{
    QJsonObject o{{"status_if_new", d.statusIfNew},
                  {"sync_after_refresh", QJsonArray::fromStringList(d.syncAfterRefresh)}};
    if (d.isWebhook()) {
        o.remove(QStringLiteral("status_if_new"));
        o.insert(QStringLiteral("events"), QJsonArray::fromStringList(d.events));
        o.insert(QStringLiteral("batch_size"), d.batchSize);
        if (!d.secretEnv.isEmpty()) o.insert(QStringLiteral("secret_env"), d.secretEnv);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A webhook has no list: an empty text (the column is NOT NULL; a null QString binds as NULL).
QVariant listOf(const Destination &d)
{
    return d.isWebhook() ? QVariant(QStringLiteral("")) : QVariant(d.listId.trimmed());
}

Status validateWebhook(const Destination &d)
{
    if (d.syncAfterRefresh.isEmpty())
        return Error{QStringLiteral("segments"),
                     QStringLiteral("a webhook needs at least one segment (--segments a,b)"),
                     ErrorCode::InvalidArgument};
    if (d.events.isEmpty())
        return Error{QStringLiteral("events"),
                     QStringLiteral("a webhook needs at least one event: enter, exit or failed"),
                     ErrorCode::InvalidArgument};
    for (const QString &e : d.events)
        if (!Destination::webhookEventNames().contains(e))
            return Error{QStringLiteral("events"),
                         QStringLiteral("unknown event \"%1\" (known: enter, exit, failed)").arg(e),
                         ErrorCode::InvalidArgument};
    if (d.batchSize < 1 || d.batchSize > 5000)
        return Error{QStringLiteral("batch_size"),
                     QStringLiteral("the batch size must be between 1 and 5000 events"),
                     ErrorCode::InvalidArgument};
    if (!d.secretEnv.isEmpty() && !QRegularExpression(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"))
                                       .match(d.secretEnv)
                                       .hasMatch())
        return Error{QStringLiteral("secret_env"),
                     QStringLiteral("\"%1\" is not an environment variable name").arg(d.secretEnv),
                     ErrorCode::InvalidArgument};
    return success();
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
    if (destination.isWebhook()) {
        if (Status st = validateWebhook(destination); !st) return st.error();
    } else if (destination.listId.trimmed().isEmpty())
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
                         listOf(destination), optionsJson(destination), ts, name},
                        QStringLiteral("cannot save destination %1").arg(name));
        if (!q) return q.error();
    } else {
        auto q = runSql(
            m_connection.database(),
            QStringLiteral("INSERT INTO %1segmentor_destination (name, kind, base_url, list_id, "
                           "options, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .arg(m_prefix),
            {name, destinationKindName(destination.kind), destination.baseUrl.trimmed(),
             listOf(destination), optionsJson(destination), ts, ts},
            QStringLiteral("cannot save destination %1").arg(name));
        if (!q) return q.error();
    }
    Result<std::optional<Destination>> saved = find(name);
    if (!saved) return saved.error();
    if ((*saved)->isWebhook()) {
        // A new subscriber hears of the changes from now on, not of the segment's past.
        if (Status st = WebhookRepository(m_connection, m_prefix).startCursors(**saved, now); !st)
            return st.error();
    }
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
        QStringLiteral("DELETE FROM %1segmentor_webhook_cursor WHERE destination_id = ?"),
        QStringLiteral("DELETE FROM %1segmentor_webhook_refused WHERE destination_id = ?"),
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

#include "net/integrationtables.h"

#include "repository/tableddl.h"

#include "store/sqlrun.h"

#include <QSqlError>
#include <QSqlQuery>

namespace seg {

QStringList IntegrationTables::createStatements(Dialect dialect, const QString &p)
{
    TableDdl ddl(dialect, p);
    const QString &id = ddl.id, &ts = ddl.ts, &text = ddl.text, &key = ddl.key;
    auto table = [&ddl](const char *name, const QString &body) { return ddl.table(name, body); };
    auto index = [&ddl](const char *name, const char *table, const char *columns) {
        return ddl.index(name, table, columns);
    };
    QStringList statements{
        table("segmentor_meta",
              QStringLiteral(
                  "meta_key VARCHAR(64) NOT NULL PRIMARY KEY, meta_value VARCHAR(255) NOT NULL")),
        // lookup: the public first part of a token; token_hash = SHA-256(salt + secret part), hex.
        table("segmentor_api_token",
              QStringLiteral("token_id %1, name VARCHAR(64) NOT NULL UNIQUE, lookup VARCHAR(32) "
                             "NOT NULL UNIQUE, "
                             "salt VARCHAR(64) NOT NULL, token_hash VARCHAR(128) NOT NULL, "
                             "can_write SMALLINT NOT NULL DEFAULT 0, "
                             "created_at %2 NOT NULL")
                  .arg(id, ts)),
        table("segmentor_destination",
              QStringLiteral(
                  "destination_id %1, name VARCHAR(64) NOT NULL UNIQUE, kind VARCHAR(16) NOT NULL, "
                  "base_url VARCHAR(255) NOT NULL, list_id VARCHAR(128) NOT NULL, options %3 NULL, "
                  "created_at %2 NOT NULL, updated_at %2 NOT NULL")
                  .arg(id, ts, text)),
        table("segmentor_sync_run",
              QStringLiteral(
                  "run_id %1, destination_id INTEGER NOT NULL, segment_code VARCHAR(64) NOT NULL, "
                  "started_at %2 NOT NULL, finished_at %2 NULL, status VARCHAR(24) NOT NULL, "
                  "dry_run SMALLINT NOT NULL DEFAULT 0, "
                  "to_add INTEGER NOT NULL DEFAULT 0, to_remove INTEGER NOT NULL DEFAULT 0, added "
                  "INTEGER NOT NULL DEFAULT 0, "
                  "removed INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0, retries "
                  "INTEGER NOT NULL DEFAULT 0, "
                  "batches INTEGER NOT NULL DEFAULT 0, error %3 NULL%4")
                  .arg(id, ts, text,
                       index("SEGMENTOR_SYNC_RUN_DEST", "segmentor_sync_run",
                             "destination_id, segment_code"))),
        // What the destination holds for a segment, as far as Segmentor knows: the members it
        // successfully sent and did not remove since. The next sync sends the difference.
        table(
            "segmentor_sync_state",
            QStringLiteral(
                "destination_id INTEGER NOT NULL, segment_code VARCHAR(64) NOT NULL, member_key %1 "
                "NOT NULL, "
                "email VARCHAR(255) NOT NULL, remote_id VARCHAR(128) NULL, synced_at %2 NOT NULL, "
                "PRIMARY KEY (destination_id, segment_code, member_key)")
                .arg(key, ts)),
        table("segmentor_sync_failure",
              QStringLiteral(
                  "failure_id %1, run_id INTEGER NOT NULL, member_key %2 NOT NULL, email "
                  "VARCHAR(255) NULL, "
                  "operation VARCHAR(8) NOT NULL, error %4 NOT NULL, created_at %3 NOT NULL%5")
                  .arg(id, key, ts, text,
                       index("SEGMENTOR_SYNC_FAILURE_RUN", "segmentor_sync_failure", "run_id"))),
        // Webhooks (version 2): how far in a segment's journal each webhook got (the last
        // journal row it delivered or refused), moved in the transaction that records a batch.
        table("segmentor_webhook_cursor",
              QStringLiteral("destination_id INTEGER NOT NULL, segment_code VARCHAR(64) NOT NULL, "
                             "journal_id BIGINT NOT NULL, updated_at %1 NOT NULL, "
                             "PRIMARY KEY (destination_id, segment_code)")
                  .arg(ts)),
        // Export after refresh (version 2): per segment, where its members are written after
        // each successful refresh.
        table("segmentor_export_after_refresh",
              QStringLiteral("segment_code VARCHAR(64) NOT NULL PRIMARY KEY, folder %2 NOT NULL, "
                             "format VARCHAR(8) NOT NULL, columns %2 NULL, keep_files INTEGER NOT "
                             "NULL, updated_at %1 NOT NULL")
                  .arg(ts, text)),
        // The batches a webhook refused (a 4xx other than 429): kept with their body to be shown
        // and sent again by hand.
        table("segmentor_webhook_refused",
              QStringLiteral(
                  "refused_id %1, run_id INTEGER NOT NULL, destination_id INTEGER NOT NULL, "
                  "segment_code VARCHAR(64) NOT NULL, events INTEGER NOT NULL, http_status "
                  "INTEGER NOT NULL, error %3 NOT NULL, body %3 NOT NULL, created_at %2 NOT NULL%4")
                  .arg(id, ts, text,
                       index("SEGMENTOR_WEBHOOK_REFUSED_DEST", "segmentor_webhook_refused",
                             "destination_id"))),
        // Email engagement (version 3): the statistics of the campaigns a provider sent to a
        // segment's tag or list, one row per segment, provider and campaign (a re-import replaces
        // it).
        table("segmentor_campaign_stats",
              QStringLiteral(
                  "segment_code VARCHAR(64) NOT NULL, provider VARCHAR(16) NOT NULL, destination "
                  "VARCHAR(64) NOT NULL, campaign_id VARCHAR(64) NOT NULL, campaign_name "
                  "VARCHAR(255) NULL, sent_at %1 NULL, sent BIGINT NOT NULL, delivered BIGINT NOT "
                  "NULL, opens BIGINT NOT NULL, unique_opens BIGINT NOT NULL, clicks BIGINT NOT "
                  "NULL, unique_clicks BIGINT NOT NULL, unsubscribes BIGINT NOT NULL, imported_at "
                  "%1 NOT NULL, PRIMARY KEY (segment_code, provider, campaign_id)")
                  .arg(ts)),
    };
    return statements + ddl.indexStatements();
}

Status IntegrationTables::ensure(const StoreConnection &connection, const QString &p)
{
    QSqlDatabase db = connection.database();
    {
        auto q = runSql(
            db, QStringLiteral("SELECT meta_value FROM %1segmentor_meta WHERE meta_key = ?").arg(p),
            {QStringLiteral("integrations_version")},
            QStringLiteral("cannot read the integrations' version"));
        if (q && q.value().next() && q.value().value(0).toInt() >= kVersion) return success();
    }
    for (const QString &sql : createStatements(connection.dialect(), p)) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Error{{},
                         QStringLiteral("cannot create the integrations' tables: %1")
                             .arg(q.lastError().text()),
                         ErrorCode::Database};
    }
    auto del = runSql(db, QStringLiteral("DELETE FROM %1segmentor_meta WHERE meta_key = ?").arg(p),
                      {QStringLiteral("integrations_version")},
                      QStringLiteral("cannot record the integrations' version"));
    if (!del) return del.error();
    auto ins = runSql(
        db,
        QStringLiteral("INSERT INTO %1segmentor_meta (meta_key, meta_value) VALUES (?, ?)").arg(p),
        {QStringLiteral("integrations_version"), QString::number(kVersion)},
        QStringLiteral("cannot record the integrations' version"));
    if (!ins) return ins.error();
    return success();
}

} // namespace seg

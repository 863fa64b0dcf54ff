#include "net/syncrepository.h"

#include "definition/valueparsing.h"
#include "repository/segmentrecord.h"
#include "store/sqlrun.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace seg {

namespace {

const char *kRunColumns =
    "run_id, destination_id, segment_code, started_at, finished_at, status, dry_run, to_add, "
    "to_remove, added, removed, failed, retries, batches, error";

SyncRun readRun(const QSqlQuery &q)
{
    SyncRun r;
    r.id = q.value(0).toLongLong();
    r.destinationId = q.value(1).toLongLong();
    r.segmentCode = q.value(2).toString();
    r.startedAt = parseStoredTimestamp(q.value(3)).value_or(QDateTime());
    if (!q.value(4).isNull()) r.finishedAt = parseStoredTimestamp(q.value(4));
    r.status = q.value(5).toString();
    r.dryRun = q.value(6).toInt() != 0;
    r.toAdd = q.value(7).toLongLong();
    r.toRemove = q.value(8).toLongLong();
    r.added = q.value(9).toLongLong();
    r.removed = q.value(10).toLongLong();
    r.failed = q.value(11).toLongLong();
    r.retries = q.value(12).toLongLong();
    r.batches = q.value(13).toLongLong();
    r.error = q.value(14).toString();
    return r;
}

QString keyText(const QVariant &v)
{
    return v.typeId() == QMetaType::QByteArray ? QString::fromUtf8(v.toByteArray()) : v.toString();
}

} // namespace

SyncRepository::SyncRepository(const StoreConnection &connection, QString tablePrefix)
    : m_connection(connection), m_prefix(std::move(tablePrefix))
{
}

Result<QHash<QString, QString>> SyncRepository::state(qint64 destinationId,
                                                      const QString &segmentCode) const
{
    auto q = runSql(m_connection.database(),
                    QStringLiteral("SELECT member_key, email FROM %1segmentor_sync_state WHERE "
                                   "destination_id = ? AND segment_code = ?")
                        .arg(m_prefix),
                    {destinationId, segmentCode}, QStringLiteral("cannot read the sync state"));
    if (!q) return q.error();
    QHash<QString, QString> out;
    while (q.value().next())
        out.insert(keyText(q.value().value(0)), q.value().value(1).toString());
    return out;
}

Result<qint64> SyncRepository::markInterrupted(qint64 destinationId, const QString &segmentCode,
                                               const QDateTime &now)
{
    auto q = runSql(
        m_connection.database(),
        QStringLiteral(
            "UPDATE %1segmentor_sync_run SET status = 'interrupted', finished_at = ?, error = ? "
            "WHERE destination_id = ? AND segment_code = ? AND status = 'running'")
            .arg(m_prefix),
        {storageTimestamp(now),
         QStringLiteral("the sync stopped before it finished (the process ended)"), destinationId,
         segmentCode},
        QStringLiteral("cannot update the sync history"));
    if (!q) return q.error();
    return qint64(q.value().numRowsAffected());
}

Result<qint64> SyncRepository::startRun(qint64 destinationId, const QString &segmentCode,
                                        bool dryRun, qint64 toAdd, qint64 toRemove,
                                        const QDateTime &now)
{
    QSqlDatabase db = m_connection.database();
    db.transaction();
    auto q =
        runSql(db,
               QStringLiteral("INSERT INTO %1segmentor_sync_run (destination_id, segment_code, "
                              "started_at, finished_at, status, dry_run, to_add, to_remove) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                   .arg(m_prefix),
               {destinationId, segmentCode, storageTimestamp(now),
                dryRun ? QVariant(storageTimestamp(now)) : QVariant(QMetaType::fromType<QString>()),
                dryRun ? QStringLiteral("dry_run") : QStringLiteral("running"), dryRun ? 1 : 0,
                toAdd, toRemove},
               QStringLiteral("cannot record the sync"));
    if (!q) {
        db.rollback();
        return q.error();
    }
    auto id = runSql(db,
                     QStringLiteral("SELECT MAX(run_id) FROM %1segmentor_sync_run WHERE "
                                    "destination_id = ? AND segment_code = ?")
                         .arg(m_prefix),
                     {destinationId, segmentCode}, QStringLiteral("cannot record the sync"));
    if (!id || !id.value().next()) {
        db.rollback();
        return id ? Error{{}, QStringLiteral("cannot record the sync"), ErrorCode::Database}
                  : id.error();
    }
    const qint64 runId = id.value().value(0).toLongLong();
    if (!db.commit())
        return Error{{}, QStringLiteral("cannot record the sync"), ErrorCode::Database};
    return runId;
}

Status SyncRepository::commitBatch(qint64 runId, qint64 destinationId, const QString &segmentCode,
                                   bool add, const QList<PushMember> &done,
                                   const QHash<QString, QString> &remoteIds,
                                   const QList<SyncFailure> &failures, int retries,
                                   const QDateTime &now)
{
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return Error{{},
                     QStringLiteral("cannot start a transaction for the sync state"),
                     ErrorCode::Database};
    auto fail = [&](const Error &e) -> Status {
        db.rollback();
        return e;
    };
    const QString ts = storageTimestamp(now);
    for (const PushMember &m : done) {
        auto del = runSql(db,
                          QStringLiteral("DELETE FROM %1segmentor_sync_state WHERE destination_id "
                                         "= ? AND segment_code = ? AND member_key = ?")
                              .arg(m_prefix),
                          {destinationId, segmentCode, m.key},
                          QStringLiteral("cannot update the sync state"));
        if (!del) return fail(del.error());
        if (add) {
            const QString remote = remoteIds.value(m.emailKey());
            auto ins = runSql(
                db,
                QStringLiteral("INSERT INTO %1segmentor_sync_state (destination_id, segment_code, "
                               "member_key, email, remote_id, synced_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)")
                    .arg(m_prefix),
                {destinationId, segmentCode, m.key, m.email,
                 remote.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(remote),
                 ts},
                QStringLiteral("cannot update the sync state"));
            if (!ins) return fail(ins.error());
        }
    }
    for (const SyncFailure &f : failures) {
        auto ins =
            runSql(db,
                   QStringLiteral("INSERT INTO %1segmentor_sync_failure (run_id, member_key, "
                                  "email, operation, error, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                       .arg(m_prefix),
                   {runId, f.memberKey, f.email, f.operation, f.error, ts},
                   QStringLiteral("cannot record a sync failure"));
        if (!ins) return fail(ins.error());
    }
    auto run = runSql(db,
                      QStringLiteral("UPDATE %1segmentor_sync_run SET %2 = %2 + ?, failed = failed "
                                     "+ ?, batches = batches + 1, retries = ? WHERE run_id = ?")
                          .arg(m_prefix, add ? QStringLiteral("added") : QStringLiteral("removed")),
                      {qint64(done.size()), qint64(failures.size()), retries, runId},
                      QStringLiteral("cannot update the sync history"));
    if (!run) return fail(run.error());
    if (!db.commit())
        return fail(Error{{}, QStringLiteral("cannot commit the sync state"), ErrorCode::Database});
    return success();
}

Status SyncRepository::finishRun(qint64 runId, const QString &status, const QString &error,
                                 int retries, const QDateTime &now)
{
    auto q = runSql(m_connection.database(),
                    QStringLiteral("UPDATE %1segmentor_sync_run SET status = ?, error = ?, retries "
                                   "= ?, finished_at = ? WHERE run_id = ?")
                        .arg(m_prefix),
                    {status,
                     error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(error),
                     retries, storageTimestamp(now), runId},
                    QStringLiteral("cannot update the sync history"));
    if (!q) return q.error();
    return success();
}

Result<QList<SyncRun>> SyncRepository::runs(std::optional<qint64> destinationId,
                                            const QString &segmentCode, int limit) const
{
    QString sql = QStringLiteral("SELECT %1 FROM %2segmentor_sync_run WHERE 1 = 1")
                      .arg(QString::fromLatin1(kRunColumns), m_prefix);
    QVariantList params;
    if (destinationId) {
        sql += QStringLiteral(" AND destination_id = ?");
        params << *destinationId;
    }
    if (!segmentCode.isEmpty()) {
        sql += QStringLiteral(" AND segment_code = ?");
        params << segmentCode;
    }
    sql += QStringLiteral(" ORDER BY run_id DESC LIMIT %1").arg(qMax(1, limit));
    auto q = runSql(m_connection.database(), sql, params,
                    QStringLiteral("cannot read the sync history"));
    if (!q) return q.error();
    QList<SyncRun> out;
    while (q.value().next())
        out << readRun(q.value());
    return out;
}

Result<std::optional<SyncRun>> SyncRepository::lastRun(qint64 destinationId,
                                                       const QString &segmentCode) const
{
    Result<QList<SyncRun>> all = runs(destinationId, segmentCode, 1);
    if (!all) return all.error();
    if (all->isEmpty()) return std::optional<SyncRun>();
    return std::optional<SyncRun>(all->first());
}

Result<QList<SyncFailure>> SyncRepository::failures(qint64 runId) const
{
    auto q = runSql(m_connection.database(),
                    QStringLiteral("SELECT member_key, email, operation, error, created_at FROM "
                                   "%1segmentor_sync_failure WHERE run_id = ? ORDER BY failure_id")
                        .arg(m_prefix),
                    {runId}, QStringLiteral("cannot read the sync failures"));
    if (!q) return q.error();
    QList<SyncFailure> out;
    while (q.value().next())
        out << SyncFailure{keyText(q.value().value(0)), q.value().value(1).toString(),
                           q.value().value(2).toString(), q.value().value(3).toString(),
                           parseStoredTimestamp(q.value().value(4)).value_or(QDateTime())};
    return out;
}

} // namespace seg

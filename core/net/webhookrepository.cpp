#include "net/webhookrepository.h"

#include "definition/valueparsing.h"
#include "repository/segmentrecord.h"
#include "store/sqlrun.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace seg {

namespace {

QString keyText(const QVariant &v)
{
    return v.typeId() == QMetaType::QByteArray ? QString::fromUtf8(v.toByteArray()) : v.toString();
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

WebhookRepository::WebhookRepository(const StoreConnection &connection, QString tablePrefix)
    : m_connection(connection), m_prefix(std::move(tablePrefix))
{
}

Status WebhookRepository::startCursors(const Destination &webhook, const QDateTime &now)
{
    QSqlDatabase db = m_connection.database();
    for (const QString &code : webhook.syncAfterRefresh) {
        auto has = runSql(db,
                          QStringLiteral("SELECT 1 FROM %1segmentor_webhook_cursor WHERE "
                                         "destination_id = ? AND segment_code = ?")
                              .arg(m_prefix),
                          {webhook.id, code}, QStringLiteral("cannot read the webhook's cursor"));
        if (!has) return has.error();
        if (has.value().next()) continue;
        // The journal may not exist yet (no segment refreshed): then the cursor starts at 0.
        qint64 last = 0;
        auto max = runSql(db,
                          QStringLiteral("SELECT MAX(j.journal_id) FROM %1segmentor_journal j JOIN "
                                         "%1segmentor_segment s ON s.segment_id = j.segment_id "
                                         "WHERE s.code = ?")
                              .arg(m_prefix),
                          {code}, QStringLiteral("cannot read the segment's journal"));
        if (max && max.value().next()) last = max.value().value(0).toLongLong();
        auto ins =
            runSql(db,
                   QStringLiteral("INSERT INTO %1segmentor_webhook_cursor (destination_id, "
                                  "segment_code, journal_id, updated_at) VALUES (?, ?, ?, ?)")
                       .arg(m_prefix),
                   {webhook.id, code, last, storageTimestamp(now)},
                   QStringLiteral("cannot start the webhook's cursor"));
        if (!ins) return ins.error();
    }
    return success();
}

Result<qint64> WebhookRepository::cursor(qint64 destinationId, const QString &segmentCode,
                                         qint64 segmentId) const
{
    QSqlDatabase db = m_connection.database();
    auto q =
        runSql(db,
               QStringLiteral("SELECT journal_id FROM %1segmentor_webhook_cursor WHERE "
                              "destination_id = ? AND segment_code = ?")
                   .arg(m_prefix),
               {destinationId, segmentCode}, QStringLiteral("cannot read the webhook's cursor"));
    if (!q) return q.error();
    if (q.value().next()) return q.value().value(0).toLongLong();
    auto before = runSql(
        db,
        QStringLiteral("SELECT MAX(journal_id) FROM %1segmentor_journal WHERE segment_id = ? AND "
                       "refresh_id < (SELECT MAX(refresh_id) FROM %1segmentor_journal WHERE "
                       "segment_id = ?)")
            .arg(m_prefix),
        {segmentId, segmentId}, QStringLiteral("cannot read the segment's journal"));
    if (!before) return before.error();
    return before.value().next() ? before.value().value(0).toLongLong() : qint64(0);
}

Result<QList<JournalChange>> WebhookRepository::pending(qint64 segmentId, qint64 afterJournalId,
                                                        bool entered, bool left, int limit) const
{
    QList<JournalChange> out;
    if (!entered && !left) return out;
    QString kinds = entered && left ? QStringLiteral("'entered', 'left'")
                    : entered       ? QStringLiteral("'entered'")
                                    : QStringLiteral("'left'");
    QString sql = QStringLiteral("SELECT journal_id, refresh_id, member_key, change_kind, "
                                 "created_at FROM %1segmentor_journal WHERE segment_id = ? AND "
                                 "journal_id > ? AND change_kind IN (%2) ORDER BY journal_id")
                      .arg(m_prefix, kinds);
    if (limit > 0) sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto q = runSql(m_connection.database(), sql, {segmentId, afterJournalId},
                    QStringLiteral("cannot read the segment's journal"));
    if (!q) return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out << JournalChange{r.value(0).toLongLong(), r.value(1).toLongLong(), keyText(r.value(2)),
                             r.value(3).toString() == QLatin1String("entered"),
                             parseStoredTimestamp(r.value(4)).value_or(QDateTime())};
    }
    return out;
}

Result<std::pair<qint64, qint64>> WebhookRepository::pendingCounts(qint64 segmentId,
                                                                   qint64 afterJournalId) const
{
    auto q =
        runSql(m_connection.database(),
               QStringLiteral("SELECT change_kind, COUNT(*) FROM %1segmentor_journal WHERE "
                              "segment_id = ? AND journal_id > ? GROUP BY change_kind")
                   .arg(m_prefix),
               {segmentId, afterJournalId}, QStringLiteral("cannot read the segment's journal"));
    if (!q) return q.error();
    std::pair<qint64, qint64> counts{0, 0};
    while (q.value().next())
        (q.value().value(0).toString() == QLatin1String("entered") ? counts.first : counts.second) =
            q.value().value(1).toLongLong();
    return counts;
}

Status WebhookRepository::commitBatch(qint64 runId, qint64 destinationId,
                                      const QString &segmentCode, qint64 lastJournalId,
                                      qint64 entered, qint64 exited,
                                      const QList<SyncFailure> &failures,
                                      const RefusedBatch *refused, int retries,
                                      const QDateTime &now)
{
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return Error{{},
                     QStringLiteral("cannot start a transaction for the webhook's state"),
                     ErrorCode::Database};
    auto fail = [&](const Error &e) -> Status {
        db.rollback();
        return e;
    };
    const QString ts = storageTimestamp(now);
    QList<std::pair<QString, QVariantList>> statements = {
        {QStringLiteral("DELETE FROM %1segmentor_webhook_cursor WHERE destination_id = ? AND "
                        "segment_code = ?"),
         {destinationId, segmentCode}},
        {QStringLiteral("INSERT INTO %1segmentor_webhook_cursor (destination_id, segment_code, "
                        "journal_id, updated_at) VALUES (?, ?, ?, ?)"),
         {destinationId, segmentCode, lastJournalId, ts}},
        {QStringLiteral("UPDATE %1segmentor_sync_run SET added = added + ?, removed = removed + ?, "
                        "failed = failed + ?, batches = batches + 1, retries = ? WHERE run_id = ?"),
         {entered, exited, qint64(failures.size()), retries, runId}},
    };
    for (const SyncFailure &f : failures)
        statements << std::pair<QString, QVariantList>{
            QStringLiteral("INSERT INTO %1segmentor_sync_failure (run_id, member_key, email, "
                           "operation, error, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {runId, f.memberKey, f.email.isEmpty() ? nullText() : QVariant(f.email), f.operation,
             f.error, ts}};
    if (refused)
        statements << std::pair<QString, QVariantList>{
            QStringLiteral("INSERT INTO %1segmentor_webhook_refused (run_id, destination_id, "
                           "segment_code, events, http_status, error, body, created_at) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?)"),
            {runId, destinationId, segmentCode, refused->events, refused->httpStatus,
             refused->error, QString::fromUtf8(refused->body), ts}};
    for (const auto &[sql, params] : statements)
        if (auto q = runSql(db, sql.arg(m_prefix), params,
                            QStringLiteral("cannot record the webhook's batch"));
            !q)
            return fail(q.error());
    if (!db.commit())
        return fail(
            Error{{}, QStringLiteral("cannot commit the webhook's batch"), ErrorCode::Database});
    return success();
}

Result<QList<RefusedBatch>> WebhookRepository::refused(qint64 destinationId, int limit) const
{
    auto q = runSql(m_connection.database(),
                    QStringLiteral("SELECT refused_id, run_id, segment_code, events, http_status, "
                                   "error, body, created_at FROM %1segmentor_webhook_refused "
                                   "WHERE destination_id = ? ORDER BY refused_id DESC LIMIT %2")
                        .arg(m_prefix)
                        .arg(qMax(1, limit)),
                    {destinationId}, QStringLiteral("cannot read the refused batches"));
    if (!q) return q.error();
    QList<RefusedBatch> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out << RefusedBatch{r.value(0).toLongLong(),
                            r.value(1).toLongLong(),
                            r.value(2).toString(),
                            r.value(3).toInt(),
                            r.value(4).toInt(),
                            r.value(5).toString(),
                            r.value(6).toString().toUtf8(),
                            parseStoredTimestamp(r.value(7)).value_or(QDateTime())};
    }
    return out;
}

} // namespace seg

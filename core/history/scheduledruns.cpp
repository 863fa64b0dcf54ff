#include "history/scheduledruns.h"

#include "definition/valueparsing.h"
#include "session/storesession.h"
#include "store/sqlrun.h"

namespace seg {

Result<QList<ScheduledRun>> loadScheduledRuns(const StoreSession &session, int limit)
{
    const QString p = session.storage.tablePrefix;
    auto q = runSql(session.storage.connection->database(),
                    QStringLiteral("SELECT r.refresh_id, s.code, r.started_at, r.finished_at, "
                                   "r.status, r.added, r.removed, r.error "
                                   "FROM %1segmentor_refresh r JOIN %1segmentor_segment s ON "
                                   "s.segment_id = r.segment_id WHERE r.trigger_kind = ? "
                                   "ORDER BY r.started_at DESC, r.refresh_id DESC LIMIT ?")
                        .arg(p),
                    {QStringLiteral("scheduled"), qMax(1, limit)},
                    QStringLiteral("cannot read the scheduled refreshes"));
    if (!q) return q.error();
    QList<ScheduledRun> runs;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        ScheduledRun run;
        run.refreshId = r.value(0).toLongLong();
        run.segmentCode = r.value(1).toString();
        run.startedAt = parseStoredTimestamp(r.value(2)).value_or(QDateTime());
        run.finishedAt = parseStoredTimestamp(r.value(3));
        run.status = r.value(4).toString();
        run.added = r.value(5).toLongLong();
        run.removed = r.value(6).toLongLong();
        run.error = r.value(7).toString();
        runs << run;
    }
    return runs;
}

} // namespace seg

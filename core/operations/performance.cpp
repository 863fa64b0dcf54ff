// The performance use cases of operations/reports.h: the report and the daily snapshots.
#include "operations/reports.h"

#include "common/localdays.h"
#include "reports/dailysnapshotstore.h"
#include "reports/membershiptimeline.h"
#include "session/storesession.h"

#include <QCoreApplication>

namespace seg {

namespace {

// The day-by-day historical figures of `days` written over the stored rows.
Result<SnapshotRun> writeSnapshots(const StoreSession &session, const QStringList &codes,
                                   const DateRange &days, const QStringList &statuses,
                                   const ReportProgress &progress)
{
    ReportSql sql(session);
    if (Status s = sql.requireStoreTables(); !s) return s.error();
    Result<QList<ReportSegment>> segments = sql.segments(codes);
    if (!segments) return segments.error();
    PerformanceQuery query;
    query.period = days;
    query.zone = session.timeContext().storeZone();
    query.statuses = statuses;
    query.segmentCodes = codes;
    query.granularity = SeriesGranularity::Day;
    query.membership = MembershipMode::Historical;
    Result<PerformanceReportResult> report = PerformanceReport(session).run(query, progress);
    if (!report) return report.error();
    Result<int> written = DailySnapshotStore(sql).replace(*segments, days, report->rows,
                                                          QDateTime::currentDateTimeUtc());
    if (!written) return written.error();
    return SnapshotRun{int(segments->size()), segments->isEmpty() ? 0 : int(days.days())};
}

} // namespace

Result<PerformanceReportResult> performanceReport(const StoreSession &session,
                                                  const PerformanceQuery &query,
                                                  const ReportProgress &progress)
{
    PerformanceQuery q = query;
    q.zone = session.timeContext().storeZone();
    return PerformanceReport(session).run(q, progress);
}

Result<QList<DailySnapshot>> dailySnapshots(const StoreSession &session, const QStringList &codes,
                                            const DateRange &days)
{
    ReportSql sql(session);
    Result<QList<ReportSegment>> segments = sql.segments(codes);
    if (!segments) return segments.error();
    return DailySnapshotStore(sql).load(*segments, days);
}

Result<SnapshotRun> takeDailySnapshots(const StoreSession &session, const QStringList &codes,
                                       std::optional<QDate> day, const QStringList &statuses)
{
    const QDate d =
        day ? *day
            : localDateOf(QDateTime::currentDateTimeUtc(), session.timeContext().storeZone());
    if (!d.isValid())
        return Error{QStringLiteral("day"),
                     QCoreApplication::translate("seg::Snapshots", "the day is not a valid date"),
                     ErrorCode::InvalidArgument};
    return writeSnapshots(session, codes, DateRange{d, d}, statuses, {});
}

Result<SnapshotRun> backfillDailySnapshots(const StoreSession &session, const QStringList &codes,
                                           std::optional<QDate> since,
                                           const ReportProgress &progress,
                                           const QStringList &statuses)
{
    const QTimeZone zone = session.timeContext().storeZone();
    const QDate today = localDateOf(QDateTime::currentDateTimeUtc(), zone);
    QDate from = since.value_or(QDate());
    if (!from.isValid()) {
        // From the journal's first day (today when there is no journal).
        ReportSql sql(session);
        Result<QList<ReportSegment>> segments = sql.segments(codes);
        if (!segments) return segments.error();
        Result<QDateTime> first = MembershipTimeline(sql).firstJournalEntry(*segments);
        if (!first) return first.error();
        from = first->isValid() ? localDateOf(*first, zone) : today;
    }
    if (from > today)
        return Error{QStringLiteral("since"),
                     QCoreApplication::translate("seg::Snapshots", "--since is after today (%1)")
                         .arg(today.toString(Qt::ISODate)),
                     ErrorCode::InvalidArgument};
    return writeSnapshots(session, codes, DateRange{from, today}, statuses, progress);
}

} // namespace seg

#include "operations/performancecomparison.h"

#include "operations/engagement.h"
#include "operations/reports.h"

namespace seg {

Result<PerformanceComparison> comparePerformance(const StoreSession &session,
                                                 const PerformanceComparisonArgs &args,
                                                 const ReportProgress &progress)
{
    PerformanceQuery totals = args.query;
    totals.granularity.reset();
    PerformanceQuery series = args.query;
    series.granularity = args.granularity;

    // One progress scale over every report computed; the stored reads count as one part.
    const int parts = (args.comparePeriod ? 4 : 2) + 1;
    int part = 0;
    const ReportProgress partProgress = [&](int done, int total) {
        if (!progress) return true;
        constexpr int kPerPart = 1000;
        return progress(part * kPerPart + (total > 0 ? done * kPerPart / total : 0),
                        parts * kPerPart);
    };
    auto run = [&](const PerformanceQuery &query,
                   const std::optional<DateRange> &period) -> Result<PerformanceReportResult> {
        PerformanceQuery q = query;
        if (period) q.period = *period;
        Result<PerformanceReportResult> r = performanceReport(session, q, partProgress);
        ++part;
        return r;
    };

    PerformanceComparison out;
    Result<PerformanceReportResult> now = run(totals, {});
    if (!now) return now.error();
    out.totals = *now;
    Result<PerformanceReportResult> nowSeries = run(series, {});
    if (!nowSeries) return nowSeries.error();
    out.series = *nowSeries;
    if (args.comparePeriod) {
        Result<PerformanceReportResult> then = run(totals, args.comparePeriod);
        if (!then) return then.error();
        out.compareTotals = *then;
        Result<PerformanceReportResult> thenSeries = run(series, args.comparePeriod);
        if (!thenSeries) return thenSeries.error();
        out.compareSeries = *thenSeries;
    }
    // The reports name the segments they covered: the stored rows are read for the same ones.
    QStringList codes = args.query.segmentCodes;
    if (codes.isEmpty())
        for (const PerformanceRow &row : out.totals.rows)
            codes << row.code;
    if (args.withSnapshots && !codes.isEmpty()) {
        Result<QList<DailySnapshot>> snapshots = dailySnapshots(session, codes, args.query.period);
        if (!snapshots) return snapshots.error();
        out.snapshots = *snapshots;
    }
    if (args.withEngagement && !codes.isEmpty()) {
        Result<QList<CampaignEngagement>> engagement = segmentEngagement(session, codes);
        if (!engagement) return engagement.error();
        out.engagement = *engagement;
    }
    if (progress && !progress(parts, parts))
        return Error{{}, QStringLiteral("cancelled"), ErrorCode::Cancelled};
    return out;
}

} // namespace seg

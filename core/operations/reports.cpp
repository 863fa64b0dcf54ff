#include "operations/reports.h"

#include "session/storesession.h"

namespace seg {

Result<SalesComparison> compareSales(const StoreSession &session, const SalesComparisonArgs &args,
                                     const ReportProgress &progress)
{
    SalesQuery current = args.query;
    current.zone = session.timeContext().storeZone();
    SalesQuery compare = current;
    if (args.comparePeriod) compare.period = *args.comparePeriod;

    // One progress scale over every part computed.
    const int parts = (args.comparePeriod ? 2 : 1) * (args.withSeries ? 2 : 1);
    int part = 0;
    const ReportProgress partProgress = [&](int done, int total) {
        if (!progress) return true;
        constexpr int kPerPart = 1000;
        return progress(part * kPerPart + (total > 0 ? done * kPerPart / total : 0),
                        parts * kPerPart);
    };

    const SalesReport report(session);
    SalesComparison out;
    Result<SalesReportResult> now = report.run(current, partProgress);
    if (!now) return now.error();
    out.current = *now;
    ++part;
    if (args.comparePeriod) {
        Result<SalesReportResult> then = report.run(compare, partProgress);
        if (!then) return then.error();
        out.compare = *then;
        ++part;
    }
    if (args.withSeries) {
        Result<SalesSeries> s =
            report.series(current, args.granularity, args.weekStart, partProgress);
        if (!s) return s.error();
        out.series = *s;
        ++part;
        if (args.comparePeriod) {
            Result<SalesSeries> cs =
                report.series(compare, args.granularity, args.weekStart, partProgress);
            if (!cs) return cs.error();
            out.compareSeries = *cs;
        }
    }
    return out;
}

Result<qint64> countStoreAudience(const StoreSession &session)
{
    return SalesReport(session).allCustomers();
}

Result<OverlapMatrix> segmentOverlap(const StoreSession &session, const QStringList &codes,
                                     const ReportProgress &progress)
{
    return OverlapReport(session).matrix(codes, progress);
}

Result<QList<OverlapMember>> overlapMembers(const StoreSession &session, const QString &a,
                                            const QString &b, OverlapPart part, int limit,
                                            qint64 *total)
{
    return OverlapReport(session).members(a, b, part, limit, total);
}

Result<QList<SizeHistoryLine>> segmentSizeHistory(const StoreSession &session,
                                                  const QStringList &codes, const QDateTime &since)
{
    return SegmentSizeHistory(session).load(codes, since);
}

} // namespace seg

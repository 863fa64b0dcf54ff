#pragma once

#include "common/result.h"
#include "reports/overlapreport.h"
#include "reports/performancereport.h"
#include "reports/salesreport.h"
#include "reports/segmentsizehistory.h"

#include <optional>

namespace seg {

struct StoreSession;

// The analytics use cases (the dashboard, `segmentor-cli report`): sales by segment over a
// period, compared with another, as figures and as series; overlaps; size history. The
// store's time zone comes from the session.

struct SalesComparisonArgs
{
    SalesQuery query;                       // its zone is set from the session
    std::optional<DateRange> comparePeriod; // the same figures for this period too
    bool withSeries = false;                // and the series (line chart), bucketed by
    SeriesGranularity granularity = SeriesGranularity::Day;
    Qt::DayOfWeek weekStart = Qt::Monday;
};

struct SalesComparison
{
    SalesReportResult current;
    std::optional<SalesReportResult> compare;
    std::optional<SalesSeries> series;
    std::optional<SalesSeries> compareSeries;
};

// progress(done, total) returning false cancels (a Cancelled error).
Result<SalesComparison> compareSales(const StoreSession &session, const SalesComparisonArgs &args,
                                     const ReportProgress &progress = {});

// Everyone the store knows: registered customers plus distinct guests (the "all customers"
// line of the conversion figures).
Result<qint64> countStoreAudience(const StoreSession &session);

Result<OverlapMatrix> segmentOverlap(const StoreSession &session, const QStringList &codes,
                                     const ReportProgress &progress = {});
// The members of A∩B or A−B in member-key order, at most `limit`; `total` gets how many.
Result<QList<OverlapMember>> overlapMembers(const StoreSession &session, const QString &a,
                                            const QString &b, OverlapPart part, int limit,
                                            qint64 *total = nullptr);

// Snapshots of the segments' sizes (all segments when `codes` is empty) since `since`.
Result<QList<SizeHistoryLine>> segmentSizeHistory(const StoreSession &session,
                                                  const QStringList &codes,
                                                  const QDateTime &since = {});

// Segment performance (issue #16): members, converters, orders and revenue per bucket and
// segment, in either membership mode; the store zone comes from the session.
Result<PerformanceReportResult> performanceReport(const StoreSession &session,
                                                  const PerformanceQuery &query,
                                                  const ReportProgress &progress = {});

// Daily snapshots (segmentor_daily_snapshot), one row per segment and store-local day.
// The stored rows of `days` (all segments when `codes` is empty), oldest first.
Result<QList<DailySnapshot>> dailySnapshots(const StoreSession &session, const QStringList &codes,
                                            const DateRange &days);
struct SnapshotRun
{
    int segments = 0;
    int daysWritten = 0;
};
// Writes (replaces) the row of `day` (default: today in the store zone) for each segment;
// orders count with `statuses` (default complete).
Result<SnapshotRun> takeDailySnapshots(const StoreSession &session, const QStringList &codes,
                                       std::optional<QDate> day = {},
                                       const QStringList &statuses = {QStringLiteral("complete")});
// Writes the rows of every day from `since` (default: the first day of the journal) to today,
// computed from the member journal.
Result<SnapshotRun>
backfillDailySnapshots(const StoreSession &session, const QStringList &codes,
                       std::optional<QDate> since = {}, const ReportProgress &progress = {},
                       const QStringList &statuses = {QStringLiteral("complete")});

} // namespace seg

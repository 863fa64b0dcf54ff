#pragma once

#include "common/result.h"
#include "net/campaignengagement.h"
#include "reports/performancereport.h"

#include <optional>

namespace seg {

struct StoreSession;

// The use case behind the dashboard's Performance tab: per segment, the period's figures (KPI
// tiles), the same per bucket (the conversion-over-time chart), both also for a comparison
// period, the stored daily snapshots of the period and the imported email engagement.

struct PerformanceComparisonArgs
{
    PerformanceQuery query; // period, statuses, segments, membership mode; zone from the session
    std::optional<DateRange> comparePeriod;
    SeriesGranularity granularity = SeriesGranularity::Day; // of the series
    bool withSnapshots = true;
    bool withEngagement = true;
};

struct PerformanceComparison
{
    PerformanceReportResult totals; // one row per segment: the whole period
    std::optional<PerformanceReportResult> compareTotals;
    PerformanceReportResult series; // per bucket and segment
    std::optional<PerformanceReportResult> compareSeries;
    QList<DailySnapshot> snapshots;       // of the period, oldest first
    QList<CampaignEngagement> engagement; // of the segments, newest sent first
};

// progress(done, total) returning false cancels (a Cancelled error).
Result<PerformanceComparison> comparePerformance(const StoreSession &session,
                                                 const PerformanceComparisonArgs &args,
                                                 const ReportProgress &progress = {});

} // namespace seg

#pragma once

#include "net/campaignengagement.h"
#include "reports/performancereport.h"
#include "reports/reporttablefile.h"

#include <QCoreApplication>

namespace seg {

// The Performance tab's tables as files (ReportTableFile): the figures per bucket and segment
// (the columns of `report performance`), the daily snapshots and the email engagement.
class PerformanceTables
{
    Q_DECLARE_TR_FUNCTIONS(seg::PerformanceTables)
public:
    static ReportTable figures(const PerformanceReportResult &report);
    static ReportTable snapshots(const QList<DailySnapshot> &rows);
    static ReportTable engagement(const QList<CampaignEngagement> &rows);
    // "current" or "historical", as in the CLI's output.
    static QString membershipId(MembershipMode mode);
};

} // namespace seg

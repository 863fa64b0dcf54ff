#pragma once

#include "net/campaignengagement.h"
#include "reports/performancereport.h"
#include "reports/reporttablefile.h"

#include <QCoreApplication>
#include <QHash>

namespace seg {

// The Performance tab's tables as files (ReportTableFile): the figures per bucket and segment
// (the columns of `report performance`), the daily snapshots and the email engagement.
class PerformanceTables
{
    Q_DECLARE_TR_FUNCTIONS(seg::PerformanceTables)
public:
    static ReportTable figures(const PerformanceReportResult &report);
    // `names`: the segments' names by code, shown instead of the code where known.
    static ReportTable snapshots(const QList<DailySnapshot> &rows,
                                 const QHash<QString, QString> &names = {});
    static ReportTable engagement(const QList<CampaignEngagement> &rows,
                                  const QHash<QString, QString> &names = {});
    // "current" or "historical", as in the CLI's output.
    static QString membershipId(MembershipMode mode);
};

} // namespace seg

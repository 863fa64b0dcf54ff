#pragma once

#include "common/result.h"
#include "reports/performancereport.h"
#include "reports/reportsql.h"

#include <QDateTime>
#include <QList>

namespace seg {

// segmentor_daily_snapshot (in the store or the workspace, as Segmentor's other tables):
// one row per segment and store-local day.
class DailySnapshotStore
{
public:
    explicit DailySnapshotStore(const ReportSql &sql) : m_sql(sql) {}

    // Replaces the rows of `segments` for every day of `days` with `rows` (daily rows of the
    // performance report: members = members at the end of the day), in one transaction, so
    // that running it again for a day leaves one row per segment and day.
    Result<int> replace(const QList<ReportSegment> &segments, const DateRange &days,
                        const QList<PerformanceRow> &rows, const QDateTime &takenAt) const;
    // The stored rows of `segments` within `days`, oldest first, then by segment order.
    Result<QList<DailySnapshot>> load(const QList<ReportSegment> &segments,
                                      const DateRange &days) const;

private:
    const ReportSql &m_sql;
};

} // namespace seg

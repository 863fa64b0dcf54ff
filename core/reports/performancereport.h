#pragma once

#include "common/result.h"
#include "reports/reportperiod.h"
#include "reports/salesreport.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace seg {

struct StoreSession;

// Which members an order counts for. Current: today's members (as the sales report), for
// every order of the period. Historical: a member's order counts only when placed while they
// were in the segment (from the member journal: entered before the order, not left before).
enum class MembershipMode
{
    Current,
    Historical
};

struct PerformanceQuery
{
    DateRange period;                  // from reports/reportperiod.h
    QTimeZone zone = QTimeZone::utc(); // set from the session by the use case
    QStringList statuses{QStringLiteral("complete")};
    QStringList segmentCodes;                     // empty = every saved segment
    std::optional<SeriesGranularity> granularity; // nullopt = one bucket: the whole period
    Qt::DayOfWeek weekStart = Qt::Monday;
    MembershipMode membership = MembershipMode::Current;
};

struct PerformanceRow
{
    QDate bucketStart, bucketEnd; // inclusive local days, clipped to the period
    QString code, name;
    // members: Current = today's members; Historical = anyone who was a member at some moment
    // of the bucket. converters: those of them with at least one counted order in the bucket.
    qint64 members = 0, converters = 0, orders = 0;
    double revenue = 0; // grand total, base currency
    double refunds = 0; // base_total_refunded of the counted orders
    // Members at the first instant of the bucket / at the end of its last day (or now, when
    // that is later), from the journal (current members when there is no journal); both modes.
    qint64 membersAtStart = 0, membersAtEnd = 0;
    qint64 joiners = 0, leavers = 0; // journal entries of the bucket

    double conversionRate() const
    {
        return members > 0 ? 100.0 * double(converters) / double(members) : 0;
    } // percent
    double aov() const { return orders > 0 ? revenue / double(orders) : 0; }
    double revenuePerMember() const { return members > 0 ? revenue / double(members) : 0; }
};

struct PerformanceReportResult
{
    PerformanceQuery query;
    QList<QDate> bucketStarts;
    QList<PerformanceRow> rows; // bucket-major, then segments in the order asked (or by code)
};

// One stored row per segment and store-local day (segmentor_daily_snapshot). members: at the
// end of the day (now for today); converters/orders/revenue/refunds: the day's orders with the
// statuses placed by members while they were members.
struct DailySnapshot
{
    QString code;
    QDate day;
    qint64 members = 0, joiners = 0, leavers = 0, converters = 0, orders = 0;
    double revenue = 0, refunds = 0;
    QDateTime takenAt;
};

// The figures of PerformanceQuery, computed from the member journal and the store's orders.
class PerformanceReport
{
public:
    explicit PerformanceReport(const StoreSession &session);

    Result<PerformanceReportResult> run(const PerformanceQuery &query,
                                        const ReportProgress &progress = {}) const;

    // The buckets of a query (the whole period as one when it has no granularity).
    static QList<QDate> bucketStarts(const PerformanceQuery &query);

private:
    const StoreSession &m_session;
};

} // namespace seg

#pragma once

#include "common/result.h"
#include "reports/reportperiod.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

namespace seg {

struct StoreSession;

// Sales figures of one group of customers over one period. Money is in the store's base
// currency (the base_* columns), discount as a positive amount.
struct SalesFigures
{
    qint64 customers = 0;        // segment rows: current members; store row: all customers
    qint64 customersOrdered = 0; // customers with at least one counted order in the period
    qint64 orders = 0;
    double qty = 0;
    double discount = 0;
    double shipping = 0;
    double tax = 0;
    double refunded = 0;
    double subtotal = 0;
    double grandTotal = 0;

    double aov() const { return orders > 0 ? grandTotal / double(orders) : 0.0; }
};

struct SalesRow
{
    QString code;
    QString name;
    SalesFigures figures;
};

// What to report on. Orders count when created in [period.from, period.to] (whole days in
// `zone`) and their status is one of `statuses`.
struct SalesQuery
{
    DateRange period;
    QTimeZone zone = QTimeZone::utc();
    QStringList statuses{QStringLiteral("complete")};
    QStringList segmentCodes; // empty = every saved segment
    // Fill store.customers with allCustomers() (a pass over every guest order; the CLI's
    // columns do not need it, the dashboard asks once per store).
    bool withAllCustomers = false;
};

struct SalesReportResult
{
    DateRange period;
    QList<SalesRow> rows; // one per segment, in the order asked (or by code)
    SalesFigures store;   // every order of the period with the statuses; customers = all customers
                          // (0 unless asked for)

    double ordersPct(const SalesFigures &f) const
    {
        return store.orders > 0 ? 100.0 * double(f.orders) / double(store.orders) : 0.0;
    }
    double customersPct(const SalesFigures &f) const
    {
        return store.customers > 0 ? 100.0 * double(f.customers) / double(store.customers) : 0.0;
    }
};

enum class SeriesGranularity
{
    Day,
    Week,
    Month
};

// Per-bucket figures for the line chart: bucketStarts[i] is the first day of bucket i (weeks
// start on `weekStart`, the first bucket may start before the period and is clipped to it).
struct SalesSeries
{
    SeriesGranularity granularity = SeriesGranularity::Day;
    DateRange period;
    QList<QDate> bucketStarts;
    struct Line
    {
        QString code;
        QString name;
        QList<SalesFigures> points; // one per bucket; customers = members
    };
    QList<Line> lines;
};

// Called between steps with (done, total); returning false cancels the report.
using ReportProgress = std::function<bool(int done, int total)>;

// Sales per saved segment over its current members, computed in the database. Registered
// members own the orders with their customer_id; guest members (keyed by the lower-cased
// email) own the orders without a customer whose email folds to their key. When Segmentor's
// tables are in a local workspace (a read-only store user), the period's per-owner sums are
// read from the store into a temporary table of the workspace and joined with the members
// there: the same numbers.
class SalesReport
{
public:
    explicit SalesReport(const StoreSession &session);

    Result<SalesReportResult> run(const SalesQuery &query,
                                  const ReportProgress &progress = {}) const;
    // Everyone the store knows: registered customers plus guests (distinct folded emails of
    // orders without a customer).
    Result<qint64> allCustomers() const;
    Result<SalesSeries> series(const SalesQuery &query, SeriesGranularity granularity,
                               Qt::DayOfWeek weekStart = Qt::Monday,
                               const ReportProgress &progress = {}) const;

    // The buckets of a series (pure; exposed for tests and the chart).
    static QList<QDate> bucketStarts(const DateRange &period, SeriesGranularity granularity,
                                     Qt::DayOfWeek weekStart);

private:
    const StoreSession &m_session;
};

} // namespace seg

#include "reports/salesreport.h"

#include "definition/valueparsing.h"
#include "reports/reportsql.h"
#include "session/storesession.h"
#include "store/sqlrun.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace seg {

namespace {

QString cancelledText()
{
    return QCoreApplication::translate("seg::SalesReport", "the report was cancelled");
}

// The aggregate columns over rows shaped like ReportSql::memberOrderRows.
const char *kAggregates = "COUNT(DISTINCT member_key), COUNT(*), SUM(qty), SUM(discount), SUM(shipping), SUM(tax), "
                          "SUM(refunded), SUM(subtotal), SUM(grand_total)";

// Reads kAggregates starting at column `first`.
SalesFigures readFigures(const QSqlQuery &q, int first)
{
    SalesFigures f;
    f.customersOrdered = q.value(first).toLongLong();
    f.orders = q.value(first + 1).toLongLong();
    f.qty = roundMoney(q.value(first + 2).toDouble());
    f.discount = roundMoney(q.value(first + 3).toDouble());
    f.shipping = roundMoney(q.value(first + 4).toDouble());
    f.tax = roundMoney(q.value(first + 5).toDouble());
    f.refunded = roundMoney(q.value(first + 6).toDouble());
    f.subtotal = roundMoney(q.value(first + 7).toDouble());
    f.grandTotal = roundMoney(q.value(first + 8).toDouble());
    return f;
}

Result<QHash<qint64, qint64>> memberCounts(const ReportSql &sql, const QList<ReportSegment> &segments)
{
    QHash<qint64, qint64> counts;
    if (segments.isEmpty())
        return counts;
    const SqlText text = SqlText(QStringLiteral("SELECT segment_id, COUNT(*) FROM %1 WHERE segment_id IN (").arg(sql.own("segmentor_member")))
        + ReportSql::idList(segments) + SqlText(QStringLiteral(") GROUP BY segment_id"));
    auto q = runSql(sql.session().connection->database(), text.sql, text.params,
                    QCoreApplication::translate("seg::SalesReport", "counting segment members failed"));
    if (!q)
        return q.error();
    while (q.value().next())
        counts.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    return counts;
}

// Per-segment, per-bucket figures: [segment id][bucket] (bucket -1 when there are none).
using Grouped = QHash<qint64, QHash<int, SalesFigures>>;

// The bucket index of x.created_at among the sorted bucket boundaries, as a balanced CASE
// tree (log2(n) comparisons per order; each boundary bound once).
SqlText bucketExpr(const QList<QString> &boundaries, int lo, int hi)
{
    if (hi - lo <= 1)
        return SqlText(QString::number(lo));
    const int mid = (lo + hi) / 2;
    return SqlText(QStringLiteral("CASE WHEN x.created_at < ")) + SqlText::param(boundaries[mid - 1])
        + SqlText(QStringLiteral(" THEN ")) + bucketExpr(boundaries, lo, mid) + SqlText(QStringLiteral(" ELSE "))
        + bucketExpr(boundaries, mid, hi) + SqlText(QStringLiteral(" END"));
}

Result<Grouped> segmentFigures(const ReportSql &sql, const QList<ReportSegment> &segments, const SalesQuery &query,
                               const QList<QString> &boundaries, int buckets)
{
    Grouped out;
    if (segments.isEmpty())
        return out;
    const SqlText rows = sql.memberOrderRows(segments, sql.orderFilter(query.period, query.zone, query.statuses));
    SqlText text;
    if (buckets <= 0) {
        text = SqlText(QStringLiteral("SELECT segment_id, -1, %1 FROM (").arg(QString::fromLatin1(kAggregates))) + rows
            + SqlText(QStringLiteral(") x GROUP BY segment_id"));
    } else {
        text = SqlText(QStringLiteral("SELECT segment_id, bucket, %1 FROM (SELECT x.*, ").arg(QString::fromLatin1(kAggregates)))
            + bucketExpr(boundaries, 0, buckets) + SqlText(QStringLiteral(" AS bucket FROM (")) + rows
            + SqlText(QStringLiteral(") x) y GROUP BY segment_id, bucket"));
    }
    auto q = runSql(sql.session().connection->database(), text.sql, text.params,
                    QCoreApplication::translate("seg::SalesReport", "computing the segments' sales failed"));
    if (!q)
        return q.error();
    while (q.value().next())
        out[q->value(0).toLongLong()].insert(q->value(1).toInt(), readFigures(*q, 2));
    return out;
}

Result<SalesFigures> storeFigures(const ReportSql &sql, const SalesQuery &query)
{
    const QString gk = sql.guestKey(QStringLiteral("o.customer_email"));
    const SqlText text = SqlText(QStringLiteral(
                                     "SELECT COUNT(DISTINCT o.customer_id), COUNT(DISTINCT CASE WHEN o.customer_id IS NULL THEN %1 END), "
                                     "COUNT(*), SUM(COALESCE(o.total_qty_ordered, 0)), SUM(ABS(COALESCE(o.base_discount_amount, 0))), "
                                     "SUM(COALESCE(o.base_shipping_amount, 0)), SUM(COALESCE(o.base_tax_amount, 0)), "
                                     "SUM(COALESCE(o.base_total_refunded, 0)), SUM(COALESCE(o.base_subtotal, 0)), "
                                     "SUM(COALESCE(o.base_grand_total, 0)) FROM %2 o WHERE ")
                                     .arg(gk, sql.store("sales_order")))
        + sql.orderFilter(query.period, query.zone, query.statuses);
    auto q = runSql(sql.session().connection->database(), text.sql, text.params,
                    QCoreApplication::translate("seg::SalesReport", "computing the store's sales failed"));
    if (!q)
        return q.error();
    SalesFigures f;
    if (q.value().next()) {
        f = readFigures(*q, 1);
        f.customersOrdered = q->value(0).toLongLong() + q->value(1).toLongLong();
    }
    return f;
}

// Registered customers plus guests (distinct folded emails of orders without a customer).
Result<qint64> allCustomers(const ReportSql &sql)
{
    const QString text = QStringLiteral("SELECT (SELECT COUNT(*) FROM %1), (SELECT COUNT(DISTINCT %2) FROM %3 o "
                                        "WHERE o.customer_id IS NULL AND o.customer_email IS NOT NULL)")
                             .arg(sql.store("customer_entity"), sql.guestKey(QStringLiteral("o.customer_email")), sql.store("sales_order"));
    auto q = runSql(sql.session().connection->database(), text, {},
                    QCoreApplication::translate("seg::SalesReport", "counting the store's customers failed"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return qint64(0);
    return q->value(0).toLongLong() + q->value(1).toLongLong();
}

Status checkQuery(const SalesQuery &query)
{
    if (!query.period.isValid())
        return Error{QStringLiteral("period"), QCoreApplication::translate("seg::SalesReport", "the period is empty or its dates are invalid")};
    return success();
}

} // namespace

SalesReport::SalesReport(const StoreSession &session) : m_session(session)
{
}

Result<SalesReportResult> SalesReport::run(const SalesQuery &query, const ReportProgress &progress) const
{
    if (Status s = checkQuery(query); !s)
        return s.error();
    ReportSql sql(m_session);
    if (Status s = sql.requireStoreTables(); !s)
        return s.error();
    Result<QList<ReportSegment>> segments = sql.segments(query.segmentCodes);
    if (!segments)
        return segments.error();
    constexpr int kSteps = 4;
    auto step = [&](int done) { return !progress || progress(done, kSteps); };
    if (!step(0))
        return Error{{}, cancelledText()};

    Result<QHash<qint64, qint64>> counts = memberCounts(sql, *segments);
    if (!counts)
        return counts.error();
    if (!step(1))
        return Error{{}, cancelledText()};
    Result<qint64> customers = allCustomers(sql);
    if (!customers)
        return customers.error();
    if (!step(2))
        return Error{{}, cancelledText()};
    Result<SalesFigures> store = storeFigures(sql, query);
    if (!store)
        return store.error();
    if (!step(3))
        return Error{{}, cancelledText()};
    Result<Grouped> grouped = segmentFigures(sql, *segments, query, {}, 0);
    if (!grouped)
        return grouped.error();

    SalesReportResult result;
    result.period = query.period;
    result.store = *store;
    result.store.customers = *customers;
    for (const ReportSegment &s : *segments) {
        SalesRow row{s.code, s.name, grouped->value(s.id).value(-1)};
        row.figures.customers = counts->value(s.id);
        result.rows << row;
    }
    step(kSteps);
    return result;
}

QList<QDate> SalesReport::bucketStarts(const DateRange &period, SeriesGranularity granularity, Qt::DayOfWeek weekStart)
{
    QList<QDate> starts;
    if (!period.isValid())
        return starts;
    QDate d = period.from;
    while (d <= period.to) {
        starts << d;
        switch (granularity) {
        case SeriesGranularity::Day:
            d = d.addDays(1);
            break;
        case SeriesGranularity::Week: {
            const int back = (d.dayOfWeek() - int(weekStart) + 7) % 7;
            d = d.addDays(7 - back);
            break;
        }
        case SeriesGranularity::Month:
            d = QDate(d.year(), d.month(), 1).addMonths(1);
            break;
        }
    }
    return starts;
}

Result<SalesSeries> SalesReport::series(const SalesQuery &query, SeriesGranularity granularity, Qt::DayOfWeek weekStart,
                                        const ReportProgress &progress) const
{
    if (Status s = checkQuery(query); !s)
        return s.error();
    ReportSql sql(m_session);
    if (Status s = sql.requireStoreTables(); !s)
        return s.error();
    Result<QList<ReportSegment>> segments = sql.segments(query.segmentCodes);
    if (!segments)
        return segments.error();
    if (progress && !progress(0, 2))
        return Error{{}, cancelledText()};
    Result<QHash<qint64, qint64>> counts = memberCounts(sql, *segments);
    if (!counts)
        return counts.error();
    if (progress && !progress(1, 2))
        return Error{{}, cancelledText()};

    SalesSeries out;
    out.granularity = granularity;
    out.period = query.period;
    out.bucketStarts = bucketStarts(query.period, granularity, weekStart);
    QList<QString> boundaries; // the UTC start of every bucket but the first
    for (qsizetype i = 1; i < out.bucketStarts.size(); ++i)
        boundaries << formatTimestamp(dayStartUtc(out.bucketStarts[i], query.zone));
    Result<Grouped> grouped = segmentFigures(sql, *segments, query, boundaries, int(out.bucketStarts.size()));
    if (!grouped)
        return grouped.error();
    for (const ReportSegment &s : *segments) {
        SalesSeries::Line line{s.code, s.name, {}};
        const QHash<int, SalesFigures> byBucket = grouped->value(s.id);
        for (int i = 0; i < out.bucketStarts.size(); ++i) {
            SalesFigures f = byBucket.value(i);
            f.customers = counts->value(s.id);
            line.points << f;
        }
        out.lines << line;
    }
    if (progress)
        progress(2, 2);
    return out;
}

} // namespace seg

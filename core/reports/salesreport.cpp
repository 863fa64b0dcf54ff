#include "reports/salesreport.h"

#include "common/localdays.h"
#include "definition/valueparsing.h"
#include "reports/reportsql.h"
#include "session/storesession.h"
#include "store/sqlrun.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

#include <functional>

namespace seg {

namespace {

QString cancelledText()
{
    return QCoreApplication::translate("seg::SalesReport", "the report was cancelled");
}

// Reads (customers who ordered, orders, qty, discount, shipping, tax, refunded, subtotal,
// grand total) starting at column `first`.
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

Result<QHash<qint64, qint64>> memberCounts(const ReportSql &sql,
                                           const QList<ReportSegment> &segments)
{
    QHash<qint64, qint64> counts;
    if (segments.isEmpty()) return counts;
    const SqlText text =
        SqlText(QStringLiteral("SELECT segment_id, COUNT(*) FROM %1 WHERE segment_id IN (")
                    .arg(sql.own("segmentor_member"))) +
        ReportSql::idList(segments) + SqlText(QStringLiteral(") GROUP BY segment_id"));
    auto q =
        runSql(sql.ownDatabase(), text.sql, text.params,
               QCoreApplication::translate("seg::SalesReport", "counting segment members failed"));
    if (!q) return q.error();
    while (q.value().next())
        counts.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    return counts;
}

// Per-segment, per-bucket figures: [segment id][bucket] (bucket -1 when there are none);
// segment kStore is the whole store.
constexpr qint64 kStore = -1;
using Grouped = QHash<qint64, QHash<int, SalesFigures>>;

// The bucket index of o.created_at among the sorted bucket boundaries, as a balanced CASE
// tree (log2(n) comparisons per order).
SqlText bucketExpr(const QList<QString> &boundaries, int lo, int hi)
{
    if (hi - lo <= 1) return SqlText(QString::number(lo));
    const int mid = (lo + hi) / 2;
    return SqlText(QStringLiteral("CASE WHEN o.created_at < ")) +
           SqlText::param(boundaries[mid - 1]) + SqlText(QStringLiteral(" THEN ")) +
           bucketExpr(boundaries, lo, mid) + SqlText(QStringLiteral(" ELSE ")) +
           bucketExpr(boundaries, mid, hi) + SqlText(QStringLiteral(" END"));
}

void add(SalesFigures &into, const SalesFigures &f)
{
    into.customersOrdered += f.customersOrdered;
    into.orders += f.orders;
    into.qty += f.qty;
    into.discount += f.discount;
    into.shipping += f.shipping;
    into.tax += f.tax;
    into.refunded += f.refunded;
    into.subtotal += f.subtotal;
    into.grandTotal += f.grandTotal;
}

// Workspace mode: the members are in the local workspace, the orders in the store. The
// period's per-owner sums are read from the store (one grouped query per kind of owner,
// streamed) into a temporary table of the workspace, where they are joined with the members.
const QString kStaged = QStringLiteral("seg_report_owner");

Status stageOwnerTotals(const ReportSql &sql, const SqlText &filter, const SqlText &bucket)
{
    QSqlDatabase workspace = sql.ownDatabase();
    const auto failed = [](const QString &what) {
        return Error{{},
                     QCoreApplication::translate("seg::SalesReport",
                                                 "preparing the report in the workspace failed: %1")
                         .arg(what),
                     ErrorCode::Database};
    };
    for (const QString &text :
         {QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(kStaged),
          QStringLiteral("CREATE TEMP TABLE %1 (kind INTEGER NOT NULL, customer_id INTEGER, "
                         "guest_key TEXT, bucket INTEGER, "
                         "n INTEGER, qty INTEGER, discount INTEGER, shipping INTEGER, tax INTEGER, "
                         "refunded INTEGER, "
                         "subtotal INTEGER, grand_total INTEGER)")
              .arg(kStaged)}) {
        QSqlQuery q(workspace);
        if (!q.exec(text)) return failed(q.lastError().text());
    }
    // Rows go in by batches of kBatch (one prepared statement), the rest one by one.
    constexpr int kColumns = 12, kBatch = 64;
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString insert = QStringLiteral("INSERT INTO temp.%1 (kind, customer_id, guest_key, "
                                          "bucket, n, qty, discount, shipping, tax, refunded, "
                                          "subtotal, grand_total) VALUES ")
                               .arg(kStaged);
    QStringList rows;
    for (int i = 0; i < kBatch; ++i)
        rows << row;
    QSqlQuery batch(workspace), single(workspace);
    if (!batch.prepare(insert + rows.join(QStringLiteral(", "))) || !single.prepare(insert + row))
        return failed(batch.lastError().text() + single.lastError().text());
    if (!workspace.transaction()) return failed(workspace.lastError().text());
    QVariantList pending;
    pending.reserve(kColumns * kBatch);
    const auto flush = [&](QSqlQuery &statement, qsizetype from, qsizetype count) {
        for (qsizetype i = 0; i < count; ++i)
            statement.bindValue(int(i), pending[from + i]);
        return statement.exec();
    };
    // Money in ten-thousandths (the stores keep four decimals): integer sums are exact.
    const auto money = [](const QVariant &v) {
        return QVariant(qint64(std::llround(v.toDouble() * 10000.0)));
    };
    for (const bool guests : {false, true}) {
        const SqlText text = sql.ownerTotals(filter, bucket, guests);
        auto q = runSql(
            sql.session().connection->database(), text.sql, text.params,
            QCoreApplication::translate("seg::SalesReport", "reading the period's orders failed"));
        if (!q) {
            workspace.rollback();
            return q.error();
        }
        while (q.value().next()) {
            const QVariant owner = q->value(0);
            pending << QVariant(guests ? 1 : 0)
                    << (guests ? QVariant(QMetaType::fromType<qint64>()) : owner)
                    << (guests ? (owner.isNull() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(owner.toString()))
                               : QVariant(QMetaType::fromType<QString>()))
                    << q->value(1).toInt() << q->value(2).toLongLong();
            for (int c = 3; c < 10; ++c)
                pending << money(q->value(c));
            if (pending.size() == kColumns * kBatch) {
                if (!flush(batch, 0, pending.size())) {
                    workspace.rollback();
                    return failed(batch.lastError().text());
                }
                pending.clear();
            }
        }
    }
    for (qsizetype from = 0; from < pending.size(); from += kColumns)
        if (!flush(single, from, kColumns)) {
            workspace.rollback();
            return failed(single.lastError().text());
        }
    if (!workspace.commit()) return failed(workspace.lastError().text());
    return success();
}

Result<Grouped> segmentFigures(const ReportSql &sql, const QList<ReportSegment> &segments,
                               const SalesQuery &query, const QList<QString> &boundaries,
                               int buckets)
{
    Grouped out;
    const SqlText bucket =
        buckets <= 0 ? SqlText(QStringLiteral("-1")) : bucketExpr(boundaries, 0, buckets);
    const SqlText filter = sql.orderFilter(query.period, query.zone, query.statuses);
    SqlText text;
    if (sql.inWorkspace()) {
        if (Status st = stageOwnerTotals(sql, filter, bucket); !st) return st.error();
        text = sql.stagedSegmentTotals(segments, QStringLiteral("temp.") + kStaged);
    } else {
        text = sql.segmentTotals(segments, filter, bucket);
    }
    auto q = runSql(
        sql.inWorkspace() ? sql.ownDatabase() : sql.session().connection->database(), text.sql,
        text.params,
        QCoreApplication::translate("seg::SalesReport", "computing the segments' sales failed"));
    if (!q) return q.error();
    // A segment with registered and guest members has a row from each branch: add them up.
    while (q.value().next())
        add(out[q->value(0).toLongLong()][q->value(1).toInt()], readFigures(*q, 2));
    if (sql.inWorkspace()) {
        q.value().finish();
        QSqlQuery(sql.ownDatabase())
            .exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(kStaged));
    }
    for (auto &byBucket : out)
        for (SalesFigures &f : byBucket) {
            f.qty = roundMoney(f.qty);
            f.discount = roundMoney(f.discount);
            f.shipping = roundMoney(f.shipping);
            f.tax = roundMoney(f.tax);
            f.refunded = roundMoney(f.refunded);
            f.subtotal = roundMoney(f.subtotal);
            f.grandTotal = roundMoney(f.grandTotal);
        }
    return out;
}

Result<qint64> countAllCustomers(const ReportSql &sql)
{
    const QString text =
        QStringLiteral("SELECT (SELECT COUNT(*) FROM %1), (SELECT COUNT(DISTINCT %2) FROM %3 o "
                       "WHERE o.customer_id IS NULL AND o.customer_email IS NOT NULL)")
            .arg(sql.store("customer_entity"), sql.guestKey(QStringLiteral("o.customer_email")),
                 sql.store("sales_order"));
    auto q = runSql(
        sql.session().connection->database(), text, {},
        QCoreApplication::translate("seg::SalesReport", "counting the store's customers failed"));
    if (!q) return q.error();
    if (!q.value().next()) return qint64(0);
    return q->value(0).toLongLong() + q->value(1).toLongLong();
}

Status checkQuery(const SalesQuery &query)
{
    if (!query.period.isValid())
        return Error{QStringLiteral("period"),
                     QCoreApplication::translate("seg::SalesReport",
                                                 "the period is empty or its dates are invalid"),
                     ErrorCode::InvalidArgument};
    return success();
}

} // namespace

SalesReport::SalesReport(const StoreSession &session) : m_session(session) {}

Result<SalesReportResult> SalesReport::run(const SalesQuery &query,
                                           const ReportProgress &progress) const
{
    if (Status s = checkQuery(query); !s) return s.error();
    ReportSql sql(m_session);
    if (Status s = sql.requireStoreTables(); !s) return s.error();
    Result<QList<ReportSegment>> segments = sql.segments(query.segmentCodes);
    if (!segments) return segments.error();
    constexpr int kSteps = 4;
    auto step = [&](int done) { return !progress || progress(done, kSteps); };
    if (!step(0)) return Error{{}, cancelledText(), ErrorCode::Cancelled};

    Result<QHash<qint64, qint64>> counts = memberCounts(sql, *segments);
    if (!counts) return counts.error();
    if (!step(1)) return Error{{}, cancelledText(), ErrorCode::Cancelled};
    Result<qint64> customers =
        query.withAllCustomers ? countAllCustomers(sql) : Result<qint64>(qint64(0));
    if (!customers) return customers.error();
    if (!step(2)) return Error{{}, cancelledText(), ErrorCode::Cancelled};
    if (!step(3)) return Error{{}, cancelledText(), ErrorCode::Cancelled};
    Result<Grouped> grouped = segmentFigures(sql, *segments, query, {}, 0);
    if (!grouped) return grouped.error();

    SalesReportResult result;
    result.period = query.period;
    result.store = grouped->value(kStore).value(-1);
    result.store.customers = *customers;
    for (const ReportSegment &s : *segments) {
        SalesRow row{s.code, s.name, grouped->value(s.id).value(-1)};
        row.figures.customers = counts->value(s.id);
        result.rows << row;
    }
    step(kSteps);
    return result;
}

Result<qint64> SalesReport::allCustomers() const
{
    ReportSql sql(m_session);
    if (Status s = sql.requireStoreTables(); !s) return s.error();
    return countAllCustomers(sql);
}

QList<QDate> SalesReport::bucketStarts(const DateRange &period, SeriesGranularity granularity,
                                       Qt::DayOfWeek weekStart)
{
    QList<QDate> starts;
    if (!period.isValid()) return starts;
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

Result<SalesSeries> SalesReport::series(const SalesQuery &query, SeriesGranularity granularity,
                                        Qt::DayOfWeek weekStart,
                                        const ReportProgress &progress) const
{
    if (Status s = checkQuery(query); !s) return s.error();
    ReportSql sql(m_session);
    if (Status s = sql.requireStoreTables(); !s) return s.error();
    Result<QList<ReportSegment>> segments = sql.segments(query.segmentCodes);
    if (!segments) return segments.error();
    if (progress && !progress(0, 2)) return Error{{}, cancelledText(), ErrorCode::Cancelled};
    Result<QHash<qint64, qint64>> counts = memberCounts(sql, *segments);
    if (!counts) return counts.error();
    if (progress && !progress(1, 2)) return Error{{}, cancelledText(), ErrorCode::Cancelled};

    SalesSeries out;
    out.granularity = granularity;
    out.period = query.period;
    out.bucketStarts = bucketStarts(query.period, granularity, weekStart);
    QList<QString> boundaries; // the UTC start of every bucket but the first
    for (qsizetype i = 1; i < out.bucketStarts.size(); ++i)
        boundaries << formatTimestamp(localDayStart(out.bucketStarts[i], query.zone));
    Result<Grouped> grouped =
        segmentFigures(sql, *segments, query, boundaries, int(out.bucketStarts.size()));
    if (!grouped) return grouped.error();
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
    if (progress) progress(2, 2);
    return out;
}

} // namespace seg

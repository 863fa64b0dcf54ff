// segmentor-report-bench: how long the dashboard's reports take on a big store.
//
//   segmentor-report-bench --database URL [--from DATE --to DATE] [--segments a,b,...] [--runs N]
//                          [--status complete,...] [--series day|week|month] [--overlap]
//
// Runs the sales report (one row per segment) --runs times and prints each wall time and the
// median; --series adds the per-bucket series the line chart draws, --overlap the overlap
// matrix of the same segments. The segments must be saved and refreshed (their members are
// read from segmentor_member). Default period: 2026-01-01 .. 2026-10-31 (the demo store's
// year so far); default segments: every saved one.
#include "reports/overlapreport.h"
#include "reports/salesreport.h"
#include "session/storesession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace seg;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    QString url, series;
    SalesQuery query;
    query.period = DateRange{QDate(2026, 1, 1), QDate(2026, 10, 31)};
    int runs = 3;
    bool overlap = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        const QString next = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--database"))
            url = next, ++i;
        else if (a == QLatin1String("--from"))
            query.period.from = QDate::fromString(next, Qt::ISODate), ++i;
        else if (a == QLatin1String("--to"))
            query.period.to = QDate::fromString(next, Qt::ISODate), ++i;
        else if (a == QLatin1String("--segments"))
            query.segmentCodes = next.split(QLatin1Char(','), Qt::SkipEmptyParts), ++i;
        else if (a == QLatin1String("--status"))
            query.statuses = next.split(QLatin1Char(','), Qt::SkipEmptyParts), ++i;
        else if (a == QLatin1String("--runs"))
            runs = std::max(1, next.toInt()), ++i;
        else if (a == QLatin1String("--series"))
            series = next, ++i;
        else if (a == QLatin1String("--overlap"))
            overlap = true;
        else {
            err << "unknown argument " << a << "\n";
            return 2;
        }
    }
    if (url.isEmpty()) {
        err << "usage: segmentor-report-bench --database URL [--from DATE --to DATE] [--segments "
               "a,b] [--runs N] [--series day|week|month] [--overlap]\n";
        return 2;
    }
    Result<ConnectionSettings> settings = ConnectionSettings::fromUrl(url);
    if (!settings) {
        err << settings.error().toString() << "\n";
        return 2;
    }
    QElapsedTimer openTimer;
    openTimer.start();
    Result<StoreSession> session = StoreSession::open(*settings, false);
    if (!session) {
        err << session.error().message << "\n";
        return 1;
    }
    out << QStringLiteral("store opened in %1 ms\n").arg(openTimer.elapsed());
    query.zone = session->timeContext().storeZone();
    SalesReport report(*session);

    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        Result<SalesReportResult> r = report.run(query);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!r) {
            err << r.error().message << "\n";
            return 1;
        }
        times << ms;
        if (run == 0) {
            out << QStringLiteral("sales report %1 .. %2, %3 segments, all orders of the period: "
                                  "%4, all customers: %5\n")
                       .arg(query.period.from.toString(Qt::ISODate),
                            query.period.to.toString(Qt::ISODate))
                       .arg(r->rows.size())
                       .arg(r->store.orders)
                       .arg(r->store.customers);
            for (const SalesRow &row : r->rows)
                out << QStringLiteral("  %1: %2 members, %3 orders, grand total %4\n")
                           .arg(row.code, -24)
                           .arg(row.figures.customers)
                           .arg(row.figures.orders)
                           .arg(row.figures.grandTotal, 0, 'f', 2);
        }
        out << QStringLiteral("run %1: %2 ms\n").arg(run + 1).arg(ms, 0, 'f', 0);
        out.flush();
    }
    out << QStringLiteral("sales report median: %1 ms\n").arg(median(times), 0, 'f', 0);

    if (!series.isEmpty()) {
        const SeriesGranularity g = series == QLatin1String("day")    ? SeriesGranularity::Day
                                    : series == QLatin1String("week") ? SeriesGranularity::Week
                                                                      : SeriesGranularity::Month;
        QList<double> st;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer t;
            t.start();
            Result<SalesSeries> s = report.series(query, g);
            if (!s) {
                err << s.error().message << "\n";
                return 1;
            }
            st << double(t.nsecsElapsed()) / 1e6;
            out << QStringLiteral("series (%1, %2 buckets) run %3: %4 ms\n")
                       .arg(series)
                       .arg(s->bucketStarts.size())
                       .arg(run + 1)
                       .arg(st.last(), 0, 'f', 0);
            out.flush();
        }
        out << QStringLiteral("series median: %1 ms\n").arg(median(st), 0, 'f', 0);
    }
    if (overlap) {
        QElapsedTimer t;
        t.start();
        Result<OverlapMatrix> m = OverlapReport(*session).matrix(query.segmentCodes);
        if (!m) {
            err << m.error().message << "\n";
            return 1;
        }
        out << QStringLiteral("overlap matrix of %1 segments: %2 ms\n")
                   .arg(m->segments.size())
                   .arg(t.elapsed());
    }
    return 0;
}

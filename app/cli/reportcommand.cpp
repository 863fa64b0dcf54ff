// report sales --from DATE --to DATE [--segments CODE,...] [--status complete,...] [--format
// csv|json]
#include "clicontext.h"

#include "operations/reports.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace seg;

namespace {

const QStringList kColumns = {"segment",  "customers", "orders",      "orders_pct",
                              "qty",      "discount",  "shipping",    "tax",
                              "refunded", "subtotal",  "grand_total", "aov"};

double cents(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString money(double v)
{
    return QString::number(cents(v), 'f', 2);
}

QString quantity(double v)
{
    QString text = QString::number(v, 'f', 4);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.'))) text.chop(1);
    return text;
}

QString csvField(const QString &text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return text;
}

std::optional<QDate> dateFlag(const CliOptions &options, const QString &flag, CliStreams io)
{
    const QString text = options.value(flag);
    if (text.isEmpty()) {
        io.err << QStringLiteral("error: report sales needs %1 DATE (YYYY-MM-DD)\n").arg(flag);
        return std::nullopt;
    }
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        io.err << QStringLiteral("error: %1: expected a date as YYYY-MM-DD, got \"%2\"\n")
                      .arg(flag, text);
        return std::nullopt;
    }
    return d;
}

QStringList listFlag(const CliOptions &options, const QString &flag)
{
    QStringList out;
    for (const QString &part : options.value(flag).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty()) out << part.trimmed();
    return out;
}

} // namespace

int runReport(const CliOptions &options, CliStreams io)
{
    if (options.positional.value(0) == QLatin1String("performance") &&
        options.positional.size() == 1)
        return runReportPerformance(options, io);
    if (options.positional.value(0) != QLatin1String("sales") || options.positional.size() != 1) {
        io.err << "error: expected: report sales --from DATE --to DATE [--segments CODE,...] "
                  "[--status complete,...] [--format csv|json]\n"
                  "    or: report performance --from DATE --to DATE [--segments CODE,...] "
                  "[--granularity day|week|month] [--status complete,...] "
                  "[--membership current|historical] [--format csv|json]\n";
        return ExitUsage;
    }
    const QString format = options.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        io.err << "error: --format: expected csv or json\n";
        return ExitUsage;
    }
    const std::optional<QDate> from = dateFlag(options, QStringLiteral("--from"), io);
    if (!from) return ExitUsage;
    const std::optional<QDate> to = dateFlag(options, QStringLiteral("--to"), io);
    if (!to) return ExitUsage;
    if (*to < *from) {
        io.err << "error: --to is before --from\n";
        return ExitUsage;
    }
    SalesQuery query;
    query.period = DateRange{*from, *to};
    query.segmentCodes = listFlag(options, QStringLiteral("--segments"));
    if (options.values.contains(QStringLiteral("--status"))) {
        query.statuses = listFlag(options, QStringLiteral("--status"));
        if (query.statuses.isEmpty()) {
            io.err << "error: --status: expected order status codes, e.g. complete,processing\n";
            return ExitUsage;
        }
    }

    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code, true, false);
    if (!session) return code;
    Result<SalesComparison> report = compareSales(*session, SalesComparisonArgs{query});
    if (!report) {
        io.err << "error: " << report.error().message << "\n";
        return ExitFailure;
    }

    if (format == QLatin1String("csv")) {
        QString text = kColumns.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        for (const SalesRow &row : report->current.rows) {
            const SalesFigures &f = row.figures;
            const QStringList cells{
                csvField(row.code),        QString::number(f.customers),
                QString::number(f.orders), QString::number(report->current.ordersPct(f), 'f', 2),
                quantity(f.qty),           money(f.discount),
                money(f.shipping),         money(f.tax),
                money(f.refunded),         money(f.subtotal),
                money(f.grandTotal),       money(f.aov())};
            text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        io.out << text;
    } else {
        QJsonArray rows;
        for (const SalesRow &row : report->current.rows) {
            const SalesFigures &f = row.figures;
            rows.append(QJsonObject{
                {"segment", row.code},
                {"customers", f.customers},
                {"orders", f.orders},
                {"orders_pct", std::round(report->current.ordersPct(f) * 100.0) / 100.0},
                {"qty", std::round(f.qty * 10000.0) / 10000.0},
                {"discount", cents(f.discount)},
                {"shipping", cents(f.shipping)},
                {"tax", cents(f.tax)},
                {"refunded", cents(f.refunded)},
                {"subtotal", cents(f.subtotal)},
                {"grand_total", cents(f.grandTotal)},
                {"aov", cents(f.aov())}});
        }
        io.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    }
    io.out.flush();
    return ExitOk;
}

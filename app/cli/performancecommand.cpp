// report performance --from DATE --to DATE [--segments CODE,...] [--granularity day|week|month]
//   [--status complete,...] [--membership current|historical] [--format csv|json]
// snapshot [CODE...] [--day DATE] [--status complete,...] | --backfill [--since DATE]
#include "clicontext.h"

#include "operations/reports.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace seg;

namespace {

const QStringList kColumns = {
    "period", "segment", "members", "converters",         "conversion_rate",
    "orders", "revenue", "aov",     "revenue_per_member", "membership"};

double cents(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString money(double v)
{
    return QString::number(cents(v), 'f', 2);
}

QString csvField(const QString &text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return text;
}

// A date flag: nullopt (usage printed) when missing and required, or not a date.
bool dateFlag(const CliOptions &options, const QString &flag, bool required, QDate &out,
              CliStreams io)
{
    const QString text = options.value(flag);
    if (text.isEmpty()) {
        if (!required) return true;
        io.err
            << QStringLiteral("error: report performance needs %1 DATE (YYYY-MM-DD)\n").arg(flag);
        return false;
    }
    out = QDate::fromString(text, Qt::ISODate);
    if (!out.isValid()) {
        io.err << QStringLiteral("error: %1: expected a date as YYYY-MM-DD, got \"%2\"\n")
                      .arg(flag, text);
        return false;
    }
    return true;
}

QStringList listFlag(const CliOptions &options, const QString &flag)
{
    QStringList out;
    for (const QString &part : options.value(flag).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty()) out << part.trimmed();
    return out;
}

// --status: the statuses, or false (usage printed) when given empty.
bool statusFlag(const CliOptions &options, QStringList &statuses, CliStreams io)
{
    if (!options.values.contains(QStringLiteral("--status"))) return true;
    statuses = listFlag(options, QStringLiteral("--status"));
    if (statuses.isEmpty()) {
        io.err << "error: --status: expected order status codes, e.g. complete,processing\n";
        return false;
    }
    return true;
}

// The bucket's label: the day, or "FIRST..LAST" for several days.
QString periodLabel(const PerformanceRow &row)
{
    const QString from = row.bucketStart.toString(Qt::ISODate);
    return row.bucketStart == row.bucketEnd
               ? from
               : from + QStringLiteral("..") + row.bucketEnd.toString(Qt::ISODate);
}

} // namespace

int runReportPerformance(const CliOptions &options, CliStreams io)
{
    const QString format = options.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        io.err << "error: --format: expected csv or json\n";
        return ExitUsage;
    }
    PerformanceQuery query;
    if (!dateFlag(options, QStringLiteral("--from"), true, query.period.from, io) ||
        !dateFlag(options, QStringLiteral("--to"), true, query.period.to, io))
        return ExitUsage;
    if (query.period.to < query.period.from) {
        io.err << "error: --to is before --from\n";
        return ExitUsage;
    }
    query.segmentCodes = listFlag(options, QStringLiteral("--segments"));
    if (!statusFlag(options, query.statuses, io)) return ExitUsage;
    if (options.values.contains(QStringLiteral("--granularity"))) {
        const QString g = options.value(QStringLiteral("--granularity"));
        if (g == QLatin1String("day"))
            query.granularity = SeriesGranularity::Day;
        else if (g == QLatin1String("week"))
            query.granularity = SeriesGranularity::Week;
        else if (g == QLatin1String("month"))
            query.granularity = SeriesGranularity::Month;
        else {
            io.err << "error: --granularity: expected day, week or month\n";
            return ExitUsage;
        }
    }
    const QString membership =
        options.value(QStringLiteral("--membership"), QStringLiteral("current"));
    if (membership == QLatin1String("historical"))
        query.membership = MembershipMode::Historical;
    else if (membership != QLatin1String("current")) {
        io.err << "error: --membership: expected current or historical\n";
        return ExitUsage;
    }

    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code, true, false);
    if (!session) return code;
    Result<PerformanceReportResult> report = performanceReport(*session, query);
    if (!report) {
        io.err << "error: " << report.error().message << "\n";
        return exitCodeFor(report.error());
    }

    if (format == QLatin1String("csv")) {
        QString text = kColumns.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        for (const PerformanceRow &row : report->rows) {
            const QStringList cells{periodLabel(row),
                                    csvField(row.code),
                                    QString::number(row.members),
                                    QString::number(row.converters),
                                    QString::number(row.conversionRate(), 'f', 2),
                                    QString::number(row.orders),
                                    money(row.revenue),
                                    money(row.aov()),
                                    money(row.revenuePerMember()),
                                    membership};
            text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        io.out << text;
    } else {
        QJsonArray rows;
        for (const PerformanceRow &row : report->rows)
            rows.append(
                QJsonObject{{"period", periodLabel(row)},
                            {"from", row.bucketStart.toString(Qt::ISODate)},
                            {"to", row.bucketEnd.toString(Qt::ISODate)},
                            {"segment", row.code},
                            {"members", row.members},
                            {"converters", row.converters},
                            {"conversion_rate", std::round(row.conversionRate() * 100.0) / 100.0},
                            {"orders", row.orders},
                            {"revenue", cents(row.revenue)},
                            {"aov", cents(row.aov())},
                            {"revenue_per_member", cents(row.revenuePerMember())},
                            {"members_at_start", row.membersAtStart},
                            {"members_at_end", row.membersAtEnd},
                            {"membership", membership}});
        io.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    }
    io.out.flush();
    return ExitOk;
}

int runSnapshot(const CliOptions &options, CliStreams io)
{
    const bool backfill = options.has(QStringLiteral("--backfill"));
    if (backfill && options.values.contains(QStringLiteral("--day"))) {
        io.err << "error: snapshot takes --day or --backfill [--since DATE], not both\n";
        return ExitUsage;
    }
    if (!backfill && options.values.contains(QStringLiteral("--since"))) {
        io.err << "error: --since goes with --backfill\n";
        return ExitUsage;
    }
    QDate day, since;
    if (!dateFlag(options, QStringLiteral("--day"), false, day, io) ||
        !dateFlag(options, QStringLiteral("--since"), false, since, io))
        return ExitUsage;
    QStringList statuses{QStringLiteral("complete")};
    if (!statusFlag(options, statuses, io)) return ExitUsage;

    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code);
    if (!session) return code;
    const Result<SnapshotRun> run =
        backfill
            ? backfillDailySnapshots(*session, options.positional,
                                     since.isValid() ? std::optional<QDate>(since) : std::nullopt,
                                     {}, statuses)
            : takeDailySnapshots(*session, options.positional,
                                 day.isValid() ? std::optional<QDate>(day) : std::nullopt,
                                 statuses);
    if (!run) {
        io.err << "error: " << run.error().message << "\n";
        return exitCodeFor(run.error());
    }
    if (!options.has(QStringLiteral("--quiet")))
        io.err << QStringLiteral("%1 segments, %2 days written\n")
                      .arg(run->segments)
                      .arg(run->daysWritten);
    return ExitOk;
}

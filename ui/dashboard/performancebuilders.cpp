#include "dashboard/performancebuilders.h"

#include "dashboard/chartbuckets.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace {

// Gives lupdate and the translator the context PerformanceBuilders.
struct PerformanceBuilders
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceBuilders)
};

QString displayName(const seg::PerformanceRow &row)
{
    return row.name.isEmpty() ? row.code : row.name;
}

int trendOf(double now, double then)
{
    constexpr double kEpsilon = 1e-9;
    return now > then + kEpsilon ? 1 : now < then - kEpsilon ? -1 : 0;
}

QString signedNumber(double v, int decimals = 0)
{
    const QString n = MoneyFormat::number(std::abs(v), decimals);
    return v > 0 ? QStringLiteral("+") + n : v < 0 ? QStringLiteral("−") + n : n;
}

// "+12.5 %" of a relative change; "new" when there was nothing to compare with.
QString relativeChange(double now, double then)
{
    if (then == 0) return now == 0 ? QStringLiteral("±0 %") : PerformanceBuilders::tr("new");
    const double pct = 100.0 * (now - then) / std::abs(then);
    return signedNumber(pct, 1) + QStringLiteral(" %");
}

} // namespace

QString membershipCaption(seg::MembershipMode mode)
{
    return mode == seg::MembershipMode::Historical
               ? PerformanceBuilders::tr("Orders counted while the customer was a member")
               : PerformanceBuilders::tr("Orders counted for today's members");
}

QString performanceCaption(const seg::PerformanceComparison &data)
{
    const QString mode = membershipCaption(data.totals.query.membership);
    if (!data.compareTotals) return mode;
    return PerformanceBuilders::tr("%1 · changes against %2")
        .arg(mode, rangeLabel(data.compareTotals->query.period));
}

QList<KpiTileData> buildKpiTiles(const seg::PerformanceComparison &data, const MoneyFormat &format)
{
    QHash<QString, seg::PerformanceRow> before;
    if (data.compareTotals)
        for (const seg::PerformanceRow &row : data.compareTotals->rows)
            before.insert(row.code, row);

    QList<KpiTileData> tiles;
    for (const seg::PerformanceRow &row : data.totals.rows) {
        KpiTileData tile;
        tile.code = row.code;
        tile.title = displayName(row);
        const seg::PerformanceRow *then = before.contains(row.code) ? &before[row.code] : nullptr;
        auto kpi = [&](const QString &label, const QString &value, double now, double past,
                       const QString &change) {
            KpiData k{label, value, {}, 0};
            if (then) {
                k.delta = change; // the comparison period is named once, above the tiles
                k.trend = trendOf(now, past);
            }
            tile.kpis << k;
        };

        // Members: their change over the period itself (joiners minus leavers), not vs the
        // comparison period.
        const qint64 change = row.membersAtEnd - row.membersAtStart;
        KpiData members{
            PerformanceBuilders::tr("Members"), MoneyFormat::number(double(row.membersAtEnd)),
            PerformanceBuilders::tr("%1 over the period").arg(signedNumber(double(change))),
            change > 0   ? 1
            : change < 0 ? -1
                         : 0};
        tile.kpis << members;
        kpi(PerformanceBuilders::tr("Conversion rate"), MoneyFormat::percent(row.conversionRate()),
            row.conversionRate(), then ? then->conversionRate() : 0,
            then ? PerformanceBuilders::tr("%1 pts").arg(
                       signedNumber(row.conversionRate() - then->conversionRate(), 1))
                 : QString());
        kpi(PerformanceBuilders::tr("Revenue"), format.money(row.revenue), row.revenue,
            then ? then->revenue : 0,
            then ? relativeChange(row.revenue, then->revenue) : QString());
        kpi(PerformanceBuilders::tr("Average order value"), format.money(row.aov()), row.aov(),
            then ? then->aov() : 0, then ? relativeChange(row.aov(), then->aov()) : QString());
        kpi(PerformanceBuilders::tr("Revenue per member"), format.money(row.revenuePerMember()),
            row.revenuePerMember(), then ? then->revenuePerMember() : 0,
            then ? relativeChange(row.revenuePerMember(), then->revenuePerMember()) : QString());

        tile.tooltip =
            PerformanceBuilders::tr("%1 · %2\n%3 members during the period (%4 at its start, %5 at "
                                    "its end)\n%6 of them ordered: %7 orders, %8\n%9")
                .arg(tile.title, rangeLabel(data.totals.query.period),
                     MoneyFormat::number(double(row.members)),
                     MoneyFormat::number(double(row.membersAtStart)),
                     MoneyFormat::number(double(row.membersAtEnd)),
                     MoneyFormat::number(double(row.converters)),
                     MoneyFormat::number(double(row.orders)), format.money(row.revenue),
                     membershipCaption(data.totals.query.membership));
        tiles << tile;
    }
    return tiles;
}

LineChartData buildConversionChart(const seg::PerformanceReportResult &series,
                                   const std::optional<seg::PerformanceReportResult> &compare)
{
    LineChartData out;
    const seg::SeriesGranularity g = series.query.granularity.value_or(seg::SeriesGranularity::Day);
    const QString per = g == seg::SeriesGranularity::Day    ? PerformanceBuilders::tr("per day")
                        : g == seg::SeriesGranularity::Week ? PerformanceBuilders::tr("per week")
                                                            : PerformanceBuilders::tr("per month");
    out.title = PerformanceBuilders::tr("Conversion rate %1").arg(per);
    const seg::DateRange period = series.query.period;
    out.points = int(series.bucketStarts.size());
    const bool manyYears = period.from.year() != period.to.year();
    for (int i = 0; i < out.points; ++i)
        out.bucketNames << chartbuckets::name(series.bucketStarts[i], period.to, g,
                                              series.bucketStarts.value(i + 1));
    const int stride = std::max(1, int(std::ceil(out.points / 12.0)));
    for (int i = 0; i < out.points; i += stride) {
        QString tick = chartbuckets::tick(series.bucketStarts[i], g, manyYears);
        if (chartbuckets::isPartial(series.bucketStarts, i, period.to, g))
            tick = PerformanceBuilders::tr("%1 (part)").arg(tick);
        out.xLabels << qMakePair(i, tick);
    }

    double largest = 0;
    auto addLines = [&](const seg::PerformanceReportResult &report, bool comparison) {
        // Rows are bucket-major: gather each segment's points in bucket order.
        QStringList order;
        QHash<QString, QList<const seg::PerformanceRow *>> bySegment;
        for (const seg::PerformanceRow &row : report.rows) {
            if (!bySegment.contains(row.code)) order << row.code;
            bySegment[row.code] << &row;
        }
        for (int s = 0; s < order.size(); ++s) {
            const QList<const seg::PerformanceRow *> &rows = bySegment[order[s]];
            LineChartData::Line line;
            line.name = displayName(*rows.first());
            if (comparison) line.name = PerformanceBuilders::tr("%1 (comparison)").arg(line.name);
            line.comparison = comparison;
            line.colorIndex = s;
            for (int i = 0; i < out.points; ++i) {
                const seg::PerformanceRow *row = rows.value(i);
                const double v = row ? row->conversionRate() : 0.0;
                largest = std::max(largest, v);
                line.values << v;
                const QString bucket =
                    row ? rangeLabel(seg::DateRange{row->bucketStart, row->bucketEnd})
                        : out.bucketNames.value(i);
                line.tooltips << PerformanceBuilders::tr(
                                     "%1\n%2\nConversion rate: %3 (%4 of %5 members)")
                                     .arg(displayName(*rows.first()), bucket,
                                          MoneyFormat::percent(v),
                                          MoneyFormat::number(double(row ? row->converters : 0)),
                                          MoneyFormat::number(double(row ? row->members : 0)));
            }
            out.lines << line;
        }
    };
    addLines(series, false);
    if (compare) {
        addLines(*compare, true);
        out.legendNote = PerformanceBuilders::tr("Solid: %1 · dashed: %2")
                             .arg(rangeLabel(period), rangeLabel(compare->query.period));
    }
    out.axis =
        niceAxis(std::max(largest, 1.0), PerformanceBuilders::tr("Conversion %"),
                 [](double v) { return MoneyFormat::number(v, v == std::round(v) ? 0 : 1); });
    return out;
}

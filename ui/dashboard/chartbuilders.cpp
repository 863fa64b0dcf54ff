#include "dashboard/chartbuilders.h"

#include "dashboard/chartbuckets.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

// Gives lupdate and the translator the context ChartBuilders.
struct ChartBuilders
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilders)
};

QString displayName(const QString &name, const QString &code)
{
    return name.isEmpty() ? code : name;
}

} // namespace

ValueAxisData niceAxis(double value, const QString &title,
                       const std::function<QString(double)> &format)
{
    ValueAxisData axis;
    axis.title = title;
    double max = value > 0 ? value * 1.08 : 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    double step = magnitude;
    for (double factor : {0.1, 0.2, 0.25, 0.5, 1.0, 2.0}) {
        step = factor * magnitude;
        if (max / step <= 6.0) break;
    }
    int ticks = int(std::ceil(max / step - 1e-9));
    if (ticks < 1) ticks = 1;
    // Whole-number axes (orders, customers) never step by a fraction.
    axis.max = step * ticks;
    axis.tickCount = ticks + 1;
    for (int i = 0; i <= ticks; ++i)
        axis.tickLabels << format(step * i);
    return axis;
}

QString rangeLabel(const seg::DateRange &r)
{
    const QLocale l;
    if (!r.isValid()) return {};
    if (r.from == r.to) return l.toString(r.from, QStringLiteral("d MMM yyyy"));
    if (r.from.year() != r.to.year())
        return QStringLiteral("%1 – %2").arg(l.toString(r.from, QStringLiteral("d MMM yyyy")),
                                             l.toString(r.to, QStringLiteral("d MMM yyyy")));
    if (r.from.month() != r.to.month())
        return QStringLiteral("%1 – %2").arg(l.toString(r.from, QStringLiteral("d MMM")),
                                             l.toString(r.to, QStringLiteral("d MMM yyyy")));
    return QStringLiteral("%1 – %2").arg(QString::number(r.from.day()),
                                         l.toString(r.to, QStringLiteral("d MMM yyyy")));
}

QString wrapName(const QString &name, int width)
{
    if (name.size() <= width) return name;
    const int middle = int(name.size()) / 2;
    int best = -1;
    for (int i = 0; i < name.size(); ++i)
        if (name[i] == QLatin1Char(' ') &&
            (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    if (best < 0) return name;
    return name.left(best) + QLatin1Char('\n') + name.mid(best + 1);
}

QString wrapCategory(const QString &name, int width)
{
    // Axis labels are rich text: escape, and break with <br>.
    return wrapName(name, width).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

BarChartData buildSalesBarChart(const seg::SalesReportResult &current,
                                const std::optional<seg::SalesReportResult> &compare,
                                SalesMetric metric, const MoneyFormat &format)
{
    BarChartData out;
    out.title = ChartBuilders::tr("%1 by segment").arg(SalesMetrics::label(metric));
    QList<const seg::SalesReportResult *> periods{&current};
    if (compare) periods << &*compare;
    double largest = 0;
    // Biggest first, so the chart reads like a ranking.
    QList<seg::SalesRow> ranked = current.rows;
    std::stable_sort(
        ranked.begin(), ranked.end(), [metric](const seg::SalesRow &a, const seg::SalesRow &b) {
            return SalesMetrics::value(a.figures, metric) > SalesMetrics::value(b.figures, metric);
        });
    for (const seg::SalesRow &row : ranked) {
        out.categories << wrapCategory(displayName(row.name, row.code));
        out.codes << row.code;
    }
    for (const seg::SalesReportResult *period : periods) {
        BarChartData::Set set;
        set.label = rangeLabel(period->period);
        for (const QString &code : out.codes) {
            // The comparison period is matched by segment code (its rows may differ in order).
            seg::SalesFigures f;
            QString name = code;
            for (const seg::SalesRow &row : period->rows)
                if (row.code == code) {
                    f = row.figures;
                    name = displayName(row.name, row.code);
                }
            const double v = SalesMetrics::value(f, metric);
            largest = std::max(largest, v);
            set.values << v;
            set.valueLabels << (SalesMetrics::isMoney(metric) ? format.moneyShort(v)
                                                              : format.metricValue(metric, v));
            set.tooltips << ChartBuilders::tr(
                                "%1 · %2\n%3: %4\nOrders: %5 · Customers who ordered: %6")
                                .arg(name, set.label, SalesMetrics::label(metric),
                                     format.metricValue(metric, v),
                                     MoneyFormat::number(double(f.orders)),
                                     MoneyFormat::number(double(f.customersOrdered)));
        }
        out.sets << set;
    }
    const QString unit = SalesMetrics::isMoney(metric)
                             ? QStringLiteral(" (%1)").arg(format.currencyCode())
                             : QString();
    out.axis = niceAxis(largest, SalesMetrics::label(metric) + unit, [&](double v) {
        return SalesMetrics::isMoney(metric) ? format.moneyShort(v)
                                             : MoneyFormat::number(v, v == std::round(v) ? 0 : 1);
    });
    return out;
}

LineChartData buildSalesLineChart(const seg::SalesSeries &current,
                                  const std::optional<seg::SalesSeries> &compare,
                                  SalesMetric metric, const MoneyFormat &format)
{
    LineChartData out;
    const QString per =
        current.granularity == seg::SeriesGranularity::Day    ? ChartBuilders::tr("per day")
        : current.granularity == seg::SeriesGranularity::Week ? ChartBuilders::tr("per week")
                                                              : ChartBuilders::tr("per month");
    out.title = ChartBuilders::tr("%1 %2").arg(SalesMetrics::label(metric), per);
    out.points = int(current.bucketStarts.size());
    const bool manyYears = current.period.from.year() != current.period.to.year();
    for (int i = 0; i < out.points; ++i)
        out.bucketNames << chartbuckets::name(current.bucketStarts[i], current.period.to,
                                              current.granularity,
                                              current.bucketStarts.value(i + 1));
    const int stride = std::max(1, int(std::ceil(out.points / 12.0)));
    for (int i = 0; i < out.points; i += stride) {
        QString tick = chartbuckets::tick(current.bucketStarts[i], current.granularity, manyYears);
        if (chartbuckets::isPartial(current.bucketStarts, i, current.period.to,
                                    current.granularity))
            tick = ChartBuilders::tr("%1 (part)").arg(tick);
        out.xLabels << qMakePair(i, tick);
    }

    double largest = 0;
    auto addLines = [&](const seg::SalesSeries &series, bool comparison) {
        QStringList compareNames;
        for (int i = 0; i < series.bucketStarts.size(); ++i)
            compareNames << chartbuckets::name(series.bucketStarts[i], series.period.to,
                                               series.granularity,
                                               series.bucketStarts.value(i + 1));
        for (int s = 0; s < series.lines.size(); ++s) {
            const seg::SalesSeries::Line &source = series.lines[s];
            LineChartData::Line line;
            line.name = displayName(source.name, source.code);
            if (comparison) line.name = ChartBuilders::tr("%1 (comparison)").arg(line.name);
            line.comparison = comparison;
            line.colorIndex = s;
            // The comparison is drawn bucket by bucket over the period's buckets.
            for (int i = 0; i < out.points; ++i) {
                const double v =
                    i < source.points.size() ? SalesMetrics::value(source.points[i], metric) : 0.0;
                largest = std::max(largest, v);
                line.values << v;
                const QString bucket =
                    comparison ? compareNames.value(i) : out.bucketNames.value(i);
                line.tooltips << ChartBuilders::tr("%1\n%2\n%3: %4")
                                     .arg(displayName(source.name, source.code), bucket,
                                          SalesMetrics::label(metric),
                                          format.metricValue(metric, v));
            }
            out.lines << line;
        }
    };
    addLines(current, false);
    if (compare) {
        addLines(*compare, true);
        out.legendNote = ChartBuilders::tr("Solid: %1 · dashed: %2")
                             .arg(rangeLabel(current.period), rangeLabel(compare->period));
    }
    const QString unit = SalesMetrics::isMoney(metric)
                             ? QStringLiteral(" (%1)").arg(format.currencyCode())
                             : QString();
    out.axis = niceAxis(largest, SalesMetrics::label(metric) + unit, [&](double v) {
        return SalesMetrics::isMoney(metric) ? format.moneyShort(v)
                                             : MoneyFormat::number(v, v == std::round(v) ? 0 : 1);
    });
    return out;
}

SizeChartData buildSizeChart(const QList<seg::SizeHistoryLine> &lines)
{
    SizeChartData out;
    out.title = ChartBuilders::tr("Segment size over time");
    double largest = 0;
    bool first = true;
    for (const seg::SizeHistoryLine &source : lines) {
        SizeChartData::Line line;
        line.name = displayName(source.name, source.code);
        for (const seg::SizePoint &p : source.points) {
            const qint64 t = p.at.toMSecsSinceEpoch();
            line.points << QPointF(double(t), double(p.members));
            largest = std::max(largest, double(p.members));
            if (first || t < out.minTime) out.minTime = t;
            if (first || t > out.maxTime) out.maxTime = t;
            first = false;
        }
        out.lines << line;
    }
    out.empty = first;
    if (out.minTime == out.maxTime) { // one refresh: widen to a day around it
        out.minTime -= 12 * 3600 * 1000LL;
        out.maxTime += 12 * 3600 * 1000LL;
    }
    out.axis = niceAxis(largest, ChartBuilders::tr("Members"),
                        [](double v) { return MoneyFormat::number(v, 0); });
    return out;
}

OverlapGridData buildOverlapGrid(const seg::OverlapMatrix &m)
{
    OverlapGridData out;
    const int n = int(m.segments.size());
    for (const seg::ReportSegment &s : m.segments) {
        out.names << displayName(s.name, s.code);
        out.headers << wrapName(displayName(s.name, s.code), 14);
        out.codes << s.code;
    }
    for (int i = 0; i < n; ++i) {
        QList<QString> text, tips;
        QList<double> share;
        for (int j = 0; j < n; ++j) {
            const qint64 both = m.both[i][j];
            const double pct = m.pctOfRow(i, j);
            if (i == j) {
                text << ChartBuilders::tr("%1 members").arg(MoneyFormat::number(double(both)));
                tips << ChartBuilders::tr("%1 has %2 members")
                            .arg(out.names[i], MoneyFormat::number(double(both)));
                share << 1.0;
            } else {
                text << QStringLiteral("%1\n%2").arg(MoneyFormat::number(double(both)),
                                                     MoneyFormat::percent(pct));
                tips << ChartBuilders::tr("%1 of the %2 members of %3 (%4) are also in "
                                          "%5.\nDouble-click to list them.")
                            .arg(MoneyFormat::number(double(both)),
                                 MoneyFormat::number(double(m.size(i))), out.names[i],
                                 MoneyFormat::percent(pct), out.names[j]);
                share << pct / 100.0;
            }
        }
        out.text << text;
        out.tooltips << tips;
        out.share << share;
    }
    return out;
}

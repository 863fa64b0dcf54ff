// The chart builders and table model on hand-made report results: what the charts draw.
#include "dashboard/chartbuilders.h"
#include "dashboard/salesmetric.h"
#include "dashboard/salesstatisticsmodel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace seg;

namespace {

// Formatting depends on the locale: pin US English ("1,234.50", "Sep").
const bool kLocale = [] {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return true;
}();

SalesFigures figures(qint64 members, qint64 orders, double grand, qint64 buyers = 0)
{
    SalesFigures f;
    f.customers = members;
    f.orders = orders;
    f.customersOrdered = buyers ? buyers : orders;
    f.grandTotal = grand;
    f.subtotal = grand * 0.8;
    f.discount = 12.5;
    f.qty = double(orders) * 2;
    return f;
}

SalesReportResult report(const DateRange &period, const QList<SalesRow> &rows,
                         const SalesFigures &store)
{
    SalesReportResult r;
    r.period = period;
    r.rows = rows;
    r.store = store;
    return r;
}

const DateRange kOct{QDate(2026, 10, 1), QDate(2026, 10, 31)};
const DateRange kSep{QDate(2026, 9, 1), QDate(2026, 9, 30)};

TEST(MoneyFormat, SymbolsCodesAndShortForms)
{
    EXPECT_EQ(MoneyFormat(QStringLiteral("GBP")).money(1234.5), QStringLiteral("£1,234.50"));
    EXPECT_EQ(MoneyFormat(QStringLiteral("eur")).money(-3), QStringLiteral("−€3.00"));
    EXPECT_EQ(MoneyFormat(QStringLiteral("CHF")).money(1234.5), QStringLiteral("CHF 1,234.50"));
    EXPECT_EQ(MoneyFormat(QString()).currencyCode(), QStringLiteral("USD"));
    const MoneyFormat gbp(QStringLiteral("GBP"));
    EXPECT_EQ(gbp.moneyShort(0), QStringLiteral("£0"));
    EXPECT_EQ(gbp.moneyShort(950), QStringLiteral("£950"));
    EXPECT_EQ(gbp.moneyShort(2500), QStringLiteral("£2.5k"));
    EXPECT_EQ(gbp.moneyShort(125000), QStringLiteral("£125k"));
    EXPECT_EQ(gbp.moneyShort(1500000), QStringLiteral("£1.5M"));
    EXPECT_EQ(gbp.metricValue(SalesMetric::Orders, 1234), QStringLiteral("1,234"));
    EXPECT_EQ(gbp.metricValue(SalesMetric::Quantity, 2.5), QStringLiteral("2.50"));
    EXPECT_EQ(MoneyFormat::percent(12.345), QStringLiteral("12.3 %"));
}

TEST(ChartBuilders, NiceAxisRoundsUp)
{
    auto plain = [](double v) { return QString::number(v); };
    const ValueAxisData a = niceAxis(735371.16, QStringLiteral("t"), plain);
    EXPECT_EQ(a.max, 800000);
    EXPECT_EQ(a.tickCount, 5);
    EXPECT_EQ(a.tickLabels, (QStringList{"0", "200000", "400000", "600000", "800000"}));
    const ValueAxisData small = niceAxis(7, QStringLiteral("t"), plain);
    EXPECT_GE(small.max, 7 * 1.08 - 1e-9);
    EXPECT_LE(small.tickCount, 7);
    const ValueAxisData zero = niceAxis(0, QStringLiteral("t"), plain);
    EXPECT_GT(zero.max, 0);
    EXPECT_EQ(zero.tickLabels.first(), QStringLiteral("0"));
    for (double v : {0.3, 1.0, 12.0, 99.0, 101.0, 4321.0, 1e6}) {
        const ValueAxisData x = niceAxis(v, {}, plain);
        EXPECT_GE(x.max, v) << v;
        EXPECT_EQ(x.tickLabels.size(), x.tickCount) << v;
        EXPECT_LE(x.tickCount, 8) << v;
    }
}

TEST(ChartBuilders, RangeLabelsAndWrapping)
{
    EXPECT_EQ(rangeLabel(kOct), QStringLiteral("1 – 31 Oct 2026"));
    EXPECT_EQ(rangeLabel(DateRange{QDate(2025, 12, 28), QDate(2026, 1, 3)}),
              QStringLiteral("28 Dec 2025 – 3 Jan 2026"));
    EXPECT_EQ(rangeLabel(DateRange{QDate(2026, 9, 28), QDate(2026, 10, 4)}),
              QStringLiteral("28 Sep – 4 Oct 2026"));
    EXPECT_EQ(rangeLabel(DateRange{QDate(2026, 11, 1), QDate(2026, 11, 1)}),
              QStringLiteral("1 Nov 2026"));
    EXPECT_EQ(wrapName(QStringLiteral("Birthday in the next 30 days")),
              QStringLiteral("Birthday in the\nnext 30 days"));
    EXPECT_EQ(wrapName(QStringLiteral("VIP")), QStringLiteral("VIP"));
    EXPECT_EQ(wrapCategory(QStringLiteral("Big baskets (AOV <= 150)")),
              QStringLiteral("Big baskets<br>(AOV &lt;= 150)"));
}

TEST(ChartBuilders, BarChartRanksSegmentsAndMatchesTheComparisonByCode)
{
    const SalesReportResult now = report(kOct,
                                         {{"vip", "VIP", figures(10, 4, 400.0)},
                                          {"new", "New customers", figures(50, 9, 900.5)},
                                          {"none", "No orders", figures(5, 0, 0)}},
                                         figures(100, 20, 2000));
    // The comparison lists the segments in another order and lacks one.
    const SalesReportResult before = report(
        kSep,
        {{"new", "New customers", figures(40, 3, 150.0)}, {"vip", "VIP", figures(9, 2, 250.25)}},
        figures(90, 10, 900));
    const BarChartData bars = buildSalesBarChart(now, before, SalesMetric::GrandTotal,
                                                 MoneyFormat(QStringLiteral("GBP")));
    EXPECT_EQ(bars.title, QStringLiteral("Grand total by segment"));
    EXPECT_EQ(bars.codes, (QStringList{"new", "vip", "none"}));
    EXPECT_EQ(bars.categories, (QStringList{"New<br>customers", "VIP", "No orders"}));
    ASSERT_EQ(bars.sets.size(), 2);
    EXPECT_EQ(bars.sets[0].label, QStringLiteral("1 – 31 Oct 2026"));
    EXPECT_EQ(bars.sets[0].values, (QList<double>{900.5, 400.0, 0.0}));
    EXPECT_EQ(bars.sets[1].label, QStringLiteral("1 – 30 Sep 2026"));
    EXPECT_EQ(bars.sets[1].values, (QList<double>{150.0, 250.25, 0.0}));
    EXPECT_TRUE(bars.sets[0].tooltips[0].contains(QStringLiteral("Grand total: £900.50")))
        << bars.sets[0].tooltips[0].toStdString();
    EXPECT_TRUE(bars.sets[1].tooltips[1].contains(QStringLiteral("VIP · 1 – 30 Sep 2026")))
        << bars.sets[1].tooltips[1].toStdString();
    EXPECT_EQ(bars.sets[0].valueLabels[0], QStringLiteral("£901"));
    EXPECT_EQ(bars.axis.title, QStringLiteral("Grand total (GBP)"));
    EXPECT_GE(bars.axis.max, 900.5);
    EXPECT_EQ(bars.axis.tickLabels.first(), QStringLiteral("£0"));

    const BarChartData orders = buildSalesBarChart(now, std::nullopt, SalesMetric::Orders,
                                                   MoneyFormat(QStringLiteral("GBP")));
    ASSERT_EQ(orders.sets.size(), 1);
    EXPECT_EQ(orders.sets[0].values, (QList<double>{9, 4, 0}));
    EXPECT_EQ(orders.axis.title, QStringLiteral("Orders"));
    const BarChartData aov = buildSalesBarChart(now, std::nullopt, SalesMetric::AverageOrderValue,
                                                MoneyFormat(QStringLiteral("GBP")));
    EXPECT_EQ(aov.codes.first(), QStringLiteral("new"));
    EXPECT_NEAR(aov.sets[0].values[0], 900.5 / 9, 1e-9);
    EXPECT_EQ(aov.sets[0].values[2], 0.0); // no orders: no average, drawn as 0
}

SalesSeries series(const DateRange &period, SeriesGranularity g,
                   const QList<QPair<QString, QList<double>>> &lines)
{
    SalesSeries s;
    s.granularity = g;
    s.period = period;
    s.bucketStarts = SalesReport::bucketStarts(period, g, Qt::Monday);
    for (const auto &line : lines) {
        SalesSeries::Line l{line.first, line.first.toUpper(), {}};
        for (double v : line.second)
            l.points << figures(10, qint64(v), v * 10);
        s.lines << l;
    }
    return s;
}

TEST(ChartBuilders, LineChartPointsLabelsAndComparison)
{
    QList<double> daily;
    for (int i = 0; i < 31; ++i)
        daily << i;
    const SalesSeries now =
        series(kOct, SeriesGranularity::Day, {{"a", daily}, {"b", QList<double>(31, 1.0)}});
    const SalesSeries before =
        series(kSep, SeriesGranularity::Day,
               {{"a", QList<double>(30, 2.0)}, {"b", QList<double>(30, 0.0)}});
    const LineChartData chart =
        buildSalesLineChart(now, before, SalesMetric::Orders, MoneyFormat(QStringLiteral("EUR")));
    EXPECT_EQ(chart.title, QStringLiteral("Orders per day"));
    EXPECT_EQ(chart.points, 31);
    EXPECT_LE(chart.xLabels.size(), 12);
    EXPECT_EQ(chart.xLabels.first(), qMakePair(0, QStringLiteral("1 Oct")));
    ASSERT_EQ(chart.lines.size(), 4);
    EXPECT_FALSE(chart.lines[0].comparison);
    EXPECT_EQ(chart.lines[0].name, QStringLiteral("A"));
    EXPECT_EQ(chart.lines[0].values[30], 30.0);
    EXPECT_TRUE(chart.lines[2].comparison);
    EXPECT_EQ(chart.lines[2].colorIndex, chart.lines[0].colorIndex); // same colour as its segment
    EXPECT_EQ(chart.lines[2].values.size(), 31); // drawn over the period's buckets; Sep has 30
    EXPECT_EQ(chart.lines[2].values[29], 2.0);
    EXPECT_EQ(chart.lines[2].values[30], 0.0);
    EXPECT_TRUE(chart.lines[2].tooltips[0].contains(QStringLiteral("Tue 1 Sep 2026")))
        << chart.lines[2].tooltips[0].toStdString();
    EXPECT_TRUE(chart.lines[0].tooltips[5].contains(QStringLiteral("Orders: 5")));
    EXPECT_EQ(chart.legendNote, QStringLiteral("Solid: 1 – 31 Oct 2026 · dashed: 1 – 30 Sep 2026"));
    EXPECT_GE(chart.axis.max, 30);

    // Months: a period cut short is marked on the axis.
    const SalesSeries months = series(DateRange{QDate(2026, 1, 1), QDate(2026, 11, 1)},
                                      SeriesGranularity::Month, {{"a", QList<double>(11, 3.0)}});
    const LineChartData m = buildSalesLineChart(months, std::nullopt, SalesMetric::GrandTotal,
                                                MoneyFormat(QStringLiteral("GBP")));
    EXPECT_EQ(m.title, QStringLiteral("Grand total per month"));
    EXPECT_EQ(m.points, 11);
    EXPECT_EQ(m.xLabels.first().second, QStringLiteral("Jan"));
    EXPECT_EQ(m.xLabels.last(), qMakePair(10, QStringLiteral("Nov (part)")));
    EXPECT_TRUE(m.legendNote.isEmpty());
    EXPECT_TRUE(m.lines[0].tooltips[0].contains(QStringLiteral("£30.00")));
}

TEST(ChartBuilders, SizeChartFromSnapshots)
{
    const QDateTime t0(QDate(2026, 10, 1), QTime(6, 0), QTimeZone::utc());
    const QList<SizeHistoryLine> lines{{"a", "Alpha", {{t0, 10}, {t0.addDays(7), 12}}},
                                       {"b", "", {{t0.addDays(14), 400}}},
                                       {"c", "Gamma", {}}};
    const SizeChartData chart = buildSizeChart(lines);
    EXPECT_FALSE(chart.empty);
    ASSERT_EQ(chart.lines.size(), 3);
    EXPECT_EQ(chart.lines[1].name, QStringLiteral("b")); // no name: the code
    EXPECT_EQ(chart.lines[0].points[1], QPointF(double(t0.addDays(7).toMSecsSinceEpoch()), 12.0));
    EXPECT_EQ(chart.minTime, t0.toMSecsSinceEpoch());
    EXPECT_EQ(chart.maxTime, t0.addDays(14).toMSecsSinceEpoch());
    EXPECT_GE(chart.axis.max, 400);
    EXPECT_TRUE(buildSizeChart({{"c", "Gamma", {}}}).empty);
    const SizeChartData one = buildSizeChart({{"a", "Alpha", {{t0, 10}}}});
    EXPECT_LT(one.minTime, one.maxTime); // a single snapshot still spans an axis
}

TEST(ChartBuilders, OverlapGrid)
{
    OverlapMatrix m;
    m.segments = {{1, "a", "Alpha"}, {2, "b", "Beta"}};
    m.both = {{4, 1}, {1, 2}};
    const OverlapGridData grid = buildOverlapGrid(m);
    EXPECT_EQ(grid.names, (QStringList{"Alpha", "Beta"}));
    EXPECT_EQ(grid.text[0][0], QStringLiteral("4 members"));
    EXPECT_EQ(grid.text[0][1], QStringLiteral("1\n25.0 %"));
    EXPECT_EQ(grid.text[1][0], QStringLiteral("1\n50.0 %"));
    EXPECT_DOUBLE_EQ(grid.share[0][1], 0.25);
    EXPECT_TRUE(grid.tooltips[1][0].contains(
        QStringLiteral("1 of the 2 members of Beta (50.0 %) are also in Alpha")));
}

TEST(SalesStatisticsModel, RowsTotalsAndSortingKeepTheTotalLast)
{
    const SalesReportResult r =
        report(kOct, {{"vip", "VIP", figures(10, 4, 400.0)}, {"new", "New", figures(50, 9, 900.5)}},
               figures(200, 20, 2000));
    SalesStatisticsModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setReport(r, MoneyFormat(QStringLiteral("GBP")));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), SalesStatisticsModel::ColumnCount);
    EXPECT_EQ(model.index(0, SalesStatisticsModel::Segment).data().toString(),
              QStringLiteral("VIP"));
    EXPECT_EQ(model.index(0, SalesStatisticsModel::CustomersPct).data().toString(),
              QStringLiteral("5.0 %"));
    EXPECT_EQ(model.index(1, SalesStatisticsModel::OrdersPct).data().toString(),
              QStringLiteral("45.0 %"));
    EXPECT_EQ(model.index(1, SalesStatisticsModel::GrandTotal).data().toString(),
              QStringLiteral("£900.50"));
    EXPECT_EQ(model.index(1, SalesStatisticsModel::Aov).data().toString(),
              QStringLiteral("£100.06"));
    EXPECT_EQ(model.index(2, SalesStatisticsModel::Segment).data().toString(),
              QStringLiteral("All customers"));
    EXPECT_EQ(model.index(2, SalesStatisticsModel::Customers).data().toString(),
              QStringLiteral("200"));
    EXPECT_EQ(model.index(2, SalesStatisticsModel::OrdersPct).data().toString(),
              QStringLiteral("100.0 %"));

    SalesStatisticsSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SalesStatisticsModel::SortRole);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        proxy.sort(SalesStatisticsModel::GrandTotal, order);
        EXPECT_EQ(proxy.index(2, 0).data().toString(), QStringLiteral("All customers"));
        EXPECT_EQ(proxy.index(0, 0).data().toString(),
                  order == Qt::AscendingOrder ? QStringLiteral("VIP") : QStringLiteral("New"));
    }
    proxy.sort(SalesStatisticsModel::Segment, Qt::AscendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("New"));
    EXPECT_EQ(proxy.index(2, 0).data().toString(), QStringLiteral("All customers"));
}

} // namespace

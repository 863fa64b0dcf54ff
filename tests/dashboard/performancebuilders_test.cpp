// The Performance tab's builders, table model and table files on hand-made results: what the
// tiles say, what the conversion chart draws, what an export writes.
#include "dashboard/performancebuilders.h"
#include "dashboard/reporttablemodel.h"
#include "reports/performancetables.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace seg;

namespace {

// Formatting depends on the locale: pin US English ("1,234.50").
const bool kLocale = [] {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return true;
}();

PerformanceRow row(const QString &code, const QDate &from, const QDate &to, qint64 members,
                   qint64 converters, qint64 orders, double revenue, qint64 atStart = 0,
                   qint64 atEnd = 0)
{
    PerformanceRow r;
    r.code = code;
    r.name = code.toUpper();
    r.bucketStart = from;
    r.bucketEnd = to;
    r.members = members;
    r.converters = converters;
    r.orders = orders;
    r.revenue = revenue;
    r.membersAtStart = atStart;
    r.membersAtEnd = atEnd;
    return r;
}

const DateRange kNov{QDate(2026, 11, 1), QDate(2026, 11, 30)};
const DateRange kOct{QDate(2026, 10, 2), QDate(2026, 10, 31)};

PerformanceComparison comparison(bool withCompare)
{
    PerformanceComparison c;
    c.totals.query.period = kNov;
    c.totals.query.membership = MembershipMode::Historical;
    c.totals.rows << row(QStringLiteral("vip"), kNov.from, kNov.to, 200, 50, 80, 12000.0, 180, 210)
                  << row(QStringLiteral("lapsed"), kNov.from, kNov.to, 100, 0, 0, 0.0, 100, 90);
    if (withCompare) {
        PerformanceReportResult before;
        before.query.period = kOct;
        before.rows << row(QStringLiteral("vip"), kOct.from, kOct.to, 200, 40, 70, 14000.0)
                    << row(QStringLiteral("lapsed"), kOct.from, kOct.to, 100, 0, 0, 0.0);
        c.compareTotals = before;
    }
    return c;
}

const KpiData &kpi(const KpiTileData &tile, const QString &label)
{
    for (const KpiData &k : tile.kpis)
        if (k.label == label) return k;
    static KpiData none;
    ADD_FAILURE() << "no KPI " << label.toStdString();
    return none;
}

} // namespace

TEST(PerformanceBuilders, TilesShowThePeriodAndItsChangeAgainstTheComparison)
{
    const QList<KpiTileData> tiles =
        buildKpiTiles(comparison(true), MoneyFormat(QStringLiteral("GBP")));
    ASSERT_EQ(tiles.size(), 2);
    const KpiTileData &vip = tiles[0];
    EXPECT_EQ(vip.code, QStringLiteral("vip"));
    EXPECT_EQ(vip.title, QStringLiteral("VIP"));
    // Members at the end of the period, and their change over it (210 - 180).
    EXPECT_EQ(kpi(vip, QStringLiteral("Members")).value, QStringLiteral("210"));
    EXPECT_EQ(kpi(vip, QStringLiteral("Members")).delta, QStringLiteral("+30 over the period"));
    EXPECT_EQ(kpi(vip, QStringLiteral("Members")).trend, 1);
    // 50 of 200 = 25 %, against 40 of 200 = 20 %: +5 points, better.
    EXPECT_EQ(kpi(vip, QStringLiteral("Conversion rate")).value, MoneyFormat::percent(25.0));
    EXPECT_EQ(kpi(vip, QStringLiteral("Conversion rate")).delta, QStringLiteral("+5.0 pts"));
    EXPECT_EQ(kpi(vip, QStringLiteral("Conversion rate")).trend, 1);
    // Revenue 12,000 against 14,000: -14.3 %, worse.
    EXPECT_EQ(kpi(vip, QStringLiteral("Revenue")).value, QStringLiteral("£12,000.00"));
    EXPECT_EQ(kpi(vip, QStringLiteral("Revenue")).delta, QStringLiteral("−14.3 %"));
    EXPECT_EQ(kpi(vip, QStringLiteral("Revenue")).trend, -1);
    // AOV 150 against 200; revenue per member 60 against 70.
    EXPECT_EQ(kpi(vip, QStringLiteral("Average order value")).value, QStringLiteral("£150.00"));
    EXPECT_EQ(kpi(vip, QStringLiteral("Revenue per member")).value, QStringLiteral("£60.00"));
    EXPECT_EQ(kpi(vip, QStringLiteral("Revenue per member")).trend, -1);
    EXPECT_TRUE(vip.tooltip.contains(QStringLiteral("while the customer was a member")));
    EXPECT_EQ(performanceCaption(comparison(true)),
              QStringLiteral("Orders counted while the customer was a member · changes against "
                             "2 – 31 Oct 2026"));
    EXPECT_EQ(performanceCaption(comparison(false)),
              QStringLiteral("Orders counted while the customer was a member"));

    // A segment that shrank and never ordered: nothing is "better".
    const KpiTileData &lapsed = tiles[1];
    EXPECT_EQ(kpi(lapsed, QStringLiteral("Members")).delta, QStringLiteral("−10 over the period"));
    EXPECT_EQ(kpi(lapsed, QStringLiteral("Revenue")).trend, 0);
    EXPECT_EQ(kpi(lapsed, QStringLiteral("Average order value")).value, QStringLiteral("£0.00"));
}

TEST(PerformanceBuilders, WithoutAComparisonOnlyTheMembersChangeIsShown)
{
    const QList<KpiTileData> tiles =
        buildKpiTiles(comparison(false), MoneyFormat(QStringLiteral("USD")));
    ASSERT_EQ(tiles.size(), 2);
    EXPECT_FALSE(kpi(tiles[0], QStringLiteral("Members")).delta.isEmpty());
    EXPECT_TRUE(kpi(tiles[0], QStringLiteral("Conversion rate")).delta.isEmpty());
    EXPECT_EQ(kpi(tiles[0], QStringLiteral("Revenue")).trend, 0);
}

TEST(PerformanceBuilders, ConversionChartHasALinePerSegmentAndDashedComparisons)
{
    PerformanceReportResult series;
    series.query.period = DateRange{QDate(2026, 9, 1), QDate(2026, 10, 15)};
    series.query.granularity = SeriesGranularity::Month;
    series.bucketStarts = {QDate(2026, 9, 1), QDate(2026, 10, 1)};
    series.rows << row(QStringLiteral("a"), QDate(2026, 9, 1), QDate(2026, 9, 30), 10, 1, 1, 10)
                << row(QStringLiteral("b"), QDate(2026, 9, 1), QDate(2026, 9, 30), 4, 2, 3, 30)
                << row(QStringLiteral("a"), QDate(2026, 10, 1), QDate(2026, 10, 15), 10, 3, 4, 40)
                << row(QStringLiteral("b"), QDate(2026, 10, 1), QDate(2026, 10, 15), 0, 0, 0, 0);
    PerformanceReportResult before = series;
    before.query.period = DateRange{QDate(2025, 9, 1), QDate(2025, 10, 15)};
    for (PerformanceRow &r : before.rows)
        r.converters = 0;

    const LineChartData chart = buildConversionChart(series, before);
    EXPECT_EQ(chart.points, 2);
    ASSERT_EQ(chart.lines.size(), 4);
    EXPECT_EQ(chart.lines[0].name, QStringLiteral("A"));
    EXPECT_EQ(chart.lines[0].values, (QList<double>{10.0, 30.0}));
    EXPECT_EQ(chart.lines[1].values, (QList<double>{50.0, 0.0})); // no members: 0, not NaN
    EXPECT_FALSE(chart.lines[0].comparison);
    EXPECT_TRUE(chart.lines[2].comparison);
    EXPECT_EQ(chart.lines[2].colorIndex, 0); // the comparison keeps its segment's colour
    EXPECT_EQ(chart.lines[2].values, (QList<double>{0.0, 0.0}));
    ASSERT_EQ(chart.xLabels.size(), 2);
    EXPECT_TRUE(chart.xLabels[1].second.contains(QStringLiteral("(part)"))); // half of October
    EXPECT_TRUE(chart.lines[0].tooltips[1].contains(QStringLiteral("3 of 10 members")));
    EXPECT_FALSE(chart.legendNote.isEmpty());
    EXPECT_GE(chart.axis.max, 50.0);
}

TEST(PerformanceTables, ModelShowsTheExportedRowsAndFilesHoldThem)
{
    PerformanceComparison c = comparison(false);
    c.totals.rows[0].name = QStringLiteral("=HYPERLINK(\"x\")"); // a name a spreadsheet would run
    const ReportTable table = PerformanceTables::figures(c.totals);
    ReportTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setTable(table);
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), 13);
    EXPECT_EQ(model.headerData(8, Qt::Horizontal).toString(),
              QStringLiteral("Conversion rate (%)"));
    EXPECT_EQ(model.index(0, 3).data().toString(), QStringLiteral("historical"));
    EXPECT_EQ(model.index(0, 8).data().toString(), QStringLiteral("25.00"));
    EXPECT_EQ(model.index(0, 10).data().toString(), QStringLiteral("12,000.00"));
    EXPECT_DOUBLE_EQ(model.index(0, 10).data(ReportTableModel::SortRole).toDouble(), 12000.0);

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("t.csv"));
    ASSERT_TRUE(ReportTableFile::write(table, ReportFileFormat::Csv, csv).ok());
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral(
        "period_start,period_end,segment,membership,members,members_at_start,members_at_end,"
        "converters,conversion_rate,orders,revenue,aov,revenue_per_member")));
    EXPECT_TRUE(text.contains(QStringLiteral("2026-11-01,2026-11-30,LAPSED,historical,100,100,90,0,"
                                             "0.0000,0,0.0000,0.0000,0.0000")));
    EXPECT_FALSE(text.contains(QStringLiteral(",=HYPERLINK"))); // neutralised, never a formula
    const QString xlsx = dir.filePath(QStringLiteral("t.xlsx"));
    ASSERT_TRUE(ReportTableFile::write(table, ReportFileFormat::Xlsx, xlsx).ok());
    QFile x(xlsx);
    ASSERT_TRUE(x.open(QIODevice::ReadOnly));
    EXPECT_TRUE(x.read(2) == "PK"); // a zip: the workbook
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral(".t.xlsx.partial"))));
}

TEST(PerformanceTables, SnapshotsAndEngagementColumns)
{
    DailySnapshot s;
    s.code = QStringLiteral("vip");
    s.day = QDate(2026, 11, 3);
    s.members = 12;
    s.joiners = 2;
    s.leavers = 1;
    s.orders = 3;
    s.revenue = 99.5;
    const ReportTable snapshots =
        PerformanceTables::snapshots({s}, {{QStringLiteral("vip"), QStringLiteral("VIP club")}});
    ASSERT_EQ(snapshots.rows.size(), 1);
    EXPECT_EQ(snapshots.rows[0][1].toString(),
              QStringLiteral("VIP club")); // the name, not the code
    EXPECT_EQ(PerformanceTables::snapshots({s}).rows[0][1].toString(), QStringLiteral("vip"));
    EXPECT_EQ(snapshots.rows[0][0].toString(), QStringLiteral("2026-11-03"));
    EXPECT_EQ(snapshots.rows[0][7].toString(), QStringLiteral("99.5000"));

    CampaignEngagement e;
    e.segmentCode = QStringLiteral("vip");
    e.provider = QStringLiteral("mailchimp");
    e.campaignName = QStringLiteral("November news");
    e.sent = 100;
    e.delivered = 80;
    e.uniqueOpens = 20;
    e.uniqueClicks = 4;
    const ReportTable engagement = PerformanceTables::engagement({e});
    ASSERT_EQ(engagement.rows.size(), 1);
    EXPECT_EQ(engagement.rows[0][7].toString(), QStringLiteral("25.0000")); // 20 / 80
    EXPECT_EQ(engagement.rows[0][9].toString(), QStringLiteral("5.0000"));  // 4 / 80
}

// DashboardPane end to end on a small demo store: the workers fill the table, the charts and
// the overlap matrix with the numbers the core reports compute, and the table exports.
#include "testdatabases.h"

#include "dashboard/dashboardpane.h"
#include "dashboard/overlapmembersdialog.h"
#include "dashboard/overlapview.h"
#include "dashboard/salesdashboardwidget.h"
#include "dashboard/salesstatisticsmodel.h"
#include "dashboard/sizehistoryview.h"

#include "definition/definitioncodec.h"
#include "refresh/refresher.h"
#include "reports/overlapreport.h"
#include "reports/salesreport.h"
#include "reports/salestableexport.h"
#include "session/storesession.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QLineSeries>
#include <QProcess>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace seg;

namespace {

const char *kSegments[] = {
    R"json({"segmentor":1,"code":"buyers","name":"Buyers","apply_to":"all","conditions":{"type":"combine","conditions":[
        {"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})json",
    R"json({"segmentor":1,"code":"repeat","name":"Repeat buyers","apply_to":"all","conditions":{"type":"combine","conditions":[
        {"type":"orders","metric":"number_of_orders","operator":">=","value":3}]}})json",
    R"json({"segmentor":1,"code":"subscribers","name":"Newsletter subscribers","apply_to":"registered","conditions":{"type":"combine","conditions":[
        {"type":"customer","attribute":"newsletter","operator":"==","value":"subscribed"}]}})json",
};

class Dashboard : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        const QString path = s_dir->filePath(QStringLiteral("demo.db"));
        QProcess p;
        p.start(qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli")),
                {QStringLiteral("demo"), QStringLiteral("--out"), path,
                 QStringLiteral("--customers"), QStringLiteral("600"), QStringLiteral("--seed"),
                 QStringLiteral("7"), QStringLiteral("--today"), QStringLiteral("2026-11-01")});
        p.waitForFinished(120000);
        s_settings =
            new ConnectionSettings(*ConnectionSettings::fromUrl(QStringLiteral("sqlite:") + path));
        Result<StoreSession> session = StoreSession::open(*s_settings, true);
        if (!session) return;
        Refresher refresher(*session->connection, *session->schema, *session->segments);
        for (const char *json : kSegments) {
            Result<SegmentDefinition> d = DefinitionCodec::fromJson(QByteArray(json));
            if (!d || !session->segments->save(*d)) return;
            RefreshOptions o;
            o.asOf = QDateTime(QDate(2026, 11, 1), QTime(6, 0), QTimeZone::utc());
            if (!refresher.refresh(d->code, o)) return;
        }
        s_ready = true;
    }
    static void TearDownTestSuite()
    {
        delete s_settings;
        delete s_dir;
    }
    void SetUp() override { ASSERT_TRUE(s_ready) << "the demo store could not be prepared"; }

    static QTemporaryDir *s_dir;
    static ConnectionSettings *s_settings;
    static bool s_ready;
};
QTemporaryDir *Dashboard::s_dir = nullptr;
ConnectionSettings *Dashboard::s_settings = nullptr;
bool Dashboard::s_ready = false;

const DateRange kPeriod{QDate(2026, 5, 1), QDate(2026, 10, 31)};

TEST_F(Dashboard, SalesTabShowsTheCoreNumbersInTableAndCharts)
{
    DashboardPane view;
    view.resize(1280, 800);
    view.show();
    SalesDashboardWidget *sales = view.sales();
    sales->setToday(QDate(2026, 11, 1));
    sales->setPeriod(PeriodPreset::Custom, kPeriod);
    sales->setComparison(ComparePeriod::PreviousPeriod);
    EXPECT_EQ(sales->comparePeriod(), (DateRange{QDate(2025, 10, 29), QDate(2026, 4, 30)}));
    QSignalSpy loaded(sales, &SalesDashboardWidget::loaded);
    view.setStore(*s_settings);
    ASSERT_TRUE(loaded.wait(60000));

    // The expected numbers, straight from the core report.
    Result<StoreSession> session = StoreSession::open(*s_settings, false);
    ASSERT_TRUE(session.ok());
    SalesQuery q;
    q.period = kPeriod;
    Result<SalesReportResult> expected = SalesReport(*session).run(q);
    ASSERT_TRUE(expected.ok());
    ASSERT_TRUE(sales->data().has_value());
    ASSERT_TRUE(sales->data()->compare.has_value());
    EXPECT_EQ(sales->data()->compare->period, (DateRange{QDate(2025, 10, 29), QDate(2026, 4, 30)}));
    SalesStatisticsModel *model = sales->statistics();
    ASSERT_EQ(model->rowCount(), expected->rows.size() + 1);
    for (int i = 0; i < expected->rows.size(); ++i) {
        EXPECT_EQ(model->report().rows[i].code, expected->rows[i].code);
        EXPECT_EQ(model->report().rows[i].figures.orders, expected->rows[i].figures.orders);
        EXPECT_DOUBLE_EQ(model->report().rows[i].figures.grandTotal,
                         expected->rows[i].figures.grandTotal);
    }
    EXPECT_GT(expected->rows[0].figures.orders, 0); // the fixture has sales in the period
    EXPECT_EQ(model->index(expected->rows.size(), 0).data().toString(),
              QStringLiteral("All customers"));

    // The bar chart: one category per segment, the period and its comparison.
    QList<QAbstractSeries *> series = sales->chart()->series();
    ASSERT_EQ(series.size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(series[0]);
    ASSERT_TRUE(bars);
    ASSERT_EQ(bars->barSets().size(), 2);
    EXPECT_EQ(bars->barSets()[0]->count(), expected->rows.size());
    double largest = 0;
    for (const SalesRow &r : expected->rows)
        largest = std::max(largest, r.figures.grandTotal);
    EXPECT_DOUBLE_EQ(bars->barSets()[0]->at(0), largest); // ranked, biggest first

    // Line chart per month: one line per segment and a dashed one per comparison.
    sales->setGranularity(SeriesGranularity::Month);
    sales->setChartKind(SalesDashboardWidget::ChartKind::Lines);
    ASSERT_TRUE(loaded.wait(60000));
    ASSERT_TRUE(sales->data()->series.has_value());
    series = sales->chart()->series();
    ASSERT_EQ(series.size(), 2 * expected->rows.size());
    auto *line = qobject_cast<QLineSeries *>(series[0]);
    ASSERT_TRUE(line);
    EXPECT_EQ(line->count(), 6); // May to October
    double sum = 0;
    for (const QPointF &p : line->points())
        sum += p.y();
    EXPECT_NEAR(sum, expected->rows[0].figures.grandTotal, 0.01);

    // The statistics table exports.
    QTemporaryDir out;
    ASSERT_TRUE(SalesTableExport::write(model->report(), SalesTableExport::Format::Csv,
                                        out.filePath(QStringLiteral("t.csv")))
                    .ok());
    QFile csv(out.filePath(QStringLiteral("t.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    EXPECT_TRUE(lines[0].contains(
        "segment,customers,customers_pct,customers_ordered,orders,orders_pct,qty,discount"));
    EXPECT_TRUE(lines[1].startsWith(model->report().rows[0].name.toUtf8() + ','));
    EXPECT_TRUE(lines[expected->rows.size() + 1].startsWith("All customers,"));
    ASSERT_TRUE(SalesTableExport::write(model->report(), SalesTableExport::Format::Xlsx,
                                        out.filePath(QStringLiteral("t.xlsx")))
                    .ok());
    QFile xlsx(out.filePath(QStringLiteral("t.xlsx")));
    ASSERT_TRUE(xlsx.open(QIODevice::ReadOnly));
    EXPECT_TRUE(xlsx.read(2) == "PK"); // a zip container
}

TEST_F(Dashboard, OverlapMatrixAndDrillDownMatchTheCore)
{
    DashboardPane view;
    view.resize(1280, 800);
    view.show();
    QSignalSpy loaded(view.overlap(), &OverlapView::loaded);
    view.setStore(*s_settings);
    ASSERT_TRUE(loaded.wait(60000));
    const std::optional<OverlapMatrix> &m = view.overlap()->matrix();
    ASSERT_TRUE(m.has_value());
    ASSERT_EQ(m->segments.size(), 3);
    Result<StoreSession> session = StoreSession::open(*s_settings, false);
    ASSERT_TRUE(session.ok());
    Result<OverlapMatrix> expected = OverlapReport(*session).matrix({});
    ASSERT_TRUE(expected.ok());
    EXPECT_EQ(m->both, expected->both);
    // Repeat buyers are all buyers: the cell shows 100 %.
    EXPECT_EQ(m->segments[1].code, QStringLiteral("repeat"));
    EXPECT_EQ(view.overlap()->table()->item(1, 0)->text(),
              QStringLiteral("%1\n100.0 %").arg(m->both[1][1]));
    EXPECT_EQ(view.overlap()->table()->item(0, 0)->text(),
              QStringLiteral("%1 members").arg(m->both[0][0]));

    OverlapMembersDialog both(*s_settings, m->segments[0], m->segments[1], OverlapPart::Both);
    QSignalSpy listed(&both, &OverlapMembersDialog::loaded);
    ASSERT_TRUE(listed.wait(60000));
    EXPECT_EQ(both.total(), m->both[0][1]);
    EXPECT_EQ(both.rowCount(), std::min<qint64>(m->both[0][1], OverlapMembersDialog::kLimit));
    OverlapMembersDialog only(*s_settings, m->segments[0], m->segments[1], OverlapPart::OnlyFirst);
    QSignalSpy listedOnly(&only, &OverlapMembersDialog::loaded);
    ASSERT_TRUE(listedOnly.wait(60000));
    EXPECT_EQ(only.total(), m->both[0][0] - m->both[0][1]);
}

TEST_F(Dashboard, SizeHistoryShowsTheRefreshSnapshots)
{
    DashboardPane view;
    QSignalSpy loaded(view.sizeHistory(), &SizeHistoryView::loaded);
    view.setStore(*s_settings);
    ASSERT_TRUE(loaded.wait(60000));
    const QList<SizeHistoryLine> &lines = view.sizeHistory()->lines();
    ASSERT_EQ(lines.size(), 3);
    for (const SizeHistoryLine &l : lines)
        EXPECT_EQ(l.points.size(), 1) << l.code.toStdString(); // one refresh each
    EXPECT_EQ(view.sizeHistory()->chart()->series().size(), 3);
}

} // namespace

namespace {

TEST_F(Dashboard, NewSegmentsShowUpWhenTheLookupsReload)
{
    DashboardPane view;
    view.resize(1280, 800);
    SalesDashboardWidget *sales = view.sales();
    sales->setPeriod(PeriodPreset::Custom, kPeriod);
    sales->setComparison(ComparePeriod::None);
    QSignalSpy lookups(&view, &DashboardPane::lookupsLoaded);
    QSignalSpy loaded(sales, &SalesDashboardWidget::loaded);
    view.setStore(*s_settings);
    ASSERT_TRUE(loaded.wait(60000));
    EXPECT_EQ(sales->statistics()->rowCount(), 4); // 3 segments + all customers
    const qint64 allCustomers = sales->data()->current.store.customers;
    EXPECT_GT(allCustomers, 0);

    // Nothing changed: the tabs keep their figures.
    view.reloadLookups();
    EXPECT_FALSE(lookups.wait(1500));
    EXPECT_EQ(lookups.size(), 1);

    {
        Result<StoreSession> session = StoreSession::open(*s_settings, true);
        ASSERT_TRUE(session.ok());
        Result<SegmentDefinition> d = DefinitionCodec::fromJson(
            R"json({"segmentor":1,"code":"all","name":"Everyone","apply_to":"all","conditions":{"type":"combine","conditions":[]}})json");
        ASSERT_TRUE(d.ok());
        ASSERT_TRUE(session->segments->save(*d).ok());
    }
    view.reloadLookups();
    ASSERT_TRUE(loaded.wait(60000));
    EXPECT_EQ(sales->statistics()->rowCount(), 5);
    EXPECT_EQ(sales->data()->current.store.customers, allCustomers); // counted once per store
    {
        Result<StoreSession> session = StoreSession::open(*s_settings, true);
        ASSERT_TRUE(session.ok());
        ASSERT_TRUE(session->segments->remove(QStringLiteral("all")).ok());
    }
}

} // namespace

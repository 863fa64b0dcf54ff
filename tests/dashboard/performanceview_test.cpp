// The Performance tab end to end on a small demo store whose segments were refreshed every two
// weeks (so the journal has joiners and leavers): the worker's figures are the core use case's,
// the tiles, chart and tables show them, the mode is said, the tables export, the engagement
// import reports a store with no synced segment.
#include "fakemarketingservers.h"

#include "dashboard/dashboardpane.h"
#include "dashboard/kpitile.h"
#include "dashboard/performanceview.h"
#include "dashboard/periodpicker.h"
#include "dashboard/reporttablemodel.h"

#include "definition/definitioncodec.h"
#include "net/destinationrepository.h"
#include "net/mailchimpclient.h"
#include "net/segmentsync.h"
#include "operations/performancecomparison.h"
#include "refresh/refresher.h"
#include "session/storesession.h"

#include <QChart>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace seg;

namespace {

const char *kSegments[] = {
    R"json({"segmentor":1,"code":"newcomers","name":"Newcomers","apply_to":"registered","conditions":{"type":"combine","conditions":[
        {"type":"customer","attribute":"days_since_registration","operator":"<=","value":45}]}})json",
    R"json({"segmentor":1,"code":"buyers","name":"Buyers","apply_to":"all","conditions":{"type":"combine","conditions":[
        {"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})json",
};

const PerformanceRow &rowOf(const PerformanceReportResult &report, const QString &code)
{
    for (const PerformanceRow &r : report.rows)
        if (r.code == code) return r;
    static PerformanceRow none;
    ADD_FAILURE() << "no row for " << code.toStdString();
    return none;
}

// The import ends with engagementImported or failed (60 s at most).
void waitForEither(QSignalSpy &imported, QSignalSpy &failed)
{
    for (int i = 0; i < 600 && imported.isEmpty() && failed.isEmpty(); ++i)
        QTest::qWait(100);
}

const DateRange kPeriod{QDate(2026, 9, 1), QDate(2026, 10, 31)};

class PerformanceTab : public ::testing::Test
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
                 QStringLiteral("11"), QStringLiteral("--today"), QStringLiteral("2026-11-01")});
        p.waitForFinished(120000);
        s_settings =
            new ConnectionSettings(*ConnectionSettings::fromUrl(QStringLiteral("sqlite:") + path));
        Result<StoreSession> session = StoreSession::open(*s_settings, true);
        if (!session) return;
        QStringList codes;
        for (const char *json : kSegments) {
            Result<SegmentDefinition> d = DefinitionCodec::fromJson(QByteArray(json));
            if (!d || !session->segments->save(*d)) return;
            codes << d->code;
        }
        Refresher refresher(*session->connection, *session->schema, *session->segments);
        for (QDate day(2026, 8, 2); day <= QDate(2026, 11, 1); day = day.addDays(14))
            for (const QString &code : codes) {
                RefreshOptions o;
                o.asOf = QDateTime(day, QTime(6, 0), QTimeZone::utc());
                o.now = o.asOf;
                if (!refresher.refresh(code, o)) return;
            }
        s_ready = true;
    }
    static void TearDownTestSuite()
    {
        delete s_settings;
        delete s_dir;
    }
    void SetUp() override { ASSERT_TRUE(s_ready) << "the demo store could not be prepared"; }

    static PerformanceComparison expected(MembershipMode mode)
    {
        Result<StoreSession> session = StoreSession::open(*s_settings, false);
        EXPECT_TRUE(session.ok());
        PerformanceComparisonArgs args;
        args.query.period = kPeriod;
        args.query.segmentCodes = {QStringLiteral("newcomers"), QStringLiteral("buyers")};
        args.query.membership = mode;
        args.query.weekStart = QLocale().firstDayOfWeek();
        args.comparePeriod = DateRange{QDate(2026, 7, 2), QDate(2026, 8, 31)};
        args.granularity = SeriesGranularity::Month;
        Result<PerformanceComparison> r = comparePerformance(*session, args);
        EXPECT_TRUE(r.ok()) << (r ? "" : r.error().message.toStdString());
        return r ? *r : PerformanceComparison{};
    }

    static QTemporaryDir *s_dir;
    static ConnectionSettings *s_settings;
    static bool s_ready;
};
QTemporaryDir *PerformanceTab::s_dir = nullptr;
ConnectionSettings *PerformanceTab::s_settings = nullptr;
bool PerformanceTab::s_ready = false;

TEST_F(PerformanceTab, TilesChartAndTablesShowTheCoreFiguresInBothModes)
{
    DashboardPane pane;
    pane.resize(1400, 900);
    pane.show();
    PerformanceView *view = pane.performance();
    pane.tabs()->setCurrentWidget(view);
    view->periodPicker()->setToday(QDate(2026, 11, 1));
    view->periodPicker()->setPeriod(PeriodPreset::Custom, kPeriod);
    view->periodPicker()->setComparison(ComparePeriod::PreviousPeriod);
    view->setGranularity(SeriesGranularity::Month);
    view->setMembership(MembershipMode::Historical);
    QSignalSpy loaded(view, &PerformanceView::loaded);
    pane.setStore(*s_settings);
    ASSERT_TRUE(loaded.wait(60000));
    while (view->isLoading())
        ASSERT_TRUE(loaded.wait(60000));

    const PerformanceComparison want = expected(MembershipMode::Historical);
    ASSERT_TRUE(view->data().has_value());
    const PerformanceComparison &got = *view->data();
    EXPECT_EQ(got.totals.query.membership, MembershipMode::Historical);
    ASSERT_EQ(got.totals.rows.size(), 2);
    ASSERT_EQ(want.totals.rows.size(), 2);
    for (const PerformanceRow &g : got.totals.rows) {
        const PerformanceRow &w = rowOf(want.totals, g.code);
        EXPECT_EQ(g.members, w.members) << g.code.toStdString();
        EXPECT_EQ(g.converters, w.converters) << g.code.toStdString();
        EXPECT_EQ(g.membersAtEnd, w.membersAtEnd) << g.code.toStdString();
        EXPECT_DOUBLE_EQ(g.revenue, w.revenue) << g.code.toStdString();
    }
    // The fixture moves: newcomers join and leave over the period, buyers order.
    const PerformanceRow &newcomers = rowOf(want.totals, QStringLiteral("newcomers"));
    EXPECT_GT(newcomers.members, newcomers.membersAtEnd); // some left during the period
    ASSERT_TRUE(got.compareTotals.has_value());
    EXPECT_EQ(got.compareTotals->query.period, (DateRange{QDate(2026, 7, 2), QDate(2026, 8, 31)}));

    // One tile per segment, showing the members at the end of the period.
    const QList<KpiTile *> tiles = view->tiles();
    ASSERT_EQ(tiles.size(), 2);
    for (KpiTile *tile : tiles) {
        const auto row =
            std::find_if(got.totals.rows.begin(), got.totals.rows.end(),
                         [&](const PerformanceRow &r) { return r.code == tile->data().code; });
        ASSERT_NE(row, got.totals.rows.end());
        EXPECT_EQ(tile->data().kpis[0].value, MoneyFormat::number(double(row->membersAtEnd)));
        EXPECT_FALSE(tile->data().kpis[2].delta.isEmpty()); // revenue against the comparison
    }
    // Two segments, two months: a solid and a dashed line each.
    EXPECT_EQ(view->chart()->series().size(), 4);
    EXPECT_EQ(view->table(PerformanceView::Totals)->rowCount(), 4);
    EXPECT_EQ(view->table(PerformanceView::PerPeriod)->rowCount(), 4);
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("while the customer was a member")))
        << view->statusText().toStdString();

    // Today's members: other figures, and the screen says so.
    view->setMembership(MembershipMode::Current);
    ASSERT_TRUE(loaded.wait(60000));
    const PerformanceComparison current = expected(MembershipMode::Current);
    ASSERT_TRUE(view->data().has_value());
    EXPECT_EQ(view->data()->totals.query.membership, MembershipMode::Current);
    for (const PerformanceRow &g : view->data()->totals.rows)
        EXPECT_EQ(g.converters, rowOf(current.totals, g.code).converters) << g.code.toStdString();
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("today's members")));

    // The shown table exports as the CLI's columns.
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("totals.csv"));
    ASSERT_TRUE(view->exportTable(PerformanceView::Totals, false, csv).ok());
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 5); // header, 2 segments, 2 in the comparison period
    EXPECT_TRUE(lines[0].contains("segment,membership,members"));
    EXPECT_TRUE(lines[1].startsWith("2026-09-01,2026-10-31,"));
    EXPECT_TRUE(lines[1].contains(",current,"));
    ASSERT_TRUE(
        view->exportTable(PerformanceView::Snapshots, true, out.filePath(QStringLiteral("s.xlsx")))
            .ok());
}

TEST_F(PerformanceTab, EngagementImportWithoutSyncedSegmentsSaysSo)
{
    DashboardPane pane;
    pane.show();
    PerformanceView *view = pane.performance();
    pane.tabs()->setCurrentWidget(view);
    QSignalSpy loaded(view, &PerformanceView::loaded);
    pane.setStore(*s_settings);
    ASSERT_TRUE(loaded.wait(60000));
    view->setSegments({QStringLiteral("newcomers")}); // never pushed anywhere
    ASSERT_TRUE(loaded.wait(60000));
    QSignalSpy imported(view, &PerformanceView::engagementImported);
    QSignalSpy failed(view, &PerformanceView::failed);
    view->importEngagement();
    waitForEither(imported, failed);
    ASSERT_TRUE(!imported.isEmpty() || !failed.isEmpty());
    const QString message = !imported.isEmpty() ? imported.first().first().toString()
                                                : failed.first().first().toString();
    EXPECT_FALSE(message.isEmpty());
    EXPECT_EQ(view->table(PerformanceView::Engagement)->rowCount(), 0);
}

TEST_F(PerformanceTab, ImportButtonFillsTheEngagementTableFromMailchimp)
{
    const QString key = QStringLiteral("0123456789abcdef-us21");
    segtest::FakeMailchimp mailchimp(key, QStringLiteral("aud1"));
    {
        Result<StoreSession> opened = StoreSession::open(*s_settings, true);
        ASSERT_TRUE(opened.ok());
        StoreSession session = std::move(opened).value();
        Destination d;
        d.name = QStringLiteral("newsletter");
        d.kind = DestinationKind::Mailchimp;
        d.baseUrl = mailchimp.baseUrl();
        d.listId = QStringLiteral("aud1");
        ASSERT_TRUE(DestinationRepository(*session.storage.connection, session.storage.tablePrefix)
                        .save(d)
                        .ok());
        // The real push creates the segment's tag in the audience.
        SyncOptions o;
        o.clientFactory = [key](const Destination &dest) -> std::unique_ptr<DestinationClient> {
            return std::make_unique<MailchimpClient>(dest, key, RetryPolicy{}, nullptr);
        };
        Result<SyncResult> pushed = SegmentSync(session).run(QStringLiteral("newsletter"),
                                                             QStringLiteral("buyers"), key, o);
        ASSERT_TRUE(pushed.ok()) << pushed.error().message.toStdString();
    }
    segtest::FakeCampaign sent;
    sent.id = QStringLiteral("mc_nov");
    sent.name = QStringLiteral("November picks");
    sent.sendTime = QStringLiteral("2026-10-20T09:00:00+00:00");
    sent.listId = QStringLiteral("aud1");
    sent.tagId = mailchimp.tagId(QStringLiteral("buyers"));
    ASSERT_GT(sent.tagId, 0);
    sent.sent = 200;
    sent.hardBounces = 10;
    sent.uniqueOpens = 57;
    sent.opens = 80;
    sent.uniqueClicks = 19;
    sent.clicks = 25;
    sent.unsubscribes = 2;
    mailchimp.setCampaign(sent);
    qputenv("SEGMENTOR_API_KEY", key.toUtf8()); // as a scheduled run would give it

    DashboardPane pane;
    pane.show();
    PerformanceView *view = pane.performance();
    pane.tabs()->setCurrentWidget(view);
    QSignalSpy loaded(view, &PerformanceView::loaded);
    pane.setStore(*s_settings);
    ASSERT_TRUE(loaded.wait(60000));
    view->setSegments({QStringLiteral("buyers")});
    ASSERT_TRUE(loaded.wait(60000));
    EXPECT_EQ(view->table(PerformanceView::Engagement)->rowCount(), 0);

    QSignalSpy imported(view, &PerformanceView::engagementImported);
    QSignalSpy failed(view, &PerformanceView::failed);
    const qint64 loadsBefore = loaded.count();
    view->importEngagement();
    waitForEither(imported, failed);
    qunsetenv("SEGMENTOR_API_KEY");
    ASSERT_TRUE(failed.isEmpty()) << failed.first().first().toString().toStdString();
    ASSERT_FALSE(imported.isEmpty());
    EXPECT_TRUE(imported.first().first().toString().contains(QStringLiteral("campaigns: 1")))
        << imported.first().first().toString().toStdString();
    // The tab reads the stored rows again.
    if (loaded.count() == loadsBefore) ASSERT_TRUE(loaded.wait(60000));

    ReportTableModel *table = view->table(PerformanceView::Engagement);
    ASSERT_EQ(table->rowCount(), 1);
    auto cell = [&](const char *id) {
        const QList<ExportColumn> &columns = table->table().columns;
        for (int c = 0; c < columns.size(); ++c)
            if (columns[c].id == QLatin1String(id)) return table->index(0, c).data().toString();
        ADD_FAILURE() << "no column " << id;
        return QString();
    };
    EXPECT_EQ(cell("campaign"), QStringLiteral("November picks"));
    EXPECT_EQ(cell("delivered"), QStringLiteral("190"));    // 200 sent, 10 bounced
    EXPECT_EQ(cell("open_rate"), QStringLiteral("30.00"));  // 57 unique opens of 190
    EXPECT_EQ(cell("click_rate"), QStringLiteral("10.00")); // 19 unique clicks of 190
    EXPECT_EQ(cell("unsubscribes"), QStringLiteral("2"));
}

} // namespace

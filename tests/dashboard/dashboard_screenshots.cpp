// Screenshots of the dashboard for docs/screenshots/, on a demo store. Runs only when asked:
//   SEGMENTOR_SCREENSHOT_STORE=sqlite:/tmp/dash-demo.db SEGMENTOR_SCREENSHOT_DIR=docs/screenshots \
//   [SEGMENTOR_SCREENSHOT_PREPARE=1] build/tests/dashboard_ui_tests --gtest_filter='Screenshots.*'
// PREPARE imports the example segments and a few more, and refreshes them every two weeks
// from May to November 2026 to build a size history: make the store with --today 2026-11-01.
#include "fakemarketingservers.h"

#include "dashboard/dashboardpane.h"
#include "dashboard/overlapmembersdialog.h"
#include "dashboard/overlapview.h"
#include "dashboard/performanceview.h"
#include "dashboard/periodpicker.h"
#include "dashboard/salesdashboardwidget.h"
#include "dashboard/sizehistoryview.h"

#include "definition/definitioncodec.h"
#include "net/destinationrepository.h"
#include "net/segmentsync.h"
#include "operations/engagement.h"
#include "operations/reports.h"
#include "refresh/refresher.h"
#include "session/storesession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace seg;

namespace {

const char *kExtraSegments[] = {
    R"json({"segmentor":1,"code":"repeat-buyers","name":"Repeat buyers","apply_to":"all","refresh":"auto",
        "conditions":{"type":"combine","match":"all","expect":true,"conditions":[
          {"type":"orders","metric":"number_of_orders","operator":">=","value":3}]}})json",
    R"json({"segmentor":1,"code":"guest-shoppers","name":"Guest shoppers","apply_to":"guests","refresh":"auto",
        "conditions":{"type":"combine","match":"all","expect":true,"conditions":[
          {"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})json",
    R"json({"segmentor":1,"code":"newsletter","name":"Newsletter subscribers","apply_to":"registered","refresh":"auto",
        "conditions":{"type":"combine","match":"all","expect":true,"conditions":[
          {"type":"customer","attribute":"newsletter","operator":"==","value":"subscribed"}]}})json",
    R"json({"segmentor":1,"code":"new-customers","name":"New this year","apply_to":"registered","refresh":"auto",
        "conditions":{"type":"combine","match":"all","expect":true,"conditions":[
          {"type":"customer","attribute":"days_since_registration","operator":"<=","value":365}]}})json",
    R"json({"segmentor":1,"code":"big-baskets","name":"Big baskets (AOV ≥ 150)","apply_to":"all","refresh":"auto",
        "conditions":{"type":"combine","match":"all","expect":true,"conditions":[
          {"type":"orders","metric":"average_order_value","operator":">=","value":150}]}})json",
};

void prepare(const ConnectionSettings &settings)
{
    Result<StoreSession> session = StoreSession::open(settings, true);
    ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
    QList<QByteArray> definitions;
    const QDir examples(QStringLiteral(SEGMENTOR_SOURCE_DIR "/examples"));
    for (const QString &name : examples.entryList({QStringLiteral("*.json")})) {
        QFile f(examples.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        definitions << f.readAll();
    }
    for (const char *json : kExtraSegments)
        definitions << QByteArray(json);
    QStringList codes;
    for (const QByteArray &json : definitions) {
        Result<SegmentDefinition> d = DefinitionCodec::fromJson(json);
        ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
        ASSERT_TRUE(session->segments->save(*d).ok());
        codes << d->code;
    }
    Refresher refresher(*session->connection, *session->schema, *session->segments);
    for (QDate day(2026, 5, 3); day <= QDate(2026, 11, 1); day = day.addDays(14)) {
        for (const QString &code : codes) {
            RefreshOptions o;
            o.asOf = QDateTime(day, QTime(6, 0), QTimeZone::utc());
            o.now = o.asOf;
            Result<RefreshResult> r = refresher.refresh(code, o);
            ASSERT_TRUE(r.ok()) << code.toStdString() << ": " << r.error().message.toStdString();
        }
    }
}

// Email engagement for the Performance tab: "repeat-buyers" pushed to a fake Mailchimp on
// loopback whose campaign reports are then imported through the real clients (the fake stands
// in for mailchimp.com; the stored rows are what an import from the real service stores).
void importEngagementFromFakeMailchimp(const ConnectionSettings &settings)
{
    const QString key = QStringLiteral("0123456789abcdef-us21");
    segtest::FakeMailchimp mailchimp(key, QStringLiteral("aud1"));
    Result<StoreSession> opened = StoreSession::open(settings, true);
    ASSERT_TRUE(opened.ok());
    StoreSession session = std::move(opened).value();
    Destination d;
    d.name = QStringLiteral("Newsletter (Mailchimp)");
    d.kind = DestinationKind::Mailchimp;
    d.baseUrl = mailchimp.baseUrl();
    d.listId = QStringLiteral("aud1");
    ASSERT_TRUE(DestinationRepository(*session.storage.connection, session.storage.tablePrefix)
                    .save(d)
                    .ok());
    for (const QString &code : {QStringLiteral("repeat-buyers"), QStringLiteral("vip-platinum")})
        ASSERT_TRUE(SegmentSync(session).run(d.name, code, key, SyncOptions{}).ok());
    struct Sent
    {
        const char *id, *name, *time, *tag;
        qint64 sent, bounces, opens, clicks, unsubscribes;
    };
    const Sent sent[] = {
        {"mc1", "Autumn lookbook", "2026-09-08T09:00:00+00:00", "repeat-buyers", 412, 9, 171, 38,
         2},
        {"mc2", "Members' weekend: 20% off", "2026-10-02T09:00:00+00:00", "repeat-buyers", 418, 6,
         203, 61, 1},
        {"mc3", "Last call before winter", "2026-10-23T09:00:00+00:00", "repeat-buyers", 421, 11,
         158, 29, 4},
        {"mc4", "Platinum preview night", "2026-10-12T17:00:00+00:00", "vip-platinum", 64, 0, 41,
         17, 0},
    };
    for (const Sent &x : sent) {
        segtest::FakeCampaign c;
        c.id = QString::fromLatin1(x.id);
        c.name = QString::fromUtf8(x.name);
        c.sendTime = QString::fromLatin1(x.time);
        c.listId = QStringLiteral("aud1");
        c.tagId = mailchimp.tagId(QString::fromLatin1(x.tag));
        c.sent = x.sent;
        c.hardBounces = x.bounces;
        c.uniqueOpens = x.opens;
        c.opens = x.opens * 3 / 2;
        c.uniqueClicks = x.clicks;
        c.clicks = x.clicks * 2;
        c.unsubscribes = x.unsubscribes;
        mailchimp.setCampaign(c);
    }
    EngagementImportOptions o;
    o.apiKey = [key](const Destination &) { return key; };
    Result<EngagementImportSummary> r = importEngagement(session, {}, o);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    // The daily snapshots of the fortnightly refreshes, from the journal they wrote.
    Result<SnapshotRun> snapshots = backfillDailySnapshots(session, {}, QDate(2026, 5, 3));
    ASSERT_TRUE(snapshots.ok()) << snapshots.error().message.toStdString();
}

void save(QWidget *widget, const QString &dir, const QString &name)
{
    QDir().mkpath(dir);
    QTest::qWait(300); // let the charts lay themselves out
    const QImage image = widget->grab().toImage();
    ASSERT_TRUE(image.save(QDir(dir).filePath(name))) << name.toStdString();
}

TEST(Screenshots, Dashboard)
{
    const QString url = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_STORE");
    const QString dir = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_DIR");
    if (url.isEmpty() || dir.isEmpty())
        GTEST_SKIP()
            << "set SEGMENTOR_SCREENSHOT_STORE and SEGMENTOR_SCREENSHOT_DIR to take screenshots";
    Result<ConnectionSettings> settings = ConnectionSettings::fromUrl(url);
    ASSERT_TRUE(settings.ok());
    if (qEnvironmentVariableIntValue("SEGMENTOR_SCREENSHOT_PREPARE")) {
        prepare(*settings);
        importEngagementFromFakeMailchimp(*settings);
    }

    DashboardPane view;
    view.resize(1280, 800);
    view.show();
    SalesDashboardWidget *sales = view.sales();
    sales->setToday(QDate(2026, 11, 1));
    sales->setPeriod(PeriodPreset::Custom, DateRange{QDate(2026, 1, 1), QDate(2026, 10, 31)});
    sales->setComparison(ComparePeriod::SamePeriodLastYear);
    QSignalSpy salesLoaded(sales, &SalesDashboardWidget::loaded);
    view.setStore(*settings);
    ASSERT_TRUE(salesLoaded.wait(60000));
    save(&view, dir, QStringLiteral("dashboard-bar.png"));

    sales->setSegments({QStringLiteral("repeat-buyers"), QStringLiteral("new-customers"),
                        QStringLiteral("vip-platinum"), QStringLiteral("newsletter"),
                        QStringLiteral("guest-shoppers")});
    ASSERT_TRUE(salesLoaded.wait(60000));
    sales->setChartKind(SalesDashboardWidget::ChartKind::Lines);
    ASSERT_TRUE(salesLoaded.wait(60000));
    save(&view, dir, QStringLiteral("dashboard-line.png"));

    PerformanceView *performance = view.performance();
    performance->periodPicker()->setToday(QDate(2026, 11, 1));
    performance->periodPicker()->setPeriod(PeriodPreset::Custom,
                                           DateRange{QDate(2026, 8, 3), QDate(2026, 11, 1)});
    performance->periodPicker()->setComparison(ComparePeriod::PreviousPeriod);
    performance->setMembership(MembershipMode::Historical);
    QSignalSpy performanceLoaded(performance, &PerformanceView::loaded);
    view.tabs()->setCurrentWidget(performance);
    ASSERT_TRUE(performanceLoaded.wait(60000));
    performance->setSegments({QStringLiteral("repeat-buyers"), QStringLiteral("vip-platinum"),
                              QStringLiteral("new-customers"), QStringLiteral("lapsed-buyers")});
    ASSERT_TRUE(performanceLoaded.wait(60000));
    performance->setGranularity(SeriesGranularity::Week);
    ASSERT_TRUE(performanceLoaded.wait(60000));
    view.resize(1400, 900);
    save(&view, dir, QStringLiteral("dashboard-performance.png"));
    performance->showTable(PerformanceView::Engagement);
    save(&view, dir, QStringLiteral("dashboard-engagement.png"));
    performance->showTable(PerformanceView::Snapshots);
    save(&view, dir, QStringLiteral("dashboard-snapshots.png"));
    view.resize(1280, 800);

    QSignalSpy sizesLoaded(view.sizeHistory(), &SizeHistoryView::loaded);
    view.tabs()->setCurrentWidget(view.sizeHistory());
    if (view.sizeHistory()->lines().isEmpty()) ASSERT_TRUE(sizesLoaded.wait(60000));
    save(&view, dir, QStringLiteral("size-over-time.png"));

    QSignalSpy overlapLoaded(view.overlap(), &OverlapView::loaded);
    view.tabs()->setCurrentWidget(view.overlap());
    if (!view.overlap()->matrix()) ASSERT_TRUE(overlapLoaded.wait(60000));
    save(&view, dir, QStringLiteral("overlap.png"));

    // The drill-down: members of Lapsed buyers who are also Repeat buyers.
    const OverlapMatrix &m = *view.overlap()->matrix();
    int lapsed = -1, repeat = -1;
    for (int i = 0; i < m.segments.size(); ++i) {
        if (m.segments[i].code == QLatin1String("lapsed-buyers")) lapsed = i;
        if (m.segments[i].code == QLatin1String("repeat-buyers")) repeat = i;
    }
    ASSERT_GE(lapsed, 0);
    ASSERT_GE(repeat, 0);
    OverlapMembersDialog dialog(*settings, m.segments[lapsed], m.segments[repeat],
                                OverlapPart::Both);
    QSignalSpy listed(&dialog, &OverlapMembersDialog::loaded);
    dialog.show();
    ASSERT_TRUE(listed.wait(60000));
    save(&dialog, dir, QStringLiteral("overlap-drilldown.png"));
}

} // namespace

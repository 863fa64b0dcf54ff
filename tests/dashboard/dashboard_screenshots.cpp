// Screenshots of the dashboard for docs/screenshots/, on a demo store. Runs only when asked:
//   SEGMENTOR_SCREENSHOT_STORE=sqlite:/tmp/dash-demo.db SEGMENTOR_SCREENSHOT_DIR=docs/screenshots \
//   [SEGMENTOR_SCREENSHOT_PREPARE=1] build/tests/dashboard_ui_tests --gtest_filter='Screenshots.*'
// PREPARE imports the example segments and a few more, and refreshes them every two weeks
// from May to November 2026 to build a size history: make the store with --today 2026-11-01.
#include "dashboard/dashboardpane.h"
#include "dashboard/overlapmembersdialog.h"
#include "dashboard/overlapview.h"
#include "dashboard/salesdashboardwidget.h"
#include "dashboard/sizehistoryview.h"

#include "definition/definitioncodec.h"
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
    if (qEnvironmentVariableIntValue("SEGMENTOR_SCREENSHOT_PREPARE")) prepare(*settings);

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

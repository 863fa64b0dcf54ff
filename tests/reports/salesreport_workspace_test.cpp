// The sales report for a database user who may only read Magento's tables: Segmentor's
// tables are in a local workspace file, the orders in the store. The figures must equal those
// of the same segments and members kept in the store (MariaDB and PostgreSQL).
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "reports/salesreport.h"
#include "repository/segmentorstorage.h"
#include "session/storesession.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

SegmentDefinition definition(const QString &code)
{
    const QByteArray json =
        QStringLiteral(
            R"({"segmentor":1,"code":"%1","name":"%2","apply_to":"all","conditions":{"type":"combine","conditions":[]}})")
            .arg(code, code.toUpper())
            .toUtf8();
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(json);
    EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
    return d.ok() ? *d : SegmentDefinition{};
}

struct Members
{
    QList<qint64> ids;
    QStringList guests; // folded emails, as the refresher keys them
};

const QList<QPair<QString, Members>> kSegments = {
    {QStringLiteral("buyers"), {{1, 2}, {QStringLiteral("guest@example.com")}}},
    {QStringLiteral("guests"),
     {{},
      {QStringLiteral("guest@example.com"), QStringLiteral("other@example.com"),
       QStringLiteral("nobody@example.com")}}},
    {QStringLiteral("late"), {{2, 3, 5}, {}}},
    {QStringLiteral("no-orders"), {{4}, {}}},
    {QStringLiteral("empty"), {{}, {}}},
};

// Saves the segments and their members through `session` (wherever its tables are).
void addSegments(StoreSession &session)
{
    QSqlDatabase db = session.storage.connection->database();
    for (const auto &[code, members] : kSegments) {
        Result<SegmentRecord> saved = session.segments->save(definition(code));
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        QSqlQuery q(db);
        const QString insert =
            QStringLiteral("INSERT INTO %1segmentor_member (segment_id, member_key, customer_id, "
                           "guest_email, since) VALUES (?, ?, ?, ?, ?)")
                .arg(session.storage.tablePrefix);
        for (qint64 id : members.ids) {
            ASSERT_TRUE(q.prepare(insert));
            q.addBindValue(saved->id);
            q.addBindValue(QString::number(id));
            q.addBindValue(id);
            q.addBindValue(QVariant(QMetaType::fromType<QString>()));
            q.addBindValue(QStringLiteral("2026-10-01 00:00:00.000"));
            ASSERT_TRUE(q.exec());
        }
        for (const QString &email : members.guests) {
            ASSERT_TRUE(q.prepare(insert));
            q.addBindValue(saved->id);
            q.addBindValue(email);
            q.addBindValue(QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(email);
            q.addBindValue(QStringLiteral("2026-10-01 00:00:00.000"));
            ASSERT_TRUE(q.exec());
        }
    }
}

struct Reports
{
    QList<SalesReportResult> sales;
    QList<SalesSeries> series;
};

const QList<QStringList> kStatuses = {
    {QStringLiteral("complete")}, {QStringLiteral("complete"), QStringLiteral("processing")}, {}};

Reports runAll(const StoreSession &session)
{
    Reports out;
    SalesReport report(session);
    for (const QStringList &statuses : kStatuses) {
        SalesQuery q;
        q.period = DateRange{QDate(2026, 10, 1), QDate(2026, 10, 31)};
        q.statuses = statuses;
        q.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        q.withAllCustomers = true;
        Result<SalesReportResult> r = report.run(q);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        if (r) out.sales << *r;
        q.period = DateRange{QDate(2026, 9, 1), QDate(2026, 11, 30)};
        Result<SalesSeries> s = report.series(q, SeriesGranularity::Week);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        if (s) out.series << *s;
    }
    return out;
}

void expectSame(const SalesFigures &a, const SalesFigures &b, const std::string &where)
{
    SCOPED_TRACE(where);
    EXPECT_EQ(a.customers, b.customers);
    EXPECT_EQ(a.customersOrdered, b.customersOrdered);
    EXPECT_EQ(a.orders, b.orders);
    EXPECT_DOUBLE_EQ(a.qty, b.qty);
    EXPECT_DOUBLE_EQ(a.discount, b.discount);
    EXPECT_DOUBLE_EQ(a.shipping, b.shipping);
    EXPECT_DOUBLE_EQ(a.tax, b.tax);
    EXPECT_DOUBLE_EQ(a.refunded, b.refunded);
    EXPECT_DOUBLE_EQ(a.subtotal, b.subtotal);
    EXPECT_DOUBLE_EQ(a.grandTotal, b.grandTotal);
}

class WorkspaceReports : public ::testing::TestWithParam<Backend>
{
};

TEST_P(WorkspaceReports, SameFiguresAsWithSegmentorTablesInTheStore)
{
    std::string why;
    auto admin = freshStore(GetParam(), QStringLiteral("report_ws"), QStringLiteral("mg_"), why);
    SEGTEST_REQUIRE_STORE(admin, why);
    FixtureStore f(*admin, QStringLiteral("mg_"));
    f.installBase();
    for (int id = 1; id <= 6; ++id)
        f.customer(id);
    f.order(1, 1); // Oct 1 12:00, complete, 100 / 90 / 10
    f.order(2, 1,
            {{"created_at", "2026-10-05 09:00:00"},
             {"base_discount_amount", -15.0},
             {"base_total_refunded", 20.0},
             {"base_tax_amount", 8.5},
             {"base_grand_total", 93.5},
             {"total_qty_ordered", 3.0}});
    f.order(3, 2,
            {{"created_at", "2026-10-03 10:00:00"}, {"status", "canceled"}, {"state", "canceled"}});
    f.order(4, 2,
            {{"created_at", "2026-09-30 23:30:00"}, {"base_grand_total", 40.0}}); // Oct 1 in Berlin
    f.order(5, QVariant(),
            {{"created_at", "2026-10-10 08:00:00"},
             {"customer_email", "Guest@Example.com"},
             {"base_grand_total", 55.25}});
    f.order(6, QVariant(),
            {{"created_at", "2026-10-11 08:00:00"},
             {"status", "processing"},
             {"state", "processing"},
             {"customer_email", "guest@example.COM"},
             {"base_grand_total", 0.0001}});
    f.order(7, 3,
            {{"created_at", "2026-10-31 23:59:59"}, {"base_grand_total", 70.0}}); // Nov 1 in Berlin
    f.order(8, 3, {{"created_at", "2026-11-01 00:00:00"}, {"base_shipping_amount", 4.99}});
    f.order(9, 5,
            {{"created_at", "2026-10-15 00:00:00"},
             {"base_grand_total", 210.0},
             {"status", "processing"},
             {"state", "processing"}});
    f.order(10, QVariant(),
            {{"created_at", "2026-10-12 08:00:00"},
             {"customer_email", "other@example.com"},
             {"base_grand_total", 12.3456}});
    f.order(11, QVariant(),
            {{"created_at", "2026-10-13 08:00:00"},
             {"customer_email", QVariant()},
             {"base_grand_total", 9.99}}); // no owner
    f.order(12, 6,
            {{"created_at", "2026-10-20 08:00:00"},
             {"base_grand_total", 1234.5678},
             {"base_total_refunded", 0.0}});

    // A user with SELECT only (and temporary tables): the workspace mode's user.
    Result<ConnectionSettings> readOnlyLogin =
        readOnlyUser(*admin, GetParam(), QStringLiteral("rorep"));
    ASSERT_TRUE(readOnlyLogin.ok()) << readOnlyLogin.error().toString().toStdString();
    ConnectionSettings adminSettings = admin->settings();
    adminSettings.tablePrefix = QStringLiteral("mg_");

    // First the read-only user, whose Segmentor tables go to a workspace file...
    Reports workspace;
    {
        ConnectionSettings readOnly = *readOnlyLogin;
        readOnly.tablePrefix = adminSettings.tablePrefix;
        QTemporaryDir workspaces;
        Result<StoreSession> opened = StoreSession::open(readOnly, true, workspaces.path());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        ASSERT_TRUE(opened->storage.inWorkspace());
        addSegments(opened.value());
        if (HasFatalFailure()) return;
        workspace = runAll(*opened);
        // A second run in the same session (the staging table is dropped and made again).
        Result<SalesReportResult> again =
            SalesReport(*opened).run(SalesQuery{workspace.sales.value(0).period,
                                                QTimeZone(QByteArrayLiteral("Europe/Berlin")),
                                                {QStringLiteral("complete")},
                                                {},
                                                true});
        ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
        ASSERT_FALSE(workspace.sales.isEmpty());
        ASSERT_EQ(again->rows.size(), workspace.sales[0].rows.size());
        for (qsizetype i = 0; i < again->rows.size(); ++i)
            expectSame(again->rows[i].figures, workspace.sales[0].rows[i].figures, "second run");
    }
    EXPECT_FALSE(admin->database().tables().contains(QStringLiteral("mg_segmentor_member")));

    // ...then the same segments and members in the store, as a writing user keeps them.
    ASSERT_TRUE(SegmentorStorage::ensure(*admin, QStringLiteral("mg_")).ok());
    Result<StoreSession> inStore = StoreSession::open(adminSettings, true, QString());
    ASSERT_TRUE(inStore.ok()) << inStore.error().message.toStdString();
    ASSERT_FALSE(inStore->storage.inWorkspace());
    addSegments(inStore.value());
    if (HasFatalFailure()) return;
    const Reports store = runAll(*inStore);

    ASSERT_EQ(workspace.sales.size(), kStatuses.size());
    ASSERT_EQ(store.sales.size(), kStatuses.size());
    for (qsizetype s = 0; s < kStatuses.size(); ++s) {
        const std::string statuses = kStatuses[s].join(QLatin1Char(',')).toStdString();
        const SalesReportResult &w = workspace.sales[s], &n = store.sales[s];
        expectSame(w.store, n.store, "all customers, " + statuses);
        ASSERT_EQ(w.rows.size(), n.rows.size());
        for (qsizetype i = 0; i < w.rows.size(); ++i) {
            EXPECT_EQ(w.rows[i].code, n.rows[i].code);
            expectSame(w.rows[i].figures, n.rows[i].figures,
                       (w.rows[i].code + QLatin1Char(' ')).toStdString() + statuses);
        }
        const SalesSeries &ws = workspace.series.value(s), &ns = store.series.value(s);
        EXPECT_EQ(ws.bucketStarts, ns.bucketStarts);
        ASSERT_EQ(ws.lines.size(), ns.lines.size());
        for (qsizetype i = 0; i < ws.lines.size(); ++i) {
            ASSERT_EQ(ws.lines[i].points.size(), ns.lines[i].points.size());
            for (qsizetype b = 0; b < ws.lines[i].points.size(); ++b)
                expectSame(ws.lines[i].points[b], ns.lines[i].points[b],
                           "series " + ws.lines[i].code.toStdString() + " bucket " +
                               std::to_string(b));
        }
    }

    // Not vacuous: the known figures of October (Berlin), complete orders.
    const SalesReportResult &october = workspace.sales[0];
    ASSERT_EQ(october.rows.size(), 5);
    EXPECT_EQ(october.rows[0].code, QStringLiteral("buyers"));
    EXPECT_EQ(october.rows[0].figures.customers, 3);
    EXPECT_EQ(october.rows[0].figures.orders, 4); // 1, 2, 4 (Oct 1 in Berlin), guest 5
    EXPECT_EQ(october.rows[0].figures.customersOrdered, 3);
    EXPECT_DOUBLE_EQ(october.rows[0].figures.grandTotal, 100.0 + 93.5 + 40.0 + 55.25);
    EXPECT_DOUBLE_EQ(october.rows[0].figures.refunded, 20.0);
    EXPECT_DOUBLE_EQ(october.rows[0].figures.discount, 15.0);
    const SalesRow &guests = october.rows[2]; // buyers, empty, guests, late, no-orders
    EXPECT_EQ(guests.code, QStringLiteral("guests"));
    EXPECT_EQ(guests.figures.orders, 2); // 5 and 10
    EXPECT_DOUBLE_EQ(guests.figures.grandTotal, 55.25 + 12.3456);
    EXPECT_EQ(october.store.orders, 7);        // 1, 2, 4, 5, 10, 11 (no owner) and 12
    EXPECT_EQ(october.store.customers, 6 + 2); // registered + distinct guest emails
}

INSTANTIATE_TEST_SUITE_P(Servers, WorkspaceReports,
                         ::testing::Values(Backend::MySql, Backend::PostgreSql),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

} // namespace

// Reports on SQLite, MariaDB and PostgreSQL: sales per segment, the time series, overlap and
// size history agree with hand-written queries on hand-made fixture rows (empty periods,
// segments without orders, refunds, guests, statuses, the store time zone).
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "reports/overlapreport.h"
#include "reports/salesreport.h"
#include "reports/segmentsizehistory.h"
#include "reports/storecurrency.h"
#include "repository/segmentorstorage.h"
#include "session/storesession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

SegmentDefinition definition(const QString &code, const QString &name)
{
    const QByteArray json =
        QStringLiteral(
            R"({"segmentor":1,"code":"%1","name":"%2","apply_to":"all","conditions":{"type":"combine","conditions":[]}})")
            .arg(code, name)
            .toUtf8();
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(json);
    EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
    return d.ok() ? *d : SegmentDefinition{};
}

const DateRange kOctober{QDate(2026, 10, 1), QDate(2026, 10, 31)};

// One segment's figures by an independent query: the orders whose customer is among `ids`
// or, without a customer, whose lower-cased email is among `emails`.
struct Expected
{
    qint64 orders = 0;
    qint64 buyers = 0;
    double qty = 0, discount = 0, shipping = 0, tax = 0, refunded = 0, subtotal = 0, grandTotal = 0;
};

class Reports : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        m_connection =
            freshStore(GetParam(),
                       QStringLiteral("reports_%1")
                           .arg(QString::fromStdString(
                                    ::testing::UnitTest::GetInstance()->current_test_info()->name())
                                    .section(QLatin1Char('/'), 0, 0)
                                    .toLower()),
                       QStringLiteral("mg_"), why);
        SEGTEST_REQUIRE_STORE(m_connection, why);
        FixtureStore f(*m_connection, QStringLiteral("mg_"));
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
        f.order(
            3, 2,
            {{"created_at", "2026-10-03 10:00:00"}, {"status", "canceled"}, {"state", "canceled"}});
        f.order(
            4, 2,
            {{"created_at", "2026-09-30 23:30:00"}, {"base_grand_total", 40.0}}); // Oct 1 in Berlin
        f.order(5, QVariant(),
                {{"created_at", "2026-10-10 08:00:00"},
                 {"customer_email", "Guest@Example.com"},
                 {"base_grand_total", 55.25}});
        f.order(6, QVariant(),
                {{"created_at", "2026-10-11 08:00:00"},
                 {"status", "processing"},
                 {"state", "processing"}});
        f.order(
            7, 3,
            {{"created_at", "2026-10-31 23:59:59"}, {"base_grand_total", 70.0}}); // Nov 1 in Berlin
        f.order(8, 3, {{"created_at", "2026-11-01 00:00:00"}});
        f.order(9, 5,
                {{"created_at", "2026-10-15 00:00:00"}, {"base_grand_total", 210.0}}); // no segment
        f.order(10, QVariant(),
                {{"created_at", "2026-10-12 08:00:00"},
                 {"customer_email", "other@example.com"}}); // guest, no segment
        ASSERT_TRUE(SegmentorStorage::ensure(*m_connection, QStringLiteral("mg_")).ok());

        SegmentRepository repository(*m_connection, QStringLiteral("mg_"));
        addSegment(repository, QStringLiteral("buyers"), {1, 2},
                   {QStringLiteral("guest@example.com")});
        addSegment(repository, QStringLiteral("no-orders"), {4}, {});
        addSegment(repository, QStringLiteral("late"), {2, 3}, {});
        addSegment(repository, QStringLiteral("empty"), {}, {});

        m_settings = m_connection->settings();
        m_settings.tablePrefix = QStringLiteral("mg_");
        Result<StoreSession> session = StoreSession::open(m_settings, false);
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        m_session.emplace(std::move(session).value());
    }

    // Members are stored as the refresher stores them: the key, and the customer id or the
    // folded guest email.
    void addSegment(SegmentRepository &repository, const QString &code, const QList<qint64> &ids,
                    const QStringList &emails)
    {
        Result<SegmentRecord> saved = repository.save(definition(code, code.toUpper()));
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        QSqlQuery q(m_connection->database());
        for (qint64 id : ids) {
            q.prepare(QStringLiteral("INSERT INTO mg_segmentor_member (segment_id, member_key, "
                                     "customer_id, guest_email, since) VALUES (?, ?, ?, NULL, ?)"));
            q.addBindValue(saved->id);
            q.addBindValue(QString::number(id));
            q.addBindValue(id);
            q.addBindValue(QStringLiteral("2026-10-01 00:00:00.000"));
            ASSERT_TRUE(q.exec());
        }
        for (const QString &email : emails) {
            q.prepare(QStringLiteral("INSERT INTO mg_segmentor_member (segment_id, member_key, "
                                     "customer_id, guest_email, since) VALUES (?, ?, NULL, ?, ?)"));
            q.addBindValue(saved->id);
            q.addBindValue(email);
            q.addBindValue(email);
            q.addBindValue(QStringLiteral("2026-10-01 00:00:00.000"));
            ASSERT_TRUE(q.exec());
        }
        m_members[code] = {ids, emails};
    }

    Expected expected(const QString &code, const QString &fromUtc, const QString &toUtc,
                      const QStringList &statuses)
    {
        QStringList owners;
        for (qint64 id : m_members[code].first)
            owners << QStringLiteral("customer_id = %1").arg(id);
        for (const QString &email : m_members[code].second)
            owners << QStringLiteral("(customer_id IS NULL AND LOWER(customer_email) = '%1')")
                          .arg(email);
        if (owners.isEmpty()) return {};
        QStringList quoted;
        for (const QString &s : statuses)
            quoted << QStringLiteral("'%1'").arg(s);
        const QString where =
            QStringLiteral("(%1) AND created_at >= '%2' AND created_at < '%3' AND status IN (%4)")
                .arg(owners.join(QStringLiteral(" OR ")), fromUtc, toUtc,
                     quoted.join(QStringLiteral(",")));
        QSqlQuery q(m_connection->database());
        const QString sql =
            QStringLiteral("SELECT COUNT(*), SUM(total_qty_ordered), SUM(-base_discount_amount), "
                           "SUM(base_shipping_amount), "
                           "SUM(base_tax_amount), SUM(COALESCE(base_total_refunded, 0)), "
                           "SUM(base_subtotal), SUM(base_grand_total), "
                           "COUNT(DISTINCT COALESCE(CAST(customer_id AS CHAR(20)), "
                           "LOWER(customer_email))) FROM mg_sales_order WHERE %1")
                .arg(where);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        EXPECT_TRUE(q.next());
        return Expected{q.value(0).toLongLong(), q.value(8).toLongLong(), q.value(1).toDouble(),
                        q.value(2).toDouble(),   q.value(3).toDouble(),   q.value(4).toDouble(),
                        q.value(5).toDouble(),   q.value(6).toDouble(),   q.value(7).toDouble()};
    }

    static void expectEqual(const SalesFigures &f, const Expected &e, const QString &code)
    {
        SCOPED_TRACE(code.toStdString());
        EXPECT_EQ(f.orders, e.orders);
        EXPECT_EQ(f.customersOrdered, e.buyers);
        EXPECT_NEAR(f.qty, e.qty, 1e-4);
        EXPECT_NEAR(f.discount, e.discount, 1e-4);
        EXPECT_NEAR(f.shipping, e.shipping, 1e-4);
        EXPECT_NEAR(f.tax, e.tax, 1e-4);
        EXPECT_NEAR(f.refunded, e.refunded, 1e-4);
        EXPECT_NEAR(f.subtotal, e.subtotal, 1e-4);
        EXPECT_NEAR(f.grandTotal, e.grandTotal, 1e-4);
    }

    Result<SalesReportResult> run(const DateRange &period,
                                  const QStringList &statuses = {QStringLiteral("complete")},
                                  const QTimeZone &zone = QTimeZone::utc(),
                                  const QStringList &codes = {})
    {
        SalesQuery q;
        q.period = period;
        q.statuses = statuses;
        q.zone = zone;
        q.segmentCodes = codes;
        q.withAllCustomers = true;
        return SalesReport(*m_session).run(q);
    }

    const SalesRow *row(const SalesReportResult &r, const QString &code)
    {
        for (const SalesRow &row : r.rows)
            if (row.code == code) return &row;
        ADD_FAILURE() << "no row " << code.toStdString();
        return nullptr;
    }

    std::unique_ptr<StoreConnection> m_connection;
    ConnectionSettings m_settings;
    std::optional<StoreSession> m_session;
    QHash<QString, QPair<QList<qint64>, QStringList>> m_members;
};

TEST_P(Reports, SalesPerSegmentEqualHandWrittenQueries)
{
    for (const QStringList &statuses :
         {QStringList{"complete"}, QStringList{"complete", "processing"},
          QStringList{"canceled"}}) {
        Result<SalesReportResult> r = run(kOctober, statuses);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        ASSERT_EQ(r->rows.size(), 4); // every saved segment, by code
        EXPECT_EQ(r->rows[0].code, QStringLiteral("buyers"));
        for (const SalesRow &row : r->rows)
            expectEqual(row.figures,
                        expected(row.code, QStringLiteral("2026-10-01 00:00:00"),
                                 QStringLiteral("2026-11-01 00:00:00"), statuses),
                        row.code);
    }
}

TEST_P(Reports, KnownFiguresForOctober)
{
    Result<SalesReportResult> r = run(kOctober);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const SalesRow *buyers = row(*r, QStringLiteral("buyers"));
    ASSERT_TRUE(buyers);
    // Orders 1 and 2 of customer 1 and guest order 5 (email in another case); order 3 is
    // canceled, order 4 is in September, order 6 is processing.
    EXPECT_EQ(buyers->figures.customers, 3);
    EXPECT_EQ(buyers->figures.customersOrdered, 2);
    EXPECT_EQ(buyers->figures.orders, 3);
    EXPECT_NEAR(buyers->figures.grandTotal, 100.0 + 93.5 + 55.25, 1e-6);
    EXPECT_NEAR(buyers->figures.discount, 15.0, 1e-6); // positive
    EXPECT_NEAR(buyers->figures.refunded, 20.0, 1e-6);
    EXPECT_NEAR(buyers->figures.qty, 5.0, 1e-6);
    EXPECT_NEAR(buyers->figures.aov(), (100.0 + 93.5 + 55.25) / 3.0, 1e-6);

    const SalesRow *noOrders = row(*r, QStringLiteral("no-orders"));
    ASSERT_TRUE(noOrders);
    EXPECT_EQ(noOrders->figures.customers, 1);
    EXPECT_EQ(noOrders->figures.orders, 0);
    EXPECT_EQ(noOrders->figures.grandTotal, 0.0);
    EXPECT_EQ(noOrders->figures.aov(), 0.0);
    const SalesRow *empty = row(*r, QStringLiteral("empty"));
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->figures.customers, 0);
    EXPECT_EQ(empty->figures.orders, 0);

    // The store: complete October orders 1, 2, 5, 7, 9, 10; customers 6 registered + 2 guests.
    EXPECT_EQ(r->store.orders, 6);
    EXPECT_EQ(r->store.customers, 8);
    EXPECT_EQ(r->store.customersOrdered, 5); // customers 1, 3, 5 and two guests
    EXPECT_NEAR(r->store.grandTotal, 100.0 + 93.5 + 55.25 + 70.0 + 210.0 + 100.0, 1e-6);
    EXPECT_NEAR(r->ordersPct(buyers->figures), 50.0, 1e-9);
    EXPECT_NEAR(r->customersPct(buyers->figures), 100.0 * 3 / 8, 1e-9);

    // Without asking, the store's customer count is left out (the CLI does not need it).
    SalesQuery q;
    q.period = kOctober;
    Result<SalesReportResult> lean = SalesReport(*m_session).run(q);
    ASSERT_TRUE(lean.ok());
    EXPECT_EQ(lean->store.customers, 0);
    EXPECT_EQ(lean->store.orders, 6);
    EXPECT_EQ(*SalesReport(*m_session).allCustomers(), 8);
}

TEST_P(Reports, EmptyPeriodGivesZeroRows)
{
    Result<SalesReportResult> r = run(DateRange{QDate(2025, 1, 1), QDate(2025, 1, 31)});
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r->rows.size(), 4);
    for (const SalesRow &row : r->rows) {
        EXPECT_EQ(row.figures.orders, 0);
        EXPECT_EQ(row.figures.grandTotal, 0.0);
    }
    EXPECT_EQ(r->store.orders, 0);
    EXPECT_EQ(r->ordersPct(r->rows[0].figures), 0.0);
}

TEST_P(Reports, PeriodBoundsFollowTheStoreTimeZone)
{
    const QTimeZone berlin("Europe/Berlin");
    Result<SalesReportResult> r = run(kOctober, {QStringLiteral("complete")}, berlin,
                                      {QStringLiteral("late"), QStringLiteral("buyers")});
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r->rows.size(), 2);
    EXPECT_EQ(r->rows[0].code, QStringLiteral("late")); // in the order asked
    // Berlin's October runs from Sep 30 22:00 UTC (CEST) to Oct 31 23:00 UTC (CET).
    for (const SalesRow &row : r->rows)
        expectEqual(row.figures,
                    expected(row.code, QStringLiteral("2026-09-30 22:00:00"),
                             QStringLiteral("2026-10-31 23:00:00"), {QStringLiteral("complete")}),
                    row.code);
    // Order 4 (Sep 30 23:30 UTC) is in; order 7 (Oct 31 23:59:59 UTC) is out.
    EXPECT_EQ(r->rows[0].figures.orders, 1);
    EXPECT_NEAR(r->rows[0].figures.grandTotal, 40.0, 1e-6);
    Result<SalesReportResult> utc =
        run(kOctober, {QStringLiteral("complete")}, QTimeZone::utc(), {QStringLiteral("late")});
    ASSERT_TRUE(utc.ok());
    EXPECT_EQ(utc->rows[0].figures.orders, 1);
    EXPECT_NEAR(utc->rows[0].figures.grandTotal, 70.0, 1e-6);
}

TEST_P(Reports, UnknownSegmentIsNamed)
{
    Result<SalesReportResult> r = run(kOctober, {QStringLiteral("complete")}, QTimeZone::utc(),
                                      {QStringLiteral("buyers"), QStringLiteral("nope")});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path, QStringLiteral("segments"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("nope")));
}

TEST_P(Reports, CancelStopsTheReport)
{
    SalesQuery q;
    q.period = kOctober;
    int calls = 0;
    Result<SalesReportResult> r = SalesReport(*m_session).run(q, [&](int done, int) {
        ++calls;
        return done < 2;
    });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(calls, 3);
}

TEST_P(Reports, DailySeriesSumsToThePeriod)
{
    SalesQuery q;
    q.period = kOctober;
    q.statuses = {QStringLiteral("complete"), QStringLiteral("processing")};
    Result<SalesSeries> s = SalesReport(*m_session).series(q, SeriesGranularity::Day);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    ASSERT_EQ(s->bucketStarts.size(), 31);
    Result<SalesReportResult> total = run(kOctober, q.statuses);
    ASSERT_TRUE(total.ok());
    ASSERT_EQ(s->lines.size(), total->rows.size());
    for (int i = 0; i < s->lines.size(); ++i) {
        qint64 orders = 0;
        double grand = 0;
        for (const SalesFigures &p : s->lines[i].points) {
            orders += p.orders;
            grand += p.grandTotal;
        }
        EXPECT_EQ(orders, total->rows[i].figures.orders) << s->lines[i].code.toStdString();
        EXPECT_NEAR(grand, total->rows[i].figures.grandTotal, 1e-6);
    }
    const SalesSeries::Line &buyers = s->lines[0];
    ASSERT_EQ(buyers.code, QStringLiteral("buyers"));
    EXPECT_EQ(buyers.points[0].orders, 1);  // Oct 1
    EXPECT_EQ(buyers.points[4].orders, 1);  // Oct 5
    EXPECT_EQ(buyers.points[9].orders, 1);  // Oct 10, the guest
    EXPECT_EQ(buyers.points[10].orders, 1); // Oct 11, the guest's processing order
    EXPECT_EQ(buyers.points[10].customersOrdered, 1);
    EXPECT_EQ(buyers.points[2].orders, 0);

    // Weeks (Monday) and months in Berlin: order 4 falls on Oct 1 there.
    q.zone = QTimeZone("Europe/Berlin");
    q.segmentCodes = {QStringLiteral("late")};
    q.statuses = {QStringLiteral("complete")};
    Result<SalesSeries> weeks = SalesReport(*m_session).series(q, SeriesGranularity::Week);
    ASSERT_TRUE(weeks.ok()) << weeks.error().message.toStdString();
    ASSERT_EQ(weeks->bucketStarts.size(), 5); // Oct 1 (Thu), 5, 12, 19, 26
    EXPECT_EQ(weeks->bucketStarts[1], QDate(2026, 10, 5));
    EXPECT_EQ(weeks->lines[0].points[0].orders, 1);
    EXPECT_EQ(weeks->lines[0].points[4].orders, 0);
    q.period = DateRange{QDate(2026, 9, 1), QDate(2026, 11, 30)};
    q.zone = QTimeZone::utc();
    Result<SalesSeries> months = SalesReport(*m_session).series(q, SeriesGranularity::Month);
    ASSERT_TRUE(months.ok());
    ASSERT_EQ(months->bucketStarts.size(), 3);
    EXPECT_EQ(months->lines[0].points[0].orders, 1); // order 4, Sep 30 UTC
    EXPECT_EQ(months->lines[0].points[1].orders, 1); // order 7
    EXPECT_EQ(months->lines[0].points[2].orders, 1); // order 8, Nov 1
}

TEST_P(Reports, OverlapMatrixAndDrillDown)
{
    Result<OverlapMatrix> m =
        OverlapReport(*m_session)
            .matrix({QStringLiteral("buyers"), QStringLiteral("late"), QStringLiteral("empty")});
    ASSERT_TRUE(m.ok()) << m.error().message.toStdString();
    ASSERT_EQ(m->segments.size(), 3);
    EXPECT_EQ(m->both[0], (QList<qint64>{3, 1, 0}));
    EXPECT_EQ(m->both[1], (QList<qint64>{1, 2, 0}));
    EXPECT_EQ(m->both[2], (QList<qint64>{0, 0, 0}));
    EXPECT_NEAR(m->pctOfRow(0, 1), 100.0 / 3, 1e-9);
    EXPECT_NEAR(m->pctOfRow(1, 0), 50.0, 1e-9);
    EXPECT_EQ(m->pctOfRow(2, 0), 0.0);

    qint64 total = 0;
    Result<QList<OverlapMember>> both =
        OverlapReport(*m_session)
            .members(QStringLiteral("buyers"), QStringLiteral("late"), OverlapPart::Both, 100,
                     &total);
    ASSERT_TRUE(both.ok()) << both.error().message.toStdString();
    ASSERT_EQ(both->size(), 1);
    EXPECT_EQ(total, 1);
    EXPECT_EQ(both->at(0).key, MemberKey::registered(2));
    EXPECT_EQ(both->at(0).email, QStringLiteral("c2@example.com"));
    Result<QList<OverlapMember>> only =
        OverlapReport(*m_session)
            .members(QStringLiteral("buyers"), QStringLiteral("late"), OverlapPart::OnlyFirst, 100,
                     &total);
    ASSERT_TRUE(only.ok());
    EXPECT_EQ(total, 2);
    ASSERT_EQ(only->size(), 2);
    EXPECT_EQ(only->at(0).key, MemberKey::registered(1)); // registered first, then guests
    EXPECT_EQ(only->at(1).key, MemberKey::guest(QStringLiteral("guest@example.com")));
    EXPECT_EQ(only->at(1).email, QStringLiteral("guest@example.com"));
    Result<QList<OverlapMember>> limited =
        OverlapReport(*m_session)
            .members(QStringLiteral("buyers"), QStringLiteral("late"), OverlapPart::OnlyFirst, 1,
                     &total);
    ASSERT_TRUE(limited.ok());
    EXPECT_EQ(limited->size(), 1);
    EXPECT_EQ(total, 2);
}

TEST_P(Reports, SizeHistoryFromSnapshots)
{
    QSqlQuery q(m_connection->database());
    const QList<std::tuple<QString, QString, int>> snapshots = {
        {"buyers", "2026-10-01 06:00:00.000", 1},
        {"buyers", "2026-10-02 06:00:00.000", 3},
        {"late", "2026-10-02 06:00:00.000", 2}};
    for (const auto &[code, at, count] : snapshots) {
        q.prepare(QStringLiteral(
            "INSERT INTO mg_segmentor_snapshot (segment_id, refresh_id, taken_at, member_count) "
            "SELECT segment_id, NULL, ?, ? FROM mg_segmentor_segment WHERE code = ?"));
        q.addBindValue(at);
        q.addBindValue(count);
        q.addBindValue(code);
        ASSERT_TRUE(q.exec());
    }
    Result<QList<SizeHistoryLine>> lines =
        SegmentSizeHistory(*m_session)
            .load({QStringLiteral("buyers"), QStringLiteral("late"), QStringLiteral("empty")});
    ASSERT_TRUE(lines.ok()) << lines.error().message.toStdString();
    ASSERT_EQ(lines->size(), 3);
    ASSERT_EQ(lines->at(0).points.size(), 2);
    EXPECT_EQ(lines->at(0).points[0].at,
              QDateTime(QDate(2026, 10, 1), QTime(6, 0), QTimeZone::utc()));
    EXPECT_EQ(lines->at(0).points[1].members, 3);
    EXPECT_EQ(lines->at(1).points.size(), 1);
    EXPECT_TRUE(lines->at(2).points.isEmpty());
    Result<QList<SizeHistoryLine>> since =
        SegmentSizeHistory(*m_session)
            .load({QStringLiteral("buyers")},
                  QDateTime(QDate(2026, 10, 2), QTime(0, 0), QTimeZone::utc()));
    ASSERT_TRUE(since.ok());
    EXPECT_EQ(since->at(0).points.size(), 1);
}

TEST_P(Reports, BaseCurrencyFromTheOrders)
{
    Result<QString> currency = StoreCurrency::baseCurrency(*m_session);
    ASSERT_TRUE(currency.ok()) << currency.error().message.toStdString();
    EXPECT_EQ(*currency, QStringLiteral("GBP"));
}

// The store as a --database URL (the password goes through SEGMENTOR_PASSWORD).
QString urlOf(const ConnectionSettings &s, const QString &tz)
{
    QString url;
    if (s.dialect == Dialect::Sqlite)
        url = QStringLiteral("sqlite:%1?prefix=%2").arg(s.path, s.tablePrefix);
    else
        url = QStringLiteral("%1://%2@%3:%4/%5?prefix=%6")
                  .arg(s.dialect == Dialect::MySql ? QStringLiteral("mysql")
                                                   : QStringLiteral("postgresql"),
                       s.user, s.host)
                  .arg(s.port)
                  .arg(s.database, s.tablePrefix);
    if (!tz.isEmpty()) url += QStringLiteral("&tz=") + tz;
    return url;
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const ConnectionSettings &settings, const QStringList &arguments, const QString &tz = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEGMENTOR_DATABASE"), urlOf(settings, tz));
    env.insert(QStringLiteral("SEGMENTOR_PASSWORD"), settings.password);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli")), arguments);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

TEST_P(Reports, CliReportSalesCsvAndJsonRoundTrip)
{
    const QStringList args{"report", "sales",      "--from",   "2026-10-01",
                           "--to",   "2026-10-31", "--status", "complete,processing"};
    const CliRun csv = cli(m_settings, args + QStringList{"--segments", "buyers,no-orders"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.err.isEmpty()) << csv.err.toStdString();
    // Orders 1, 2, 5 and 6 of the 7 complete or processing October orders (1 2 5 6 7 9 10).
    EXPECT_EQ(csv.out,
              QStringLiteral("segment,customers,orders,orders_pct,qty,discount,shipping,tax,"
                             "refunded,subtotal,grand_total,aov\r\n"
                             "buyers,3,4,57.14,6,15.00,40.00,8.50,20.00,360.00,348.75,87.19\r\n"
                             "no-orders,1,0,0.00,0,0.00,0.00,0.00,0.00,0.00,0.00,0.00\r\n"));

    const CliRun json = cli(m_settings, args + QStringList{"--format", "json"});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    Result<SalesReportResult> r =
        run(kOctober, {QStringLiteral("complete"), QStringLiteral("processing")});
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(rows.size(), r->rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows[i].toObject();
        const SalesFigures &f = r->rows[i].figures;
        EXPECT_EQ(o.keys().size(), 12);
        EXPECT_EQ(o.value("segment").toString(), r->rows[i].code);
        EXPECT_EQ(o.value("customers").toInteger(), f.customers);
        EXPECT_EQ(o.value("orders").toInteger(), f.orders);
        EXPECT_NEAR(o.value("orders_pct").toDouble(), r->ordersPct(f), 0.005);
        EXPECT_NEAR(o.value("grand_total").toDouble(), f.grandTotal, 0.005);
        EXPECT_NEAR(o.value("discount").toDouble(), f.discount, 0.005);
        EXPECT_NEAR(o.value("refunded").toDouble(), f.refunded, 0.005);
        EXPECT_NEAR(o.value("aov").toDouble(), f.aov(), 0.005);
    }

    // The store time zone from the URL moves the bounds: in Berlin order 7 leaves "late".
    const CliRun berlin =
        cli(m_settings,
            {"report", "sales", "--from", "2026-10-01", "--to", "2026-10-31", "--segments", "late"},
            QStringLiteral("Europe/Berlin"));
    ASSERT_EQ(berlin.exitCode, 0) << berlin.err.toStdString();
    EXPECT_TRUE(berlin.out.contains(QStringLiteral("\r\nlate,2,1,")));

    const CliRun unknown = cli(m_settings, {"report", "sales", "--from", "2026-10-01", "--to",
                                            "2026-10-31", "--segments", "nope"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("nope")));
    const CliRun backwards =
        cli(m_settings, {"report", "sales", "--from", "2026-10-31", "--to", "2026-10-01"});
    EXPECT_EQ(backwards.exitCode, 2);
    const CliRun badDate =
        cli(m_settings, {"report", "sales", "--from", "2026-13-01", "--to", "2026-10-01"});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("--from")));
}

INSTANTIATE_TEST_SUITE_P(AllBackends, Reports, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

} // namespace

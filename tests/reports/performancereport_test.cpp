// The performance report and the daily snapshots on SQLite, MariaDB and PostgreSQL: members,
// converters, orders and revenue per bucket agree with hand-written queries over membership
// intervals written by hand from the fixture's journal (a member who enters and leaves
// mid-period, one who enters twice, a guest, one who left before the journal's first entry,
// an order outside the statuses), in both membership modes; snapshots are idempotent and
// backfilled; the CLI's `report performance` and `snapshot`.
#include "fixturestore.h"
#include "testdatabases.h"

#include "common/localdays.h"
#include "definition/definitioncodec.h"
#include "operations/reports.h"
#include "repository/segmentorstorage.h"
#include "session/storesession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
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

const DateRange kOctober{QDate(2026, 10, 1), QDate(2026, 10, 31)};
const QString kEver = QStringLiteral("1970-01-01 00:00:00");

// A membership interval as the test reads the journal: [from, to), to empty = still a member.
struct Stint
{
    QString segment;
    QVariant customerId; // or a guest (NULL) with `email`
    QString email;
    QString from;
    QString to;
};

class Performance : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        m_connection =
            freshStore(GetParam(),
                       QStringLiteral("perf_%1").arg(
                           QString::fromStdString(
                               ::testing::UnitTest::GetInstance()->current_test_info()->name())
                               .section(QLatin1Char('/'), 0, 0)
                               .toLower()),
                       QStringLiteral("mg_"), why);
        SEGTEST_REQUIRE_STORE(m_connection, why);
        FixtureStore f(*m_connection, QStringLiteral("mg_"));
        f.installBase();
        for (int id = 1; id <= 6; ++id)
            f.customer(id);
        const auto order = [&](qint64 id, const QVariant &customer, const char *at, double total,
                               QVariantMap more = {}) {
            more.insert(QStringLiteral("created_at"), QString::fromLatin1(at));
            more.insert(QStringLiteral("base_grand_total"), total);
            f.order(id, customer, more);
        };
        order(1, 1, "2026-10-02 10:00:00", 100);
        order(2, 2, "2026-10-05 10:00:00", 50);                                  // before 2 entered
        order(3, 2, "2026-10-15 10:00:00", 60, {{"base_total_refunded", 10.0}}); // while in
        order(4, 2, "2026-10-25 10:00:00", 70);                                  // after 2 left
        order(5, 3, "2026-10-06 10:00:00", 80);                                  // 3's first stint
        order(6, 3, "2026-10-12 10:00:00", 90);  // between 3's stints
        order(7, 3, "2026-10-26 10:00:00", 110); // 3's second stint
        order(8, QVariant(), "2026-10-14 10:00:00", 40,
              {{"customer_email", "Guest@Example.com"}}); // before the guest entered
        order(9, QVariant(), "2026-10-16 10:00:00", 45.5,
              {{"customer_email", "guest@example.COM"}});
        order(10, 4, "2026-10-02 10:00:00", 30); // 4 left on Oct 3 (no 'entered' row)
        order(11, 4, "2026-10-04 10:00:00", 35);
        order(12, 1, "2026-10-20 10:00:00", 500, {{"status", "canceled"}, {"state", "canceled"}});
        order(13, 5, "2026-10-10 10:00:00", 1000); // a member of "other" only
        order(14, 1, "2026-11-02 10:00:00", 20);   // after the period
        order(15, 2, "2026-10-20 12:00:00", 25);   // the instant 2 left: no longer a member
        order(16, 6, "2026-10-18 10:00:00", 15);   // nobody's
        ConnectionSettings settings = m_connection->settings();
        settings.tablePrefix = QStringLiteral("mg_");
        m_settings = settings;
        if (readOnly()) return; // the test opens its session
        ASSERT_TRUE(SegmentorStorage::ensure(*m_connection, QStringLiteral("mg_")).ok());
        Result<StoreSession> session = StoreSession::open(settings, true);
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        m_session.emplace(std::move(session).value());
        populate(*m_session);
    }

    // Segments "vip" and "other", their members and vip's journal, wherever the session keeps
    // Segmentor's tables.
    void populate(StoreSession &session)
    {
        m_own = session.storage.connection->database();
        m_prefix = session.storage.tablePrefix;
        const qint64 vip = save(*session.segments, QStringLiteral("vip"));
        const qint64 other = save(*session.segments, QStringLiteral("other"));
        m_vip = vip;
        member(vip, 1, {});
        member(vip, 3, {});
        member(vip, {}, QStringLiteral("guest@example.com"));
        member(other, 5, {});
        journal(vip, QStringLiteral("2"), "entered", "2026-10-10 12:00:00");
        journal(vip, QStringLiteral("2"), "left", "2026-10-20 12:00:00");
        journal(vip, QStringLiteral("3"), "entered", "2026-10-05 00:00:00");
        journal(vip, QStringLiteral("3"), "left", "2026-10-08 00:00:00");
        journal(vip, QStringLiteral("3"), "entered", "2026-10-25 00:00:00");
        journal(vip, QStringLiteral("guest@example.com"), "entered", "2026-10-15 00:00:00");
        journal(vip, QStringLiteral("4"), "left", "2026-10-03 00:00:00");

        // The same, read by hand.
        m_stints = {
            {"vip", 1, {}, kEver, {}},
            {"vip", 2, {}, "2026-10-10 12:00:00", "2026-10-20 12:00:00"},
            {"vip", 3, {}, "2026-10-05 00:00:00", "2026-10-08 00:00:00"},
            {"vip", 3, {}, "2026-10-25 00:00:00", {}},
            {"vip", QVariant(), "guest@example.com", "2026-10-15 00:00:00", {}},
            {"vip", 4, {}, kEver, "2026-10-03 00:00:00"},
            {"other", 5, {}, kEver, {}},
        };
        m_current = {
            {"vip", 1, {}, kEver, {}},
            {"vip", 3, {}, kEver, {}},
            {"vip", QVariant(), "guest@example.com", kEver, {}},
            {"other", 5, {}, kEver, {}},
        };
    }
    virtual bool readOnly() const { return false; }

    qint64 save(SegmentRepository &repository, const QString &code)
    {
        Result<SegmentRecord> saved = repository.save(definition(code));
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString();
        return saved.ok() ? saved->id : 0;
    }
    void member(qint64 segment, const QVariant &customer, const QString &email)
    {
        QSqlQuery q(m_own);
        q.prepare(QStringLiteral("INSERT INTO %1segmentor_member (segment_id, member_key, "
                                 "customer_id, guest_email, since) VALUES (?, ?, ?, ?, ?)")
                      .arg(m_prefix));
        q.addBindValue(segment);
        q.addBindValue(email.isEmpty() ? customer.toString() : email);
        q.addBindValue(email.isEmpty() ? customer : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : email);
        q.addBindValue(QStringLiteral("2026-09-01 00:00:00.000"));
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }
    void journal(qint64 segment, const QString &key, const char *kind, const char *at)
    {
        QSqlQuery q(m_own);
        q.prepare(QStringLiteral("INSERT INTO %1segmentor_journal (segment_id, refresh_id, "
                                 "member_key, change_kind, created_at) VALUES (?, 1, ?, ?, ?)")
                      .arg(m_prefix));
        q.addBindValue(segment);
        q.addBindValue(key);
        q.addBindValue(QString::fromLatin1(kind));
        q.addBindValue(QString::fromLatin1(at) + QStringLiteral(".000"));
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    struct Expected
    {
        qint64 members = 0, converters = 0, orders = 0;
        double revenue = 0;
    };

    // The figures of [fromUtc, toUtc) by hand-written SQL over the stints (a member's stints
    // never overlap, so an order joins at most one).
    Expected expected(const QList<Stint> &stints, const QString &segment, const QString &fromUtc,
                      const QString &toUtc, const QStringList &statuses, bool historical)
    {
        Expected e;
        QStringList owners, members;
        QSet<QString> distinct;
        for (const Stint &s : stints) {
            if (s.segment != segment) continue;
            if (historical && !(s.from < toUtc && (s.to.isEmpty() || s.to > fromUtc))) continue;
            distinct.insert(s.email.isEmpty() ? s.customerId.toString() : s.email);
            const QString who =
                s.email.isEmpty()
                    ? QStringLiteral("o.customer_id = %1").arg(s.customerId.toLongLong())
                    : QStringLiteral("(o.customer_id IS NULL AND LOWER(o.customer_email) = '%1')")
                          .arg(s.email);
            owners << (historical
                           ? QStringLiteral("(%1 AND o.created_at >= '%2'%3)")
                                 .arg(who, s.from,
                                      s.to.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" AND o.created_at < '%1'").arg(s.to))
                           : who);
        }
        e.members = distinct.size();
        if (owners.isEmpty()) return e;
        QStringList quoted;
        for (const QString &s : statuses)
            quoted << QStringLiteral("'%1'").arg(s);
        const QString sql =
            QStringLiteral("SELECT COUNT(*), SUM(o.base_grand_total), "
                           "COUNT(DISTINCT COALESCE(CAST(o.customer_id AS CHAR(20)), "
                           "LOWER(o.customer_email))) FROM mg_sales_order o WHERE (%1) AND "
                           "o.created_at >= '%2' AND o.created_at < '%3' AND o.status IN (%4)")
                .arg(owners.join(QStringLiteral(" OR ")), fromUtc, toUtc,
                     quoted.join(QStringLiteral(",")));
        QSqlQuery q(m_connection->database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        EXPECT_TRUE(q.next());
        e.orders = q.value(0).toLongLong();
        e.revenue = q.value(1).toDouble();
        e.converters = q.value(2).toLongLong();
        return e;
    }

    Result<PerformanceReportResult> run(MembershipMode mode,
                                        std::optional<SeriesGranularity> granularity = {},
                                        const QStringList &statuses = {QStringLiteral("complete")},
                                        const DateRange &period = kOctober)
    {
        PerformanceQuery q;
        q.period = period;
        q.statuses = statuses;
        q.granularity = granularity;
        q.membership = mode;
        return performanceReport(*m_session, q);
    }

    static QString utc(const QDate &day) { return day.toString(Qt::ISODate) + " 00:00:00"; }

    void compareWithSql(const PerformanceReportResult &r, const QStringList &statuses)
    {
        const bool historical = r.query.membership == MembershipMode::Historical;
        for (const PerformanceRow &row : r.rows) {
            SCOPED_TRACE((row.code + " " + row.bucketStart.toString(Qt::ISODate)).toStdString());
            const Expected e =
                expected(historical ? m_stints : m_current, row.code, utc(row.bucketStart),
                         utc(row.bucketEnd.addDays(1)), statuses, historical);
            EXPECT_EQ(row.members, e.members);
            EXPECT_EQ(row.converters, e.converters);
            EXPECT_EQ(row.orders, e.orders);
            EXPECT_NEAR(row.revenue, e.revenue, 1e-4);
        }
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_connection->database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    std::unique_ptr<StoreConnection> m_connection;
    ConnectionSettings m_settings;
    std::optional<StoreSession> m_session;
    QList<Stint> m_stints, m_current;
    qint64 m_vip = 0;
    QSqlDatabase m_own; // where Segmentor's tables are
    QString m_prefix;
};

TEST_P(Performance, KnownFiguresForOctoberInBothModes)
{
    Result<PerformanceReportResult> h = run(MembershipMode::Historical);
    ASSERT_TRUE(h.ok()) << h.error().message.toStdString();
    ASSERT_EQ(h->rows.size(), 2); // by code: other, vip
    const PerformanceRow &vip = h->rows[1];
    EXPECT_EQ(vip.code, QStringLiteral("vip"));
    EXPECT_EQ(vip.bucketStart, kOctober.from);
    EXPECT_EQ(vip.bucketEnd, kOctober.to);
    // Orders 1 (1), 3 (2 while in), 5 and 7 (3's stints), 9 (the guest after entering), 10 (4
    // before leaving); not 2, 4, 15 (2 outside), 6 (3 between stints), 8, 11, 12 (canceled).
    EXPECT_EQ(vip.members, 5);
    EXPECT_EQ(vip.converters, 5);
    EXPECT_EQ(vip.orders, 6);
    EXPECT_NEAR(vip.revenue, 100 + 60 + 80 + 110 + 45.5 + 30, 1e-6);
    EXPECT_NEAR(vip.refunds, 10, 1e-6);
    EXPECT_EQ(vip.membersAtStart, 2); // 1 and 4
    EXPECT_EQ(vip.membersAtEnd, 3);   // 1, 3 and the guest
    EXPECT_EQ(vip.joiners, 4);
    EXPECT_EQ(vip.leavers, 3);
    EXPECT_NEAR(vip.conversionRate(), 100.0, 1e-9);
    EXPECT_NEAR(vip.aov(), 425.5 / 6, 1e-6);

    Result<PerformanceReportResult> c = run(MembershipMode::Current);
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    const PerformanceRow &now = c->rows[1];
    // Today's members 1, 3 and the guest: orders 1, 5, 6, 7, 8, 9.
    EXPECT_EQ(now.members, 3);
    EXPECT_EQ(now.converters, 3);
    EXPECT_EQ(now.orders, 6);
    EXPECT_NEAR(now.revenue, 100 + 80 + 90 + 110 + 40 + 45.5, 1e-6);
    EXPECT_NEAR(now.revenuePerMember(), 465.5 / 3, 1e-6);
    EXPECT_EQ(now.membersAtStart, 2);
    EXPECT_EQ(now.membersAtEnd, 3);
    EXPECT_EQ(c->rows[0].code, QStringLiteral("other"));
    EXPECT_EQ(c->rows[0].orders, 1);
    EXPECT_NEAR(c->rows[0].revenue, 1000, 1e-6);
}

TEST_P(Performance, EveryBucketAgreesWithHandWrittenSql)
{
    for (const MembershipMode mode : {MembershipMode::Historical, MembershipMode::Current})
        for (const std::optional<SeriesGranularity> g :
             {std::optional<SeriesGranularity>(), std::optional(SeriesGranularity::Day),
              std::optional(SeriesGranularity::Week), std::optional(SeriesGranularity::Month)})
            for (const QStringList &statuses :
                 {QStringList{"complete"}, QStringList{"complete", "canceled"}}) {
                Result<PerformanceReportResult> r =
                    run(mode, g, statuses, DateRange{QDate(2026, 9, 28), QDate(2026, 11, 3)});
                ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
                EXPECT_EQ(r->rows.size(), r->bucketStarts.size() * 2);
                compareWithSql(*r, statuses);
            }
}

TEST_P(Performance, WeeklyBucketsFollowTheStints)
{
    Result<PerformanceReportResult> r =
        run(MembershipMode::Historical, SeriesGranularity::Week, {QStringLiteral("complete")});
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    // Weeks from Monday: Oct 1-4 (clipped), 5-11, 12-18, 19-25, 26-31.
    ASSERT_EQ(r->bucketStarts.size(), 5);
    QList<const PerformanceRow *> vip;
    for (const PerformanceRow &row : r->rows)
        if (row.code == QLatin1String("vip")) vip << &row;
    ASSERT_EQ(vip.size(), 5);
    EXPECT_EQ(vip[0]->bucketEnd, QDate(2026, 10, 4));
    EXPECT_EQ(vip[0]->members, 2); // 1, 4
    EXPECT_EQ(vip[1]->members, 3); // 1, 2 (Oct 10), 3 (Oct 5-8)
    EXPECT_EQ(vip[1]->orders, 1);  // order 5; not order 2 (Oct 5, before 2 entered)
    EXPECT_EQ(vip[2]->members, 3); // 1, 2, the guest
    EXPECT_EQ(vip[2]->orders, 2);  // orders 3 and 9; not 6 (3 out), 8 (guest not yet in)
    EXPECT_EQ(vip[3]->members, 4); // 1, 2 (till Oct 20), 3 (Oct 25), the guest
    EXPECT_EQ(vip[3]->leavers, 1);
    EXPECT_EQ(vip[4]->orders, 1); // order 7; not 4 (2 gone)
    EXPECT_EQ(vip[4]->membersAtStart, 3);
}

TEST_P(Performance, SnapshotsAreIdempotentAndBackfilled)
{
    Result<SnapshotRun> backfill = backfillDailySnapshots(*m_session, {}, QDate(2026, 10, 1));
    ASSERT_TRUE(backfill.ok()) << backfill.error().message.toStdString();
    const QDate today = localDateOf(QDateTime::currentDateTimeUtc(), QTimeZone::utc());
    const qint64 days = QDate(2026, 10, 1).daysTo(today) + 1;
    EXPECT_EQ(backfill->segments, 2);
    EXPECT_EQ(backfill->daysWritten, days);
    EXPECT_EQ(count("SELECT COUNT(*) FROM mg_segmentor_daily_snapshot"), 2 * days);
    // Again, and a single day twice: replaced, never duplicated.
    ASSERT_TRUE(backfillDailySnapshots(*m_session, {}, QDate(2026, 10, 1)).ok());
    ASSERT_TRUE(takeDailySnapshots(*m_session, {QStringLiteral("vip")}, QDate(2026, 10, 15)).ok());
    ASSERT_TRUE(takeDailySnapshots(*m_session, {QStringLiteral("vip")}, QDate(2026, 10, 15)).ok());
    EXPECT_EQ(count("SELECT COUNT(*) FROM mg_segmentor_daily_snapshot"), 2 * days);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM mg_segmentor_daily_snapshot WHERE "
                                   "segment_id = %1 AND snapshot_day = '2026-10-15'")
                        .arg(m_vip)),
              1);

    Result<QList<DailySnapshot>> rows = dailySnapshots(
        *m_session, {QStringLiteral("vip")}, DateRange{QDate(2026, 10, 14), QDate(2026, 10, 20)});
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(rows->size(), 7);
    const DailySnapshot &oct14 = (*rows)[0], &oct15 = (*rows)[1], &oct20 = (*rows)[6];
    EXPECT_EQ(oct14.day, QDate(2026, 10, 14));
    EXPECT_EQ(oct14.members, 2); // 1 and 2
    EXPECT_EQ(oct14.orders, 0);  // order 8: the guest was not a member yet
    EXPECT_EQ(oct15.members, 3); // and the guest
    EXPECT_EQ(oct15.joiners, 1);
    EXPECT_EQ(oct15.leavers, 0);
    EXPECT_EQ(oct15.orders, 1); // order 3
    EXPECT_EQ(oct15.converters, 1);
    EXPECT_NEAR(oct15.revenue, 60, 1e-6);
    EXPECT_NEAR(oct15.refunds, 10, 1e-6);
    EXPECT_TRUE(oct15.takenAt.isValid());
    EXPECT_EQ(oct20.members, 2); // 2 left at noon
    EXPECT_EQ(oct20.leavers, 1);
    EXPECT_EQ(oct20.orders, 0); // order 12 canceled, order 15 at the instant 2 left

    // Each stored day agrees with the hand-written SQL over the day's stints.
    Result<QList<DailySnapshot>> all =
        dailySnapshots(*m_session, {}, DateRange{QDate(2026, 10, 1), QDate(2026, 10, 31)});
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 62);
    for (const DailySnapshot &s : *all) {
        SCOPED_TRACE((s.code + " " + s.day.toString(Qt::ISODate)).toStdString());
        // The historical figures of a one-day bucket, members excepted (at the day's end).
        const Expected e = expected(m_stints, s.code, utc(s.day), utc(s.day.addDays(1)),
                                    {QStringLiteral("complete")}, true);
        EXPECT_EQ(s.orders, e.orders);
        EXPECT_EQ(s.converters, e.converters);
        EXPECT_NEAR(s.revenue, e.revenue, 1e-4);
    }
    // Without --since: from the journal's first day (Oct 3).
    ASSERT_TRUE(
        QSqlQuery(m_connection->database()).exec("DELETE FROM mg_segmentor_daily_snapshot"));
    Result<SnapshotRun> fromJournal = backfillDailySnapshots(*m_session, {});
    ASSERT_TRUE(fromJournal.ok()) << fromJournal.error().message.toStdString();
    EXPECT_EQ(fromJournal->daysWritten, QDate(2026, 10, 3).daysTo(today) + 1);
}

// A store of schema version 1 (before the snapshots) gets the table on the next connect.
TEST_P(Performance, VersionOneStoresGetTheSnapshotTable)
{
    QSqlQuery q(m_connection->database());
    ASSERT_TRUE(q.exec("DROP TABLE mg_segmentor_daily_snapshot"));
    ASSERT_TRUE(q.exec("UPDATE mg_segmentor_meta SET meta_value = '1' WHERE meta_key = "
                       "'schema_version'"));
    ASSERT_EQ(SegmentorStorage::installedVersion(*m_connection, QStringLiteral("mg_")), 1);
    ASSERT_TRUE(SegmentorStorage::ensure(*m_connection, QStringLiteral("mg_")).ok());
    EXPECT_EQ(SegmentorStorage::installedVersion(*m_connection, QStringLiteral("mg_")),
              SegmentorStorage::kSchemaVersion);
    EXPECT_EQ(count("SELECT COUNT(*) FROM mg_segmentor_meta"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM mg_segmentor_daily_snapshot"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM mg_segmentor_member"), 4); // kept
}

// The CLI over the same store (and zone): csv and json, the membership column, snapshot.
QString urlOf(const ConnectionSettings &s)
{
    if (s.dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:%1?prefix=%2").arg(s.path, s.tablePrefix);
    return QStringLiteral("%1://%2@%3:%4/%5?prefix=%6")
        .arg(s.dialect == Dialect::MySql ? QStringLiteral("mysql") : QStringLiteral("postgresql"),
             s.user, s.host)
        .arg(s.port)
        .arg(s.database, s.tablePrefix);
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const ConnectionSettings &settings, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEGMENTOR_DATABASE"), urlOf(settings));
    env.insert(QStringLiteral("SEGMENTOR_PASSWORD"), settings.password);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli")), arguments);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

TEST_P(Performance, CliReportPerformanceAndSnapshot)
{
    const QStringList args{"report", "performance", "--from",     "2026-10-01",
                           "--to",   "2026-10-31",  "--segments", "vip,other"};
    const CliRun csv = cli(m_settings, args + QStringList{"--membership", "historical"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_EQ(csv.out, QStringLiteral("period,segment,members,converters,conversion_rate,orders,"
                                      "revenue,aov,revenue_per_member,membership\r\n"
                                      "2026-10-01..2026-10-31,vip,5,5,100.00,6,425.50,70.92,"
                                      "85.10,historical\r\n"
                                      "2026-10-01..2026-10-31,other,1,1,100.00,1,1000.00,1000.00,"
                                      "1000.00,historical\r\n"));
    const CliRun current = cli(m_settings, args + QStringList{"--status", "complete,canceled"});
    ASSERT_EQ(current.exitCode, 0) << current.err.toStdString();
    // Today's members: 1, 3 and the guest; the canceled order 12 now counts.
    EXPECT_TRUE(current.out.contains(QStringLiteral(
        "\r\n2026-10-01..2026-10-31,vip,3,3,100.00,7,965.50,137.93,321.83,current\r\n")))
        << current.out.toStdString();

    const CliRun json = cli(m_settings, args + QStringList{"--granularity", "week", "--format",
                                                           "json", "--membership", "historical"});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 10); // 5 weeks x 2 segments, week-major
    EXPECT_EQ(rows[0].toObject().value("period").toString(),
              QStringLiteral("2026-10-01..2026-10-04"));
    EXPECT_EQ(rows[0].toObject().value("segment").toString(), QStringLiteral("vip"));
    EXPECT_EQ(rows[0].toObject().value("membership").toString(), QStringLiteral("historical"));
    EXPECT_EQ(rows[4].toObject().value("orders").toInteger(), 2); // vip, Oct 12-18
    EXPECT_NEAR(rows[4].toObject().value("revenue").toDouble(), 105.5, 1e-6);

    for (const QStringList &bad :
         {QStringList{"--membership", "sometimes"}, QStringList{"--granularity", "hour"},
          QStringList{"--format", "xml"}}) {
        const CliRun refused = cli(m_settings, args + bad);
        EXPECT_EQ(refused.exitCode, 2) << bad.join(' ').toStdString();
        EXPECT_TRUE(refused.out.isEmpty());
    }
    EXPECT_EQ(cli(m_settings, {"report", "performance", "--to", "2026-10-01"}).exitCode, 2);
    const CliRun unknown = cli(m_settings, {"report", "performance", "--from", "2026-10-01", "--to",
                                            "2026-10-31", "--segments", "nope"});
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("nope")));

    const CliRun day = cli(m_settings, {"snapshot", "vip", "--day", "2026-10-15"});
    ASSERT_EQ(day.exitCode, 0) << day.err.toStdString();
    EXPECT_EQ(day.err, QStringLiteral("1 segments, 1 days written\n"));
    ASSERT_EQ(cli(m_settings, {"snapshot", "vip", "--day", "2026-10-15"}).exitCode, 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM mg_segmentor_daily_snapshot"), 1);
    EXPECT_EQ(count("SELECT orders FROM mg_segmentor_daily_snapshot"), 1);
    const CliRun back =
        cli(m_settings, {"snapshot", "--backfill", "--since", "2026-10-30", "--quiet"});
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    EXPECT_EQ(count("SELECT COUNT(*) FROM mg_segmentor_daily_snapshot"),
              1 + 2 * (QDate(2026, 10, 30).daysTo(today) + 1));
    EXPECT_EQ(cli(m_settings, {"snapshot", "--day", "2026-10-15", "--backfill"}).exitCode, 2);
    EXPECT_EQ(cli(m_settings, {"snapshot", "--since", "2026-10-15"}).exitCode, 2);
    EXPECT_EQ(cli(m_settings, {"snapshot", "--day", "tomorrow"}).exitCode, 2);

    // A refresh writes its segment's row of the day; refresh --all every segment's.
    ASSERT_TRUE(
        QSqlQuery(m_connection->database()).exec("DELETE FROM mg_segmentor_daily_snapshot"));
    const CliRun refreshed = cli(m_settings, {"refresh", "other"});
    ASSERT_EQ(refreshed.exitCode, 0) << refreshed.err.toStdString();
    const QString todayText = today.toString(Qt::ISODate);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM mg_segmentor_daily_snapshot WHERE "
                                   "snapshot_day = '%1'")
                        .arg(todayText)),
              1);
    // Its members at the end of today: the members the refresh stored.
    EXPECT_EQ(count(QStringLiteral("SELECT members FROM mg_segmentor_daily_snapshot WHERE "
                                   "snapshot_day = '%1'")
                        .arg(todayText)),
              count("SELECT COUNT(*) FROM mg_segmentor_member m JOIN mg_segmentor_segment s ON "
                    "s.segment_id = m.segment_id WHERE s.code = 'other'"));
    const CliRun all = cli(m_settings, {"refresh", "--all"});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM mg_segmentor_daily_snapshot WHERE "
                                   "snapshot_day = '%1'")
                        .arg(todayText)),
              2);
}

// A user who may only read the store: Segmentor's tables in a workspace file, the orders in
// the store; the same figures (and snapshots) as with the tables in the store.
class WorkspacePerformance : public Performance
{
protected:
    bool readOnly() const override { return true; }
};

TEST_P(WorkspacePerformance, SameFiguresAsWithSegmentorTablesInTheStore)
{
    if (GetParam() == Backend::Sqlite) GTEST_SKIP() << "a read-only user needs a server";
    Result<ConnectionSettings> login =
        readOnlyUser(*m_connection, GetParam(), QStringLiteral("roperf"));
    ASSERT_TRUE(login.ok()) << login.error().toString().toStdString();
    ConnectionSettings readOnly = *login;
    readOnly.tablePrefix = QStringLiteral("mg_");
    QTemporaryDir workspaces;
    Result<StoreSession> opened = StoreSession::open(readOnly, true, workspaces.path());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ASSERT_TRUE(opened->storage.inWorkspace());
    m_session.emplace(std::move(opened).value());
    populate(*m_session);
    if (HasFatalFailure()) return;
    for (const MembershipMode mode : {MembershipMode::Historical, MembershipMode::Current}) {
        Result<PerformanceReportResult> r = run(mode, SeriesGranularity::Week);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        compareWithSql(*r, {QStringLiteral("complete")});
    }
    Result<PerformanceReportResult> h = run(MembershipMode::Historical);
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(h->rows[1].orders, 6); // as KnownFiguresForOctoberInBothModes
    EXPECT_NEAR(h->rows[1].revenue, 425.5, 1e-6);
    ASSERT_TRUE(takeDailySnapshots(*m_session, {}, QDate(2026, 10, 15)).ok());
    Result<QList<DailySnapshot>> day = dailySnapshots(
        *m_session, {QStringLiteral("vip")}, DateRange{QDate(2026, 10, 15), QDate(2026, 10, 15)});
    ASSERT_TRUE(day.ok()) << day.error().message.toStdString();
    ASSERT_EQ(day->size(), 1);
    EXPECT_EQ(day->first().members, 3);
    EXPECT_EQ(day->first().orders, 1);
    EXPECT_FALSE(
        m_connection->database().tables().contains(QStringLiteral("mg_segmentor_daily_snapshot")));
}

// A store of version 1 whose user may use Segmentor's tables but not create the new one: the
// store stays where the tables are (no switch to an empty workspace); snapshots fail, named.
TEST_P(WorkspacePerformance, AVersionOneStoreStaysTheStoreOfAUserWhoMayNotCreateTables)
{
    if (GetParam() == Backend::Sqlite) GTEST_SKIP() << "a read-only user needs a server";
    {
        Result<StoreSession> owner = StoreSession::open(m_settings, true, QString());
        ASSERT_TRUE(owner.ok()) << owner.error().message.toStdString();
        ASSERT_FALSE(owner->storage.inWorkspace());
        populate(owner.value());
        if (HasFatalFailure()) return;
    }
    QSqlQuery q(m_connection->database());
    ASSERT_TRUE(q.exec("DROP TABLE mg_segmentor_daily_snapshot"));
    ASSERT_TRUE(q.exec("UPDATE mg_segmentor_meta SET meta_value = '1' WHERE meta_key = "
                       "'schema_version'"));
    Result<ConnectionSettings> login =
        readOnlyUser(*m_connection, GetParam(), QStringLiteral("roperfv1"));
    ASSERT_TRUE(login.ok()) << login.error().toString().toStdString();
    ConnectionSettings readOnly = *login;
    readOnly.tablePrefix = QStringLiteral("mg_");
    QTemporaryDir workspaces;
    Result<StoreSession> opened = StoreSession::open(readOnly, true, workspaces.path());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_FALSE(opened->storage.inWorkspace());
    EXPECT_EQ(SegmentorStorage::installedVersion(*m_connection, QStringLiteral("mg_")), 1);
    m_session.emplace(std::move(opened).value());
    // The reports read the store's tables; the snapshots fail with the database's error.
    Result<PerformanceReportResult> h = run(MembershipMode::Historical);
    ASSERT_TRUE(h.ok()) << h.error().message.toStdString();
    EXPECT_EQ(h->rows.value(1).orders, 6);
    Result<SnapshotRun> snap = takeDailySnapshots(*m_session, {}, QDate(2026, 10, 15));
    ASSERT_FALSE(snap.ok());
    EXPECT_EQ(snap.error().code, ErrorCode::Database);
    EXPECT_TRUE(snap.error().message.contains(QStringLiteral("daily snapshots")))
        << snap.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Servers, WorkspacePerformance,
                         ::testing::Values(Backend::MySql, Backend::PostgreSql),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

INSTANTIATE_TEST_SUITE_P(AllBackends, Performance, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

} // namespace

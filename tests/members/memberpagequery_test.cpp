// The grid's paged member query on SQLite, MariaDB and PostgreSQL: counts, pages in the
// default and in column orders, filters (text, country, group, override state, joined),
// overrides and the journal across refreshes, previews of unsaved definitions, and the
// staging of a selection for export.
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "export/memberexporter.h"
#include "members/memberpagequery.h"
#include "refresh/refresher.h"
#include "repository/segmentorstorage.h"
#include "session/storesession.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

const QDateTime kAsOf(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());

SegmentDefinition buyers()
{
    const QByteArray json =
        R"({"segmentor":1,"code":"buyers","name":"Buyers","apply_to":"all","conditions":{"type":"combine","conditions":[
        {"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})";
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(json);
    EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
    return d.ok() ? *d : SegmentDefinition{};
}

QStringList keysOf(const QList<MemberPageRow> &rows)
{
    QStringList out;
    for (const MemberPageRow &r : rows)
        out << r.key.toString();
    return out;
}

class MemberPage : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        const QString name = QStringLiteral("grid_%1").arg(
            QString::fromStdString(::testing::UnitTest::GetInstance()->current_test_info()->name())
                .section(QLatin1Char('/'), 0, 0)
                .toLower());
        m_connection = freshStore(GetParam(), name, QStringLiteral("mg_"), why);
        SEGTEST_REQUIRE_STORE(m_connection, why);
        FixtureStore f(*m_connection, QStringLiteral("mg_"));
        f.installBase();
        f.customer(
            1, {{"firstname", "Alice"}, {"lastname", "Zephyr"}, {"email", "alice@example.com"}});
        f.customer(2, {{"firstname", "Bob"},
                       {"lastname", "Young"},
                       {"email", "bob@shop.test"},
                       {"group_id", 2}});
        f.customer(
            3, {{"firstname", "Chloé"}, {"lastname", "Xavier"}, {"email", "chloe@example.com"}});
        f.customer(4, {{"firstname", "Dan"}, {"lastname", "Walker"}, {"email", "dan@example.com"}});
        f.customer(5, {{"firstname", "Eve"}, {"lastname", "Vance"}, {"email", "eve@example.com"}});
        address(f, 11, 1, "GB", "London");
        address(f, 12, 2, "FR", "Paris");
        f.order(1, 1, {{"base_grand_total", 100.0}, {"created_at", "2026-09-01 10:00:00"}});
        f.order(2, 1, {{"base_grand_total", 50.5}, {"created_at", "2026-10-01 10:00:00"}});
        f.order(3, 2, {{"base_grand_total", 300.0}, {"created_at", "2026-08-01 10:00:00"}});
        f.order(4, QVariant(),
                {{"customer_email", "Guest@Example.com"},
                 {"customer_firstname", "Gina"},
                 {"customer_lastname", "Guest"},
                 {"base_grand_total", 20.0},
                 {"created_at", "2026-07-01 10:00:00"}});
        f.order(5, QVariant(),
                {{"customer_email", "guest@example.com"},
                 {"customer_firstname", "Gina"},
                 {"customer_lastname", "Gueston"},
                 {"base_grand_total", 30.0},
                 {"created_at", "2026-10-15 10:00:00"}});
        f.order(6, QVariant(),
                {{"customer_email", "zed@shop.test"},
                 {"customer_firstname", "Zed"},
                 {"customer_lastname", "Alpha"},
                 {"base_grand_total", 5.0},
                 {"created_at", "2026-10-20 10:00:00"}});
        f.insert(QStringLiteral("sales_order_address"), {{"entity_id", 61},
                                                         {"parent_id", 6},
                                                         {"address_type", "billing"},
                                                         {"country_id", "DE"},
                                                         {"city", "Berlin"},
                                                         {"firstname", "Zed"},
                                                         {"lastname", "Alpha"},
                                                         {"street", "x"},
                                                         {"telephone", "1"},
                                                         {"postcode", "10115"}});
        m_fixture.emplace(*m_connection, QStringLiteral("mg_"));
        m_settings = m_connection->settings();
        m_settings.tablePrefix = QStringLiteral("mg_");

        Result<StoreSession> session = StoreSession::open(m_settings, true);
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        m_session = std::make_unique<StoreSession>(std::move(session.value()));
        ASSERT_TRUE(m_session->segments->save(buyers()).ok());
        refresh();
    }

    void address(FixtureStore &f, qint64 id, qint64 customer, const char *country, const char *city)
    {
        f.insert(QStringLiteral("customer_address_entity"), {{"entity_id", id},
                                                             {"parent_id", customer},
                                                             {"country_id", country},
                                                             {"city", city},
                                                             {"firstname", "A"},
                                                             {"lastname", "B"},
                                                             {"street", "1 Road"},
                                                             {"telephone", "0"}});
        ASSERT_TRUE(
            m_connection
                ->exec(
                    QStringLiteral(
                        "UPDATE mg_customer_entity SET default_billing = %1 WHERE entity_id = %2")
                        .arg(id)
                        .arg(customer))
                .ok());
    }

    void refresh()
    {
        Refresher refresher(*m_session->connection, *m_session->schema, *m_session->segments);
        RefreshOptions o;
        o.asOf = kAsOf;
        Result<RefreshResult> r = refresher.refresh(QStringLiteral("buyers"), o);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }

    MemberPageQuery saved()
    {
        Result<MemberPageSource> source =
            MemberPageQuery::openSaved(*m_session, QStringLiteral("buyers"));
        EXPECT_TRUE(source.ok()) << source.error().message.toStdString();
        return MemberPageQuery(*m_session, source.ok() ? *source : MemberPageSource{});
    }

    QStringList sorted(const MemberPageQuery &q, const QString &column, bool descending = false,
                       const MemberFilter &filter = {})
    {
        Result<QList<MemberPageRow>> rows =
            q.page(filter, MemberSort{column, descending}, 0, 100, {QStringLiteral("email")});
        EXPECT_TRUE(rows.ok()) << rows.error().message.toStdString();
        return rows.ok() ? keysOf(*rows) : QStringList{QStringLiteral("<error>")};
    }

    std::unique_ptr<StoreConnection> m_connection;
    std::optional<FixtureStore> m_fixture;
    ConnectionSettings m_settings;
    std::unique_ptr<StoreSession> m_session;
};

TEST_P(MemberPage, CountsAndPagesInMemberOrderWithTheExportColumns)
{
    const MemberPageQuery q = saved();
    EXPECT_EQ(*q.count(), 4);
    const QStringList columns{"member",        "email",          "firstname",
                              "lastname",      "group",          "billing_country",
                              "billing_city",  "orders",         "lifetime_sales",
                              "last_order_at", "override_state", "joined_last_refresh"};
    Result<QList<MemberPageRow>> all = q.page({}, {}, 0, 50, columns);
    ASSERT_TRUE(all.ok()) << all.error().message.toStdString();
    ASSERT_EQ(keysOf(*all), QStringList({"1", "2", "guest@example.com", "zed@shop.test"}));

    const MemberPageRow &alice = all->at(0);
    EXPECT_TRUE(alice.member);
    EXPECT_TRUE(alice.joinedLastRefresh);
    EXPECT_FALSE(alice.override.has_value());
    EXPECT_EQ(alice.values[0].toString(), "1");
    EXPECT_EQ(alice.values[1].toString(), "alice@example.com");
    EXPECT_EQ(alice.values[2].toString(), "Alice");
    EXPECT_EQ(alice.values[4].toString(), "General");
    EXPECT_EQ(alice.values[5].toString(), "GB");
    EXPECT_EQ(alice.values[6].toString(), "London");
    EXPECT_EQ(alice.values[7].toLongLong(), 2);
    EXPECT_EQ(alice.values[8].toString(), "150.5000");
    EXPECT_EQ(alice.values[9].toDateTime(),
              QDateTime(QDate(2026, 10, 1), QTime(10, 0), QTimeZone::utc()));
    EXPECT_TRUE(alice.values[10].isNull());
    EXPECT_EQ(alice.values[11].toLongLong(), 1);

    // A guest: profile from the most recent order, aggregates over all of them.
    const MemberPageRow &guest = all->at(2);
    EXPECT_TRUE(guest.key.isGuest());
    EXPECT_EQ(guest.values[2].toString(), "Gina");
    EXPECT_EQ(guest.values[3].toString(), "Gueston");
    EXPECT_EQ(guest.values[4].toString(), "NOT LOGGED IN");
    EXPECT_EQ(guest.values[7].toLongLong(), 2);
    EXPECT_EQ(guest.values[8].toString(), "50.0000");
    EXPECT_EQ(all->at(3).values[5].toString(), "DE");

    // Pages of two in sequence are the whole list; past the end is empty.
    QStringList paged;
    for (qint64 offset = 0; offset < 4; offset += 2)
        paged += keysOf(*q.page({}, {}, offset, 2, {"email"}));
    EXPECT_EQ(paged, keysOf(*all));
    EXPECT_TRUE(q.page({}, {}, 10, 2, {"email"})->isEmpty());
    EXPECT_EQ(*q.keys({}, {}, 1, 2),
              (QList<MemberKey>{MemberKey::registered(2), MemberKey::guest("guest@example.com")}));

    EXPECT_FALSE(q.page({}, {}, 0, 5, {"nope"}).ok());
    EXPECT_FALSE(q.page({}, MemberSort{"nope", false}, 0, 5, {"email"}).ok());
}

TEST_P(MemberPage, SortsInSqlByAnyColumnWithEmptyValuesLast)
{
    const MemberPageQuery q = saved();
    EXPECT_EQ(sorted(q, "member", true),
              QStringList({"zed@shop.test", "guest@example.com", "2", "1"}));
    EXPECT_EQ(sorted(q, "lastname"), QStringList({"zed@shop.test", "guest@example.com", "2",
                                                  "1"})); // Alpha, Gueston, Young, Zephyr
    EXPECT_EQ(sorted(q, "lastname", true),
              QStringList({"1", "2", "guest@example.com", "zed@shop.test"}));
    EXPECT_EQ(sorted(q, "lifetime_sales", true),
              QStringList({"2", "1", "guest@example.com", "zed@shop.test"}));
    EXPECT_EQ(sorted(q, "orders"), QStringList({"2", "zed@shop.test", "1", "guest@example.com"}));
    // Only customers 1, 2 and guest zed have a billing country; the others come last.
    EXPECT_EQ(sorted(q, "billing_country"),
              QStringList({"zed@shop.test", "2", "1", "guest@example.com"}));
    EXPECT_EQ(sorted(q, "billing_country", true),
              QStringList({"1", "2", "zed@shop.test", "guest@example.com"}));
    EXPECT_EQ(sorted(q, "email"), QStringList({"1", "2", "guest@example.com", "zed@shop.test"}));
}

TEST_P(MemberPage, FiltersByTextCountryAndGroup)
{
    const MemberPageQuery q = saved();
    const auto filter = [](QString text, QString country = {}, QString group = {}) {
        MemberFilter f;
        f.text = std::move(text);
        f.country = std::move(country);
        f.group = std::move(group);
        return f;
    };
    EXPECT_EQ(sorted(q, "member", false, filter("ALICE")), QStringList({"1"}));
    EXPECT_EQ(sorted(q, "member", false, filter("shop.test")), QStringList({"2", "zed@shop.test"}));
    EXPECT_EQ(sorted(q, "member", false, filter("gina gue")), QStringList({"guest@example.com"}));
    EXPECT_EQ(sorted(q, "member", false, filter("zed alp")), QStringList({"zed@shop.test"}));
    EXPECT_EQ(sorted(q, "member", false, filter("100%")), QStringList());
    EXPECT_EQ(sorted(q, "member", false, filter({}, "DE")), QStringList({"zed@shop.test"}));
    EXPECT_EQ(sorted(q, "member", false, filter({}, {}, "Wholesale")), QStringList({"2"}));
    EXPECT_EQ(sorted(q, "member", false, filter({}, {}, "NOT LOGGED IN")),
              QStringList({"guest@example.com", "zed@shop.test"}));
    EXPECT_EQ(*q.count(filter("example")), 2);
    EXPECT_EQ(*q.count(filter("example", "GB")), 1);
}

TEST_P(MemberPage, OverridesAndJoinsShowBeforeAndAfterARefresh)
{
    ASSERT_TRUE(
        m_session->segments
            ->setOverride("buyers", {MemberKey::registered(1)}, OverrideKind::Exclude, "asked")
            .ok());
    ASSERT_TRUE(m_session->segments
                    ->setOverride("buyers", {MemberKey::registered(5)}, OverrideKind::Include)
                    .ok());
    {
        const MemberPageQuery q = saved();
        Result<QList<MemberPageRow>> rows = q.page({}, {}, 0, 10, {"email"});
        ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
        ASSERT_EQ(keysOf(*rows), QStringList({"1", "2", "guest@example.com", "zed@shop.test"}));
        EXPECT_TRUE(rows->at(0).member); // excluded, still a member until the next refresh
        EXPECT_EQ(rows->at(0).override, OverrideKind::Exclude);
        EXPECT_EQ(rows->at(0).overrideReason, "asked");
    }
    m_fixture->order(7, 3, {{"base_grand_total", 10.0}});
    refresh();
    const MemberPageQuery q = saved();
    Result<QList<MemberPageRow>> rows = q.page({}, {}, 0, 10, {"email", "override_state"});
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(keysOf(*rows),
              QStringList({"1", "2", "3", "5", "guest@example.com", "zed@shop.test"}));
    EXPECT_FALSE(rows->at(0).member); // excluded and out: still listed so it can be reset
    EXPECT_EQ(rows->at(0).values[1].toString(), "exclude");
    EXPECT_TRUE(rows->at(3).member);
    EXPECT_EQ(rows->at(3).override, OverrideKind::Include);
    EXPECT_FALSE(rows->at(1).joinedLastRefresh);
    EXPECT_TRUE(rows->at(2).joinedLastRefresh);
    EXPECT_TRUE(rows->at(3).joinedLastRefresh);

    const auto state = [&](MemberStateFilter s) {
        MemberFilter f;
        f.state = s;
        return sorted(q, "member", false, f);
    };
    EXPECT_EQ(state(MemberStateFilter::Excluded), QStringList({"1"}));
    EXPECT_EQ(state(MemberStateFilter::Included), QStringList({"5"}));
    EXPECT_EQ(state(MemberStateFilter::AnyOverride), QStringList({"1", "5"}));
    EXPECT_EQ(state(MemberStateFilter::NoOverride),
              QStringList({"2", "3", "guest@example.com", "zed@shop.test"}));
    EXPECT_EQ(state(MemberStateFilter::JoinedLastRefresh), QStringList({"3", "5"}));
    EXPECT_EQ(sorted(q, "override_state"),
              QStringList({"1", "5", "2", "3", "guest@example.com", "zed@shop.test"}));
    EXPECT_EQ(*q.count(), 6);

    ASSERT_TRUE(m_session->segments->resetOverride("buyers", {MemberKey::registered(1)}).ok());
    refresh();
    EXPECT_EQ(sorted(saved(), "member"),
              QStringList({"1", "2", "3", "5", "guest@example.com", "zed@shop.test"}));
    MemberFilter joined;
    joined.state = MemberStateFilter::JoinedLastRefresh;
    EXPECT_EQ(sorted(saved(), "member", false, joined), QStringList({"1"}));
}

TEST_P(MemberPage, PreviewsAnUnsavedDefinition)
{
    SegmentDefinition d = buyers();
    d.code = QStringLiteral("draft");
    Result<MemberPageSource> source = MemberPageQuery::openPreview(*m_session, d, kAsOf);
    ASSERT_TRUE(source.ok()) << source.error().message.toStdString();
    EXPECT_TRUE(source->staged());
    const MemberPageQuery q(*m_session, *source);
    EXPECT_EQ(*q.count(), 4);
    EXPECT_EQ(sorted(q, "lastname"), QStringList({"zed@shop.test", "guest@example.com", "2", "1"}));
    MemberFilter f;
    f.text = QStringLiteral("bob");
    EXPECT_EQ(sorted(q, "member", false, f), QStringList({"2"}));
    Result<QList<MemberPageRow>> rows = q.page({}, {}, 0, 10, {"firstname", "orders"});
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    EXPECT_EQ(rows->at(2).values[0].toString(), "Gina");
    EXPECT_EQ(rows->at(0).values[1].toLongLong(), 2);
    EXPECT_FALSE(rows->at(0).override.has_value());
}

TEST_P(MemberPage, StagedSelectionExportsExactlyThoseMembers)
{
    Result<MemberSource> source = stageMemberKeys(
        *m_session->connection, {MemberKey::registered(2), MemberKey::guest("zed@shop.test")});
    ASSERT_TRUE(source.ok()) << source.error().message.toStdString();
    QTemporaryDir dir;
    ExportOptions o;
    o.path = dir.filePath("sel.csv");
    o.columns = QStringList{"member", "email"};
    Result<ExportSummary> summary =
        exportMembers(*m_session->connection, *m_session->schema, *source, o);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->rows, 2);
    QFile f(o.path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(f.readAll()).replace("\r\n", "\n"),
              "member,email\n2,bob@shop.test\nzed@shop.test,zed@shop.test\n");
}

// A user who may only read the store: the segment lives in a workspace file, the grid stages
// its rows (with their state) in a temporary table of the store session and pages there.
class MemberPageReadOnly : public ::testing::TestWithParam<Backend>
{
};

TEST_P(MemberPageReadOnly, PagesASegmentKeptInAWorkspace)
{
    std::string why;
    auto admin =
        freshStore(GetParam(), QStringLiteral("grid_readonly"), QStringLiteral("mg_"), why);
    SEGTEST_REQUIRE_STORE(admin, why);
    FixtureStore f(*admin, QStringLiteral("mg_"));
    f.installBase();
    for (int id = 1; id <= 4; ++id)
        f.customer(id, {{"lastname", QStringLiteral("L%1").arg(10 - id)}});
    f.order(1, 1);
    f.order(2, 2);
    f.order(3, 3);
    f.order(4, QVariant(), {{"customer_email", "g@x.test"}, {"customer_lastname", "Guest"}});
    // A user with SELECT only (and temporary tables): the workspace mode's user.
    Result<ConnectionSettings> readOnlyLogin =
        readOnlyUser(*admin, GetParam(), QStringLiteral("grid_ro"));
    ASSERT_TRUE(readOnlyLogin.ok()) << readOnlyLogin.error().toString().toStdString();
    ConnectionSettings readOnly = *readOnlyLogin;
    readOnly.tablePrefix = QStringLiteral("mg_");
    QTemporaryDir workspaces;
    Result<StoreSession> opened = StoreSession::open(readOnly, true, workspaces.path());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    StoreSession &session = opened.value();
    ASSERT_TRUE(session.storage.inWorkspace());
    ASSERT_TRUE(session.segments->save(buyers()).ok());
    ASSERT_TRUE(session.segments
                    ->setOverride("buyers", {MemberKey::registered(2)}, OverrideKind::Exclude, "no")
                    .ok());
    Refresher refresher(*session.connection, *session.schema, *session.segments);
    ASSERT_TRUE(refresher.refresh("buyers", RefreshOptions{}).ok());

    Result<MemberPageSource> source = MemberPageQuery::openSaved(session, "buyers");
    ASSERT_TRUE(source.ok()) << source.error().message.toStdString();
    EXPECT_TRUE(source->staged());
    const MemberPageQuery q(session, *source);
    EXPECT_EQ(*q.count(), 4); // 1, 3, the guest, and 2 excluded
    Result<QList<MemberPageRow>> rows =
        q.page({}, MemberSort{"lastname", false}, 0, 10, {"lastname", "override_state"});
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    EXPECT_EQ(keysOf(*rows), QStringList({"g@x.test", "3", "2", "1"})); // Guest, L7, L8, L9
    EXPECT_FALSE(rows->at(2).member);
    EXPECT_EQ(rows->at(2).override, OverrideKind::Exclude);
    EXPECT_TRUE(rows->at(3).joinedLastRefresh);
    MemberFilter excluded;
    excluded.state = MemberStateFilter::Excluded;
    EXPECT_EQ(*q.count(excluded), 1);
}

INSTANTIATE_TEST_SUITE_P(Servers, MemberPageReadOnly,
                         ::testing::Values(Backend::MySql, Backend::PostgreSql),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

INSTANTIATE_TEST_SUITE_P(Stores, MemberPage, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

} // namespace

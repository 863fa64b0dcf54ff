// Member facts (issue #14): the orders conditions compiled on the facts must select exactly
// the members the direct SQL and the in-memory evaluator select, on every database, on a
// fresh build and after each kind of store change brought in by an incremental sync; and a
// sync must leave the same facts a full rebuild makes.
#include "bothpaths.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "demo/demostoregenerator.h"
#include "engine/memberqueryrunner.h"
#include "engine/sqlcompiler.h"
#include "facts/memberfactsrepository.h"
#include "refresh/refresher.h"
#include "repository/segmentorstorage.h"
#include "repository/segmentrepository.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace segtest;

namespace {

const QDateTime kAsOf(QDate(2026, 11, 1), QTime(9, 30), QTimeZone::utc());

struct Definition
{
    const char *name;
    const char *conditions; // children of an ALL/TRUE root
    const char *extra = "";
    bool fromFacts = true; // whether the facts can hold its orders conditions
};

const Definition kDefinitions[] = {
    {"TwoOrders", R"({"type":"orders","metric":"number_of_orders","operator":">=","value":2})",
     R"("apply_to":"all")"},
    {"NeverOrdered", R"({"type":"orders","metric":"number_of_orders","operator":"==","value":0})",
     R"("apply_to":"all")"},
    {"FewOrders", R"({"type":"orders","metric":"number_of_orders","operator":"<","value":2})",
     R"("apply_to":"all")"},
    {"BigSpenders",
     R"({"type":"orders","metric":"lifetime_sales","operator":">=","value":500,"conditions":[{"type":"order","attribute":"state","operator":"not_in","value":["canceled"]}]})",
     R"("apply_to":"all")"},
    {"VipStates",
     R"({"type":"orders","metric":"lifetime_sales","operator":">=","value":300,"conditions":[{"type":"order","attribute":"state","operator":"in","value":["complete","processing"]}]})",
     R"("apply_to":"all")"},
    {"Aov", R"({"type":"orders","metric":"average_order_value","operator":"<","value":60})",
     R"("apply_to":"all")"},
    {"Refunds", R"({"type":"orders","metric":"lifetime_refunds","operator":">","value":0})",
     R"("apply_to":"all")"},
    {"Discounts", R"({"type":"orders","metric":"total_discount","operator":">=","value":5})"},
    {"QtyTaxShipping",
     R"({"type":"combine","match":"any","expect":true,"conditions":[{"type":"orders","metric":"purchased_qty","operator":">","value":20},{"type":"orders","metric":"total_tax","operator":">","value":100},{"type":"orders","metric":"total_shipping","operator":">","value":50}]})",
     R"("apply_to":"all")"},
    {"Lapsed",
     R"({"type":"orders","metric":"number_of_orders","operator":">=","value":2},{"type":"orders","metric":"days_since_last_order","operator":">","value":180})",
     R"("apply_to":"all")"},
    {"FirstOrderLately",
     R"({"type":"orders","metric":"first_order_date","operator":">=","value":"2026-01-01"})",
     R"("apply_to":"all")"},
    {"CompleteInStore",
     R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1,"conditions":[{"type":"order","attribute":"status","operator":"==","value":"complete"},{"type":"order","attribute":"store_id","operator":"in","value":[1]}]})",
     R"("apply_to":"guests","websites":[1])"},
    {"GuestsWithOrders",
     R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1})",
     R"("apply_to":"guests")"},
    {"NotCanceledNone",
     R"({"type":"orders","metric":"number_of_orders","operator":"==","value":0,"conditions":[{"type":"combine","match":"any","expect":false,"conditions":[{"type":"order","attribute":"status","operator":"==","value":"canceled"}]}]})",
     R"("apply_to":"all")"},
    // created_at is not in the facts: the direct SQL must be used.
    {"RecentOrders",
     R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1,"conditions":[{"type":"order","attribute":"created_at","operator":"within_last_days","value":60}]})",
     R"("apply_to":"all")", false},
    {"CouponOrders",
     R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1,"conditions":[{"type":"order","attribute":"coupon_code","operator":"is_not_empty"}]})",
     "", false},
};

QByteArray rootJson(const Definition &d)
{
    return definitionJson(
        QStringLiteral(R"({"type":"combine","match":"all","expect":true,"conditions":[%1]})")
            .arg(QString::fromUtf8(d.conditions)),
        QString::fromUtf8(d.extra));
}

struct Store
{
    std::unique_ptr<seg::StoreConnection> connection;
    std::optional<seg::StoreSchema> schema;
};

// A demo store of its own per test suite and backend (the change tests write to theirs).
Store *demoStore(Backend backend, const QString &name, std::string &why)
{
    static std::map<std::pair<Backend, QString>, Store> stores;
    static const bool registered = (atTestsEnd([] { stores.clear(); }), true);
    Q_UNUSED(registered);
    const auto key = std::make_pair(backend, name);
    if (auto it = stores.find(key); it != stores.end())
        return it->second.connection ? &it->second : nullptr;
    Store &s = stores[key];
    s.connection = freshStore(backend, name, QString(), why);
    if (!s.connection) return nullptr;
    seg::DemoOptions options;
    options.customers = 200;
    options.seed = 11;
    options.anchor = QDate(2026, 11, 1);
    if (auto st = seg::DemoStoreGenerator(options).generate(*s.connection, QString()); !st) {
        why = st.error().message.toStdString();
        s.connection.reset();
        return nullptr;
    }
    auto schema =
        seg::StoreSchema::load(s.connection->database(), s.connection->dialect(), QString());
    if (!schema) {
        why = schema.error().message.toStdString();
        s.connection.reset();
        return nullptr;
    }
    s.schema = *schema;
    seg::MemberFactsRepository facts(*s.connection, *s.schema);
    if (auto built = facts.rebuild(); !built) {
        why = built.error().toString().toStdString();
        s.connection.reset();
        return nullptr;
    }
    return &s;
}

QStringList sorted(QList<seg::MemberKey> keys)
{
    std::sort(keys.begin(), keys.end());
    QStringList out;
    for (const seg::MemberKey &k : keys)
        out << k.toString();
    return out;
}

// The members through the facts, and how many orders conditions read them.
struct FactsPath
{
    QStringList members;
    int fromFacts = 0;
    int direct = 0;
    QString error;
};

FactsPath viaFacts(const Store &store, const QByteArray &json)
{
    FactsPath out;
    auto definition = seg::DefinitionCodec::fromJson(json);
    if (!definition) {
        out.error = definition.error().toString();
        return out;
    }
    const seg::TimeContext time(kAsOf);
    seg::SqlCompiler compiler(*store.schema, time);
    compiler.setFacts(seg::FactsSource{
        seg::MemberFactsRepository(*store.connection, *store.schema).factsTable()});
    auto query = compiler.compileMembers(*definition);
    if (!query) {
        out.error = query.error().toString();
        return out;
    }
    out.fromFacts = query->ordersFromFacts;
    out.direct = query->ordersDirect;
    auto members = seg::MemberQueryRunner::members(*store.connection, *query);
    if (!members) {
        out.error = members.error().message;
        return out;
    }
    out.members = sorted(*members);
    return out;
}

QStringList directMembers(const Store &store, const QByteArray &json)
{
    auto definition = seg::DefinitionCodec::fromJson(json);
    const seg::TimeContext time(kAsOf);
    const seg::SqlCompiler compiler(*store.schema, time);
    auto query = compiler.compileMembers(*definition);
    if (!query) return {QStringLiteral("error: ") + query.error().toString()};
    auto members = seg::MemberQueryRunner::members(*store.connection, *query);
    if (!members) return {QStringLiteral("error: ") + members.error().message};
    return sorted(*members);
}

// The fact rows as text, sums to 4 decimals (SQLite adds doubles in scan order).
QStringList dumpFacts(const Store &store)
{
    const QString table = seg::MemberFactsRepository(*store.connection, *store.schema).factsTable();
    QSqlQuery q(store.connection->database());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i) {
            const QString name = r.fieldName(i);
            const QVariant v = q.value(i);
            if (v.isNull())
                cells << QStringLiteral("NULL");
            else if (name.startsWith(QLatin1String("sum_")))
                cells << QString::number(v.toDouble(), 'f', 4);
            else if (name.endsWith(QLatin1String("_at")))
                cells << v.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            else if (v.metaType().id() == QMetaType::QByteArray)
                cells << QString::fromUtf8(v.toByteArray());
            else
                cells << v.toString();
        }
        rows << cells.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows;
}

class MemberFactsCrossCheck : public ::testing::TestWithParam<std::tuple<Backend, Definition>>
{
};

TEST_P(MemberFactsCrossCheck, FactsDirectAndEvaluatorAgree)
{
    const auto &[backend, definition] = GetParam();
    std::string why;
    Store *store = demoStore(backend, QStringLiteral("factscheck"), why);
    SEGTEST_REQUIRE_STORE(store, why);
    const QByteArray json = rootJson(definition);
    const FactsPath facts = viaFacts(*store, json);
    ASSERT_TRUE(facts.error.isEmpty()) << facts.error.toStdString();
    if (definition.fromFacts) {
        EXPECT_GT(facts.fromFacts, 0) << definition.name;
        EXPECT_EQ(facts.direct, 0) << definition.name;
    } else {
        EXPECT_EQ(facts.fromFacts, 0) << definition.name;
    }
    const QList<seg::MemberKey> universe = allMemberCandidates(*store->connection, *store->schema);
    const BothPaths both = evaluateBoth(*store->connection, *store->schema, json, universe, kAsOf);
    ASSERT_TRUE(both.error.isEmpty()) << both.error.toStdString();
    EXPECT_EQ(facts.members, both.sql) << definition.name;
    EXPECT_EQ(facts.members, both.evaluated) << definition.name;
    EXPECT_GT(facts.members.size(), 0) << definition.name << " selects nobody";
    EXPECT_LT(facts.members.size(), universe.size()) << definition.name << " selects everyone";
}

INSTANTIATE_TEST_SUITE_P(DemoStore, MemberFactsCrossCheck,
                         ::testing::Combine(::testing::ValuesIn(allBackends()),
                                            ::testing::ValuesIn(kDefinitions)),
                         [](const auto &info) {
                             return backendName(std::get<0>(info.param)) + "_" +
                                    std::get<1>(info.param).name;
                         });

// A refresh brings the facts up to date and stores the same members as the direct SQL (and as a
// refresh with SEGMENTOR_FACTS=off).
TEST(MemberFactsRefresh, StoresWhatTheDirectSqlSelects)
{
    for (Backend backend : allBackends()) {
        SCOPED_TRACE(backendName(backend));
        std::string why;
        Store *store = demoStore(backend, QStringLiteral("factscheck"), why);
        SEGTEST_REQUIRE_STORE(store, why);
        ASSERT_TRUE(seg::SegmentorStorage::ensure(*store->connection, QString()));
        seg::SegmentRepository repo(*store->connection, QString());
        const Definition &big = kDefinitions[3]; // BigSpenders
        auto d = seg::DefinitionCodec::fromJson(rootJson(big));
        ASSERT_TRUE(d);
        d.value().code = QStringLiteral("facts-big");
        ASSERT_TRUE(repo.save(*d));
        seg::MemberFactsRepository facts(*store->connection, *store->schema);
        const auto statusBefore = facts.status();
        ASSERT_TRUE(statusBefore);
        const QDateTime syncedBefore = statusBefore->syncedAt;
        seg::RefreshOptions options;
        options.asOf = kAsOf;
        seg::Refresher refresher(*store->connection, *store->schema, repo);
        auto stored = [&] {
            EXPECT_TRUE(refresher.refresh(QStringLiteral("facts-big"), options));
            QList<seg::MemberKey> keys;
            const auto rows = repo.members(QStringLiteral("facts-big"));
            EXPECT_TRUE(rows);
            if (rows)
                for (const seg::MemberRow &m : *rows)
                    keys << m.key;
            return sorted(keys);
        };
        const QStringList withFacts = stored();
        const auto statusAfter = facts.status();
        ASSERT_TRUE(statusAfter);
        EXPECT_NE(statusAfter->syncedAt, syncedBefore) << "the refresh did not sync";
        qputenv("SEGMENTOR_FACTS", "off");
        const QStringList direct = stored();
        qunsetenv("SEGMENTOR_FACTS");
        EXPECT_EQ(withFacts, direct);
        EXPECT_EQ(withFacts, directMembers(*store, rootJson(big)));
        EXPECT_GT(withFacts.size(), 0);
    }
}

// The CLI: facts status / rebuild, and which path `sql`, `evaluate --explain` report.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &arguments, bool factsOff = false)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SEGMENTOR_DATABASE"));
    if (factsOff) env.insert(QStringLiteral("SEGMENTOR_FACTS"), QStringLiteral("off"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli")), arguments);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

TEST(MemberFactsCli, RebuildStatusAndPaths)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.db"));
    const QString db = QStringLiteral("sqlite:") + store;
    ASSERT_EQ(
        cli({"demo", "--out", store, "--customers", "200", "--seed", "5", "--today", "2026-11-01"})
            .exitCode,
        0);
    EXPECT_TRUE(cli({"--database", db, "facts", "status"}).out.contains("built: no"));
    const QString def = dir.filePath(QStringLiteral("big.json"));
    QFile f(def);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(rootJson(kDefinitions[3])); // BigSpenders
    f.close();
    // Not built yet: the direct SQL, and it says why.
    EXPECT_TRUE(cli({"--database", db, "sql", def}).out.contains("direct SQL (no member facts"));
    const CliRun rebuilt = cli({"--database", db, "facts", "rebuild"});
    ASSERT_EQ(rebuilt.exitCode, 0) << rebuilt.err.toStdString();
    EXPECT_TRUE(rebuilt.out.startsWith("rebuilt: ")) << rebuilt.out.toStdString();
    const CliRun status = cli({"--database", db, "facts", "status"});
    EXPECT_TRUE(status.out.contains("built: yes")) << status.out.toStdString();
    EXPECT_TRUE(status.out.contains("lag: 0 order(s)")) << status.out.toStdString();
    EXPECT_TRUE(
        cli({"--database", db, "sql", def}).out.contains("orders conditions read: member facts"));
    EXPECT_TRUE(cli({"--database", db, "sql", def}, true)
                    .out.contains("direct SQL (member facts switched off"));
    const CliRun withFacts = cli({"--database", db, "evaluate", def, "--ids"});
    const CliRun direct = cli({"--database", db, "evaluate", def, "--ids"}, true);
    ASSERT_EQ(withFacts.exitCode, 0) << withFacts.err.toStdString();
    EXPECT_FALSE(withFacts.out.isEmpty());
    EXPECT_EQ(withFacts.out, direct.out);
    const QString first = withFacts.out.section(QLatin1Char('\n'), 0, 0);
    EXPECT_TRUE(cli({"--database", db, "evaluate", def, "--explain", first})
                    .out.contains("Orders conditions in SQL: member facts"));
    EXPECT_EQ(cli({"--database", db, "facts", "nonsense"}).exitCode, 2);
}

// ---- store changes brought in by a sync --------------------------------------------------------

class MemberFactsChanges : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        m_store = demoStore(GetParam(), QStringLiteral("factschanges"), why);
        if (!m_store) {
            if (serversRequired()) FAIL() << why;
            GTEST_SKIP() << why;
        }
    }

    QString t(const char *name) const { return m_store->schema->table(QString::fromLatin1(name)); }
    QVariant one(const QString &sql, const QVariantList &params = {}) const
    {
        QSqlQuery q(m_store->connection->database());
        q.prepare(sql);
        for (const QVariant &p : params)
            q.addBindValue(p);
        EXPECT_TRUE(q.exec()) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return q.next() ? q.value(0) : QVariant();
    }
    void exec(const QString &sql, const QVariantList &params = {}) const
    {
        QSqlQuery q(m_store->connection->database());
        q.prepare(sql);
        for (const QVariant &p : params)
            q.addBindValue(p);
        ASSERT_TRUE(q.exec()) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    }
    // A later updated_at each time, as Magento writes on every save.
    QString tick()
    {
        return QDateTime(QDate(2026, 11, 2), QTime(0, 0), QTimeZone::utc())
            .addSecs(++m_clock * 7)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    // Sync, then: the synced facts equal a full rebuild's, and the facts path, the direct SQL
    // (and, with evaluator, the in-memory evaluator) agree on every definition.
    void syncAndCheck(const char *step, bool evaluator = false)
    {
        SCOPED_TRACE(step);
        seg::MemberFactsRepository facts(*m_store->connection, *m_store->schema);
        auto synced = facts.sync();
        ASSERT_TRUE(synced) << synced.error().toString().toStdString();
        const QStringList afterSync = dumpFacts(*m_store);
        for (const Definition &d : kDefinitions) {
            const FactsPath viaFactsPath = viaFacts(*m_store, rootJson(d));
            ASSERT_TRUE(viaFactsPath.error.isEmpty()) << viaFactsPath.error.toStdString();
            EXPECT_EQ(viaFactsPath.members, directMembers(*m_store, rootJson(d))) << d.name;
        }
        if (evaluator) {
            const QList<seg::MemberKey> universe =
                allMemberCandidates(*m_store->connection, *m_store->schema);
            for (const char *name : {"GuestsWithOrders", "Refunds", "BigSpenders", "TwoOrders"}) {
                const Definition &d = *std::find_if(
                    std::begin(kDefinitions), std::end(kDefinitions), [&](const Definition &x) {
                        return QLatin1String(x.name) == QLatin1String(name);
                    });
                const BothPaths both = evaluateBoth(*m_store->connection, *m_store->schema,
                                                    rootJson(d), universe, kAsOf);
                ASSERT_TRUE(both.error.isEmpty()) << both.error.toStdString();
                EXPECT_EQ(viaFacts(*m_store, rootJson(d)).members, both.evaluated) << name;
            }
        }
        auto rebuilt = facts.rebuild();
        ASSERT_TRUE(rebuilt) << rebuilt.error().toString().toStdString();
        EXPECT_EQ(afterSync, dumpFacts(*m_store)) << "a sync and a rebuild disagree";
    }
    QStringList membersOf(const char *name) const
    {
        const Definition &d = *std::find_if(
            std::begin(kDefinitions), std::end(kDefinitions),
            [&](const Definition &x) { return QLatin1String(x.name) == QLatin1String(name); });
        return viaFacts(*m_store, rootJson(d)).members;
    }
    // A guest order's id, folded email and website: the first by id.
    struct GuestOrder
    {
        qint64 id = 0;
        QString email;
        qint64 website = 0;
    };
    GuestOrder guestOrder(int skip = 0) const
    {
        QSqlQuery q(m_store->connection->database());
        EXPECT_TRUE(
            q.exec(QStringLiteral("SELECT o.entity_id, o.customer_email, st.website_id FROM "
                                  "%1 o JOIN %2 st ON st.store_id = o.store_id WHERE "
                                  "o.customer_id IS NULL AND o.customer_email IS NOT NULL "
                                  "ORDER BY o.entity_id")
                       .arg(t("sales_order"), t("store"))));
        GuestOrder g;
        while (q.next()) {
            const QString email = seg::foldCase(q.value(1).toString());
            // A guest of the guest list (no registered customer of the website owns the email).
            if (membersOf("GuestsWithOrders").contains(email) && skip-- <= 0) {
                g = {q.value(0).toLongLong(), email, q.value(2).toLongLong()};
                break;
            }
        }
        return g;
    }
    qint64 registeredOrder(int skip = 0) const
    {
        return one(QStringLiteral("SELECT entity_id FROM %1 WHERE customer_id IS NOT NULL ORDER BY "
                                  "entity_id LIMIT 1 OFFSET %2")
                       .arg(t("sales_order"))
                       .arg(skip))
            .toLongLong();
    }

    // Whether the guest e-mail has guest orders in another website than `website`.
    bool guestElsewhere(const QString &email, qint64 website) const
    {
        return one(QStringLiteral(
                       "SELECT COUNT(*) FROM %1 o JOIN %2 st ON st.store_id = "
                       "o.store_id WHERE o.customer_id IS NULL AND LOWER(o.customer_email) "
                       "= ? AND st.website_id <> ?")
                       .arg(t("sales_order"), t("store")),
                   {email, website})
                   .toLongLong() > 0;
    }

    Store *m_store = nullptr;
    // Shared by the tests: each store's updated_at only moves forward, as Magento's clock.
    static inline int m_clock = 0;
};

TEST_P(MemberFactsChanges, EachKindOfChange)
{
    // A status change: the order no longer counts as "not canceled".
    const qint64 order = registeredOrder(3);
    exec(QStringLiteral("UPDATE %1 SET status = 'canceled', state = 'canceled', updated_at = ? "
                        "WHERE entity_id = ?")
             .arg(t("sales_order")),
         {tick(), order});
    syncAndCheck("status change");

    // A refund: the customer joins "Refunds".
    const qint64 refunded = registeredOrder(10);
    const QString refundedCustomer =
        one(QStringLiteral("SELECT customer_id FROM %1 WHERE entity_id = ?").arg(t("sales_order")),
            {refunded})
            .toString();
    exec(QStringLiteral("UPDATE %1 SET base_total_refunded = 12.5, updated_at = ? WHERE entity_id "
                        "= ?")
             .arg(t("sales_order")),
         {tick(), refunded});
    syncAndCheck("refund", true);
    EXPECT_TRUE(membersOf("Refunds").contains(refundedCustomer));

    // A deleted order (no updated_at tells it): its customer has one order fewer.
    const qint64 deleted = registeredOrder(20);
    const QString deletedCustomer =
        one(QStringLiteral("SELECT customer_id FROM %1 WHERE entity_id = ?").arg(t("sales_order")),
            {deleted})
            .toString();
    const qint64 before =
        one(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE customer_id = ?").arg(t("sales_order")),
            {deletedCustomer.toLongLong()})
            .toLongLong();
    exec(QStringLiteral("DELETE FROM %1 WHERE entity_id = ?").arg(t("sales_order")), {deleted});
    syncAndCheck("deleted order", true);
    EXPECT_EQ(membersOf("NeverOrdered").contains(deletedCustomer), before == 1);
    EXPECT_EQ(membersOf("TwoOrders").contains(deletedCustomer), before - 1 >= 2);

    // A guest who registers (same e-mail, other case, same website): no order changes, the
    // guest leaves the guest list and the new customer has no orders.
    const GuestOrder guest = guestOrder();
    ASSERT_GT(guest.id, 0);
    ASSERT_TRUE(membersOf("GuestsWithOrders").contains(guest.email));
    exec(QStringLiteral("INSERT INTO %1 (email, website_id, group_id, firstname, lastname, "
                        "created_at, updated_at, is_active) VALUES (?, ?, 1, 'New', 'Customer', ?, "
                        "?, 1)")
             .arg(t("customer_entity")),
         {guest.email.toUpper(), guest.website, tick(), tick()});
    syncAndCheck("guest registers", true);
    EXPECT_EQ(membersOf("GuestsWithOrders").contains(guest.email),
              guestElsewhere(guest.email, guest.website));

    // A changed e-mail: the customer takes another guest's e-mail (that guest leaves), and
    // gives it back (the guest returns).
    const GuestOrder other = guestOrder(2);
    ASSERT_GT(other.id, 0);
    const qint64 customer = one(QStringLiteral("SELECT MIN(entity_id) FROM %1 WHERE website_id = ?")
                                    .arg(t("customer_entity")),
                                {other.website})
                                .toLongLong();
    const QString oldEmail =
        one(QStringLiteral("SELECT email FROM %1 WHERE entity_id = ?").arg(t("customer_entity")),
            {customer})
            .toString();
    exec(QStringLiteral("UPDATE %1 SET email = ? WHERE entity_id = ?").arg(t("customer_entity")),
         {other.email, customer});
    syncAndCheck("changed email");
    EXPECT_EQ(membersOf("GuestsWithOrders").contains(other.email),
              guestElsewhere(other.email, other.website));
    exec(QStringLiteral("UPDATE %1 SET email = ? WHERE entity_id = ?").arg(t("customer_entity")),
         {oldEmail, customer});
    syncAndCheck("email changed back");
    EXPECT_TRUE(membersOf("GuestsWithOrders").contains(other.email));

    // A customer moved to another website: the guest e-mail it owned is a guest again there.
    exec(QStringLiteral("UPDATE %1 SET website_id = ? WHERE email = ?").arg(t("customer_entity")),
         {guest.website == 1 ? 2 : 1, guest.email.toUpper()});
    syncAndCheck("customer moved to another website", true);
    EXPECT_TRUE(membersOf("GuestsWithOrders").contains(guest.email));

    // A guest order assigned to a registered customer (Magento's "assign to customer").
    const GuestOrder assigned = guestOrder(4);
    ASSERT_GT(assigned.id, 0);
    exec(QStringLiteral("UPDATE %1 SET customer_id = ?, updated_at = ? WHERE entity_id = ?")
             .arg(t("sales_order")),
         {customer, tick(), assigned.id});
    syncAndCheck("guest order assigned to a customer", true);

    // New orders, a registered one and a guest one.
    exec(QStringLiteral("INSERT INTO %1 (customer_id, customer_email, store_id, status, state, "
                        "base_grand_total, total_qty_ordered, created_at, updated_at) VALUES (?, "
                        "'x@example.com', 1, 'complete', 'complete', 900, 3, '2026-10-20 "
                        "12:00:00', ?)")
             .arg(t("sales_order")),
         {customer, tick()});
    exec(QStringLiteral("INSERT INTO %1 (customer_id, customer_email, store_id, status, state, "
                        "base_grand_total, total_qty_ordered, created_at, updated_at) VALUES "
                        "(NULL, 'Brand.New@Example.com', 1, 'processing', 'processing', 40, 1, "
                        "'2026-10-21 12:00:00', ?)")
             .arg(t("sales_order")),
         {tick()});
    syncAndCheck("new orders", true);
    EXPECT_TRUE(membersOf("GuestsWithOrders").contains(QStringLiteral("brand.new@example.com")));
}

// A seeded random sequence of changes, a sync after each batch.
TEST_P(MemberFactsChanges, RandomSequence)
{
    QRandomGenerator random(20261207);
    const QStringList statuses = {"pending", "processing", "complete", "canceled", "closed"};
    for (int batch = 0; batch < 4; ++batch) {
        for (int i = 0; i < 8; ++i) {
            const qint64 maxId =
                one(QStringLiteral("SELECT MAX(entity_id) FROM %1").arg(t("sales_order")))
                    .toLongLong();
            const qint64 id =
                one(QStringLiteral("SELECT MIN(entity_id) FROM %1 WHERE entity_id >= ?")
                        .arg(t("sales_order")),
                    {qint64(random.bounded(int(maxId)) + 1)})
                    .toLongLong();
            switch (random.bounded(5)) {
            case 0: {
                const QString s = statuses.at(random.bounded(int(statuses.size())));
                exec(QStringLiteral("UPDATE %1 SET status = ?, state = ?, updated_at = ? WHERE "
                                    "entity_id = ?")
                         .arg(t("sales_order")),
                     {s, s, tick(), id});
                break;
            }
            case 1:
                exec(QStringLiteral("UPDATE %1 SET base_total_refunded = base_grand_total, "
                                    "updated_at = ? WHERE entity_id = ?")
                         .arg(t("sales_order")),
                     {tick(), id});
                break;
            case 2:
                exec(QStringLiteral("DELETE FROM %1 WHERE entity_id = ?").arg(t("sales_order")),
                     {id});
                break;
            case 3:
                exec(QStringLiteral("UPDATE %1 SET base_grand_total = ?, store_id = ?, updated_at "
                                    "= ? WHERE entity_id = ?")
                         .arg(t("sales_order")),
                     {random.bounded(2000), random.bounded(2) + 1, tick(), id});
                break;
            default:
                exec(QStringLiteral("INSERT INTO %1 (customer_id, customer_email, store_id, "
                                    "status, state, base_grand_total, base_discount_amount, "
                                    "created_at, updated_at) SELECT customer_id, customer_email, "
                                    "store_id, 'complete', 'complete', ?, -3, '2026-10-25 "
                                    "08:00:00', ? FROM %1 WHERE entity_id = ?")
                         .arg(t("sales_order")),
                     {random.bounded(800), tick(), id});
                break;
            }
        }
        syncAndCheck(QStringLiteral("batch %1").arg(batch).toUtf8().constData(), true);
    }
}

INSTANTIATE_TEST_SUITE_P(DemoStore, MemberFactsChanges, ::testing::ValuesIn(allBackends()),
                         [](const auto &info) { return backendName(info.param); });

} // namespace

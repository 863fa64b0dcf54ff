// The demo store generator as a whole: prefixes, determinism for a seed and an anchor day, small
// stores, cancelling, progress, and the same store on MariaDB and PostgreSQL.
#include "demo/demostoregenerator.h"
#include "demotestsupport.h"
#include "store/schemainstaller.h"
#include "store/storeconnection.h"
#include "testdatabases.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

using namespace seg;

using namespace demotest;

namespace {

TEST(DemoStoreGenerator, PrefixedStoreLeavesUnprefixedTablesEmpty)
{
    const Store store = makeStore(QStringLiteral("mg_"), options(50));
    ASSERT_TRUE(store.connection);
    EXPECT_EQ(
        scalar(*store.connection, {}, QStringLiteral("SELECT COUNT(*) FROM mg_customer_entity")),
        50);
    QSqlQuery q(store.connection->database());
    EXPECT_FALSE(q.exec(
        QStringLiteral("SELECT COUNT(*) FROM customer_entity"))); // only mg_ tables were created
}

TEST(DemoStoreGenerator, SameSeedSameRowsOtherSeedOtherRows)
{
    const Store a = makeStore({}, options(120, 7));
    const Store b = makeStore({}, options(120, 7));
    const Store c = makeStore({}, options(120, 8));
    ASSERT_TRUE(a.connection && b.connection && c.connection);
    const std::pair<const char *, const char *> tables[] = {
        {"customer_entity", "entity_id"},
        {"customer_address_entity", "entity_id"},
        {"customer_entity_int", "value_id"},
        {"sales_order", "entity_id"},
        {"sales_order_item", "item_id"},
        {"sales_order_payment", "entity_id"},
        {"quote", "entity_id"},
        {"quote_item", "item_id"},
        {"newsletter_subscriber", "subscriber_id"},
        {"report_viewed_product_index", "index_id"},
        {"wishlist_item", "wishlist_item_id"}};
    for (const auto &[table, key] : tables) {
        const QByteArray first =
            checksum(*a.connection, QString::fromLatin1(table), QString::fromLatin1(key));
        EXPECT_EQ(first,
                  checksum(*b.connection, QString::fromLatin1(table), QString::fromLatin1(key)))
            << table;
        EXPECT_NE(first,
                  checksum(*c.connection, QString::fromLatin1(table), QString::fromLatin1(key)))
            << table;
    }
    // The catalog comes from the data files, not from the seed.
    EXPECT_EQ(checksum(*a.connection, QStringLiteral("catalog_product_entity"),
                       QStringLiteral("entity_id")),
              checksum(*c.connection, QStringLiteral("catalog_product_entity"),
                       QStringLiteral("entity_id")));
}

// The anchor moves the whole store's activity: a store made "today" has orders, carts and
// registrations in the days just before today and nothing after it; the same seed and anchor
// give the same rows; without an anchor the generator refuses (it never reads the clock).
TEST(DemoStoreGenerator, ActivityFollowsTheAnchorDay)
{
    DemoOptions other = options(200, 7);
    other.anchor = QDate(2027, 3, 15);
    const Store a = makeStore({}, other);
    const Store b = makeStore({}, other);
    const Store fixed = makeStore({}, options(200, 7));
    ASSERT_TRUE(a.connection && b.connection && fixed.connection);
    const auto n = [&](const char *sql) {
        return scalar(*a.connection, {}, QString::fromUtf8(sql));
    };
    EXPECT_EQ(n("SELECT COUNT(*) FROM sales_order WHERE created_at >= '2027-03-15'"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM sales_order WHERE created_at >= '2027-02-13'"),
              0); // the last 30 days
    EXPECT_GT(n("SELECT COUNT(*) FROM sales_order WHERE created_at >= '2027-03-08'"),
              0); // the last 7 days
    EXPECT_GT(n("SELECT COUNT(*) FROM quote WHERE is_active = 1 AND updated_at >= '2027-03-12'"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM customer_entity WHERE created_at >= '2027-03-08'"), 0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM customer_entity WHERE created_at >= '2027-03-15'"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM customer_entity WHERE substr(dob, 6) = '03-15'"),
              0); // birthday today
    EXPECT_GT(n("SELECT COUNT(*) FROM report_viewed_product_index WHERE added_at >= '2027-03-01'"),
              0);
    for (const auto &[table, key] :
         {std::pair{"customer_entity", "entity_id"}, std::pair{"sales_order", "entity_id"},
          std::pair{"quote", "entity_id"}}) {
        const QByteArray first =
            checksum(*a.connection, QString::fromLatin1(table), QString::fromLatin1(key));
        EXPECT_EQ(first,
                  checksum(*b.connection, QString::fromLatin1(table), QString::fromLatin1(key)))
            << table;
        EXPECT_NE(first,
                  checksum(*fixed.connection, QString::fromLatin1(table), QString::fromLatin1(key)))
            << table;
    }

    DemoOptions none = options(5);
    none.anchor = QDate();
    Status result = success();
    const Store refused = makeStore({}, none, &result);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message,
              QStringLiteral("the demo store needs an anchor day (its \"today\")"));
}

TEST(DemoStoreGenerator, SmallStoresWork)
{
    for (int customers : {0, 1, 7}) {
        const Store store = makeStore({}, options(customers));
        ASSERT_TRUE(store.connection);
        EXPECT_EQ(
            scalar(*store.connection, {}, QStringLiteral("SELECT COUNT(*) FROM customer_entity")),
            customers);
        EXPECT_GT(scalar(*store.connection, {},
                         QStringLiteral("SELECT COUNT(*) FROM catalog_product_entity")),
                  0);
    }
}

TEST(DemoStoreGenerator, CancelKeepsNothing)
{
    Status result = success();
    int calls = 0;
    const Store store = makeStore({}, options(3000), &result, [&calls](int percent) {
        ++calls;
        return percent < 30;
    });
    ASSERT_TRUE(store.connection);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(result.error().message, QStringLiteral("cancelled"));
    EXPECT_GT(calls, 2);
    EXPECT_EQ(scalar(*store.connection, {}, QStringLiteral("SELECT COUNT(*) FROM customer_entity")),
              0);
    EXPECT_EQ(scalar(*store.connection, {}, QStringLiteral("SELECT COUNT(*) FROM store_website")),
              0);
}

TEST(DemoStoreGenerator, ProgressEndsAtHundredAndRefusesAFilledStore)
{
    std::vector<int> seen;
    Store store = makeStore({}, options(2500), nullptr, [&seen](int percent) {
        seen.push_back(percent);
        return true;
    });
    ASSERT_TRUE(store.connection);
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.front(), 0);
    EXPECT_EQ(seen.back(), 100);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    DemoStoreGenerator again(options(10));
    const Status st = again.generate(*store.connection, {});
    EXPECT_FALSE(st.ok());
}

// The same generator on MariaDB and PostgreSQL (skipped without scripts/test-servers.sh).
class DemoStoreOnServer : public ::testing::TestWithParam<segtest::Backend>
{
};

TEST_P(DemoStoreOnServer, GeneratesTheSameStore)
{
    std::string why;
    auto server = segtest::freshStore(GetParam(), QStringLiteral("demo_generator"),
                                      QStringLiteral("mg_"), why);
    SEGTEST_REQUIRE_STORE(server, why);
    DemoStoreGenerator generator(options());
    const Status st = generator.generate(*server, QStringLiteral("mg_"));
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();

    const Store local = makeStore(QStringLiteral("mg_"), options());
    ASSERT_TRUE(local.connection);
    const QString p = QStringLiteral("mg_");
    for (const char *sql :
         {"SELECT COUNT(*) FROM {p}customer_entity", "SELECT COUNT(*) FROM {p}sales_order",
          "SELECT COUNT(*) FROM {p}sales_order_item", "SELECT COUNT(*) FROM {p}quote_item",
          "SELECT COUNT(*) FROM {p}newsletter_subscriber",
          "SELECT COUNT(*) FROM {p}store WHERE store_id = 0",
          "SELECT COUNT(*) FROM {p}customer_group WHERE customer_group_id = 0",
          "SELECT SUM(base_grand_total) FROM {p}sales_order",
          "SELECT COUNT(*) FROM {p}customer_entity WHERE dob = '2000-02-29'",
          "SELECT COUNT(*) FROM {p}customer_entity WHERE created_at >= '2026-10-25 00:00:00'"}) {
        const double there = scalar(*server, p, QString::fromUtf8(sql));
        const double here = scalar(*local.connection, p, QString::fromUtf8(sql));
        EXPECT_NEAR(there, here, 0.005) << sql;
    }
    // Ids continue after the generated rows (PostgreSQL identity sequences were moved on).
    QSqlQuery q(server->database());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO mg_customer_group (customer_group_code, tax_class_id) VALUES ('Extra', 3)")))
        << q.lastError().text().toStdString();
    EXPECT_EQ(
        scalar(*server, p, QStringLiteral("SELECT MAX(customer_group_id) FROM {p}customer_group")),
        4);
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO mg_newsletter_subscriber (store_id, "
                                      "customer_id, subscriber_email, subscriber_status) "
                                      "VALUES (1, 0, 'new@example.com', 1)")))
        << q.lastError().text().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Servers, DemoStoreOnServer,
                         ::testing::Values(segtest::Backend::MySql, segtest::Backend::PostgreSql),
                         [](const ::testing::TestParamInfo<segtest::Backend> &info) {
                             return segtest::backendName(info.param);
                         });

} // namespace

// Time travel (issue #17, item 10): evaluated as of T, the customers, orders (and so guests),
// carts, wishlist items, views and logins created after T are ignored, by the compiled SQL and
// by the in-memory evaluator alike, on every database; and "now" sees them all.
#include "bothpaths.h"
#include "fixturestore.h"
#include "testdatabases.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace segtest;

namespace {

const QDateTime kThen(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
const QDateTime kNow(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());

struct AsOfCase
{
    const char *name;
    const char *conditions;
    const char *extra;
    QStringList then; // members as of kThen, later rows ignored
    QStringList now;  // members at kNow
};

const std::vector<AsOfCase> kCases = {
    {"Registered",
     R"({"type":"customer","attribute":"days_since_registration","operator":">=","value":0})",
     "",
     {"1", "3"},
     {"1", "2", "3", "5"}},
    {"Buyers",
     R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1})",
     R"("apply_to":"all")",
     {"1", "late.owner@example.com"},
     {"1", "guest@example.com"}},
    {"TwoOrders",
     R"({"type":"orders","metric":"number_of_orders","operator":"==","value":2})",
     "",
     {},
     {"1"}},
    {"RecentBuyerThen",
     R"({"type":"orders","metric":"days_since_last_order","operator":"<=","value":100})",
     "",
     {"1"},
     {"1"}},
    {"NoLoginYet",
     R"({"type":"customer","attribute":"last_login_at","operator":"is_empty"})",
     "",
     {"1", "3"},
     {"3", "5"}},
    {"Wishlist", R"({"type":"products","source":"wishlist","found":true})", "", {"3"}, {"1", "3"}},
    {"Viewed", R"({"type":"products","source":"viewed","found":true})", "", {}, {"3"}},
    {"CartItems",
     R"({"type":"products","source":"cart","found":true,"count":{"operator":">=","value":2}})",
     "",
     {},
     {"1"}},
    {"Cart", R"({"type":"cart","attribute":"exists","operator":"==","value":true})", "", {}, {"1"}},
};

class AsOf : public ::testing::TestWithParam<Backend>
{
};

TEST_P(AsOf, RowsCreatedLaterAreIgnored)
{
    std::string why;
    auto store = freshStore(GetParam(), QStringLiteral("as_of"), QString(), why);
    SEGTEST_REQUIRE_STORE(store, why);
    FixtureStore f(*store, QString());
    f.installBase();
    f.customer(1, {{"created_at", "2026-01-10 08:00:00"}});
    f.customer(2, {{"created_at", "2026-07-01 08:00:00"}}); // registered after T
    f.customer(3, {{"created_at", "2026-05-31 23:00:00"}});
    // Customer 5 registers after T with an e-mail a guest ordered with before T.
    f.customer(5, {{"created_at", "2026-10-01 08:00:00"}, {"email", "late.owner@example.com"}});
    f.order(10, 1, {{"created_at", "2026-03-01 10:00:00"}, {"updated_at", "2026-03-01 10:00:00"}});
    f.order(11, 1, {{"created_at", "2026-09-10 10:00:00"}, {"updated_at", "2026-09-10 10:00:00"}});
    f.order(12, QVariant(), {{"created_at", "2026-09-05 10:00:00"}}); // guest@example.com, later
    f.order(13, QVariant(),
            {{"created_at", "2026-02-01 10:00:00"}, {"customer_email", "late.owner@example.com"}});
    f.insert(QStringLiteral("customer_log"),
             {{"log_id", 1}, {"customer_id", 1}, {"last_login_at", "2026-09-20 10:00:00"}});
    f.insert(QStringLiteral("customer_log"),
             {{"log_id", 2}, {"customer_id", 2}, {"last_login_at", "2026-07-02 10:00:00"}});
    f.product(100, QStringLiteral("MUG"), QStringLiteral("Mug"));
    f.product(101, QStringLiteral("CUP"), QStringLiteral("Cup"));
    f.insert(QStringLiteral("wishlist"), {{"wishlist_id", 1}, {"customer_id", 1}});
    f.insert(QStringLiteral("wishlist"), {{"wishlist_id", 3}, {"customer_id", 3}});
    f.insert(QStringLiteral("wishlist_item"), {{"wishlist_item_id", 1},
                                               {"wishlist_id", 1},
                                               {"product_id", 100},
                                               {"store_id", 1},
                                               {"qty", 1},
                                               {"added_at", "2026-08-01 10:00:00"}});
    f.insert(QStringLiteral("wishlist_item"), {{"wishlist_item_id", 2},
                                               {"wishlist_id", 3},
                                               {"product_id", 101},
                                               {"store_id", 1},
                                               {"qty", 1},
                                               {"added_at", "2026-05-01 10:00:00"}});
    f.insert(QStringLiteral("report_viewed_product_index"), {{"index_id", 1},
                                                             {"customer_id", 3},
                                                             {"product_id", 100},
                                                             {"store_id", 1},
                                                             {"added_at", "2026-06-02 10:00:00"}});
    // A cart opened after T with two items.
    f.insert(QStringLiteral("quote"), {{"entity_id", 1},
                                       {"store_id", 1},
                                       {"customer_id", 1},
                                       {"is_active", 1},
                                       {"items_count", 2},
                                       {"items_qty", 2},
                                       {"subtotal", 20},
                                       {"grand_total", 20},
                                       {"created_at", "2026-10-01 10:00:00"},
                                       {"updated_at", "2026-10-01 10:00:00"}});
    for (int item = 1; item <= 2; ++item)
        f.insert(QStringLiteral("quote_item"), {{"item_id", item},
                                                {"quote_id", 1},
                                                {"product_id", 99 + item},
                                                {"sku", item == 1 ? "MUG" : "CUP"},
                                                {"name", "Item"},
                                                {"qty", 1},
                                                {"price", 10},
                                                {"base_row_total", 10},
                                                {"store_id", 1},
                                                {"created_at", "2026-10-01 10:00:00"},
                                                {"updated_at", "2026-10-01 10:00:00"}});

    std::optional<seg::StoreSchema> schema;
    auto loaded = seg::StoreSchema::load(store->database(), store->dialect(), QString());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    schema = *loaded;
    const QList<seg::MemberKey> universe = allMemberCandidates(*store, *schema);
    for (const AsOfCase &c : kCases) {
        const QByteArray json =
            definitionJson(QStringLiteral(R"({"type":"combine","conditions":[%1]})")
                               .arg(QLatin1String(c.conditions)),
                           QString::fromLatin1(c.extra));
        const BothPaths then =
            evaluateBoth(*store, *schema, json, universe, kThen, nullptr, QTimeZone::utc(), true);
        ASSERT_TRUE(then.error.isEmpty()) << c.name << ": " << then.error.toStdString();
        EXPECT_EQ(then.sql, c.then)
            << c.name << " (SQL, as of " << kThen.toString(Qt::ISODate).toStdString() << ")";
        EXPECT_EQ(then.evaluated, c.then) << c.name << " (evaluator, as of)";
        const BothPaths now =
            evaluateBoth(*store, *schema, json, universe, kNow, nullptr, QTimeZone::utc(), false);
        ASSERT_TRUE(now.error.isEmpty()) << c.name << ": " << now.error.toStdString();
        EXPECT_EQ(now.sql, c.now) << c.name << " (SQL, now)";
        EXPECT_EQ(now.evaluated, c.now) << c.name << " (evaluator, now)";
    }
}

QString urlOf(const seg::ConnectionSettings &s)
{
    if (s.dialect == seg::Dialect::Sqlite) return QStringLiteral("sqlite:%1").arg(s.path);
    return QStringLiteral("%1://%2:%3@%4:%5/%6")
        .arg(s.dialect == seg::Dialect::MySql ? QStringLiteral("mysql")
                                              : QStringLiteral("postgresql"),
             s.user, QString::fromUtf8(QUrl::toPercentEncoding(s.password)), s.host)
        .arg(s.port)
        .arg(s.database);
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QString &database, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEGMENTOR_DATABASE"), database);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SEGMENTOR_CLI", QStringLiteral("segmentor-cli")), arguments);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// segmentor-cli: evaluate and sql travel with --as-of; refresh does not (a stored membership is
// today's, its --as-of only sets the clock).
TEST_P(AsOf, CliEvaluateTravelsRefreshDoesNot)
{
    std::string why;
    auto store = freshStore(GetParam(), QStringLiteral("as_of_cli"), QString(), why);
    SEGTEST_REQUIRE_STORE(store, why);
    FixtureStore f(*store, QString());
    f.installBase();
    f.customer(1, {{"created_at", "2026-01-10 08:00:00"}});
    f.customer(2, {{"created_at", "2026-07-01 08:00:00"}});
    f.order(10, 2, {{"created_at", "2026-07-02 10:00:00"}});
    QTemporaryDir dir;
    const QString def = dir.filePath(QStringLiteral("registered.json"));
    QFile file(def);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"segmentor":1,"code":"registered","name":"Registered","conditions":{"type":"combine","conditions":[{"type":"customer","attribute":"days_since_registration","operator":">=","value":0}]}})");
    file.close();
    const QString db = urlOf(store->settings());
    const QString then = QStringLiteral("2026-06-01T12:00:00Z");

    const CliRun past = cli(db, {"evaluate", def, "--ids", "--as-of", then});
    EXPECT_EQ(past.exitCode, 0) << past.err.toStdString();
    EXPECT_EQ(past.out, QStringLiteral("1\n"));
    const CliRun now = cli(db, {"evaluate", def, "--count"});
    EXPECT_EQ(now.out, QStringLiteral("2\n")) << now.err.toStdString();
    const CliRun sql = cli(db, {"sql", def, "--as-of", then});
    EXPECT_EQ(sql.exitCode, 0) << sql.err.toStdString();
    EXPECT_TRUE(sql.out.contains(QStringLiteral("seg_asof_customer_entity")))
        << sql.out.toStdString();
    EXPECT_FALSE(cli(db, {"sql", def}).out.contains(QStringLiteral("seg_asof_")));
    // Explaining customer 2 as of June: not a customer yet (exit 1, "no such member").
    EXPECT_EQ(cli(db, {"evaluate", def, "--explain", "2", "--as-of", then}).exitCode, 1);

    // Refresh does not travel: customer 2's order, placed after June, counts.
    const QString buyers = dir.filePath(QStringLiteral("buyers.json"));
    QFile buyersFile(buyers);
    ASSERT_TRUE(buyersFile.open(QIODevice::WriteOnly));
    buyersFile.write(
        R"({"segmentor":1,"code":"buyers","name":"Buyers","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})");
    buyersFile.close();
    EXPECT_EQ(cli(db, {"evaluate", buyers, "--count", "--as-of", then}).out, QStringLiteral("0\n"));
    ASSERT_EQ(cli(db, {"segments", "import", buyers, "--quiet"}).exitCode, 0);
    const CliRun refreshed = cli(db, {"refresh", "buyers", "--as-of", then});
    EXPECT_EQ(refreshed.exitCode, 0) << refreshed.err.toStdString();
    const CliRun members = cli(db, {"members", "buyers", "--format", "csv", "--columns", "email"});
    EXPECT_EQ(members.out, QStringLiteral("member,email\r\n2,c2@example.com\r\n"))
        << members.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, AsOf, ::testing::ValuesIn(allBackends()),
                         [](const auto &info) { return backendName(info.param); });

} // namespace

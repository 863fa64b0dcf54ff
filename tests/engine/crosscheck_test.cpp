// The compiled SQL and the in-memory evaluator must agree on every member of a generated
// demo store, for definitions covering every entity, operator and scope, on every database.
#include "bothpaths.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "definition/segmentlookups.h"
#include "demo/demostoregenerator.h"
#include "refresh/refresher.h"
#include "repository/segmentorstorage.h"
#include "store/recommendedindexes.h"

#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace segtest;

namespace {

const QDateTime kAsOf(QDate(2026, 11, 1), QTime(9, 30), QTimeZone::utc());
// Time travel (issue #17, item 10): a time 2.5 months before the demo store's last activity.
const QDateTime kPast(QDate(2026, 8, 15), QTime(10, 0), QTimeZone::utc());

struct Definition
{
    const char *name;
    const char *conditions; // children of an ALL/TRUE root
    const char *extra = ""; // more top-level keys
};

// Each must select some members but not all of them (checked below), so that the
// comparison can fail.
const Definition kDefinitions[] = {
    {"EmailDomain",
     R"({"type":"customer","attribute":"email","operator":"ends_with","value":"@example.fr"})"},
    {"NameIn",
     R"({"type":"customer","attribute":"firstname","operator":"in","value":["émilie","JÜRGEN","zoë","Olivia"]})"},
    {"NameContainsUnicode",
     R"({"type":"customer","attribute":"lastname","operator":"contains","value":"Ü"})"},
    {"LastnameNotStarts",
     R"({"type":"customer","attribute":"lastname","operator":"starts_with","value":"m"})"},
    {"Gender", R"({"type":"customer","attribute":"gender","operator":"!=","value":"female"})"},
    {"AgeBetween",
     R"({"type":"customer","attribute":"age","operator":"between","value":[30, 45]})"},
    {"BirthdaySoon",
     R"({"type":"customer","attribute":"days_until_birthday","operator":"<=","value":30})"},
    {"DobBefore", R"({"type":"customer","attribute":"dob","operator":"<","value":"1970-01-01"})"},
    {"RegisteredRecently",
     R"({"type":"customer","attribute":"days_since_registration","operator":"<","value":365})"},
    {"CreatedBetween",
     R"({"type":"customer","attribute":"created_at","operator":"between","value":["2024-01-01","2025-06-30"]})"},
    {"GroupIn", R"({"type":"customer","attribute":"group_id","operator":"in","value":[2,3]})"},
    {"Inactive", R"({"type":"customer","attribute":"is_active","operator":"==","value":false})"},
    {"Unconfirmed",
     R"({"type":"customer","attribute":"is_confirmed","operator":"==","value":false})"},
    {"Locked",
     R"({"type":"customer","attribute":"lock_expires","operator":">","value":"2026-11-01T09:30:00Z"})"},
    {"TaxvatEmpty", R"({"type":"customer","attribute":"taxvat","operator":"is_not_empty"})"},
    {"Newsletter",
     R"({"type":"customer","attribute":"newsletter","operator":"in","value":["subscribed","unconfirmed"]})",
     R"("apply_to":"all")"},
    {"NotSubscribed",
     R"({"type":"customer","attribute":"newsletter","operator":"==","value":"not_subscribed"})",
     R"("apply_to":"all")"},
    {"Loyalty", R"({"type":"customer","attribute":"loyalty_score","operator":">=","value":50})"},
    {"LoyaltyNot",
     R"({"type":"customer","attribute":"loyalty_score","operator":"not_in","value":[10,20,30]})"},
    {"BillingCountry",
     R"({"type":"address","address":"billing","conditions":[{"type":"address","attribute":"country_id","operator":"in","value":["FR","DE"]}]})",
     R"("apply_to":"all")"},
    {"ShippingNotGb",
     R"({"type":"address","address":"shipping","conditions":[{"type":"address","attribute":"country_id","operator":"!=","value":"GB"}]})",
     R"("apply_to":"all")"},
    {"AnyAddressCity",
     R"({"type":"address","address":"any","match":"any","expect":true,"conditions":[{"type":"address","attribute":"city","operator":"==","value":"london"},{"type":"address","attribute":"company","operator":"is_not_empty"}]})"},
    {"NeverOrdered", R"({"type":"orders","metric":"number_of_orders","operator":"==","value":0})",
     R"("apply_to":"all")"},
    {"BigSpenders",
     R"({"type":"orders","metric":"lifetime_sales","operator":">=","value":500,"conditions":[{"type":"order","attribute":"state","operator":"not_in","value":["canceled"]}]})",
     R"("apply_to":"all")"},
    {"Aov", R"({"type":"orders","metric":"average_order_value","operator":"<","value":60})"},
    {"Refunds", R"({"type":"orders","metric":"lifetime_refunds","operator":">","value":0})"},
    {"Discounts", R"({"type":"orders","metric":"total_discount","operator":">=","value":5})"},
    {"QtyTaxShipping",
     R"({"type":"combine","match":"any","expect":true,"conditions":[{"type":"orders","metric":"purchased_qty","operator":">","value":20},{"type":"orders","metric":"total_tax","operator":">","value":100},{"type":"orders","metric":"total_shipping","operator":">","value":50}]})"},
    {"LapsedBuyers",
     R"({"type":"orders","metric":"days_since_last_order","operator":">","value":180})",
     R"("apply_to":"all")"},
    {"FirstOrderLately",
     R"({"type":"orders","metric":"first_order_date","operator":">=","value":"2026-01-01"})"},
    {"RecentOrders",
     R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1,"conditions":[{"type":"order","attribute":"created_at","operator":"within_last_days","value":60}]})",
     R"("apply_to":"all")"},
    {"PaymentShipping",
     R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1,"conditions":[{"type":"order","attribute":"payment_method","operator":"==","value":"paypal_express"},{"type":"order","attribute":"shipping_method","operator":"starts_with","value":"flatrate"}]})"},
    {"CouponOrders",
     R"({"type":"orders","metric":"number_of_orders","operator":">=","value":2,"conditions":[{"type":"order","attribute":"coupon_code","operator":"is_not_empty"}]})"},
    {"ShippedAbroad",
     R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1,"conditions":[{"type":"order","attribute":"shipping_country_id","operator":"!=","value":"GB"},{"type":"order","attribute":"grand_total","operator":">","value":50}]})",
     R"("apply_to":"all")"},
    {"OrderDaysAgo",
     R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1,"conditions":[{"type":"order","attribute":"days_since_created","operator":"between","value":[30,90]}]})"},
    {"OrderedCategory",
     R"({"type":"products","source":"ordered","conditions":[{"type":"product","attribute":"category_id","operator":"in","value":[3,4,5,6,7]}]})",
     R"("apply_to":"all")"},
    {"OrderedTwiceSku",
     R"({"type":"products","source":"ordered","count":{"operator":">=","value":3},"conditions":[{"type":"product","attribute":"price","operator":"<","value":5}]})"},
    {"NeverOrderedCategory",
     R"({"type":"products","source":"ordered","found":false,"conditions":[{"type":"product","attribute":"category_id","operator":"==","value":3}]})"},
    {"OrderedRecentlyComplete",
     R"({"type":"products","source":"ordered","conditions":[{"type":"product","attribute":"ordered_at","operator":"within_last_days","value":120},{"type":"product","attribute":"order_status","operator":"==","value":"complete"}]})"},
    {"CartValue", R"({"type":"cart","attribute":"subtotal","operator":">","value":20})"},
    {"AbandonedCart",
     R"({"type":"cart","attribute":"days_since_update","operator":">=","value":3})"},
    {"NoCart", R"({"type":"cart","attribute":"exists","operator":"==","value":false})"},
    {"CartProducts",
     R"({"type":"products","source":"cart","conditions":[{"type":"product","attribute":"name","operator":"contains","value":"a"},{"type":"product","attribute":"qty","operator":">=","value":1}]})"},
    {"Wishlist", R"({"type":"products","source":"wishlist","count":{"operator":">=","value":2}})"},
    {"WishlistCategory",
     R"({"type":"products","source":"wishlist","conditions":[{"type":"product","attribute":"category_id","operator":"not_in","value":[3]}]})"},
    {"Viewed",
     R"({"type":"products","source":"viewed","conditions":[{"type":"product","attribute":"viewed_at","operator":"within_last_days","value":30}]})"},
    {"NestedFalse",
     R"({"type":"combine","match":"any","expect":false,"conditions":[{"type":"customer","attribute":"website_id","operator":"==","value":1},{"type":"combine","match":"all","expect":true,"conditions":[{"type":"customer","attribute":"group_id","operator":"==","value":1},{"type":"orders","metric":"number_of_orders","operator":">","value":1}]}]})"},
    {"WebsiteScopeGuests",
     R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1})",
     R"("apply_to":"guests","websites":[1])"},
    {"Reference",
     R"({"type":"segment","operator":"in","value":["buyers"]},{"type":"customer","attribute":"website_id","operator":"==","value":1})",
     R"("apply_to":"all")"},
    // Issue #17: what a products count counts, RFM scores, random samples.
    {"SpentInCategories",
     R"({"type":"products","source":"ordered","count":{"operator":">=","value":200,"of":"amount"},"conditions":[{"type":"product","attribute":"category_id","operator":"in","value":[3,4,5,6,7]},{"type":"product","attribute":"ordered_at","operator":"within_last_days","value":365}]})",
     R"("apply_to":"all")"},
    {"OrderedQty",
     R"({"type":"products","source":"ordered","count":{"operator":">","value":6,"of":"qty"}})"},
    {"OrderedQtyBelow",
     R"({"type":"products","source":"ordered","count":{"operator":"<","value":3,"of":"qty"}})",
     R"("apply_to":"all")"},
    {"DistinctOrders",
     R"({"type":"products","source":"ordered","count":{"operator":">=","value":2,"of":"orders"},"conditions":[{"type":"product","attribute":"category_id","operator":"in","value":[3,4,5,6,7]}]})",
     R"("apply_to":"all")"},
    {"RowsExplicit",
     R"({"type":"products","source":"ordered","count":{"operator":"==","value":1,"of":"rows"}})"},
    {"CartAmount",
     R"({"type":"products","source":"cart","count":{"operator":"between","value":[20,150],"of":"amount"}})"},
    {"WishlistQty",
     R"({"type":"products","source":"wishlist","count":{"operator":">=","value":3,"of":"qty"}})"},
    {"RfmRecency", R"({"type":"rfm","score":"recency","operator":">=","value":4})",
     R"("apply_to":"all")"},
    {"RfmFrequencyOne", R"({"type":"rfm","score":"frequency","operator":"==","value":1})"},
    {"RfmMonetaryNotIn", R"({"type":"rfm","score":"monetary","operator":"not_in","value":[1,2]})",
     R"("apply_to":"all","websites":[1])"},
    {"RfmNoScore", R"({"type":"rfm","score":"recency","operator":"is_empty"})"},
    {"RfmGuests", R"({"type":"rfm","score":"monetary","operator":"between","value":[2,4]})",
     R"("apply_to":"guests")"},
    {"RfmThroughReference",
     R"({"type":"segment","operator":"in","value":["top-spenders"]},{"type":"rfm","score":"frequency","operator":"!=","value":5})"},
    {"Sample", R"({"type":"sample","percent":10,"seed":"spring-2027"})", R"("apply_to":"all")"},
    {"SampleFraction", R"({"type":"sample","percent":12.34,"seed":"Été ü"})",
     R"("apply_to":"guests")"},
    {"LastLoginRecent",
     R"({"type":"customer","attribute":"days_since_last_login","operator":"<","value":60})"},
    {"LastLoginNotRecent",
     R"({"type":"customer","attribute":"last_login_at","operator":"not_within_last_days","value":90})",
     R"("apply_to":"all")"},
    {"NeverLoggedIn", R"({"type":"customer","attribute":"last_login_at","operator":"is_empty"})"},
    {"LoggedInBefore",
     R"({"type":"customer","attribute":"last_login_at","operator":"<","value":"2026-06-01"})"},
    {"SampleControl",
     R"({"type":"combine","match":"all","expect":false,"conditions":[{"type":"sample","percent":50,"seed":"spring-2027"}]},{"type":"rfm","score":"recency","operator":">=","value":3})",
     R"("apply_to":"all")"},
};

struct Store
{
    std::unique_ptr<seg::StoreConnection> connection;
    std::optional<seg::StoreSchema> schema;
    QList<seg::MemberKey> universe;
};

Store *demoStore(Backend backend, std::string &why)
{
    static std::map<Backend, Store> stores;
    static const bool registered = (atTestsEnd([] { stores.clear(); }), true);
    Q_UNUSED(registered);
    if (auto it = stores.find(backend); it != stores.end())
        return it->second.connection ? &it->second : nullptr;
    Store &s = stores[backend];
    s.connection = freshStore(backend, QStringLiteral("crosscheck"), QString(), why);
    if (!s.connection) return nullptr;
    seg::DemoOptions options;
    options.customers = 300;
    options.seed = 7;
    options.anchor = QDate(2026, 11, 1);
    if (auto st = seg::DemoStoreGenerator(options).generate(*s.connection, QString()); !st) {
        why = st.error().message.toStdString();
        s.connection.reset();
        return nullptr;
    }
    // The demo store's covering indexes, on every dialect (the results must not change).
    if (auto st = seg::RecommendedIndexes::apply(*s.connection, QString()); !st) {
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
    s.universe = allMemberCandidates(*s.connection, *s.schema);
    return &s;
}

class CrossCheck : public ::testing::TestWithParam<std::tuple<Backend, Definition>>
{
};

seg::InMemorySegmentLookup referencedSegments()
{
    seg::InMemorySegmentLookup segments;
    auto buyers = seg::DefinitionCodec::fromJson(definitionJson(
        R"({"type":"combine","conditions":[{"type":"orders","metric":"lifetime_sales","operator":">","value":100}]})",
        R"("apply_to":"all")"));
    buyers.value().code = QStringLiteral("buyers");
    segments.add(*buyers);
    auto top = seg::DefinitionCodec::fromJson(definitionJson(
        R"({"type":"combine","conditions":[{"type":"rfm","score":"monetary","operator":"==","value":5}]})",
        R"("apply_to":"all")"));
    top.value().code = QStringLiteral("top-spenders");
    segments.add(*top);
    return segments;
}

QByteArray rootJson(const Definition &definition)
{
    const QString conditions =
        QStringLiteral(R"({"type":"combine","match":"all","expect":true,"conditions":[%1]})")
            .arg(QString::fromUtf8(definition.conditions));
    return definitionJson(conditions, QString::fromUtf8(definition.extra));
}

// Every shape again, evaluated as of kPast with the later rows ignored: the compiled SQL (through
// its seg_asof_* CTEs) and the evaluator (cutting the rows it loads) must still agree.
class CrossCheckAsOf : public ::testing::TestWithParam<std::tuple<Backend, Definition>>
{
};

TEST_P(CrossCheckAsOf, SqlAndEvaluatorAgree)
{
    const auto &[backend, definition] = GetParam();
    std::string why;
    Store *store = demoStore(backend, why);
    SEGTEST_REQUIRE_STORE(store, why);
    const seg::InMemorySegmentLookup segments = referencedSegments();
    const BothPaths both = evaluateBoth(*store->connection, *store->schema, rootJson(definition),
                                        store->universe, kPast, &segments, QTimeZone::utc(), true);
    ASSERT_TRUE(both.error.isEmpty()) << both.error.toStdString();
    EXPECT_EQ(both.sql, both.evaluated) << definition.name;
    EXPECT_LT(both.sql.size(), store->universe.size())
        << definition.name << " selects everyone: the check proves little";
}

INSTANTIATE_TEST_SUITE_P(DemoStore, CrossCheckAsOf,
                         ::testing::Combine(::testing::ValuesIn(allBackends()),
                                            ::testing::ValuesIn(kDefinitions)),
                         [](const auto &info) {
                             return backendName(std::get<0>(info.param)) + "_" +
                                    std::get<1>(info.param).name;
                         });

TEST_P(CrossCheck, SqlAndEvaluatorAgree)
{
    const auto &[backend, definition] = GetParam();
    std::string why;
    Store *store = demoStore(backend, why);
    SEGTEST_REQUIRE_STORE(store, why);

    seg::InMemorySegmentLookup segments;
    auto buyers = seg::DefinitionCodec::fromJson(definitionJson(
        R"({"type":"combine","conditions":[{"type":"orders","metric":"lifetime_sales","operator":">","value":100}]})",
        R"("apply_to":"all")"));
    buyers.value().code = QStringLiteral("buyers");
    segments.add(*buyers);
    auto top = seg::DefinitionCodec::fromJson(definitionJson(
        R"({"type":"combine","conditions":[{"type":"rfm","score":"monetary","operator":"==","value":5}]})",
        R"("apply_to":"all")"));
    top.value().code = QStringLiteral("top-spenders");
    segments.add(*top);

    const QString conditions =
        QStringLiteral(R"({"type":"combine","match":"all","expect":true,"conditions":[%1]})")
            .arg(QString::fromUtf8(definition.conditions));
    const BothPaths both =
        evaluateBoth(*store->connection, *store->schema,
                     definitionJson(conditions, QString::fromUtf8(definition.extra)),
                     store->universe, kAsOf, &segments);
    ASSERT_TRUE(both.error.isEmpty()) << both.error.toStdString();
    EXPECT_EQ(both.sql, both.evaluated) << definition.name;
    EXPECT_GT(both.sql.size(), 0) << definition.name << " selects nobody: the check proves little";
    EXPECT_LT(both.sql.size(), store->universe.size())
        << definition.name << " selects everyone: the check proves little";
}

INSTANTIATE_TEST_SUITE_P(DemoStore, CrossCheck,
                         ::testing::Combine(::testing::ValuesIn(allBackends()),
                                            ::testing::ValuesIn(kDefinitions)),
                         [](const auto &info) {
                             return backendName(std::get<0>(info.param)) + "_" +
                                    std::get<1>(info.param).name;
                         });

// Issue #17, item 5: references to a saved segment's stored members, with overrides set after
// its last refresh (an exclude of a stored member, includes of non-members, a guest of each).
const Definition kStoredMemberDefinitions[] = {
    {"MembersIn", R"({"type":"segment","operator":"in","value":["buyers"],"of":"members"})",
     R"("apply_to":"all")"},
    {"MembersNotIn", R"({"type":"segment","operator":"not_in","value":["buyers"],"of":"members"})",
     R"("apply_to":"all")"},
    {"MembersRegisteredOnly",
     R"({"type":"segment","operator":"in","value":["buyers"],"of":"members"},{"type":"customer","attribute":"website_id","operator":"==","value":1})"},
    {"MembersOrConditions",
     R"({"type":"combine","match":"any","expect":true,"conditions":[{"type":"segment","operator":"in","value":["buyers"],"of":"members"},{"type":"segment","operator":"in","value":["top-spenders"]}]})",
     R"("apply_to":"all")"},
    {"MembersOfTwoButNot",
     R"({"type":"segment","operator":"in","value":["buyers","newcomers"],"of":"members"},{"type":"segment","operator":"not_in","value":["newcomers"],"of":"members"})",
     R"("apply_to":"all")"},
    {"MembersThroughConditions",
     R"({"type":"segment","operator":"in","value":["buyers-without-newcomers"]})",
     R"("apply_to":"guests")"},
};

// The crosscheck store with Segmentor's tables: "buyers" and "newcomers" refreshed, then
// overrides set that no refresh has applied yet. Null with `why` when it cannot be made.
seg::SegmentRepository *storedSegments(Backend backend, Store &store, std::string &why)
{
    static std::map<Backend, std::unique_ptr<seg::SegmentRepository>> repositories;
    static const bool registered = (atTestsEnd([] { repositories.clear(); }), true);
    Q_UNUSED(registered);
    if (auto it = repositories.find(backend); it != repositories.end()) return it->second.get();
    auto fail = [&](const seg::Error &e) -> seg::SegmentRepository * {
        why = e.toString().toStdString();
        return nullptr;
    };
    if (auto st = seg::SegmentorStorage::ensure(*store.connection, QString()); !st)
        return fail(st.error());
    auto repo = std::make_unique<seg::SegmentRepository>(*store.connection, QString());
    const std::pair<const char *, const char *> saved[] = {
        {"buyers",
         R"({"type":"combine","conditions":[{"type":"orders","metric":"lifetime_sales","operator":">","value":100}]})"},
        {"newcomers",
         R"({"type":"combine","conditions":[{"type":"orders","metric":"days_since_first_order","operator":"<","value":200}]})"},
        {"top-spenders",
         R"({"type":"combine","conditions":[{"type":"rfm","score":"monetary","operator":"==","value":5}]})"},
        {"buyers-without-newcomers",
         R"({"type":"combine","conditions":[{"type":"segment","operator":"in","value":["buyers"],"of":"members"},{"type":"segment","operator":"not_in","value":["newcomers"],"of":"members"}]})"},
    };
    for (const auto &[code, conditions] : saved) {
        auto d = seg::DefinitionCodec::fromJson(
            definitionJson(QString::fromUtf8(conditions), QStringLiteral(R"("apply_to":"all")")));
        if (!d) return fail(d.error());
        d.value().code = QString::fromLatin1(code);
        if (auto r = repo->save(*d); !r) return fail(r.error());
    }
    seg::RefreshOptions options;
    options.asOf = kAsOf;
    seg::Refresher refresher(*store.connection, *store.schema, *repo);
    for (const char *code : {"buyers", "newcomers"})
        if (auto r = refresher.refresh(QString::fromLatin1(code), options); !r)
            return fail(r.error());
    auto members = repo->members(QStringLiteral("buyers"));
    if (!members) return fail(members.error());
    QList<seg::MemberKey> in, out;
    for (const seg::MemberRow &m : *members)
        in << m.key;
    for (const seg::MemberKey &k : store.universe)
        if (!in.contains(k)) out << k;
    // The universe's guest candidates are every e-mail of an order without a customer; an
    // e-mail a registered customer owns is no guest (a stored override of it selects nobody),
    // so the overrides take a real guest, the same one in every run (sorted keys).
    QSet<QString> registeredEmails;
    QSqlQuery emails(store.connection->database());
    emails.exec(QStringLiteral("SELECT email FROM %1 WHERE email IS NOT NULL")
                    .arg(store.schema->table(QStringLiteral("customer_entity"))));
    while (emails.next())
        registeredEmails.insert(seg::foldCase(emails.value(0).toString()));
    std::sort(out.begin(), out.end());
    auto firstGuest = [&](const QList<seg::MemberKey> &keys) {
        for (const seg::MemberKey &k : keys)
            if (k.isGuest() && !registeredEmails.contains(k.guestEmail)) return k;
        return keys.first();
    };
    if (in.size() < 3 || out.size() < 3) {
        why = "buyers has too few members or non-members";
        return nullptr;
    }
    if (auto st = repo->setOverride(QStringLiteral("buyers"), {in.first(), firstGuest(in)},
                                    seg::OverrideKind::Exclude);
        !st)
        return fail(st.error());
    if (auto st = repo->setOverride(QStringLiteral("buyers"), {out.first(), firstGuest(out)},
                                    seg::OverrideKind::Include);
        !st)
        return fail(st.error());
    return (repositories[backend] = std::move(repo)).get();
}

class CrossCheckStoredMembers : public ::testing::TestWithParam<std::tuple<Backend, Definition>>
{
};

TEST_P(CrossCheckStoredMembers, SqlAndEvaluatorAgree)
{
    const auto &[backend, definition] = GetParam();
    std::string why;
    Store *store = demoStore(backend, why);
    SEGTEST_REQUIRE_STORE(store, why);
    seg::SegmentRepository *segments = storedSegments(backend, *store, why);
    ASSERT_NE(segments, nullptr) << why;

    const QString conditions =
        QStringLiteral(R"({"type":"combine","match":"all","expect":true,"conditions":[%1]})")
            .arg(QString::fromUtf8(definition.conditions));
    const BothPaths both =
        evaluateBoth(*store->connection, *store->schema,
                     definitionJson(conditions, QString::fromUtf8(definition.extra)),
                     store->universe, kAsOf, segments);
    ASSERT_TRUE(both.error.isEmpty()) << both.error.toStdString();
    EXPECT_EQ(both.sql, both.evaluated) << definition.name;
    EXPECT_GT(both.sql.size(), 0) << definition.name << " selects nobody: the check proves little";
    EXPECT_LT(both.sql.size(), store->universe.size())
        << definition.name << " selects everyone: the check proves little";
}

// The overrides count at once: the stored list plus the includes, minus the excludes.
TEST_P(CrossCheckStoredMembers, OverridesSinceTheLastRefreshCount)
{
    const auto &[backend, definition] = GetParam();
    if (QLatin1String(definition.name) != QLatin1String("MembersIn")) GTEST_SKIP();
    std::string why;
    Store *store = demoStore(backend, why);
    SEGTEST_REQUIRE_STORE(store, why);
    seg::SegmentRepository *segments = storedSegments(backend, *store, why);
    ASSERT_NE(segments, nullptr) << why;
    QStringList expected;
    const QList<seg::MemberRow> rows = segments->members(QStringLiteral("buyers")).value();
    for (const seg::MemberRow &m : rows)
        expected << m.key.toString();
    const QList<seg::OverrideEntry> overrides =
        segments->overrides(QStringLiteral("buyers")).value();
    for (const seg::OverrideEntry &o : overrides) {
        if (o.kind == seg::OverrideKind::Include)
            expected << o.key.toString();
        else
            expected.removeAll(o.key.toString());
    }
    const BothPaths both = evaluateBoth(
        *store->connection, *store->schema,
        definitionJson(
            R"({"type":"combine","conditions":[{"type":"segment","operator":"in","value":["buyers"],"of":"members"}]})",
            R"("apply_to":"all")"),
        store->universe, kAsOf, segments);
    ASSERT_TRUE(both.error.isEmpty()) << both.error.toStdString();
    QStringList sortedExpected = expected;
    QList<seg::MemberKey> keys;
    for (const QString &k : expected)
        keys << seg::MemberKey::parse(k);
    std::sort(keys.begin(), keys.end());
    sortedExpected.clear();
    for (const seg::MemberKey &k : keys)
        sortedExpected << k.toString();
    EXPECT_EQ(both.sql, sortedExpected);
    // Both kinds are pending, so the check can fail either way.
    const auto pending = [&](seg::OverrideKind kind) {
        return std::count_if(overrides.begin(), overrides.end(),
                             [&](const seg::OverrideEntry &o) { return o.kind == kind; });
    };
    EXPECT_GE(pending(seg::OverrideKind::Include), 1);
    EXPECT_GE(pending(seg::OverrideKind::Exclude), 1);
}

INSTANTIATE_TEST_SUITE_P(DemoStore, CrossCheckStoredMembers,
                         ::testing::Combine(::testing::ValuesIn(allBackends()),
                                            ::testing::ValuesIn(kStoredMemberDefinitions)),
                         [](const auto &info) {
                             return backendName(std::get<0>(info.param)) + "_" +
                                    std::get<1>(info.param).name;
                         });

} // namespace

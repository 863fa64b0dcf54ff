// Pick lists read from a Magento store on SQLite, MariaDB and PostgreSQL, with a table prefix
// and non-ASCII names: what the condition builder's pickers offer.
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "lookups/picklists.h"
#include "repository/segmentorstorage.h"
#include "repository/segmentrepository.h"
#include "session/storesession.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

const QString kPrefix = QStringLiteral("mg_");

QStringList labels(const QList<PickItem> &items)
{
    QStringList out;
    for (const PickItem &i : items)
        out << i.label;
    return out;
}

QVariantList values(const QList<PickItem> &items)
{
    QVariantList out;
    for (const PickItem &i : items)
        out << i.value;
    return out;
}

class PickLists : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        m_store = freshStore(GetParam(), QStringLiteral("lookups"), kPrefix, why);
        SEGTEST_REQUIRE_STORE(m_store, why);
        FixtureStore f(*m_store, kPrefix);
        f.installBase();
        f.customer(1, {{"firstname", "Émilie"}});
        f.customer(2, {{"website_id", 2}, {"store_id", 2}, {"group_id", 2}});
        const auto address = [&](int id, int parent, const char *country, const QVariant &regionId,
                                 const QString &region) {
            f.insert(QStringLiteral("customer_address_entity"), {{"entity_id", id},
                                                                 {"parent_id", parent},
                                                                 {"country_id", country},
                                                                 {"city", "X"},
                                                                 {"firstname", "A"},
                                                                 {"lastname", "B"},
                                                                 {"street", "1 High St"},
                                                                 {"telephone", "0123"},
                                                                 {"region_id", regionId},
                                                                 {"region", region}});
        };
        address(11, 1, "GB", QVariant(), QString());
        address(12, 1, "FR", 182, QStringLiteral("Île-de-France"));
        address(13, 2, "DE", 82, QStringLiteral("Baden-Württemberg"));
        f.order(1, 1,
                {{"shipping_method", "flatrate_flatrate"},
                 {"shipping_description", "Flat Rate - Fixed"}});
        f.order(2, 2,
                {{"status", "fraud_check"},
                 {"state", "processing"},
                 {"shipping_method", "ups_GND"},
                 {"shipping_description", "United Parcel Service - Ground"}});
        f.order(3, QVariant(), {{"customer_email", "guest@example.com"}});
        f.insert(QStringLiteral("sales_order_address"), {{"entity_id", 1},
                                                         {"parent_id", 3},
                                                         {"address_type", "billing"},
                                                         {"country_id", "ES"},
                                                         {"city", "Madrid"}});
        f.insert(QStringLiteral("sales_order_payment"),
                 {{"entity_id", 1},
                  {"parent_id", 1},
                  {"method", "checkmo"},
                  {"additional_information", R"({"method_title":"Chèque / mandat"})"}});
        f.insert(QStringLiteral("sales_order_payment"),
                 {{"entity_id", 2}, {"parent_id", 2}, {"method", "paypal_express"}});
        f.insert(QStringLiteral("sales_order_payment"),
                 {{"entity_id", 3}, {"parent_id", 3}, {"method", "paypal_express"}});
        f.insert(QStringLiteral("sales_order_status"),
                 {{"status", "complete"}, {"label", "Complete"}});
        f.insert(QStringLiteral("sales_order_status"),
                 {{"status", "pending"}, {"label", "Pending"}});

        // The category tree: root 1, store root 2 ("Default Category"), Vêtements (3) > Chemises
        // (4), Garden (5).
        f.insert(QStringLiteral("eav_entity_type"),
                 {{"entity_type_id", 3},
                  {"entity_type_code", "catalog_category"},
                  {"entity_model", "Magento\\Catalog\\Model\\ResourceModel\\Category"}});
        f.insert(QStringLiteral("eav_attribute"), {{"attribute_id", 45},
                                                   {"entity_type_id", 3},
                                                   {"attribute_code", "name"},
                                                   {"backend_type", "varchar"},
                                                   {"frontend_input", "text"}});
        const auto category = [&](int id, const QString &path, int level, const QString &name) {
            f.insert(QStringLiteral("catalog_category_entity"), {{"entity_id", id},
                                                                 {"parent_id", 0},
                                                                 {"path", path},
                                                                 {"level", level},
                                                                 {"attribute_set_id", 3},
                                                                 {"position", 0},
                                                                 {"children_count", 0}});
            f.insert(QStringLiteral("catalog_category_entity_varchar"),
                     {{"attribute_id", 45}, {"store_id", 0}, {"entity_id", id}, {"value", name}});
        };
        category(1, QStringLiteral("1"), 0, QStringLiteral("Root Catalog"));
        category(2, QStringLiteral("1/2"), 1, QStringLiteral("Default Category"));
        category(3, QStringLiteral("1/2/3"), 2, QStringLiteral("Vêtements"));
        category(4, QStringLiteral("1/2/3/4"), 3, QStringLiteral("Chemises"));
        category(5, QStringLiteral("1/2/5"), 2, QStringLiteral("Garden"));
        // A store-view name never replaces the default one.
        f.insert(QStringLiteral("catalog_category_entity_varchar"),
                 {{"attribute_id", 45}, {"store_id", 2}, {"entity_id", 5}, {"value", "Jardin"}});

        f.product(101, QStringLiteral("MUG-RED"), QStringLiteral("Tasse rouge"));
        f.product(102, QStringLiteral("CAFE-01"), QStringLiteral("Café crème"));
        f.product(103, QStringLiteral("SHIRT-50%"), QStringLiteral("Chemise ÉTÉ"));

        ASSERT_TRUE(SegmentorStorage::ensure(*m_store, kPrefix).ok());
        SegmentRepository repository(*m_store, kPrefix);
        for (const auto &[code, name] :
             {std::pair{"vip", "Clients fidèles"}, std::pair{"lapsed", "lapsed"}}) {
            Result<SegmentDefinition> d = DefinitionCodec::fromJson(
                QStringLiteral(
                    R"({"segmentor":1,"code":"%1","name":"%2","conditions":{"type":"combine","conditions":[]}})")
                    .arg(QString::fromUtf8(code), QString::fromUtf8(name))
                    .toUtf8());
            ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
            ASSERT_TRUE(repository.save(*d).ok());
        }

        ConnectionSettings settings = m_store->settings();
        settings.tablePrefix = kPrefix;
        Result<StoreSession> session = StoreSession::open(settings, false, m_workspace.path());
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        m_session.emplace(std::move(session).value());
    }

    QList<PickItem> load(PickListKind kind, const QString &search = {}, int limit = 200)
    {
        Result<QList<PickItem>> items = loadPickList(*m_session, kind, search, limit);
        EXPECT_TRUE(items.ok()) << items.error().message.toStdString();
        return items.ok() ? *items : QList<PickItem>{};
    }

    QTemporaryDir m_workspace;
    std::unique_ptr<StoreConnection> m_store;
    std::optional<StoreSession> m_session;
};

TEST_P(PickLists, CountriesFromCustomerAndOrderAddressesWithReadableNames)
{
    const QList<PickItem> items = load(PickListKind::Countries);
    EXPECT_EQ(labels(items),
              (QStringList{"France (FR)", "Germany (DE)", "Spain (ES)", "United Kingdom (GB)"}));
    EXPECT_EQ(values(items), (QVariantList{"FR", "DE", "ES", "GB"}));
}

TEST_P(PickLists, RegionsKeepTheirAccents)
{
    const QList<PickItem> items = load(PickListKind::Regions);
    EXPECT_EQ(labels(items), (QStringList{QStringLiteral("Baden-Württemberg (DE)"),
                                          QStringLiteral("Île-de-France (FR)")}));
    EXPECT_EQ(values(items), (QVariantList{82, 182}));
}

TEST_P(PickLists, GroupsWebsitesAndStoreViews)
{
    const QList<PickItem> groups = load(PickListKind::CustomerGroups);
    EXPECT_EQ(labels(groups), (QStringList{"NOT LOGGED IN", "General", "Wholesale", "Retailer"}));
    EXPECT_EQ(values(groups), (QVariantList{0, 1, 2, 3}));

    const QList<PickItem> websites = load(PickListKind::Websites);
    EXPECT_EQ(labels(websites), (QStringList{"Main Website (base)", "EU Website (eu)"}));
    EXPECT_EQ(values(websites), (QVariantList{1, 2}));

    const QList<PickItem> stores = load(PickListKind::Stores);
    EXPECT_EQ(labels(stores), (QStringList{QStringLiteral("Admin · Admin"),
                                           QStringLiteral("Main Website · Default Store View"),
                                           QStringLiteral("EU Website · French")}));
    EXPECT_EQ(values(stores), (QVariantList{0, 1, 2}));
}

TEST_P(PickLists, OrderStatusesWithLabelsAndStatusesOnlyOrdersCarry)
{
    const QList<PickItem> items = load(PickListKind::OrderStatuses);
    EXPECT_EQ(labels(items),
              (QStringList{"Complete (complete)", "fraud_check", "Pending (pending)"}));
    EXPECT_EQ(values(items), (QVariantList{"complete", "fraud_check", "pending"}));
}

TEST_P(PickLists, PaymentAndShippingMethods)
{
    const QList<PickItem> payments = load(PickListKind::PaymentMethods);
    EXPECT_EQ(labels(payments), (QStringList{QStringLiteral("Chèque / mandat (checkmo)"),
                                             "PayPal Express Checkout (paypal_express)"}));
    EXPECT_EQ(values(payments), (QVariantList{"checkmo", "paypal_express"}));

    const QList<PickItem> shipping = load(PickListKind::ShippingMethods);
    EXPECT_EQ(labels(shipping), (QStringList{"Flat Rate - Fixed (flatrate_flatrate)",
                                             "United Parcel Service - Ground (ups_GND)"}));
}

TEST_P(PickLists, CategoriesWithPathLabelsBelowTheStoreRoot)
{
    const QList<PickItem> items = load(PickListKind::Categories);
    EXPECT_EQ(labels(items), (QStringList{"Garden", QStringLiteral("Vêtements"),
                                          QStringLiteral("Vêtements / Chemises")}));
    EXPECT_EQ(values(items), (QVariantList{5, 3, 4}));

    // The search folds case, accents kept: "CHEMISES" finds the sub-category by its path label.
    const QList<PickItem> found = load(PickListKind::Categories, QStringLiteral("CHEMISES"));
    EXPECT_EQ(labels(found), (QStringList{QStringLiteral("Vêtements / Chemises")}));
    EXPECT_EQ(load(PickListKind::Categories, QStringLiteral("vetements")).size(),
              0); // accents are not folded
}

TEST_P(PickLists, ProductsBySkuOrNameWithALimit)
{
    EXPECT_EQ(labels(load(PickListKind::Products)),
              (QStringList{QStringLiteral("Café crème (CAFE-01)"), "Tasse rouge (MUG-RED)",
                           QStringLiteral("Chemise ÉTÉ (SHIRT-50%)")}));
    EXPECT_EQ(values(load(PickListKind::Products, QStringLiteral("mug"))), (QVariantList{101}));
    // Non-ASCII case folding on every database.
    EXPECT_EQ(values(load(PickListKind::Products, QStringLiteral("été"))), (QVariantList{103}));
    EXPECT_EQ(values(load(PickListKind::Products, QStringLiteral("CAFÉ"))), (QVariantList{102}));
    // % is a literal, not a wildcard.
    EXPECT_EQ(values(load(PickListKind::Products, QStringLiteral("50%"))), (QVariantList{103}));
    EXPECT_EQ(values(load(PickListKind::Products, QStringLiteral("-"))).size(), 3);
    EXPECT_EQ(values(load(PickListKind::Products, QStringLiteral("-"), 2)),
              (QVariantList{102, 101}));
}

TEST_P(PickLists, SavedSegments)
{
    const QList<PickItem> items = load(PickListKind::Segments);
    EXPECT_EQ(labels(items), (QStringList{QStringLiteral("Clients fidèles (vip)"), "lapsed"}));
    EXPECT_EQ(values(items), (QVariantList{"vip", "lapsed"}));
}

INSTANTIATE_TEST_SUITE_P(AllDatabases, PickLists, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

TEST(PickListFor, MapsCatalogAttributesToTheirLists)
{
    EXPECT_EQ(pickListFor(QStringLiteral("customer"), QStringLiteral("group_id")),
              PickListKind::CustomerGroups);
    EXPECT_EQ(pickListFor(QStringLiteral("customer"), QStringLiteral("website_id")),
              PickListKind::Websites);
    EXPECT_EQ(pickListFor(QStringLiteral("customer"), QStringLiteral("store_id")),
              PickListKind::Stores);
    EXPECT_EQ(pickListFor(QStringLiteral("address"), QStringLiteral("country_id")),
              PickListKind::Countries);
    EXPECT_EQ(pickListFor(QStringLiteral("address"), QStringLiteral("region_id")),
              PickListKind::Regions);
    EXPECT_EQ(pickListFor(QStringLiteral("order"), QStringLiteral("status")),
              PickListKind::OrderStatuses);
    EXPECT_EQ(pickListFor(QStringLiteral("order"), QStringLiteral("payment_method")),
              PickListKind::PaymentMethods);
    EXPECT_EQ(pickListFor(QStringLiteral("order"), QStringLiteral("shipping_method")),
              PickListKind::ShippingMethods);
    EXPECT_EQ(pickListFor(QStringLiteral("order"), QStringLiteral("billing_country_id")),
              PickListKind::Countries);
    EXPECT_EQ(pickListFor(QStringLiteral("order"), QStringLiteral("shipping_country_id")),
              PickListKind::Countries);
    EXPECT_EQ(pickListFor(QStringLiteral("order"), QStringLiteral("store_id")),
              PickListKind::Stores);
    EXPECT_EQ(pickListFor(QStringLiteral("product"), QStringLiteral("category_id")),
              PickListKind::Categories);
    EXPECT_EQ(pickListFor(QStringLiteral("product"), QStringLiteral("product_id")),
              PickListKind::Products);
    EXPECT_EQ(pickListFor(QStringLiteral("product"), QStringLiteral("order_status")),
              PickListKind::OrderStatuses);
    EXPECT_EQ(pickListFor(QStringLiteral("segment"), QString()), PickListKind::Segments);
    // Free entry.
    EXPECT_FALSE(pickListFor(QStringLiteral("customer"), QStringLiteral("email")).has_value());
    EXPECT_FALSE(pickListFor(QStringLiteral("address"), QStringLiteral("city")).has_value());
    EXPECT_FALSE(pickListFor(QStringLiteral("product"), QStringLiteral("sku")).has_value());
    EXPECT_FALSE(pickListFor(QStringLiteral("cart"), QStringLiteral("coupon_code")).has_value());
    EXPECT_FALSE(pickListFor(QStringLiteral("nonsense"), QStringLiteral("status")).has_value());
}

} // namespace

// The demo store generator: coverage of every condition category (what the engine's tests and the
// demo rely on), consistency of the money columns, determinism, cancelling, and the server
// backends.
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

class DemoStore : public ::testing::TestWithParam<const char *>
{
protected:
    static void SetUpTestSuite()
    {
        s_stores = new std::map<QString, Store>;
        for (const char *prefix : {"", "mg_"})
            s_stores->emplace(QString::fromLatin1(prefix),
                              makeStore(QString::fromLatin1(prefix), options()));
    }
    static void TearDownTestSuite()
    {
        delete s_stores;
        s_stores = nullptr;
    }

    QString prefix() const { return QString::fromLatin1(GetParam()); }
    const StoreConnection &db() const { return *s_stores->at(prefix()).connection; }
    double n(const QString &sql) const { return scalar(db(), prefix(), sql); }

    static inline std::map<QString, Store> *s_stores = nullptr;
};

#define REQUIRE_STORE()                                                                            \
    do {                                                                                           \
        if (!s_stores->at(prefix()).connection) GTEST_FAIL() << "the store could not be created";  \
    } while (false)

TEST_P(DemoStore, MagentoDefaultRowsAndWebsites)
{
    REQUIRE_STORE();
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}store_website WHERE website_id = 0 AND code = 'admin'"),
              1);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}store WHERE store_id = 0 AND code = 'admin'"), 1);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}store_group WHERE group_id = 0"), 1);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}store_website WHERE (website_id, code) IN (VALUES (1, "
                "'base'), (2, 'eu'))"),
              2);
    EXPECT_EQ(
        n("SELECT COUNT(*) FROM {p}store WHERE website_id = 1 AND code IN ('default', 'en_ie')"),
        2);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}store WHERE website_id = 2 AND code IN ('fr', 'de')"), 2);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}customer_group WHERE (customer_group_id, "
                "customer_group_code) IN "
                "(VALUES (0, 'NOT LOGGED IN'), (1, 'General'), (2, 'Wholesale'), (3, 'Retailer'))"),
              4);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}eav_entity_type WHERE (entity_type_id, entity_type_code, "
                "entity_table) IN "
                "(VALUES (1, 'customer', 'customer_entity'), (2, 'customer_address', "
                "'customer_address_entity'), "
                "(3, 'catalog_category', 'catalog_category_entity'), (4, 'catalog_product', "
                "'catalog_product_entity'))"),
              4);
    // Money per website: GBP on the main website's store views, EUR on the EU ones.
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order WHERE store_id IN (1, 2) AND "
                "(base_currency_code <> 'GBP' OR order_currency_code <> 'GBP')"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order WHERE store_id IN (3, 4) AND "
                "(base_currency_code <> 'EUR' OR order_currency_code <> 'EUR')"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order WHERE store_id IN (3, 4)"), 0);
}

TEST_P(DemoStore, EavAttributesAndCustomValues)
{
    REQUIRE_STORE();
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}eav_attribute a JOIN {p}customer_eav_attribute c ON "
                "c.attribute_id = a.attribute_id "
                "WHERE a.entity_type_id = 1 AND a.attribute_code = 'loyalty_score' AND "
                "a.backend_type = 'int' "
                "AND a.frontend_input = 'text' AND c.is_system = 0"),
              1);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}eav_attribute WHERE entity_type_id = 1 AND attribute_code "
                "= 'loyalty_tier' "
                "AND backend_type = 'varchar' AND frontend_input = 'text'"),
              1);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}eav_attribute WHERE entity_type_id IN (3, 4) AND "
                "attribute_code = 'name' AND backend_type = 'varchar'"),
              2);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}eav_attribute WHERE entity_type_id = 1 AND backend_type = "
                "'static'"),
              15);
    const double withScore = n(
        "SELECT COUNT(DISTINCT v.entity_id) FROM {p}customer_entity_int v JOIN {p}eav_attribute a "
        "ON a.attribute_id = v.attribute_id WHERE a.attribute_code = 'loyalty_score'");
    EXPECT_GT(withScore, kCustomers * 0.55);
    EXPECT_LT(withScore, kCustomers * 0.85); // some customers never got one
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity_varchar v JOIN {p}eav_attribute a ON "
                "a.attribute_id = v.attribute_id "
                "WHERE a.attribute_code = 'loyalty_tier' AND v.value IN ('Bronze', 'Silver', "
                "'Gold', 'Platinum')"),
              kCustomers * 0.4);
}

TEST_P(DemoStore, Customers)
{
    REQUIRE_STORE();
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}customer_entity"), kCustomers);
    const double main = n("SELECT COUNT(*) FROM {p}customer_entity WHERE website_id = 1");
    EXPECT_GT(main, kCustomers * 0.6);
    EXPECT_LT(main, kCustomers * 0.9);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}customer_entity c JOIN {p}store s ON s.store_id = "
                "c.store_id WHERE s.website_id <> c.website_id"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}customer_entity c JOIN {p}store s ON s.store_id = "
                "c.store_id WHERE s.name <> c.created_in"),
              0);
    EXPECT_EQ(
        n("SELECT COUNT(DISTINCT group_id) FROM {p}customer_entity WHERE group_id IN (1, 2, 3)"),
        3);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}customer_entity WHERE updated_at < created_at OR "
                "created_at >= '" +
                kAnchor + "'"),
              0);
    EXPECT_LE(n("SELECT MIN(created_at) < '2021-10-01' FROM {p}customer_entity"), 1);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE created_at >= '2026-10-25'"),
              0); // registered in the last 7 days
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE created_at < '2022-01-01'"), 0);
    // Unique per website, case-insensitively (MySQL's unique index folds case).
    EXPECT_EQ(n("SELECT COUNT(*) FROM (SELECT lower(email), website_id FROM {p}customer_entity "
                "GROUP BY 1, 2 HAVING COUNT(*) > 1) d"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM (SELECT lower(email) FROM {p}customer_entity GROUP BY 1 "
                "HAVING COUNT(DISTINCT website_id) > 1) d"),
              0);
    // Case-folding material: upper-case and mixed-case e-mails and names, non-ASCII names.
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}customer_entity WHERE email = 'EMILIE.DUPONT@EXAMPLE.FR' "
                "AND firstname = 'Émilie'"),
              1);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}customer_entity WHERE firstname = 'ÉMILIE'"), 1);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}customer_entity WHERE firstname = 'Emilie'"), 1);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE email <> lower(email) AND email <> "
                "upper(email)"),
              0);
    for (const char *name : {"Zoë", "Jürgen", "Łukasz", "Ólafur", "Søren"})
        EXPECT_GE(n(QStringLiteral("SELECT COUNT(*) FROM {p}customer_entity WHERE firstname = '%1'")
                        .arg(QString::fromUtf8(name))),
                  1)
            << name;
    for (const char *name : {"Ørsted", "Müller", "García Ibáñez", "O'Brien"})
        EXPECT_GE(n(QStringLiteral("SELECT COUNT(*) FROM {p}customer_entity WHERE lastname = '%1'")
                        .arg(QString(QString::fromUtf8(name))
                                 .replace(QLatin1String("'"), QLatin1String("''")))),
                  1)
            << name;
    // Profile columns.
    EXPECT_EQ(n("SELECT COUNT(DISTINCT gender) FROM {p}customer_entity"), 3);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE gender IS NULL"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE prefix IS NOT NULL"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE middlename IS NOT NULL"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE taxvat IS NOT NULL"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE is_active = 0"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE confirmation IS NOT NULL"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE failures_num > 0 AND first_failure "
                "IS NOT NULL"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE lock_expires > '" + kAnchor + "'"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE lock_expires < '" + kAnchor + "'"),
              0);
}

TEST_P(DemoStore, BirthdaysIncludingEdgeCases)
{
    REQUIRE_STORE();
    const double withDob = n("SELECT COUNT(*) FROM {p}customer_entity WHERE dob IS NOT NULL");
    EXPECT_GT(withDob, kCustomers * 0.75);
    EXPECT_LT(withDob, kCustomers * 0.95);
    EXPECT_GE(
        n("SELECT COUNT(*) FROM {p}customer_entity WHERE dob IN ('1988-02-29', '2000-02-29')"), 2);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE substr(dob, 6) = '11-01'"),
              0); // on the anchor day
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}customer_entity WHERE dob = '2008-11-01'"),
              1); // turns 18 on the anchor day
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE substr(dob, 6) = '11-02'"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE substr(dob, 6) = '12-31'"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity WHERE substr(dob, 6) = '01-01'"), 0);
    EXPECT_EQ(
        n("SELECT COUNT(*) FROM {p}customer_entity WHERE dob > '2008-11-01' OR dob < '1940-01-01'"),
        0); // ages 18..85
}

TEST_P(DemoStore, Addresses)
{
    REQUIRE_STORE();
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity c WHERE NOT EXISTS (SELECT 1 FROM "
                "{p}customer_address_entity a WHERE a.parent_id = c.entity_id)"),
              0);
    EXPECT_GT(
        n("SELECT COUNT(*) FROM {p}customer_entity WHERE default_billing <> default_shipping"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM (SELECT parent_id FROM {p}customer_address_entity GROUP BY "
                "parent_id HAVING COUNT(*) >= 3) d"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}customer_entity c JOIN {p}customer_address_entity a ON "
                "a.entity_id = c.default_billing WHERE a.parent_id <> c.entity_id"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}customer_entity c JOIN {p}customer_address_entity a ON "
                "a.entity_id = c.default_shipping WHERE a.parent_id <> c.entity_id"),
              0);
    EXPECT_GE(n("SELECT COUNT(DISTINCT country_id) FROM {p}customer_address_entity"), 12);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}customer_address_entity WHERE country_id NOT IN "
                "('GB','IE','FR','DE','ES','NL','BE','CH','PT','AU','US','PL','IS','DK')"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_address_entity WHERE region_id IS NOT NULL AND "
                "region IS NOT NULL"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_address_entity WHERE company IS NOT NULL"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_address_entity WHERE vat_id IS NOT NULL AND "
                "vat_is_valid IS NOT NULL"),
              0);
    EXPECT_GT(
        n("SELECT COUNT(*) FROM {p}customer_address_entity WHERE city IN ('London', 'Manchester', "
          "'Dublin', 'Paris', 'Berlin', 'München', 'Köln', 'Madrid', 'Zürich')"),
        0);
    // The customer's own country first.
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}customer_entity c JOIN {p}customer_address_entity a ON "
                "a.entity_id = c.default_billing "
                "WHERE c.website_id = 2 AND a.country_id IN "
                "('FR','DE','ES','NL','BE','CH','PT','PL','DK')"),
              0);
}

TEST_P(DemoStore, OrdersInEveryStatus)
{
    REQUIRE_STORE();
    const double orders = n("SELECT COUNT(*) FROM {p}sales_order");
    EXPECT_GT(orders, kCustomers * 1.5);
    const std::pair<const char *, const char *> expected[] = {
        {"pending", "new"},           {"pending_payment", "pending_payment"},
        {"processing", "processing"}, {"complete", "complete"},
        {"closed", "closed"},         {"canceled", "canceled"},
        {"holded", "holded"},         {"payment_review", "payment_review"},
        {"fraud", "processing"}};
    for (const auto &[status, state] : expected) {
        EXPECT_GT(n(QStringLiteral(
                        "SELECT COUNT(*) FROM {p}sales_order WHERE status = '%1' AND state = '%2'")
                        .arg(status, state)),
                  0)
            << status;
        EXPECT_EQ(n(QStringLiteral(
                        "SELECT COUNT(*) FROM {p}sales_order WHERE status = '%1' AND state <> '%2'")
                        .arg(status, state)),
                  0)
            << status;
        EXPECT_EQ(n(QStringLiteral("SELECT COUNT(*) FROM {p}sales_order_status_state WHERE status "
                                   "= '%1' AND state = '%2'")
                        .arg(status, state)),
                  1)
            << status;
    }
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order_status"), 9);
    // About a quarter of the customers never ordered; a few VIPs ordered a lot.
    const double without = n("SELECT COUNT(*) FROM {p}customer_entity c WHERE NOT EXISTS (SELECT 1 "
                             "FROM {p}sales_order o WHERE o.customer_id = c.entity_id)");
    EXPECT_GT(without, kCustomers * 0.15);
    EXPECT_LT(without, kCustomers * 0.35);
    EXPECT_GT(n("SELECT COUNT(*) FROM (SELECT customer_id FROM {p}sales_order WHERE customer_id IS "
                "NOT NULL GROUP BY customer_id HAVING COUNT(*) >= 15) d"),
              0);
    // Time: three years back, some in the last 7 days, nothing at or after the anchor.
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order WHERE created_at >= '" + kAnchor +
                "' OR updated_at >= '" + kAnchor + "' OR updated_at < created_at"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order WHERE created_at >= '2026-10-25'"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order WHERE created_at < '2024-06-01'"), 0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order o JOIN {p}customer_entity c ON c.entity_id = "
                "o.customer_id WHERE o.created_at < c.created_at"),
              0);
    // Registered customers' orders carry their group and e-mail, on a store of their website.
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order o JOIN {p}customer_entity c ON c.entity_id = "
                "o.customer_id "
                "WHERE o.customer_email <> c.email OR o.customer_group_id <> c.group_id OR "
                "o.customer_is_guest <> 0"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order o JOIN {p}customer_entity c ON c.entity_id = "
                "o.customer_id "
                "JOIN {p}store s ON s.store_id = o.store_id WHERE s.website_id <> c.website_id"),
              0);
    EXPECT_EQ(n("SELECT COUNT(DISTINCT increment_id) FROM {p}sales_order"), orders);
}

TEST_P(DemoStore, OrderMoneyIsConsistent)
{
    REQUIRE_STORE();
    EXPECT_EQ(
        n("SELECT COUNT(*) FROM {p}sales_order WHERE abs(base_grand_total - (base_subtotal + "
          "base_discount_amount "
          "+ base_shipping_amount + base_tax_amount)) > 0.005 OR base_grand_total <> grand_total"),
        0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order o WHERE abs(o.base_subtotal - (SELECT "
                "SUM(i.base_row_total) FROM "
                "{p}sales_order_item i WHERE i.order_id = o.entity_id AND i.parent_item_id IS "
                "NULL)) > 0.005"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order o WHERE abs(o.base_tax_amount - (SELECT "
                "SUM(i.base_tax_amount) FROM "
                "{p}sales_order_item i WHERE i.order_id = o.entity_id)) > 0.005"),
              0);
    EXPECT_EQ(
        n("SELECT COUNT(*) FROM {p}sales_order o WHERE o.total_qty_ordered <> (SELECT "
          "SUM(i.qty_ordered) FROM "
          "{p}sales_order_item i WHERE i.order_id = o.entity_id AND i.parent_item_id IS NULL)"),
        0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order WHERE base_shipping_amount > 0"), 0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order WHERE base_tax_amount > 0"), 0);
    // Coupons: ~15 % of orders, a negative discount, and the rule and coupon rows exist.
    const double orders = n("SELECT COUNT(*) FROM {p}sales_order");
    const double withCoupon =
        n("SELECT COUNT(*) FROM {p}sales_order WHERE coupon_code IS NOT NULL");
    EXPECT_GT(withCoupon, orders * 0.08);
    EXPECT_LT(withCoupon, orders * 0.25);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order WHERE coupon_code IS NOT NULL AND "
                "base_discount_amount >= 0"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order WHERE coupon_code IS NULL AND "
                "base_discount_amount <> 0"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order o WHERE coupon_code IS NOT NULL AND NOT "
                "EXISTS (SELECT 1 FROM "
                "{p}salesrule_coupon c JOIN {p}salesrule r ON r.rule_id = c.rule_id WHERE c.code = "
                "o.coupon_code)"),
              0);
    EXPECT_GE(n("SELECT COUNT(DISTINCT coupon_code) FROM {p}sales_order WHERE coupon_code IN "
                "('WELCOME10', 'XMAS20', 'FREESHIP')"),
              2);
    EXPECT_EQ(n("SELECT SUM(times_used) FROM {p}salesrule"), withCoupon);
    // Refunds: closed orders are fully refunded, some complete ones partly, each with a credit
    // memo.
    EXPECT_EQ(
        n("SELECT COUNT(*) FROM {p}sales_order WHERE status = 'closed' AND (base_total_refunded IS "
          "NULL OR abs(base_total_refunded - base_grand_total) > 0.005)"),
        0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order WHERE status = 'complete' AND "
                "base_total_refunded > 0 AND base_total_refunded < base_grand_total"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order o WHERE base_total_refunded > 0 AND NOT "
                "EXISTS (SELECT 1 FROM "
                "{p}sales_creditmemo m WHERE m.order_id = o.entity_id AND abs(m.base_grand_total - "
                "o.base_total_refunded) < 0.005)"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_creditmemo"),
              n("SELECT COUNT(*) FROM {p}sales_order WHERE base_total_refunded > 0"));
    // Shipping methods; virtual orders have none and no shipping address.
    EXPECT_EQ(
        n("SELECT COUNT(DISTINCT shipping_method) FROM {p}sales_order WHERE shipping_method IN "
          "('flatrate_flatrate', 'freeshipping_freeshipping', 'tablerate_bestway', 'ups_GND')"),
        4);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order WHERE (shipping_method IS NULL) <> "
                "(is_virtual = 1)"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order WHERE is_virtual = 1"), 0);
}

TEST_P(DemoStore, PaymentsAddressesAndItems)
{
    REQUIRE_STORE();
    const double orders = n("SELECT COUNT(*) FROM {p}sales_order");
    EXPECT_EQ(n("SELECT COUNT(DISTINCT parent_id) FROM {p}sales_order_payment"), orders);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order_payment"), orders);
    EXPECT_EQ(
        n("SELECT COUNT(DISTINCT method) FROM {p}sales_order_payment WHERE method IN "
          "('checkmo', 'banktransfer', 'paypal_express', 'braintree', 'cashondelivery', 'free')"),
        6);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order_address WHERE address_type = 'billing'"),
              orders);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order_address WHERE address_type = 'shipping'"),
              n("SELECT COUNT(*) FROM {p}sales_order WHERE is_virtual = 0"));
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order o JOIN {p}sales_order_address a ON "
                "a.entity_id = o.billing_address_id "
                "WHERE a.parent_id <> o.entity_id OR a.address_type <> 'billing'"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order_address b JOIN {p}sales_order_address s ON "
                "s.parent_id = b.parent_id "
                "WHERE b.address_type = 'billing' AND s.address_type = 'shipping' AND b.country_id "
                "<> s.country_id"),
              0);
    // Items: 1-5 per order (more for VIPs), configurable parents with their simple child.
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order o WHERE NOT EXISTS (SELECT 1 FROM "
                "{p}sales_order_item i WHERE i.order_id = o.entity_id)"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order_item c JOIN {p}sales_order_item p ON "
                "p.item_id = c.parent_item_id "
                "WHERE p.product_type = 'configurable' AND c.product_type = 'simple' AND "
                "c.order_id = p.order_id AND c.sku = p.sku"),
              0);
    EXPECT_EQ(
        n("SELECT COUNT(*) FROM {p}sales_order_item WHERE parent_item_id IS NULL AND product_type "
          "= 'configurable' AND item_id NOT IN "
          "(SELECT parent_item_id FROM {p}sales_order_item WHERE parent_item_id IS NOT NULL)"),
        0);
    // Products deleted since (no catalog row) and renamed since (the item keeps the old name).
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order_item i WHERE NOT EXISTS (SELECT 1 FROM "
                "{p}catalog_product_entity p WHERE p.entity_id = i.product_id)"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order_item i JOIN {p}catalog_product_entity_varchar "
                "v ON v.entity_id = i.product_id "
                "AND v.store_id = 0 JOIN {p}eav_attribute a ON a.attribute_id = v.attribute_id AND "
                "a.attribute_code = 'name' "
                "AND a.entity_type_id = 4 WHERE i.product_type = 'simple' AND i.parent_item_id IS "
                "NULL AND i.name <> v.value"),
              0);
    // Converted quotes behind some orders.
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order o JOIN {p}quote q ON q.entity_id = o.quote_id "
                "WHERE q.is_active = 0 AND q.reserved_order_id = o.increment_id"),
              0);
    EXPECT_EQ(
        n("SELECT COUNT(*) FROM {p}sales_order o LEFT JOIN {p}quote q ON q.entity_id = o.quote_id "
          "WHERE o.quote_id IS NOT NULL AND (q.entity_id IS NULL OR q.is_active <> 0)"),
        0);
}

TEST_P(DemoStore, Guests)
{
    REQUIRE_STORE();
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order WHERE customer_id IS NULL AND "
                "customer_is_guest = 1 AND customer_group_id <> 0"),
              0);
    const double guests = n("SELECT COUNT(DISTINCT lower(customer_email)) FROM {p}sales_order "
                            "WHERE customer_id IS NULL");
    EXPECT_GT(guests, kCustomers * 0.12);
    EXPECT_LT(guests, kCustomers * 0.25);
    // The same guest with differently cased e-mails.
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}sales_order WHERE customer_id IS NULL AND customer_email "
                "IN ('Guest.Person@Example.com', 'guest.person@example.com')"),
              2);
    EXPECT_GT(n("SELECT COUNT(*) FROM (SELECT lower(customer_email) FROM {p}sales_order WHERE "
                "customer_id IS NULL GROUP BY 1 HAVING COUNT(DISTINCT customer_email) > 1) d"),
              1);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order_address a JOIN {p}sales_order o ON "
                "o.entity_id = a.parent_id WHERE o.customer_id IS NULL"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order_item i JOIN {p}sales_order o ON o.entity_id = "
                "i.order_id WHERE o.customer_id IS NULL"),
              0);
    // Guest orders with a registered customer's e-mail: same website (differently cased) and
    // another website.
    EXPECT_GE(n("SELECT COUNT(*) FROM {p}sales_order o JOIN {p}store s ON s.store_id = o.store_id "
                "JOIN {p}customer_entity c "
                "ON lower(c.email) = lower(o.customer_email) AND c.website_id = s.website_id "
                "WHERE o.customer_id IS NULL AND c.email <> o.customer_email"),
              2);
    EXPECT_GE(
        n("SELECT COUNT(*) FROM {p}sales_order o JOIN {p}store s ON s.store_id = o.store_id JOIN "
          "{p}customer_entity c "
          "ON lower(c.email) = lower(o.customer_email) AND c.website_id <> s.website_id "
          "WHERE o.customer_id IS NULL AND NOT EXISTS (SELECT 1 FROM {p}customer_entity c2 WHERE "
          "lower(c2.email) = lower(o.customer_email) AND c2.website_id = s.website_id)"),
        1);
    // An order of an account deleted since: customer_id NULL, not flagged as a guest.
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}sales_order WHERE customer_id IS NULL AND "
                "customer_is_guest = 0"),
              0);
}

TEST_P(DemoStore, Carts)
{
    REQUIRE_STORE();
    const double withCart = n("SELECT COUNT(DISTINCT customer_id) FROM {p}quote WHERE is_active = "
                              "1 AND items_count > 0 AND customer_id IS NOT NULL");
    EXPECT_GT(withCart, kCustomers * 0.12);
    EXPECT_LT(withCart, kCustomers * 0.3);
    EXPECT_GT(
        n("SELECT COUNT(*) FROM (SELECT customer_id FROM {p}quote WHERE is_active = 1 AND "
          "items_count > 0 AND customer_id IS NOT NULL "
          "GROUP BY customer_id HAVING COUNT(*) >= 2 AND COUNT(DISTINCT updated_at) = COUNT(*)) d"),
        0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}quote WHERE is_active = 1 AND items_count = 0 AND "
                "customer_id IS NOT NULL"),
              0);
    // An empty active cart more recent than the customer's cart with items (the engine must skip
    // it).
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}quote e JOIN {p}quote f ON f.customer_id = e.customer_id "
                "WHERE e.is_active = 1 AND "
                "e.items_count = 0 AND f.is_active = 1 AND f.items_count > 0 AND e.updated_at > "
                "f.updated_at"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}quote WHERE is_active = 1 AND items_count > 0 AND "
                "customer_id IS NULL"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}quote WHERE is_active = 1 AND coupon_code IS NOT NULL"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}quote WHERE is_active = 1 AND updated_at >= '2026-10-29'"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}quote WHERE updated_at >= '" + kAnchor +
                "' OR updated_at < created_at"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}quote q WHERE items_count <> (SELECT COUNT(*) FROM "
                "{p}quote_item i WHERE i.quote_id = q.entity_id AND i.parent_item_id IS NULL)"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}quote q WHERE abs(subtotal - (SELECT "
                "COALESCE(SUM(row_total), 0) FROM {p}quote_item i WHERE i.quote_id = q.entity_id "
                "AND i.parent_item_id IS NULL)) > 0.005"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}quote WHERE subtotal_with_discount > subtotal OR "
                "abs(grand_total - base_grand_total) > 0.005"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}quote_item c JOIN {p}quote_item p ON p.item_id = "
                "c.parent_item_id JOIN {p}quote q ON q.entity_id = p.quote_id "
                "WHERE p.product_type = 'configurable' AND q.is_active = 1"),
              0);
}

TEST_P(DemoStore, WishlistsAndViewedProducts)
{
    REQUIRE_STORE();
    const double wishlists = n("SELECT COUNT(*) FROM {p}wishlist");
    EXPECT_GT(wishlists, kCustomers * 0.08);
    EXPECT_LT(wishlists, kCustomers * 0.25);
    EXPECT_EQ(n("SELECT COUNT(DISTINCT customer_id) FROM {p}wishlist"), wishlists);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}wishlist w WHERE NOT EXISTS (SELECT 1 FROM "
                "{p}wishlist_item i WHERE i.wishlist_id = w.wishlist_id)"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}wishlist_item WHERE added_at IS NULL OR qty <= 0 OR "
                "added_at >= '" +
                kAnchor + "'"),
              0);
    const double viewers = n("SELECT COUNT(DISTINCT customer_id) FROM "
                             "{p}report_viewed_product_index WHERE customer_id IS NOT NULL");
    EXPECT_GT(viewers, kCustomers * 0.2);
    EXPECT_LT(viewers, kCustomers * 0.4);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}report_viewed_product_index WHERE customer_id IS NULL AND "
                "visitor_id IS NOT NULL"),
              0);
    EXPECT_GT(
        n("SELECT COUNT(*) FROM {p}report_viewed_product_index WHERE added_at >= '2026-10-01'"), 0);
}

TEST_P(DemoStore, Newsletter)
{
    REQUIRE_STORE();
    for (int status = 1; status <= 4; ++status)
        EXPECT_GT(n(QStringLiteral("SELECT COUNT(*) FROM {p}newsletter_subscriber WHERE "
                                   "customer_id > 0 AND subscriber_status = %1")
                        .arg(status)),
                  0)
            << status;
    const double subscribed =
        n("SELECT COUNT(DISTINCT customer_id) FROM {p}newsletter_subscriber WHERE customer_id > 0");
    EXPECT_GT(subscribed, kCustomers * 0.3);
    EXPECT_LT(subscribed, kCustomers * 0.55);
    EXPECT_GT(n("SELECT COUNT(*) FROM (SELECT customer_id FROM {p}newsletter_subscriber WHERE "
                "customer_id > 0 GROUP BY customer_id "
                "HAVING COUNT(DISTINCT store_id) = 2 AND COUNT(DISTINCT subscriber_status) = 2) d"),
              0);
    // Guest subscribers: e-mails of guests (differently cased) and of people who never ordered.
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}newsletter_subscriber WHERE customer_id = 0 AND "
                "subscriber_email = 'GUEST.PERSON@EXAMPLE.COM'"),
              1);
    EXPECT_GT(
        n("SELECT COUNT(*) FROM {p}newsletter_subscriber s WHERE customer_id = 0 AND EXISTS "
          "(SELECT 1 FROM {p}sales_order o "
          "WHERE o.customer_id IS NULL AND lower(o.customer_email) = lower(s.subscriber_email))"),
        1);
    EXPECT_GT(n("SELECT COUNT(*) FROM {p}newsletter_subscriber s WHERE customer_id = 0 AND NOT "
                "EXISTS (SELECT 1 FROM {p}sales_order o "
                "WHERE lower(o.customer_email) = lower(s.subscriber_email))"),
              0);
}

TEST_P(DemoStore, Catalog)
{
    REQUIRE_STORE();
    const double categories = n("SELECT COUNT(*) FROM {p}catalog_category_entity");
    EXPECT_GE(categories, 35);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}catalog_category_entity WHERE entity_id IN (1, 2) AND "
                "level = entity_id - 1"),
              2);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}catalog_category_entity WHERE level >= 2 AND path NOT "
                "LIKE '1/2/%'"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}catalog_category_entity c JOIN {p}catalog_category_entity "
                "p ON p.entity_id = c.parent_id "
                "WHERE c.path <> p.path || '/' || c.entity_id OR c.level <> p.level + 1"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}catalog_category_entity_varchar WHERE store_id = 0"),
              categories);
    EXPECT_EQ(
        n("SELECT COUNT(*) FROM {p}catalog_category_entity_varchar WHERE store_id = 0 AND value IN "
          "('Home & Kitchen', 'Christmas', 'Bags', 'Candles & Lights', 'Garden', 'Party', "
          "'Stationery', 'Gifts')"),
        8);
    const double products = n("SELECT COUNT(*) FROM {p}catalog_product_entity");
    EXPECT_GT(products, 700);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}catalog_product_entity_varchar WHERE store_id = 0"),
              products);
    EXPECT_GE(n("SELECT COUNT(*) FROM {p}catalog_product_entity WHERE type_id = 'configurable'"),
              25);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}catalog_product_entity p WHERE NOT EXISTS (SELECT 1 FROM "
                "{p}catalog_category_product c WHERE c.product_id = p.entity_id)"),
              0);
    EXPECT_GT(n("SELECT COUNT(*) FROM (SELECT product_id FROM {p}catalog_category_product GROUP BY "
                "product_id HAVING COUNT(*) = 2) d"),
              0);
    EXPECT_EQ(n("SELECT COUNT(*) FROM {p}catalog_product_entity WHERE sku = '85123A'"),
              1); // WHITE HANGING HEART T-LIGHT HOLDER
}

INSTANTIATE_TEST_SUITE_P(Prefixes, DemoStore, ::testing::Values("", "mg_"),
                         [](const ::testing::TestParamInfo<const char *> &info) {
                             return std::string(*info.param ? "Prefix" : "NoPrefix");
                         });

} // namespace

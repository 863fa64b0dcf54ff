#include "demo/demostoregenerator.h"

#include "demo/bulkinserter.h"
#include "demo/demodata.h"
#include "demo/population.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace seg {

using namespace demo;

namespace {

constexpr qint64 Day = 86400;

std::vector<QByteArray> cols(std::initializer_list<const char *> names)
{
    std::vector<QByteArray> out;
    for (const char *n : names)
        out.emplace_back(n);
    return out;
}

Error cancelled()
{
    return Error{{}, QStringLiteral("cancelled"), ErrorCode::Cancelled};
}

// Tables with an identity/auto-increment id the generator fills with explicit ids.
const char *const kIdentityColumns[][2] = {
    {"store_website", "website_id"},
    {"store_group", "group_id"},
    {"store", "store_id"},
    {"eav_entity_type", "entity_type_id"},
    {"eav_attribute", "attribute_id"},
    {"eav_attribute_option", "option_id"},
    {"eav_attribute_option_value", "value_id"},
    {"customer_group", "customer_group_id"},
    {"customer_entity", "entity_id"},
    {"customer_entity_int", "value_id"},
    {"customer_entity_varchar", "value_id"},
    {"customer_address_entity", "entity_id"},
    {"customer_log", "log_id"},
    {"newsletter_subscriber", "subscriber_id"},
    {"catalog_product_entity", "entity_id"},
    {"catalog_product_entity_varchar", "value_id"},
    {"catalog_category_entity", "entity_id"},
    {"catalog_category_entity_varchar", "value_id"},
    {"catalog_category_product", "entity_id"},
    {"salesrule", "rule_id"},
    {"salesrule_coupon", "coupon_id"},
    {"sales_order", "entity_id"},
    {"sales_order_address", "entity_id"},
    {"sales_order_item", "item_id"},
    {"sales_order_payment", "entity_id"},
    {"sales_creditmemo", "entity_id"},
    {"quote", "entity_id"},
    {"quote_item", "item_id"},
    {"wishlist", "wishlist_id"},
    {"wishlist_item", "wishlist_item_id"},
    {"report_viewed_product_index", "index_id"},
};

struct Attribute
{
    int id;
    int entityType;
    const char *code;
    const char *backendType;
    const char *input;
    const char *label;
    const char *backendModel;
    const char *sourceModel;
    int required;
    int userDefined;
    int visible;
    int sortOrder;
};

// Customer (1) and address (2) attributes of a default install (static = a column of the entity
// table), the catalog names, and the custom customer attributes loyalty_score and loyalty_tier.
const Attribute kAttributes[] = {
    {1, 1, "website_id", "static", "select", "Associate to Website",
     "Magento\\Customer\\Model\\Customer\\Attribute\\Backend\\Website",
     "Magento\\Customer\\Model\\Customer\\Attribute\\Source\\Website", 1, 0, 1, 10},
    {2, 1, "store_id", "static", "select", "Create In",
     "Magento\\Customer\\Model\\Customer\\Attribute\\Backend\\Store",
     "Magento\\Customer\\Model\\Customer\\Attribute\\Source\\Store", 1, 0, 0, 20},
    {3, 1, "created_in", "static", "text", "Created From", nullptr, nullptr, 0, 0, 0, 20},
    {4, 1, "prefix", "static", "text", "Name Prefix", nullptr, nullptr, 0, 0, 0, 30},
    {5, 1, "firstname", "static", "text", "First Name", nullptr, nullptr, 1, 0, 1, 40},
    {6, 1, "middlename", "static", "text", "Middle Name/Initial", nullptr, nullptr, 0, 0, 0, 50},
    {7, 1, "lastname", "static", "text", "Last Name", nullptr, nullptr, 1, 0, 1, 60},
    {8, 1, "suffix", "static", "text", "Name Suffix", nullptr, nullptr, 0, 0, 0, 70},
    {9, 1, "email", "static", "text", "Email", nullptr, nullptr, 1, 0, 1, 80},
    {10, 1, "group_id", "static", "select", "Group", nullptr,
     "Magento\\Customer\\Model\\Customer\\Attribute\\Source\\Group", 1, 0, 1, 25},
    {11, 1, "dob", "static", "date", "Date of Birth",
     "Magento\\Eav\\Model\\Entity\\Attribute\\Backend\\Datetime", nullptr, 0, 0, 0, 90},
    {12, 1, "password_hash", "static", "hidden", nullptr,
     "Magento\\Customer\\Model\\Customer\\Attribute\\Backend\\Password", nullptr, 0, 0, 0, 81},
    {13, 1, "rp_token", "static", "hidden", nullptr, nullptr, nullptr, 0, 0, 0, 115},
    {14, 1, "rp_token_created_at", "static", "date", nullptr, nullptr, nullptr, 0, 0, 0, 120},
    {15, 1, "default_billing", "static", "text", "Default Billing Address",
     "Magento\\Customer\\Model\\Customer\\Attribute\\Backend\\Billing", nullptr, 0, 0, 0, 82},
    {16, 1, "default_shipping", "static", "text", "Default Shipping Address",
     "Magento\\Customer\\Model\\Customer\\Attribute\\Backend\\Shipping", nullptr, 0, 0, 0, 83},
    {17, 1, "taxvat", "static", "text", "Tax/VAT Number", nullptr, nullptr, 0, 0, 0, 100},
    {18, 1, "confirmation", "static", "text", "Is Confirmed", nullptr, nullptr, 0, 0, 0, 85},
    {19, 1, "created_at", "static", "date", "Created At", nullptr, nullptr, 0, 0, 0, 86},
    {20, 1, "gender", "static", "select", "Gender", nullptr,
     "Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table", 0, 0, 0, 110},
    {21, 1, "disable_auto_group_change", "static", "boolean",
     "Disable Automatic Group Change Based on VAT ID",
     "Magento\\Customer\\Model\\Attribute\\Backend\\Data\\Boolean", nullptr, 0, 0, 0, 28},
    {22, 1, "updated_at", "static", "date", "Updated At", nullptr, nullptr, 0, 0, 0, 87},
    {23, 1, "failures_num", "static", "hidden", "Failures Number", nullptr, nullptr, 0, 0, 0, 88},
    {24, 1, "first_failure", "static", "date", "First Failure Date", nullptr, nullptr, 0, 0, 0, 89},
    {25, 1, "lock_expires", "static", "date", "Failures Number", nullptr, nullptr, 0, 0, 0, 91},
    {26, 2, "prefix", "static", "text", "Name Prefix", nullptr, nullptr, 0, 0, 0, 10},
    {27, 2, "firstname", "static", "text", "First Name", nullptr, nullptr, 1, 0, 1, 20},
    {28, 2, "middlename", "static", "text", "Middle Name/Initial", nullptr, nullptr, 0, 0, 0, 30},
    {29, 2, "lastname", "static", "text", "Last Name", nullptr, nullptr, 1, 0, 1, 40},
    {30, 2, "suffix", "static", "text", "Name Suffix", nullptr, nullptr, 0, 0, 0, 50},
    {31, 2, "company", "static", "text", "Company", nullptr, nullptr, 0, 0, 1, 60},
    {32, 2, "street", "static", "multiline", "Street Address",
     "Magento\\Eav\\Model\\Entity\\Attribute\\Backend\\DefaultBackend", nullptr, 1, 0, 1, 70},
    {33, 2, "city", "static", "text", "City", nullptr, nullptr, 1, 0, 1, 80},
    {34, 2, "country_id", "static", "select", "Country", nullptr,
     "Magento\\Customer\\Model\\ResourceModel\\Address\\Attribute\\Source\\Country", 1, 0, 1, 90},
    {35, 2, "region", "static", "text", "State/Province",
     "Magento\\Customer\\Model\\ResourceModel\\Address\\Attribute\\Backend\\Region", nullptr, 0, 0,
     1, 100},
    {36, 2, "region_id", "static", "hidden", "State/Province", nullptr,
     "Magento\\Customer\\Model\\ResourceModel\\Address\\Attribute\\Source\\Region", 0, 0, 1, 100},
    {37, 2, "postcode", "static", "text", "Zip/Postal Code", nullptr, nullptr, 0, 0, 1, 110},
    {38, 2, "telephone", "static", "text", "Phone Number", nullptr, nullptr, 1, 0, 1, 120},
    {39, 2, "fax", "static", "text", "Fax", nullptr, nullptr, 0, 0, 0, 130},
    {40, 2, "vat_id", "static", "text", "VAT Number", nullptr, nullptr, 0, 0, 1, 140},
    {41, 2, "vat_is_valid", "static", "text", "VAT number validity", nullptr, nullptr, 0, 0, 0, 0},
    {42, 2, "vat_request_id", "static", "text", "VAT number validation request ID", nullptr,
     nullptr, 0, 0, 0, 0},
    {43, 2, "vat_request_date", "static", "text", "VAT number validation request date", nullptr,
     nullptr, 0, 0, 0, 0},
    {44, 2, "vat_request_success", "static", "text", "VAT number validation request success",
     nullptr, nullptr, 0, 0, 0, 0},
    {ids::AttrCategoryName, 3, "name", "varchar", "text", "Name", nullptr, nullptr, 1, 0, 1, 0},
    {ids::AttrProductName, 4, "name", "varchar", "text", "Product Name", nullptr, nullptr, 1, 0, 1,
     0},
    {ids::AttrLoyaltyScore, 1, "loyalty_score", "int", "text", "Loyalty Score", nullptr, nullptr, 0,
     1, 1, 200},
    {ids::AttrLoyaltyTier, 1, "loyalty_tier", "varchar", "text", "Loyalty Tier", nullptr, nullptr,
     0, 1, 1, 210},
};

class FixedRows
{
public:
    FixedRows(const QString &prefix, const DemoData &data, const QDate &anchor)
        : m_prefix(prefix), m_data(data)
    {
        m_anchor = daysFromCivil(anchor.year(), anchor.month(), anchor.day()) * Day;
    }

    // Stores, customer groups, EAV metadata, order statuses and the catalog.
    Status writeBefore(BulkWriter &writer)
    {
        TableBuffer website(
            table("store_website"),
            cols({"website_id", "code", "name", "sort_order", "default_group_id", "is_default"}));
        website.i(0).s("admin").s("Admin").i(0).i(0).i(0).endRow();
        website.i(1).s("base").s("Main Website").i(0).i(1).i(1).endRow();
        website.i(2).s("eu").s("EU Website").i(1).i(2).i(0).endRow();
        TableBuffer group(table("store_group"),
                          cols({"group_id", "website_id", "name", "root_category_id",
                                "default_store_id", "code"}));
        group.i(0).i(0).s("Default").i(0).i(0).s("default").endRow();
        group.i(1).i(1).s("Main Website Store").i(2).i(1).s("main_website_store").endRow();
        group.i(2).i(2).s("EU Store").i(2).i(3).s("eu_store").endRow();
        TableBuffer store(table("store"), cols({"store_id", "code", "website_id", "group_id",
                                                "name", "sort_order", "is_active"}));
        for (int id = 0; id <= 4; ++id) {
            const StoreView &v = storeView(id);
            store.i(id)
                .s(v.code)
                .i(v.website)
                .i(v.website)
                .s(v.name)
                .i(id == 2 || id == 4 ? 1 : 0)
                .i(1)
                .endRow();
        }
        TableBuffer customerGroup(
            table("customer_group"),
            cols({"customer_group_id", "customer_group_code", "tax_class_id"}));
        customerGroup.i(0).s("NOT LOGGED IN").i(3).endRow();
        customerGroup.i(1).s("General").i(3).endRow();
        customerGroup.i(2).s("Wholesale").i(3).endRow();
        customerGroup.i(3).s("Retailer").i(3).endRow();

        TableBuffer entityType(
            table("eav_entity_type"),
            cols({"entity_type_id", "entity_type_code", "entity_model", "attribute_model",
                  "entity_table", "is_data_sharing", "data_sharing_key", "default_attribute_set_id",
                  "increment_model", "increment_per_store", "increment_pad_length",
                  "increment_pad_char", "additional_attribute_table",
                  "entity_attribute_collection"}));
        struct Type
        {
            int id;
            const char *code, *model, *attributeModel, *table, *incrementModel;
            int perStore;
            const char *additional, *collection;
        };
        static const Type types[] = {
            {1, "customer", "Magento\\Customer\\Model\\ResourceModel\\Customer",
             "Magento\\Customer\\Model\\Attribute", "customer_entity",
             "Magento\\Eav\\Model\\Entity\\Increment\\NumericValue", 0, "customer_eav_attribute",
             "Magento\\Customer\\Model\\ResourceModel\\Attribute\\Collection"},
            {2, "customer_address", "Magento\\Customer\\Model\\ResourceModel\\Address",
             "Magento\\Customer\\Model\\Attribute", "customer_address_entity", nullptr, 0,
             "customer_eav_attribute",
             "Magento\\Customer\\Model\\ResourceModel\\Address\\Attribute\\Collection"},
            {3, "catalog_category", "Magento\\Catalog\\Model\\ResourceModel\\Category",
             "Magento\\Catalog\\Model\\ResourceModel\\Eav\\Attribute", "catalog_category_entity",
             nullptr, 0, "catalog_eav_attribute",
             "Magento\\Catalog\\Model\\ResourceModel\\Category\\Attribute\\Collection"},
            {4, "catalog_product", "Magento\\Catalog\\Model\\ResourceModel\\Product",
             "Magento\\Catalog\\Model\\ResourceModel\\Eav\\Attribute", "catalog_product_entity",
             nullptr, 0, "catalog_eav_attribute",
             "Magento\\Catalog\\Model\\ResourceModel\\Product\\Attribute\\Collection"},
            {5, "order", "Magento\\Sales\\Model\\ResourceModel\\Order", nullptr, "sales_order",
             "Magento\\Eav\\Model\\Entity\\Increment\\NumericValue", 1, nullptr, nullptr},
            {6, "invoice", "Magento\\Sales\\Model\\ResourceModel\\Order", nullptr, "sales_invoice",
             "Magento\\Eav\\Model\\Entity\\Increment\\NumericValue", 1, nullptr, nullptr},
            {7, "creditmemo", "Magento\\Sales\\Model\\ResourceModel\\Order\\Creditmemo", nullptr,
             "sales_creditmemo", "Magento\\Eav\\Model\\Entity\\Increment\\NumericValue", 1, nullptr,
             nullptr},
            {8, "shipment", "Magento\\Sales\\Model\\ResourceModel\\Order\\Shipment", nullptr,
             "sales_shipment", "Magento\\Eav\\Model\\Entity\\Increment\\NumericValue", 1, nullptr,
             nullptr},
        };
        const auto text = [](TableBuffer &b, const char *v) -> TableBuffer & {
            return v ? b.s(std::string_view(v)) : b.null();
        };
        for (const Type &t : types) {
            entityType.i(t.id).s(t.code).s(t.model);
            text(entityType, t.attributeModel).s(t.table).i(1).s("default").i(t.id);
            text(entityType, t.incrementModel).i(t.perStore).i(8).s("0");
            text(entityType, t.additional);
            text(entityType, t.collection).endRow();
        }

        TableBuffer attribute(
            table("eav_attribute"),
            cols({"attribute_id", "entity_type_id", "attribute_code", "backend_model",
                  "backend_type", "frontend_input", "frontend_label", "source_model", "is_required",
                  "is_user_defined", "is_unique"}));
        TableBuffer customerAttribute(
            table("customer_eav_attribute"),
            cols({"attribute_id", "is_visible", "input_filter", "multiline_count", "validate_rules",
                  "is_system", "sort_order", "is_used_in_grid", "is_visible_in_grid",
                  "is_filterable_in_grid", "is_searchable_in_grid"}));
        for (const Attribute &a : kAttributes) {
            attribute.i(a.id).i(a.entityType).s(a.code);
            text(attribute, a.backendModel).s(a.backendType).s(a.input);
            text(attribute, a.label);
            text(attribute, a.sourceModel)
                .i(a.required)
                .i(a.userDefined)
                .i(qstrcmp(a.code, "email") == 0 ? 1 : 0)
                .endRow();
            if (a.entityType <= 2) {
                const bool custom = a.userDefined != 0;
                customerAttribute.i(a.id).i(a.visible).null().i(qstrcmp(a.code, "street") == 0 ? 2
                                                                                               : 1);
                if (a.id == ids::AttrLoyaltyScore)
                    customerAttribute.s("{\"input_validation\":\"numeric\",\"min_text_length\":0,"
                                        "\"max_text_length\":4}");
                else
                    customerAttribute.null();
                customerAttribute.i(custom ? 0 : 1)
                    .i(a.sortOrder)
                    .i(custom ? 1 : 0)
                    .i(custom ? 1 : 0)
                    .i(custom ? 1 : 0)
                    .i(0)
                    .endRow();
            }
        }
        TableBuffer option(table("eav_attribute_option"),
                           cols({"option_id", "attribute_id", "sort_order"}));
        TableBuffer optionValue(table("eav_attribute_option_value"),
                                cols({"value_id", "option_id", "store_id", "value"}));
        static const char *const genders[] = {"Male", "Female", "Not Specified"};
        for (int k = 0; k < 3; ++k) {
            option.i(k + 1).i(ids::AttrGender).i(k).endRow();
            optionValue.i(k + 1).i(k + 1).i(0).s(genders[k]).endRow();
        }

        TableBuffer status(table("sales_order_status"), cols({"status", "label"}));
        TableBuffer statusState(table("sales_order_status_state"),
                                cols({"status", "state", "is_default", "visible_on_front"}));
        struct StatusRow
        {
            const char *status, *label, *state;
            int isDefault, visible;
        };
        static const StatusRow statuses[] = {
            {"canceled", "Canceled", "canceled", 1, 1},
            {"closed", "Closed", "closed", 1, 1},
            {"complete", "Complete", "complete", 1, 1},
            {"fraud", "Suspected Fraud", "processing", 0, 1},
            {"holded", "On Hold", "holded", 1, 1},
            {"payment_review", "Payment Review", "payment_review", 1, 1},
            {"pending", "Pending", "new", 1, 1},
            {"pending_payment", "Pending Payment", "pending_payment", 1, 0},
            {"processing", "Processing", "processing", 1, 1},
        };
        for (const StatusRow &s : statuses) {
            status.s(s.status).s(s.label).endRow();
            statusState.s(s.status).s(s.state).i(s.isDefault).i(s.visible).endRow();
        }
        // Magento also maps "fraud" to the payment_review state.
        statusState.s("fraud").s("payment_review").i(0).i(1).endRow();

        // Catalog.
        TableBuffer category(table("catalog_category_entity"),
                             cols({"entity_id", "attribute_set_id", "parent_id", "created_at",
                                   "updated_at", "path", "position", "level", "children_count"}));
        TableBuffer categoryName(
            table("catalog_category_entity_varchar"),
            cols({"value_id", "attribute_id", "store_id", "entity_id", "value"}));
        const qint64 catalogCreated = m_anchor - 4 * 365 * Day + 9 * 3600;
        qint64 valueId = 0;
        for (const Category &c : m_data.categories) {
            category.i(c.id)
                .i(3)
                .i(c.parentId)
                .ts(catalogCreated)
                .ts(catalogCreated + c.id * 3600)
                .s(c.path);
            category.i(c.position).i(c.level).i(c.childrenCount).endRow();
            categoryName.i(++valueId).i(ids::AttrCategoryName).i(0).i(c.id).s(c.name).endRow();
        }
        // A few store-view translations of top-level category names (store 0 stays the default).
        struct Translation
        {
            const char *name;
            int store;
            const char *value;
        };
        static const Translation translations[] = {
            {"Christmas", ids::StoreFrench, "Noël"}, {"Christmas", ids::StoreGerman, "Weihnachten"},
            {"Garden", ids::StoreFrench, "Jardin"},  {"Garden", ids::StoreGerman, "Garten"},
            {"Bags", ids::StoreFrench, "Sacs"},      {"Bags", ids::StoreGerman, "Taschen"},
        };
        for (const Translation &tr : translations)
            for (const Category &c : m_data.categories)
                if (c.level == 2 && c.name == QString::fromUtf8(tr.name))
                    categoryName.i(++valueId)
                        .i(ids::AttrCategoryName)
                        .i(tr.store)
                        .i(c.id)
                        .s(tr.value)
                        .endRow();

        TableBuffer product(table("catalog_product_entity"),
                            cols({"entity_id", "attribute_set_id", "type_id", "sku", "has_options",
                                  "required_options", "created_at", "updated_at"}));
        TableBuffer productName(
            table("catalog_product_entity_varchar"),
            cols({"value_id", "attribute_id", "store_id", "entity_id", "value"}));
        TableBuffer categoryProduct(table("catalog_category_product"),
                                    cols({"entity_id", "category_id", "product_id", "position"}));
        qint64 linkId = 0;
        valueId = 0;
        for (const Product &p : m_data.products) {
            if (p.type == ProductType::Deleted) continue;
            const bool configurable = p.type == ProductType::Configurable;
            const qint64 created = catalogCreated + 86400 + p.rank * 7200;
            product.i(p.id).i(4).s(configurable                     ? "configurable"
                                   : p.type == ProductType::Virtual ? "virtual"
                                                                    : "simple");
            product.s(p.sku)
                .i(configurable ? 1 : 0)
                .i(configurable ? 1 : 0)
                .ts(created)
                .ts(created + (p.rank % 97) * Day)
                .endRow();
            productName.i(++valueId).i(ids::AttrProductName).i(0).i(p.id).s(p.name).endRow();
            int position = 0;
            for (int categoryId : p.categoryIds)
                categoryProduct.i(++linkId).i(categoryId).i(p.id).i(position++).endRow();
        }

        for (TableBuffer *b : {&website, &group, &store, &customerGroup, &entityType, &attribute,
                               &customerAttribute, &option, &optionValue, &status, &statusState,
                               &category, &categoryName, &product, &productName, &categoryProduct})
            if (auto st = writer.write(*b); !st) return st;
        return success();
    }

    // Cart price rules and their coupons, with the number of orders that used them.
    Status writeAfter(BulkWriter &writer, const std::vector<qint64> &uses)
    {
        TableBuffer rule(table("salesrule"), cols({"rule_id",
                                                   "name",
                                                   "description",
                                                   "from_date",
                                                   "to_date",
                                                   "uses_per_customer",
                                                   "is_active",
                                                   "conditions_serialized",
                                                   "actions_serialized",
                                                   "stop_rules_processing",
                                                   "is_advanced",
                                                   "sort_order",
                                                   "simple_action",
                                                   "discount_amount",
                                                   "discount_qty",
                                                   "discount_step",
                                                   "apply_to_shipping",
                                                   "times_used",
                                                   "is_rss",
                                                   "coupon_type",
                                                   "use_auto_generation",
                                                   "uses_per_coupon",
                                                   "simple_free_shipping"}));
        TableBuffer coupon(
            table("salesrule_coupon"),
            cols({"coupon_id", "rule_id", "code", "usage_limit", "usage_per_customer", "times_used",
                  "expiration_date", "is_primary", "created_at", "type"}));
        static const std::string conditions =
            "{\"type\":\"Magento\\\\SalesRule\\\\Model\\\\Rule\\\\Condition\\\\Combine\","
            "\"attribute\":null,"
            "\"operator\":null,\"value\":\"1\",\"is_value_processed\":null,\"aggregator\":\"all\"}";
        static const std::string actions =
            "{\"type\":"
            "\"Magento\\\\SalesRule\\\\Model\\\\Rule\\\\Condition\\\\Product\\\\Combine\","
            "\"attribute\":null,"
            "\"operator\":null,\"value\":\"1\",\"is_value_processed\":null,\"aggregator\":\"all\"}";
        const qint64 from = m_anchor / Day - 3 * 365 - 30;
        const auto &rules = couponRules();
        for (size_t k = 0; k < rules.size(); ++k) {
            const CouponRule &r = rules[k];
            const qint64 used = k < uses.size() ? uses[k] : 0;
            rule.i(r.ruleId)
                .s(r.name)
                .null()
                .date(from)
                .null()
                .i(r.ruleId == 1 ? 1 : 0)
                .i(1)
                .s(conditions)
                .s(actions);
            rule.i(0).i(1).i(qint64(k)).s(r.fixedCents ? "cart_fixed" : "by_percent");
            rule.money(r.fixedCents ? r.fixedCents : r.percent * 100)
                .null()
                .i(0)
                .i(r.freeShipping ? 1 : 0)
                .i(used);
            rule.i(1).i(2).i(0).i(0).i(r.freeShipping && r.percent == 0 ? 1 : 0).endRow();
            coupon.i(r.ruleId)
                .i(r.ruleId)
                .s(r.code)
                .null()
                .iOrNull(r.ruleId == 1 ? 1 : 0)
                .i(used)
                .null()
                .i(1);
            coupon.ts(from * Day + 10 * 3600).i(0).endRow();
        }
        for (TableBuffer *b : {&rule, &coupon})
            if (auto st = writer.write(*b); !st) return st;
        return success();
    }

private:
    QString table(const char *name) const { return m_prefix + QString::fromLatin1(name); }

    QString m_prefix;
    const DemoData &m_data;
    qint64 m_anchor = 0;
};

Status run(const StoreConnection &connection, const QString &sql)
{
    QSqlQuery q(connection.database());
    if (!q.exec(sql))
        return Error{{},
                     QStringLiteral("%1 failed: %2").arg(sql, q.lastError().text()),
                     ErrorCode::Database};
    return success();
}

// Generates population chunks on a second thread while the calling thread (which owns the
// connection) writes the previous one.
class ChunkPipeline
{
public:
    struct Chunk
    {
        std::unique_ptr<PopulationTables> tables;
        int percent = 0; // of the population, after this chunk
    };

    ChunkPipeline(PopulationGenerator &generator, const QString &prefix)
        : m_generator(generator), m_prefix(prefix)
    {
        m_thread = std::thread([this] { produce(); });
    }
    ~ChunkPipeline() { stop(); }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable()) m_thread.join();
    }

    // The next chunk, or one without tables after the last one.
    Chunk next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty()) return {};
        Chunk chunk = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return chunk;
    }

    void recycle(std::unique_ptr<PopulationTables> tables)
    {
        std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(tables));
    }

private:
    void produce()
    {
        for (;;) {
            std::unique_ptr<PopulationTables> tables;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_ready.size() < 2; });
                if (m_stop) break;
                if (!m_spare.empty()) {
                    tables = std::move(m_spare.back());
                    m_spare.pop_back();
                }
            }
            if (!tables) tables = std::make_unique<PopulationTables>(m_prefix);
            if (!m_generator.nextChunk(*tables)) break;
            const int percent = m_generator.percentDone();
            {
                std::lock_guard lock(m_mutex);
                m_ready.push_back(Chunk{std::move(tables), percent});
            }
            m_changed.notify_all();
        }
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_changed.notify_all();
    }

    PopulationGenerator &m_generator;
    QString m_prefix;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;
    std::vector<std::unique_ptr<PopulationTables>> m_spare;
    bool m_stop = false;
    bool m_finished = false;
};

} // namespace

QDate demoAnchorToday()
{
    return QDateTime::currentDateTimeUtc().date();
}

DemoStoreGenerator::DemoStoreGenerator(DemoOptions options) : m_options(std::move(options)) {}

Status DemoStoreGenerator::generate(const StoreConnection &connection, const QString &tablePrefix,
                                    const std::function<bool(int percent)> &progress)
{
    if (m_options.customers < 0)
        return Error{{},
                     QStringLiteral("the number of customers must not be negative"),
                     ErrorCode::InvalidArgument};
    if (!m_options.anchor.isValid())
        return Error{{},
                     QStringLiteral("the demo store needs an anchor day (its \"today\")"),
                     ErrorCode::InvalidArgument};
    if (m_options.anchor.year() < 1980 || m_options.anchor.year() > 2100)
        return Error{{},
                     QStringLiteral("the anchor date must be a valid date between 1980 and 2100"),
                     ErrorCode::InvalidArgument};
    const auto report = [&progress](int percent) { return !progress || progress(percent); };
    if (!report(0)) return cancelled();

    auto data = DemoData::load();
    if (!data) return data.error();

    {
        // Refuse to fill a store that already has data (the generator writes explicit ids).
        QSqlQuery q(connection.database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1store_website").arg(tablePrefix)))
            return Error{{},
                         QStringLiteral("no Magento tables with the prefix \"%1\": %2")
                             .arg(tablePrefix, q.lastError().text()),
                         ErrorCode::Database};
        if (q.next() && q.value(0).toLongLong() > 0)
            return Error{{},
                         QStringLiteral("the store is not empty (%1store_website has rows)")
                             .arg(tablePrefix),
                         ErrorCode::InvalidArgument};
    }

    switch (connection.dialect()) {
    case Dialect::Sqlite:
        for (const char *pragma : {"PRAGMA synchronous=OFF", "PRAGMA journal_mode=MEMORY",
                                   "PRAGMA cache_size=-262144", "PRAGMA temp_store=MEMORY"})
            if (auto st = run(connection, QString::fromLatin1(pragma)); !st) return st;
        break;
    case Dialect::MySql:
        // Magento's own rows use id 0 (admin website and store, NOT LOGGED IN group).
        if (auto st =
                run(connection, QStringLiteral("SET SESSION sql_mode='NO_AUTO_VALUE_ON_ZERO'"));
            !st)
            return st;
        break;
    case Dialect::PostgreSql:
        break;
    }

    auto writer = BulkWriter::create(connection);
    if (!writer) return writer.error();
    BulkWriter &w = **writer;
    if (auto st = w.begin(); !st) return st;
    const auto fail = [&w](Error error) -> Status {
        w.rollback();
        return error;
    };

    FixedRows fixed(tablePrefix, *data, m_options.anchor);
    if (auto st = fixed.writeBefore(w); !st) return fail(st.error());
    if (!report(1)) return fail(cancelled());

    PopulationGenerator generator(
        *data, PopulationOptions{m_options.customers, m_options.seed, m_options.anchor});
    {
        ChunkPipeline pipeline(generator, tablePrefix);
        int shown = 1;
        for (ChunkPipeline::Chunk chunk = pipeline.next(); chunk.tables; chunk = pipeline.next()) {
            for (TableBuffer *b : chunk.tables->inWriteOrder())
                if (auto st = w.write(*b); !st) {
                    pipeline.stop();
                    return fail(st.error());
                }
            pipeline.recycle(std::move(chunk.tables));
            shown = std::max(shown, 1 + 97 * chunk.percent / 100);
            if (!report(shown)) {
                pipeline.stop();
                return fail(cancelled());
            }
        }
    }
    if (auto st = fixed.writeAfter(w, generator.couponUses()); !st) return fail(st.error());

    if (connection.dialect() == Dialect::PostgreSql) {
        // Explicit ids do not advance identity sequences: move them past the rows written.
        for (const auto &entry : kIdentityColumns) {
            const QString table = tablePrefix + QString::fromLatin1(entry[0]);
            const QString column = QString::fromLatin1(entry[1]);
            QSqlQuery q(connection.database());
            q.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), "
                                     "GREATEST(MAX(%1), 1)) FROM %2 HAVING COUNT(*) > 0")
                          .arg(column, table));
            q.addBindValue(table);
            q.addBindValue(column);
            if (!q.exec())
                return fail(Error{{},
                                  QStringLiteral("resetting the id sequence of %1 failed: %2")
                                      .arg(table, q.lastError().text()),
                                  ErrorCode::Database});
        }
    }
    if (!report(99)) return fail(cancelled());
    if (auto st = w.commit(); !st) return fail(st.error());
    report(100);
    return success();
}

} // namespace seg

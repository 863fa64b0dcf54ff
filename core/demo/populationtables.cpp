// Stores, coupons and the column lists of the population tables (see population.h).

#include "demo/population.h"

#include <algorithm>

namespace seg::demo {

namespace {

std::vector<QByteArray> cols(std::initializer_list<const char *> names)
{
    std::vector<QByteArray> out;
    for (const char *n : names)
        out.emplace_back(n);
    return out;
}

} // namespace

// --- stores and coupons ---------------------------------------------------------------------------

const StoreView &storeView(int storeId)
{
    static const StoreView views[] = {
        {0, 0, "admin", "Admin"},
        {1, 1, "default", "Default Store View"},
        {2, 1, "en_ie", "Ireland (English)"},
        {3, 2, "fr", "Français"},
        {4, 2, "de", "Deutsch"},
    };
    return views[std::clamp(storeId, 0, 4)];
}

const char *storeName(int storeId)
{
    switch (storeId) {
    case 1: return "Main Website\nMain Website Store\nDefault Store View";
    case 2: return "Main Website\nMain Website Store\nIreland (English)";
    case 3: return "EU Website\nEU Store\nFrançais";
    case 4: return "EU Website\nEU Store\nDeutsch";
    default: return "Admin";
    }
}

const std::vector<CouponRule> &couponRules()
{
    static const std::vector<CouponRule> rules = {
        {1, "WELCOME10", "Welcome: 10% off your first order", 10, 0, false},
        {2, "XMAS20", "Christmas: 20% off", 20, 0, false},
        {3, "FREESHIP", "Free shipping", 0, 0, true},
        {4, "SPRING5", "Spring: 5 off orders over 30", 0, 500, false},
        {5, "VIP15", "VIP: 15% off", 15, 0, false},
        {6, "STAFF100", "Staff samples: free order", 100, 0, true},
    };
    return rules;
}

// --- tables ---------------------------------------------------------------------------------------

PopulationTables::PopulationTables(const QString &p)
    : customer(p + QStringLiteral("customer_entity"),
               cols({"entity_id", "website_id", "email", "group_id", "increment_id", "store_id", "created_at",
                     "updated_at", "is_active", "disable_auto_group_change", "created_in", "prefix", "firstname",
                     "middlename", "lastname", "suffix", "dob", "password_hash", "rp_token", "rp_token_created_at",
                     "default_billing", "default_shipping", "taxvat", "confirmation", "gender", "failures_num",
                     "first_failure", "lock_expires", "session_cutoff"})),
      customerInt(p + QStringLiteral("customer_entity_int"), cols({"value_id", "attribute_id", "entity_id", "value"})),
      customerVarchar(p + QStringLiteral("customer_entity_varchar"), cols({"value_id", "attribute_id", "entity_id", "value"})),
      address(p + QStringLiteral("customer_address_entity"),
              cols({"entity_id", "parent_id", "created_at", "updated_at", "is_active", "city", "company", "country_id",
                    "firstname", "lastname", "postcode", "prefix", "region", "region_id", "street", "telephone",
                    "vat_id", "vat_is_valid", "vat_request_date", "vat_request_id", "vat_request_success"})),
      customerLog(p + QStringLiteral("customer_log"), cols({"log_id", "customer_id", "last_login_at", "last_logout_at"})),
      order(p + QStringLiteral("sales_order"),
            cols({"entity_id", "state", "status", "coupon_code", "protect_code", "shipping_description", "is_virtual",
                  "store_id", "customer_id", "base_discount_amount", "base_discount_canceled", "base_discount_invoiced",
                  "base_discount_refunded", "base_grand_total", "base_shipping_amount", "base_shipping_canceled",
                  "base_shipping_invoiced", "base_shipping_refunded", "base_shipping_tax_amount", "base_subtotal",
                  "base_subtotal_canceled", "base_subtotal_invoiced", "base_subtotal_refunded", "base_tax_amount",
                  "base_tax_canceled", "base_tax_invoiced", "base_tax_refunded", "base_to_global_rate",
                  "base_to_order_rate", "base_total_canceled", "base_total_invoiced", "base_total_offline_refunded",
                  "base_total_online_refunded", "base_total_paid", "base_total_qty_ordered", "base_total_refunded",
                  "discount_amount", "discount_canceled", "discount_invoiced", "discount_refunded", "grand_total",
                  "shipping_amount", "shipping_canceled", "shipping_invoiced", "shipping_refunded",
                  "shipping_tax_amount", "store_to_base_rate", "store_to_order_rate", "subtotal", "subtotal_canceled",
                  "subtotal_invoiced", "subtotal_refunded", "tax_amount", "tax_canceled", "tax_invoiced",
                  "tax_refunded", "total_canceled", "total_invoiced", "total_offline_refunded",
                  "total_online_refunded", "total_paid", "total_qty_ordered", "total_refunded", "customer_is_guest",
                  "customer_note_notify", "billing_address_id", "customer_group_id", "email_sent", "send_email",
                  "quote_id", "shipping_address_id", "base_shipping_discount_amount", "base_subtotal_incl_tax",
                  "base_total_due", "shipping_discount_amount", "subtotal_incl_tax", "total_due", "weight",
                  "customer_dob", "increment_id", "applied_rule_ids", "base_currency_code", "customer_email",
                  "customer_firstname", "customer_lastname", "customer_middlename", "customer_prefix",
                  "customer_suffix", "customer_taxvat", "discount_description", "global_currency_code",
                  "hold_before_state", "hold_before_status", "order_currency_code", "remote_ip", "shipping_method",
                  "store_currency_code", "store_name", "created_at", "updated_at", "total_item_count",
                  "customer_gender", "discount_tax_compensation_amount", "base_discount_tax_compensation_amount",
                  "shipping_incl_tax", "base_shipping_incl_tax", "coupon_rule_name", "paypal_ipn_customer_notified"})),
      orderItem(p + QStringLiteral("sales_order_item"),
                cols({"item_id", "order_id", "parent_item_id", "quote_item_id", "store_id", "created_at", "updated_at",
                      "product_id", "product_type", "weight", "is_virtual", "sku", "name", "is_qty_decimal",
                      "no_discount", "qty_canceled", "qty_invoiced", "qty_ordered", "qty_refunded", "qty_shipped",
                      "price", "base_price", "original_price", "base_original_price", "tax_percent", "tax_amount",
                      "base_tax_amount", "tax_invoiced", "base_tax_invoiced", "discount_percent", "discount_amount",
                      "base_discount_amount", "discount_invoiced", "base_discount_invoiced", "amount_refunded",
                      "base_amount_refunded", "row_total", "base_row_total", "row_invoiced", "base_row_invoiced",
                      "row_weight", "price_incl_tax", "base_price_incl_tax", "row_total_incl_tax",
                      "base_row_total_incl_tax", "free_shipping"})),
      orderPayment(p + QStringLiteral("sales_order_payment"),
                   cols({"entity_id", "parent_id", "base_shipping_captured", "shipping_captured", "amount_refunded",
                         "base_amount_paid", "amount_canceled", "base_amount_authorized", "base_amount_refunded",
                         "base_shipping_amount", "shipping_amount", "amount_paid", "amount_authorized",
                         "base_amount_ordered", "amount_ordered", "base_amount_canceled", "method", "cc_type",
                         "cc_last_4", "cc_exp_month", "cc_exp_year", "last_trans_id", "additional_information"})),
      orderAddress(p + QStringLiteral("sales_order_address"),
                   cols({"entity_id", "parent_id", "customer_address_id", "region_id", "customer_id", "region",
                         "postcode", "lastname", "street", "city", "email", "telephone", "country_id", "firstname",
                         "address_type", "company", "vat_id", "vat_is_valid"})),
      creditmemo(p + QStringLiteral("sales_creditmemo"),
                 cols({"entity_id", "store_id", "base_shipping_tax_amount", "store_to_order_rate", "base_discount_amount",
                       "base_to_order_rate", "grand_total", "base_adjustment_negative", "base_subtotal_incl_tax",
                       "shipping_amount", "subtotal_incl_tax", "adjustment_negative", "base_shipping_amount",
                       "store_to_base_rate", "base_to_global_rate", "base_adjustment", "base_subtotal",
                       "discount_amount", "subtotal", "adjustment", "base_grand_total", "base_adjustment_positive",
                       "adjustment_positive", "base_tax_amount", "shipping_tax_amount", "tax_amount", "order_id",
                       "state", "store_currency_code", "order_currency_code", "base_currency_code",
                       "global_currency_code", "increment_id", "created_at", "updated_at"})),
      quote(p + QStringLiteral("quote"),
            cols({"entity_id", "store_id", "created_at", "updated_at", "converted_at", "is_active", "is_virtual",
                  "is_multi_shipping", "items_count", "items_qty", "orig_order_id", "store_to_base_rate",
                  "store_to_quote_rate", "base_currency_code", "store_currency_code", "quote_currency_code",
                  "grand_total", "base_grand_total", "checkout_method", "customer_id", "customer_tax_class_id",
                  "customer_group_id", "customer_email", "customer_prefix", "customer_firstname",
                  "customer_lastname", "customer_dob", "customer_note_notify", "customer_is_guest", "remote_ip",
                  "applied_rule_ids", "reserved_order_id", "coupon_code", "global_currency_code",
                  "base_to_global_rate", "base_to_quote_rate", "customer_gender", "subtotal", "base_subtotal",
                  "subtotal_with_discount", "base_subtotal_with_discount", "is_changed", "trigger_recollect",
                  "is_persistent"})),
      quoteItem(p + QStringLiteral("quote_item"),
                cols({"item_id", "quote_id", "created_at", "updated_at", "product_id", "store_id", "parent_item_id",
                      "is_virtual", "sku", "name", "is_qty_decimal", "no_discount", "weight", "qty", "price",
                      "base_price", "discount_percent", "discount_amount", "base_discount_amount", "tax_percent",
                      "tax_amount", "base_tax_amount", "row_total", "base_row_total", "row_total_with_discount",
                      "row_weight", "product_type", "price_incl_tax", "base_price_incl_tax", "row_total_incl_tax",
                      "base_row_total_incl_tax", "free_shipping"})),
      wishlist(p + QStringLiteral("wishlist"), cols({"wishlist_id", "customer_id", "shared", "sharing_code", "updated_at"})),
      wishlistItem(p + QStringLiteral("wishlist_item"),
                   cols({"wishlist_item_id", "wishlist_id", "product_id", "store_id", "added_at", "description", "qty"})),
      viewed(p + QStringLiteral("report_viewed_product_index"),
             cols({"index_id", "visitor_id", "customer_id", "product_id", "store_id", "added_at"})),
      newsletter(p + QStringLiteral("newsletter_subscriber"),
                 cols({"subscriber_id", "store_id", "change_status_at", "customer_id", "subscriber_email",
                       "subscriber_status", "subscriber_confirm_code"}))
{
}

std::vector<TableBuffer *> PopulationTables::inWriteOrder()
{
    return {&customer, &customerInt, &customerVarchar, &address, &customerLog, &order, &orderItem, &orderPayment,
            &orderAddress, &creditmemo, &quote, &quoteItem, &wishlist, &wishlistItem, &viewed, &newsletter};
}

} // namespace seg::demo

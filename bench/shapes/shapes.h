#pragma once
// The condition shapes of issue #13: one definition per shape, shared by the plan lint
// (tests/engine/plan_lint_test.cpp) and the plan-quality benchmark (bench/shapesbench.cpp).
//
// `hand` is a reference query written from the spec (docs: ../shared/spec/segment-format.md),
// not from the compiler's output. It returns the compiled query's two columns
// (customer_id, guest_key) and must select the same members. Macros, expanded per dialect by
// the benchmark: {GUEST_ORDERS} = a CTE "guest_orders(order_id, guest_key, website_id)"
// (orders without a customer whose folded email no registered customer of the same website
// owns); FOLD(x) = the dialect's case folding of a simple expression x; STR('s') = a string
// literal compared with folded text (bytes on MariaDB, where the collation folds accents);
// SUMMONEY(x) = the sum of x, NULL as 0, rounded to 4 places on SQLite (floating point).
// Times are relative to the benchmark's as-of instant, 2026-11-01 12:00:00 UTC.
#include <vector>

namespace shapes {

struct Shape
{
    const char *name;
    const char *applyTo;    // registered, guests, all
    const char *websites;   // JSON array
    const char *conditions; // children of an ALL/TRUE root
    const char *hand;       // reference query (empty: lint only)
};

inline const std::vector<Shape> &all()
{
    static const std::vector<Shape> shapes = {
        // ---- the shapes issue #13 lists ----
        {"guests_newsletter", "guests", "[]",
         R"({"type":"customer","attribute":"newsletter","operator":"==","value":"subscribed"})",
         "WITH {GUEST_ORDERS}, ns AS (SELECT FOLD(subscriber_email) AS email_key, "
         "subscriber_status, ROW_NUMBER() OVER "
         "(PARTITION BY FOLD(subscriber_email) ORDER BY subscriber_id DESC) AS rn FROM "
         "newsletter_subscriber "
         "WHERE customer_id = 0 AND subscriber_email IS NOT NULL) "
         "SELECT NULL AS customer_id, g.guest_key FROM (SELECT DISTINCT guest_key FROM "
         "guest_orders) g "
         "WHERE g.guest_key IN (SELECT email_key FROM ns WHERE rn = 1 AND subscriber_status = 1)"},
        {"guests_website", "guests", "[1]",
         R"({"type":"orders","metric":"number_of_orders","operator":">=","value":2})",
         "WITH {GUEST_ORDERS} SELECT NULL AS customer_id, guest_key FROM guest_orders GROUP BY "
         "guest_key "
         "HAVING COUNT(*) >= 2 AND MAX(CASE WHEN website_id = 1 THEN 1 ELSE 0 END) = 1"},
        {"category_recent_never_other", "registered", "[]",
         R"({"type":"products","source":"ordered","conditions":[{"type":"product","attribute":"category_id","operator":"in","value":[4]},{"type":"product","attribute":"ordered_at","operator":"within_last_days","value":90}]},
            {"type":"products","source":"ordered","found":false,"conditions":[{"type":"product","attribute":"category_id","operator":"==","value":5}]})",
         "SELECT c.entity_id AS customer_id, NULL AS guest_key FROM customer_entity c "
         "WHERE c.entity_id IN (SELECT o.customer_id FROM sales_order o JOIN sales_order_item i ON "
         "i.order_id = o.entity_id "
         "JOIN catalog_category_product ccp ON ccp.product_id = i.product_id AND ccp.category_id = "
         "4 "
         "WHERE i.parent_item_id IS NULL AND o.created_at >= '2026-08-03 12:00:00' AND "
         "o.created_at <= '2026-11-01 12:00:00') "
         "AND c.entity_id NOT IN (SELECT o.customer_id FROM sales_order o JOIN sales_order_item i "
         "ON i.order_id = o.entity_id "
         "JOIN catalog_category_product ccp ON ccp.product_id = i.product_id AND ccp.category_id = "
         "5 "
         "WHERE i.parent_item_id IS NULL AND o.customer_id IS NOT NULL)"},
        {"registered_website_ordered", "registered", "[1]",
         R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1})",
         "SELECT c.entity_id AS customer_id, NULL AS guest_key FROM customer_entity c WHERE "
         "c.website_id = 1 "
         "AND EXISTS (SELECT 1 FROM sales_order o WHERE o.customer_id = c.entity_id)"},
        {"payment_method", "all", "[]",
         R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1,"conditions":[{"type":"order","attribute":"payment_method","operator":"==","value":"checkmo"}]})",
         "WITH {GUEST_ORDERS} SELECT c.entity_id AS customer_id, NULL AS guest_key FROM "
         "customer_entity c "
         "WHERE c.entity_id IN (SELECT o.customer_id FROM sales_order o JOIN sales_order_payment p "
         "ON p.parent_id = o.entity_id "
         "WHERE FOLD(p.method) = STR('checkmo')) "
         "UNION ALL SELECT NULL, x.guest_key FROM (SELECT DISTINCT go.guest_key FROM guest_orders "
         "go JOIN "
         "sales_order_payment p ON p.parent_id = go.order_id "
         "WHERE FOLD(p.method) = STR('checkmo')) x"},
        {"ordered_count", "registered", "[]",
         R"({"type":"products","source":"ordered","count":{"operator":">=","value":5}})",
         "SELECT o.customer_id AS customer_id, NULL AS guest_key FROM sales_order o JOIN "
         "sales_order_item i ON i.order_id = o.entity_id "
         "WHERE i.parent_item_id IS NULL AND o.customer_id IN (SELECT entity_id FROM "
         "customer_entity) "
         "GROUP BY o.customer_id HAVING COUNT(*) >= 5"},
        {"cart_newsletter", "registered", "[]",
         R"({"type":"cart","attribute":"subtotal","operator":">","value":50},{"type":"customer","attribute":"newsletter","operator":"==","value":"subscribed"})",
         "WITH cart AS (SELECT customer_id, subtotal, ROW_NUMBER() OVER (PARTITION BY customer_id "
         "ORDER BY updated_at DESC, entity_id DESC) AS rn "
         "FROM quote WHERE is_active = 1 AND items_count > 0 AND customer_id IS NOT NULL), "
         "ns AS (SELECT customer_id, subscriber_status, ROW_NUMBER() OVER (PARTITION BY "
         "customer_id ORDER BY subscriber_id DESC) AS rn "
         "FROM newsletter_subscriber WHERE customer_id > 0) "
         "SELECT c.entity_id AS customer_id, NULL AS guest_key FROM customer_entity c "
         "WHERE c.entity_id IN (SELECT customer_id FROM cart WHERE rn = 1 AND subtotal > 50) "
         "AND c.entity_id IN (SELECT customer_id FROM ns WHERE rn = 1 AND subscriber_status = 1)"},
        {"email_ends_with", "all", "[]",
         R"({"type":"customer","attribute":"email","operator":"ends_with","value":"@example.com"})",
         "WITH {GUEST_ORDERS} SELECT c.entity_id AS customer_id, NULL AS guest_key FROM "
         "customer_entity c "
         "WHERE FOLD(c.email) LIKE STR('%@example.com') "
         "UNION ALL SELECT NULL, guest_key FROM guest_orders WHERE guest_key LIKE "
         "STR('%@example.com') "
         "GROUP BY guest_key"},
        // ---- more of the catalog ----
        {"guests_not_subscribed", "guests", "[]",
         R"({"type":"customer","attribute":"newsletter","operator":"==","value":"not_subscribed"})",
         "WITH {GUEST_ORDERS} SELECT NULL AS customer_id, g.guest_key FROM (SELECT DISTINCT "
         "guest_key FROM guest_orders) g "
         "WHERE g.guest_key NOT IN (SELECT FOLD(subscriber_email) FROM newsletter_subscriber "
         "WHERE customer_id = 0 AND subscriber_email IS NOT NULL)"},
        {"newsletter_all", "all", "[]",
         R"({"type":"customer","attribute":"newsletter","operator":"in","value":["subscribed","unconfirmed"]})",
         "WITH {GUEST_ORDERS}, ns AS (SELECT customer_id, subscriber_status, ROW_NUMBER() OVER "
         "(PARTITION BY customer_id ORDER BY subscriber_id DESC) AS rn FROM newsletter_subscriber "
         "WHERE customer_id > 0), "
         "gs AS (SELECT FOLD(subscriber_email) AS email_key, subscriber_status, ROW_NUMBER() OVER "
         "(PARTITION BY FOLD(subscriber_email) ORDER BY subscriber_id DESC) AS rn FROM "
         "newsletter_subscriber WHERE customer_id = 0 AND subscriber_email IS NOT NULL) "
         "SELECT c.entity_id AS customer_id, NULL AS guest_key FROM customer_entity c "
         "WHERE c.entity_id IN (SELECT customer_id FROM ns WHERE rn = 1 AND subscriber_status IN "
         "(1, 4)) "
         "UNION ALL SELECT NULL, g.guest_key FROM (SELECT DISTINCT guest_key FROM guest_orders) g "
         "WHERE g.guest_key IN (SELECT email_key FROM gs WHERE rn = 1 AND subscriber_status IN (1, "
         "4))"},
        {"firstname_all", "all", "[]",
         R"({"type":"customer","attribute":"firstname","operator":"starts_with","value":"em"})",
         "WITH {GUEST_ORDERS}, latest AS (SELECT go.guest_key, o.customer_firstname, ROW_NUMBER() "
         "OVER (PARTITION BY go.guest_key ORDER BY o.created_at DESC, o.updated_at DESC, "
         "o.entity_id DESC) AS rn FROM guest_orders go JOIN sales_order o ON o.entity_id = "
         "go.order_id) "
         "SELECT c.entity_id AS customer_id, NULL AS guest_key FROM customer_entity c "
         "WHERE FOLD(c.firstname) LIKE STR('em%') "
         "UNION ALL SELECT NULL, guest_key FROM latest WHERE rn = 1 AND FOLD(customer_firstname) "
         "LIKE STR('em%')"},
        {"lifetime_sales_ws", "all", "[1]",
         R"({"type":"orders","metric":"lifetime_sales","operator":">=","value":500,"conditions":[{"type":"order","attribute":"state","operator":"not_in","value":["canceled"]}]})",
         "WITH {GUEST_ORDERS} SELECT c.entity_id AS customer_id, NULL AS guest_key FROM "
         "customer_entity c WHERE c.website_id = 1 AND c.entity_id IN (SELECT o.customer_id FROM "
         "sales_order o WHERE o.customer_id IS NOT NULL AND (o.state IS NULL OR FOLD(o.state) <> "
         "STR('canceled')) GROUP BY o.customer_id HAVING SUMMONEY(o.base_grand_total) >= 500) "
         "UNION ALL SELECT NULL, go.guest_key FROM guest_orders go JOIN sales_order o ON "
         "o.entity_id = go.order_id GROUP BY go.guest_key "
         "HAVING MAX(CASE WHEN go.website_id = 1 THEN 1 ELSE 0 END) = 1 AND "
         "SUMMONEY(CASE WHEN o.state IS NULL OR FOLD(o.state) <> STR('canceled') THEN "
         "o.base_grand_total ELSE 0 END) >= 500"},
        {"lapsed_all", "all", "[]",
         R"({"type":"orders","metric":"days_since_last_order","operator":">","value":180})",
         "WITH {GUEST_ORDERS} SELECT c.entity_id AS customer_id, NULL AS guest_key FROM "
         "customer_entity c WHERE c.entity_id IN (SELECT customer_id FROM sales_order WHERE "
         "customer_id IS NOT NULL GROUP BY customer_id HAVING MAX(created_at) < '2026-05-05 "
         "12:00:00') "
         "UNION ALL SELECT NULL, go.guest_key FROM guest_orders go JOIN sales_order o ON "
         "o.entity_id = go.order_id GROUP BY go.guest_key HAVING MAX(o.created_at) < '2026-05-05 "
         "12:00:00'"},
        {"never_ordered", "registered", "[]",
         R"({"type":"orders","metric":"number_of_orders","operator":"==","value":0})",
         "SELECT c.entity_id AS customer_id, NULL AS guest_key FROM customer_entity c WHERE NOT "
         "EXISTS (SELECT 1 FROM sales_order o WHERE o.customer_id = c.entity_id)"},
        {"shipping_country_orders", "all", "[]",
         R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1,"conditions":[{"type":"order","attribute":"shipping_country_id","operator":"!=","value":"GB"}]})",
         "WITH {GUEST_ORDERS} SELECT c.entity_id AS customer_id, NULL AS guest_key FROM "
         "customer_entity c WHERE c.entity_id IN (SELECT o.customer_id FROM sales_order o WHERE "
         "NOT EXISTS (SELECT 1 FROM sales_order_address a WHERE a.parent_id = o.entity_id AND "
         "a.address_type = 'shipping' AND FOLD(a.country_id) = STR('gb'))) "
         "UNION ALL SELECT NULL, guest_key FROM guest_orders go WHERE NOT EXISTS (SELECT 1 FROM "
         "sales_order_address a WHERE a.parent_id = go.order_id AND a.address_type = 'shipping' "
         "AND FOLD(a.country_id) = STR('gb')) GROUP BY guest_key"},
        {"billing_country", "all", "[]",
         R"({"type":"address","address":"billing","conditions":[{"type":"address","attribute":"country_id","operator":"in","value":["FR","DE"]}]})",
         "WITH {GUEST_ORDERS} SELECT c.entity_id AS customer_id, NULL AS guest_key FROM "
         "customer_entity c JOIN customer_address_entity a ON a.entity_id = c.default_billing "
         "WHERE FOLD(a.country_id) IN (STR('fr'), STR('de')) "
         "UNION ALL SELECT NULL, go.guest_key FROM guest_orders go JOIN sales_order_address a ON "
         "a.parent_id = go.order_id WHERE a.address_type = 'billing' AND FOLD(a.country_id) IN "
         "(STR('fr'), STR('de')) GROUP BY go.guest_key"},
        {"any_address_city", "all", "[]",
         R"({"type":"address","address":"any","conditions":[{"type":"address","attribute":"city","operator":"==","value":"london"}]})",
         "WITH {GUEST_ORDERS} SELECT c.entity_id AS customer_id, NULL AS guest_key FROM "
         "customer_entity c WHERE EXISTS (SELECT 1 FROM customer_address_entity a WHERE "
         "a.parent_id = c.entity_id AND FOLD(a.city) = STR('london')) "
         "UNION ALL SELECT NULL, go.guest_key FROM guest_orders go JOIN sales_order_address a ON "
         "a.parent_id = go.order_id WHERE FOLD(a.city) = STR('london') GROUP BY go.guest_key"},
        {"ordered_name", "all", "[]",
         R"({"type":"products","source":"ordered","conditions":[{"type":"product","attribute":"name","operator":"contains","value":"heart"}]})",
         "WITH {GUEST_ORDERS} SELECT c.entity_id AS customer_id, NULL AS guest_key FROM "
         "customer_entity c WHERE c.entity_id IN (SELECT o.customer_id FROM sales_order o JOIN "
         "sales_order_item i ON i.order_id = o.entity_id WHERE i.parent_item_id IS NULL AND "
         "FOLD(i.name) LIKE STR('%heart%')) "
         "UNION ALL SELECT NULL, go.guest_key FROM guest_orders go JOIN sales_order_item i ON "
         "i.order_id = go.order_id WHERE i.parent_item_id IS NULL AND FOLD(i.name) LIKE "
         "STR('%heart%') GROUP BY go.guest_key"},
        {"cart_products", "registered", "[]",
         R"({"type":"products","source":"cart","conditions":[{"type":"product","attribute":"category_id","operator":"in","value":[4,5]}]})",
         "WITH cart AS (SELECT entity_id, customer_id, ROW_NUMBER() OVER (PARTITION BY customer_id "
         "ORDER BY updated_at DESC, entity_id DESC) AS rn FROM quote WHERE is_active = 1 AND "
         "items_count > 0 AND customer_id IS NOT NULL) "
         "SELECT c.entity_id AS customer_id, NULL AS guest_key FROM customer_entity c WHERE "
         "c.entity_id IN (SELECT cart.customer_id FROM cart JOIN quote_item qi ON qi.quote_id = "
         "cart.entity_id WHERE cart.rn = 1 AND qi.parent_item_id IS NULL AND qi.product_id IN "
         "(SELECT product_id FROM catalog_category_product WHERE category_id IN (4, 5)))"},
        {"wishlist_count", "registered", "[]",
         R"({"type":"products","source":"wishlist","count":{"operator":">=","value":2}})",
         "SELECT c.entity_id AS customer_id, NULL AS guest_key FROM customer_entity c WHERE "
         "c.entity_id IN (SELECT w.customer_id FROM wishlist w JOIN wishlist_item i ON "
         "i.wishlist_id = w.wishlist_id GROUP BY w.customer_id HAVING COUNT(*) >= 2)"},
        {"viewed_recent", "registered", "[]",
         R"({"type":"products","source":"viewed","conditions":[{"type":"product","attribute":"viewed_at","operator":"within_last_days","value":30}]})",
         "SELECT c.entity_id AS customer_id, NULL AS guest_key FROM customer_entity c WHERE "
         "c.entity_id IN (SELECT customer_id FROM report_viewed_product_index WHERE added_at >= "
         "'2026-10-02 12:00:00' AND added_at <= '2026-11-01 12:00:00')"},
        {"custom_attribute", "registered", "[]",
         R"({"type":"customer","attribute":"loyalty_score","operator":">=","value":50})",
         "SELECT c.entity_id AS customer_id, NULL AS guest_key FROM customer_entity c JOIN "
         "customer_entity_int v ON v.entity_id = c.entity_id WHERE v.attribute_id = (SELECT "
         "a.attribute_id FROM eav_attribute a JOIN eav_entity_type t ON t.entity_type_id = "
         "a.entity_type_id WHERE t.entity_type_code = 'customer' AND a.attribute_code = "
         "'loyalty_score') AND v.value >= 50"},
        {"nested_not", "all", "[]",
         R"({"type":"combine","match":"any","expect":false,"conditions":[{"type":"customer","attribute":"group_id","operator":"==","value":1},{"type":"orders","metric":"number_of_orders","operator":">","value":1}]})",
         "WITH {GUEST_ORDERS} SELECT c.entity_id AS customer_id, NULL AS guest_key FROM "
         "customer_entity c WHERE c.group_id IS NULL OR c.group_id <> 1 OR c.entity_id NOT IN "
         "(SELECT customer_id FROM sales_order WHERE customer_id IS NOT NULL GROUP BY customer_id "
         "HAVING COUNT(*) > 1) "
         "UNION ALL SELECT NULL, guest_key FROM guest_orders GROUP BY guest_key"},
        {"segment_reference", "all", "[]",
         R"({"type":"segment","operator":"not_in","value":["buyers"]})",
         "WITH {GUEST_ORDERS} SELECT c.entity_id AS customer_id, NULL AS guest_key FROM "
         "customer_entity c WHERE c.entity_id NOT IN (SELECT customer_id FROM sales_order WHERE "
         "customer_id IS NOT NULL GROUP BY customer_id HAVING SUMMONEY(base_grand_total) > 100) "
         "UNION ALL SELECT NULL, go.guest_key FROM guest_orders go JOIN sales_order o ON "
         "o.entity_id = go.order_id GROUP BY go.guest_key HAVING SUMMONEY(o.base_grand_total) <= "
         "100"},
    };
    return shapes;
}

// The referenced segment of "segment_reference".
inline const char *buyersDefinition()
{
    return R"({"segmentor":1,"code":"buyers","name":"Buyers","apply_to":"all","conditions":{"type":"combine","conditions":[)"
           R"({"type":"orders","metric":"lifetime_sales","operator":">","value":100}]}})";
}

} // namespace shapes

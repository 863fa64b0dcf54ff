#include "engine/membersnapshotloader.h"

#include "definition/valueparsing.h"
#include "engine/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace seg {

namespace {

const QStringList kAddressAttributes = {"country_id", "region",   "region_id", "city",
                                        "postcode",   "street",   "telephone", "company",
                                        "firstname",  "lastname", "vat_id",    "vat_is_valid"};

AttributeRow pick(const AttributeRow &raw, const QStringList &keys)
{
    AttributeRow out;
    for (const QString &k : keys)
        out.insert(k, raw.value(k));
    return out;
}

QVariant orZero(const QVariant &v)
{
    return v.isNull() || !v.isValid() ? QVariant(0.0) : QVariant(v.toDouble());
}

// "Most recent": the later created/updated time, then the higher id.
bool moreRecent(const AttributeRow &a, const AttributeRow &b, const QString &timeKey,
                const QString &idKey)
{
    const QDateTime ta = parseStoredTimestamp(a.value(timeKey)).value_or(QDateTime());
    const QDateTime tb = parseStoredTimestamp(b.value(timeKey)).value_or(QDateTime());
    if (ta != tb) return ta > tb;
    const QDateTime ua =
        parseStoredTimestamp(a.value(QStringLiteral("updated_at"))).value_or(QDateTime());
    const QDateTime ub =
        parseStoredTimestamp(b.value(QStringLiteral("updated_at"))).value_or(QDateTime());
    if (ua != ub) return ua > ub;
    return a.value(idKey).toLongLong() > b.value(idKey).toLongLong();
}

} // namespace

MemberSnapshotLoader::MemberSnapshotLoader(const StoreConnection &connection,
                                           const StoreSchema &schema,
                                           std::optional<QDateTime> rewindTo)
    : m_connection(connection), m_schema(schema), m_rewindTo(std::move(rewindTo))
{
}

bool MemberSnapshotLoader::existed(const QVariant &created) const
{
    if (!m_rewindTo) return true;
    const std::optional<QDateTime> t = parseStoredTimestamp(created);
    return t && *t <= *m_rewindTo; // no creation time: left out, as the SQL's "<=" leaves it
}

QList<AttributeRow> MemberSnapshotLoader::existing(const QList<AttributeRow> &rows,
                                                   const QString &createdColumn) const
{
    if (!m_rewindTo) return rows;
    QList<AttributeRow> out;
    for (const AttributeRow &r : rows)
        if (existed(r.value(createdColumn))) out << r;
    return out;
}

Result<QList<AttributeRow>> MemberSnapshotLoader::rows(const QString &sql,
                                                       const QVariantList &params) const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) return Error{{}, q.lastError().text(), ErrorCode::Database};
    for (const QVariant &p : params)
        q.addBindValue(p);
    if (!q.exec())
        return Error{
            {}, QStringLiteral("%1 in %2").arg(q.lastError().text(), sql), ErrorCode::Database};
    QList<AttributeRow> out;
    while (q.next()) {
        const QSqlRecord r = q.record();
        AttributeRow row;
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), q.value(i));
        out << row;
    }
    return out;
}

QList<qint64> MemberSnapshotLoader::categoriesOf(const QVariant &productId) const
{
    QList<qint64> out;
    if (productId.isNull()) return out;
    auto r = rows(QStringLiteral("SELECT category_id FROM %1 WHERE product_id = ?")
                      .arg(t("catalog_category_product")),
                  {productId.toLongLong()});
    if (r)
        for (const AttributeRow &row : *r)
            out << row.value(QStringLiteral("category_id")).toLongLong();
    return out;
}

Result<MemberSnapshot> MemberSnapshotLoader::load(const MemberKey &key) const
{
    MemberSnapshot s;
    s.key = key;
    const Status st = key.isGuest() ? loadGuest(s) : loadRegistered(s);
    if (!st) return st.error();
    return s;
}

Status MemberSnapshotLoader::loadRegistered(MemberSnapshot &s) const
{
    const QVariant id = QVariant::fromValue(s.key.customerId);
    auto customer = rows(
        QStringLiteral("SELECT * FROM %1 WHERE entity_id = ?").arg(t("customer_entity")), {id});
    if (!customer) return customer.error();
    if (customer->isEmpty()) return success(); // exists = false
    if (!existed(customer->first().value(QStringLiteral("created_at"))))
        return success(); // registered after the as-of time: not a member yet
    s.exists = true;
    const AttributeRow raw = customer->first();
    s.websiteId = raw.value(QStringLiteral("website_id")).isNull()
                      ? std::nullopt
                      : std::optional<int>(raw.value(QStringLiteral("website_id")).toInt());
    s.profile = raw;
    s.profile.insert(QStringLiteral("is_confirmed"),
                     raw.value(QStringLiteral("confirmation")).isNull() ? 1 : 0);

    // The last login (customer_log, one row per customer); none: missing.
    auto login = rows(QStringLiteral("SELECT MAX(last_login_at) AS last_login_at FROM %1 WHERE "
                                     "customer_id = ?")
                          .arg(t("customer_log")),
                      {id});
    if (!login) return login.error();
    // One row per customer, moved at each login: a later login hides the earlier ones.
    const QVariant lastLogin =
        login->isEmpty() ? QVariant() : login->first().value(QStringLiteral("last_login_at"));
    s.profile.insert(QStringLiteral("last_login_at"),
                     lastLogin.isNull() || existed(lastLogin) ? lastLogin : QVariant());

    auto newsletter = rows(
        QStringLiteral(
            "SELECT subscriber_status FROM %1 WHERE customer_id = ? ORDER BY subscriber_id DESC")
            .arg(t("newsletter_subscriber")),
        {id});
    if (!newsletter) return newsletter.error();
    s.profile.insert(QStringLiteral("newsletter"),
                     newsletter->isEmpty()
                         ? 0
                         : newsletter->first().value(QStringLiteral("subscriber_status")).toInt());

    for (const CustomAttribute &a : m_schema.customAttributes()) {
        auto value =
            rows(QStringLiteral("SELECT value FROM %1 WHERE entity_id = ? AND attribute_id = ?")
                     .arg(m_schema.table(QStringLiteral("customer_entity_") + a.backendType)),
                 {id, a.attributeId});
        if (!value) return value.error();
        s.profile.insert(a.code, value->isEmpty() ? QVariant()
                                                  : value->first().value(QStringLiteral("value")));
    }

    auto addresses = rows(QStringLiteral("SELECT * FROM %1 WHERE parent_id = ? ORDER BY entity_id")
                              .arg(t("customer_address_entity")),
                          {id});
    if (!addresses) return addresses.error();
    for (const AttributeRow &a : *addresses) {
        const AttributeRow values = pick(a, kAddressAttributes);
        s.addresses << values;
        if (a.value(QStringLiteral("entity_id")) == raw.value(QStringLiteral("default_billing")))
            s.defaultBilling = values;
        if (a.value(QStringLiteral("entity_id")) == raw.value(QStringLiteral("default_shipping")))
            s.defaultShipping = values;
    }
    // A default address that another customer owns still is the default one (Magento joins by id).
    for (const QString &which :
         {QStringLiteral("default_billing"), QStringLiteral("default_shipping")}) {
        std::optional<AttributeRow> &slot =
            which == QLatin1String("default_billing") ? s.defaultBilling : s.defaultShipping;
        if (slot || raw.value(which).isNull()) continue;
        auto other = rows(QStringLiteral("SELECT * FROM %1 WHERE entity_id = ?")
                              .arg(t("customer_address_entity")),
                          {raw.value(which)});
        if (other && !other->isEmpty()) slot = pick(other->first(), kAddressAttributes);
    }

    auto orders =
        rows(QStringLiteral("SELECT * FROM %1 WHERE customer_id = ?").arg(t("sales_order")), {id});
    if (!orders) return orders.error();
    if (auto st = loadOrders(s, existing(*orders, QStringLiteral("created_at"))); !st) return st;

    // Current cart: the most recently updated active quote with items.
    auto allQuotes =
        rows(QStringLiteral(
                 "SELECT * FROM %1 WHERE customer_id = ? AND is_active = 1 AND items_count > 0")
                 .arg(t("quote")),
             {id});
    if (!allQuotes) return allQuotes.error();
    const QList<AttributeRow> existingQuotes = existing(*allQuotes, QStringLiteral("created_at"));
    const QList<AttributeRow> *quotes = &existingQuotes;
    if (!quotes->isEmpty()) {
        AttributeRow current = quotes->first();
        for (const AttributeRow &q : *quotes)
            if (moreRecent(q, current, QStringLiteral("updated_at"), QStringLiteral("entity_id")))
                current = q;
        AttributeRow cart = pick(current, {"items_count", "items_qty", "subtotal", "grand_total",
                                           "coupon_code", "created_at", "updated_at"});
        cart.insert(QStringLiteral("exists"), 1);
        cart.insert(QStringLiteral("days_since_update"),
                    current.value(QStringLiteral("updated_at")));
        const QVariant sub = current.value(QStringLiteral("subtotal")),
                       withDiscount = current.value(QStringLiteral("subtotal_with_discount"));
        cart.insert(QStringLiteral("discount_amount"),
                    sub.isNull() || withDiscount.isNull()
                        ? QVariant()
                        : QVariant(sub.toDouble() - withDiscount.toDouble()));
        s.cart = cart;
        if (auto st = loadCatalogItems(
                s.cartItems,
                QStringLiteral("SELECT * FROM %1 WHERE quote_id = ? AND parent_item_id IS NULL")
                    .arg(t("quote_item")),
                {current.value(QStringLiteral("entity_id"))},
                {{"sku", "sku"},
                 {"name", "name"},
                 {"product_id", "product_id"},
                 {"product_type", "product_type"},
                 {"price", "price"},
                 {"qty", "qty"},
                 {"base_row_total", "base_row_total"}},
                QStringLiteral("created_at"));
            !st)
            return st;
    }

    const QString catalog =
        QStringLiteral(" LEFT JOIN %1 pe ON pe.entity_id = i.product_id LEFT JOIN %2 pn ON "
                       "pn.entity_id = i.product_id "
                       "AND pn.store_id = 0 AND pn.attribute_id = ?")
            .arg(t("catalog_product_entity"), t("catalog_product_entity_varchar"));
    const QVariant nameId = m_schema.productNameAttributeId();
    if (auto st = loadCatalogItems(s.wishlistItems,
                                   QStringLiteral("SELECT i.product_id, i.qty, i.added_at, pe.sku, "
                                                  "pe.type_id, pn.value AS pname FROM %1 i "
                                                  "JOIN %2 w ON w.wishlist_id = i.wishlist_id")
                                           .arg(t("wishlist_item"), t("wishlist")) +
                                       catalog + QStringLiteral(" WHERE w.customer_id = ?"),
                                   {nameId, id},
                                   {{"sku", "sku"},
                                    {"name", "pname"},
                                    {"product_id", "product_id"},
                                    {"product_type", "type_id"},
                                    {"qty", "qty"},
                                    {"added_at", "added_at"}},
                                   QStringLiteral("added_at"));
        !st)
        return st;
    return loadCatalogItems(
        s.viewedItems,
        QStringLiteral(
            "SELECT i.product_id, i.added_at, pe.sku, pe.type_id, pn.value AS pname FROM %1 i")
                .arg(t("report_viewed_product_index")) +
            catalog + QStringLiteral(" WHERE i.customer_id = ?"),
        {nameId, id},
        {{"sku", "sku"},
         {"name", "pname"},
         {"product_id", "product_id"},
         {"product_type", "type_id"},
         {"viewed_at", "added_at"}},
        QStringLiteral("added_at"));
}

Status MemberSnapshotLoader::loadCatalogItems(QList<ProductRow> &out, const QString &sql,
                                              const QVariantList &params,
                                              const QHash<QString, QString> &columns,
                                              const QString &createdColumn) const
{
    auto items = rows(sql, params);
    if (!items) return items.error();
    for (const AttributeRow &raw : existing(*items, createdColumn)) {
        ProductRow row;
        for (auto it = columns.begin(); it != columns.end(); ++it)
            row.values.insert(it.key(), raw.value(it.value()));
        row.categories = categoriesOf(raw.value(QStringLiteral("product_id")));
        out << row;
    }
    return success();
}

Status MemberSnapshotLoader::loadOrders(MemberSnapshot &s,
                                        const QList<AttributeRow> &orderRows) const
{
    for (const AttributeRow &o : orderRows) {
        AttributeRow order =
            pick(o, {"status", "state", "created_at", "updated_at", "store_id",
                     "order_currency_code", "shipping_method", "coupon_code", "total_qty_ordered"});
        order.insert(QStringLiteral("days_since_created"), o.value(QStringLiteral("created_at")));
        order.insert(QStringLiteral("grand_total"), o.value(QStringLiteral("base_grand_total")));
        order.insert(QStringLiteral("subtotal"), o.value(QStringLiteral("base_subtotal")));
        order.insert(QStringLiteral("tax_amount"),
                     orZero(o.value(QStringLiteral("base_tax_amount"))));
        order.insert(QStringLiteral("shipping_amount"),
                     orZero(o.value(QStringLiteral("base_shipping_amount"))));
        order.insert(QStringLiteral("discount_amount"),
                     -orZero(o.value(QStringLiteral("base_discount_amount"))).toDouble() + 0.0);
        order.insert(QStringLiteral("total_refunded"),
                     orZero(o.value(QStringLiteral("base_total_refunded"))));

        const QVariant orderId = o.value(QStringLiteral("entity_id"));
        auto payment =
            rows(QStringLiteral("SELECT method FROM %1 WHERE parent_id = ? ORDER BY method")
                     .arg(t("sales_order_payment")),
                 {orderId});
        if (!payment) return payment.error();
        order.insert(QStringLiteral("payment_method"),
                     payment->isEmpty() ? QVariant()
                                        : payment->first().value(QStringLiteral("method")));
        auto addresses =
            rows(QStringLiteral("SELECT * FROM %1 WHERE parent_id = ? ORDER BY entity_id")
                     .arg(t("sales_order_address")),
                 {orderId});
        if (!addresses) return addresses.error();
        QVariant billingCountry, shippingCountry;
        for (const AttributeRow &a : *addresses) {
            const QString type = a.value(QStringLiteral("address_type")).toString();
            const QVariant country = a.value(QStringLiteral("country_id"));
            // MIN(country_id) of the kind, as a deterministic choice if an order had several.
            QVariant &slot = type == QLatin1String("billing") ? billingCountry : shippingCountry;
            if (type == QLatin1String("billing") || type == QLatin1String("shipping"))
                if (!country.isNull() && (slot.isNull() || country.toString() < slot.toString()))
                    slot = country;
            if (s.key.isGuest()) {
                AttributeRow values = pick(a, kAddressAttributes);
                values.insert(QStringLiteral("address_type"), type);
                s.addresses << values;
            }
        }
        order.insert(QStringLiteral("billing_country_id"), billingCountry);
        order.insert(QStringLiteral("shipping_country_id"), shippingCountry);
        s.orders << order;

        auto items =
            rows(QStringLiteral("SELECT * FROM %1 WHERE order_id = ? AND parent_item_id IS NULL")
                     .arg(t("sales_order_item")),
                 {orderId});
        if (!items) return items.error();
        for (const AttributeRow &i : *items) {
            ProductRow row;
            row.values = pick(i, {"sku", "name", "product_id", "product_type", "price",
                                  "base_row_total", "order_id"});
            row.values.insert(QStringLiteral("qty"), i.value(QStringLiteral("qty_ordered")));
            row.values.insert(QStringLiteral("ordered_at"), o.value(QStringLiteral("created_at")));
            row.values.insert(QStringLiteral("order_status"), o.value(QStringLiteral("status")));
            row.categories = categoriesOf(i.value(QStringLiteral("product_id")));
            s.orderedItems << row;
        }
    }
    return success();
}

Status MemberSnapshotLoader::loadGuest(MemberSnapshot &s) const
{
    const SqlDialect dialect(m_schema.dialect(), m_schema.foldCollation());
    const QString email = s.key.guestEmail;
    // Websites where a registered customer owns this email: its guest orders there belong to
    // nobody.
    auto owners = rows(QStringLiteral("SELECT website_id, created_at FROM %1 WHERE %2 = %3")
                           .arg(t("customer_entity"), dialect.fold(QStringLiteral("email")),
                                dialect.foldedParam()),
                       {email});
    if (!owners) return owners.error();
    QSet<int> registeredWebsites;
    for (const AttributeRow &r : existing(*owners, QStringLiteral("created_at")))
        registeredWebsites.insert(r.value(QStringLiteral("website_id")).toInt());

    auto candidates =
        rows(QStringLiteral("SELECT o.*, st.website_id AS order_website_id FROM %1 o LEFT JOIN %2 "
                            "st ON st.store_id = o.store_id "
                            "WHERE o.customer_id IS NULL AND %3 = %4")
                 .arg(t("sales_order"), t("store"),
                      dialect.fold(QStringLiteral("o.customer_email")), dialect.foldedParam()),
             {email});
    if (!candidates) return candidates.error();
    QList<AttributeRow> orders;
    for (const AttributeRow &o : existing(*candidates, QStringLiteral("created_at"))) {
        if (foldCase(o.value(QStringLiteral("customer_email")).toString()) != email ||
            email.isEmpty())
            continue;
        const QVariant website = o.value(QStringLiteral("order_website_id"));
        if (!website.isNull() && registeredWebsites.contains(website.toInt())) continue;
        orders << o;
        if (!website.isNull()) s.guestWebsites.insert(website.toInt());
    }
    if (orders.isEmpty()) return success(); // no such guest
    s.exists = true;

    AttributeRow latest = orders.first();
    for (const AttributeRow &o : orders)
        if (moreRecent(o, latest, QStringLiteral("created_at"), QStringLiteral("entity_id")))
            latest = o;
    s.profile.insert(QStringLiteral("email"), latest.value(QStringLiteral("customer_email")));
    s.profile.insert(QStringLiteral("firstname"),
                     latest.value(QStringLiteral("customer_firstname")));
    s.profile.insert(QStringLiteral("lastname"), latest.value(QStringLiteral("customer_lastname")));
    s.profile.insert(QStringLiteral("group_id"), 0);

    auto newsletter =
        rows(QStringLiteral("SELECT subscriber_status FROM %1 WHERE customer_id = 0 AND %2 = %3 "
                            "ORDER BY subscriber_id DESC")
                 .arg(t("newsletter_subscriber"), dialect.fold(QStringLiteral("subscriber_email")),
                      dialect.foldedParam()),
             {email});
    if (!newsletter) return newsletter.error();
    s.profile.insert(QStringLiteral("newsletter"),
                     newsletter->isEmpty()
                         ? 0
                         : newsletter->first().value(QStringLiteral("subscriber_status")).toInt());
    return loadOrders(s, orders);
}

} // namespace seg

#include "catalog/conditioncatalog.h"

namespace seg {

QString valueKindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::String: return QStringLiteral("a string");
    case ValueKind::Number: return QStringLiteral("a number");
    case ValueKind::Date: return QStringLiteral("a date (YYYY-MM-DD)");
    case ValueKind::DateTime: return QStringLiteral("a date or datetime (ISO 8601)");
    case ValueKind::Bool: return QStringLiteral("true or false");
    case ValueKind::Enum: return QStringLiteral("one of the listed values");
    case ValueKind::Id: return QStringLiteral("an integer id");
    }
    return {};
}

std::optional<int> AttributeSpec::storedEnumValue(const QString &value) const
{
    for (const EnumOption &o : options)
        if (o.code == value)
            return o.stored;
    return std::nullopt;
}

namespace {

AttributeSpec attr(const QString &code, const QString &label, ValueKind kind,
                   Derivation derivation = Derivation::Stored)
{
    AttributeSpec a;
    a.code = code;
    a.label = label;
    a.kind = kind;
    a.derivation = derivation;
    return a;
}

AttributeSpec productAttr(const QString &code, const QString &label, ValueKind kind, QStringList sources)
{
    AttributeSpec a = attr(code, label, kind);
    a.sources = std::move(sources);
    return a;
}

const QList<AttributeSpec> kNoAttributes;

} // namespace

ConditionCatalog::ConditionCatalog()
{
    using K = ValueKind;
    using D = Derivation;

    AttributeSpec gender = attr(QStringLiteral("gender"), tr("Gender"), K::Enum);
    gender.options = {{QStringLiteral("male"), 1, tr("Male")},
                      {QStringLiteral("female"), 2, tr("Female")},
                      {QStringLiteral("not_specified"), 3, tr("Not specified")}};
    AttributeSpec newsletter = attr(QStringLiteral("newsletter"), tr("Newsletter"), K::Enum);
    newsletter.options = {{QStringLiteral("subscribed"), 1, tr("Subscribed")},
                          {QStringLiteral("not_active"), 2, tr("Not activated")},
                          {QStringLiteral("unsubscribed"), 3, tr("Unsubscribed")},
                          {QStringLiteral("unconfirmed"), 4, tr("Unconfirmed")},
                          {QStringLiteral("not_subscribed"), 0, tr("Never subscribed")}};

    m_customer = {
        attr(QStringLiteral("email"), tr("Email"), K::String),
        attr(QStringLiteral("firstname"), tr("First name"), K::String),
        attr(QStringLiteral("lastname"), tr("Last name"), K::String),
        attr(QStringLiteral("middlename"), tr("Middle name"), K::String),
        attr(QStringLiteral("prefix"), tr("Name prefix"), K::String),
        attr(QStringLiteral("suffix"), tr("Name suffix"), K::String),
        gender,
        attr(QStringLiteral("dob"), tr("Date of birth"), K::Date),
        attr(QStringLiteral("age"), tr("Age (years)"), K::Number, D::Age),
        attr(QStringLiteral("days_until_birthday"), tr("Days until birthday"), K::Number, D::DaysUntilBirthday),
        attr(QStringLiteral("created_at"), tr("Registered at"), K::DateTime),
        attr(QStringLiteral("days_since_registration"), tr("Days since registration"), K::Number, D::DaysSince),
        attr(QStringLiteral("updated_at"), tr("Account updated at"), K::DateTime),
        attr(QStringLiteral("group_id"), tr("Customer group"), K::Id),
        attr(QStringLiteral("website_id"), tr("Website"), K::Id),
        attr(QStringLiteral("store_id"), tr("Created in store view"), K::Id),
        attr(QStringLiteral("created_in"), tr("Created in (store view name)"), K::String),
        attr(QStringLiteral("is_active"), tr("Account is active"), K::Bool),
        attr(QStringLiteral("is_confirmed"), tr("Account is confirmed"), K::Bool),
        attr(QStringLiteral("failures_num"), tr("Failed logins"), K::Number),
        attr(QStringLiteral("first_failure"), tr("First failed login"), K::DateTime),
        attr(QStringLiteral("lock_expires"), tr("Lock expires"), K::DateTime),
        attr(QStringLiteral("taxvat"), tr("Tax/VAT number"), K::String),
        newsletter,
    };

    m_address = {
        attr(QStringLiteral("country_id"), tr("Country"), K::String),
        attr(QStringLiteral("region"), tr("Region"), K::String),
        attr(QStringLiteral("region_id"), tr("Region id"), K::Id),
        attr(QStringLiteral("city"), tr("City"), K::String),
        attr(QStringLiteral("postcode"), tr("Postcode"), K::String),
        attr(QStringLiteral("street"), tr("Street"), K::String),
        attr(QStringLiteral("telephone"), tr("Telephone"), K::String),
        attr(QStringLiteral("company"), tr("Company"), K::String),
        attr(QStringLiteral("firstname"), tr("First name"), K::String),
        attr(QStringLiteral("lastname"), tr("Last name"), K::String),
        attr(QStringLiteral("vat_id"), tr("VAT number"), K::String),
        attr(QStringLiteral("vat_is_valid"), tr("VAT number is valid"), K::Bool),
    };

    m_order = {
        attr(QStringLiteral("status"), tr("Status"), K::String),
        attr(QStringLiteral("state"), tr("State"), K::String),
        attr(QStringLiteral("created_at"), tr("Placed at"), K::DateTime),
        attr(QStringLiteral("days_since_created"), tr("Days since placed"), K::Number, D::DaysSince),
        attr(QStringLiteral("updated_at"), tr("Updated at"), K::DateTime),
        attr(QStringLiteral("store_id"), tr("Store view"), K::Id),
        attr(QStringLiteral("order_currency_code"), tr("Order currency"), K::String),
        attr(QStringLiteral("payment_method"), tr("Payment method"), K::String),
        attr(QStringLiteral("shipping_method"), tr("Shipping method"), K::String),
        attr(QStringLiteral("coupon_code"), tr("Coupon code"), K::String),
        attr(QStringLiteral("grand_total"), tr("Grand total"), K::Number),
        attr(QStringLiteral("subtotal"), tr("Subtotal"), K::Number),
        attr(QStringLiteral("tax_amount"), tr("Tax"), K::Number),
        attr(QStringLiteral("shipping_amount"), tr("Shipping"), K::Number),
        attr(QStringLiteral("discount_amount"), tr("Discount"), K::Number),
        attr(QStringLiteral("total_qty_ordered"), tr("Quantity ordered"), K::Number),
        attr(QStringLiteral("total_refunded"), tr("Refunded"), K::Number),
        attr(QStringLiteral("billing_country_id"), tr("Billing country"), K::String),
        attr(QStringLiteral("shipping_country_id"), tr("Shipping country"), K::String),
    };

    m_metrics = {
        attr(QStringLiteral("number_of_orders"), tr("Number of orders"), K::Number),
        attr(QStringLiteral("lifetime_sales"), tr("Lifetime sales"), K::Number),
        attr(QStringLiteral("average_order_value"), tr("Average order value"), K::Number),
        attr(QStringLiteral("lifetime_refunds"), tr("Lifetime refunds"), K::Number),
        attr(QStringLiteral("purchased_qty"), tr("Purchased quantity"), K::Number),
        attr(QStringLiteral("total_discount"), tr("Total discount"), K::Number),
        attr(QStringLiteral("total_shipping"), tr("Total shipping"), K::Number),
        attr(QStringLiteral("total_tax"), tr("Total tax"), K::Number),
        attr(QStringLiteral("first_order_date"), tr("First order date"), K::DateTime),
        attr(QStringLiteral("last_order_date"), tr("Last order date"), K::DateTime),
        attr(QStringLiteral("days_since_first_order"), tr("Days since first order"), K::Number, D::DaysSince),
        attr(QStringLiteral("days_since_last_order"), tr("Days since last order"), K::Number, D::DaysSince),
    };

    m_cart = {
        attr(QStringLiteral("exists"), tr("Has a cart"), K::Bool),
        attr(QStringLiteral("items_count"), tr("Cart lines"), K::Number),
        attr(QStringLiteral("items_qty"), tr("Cart quantity"), K::Number),
        attr(QStringLiteral("subtotal"), tr("Cart subtotal"), K::Number),
        attr(QStringLiteral("grand_total"), tr("Cart grand total"), K::Number),
        attr(QStringLiteral("discount_amount"), tr("Cart discount"), K::Number),
        attr(QStringLiteral("coupon_code"), tr("Cart coupon code"), K::String),
        attr(QStringLiteral("created_at"), tr("Cart created at"), K::DateTime),
        attr(QStringLiteral("updated_at"), tr("Cart updated at"), K::DateTime),
        attr(QStringLiteral("days_since_update"), tr("Days since cart update"), K::Number, D::DaysSince),
    };

    const QStringList all;
    m_product = {
        productAttr(QStringLiteral("sku"), tr("SKU"), K::String, all),
        productAttr(QStringLiteral("name"), tr("Product name"), K::String, all),
        productAttr(QStringLiteral("product_id"), tr("Product"), K::Id, all),
        productAttr(QStringLiteral("category_id"), tr("Category"), K::Id, all),
        productAttr(QStringLiteral("product_type"), tr("Product type"), K::String, all),
        productAttr(QStringLiteral("price"), tr("Price"), K::Number, {QStringLiteral("cart"), QStringLiteral("ordered")}),
        productAttr(QStringLiteral("qty"), tr("Quantity"), K::Number, {QStringLiteral("cart"), QStringLiteral("ordered"), QStringLiteral("wishlist")}),
        productAttr(QStringLiteral("added_at"), tr("Added to wishlist at"), K::DateTime, {QStringLiteral("wishlist")}),
        productAttr(QStringLiteral("viewed_at"), tr("Viewed at"), K::DateTime, {QStringLiteral("viewed")}),
        productAttr(QStringLiteral("ordered_at"), tr("Ordered at"), K::DateTime, {QStringLiteral("ordered")}),
        productAttr(QStringLiteral("order_status"), tr("Order status"), K::String, {QStringLiteral("ordered")}),
    };

    m_types = {
        {QStringLiteral("customer"), tr("Customer"), tr("Customer attribute"), NodeKind::Attribute},
        {QStringLiteral("address"), tr("Address"), tr("Address"), NodeKind::AddressScope},
        {QStringLiteral("orders"), tr("Orders and lifetime value"), tr("Orders aggregate"), NodeKind::OrdersScope},
        {QStringLiteral("products:ordered"), tr("Ordered products"), tr("Ordered products"), NodeKind::ProductsScope},
        {QStringLiteral("cart"), tr("Cart"), tr("Cart attribute"), NodeKind::Attribute},
        {QStringLiteral("products:cart"), tr("Cart products"), tr("Products in cart"), NodeKind::ProductsScope},
        {QStringLiteral("products:wishlist"), tr("Wishlist"), tr("Products in wishlist"), NodeKind::ProductsScope},
        {QStringLiteral("products:viewed"), tr("Viewed products"), tr("Viewed products"), NodeKind::ProductsScope},
        {QStringLiteral("newsletter"), tr("Newsletter"), tr("Newsletter status"), NodeKind::Attribute},
        {QStringLiteral("segment"), tr("Other segments"), tr("Member of segments"), NodeKind::SegmentReference},
    };
}

const ConditionCatalog &ConditionCatalog::instance()
{
    static const ConditionCatalog catalog;
    return catalog;
}

const QList<AttributeSpec> &ConditionCatalog::attributes(const QString &entity) const
{
    if (entity == QLatin1String("customer")) return m_customer;
    if (entity == QLatin1String("address")) return m_address;
    if (entity == QLatin1String("order")) return m_order;
    if (entity == QLatin1String("cart")) return m_cart;
    if (entity == QLatin1String("product")) return m_product;
    return kNoAttributes;
}

const AttributeSpec *ConditionCatalog::attribute(const QString &entity, const QString &code) const
{
    for (const AttributeSpec &a : attributes(entity))
        if (a.code == code)
            return &a;
    return nullptr;
}

const AttributeSpec *ConditionCatalog::metric(const QString &code) const
{
    for (const AttributeSpec &a : m_metrics)
        if (a.code == code)
            return &a;
    return nullptr;
}

QStringList ConditionCatalog::operatorsFor(ValueKind kind)
{
    switch (kind) {
    case ValueKind::String:
        return {"==", "!=", "contains", "not_contains", "starts_with", "ends_with", "in", "not_in", "is_empty", "is_not_empty"};
    case ValueKind::Number:
    case ValueKind::Id:
        return {"==", "!=", ">", ">=", "<", "<=", "between", "in", "not_in", "is_empty", "is_not_empty"};
    case ValueKind::Date:
    case ValueKind::DateTime:
        return {"==", "!=", "<", "<=", ">", ">=", "between", "within_last_days", "not_within_last_days",
                "days_ago_between", "is_empty", "is_not_empty"};
    case ValueKind::Bool:
        return {"=="};
    case ValueKind::Enum:
        return {"==", "!=", "in", "not_in"};
    }
    return {};
}

bool ConditionCatalog::isNegativeOperator(const QString &op)
{
    return op == QLatin1String("!=") || op == QLatin1String("not_in") || op == QLatin1String("not_contains")
        || op == QLatin1String("not_within_last_days");
}

QString ConditionCatalog::operatorLabel(const QString &op)
{
    static const QHash<QString, const char *> labels = {
        {"==", QT_TR_NOOP("is")},
        {"!=", QT_TR_NOOP("is not")},
        {">", QT_TR_NOOP("is greater than")},
        {">=", QT_TR_NOOP("is at least")},
        {"<", QT_TR_NOOP("is less than")},
        {"<=", QT_TR_NOOP("is at most")},
        {"between", QT_TR_NOOP("is between")},
        {"in", QT_TR_NOOP("is one of")},
        {"not_in", QT_TR_NOOP("is not one of")},
        {"contains", QT_TR_NOOP("contains")},
        {"not_contains", QT_TR_NOOP("does not contain")},
        {"starts_with", QT_TR_NOOP("starts with")},
        {"ends_with", QT_TR_NOOP("ends with")},
        {"is_empty", QT_TR_NOOP("is empty")},
        {"is_not_empty", QT_TR_NOOP("is not empty")},
        {"within_last_days", QT_TR_NOOP("is within the last N days")},
        {"not_within_last_days", QT_TR_NOOP("is not within the last N days")},
        {"days_ago_between", QT_TR_NOOP("was between N and M days ago")},
    };
    const auto it = labels.constFind(op);
    return it == labels.constEnd() ? op : tr(it.value());
}

} // namespace seg

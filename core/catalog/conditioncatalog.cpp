#include "catalog/conditioncatalog.h"

namespace seg {

QString valueKindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::String:
        return QStringLiteral("a string");
    case ValueKind::Number:
        return QStringLiteral("a number");
    case ValueKind::Date:
        return QStringLiteral("a date (YYYY-MM-DD)");
    case ValueKind::DateTime:
        return QStringLiteral("a date or datetime (ISO 8601)");
    case ValueKind::Bool:
        return QStringLiteral("true or false");
    case ValueKind::Enum:
        return QStringLiteral("one of the listed values");
    case ValueKind::Id:
        return QStringLiteral("an integer id");
    }
    return {};
}

std::optional<int> AttributeSpec::storedEnumValue(const QString &value) const
{
    for (const EnumOption &o : options)
        if (o.code == value) return o.stored;
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

AttributeSpec productAttr(const QString &code, const QString &label, ValueKind kind,
                          QStringList sources)
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

    AttributeSpec gender = attr(QStringLiteral("gender"), QT_TR_NOOP("Gender"), K::Enum);
    gender.options = {{QStringLiteral("male"), 1, QT_TR_NOOP("Male")},
                      {QStringLiteral("female"), 2, QT_TR_NOOP("Female")},
                      {QStringLiteral("not_specified"), 3, QT_TR_NOOP("Not specified")}};
    AttributeSpec newsletter =
        attr(QStringLiteral("newsletter"), QT_TR_NOOP("Newsletter"), K::Enum);
    newsletter.options = {{QStringLiteral("subscribed"), 1, QT_TR_NOOP("Subscribed")},
                          {QStringLiteral("not_active"), 2, QT_TR_NOOP("Not activated")},
                          {QStringLiteral("unsubscribed"), 3, QT_TR_NOOP("Unsubscribed")},
                          {QStringLiteral("unconfirmed"), 4, QT_TR_NOOP("Unconfirmed")},
                          {QStringLiteral("not_subscribed"), 0, QT_TR_NOOP("Never subscribed")}};

    m_customer = {
        attr(QStringLiteral("email"), QT_TR_NOOP("Email"), K::String),
        attr(QStringLiteral("firstname"), QT_TR_NOOP("First name"), K::String),
        attr(QStringLiteral("lastname"), QT_TR_NOOP("Last name"), K::String),
        attr(QStringLiteral("middlename"), QT_TR_NOOP("Middle name"), K::String),
        attr(QStringLiteral("prefix"), QT_TR_NOOP("Name prefix"), K::String),
        attr(QStringLiteral("suffix"), QT_TR_NOOP("Name suffix"), K::String),
        gender,
        attr(QStringLiteral("dob"), QT_TR_NOOP("Date of birth"), K::Date),
        attr(QStringLiteral("age"), QT_TR_NOOP("Age (years)"), K::Number, D::Age),
        attr(QStringLiteral("days_until_birthday"), QT_TR_NOOP("Days until birthday"), K::Number,
             D::DaysUntilBirthday),
        attr(QStringLiteral("created_at"), QT_TR_NOOP("Registered at"), K::DateTime),
        attr(QStringLiteral("days_since_registration"), QT_TR_NOOP("Days since registration"),
             K::Number, D::DaysSince),
        attr(QStringLiteral("last_login_at"), QT_TR_NOOP("Last login at"), K::DateTime),
        attr(QStringLiteral("days_since_last_login"), QT_TR_NOOP("Days since last login"),
             K::Number, D::DaysSince),
        attr(QStringLiteral("updated_at"), QT_TR_NOOP("Account updated at"), K::DateTime),
        attr(QStringLiteral("group_id"), QT_TR_NOOP("Customer group"), K::Id),
        attr(QStringLiteral("website_id"), QT_TR_NOOP("Website"), K::Id),
        attr(QStringLiteral("store_id"), QT_TR_NOOP("Created in store view"), K::Id),
        attr(QStringLiteral("created_in"), QT_TR_NOOP("Created in (store view name)"), K::String),
        attr(QStringLiteral("is_active"), QT_TR_NOOP("Account is active"), K::Bool),
        attr(QStringLiteral("is_confirmed"), QT_TR_NOOP("Account is confirmed"), K::Bool),
        attr(QStringLiteral("failures_num"), QT_TR_NOOP("Failed logins"), K::Number),
        attr(QStringLiteral("first_failure"), QT_TR_NOOP("First failed login"), K::DateTime),
        attr(QStringLiteral("lock_expires"), QT_TR_NOOP("Lock expires"), K::DateTime),
        attr(QStringLiteral("taxvat"), QT_TR_NOOP("Tax/VAT number"), K::String),
        newsletter,
    };

    m_address = {
        attr(QStringLiteral("country_id"), QT_TR_NOOP("Country"), K::String),
        attr(QStringLiteral("region"), QT_TR_NOOP("Region"), K::String),
        attr(QStringLiteral("region_id"), QT_TR_NOOP("Region id"), K::Id),
        attr(QStringLiteral("city"), QT_TR_NOOP("City"), K::String),
        attr(QStringLiteral("postcode"), QT_TR_NOOP("Postcode"), K::String),
        attr(QStringLiteral("street"), QT_TR_NOOP("Street"), K::String),
        attr(QStringLiteral("telephone"), QT_TR_NOOP("Telephone"), K::String),
        attr(QStringLiteral("company"), QT_TR_NOOP("Company"), K::String),
        attr(QStringLiteral("firstname"), QT_TR_NOOP("First name"), K::String),
        attr(QStringLiteral("lastname"), QT_TR_NOOP("Last name"), K::String),
        attr(QStringLiteral("vat_id"), QT_TR_NOOP("VAT number"), K::String),
        attr(QStringLiteral("vat_is_valid"), QT_TR_NOOP("VAT number is valid"), K::Bool),
    };

    m_order = {
        attr(QStringLiteral("status"), QT_TR_NOOP("Status"), K::String),
        attr(QStringLiteral("state"), QT_TR_NOOP("State"), K::String),
        attr(QStringLiteral("created_at"), QT_TR_NOOP("Placed at"), K::DateTime),
        attr(QStringLiteral("days_since_created"), QT_TR_NOOP("Days since placed"), K::Number,
             D::DaysSince),
        attr(QStringLiteral("updated_at"), QT_TR_NOOP("Updated at"), K::DateTime),
        attr(QStringLiteral("store_id"), QT_TR_NOOP("Store view"), K::Id),
        attr(QStringLiteral("order_currency_code"), QT_TR_NOOP("Order currency"), K::String),
        attr(QStringLiteral("payment_method"), QT_TR_NOOP("Payment method"), K::String),
        attr(QStringLiteral("shipping_method"), QT_TR_NOOP("Shipping method"), K::String),
        attr(QStringLiteral("coupon_code"), QT_TR_NOOP("Coupon code"), K::String),
        attr(QStringLiteral("grand_total"), QT_TR_NOOP("Grand total"), K::Number),
        attr(QStringLiteral("subtotal"), QT_TR_NOOP("Subtotal"), K::Number),
        attr(QStringLiteral("tax_amount"), QT_TR_NOOP("Tax"), K::Number),
        attr(QStringLiteral("shipping_amount"), QT_TR_NOOP("Shipping"), K::Number),
        attr(QStringLiteral("discount_amount"), QT_TR_NOOP("Discount"), K::Number),
        attr(QStringLiteral("total_qty_ordered"), QT_TR_NOOP("Quantity ordered"), K::Number),
        attr(QStringLiteral("total_refunded"), QT_TR_NOOP("Refunded"), K::Number),
        attr(QStringLiteral("billing_country_id"), QT_TR_NOOP("Billing country"), K::String),
        attr(QStringLiteral("shipping_country_id"), QT_TR_NOOP("Shipping country"), K::String),
    };

    m_metrics = {
        attr(QStringLiteral("number_of_orders"), QT_TR_NOOP("Number of orders"), K::Number),
        attr(QStringLiteral("lifetime_sales"), QT_TR_NOOP("Lifetime sales"), K::Number),
        attr(QStringLiteral("average_order_value"), QT_TR_NOOP("Average order value"), K::Number),
        attr(QStringLiteral("lifetime_refunds"), QT_TR_NOOP("Lifetime refunds"), K::Number),
        attr(QStringLiteral("purchased_qty"), QT_TR_NOOP("Purchased quantity"), K::Number),
        attr(QStringLiteral("total_discount"), QT_TR_NOOP("Total discount"), K::Number),
        attr(QStringLiteral("total_shipping"), QT_TR_NOOP("Total shipping"), K::Number),
        attr(QStringLiteral("total_tax"), QT_TR_NOOP("Total tax"), K::Number),
        attr(QStringLiteral("first_order_date"), QT_TR_NOOP("First order date"), K::DateTime),
        attr(QStringLiteral("last_order_date"), QT_TR_NOOP("Last order date"), K::DateTime),
        attr(QStringLiteral("days_since_first_order"), QT_TR_NOOP("Days since first order"),
             K::Number, D::DaysSince),
        attr(QStringLiteral("days_since_last_order"), QT_TR_NOOP("Days since last order"),
             K::Number, D::DaysSince),
    };

    m_cart = {
        attr(QStringLiteral("exists"), QT_TR_NOOP("Has a cart"), K::Bool),
        attr(QStringLiteral("items_count"), QT_TR_NOOP("Cart lines"), K::Number),
        attr(QStringLiteral("items_qty"), QT_TR_NOOP("Cart quantity"), K::Number),
        attr(QStringLiteral("subtotal"), QT_TR_NOOP("Cart subtotal"), K::Number),
        attr(QStringLiteral("grand_total"), QT_TR_NOOP("Cart grand total"), K::Number),
        attr(QStringLiteral("discount_amount"), QT_TR_NOOP("Cart discount"), K::Number),
        attr(QStringLiteral("coupon_code"), QT_TR_NOOP("Cart coupon code"), K::String),
        attr(QStringLiteral("created_at"), QT_TR_NOOP("Cart created at"), K::DateTime),
        attr(QStringLiteral("updated_at"), QT_TR_NOOP("Cart updated at"), K::DateTime),
        attr(QStringLiteral("days_since_update"), QT_TR_NOOP("Days since cart update"), K::Number,
             D::DaysSince),
    };

    const QStringList all;
    m_product = {
        productAttr(QStringLiteral("sku"), QT_TR_NOOP("SKU"), K::String, all),
        productAttr(QStringLiteral("name"), QT_TR_NOOP("Product name"), K::String, all),
        productAttr(QStringLiteral("product_id"), QT_TR_NOOP("Product"), K::Id, all),
        productAttr(QStringLiteral("category_id"), QT_TR_NOOP("Category"), K::Id, all),
        productAttr(QStringLiteral("product_type"), QT_TR_NOOP("Product type"), K::String, all),
        productAttr(QStringLiteral("price"), QT_TR_NOOP("Price"), K::Number,
                    {QStringLiteral("cart"), QStringLiteral("ordered")}),
        productAttr(
            QStringLiteral("qty"), QT_TR_NOOP("Quantity"), K::Number,
            {QStringLiteral("cart"), QStringLiteral("ordered"), QStringLiteral("wishlist")}),
        productAttr(QStringLiteral("added_at"), QT_TR_NOOP("Added to wishlist at"), K::DateTime,
                    {QStringLiteral("wishlist")}),
        productAttr(QStringLiteral("viewed_at"), QT_TR_NOOP("Viewed at"), K::DateTime,
                    {QStringLiteral("viewed")}),
        productAttr(QStringLiteral("ordered_at"), QT_TR_NOOP("Ordered at"), K::DateTime,
                    {QStringLiteral("ordered")}),
        productAttr(QStringLiteral("order_status"), QT_TR_NOOP("Order status"), K::String,
                    {QStringLiteral("ordered")}),
    };

    m_types = {
        {QStringLiteral("customer"), QT_TR_NOOP("Customer"), QT_TR_NOOP("Customer attribute"),
         NodeKind::Attribute},
        {QStringLiteral("address"), QT_TR_NOOP("Address"), QT_TR_NOOP("Address"),
         NodeKind::AddressScope},
        {QStringLiteral("orders"), QT_TR_NOOP("Orders and lifetime value"),
         QT_TR_NOOP("Orders aggregate"), NodeKind::OrdersScope},
        {QStringLiteral("products:ordered"), QT_TR_NOOP("Ordered products"),
         QT_TR_NOOP("Ordered products"), NodeKind::ProductsScope},
        {QStringLiteral("cart"), QT_TR_NOOP("Cart"), QT_TR_NOOP("Cart attribute"),
         NodeKind::Attribute},
        {QStringLiteral("products:cart"), QT_TR_NOOP("Cart products"),
         QT_TR_NOOP("Products in cart"), NodeKind::ProductsScope},
        {QStringLiteral("products:wishlist"), QT_TR_NOOP("Wishlist"),
         QT_TR_NOOP("Products in wishlist"), NodeKind::ProductsScope},
        {QStringLiteral("products:viewed"), QT_TR_NOOP("Viewed products"),
         QT_TR_NOOP("Viewed products"), NodeKind::ProductsScope},
        {QStringLiteral("newsletter"), QT_TR_NOOP("Newsletter"), QT_TR_NOOP("Newsletter status"),
         NodeKind::Attribute},
        {QStringLiteral("segment"), QT_TR_NOOP("Other segments"), QT_TR_NOOP("Member of segments"),
         NodeKind::SegmentReference},
        {QStringLiteral("rfm"), QT_TR_NOOP("RFM scores"), QT_TR_NOOP("RFM score"), NodeKind::Rfm},
        {QStringLiteral("sample"), QT_TR_NOOP("Samples"), QT_TR_NOOP("Random sample"),
         NodeKind::Sample},
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
        if (a.code == code) return &a;
    return nullptr;
}

const AttributeSpec *ConditionCatalog::metric(const QString &code) const
{
    for (const AttributeSpec &a : m_metrics)
        if (a.code == code) return &a;
    return nullptr;
}

QStringList ConditionCatalog::operatorsFor(ValueKind kind)
{
    switch (kind) {
    case ValueKind::String:
        return {"==",        "!=", "contains", "not_contains", "starts_with",
                "ends_with", "in", "not_in",   "is_empty",     "is_not_empty"};
    case ValueKind::Number:
    case ValueKind::Id:
        return {"==",      "!=", ">",      ">=",       "<",           "<=",
                "between", "in", "not_in", "is_empty", "is_not_empty"};
    case ValueKind::Date:
    case ValueKind::DateTime:
        return {"==",
                "!=",
                "<",
                "<=",
                ">",
                ">=",
                "between",
                "within_last_days",
                "not_within_last_days",
                "days_ago_between",
                "is_empty",
                "is_not_empty"};
    case ValueKind::Bool:
        return {"=="};
    case ValueKind::Enum:
        return {"==", "!=", "in", "not_in"};
    }
    return {};
}

bool ConditionCatalog::isNegativeOperator(const QString &op)
{
    return op == QLatin1String("!=") || op == QLatin1String("not_in") ||
           op == QLatin1String("not_contains") || op == QLatin1String("not_within_last_days");
}

QString ConditionCatalog::displayLabel(const QString &english)
{
    if (english.isEmpty()) return english;
    const QByteArray source = english.toUtf8();
    return QCoreApplication::translate("seg::ConditionCatalog", source.constData());
}

QString ConditionCatalog::rfmScoreLabel(const QString &score)
{
    if (score == QLatin1String("recency")) return tr("Recency score");
    if (score == QLatin1String("frequency")) return tr("Frequency score");
    if (score == QLatin1String("monetary")) return tr("Monetary score");
    return score;
}

QString ConditionCatalog::countOfLabel(const QString &of)
{
    if (of == QLatin1String("qty")) return tr("quantity");
    if (of == QLatin1String("amount")) return tr("amount spent");
    if (of == QLatin1String("orders")) return tr("orders");
    return tr("items");
}

QStringList ConditionCatalog::countOfSources(const QString &of)
{
    if (of == QLatin1String("qty"))
        return {QStringLiteral("ordered"), QStringLiteral("cart"), QStringLiteral("wishlist")};
    if (of == QLatin1String("amount")) return {QStringLiteral("ordered"), QStringLiteral("cart")};
    if (of == QLatin1String("orders")) return {QStringLiteral("ordered")};
    return productSources();
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

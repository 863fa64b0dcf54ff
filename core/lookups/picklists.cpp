#include "lookups/picklists.h"

#include "engine/sqldialect.h"
#include "session/storesession.h"
#include "store/sqlrun.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace seg {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seg::PickLists)
};

class Reader
{
public:
    Reader(const StoreSession &session, QString search, int limit)
        : m_session(session), m_schema(*session.schema),
          m_dialect(m_schema.dialect(), m_schema.foldCollation()), m_search(std::move(search)),
          m_limit(std::max(1, limit))
    {
    }

    Result<QList<PickItem>> countries() const;
    Result<QList<PickItem>> regions() const;
    Result<QList<PickItem>> customerGroups() const;
    Result<QList<PickItem>> websites() const;
    Result<QList<PickItem>> stores() const;
    Result<QList<PickItem>> orderStatuses() const;
    Result<QList<PickItem>> paymentMethods() const;
    Result<QList<PickItem>> shippingMethods() const;
    Result<QList<PickItem>> categories() const;
    Result<QList<PickItem>> products() const;
    Result<QList<PickItem>> segments() const;

private:
    QString t(const char *name) const { return m_schema.table(QString::fromLatin1(name)); }
    bool hasTable(const char *name) const
    {
        return m_session.connection->database().tables().contains(t(name), Qt::CaseInsensitive);
    }
    Result<QSqlQuery> run(const QString &sql, const QVariantList &params,
                          const QString &doing) const
    {
        return runSql(m_session.connection->database(), sql, params, doing);
    }
    // Keeps the items whose label contains the search text (case folded), at most `limit`.
    QList<PickItem> finish(QList<PickItem> items, bool sortByLabel) const;
    Result<int> attributeId(const QString &entityType, const QString &code) const;

    const StoreSession &m_session;
    const StoreSchema &m_schema;
    SqlDialect m_dialect;
    QString m_search;
    int m_limit;
};

QList<PickItem> Reader::finish(QList<PickItem> items, bool sortByLabel) const
{
    if (!m_search.isEmpty()) {
        const QString needle = foldCase(m_search);
        items.erase(
            std::remove_if(items.begin(), items.end(),
                           [&](const PickItem &i) { return !foldCase(i.label).contains(needle); }),
            items.end());
    }
    if (sortByLabel) {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(items.begin(), items.end(), [&](const PickItem &a, const PickItem &b) {
            return collator.compare(a.label, b.label) < 0;
        });
    }
    if (items.size() > m_limit) items.resize(m_limit);
    return items;
}

Result<int> Reader::attributeId(const QString &entityType, const QString &code) const
{
    Result<QSqlQuery> q =
        run(QStringLiteral(
                "SELECT a.attribute_id FROM %1 a JOIN %2 t ON t.entity_type_id = a.entity_type_id "
                "WHERE t.entity_type_code = ? AND a.attribute_code = ?")
                .arg(t("eav_attribute"), t("eav_entity_type")),
            {entityType, code}, Tr::tr("cannot read the %1 attribute").arg(code));
    if (!q) return q.error();
    return q.value().next() ? q->value(0).toInt() : -1;
}

QString countryLabel(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory) return code;
    return Tr::tr("%1 (%2)").arg(QLocale::territoryToString(territory), code);
}

Result<QList<PickItem>> Reader::countries() const
{
    Result<QSqlQuery> q =
        run(QStringLiteral("SELECT country_id FROM %1 WHERE country_id IS NOT NULL "
                           "UNION SELECT country_id FROM %2 WHERE country_id IS NOT NULL")
                .arg(t("customer_address_entity"), t("sales_order_address")),
            {}, Tr::tr("cannot read the countries"));
    if (!q) return q.error();
    QList<PickItem> items;
    while (q.value().next()) {
        const QString code = q->value(0).toString().trimmed();
        if (!code.isEmpty()) items.append({code, countryLabel(code)});
    }
    return finish(items, true);
}

Result<QList<PickItem>> Reader::regions() const
{
    Result<QSqlQuery> q =
        run(QStringLiteral(
                "SELECT region_id, MAX(region), MAX(country_id) FROM ("
                "SELECT region_id, region, country_id FROM %1 WHERE region_id IS NOT NULL "
                "UNION ALL SELECT region_id, region, country_id FROM %2 WHERE region_id IS NOT NULL"
                ") r GROUP BY region_id")
                .arg(t("customer_address_entity"), t("sales_order_address")),
            {}, Tr::tr("cannot read the regions"));
    if (!q) return q.error();
    QList<PickItem> items;
    while (q.value().next()) {
        const qint64 id = q->value(0).toLongLong();
        const QString name = q->value(1).toString();
        const QString country = q->value(2).toString();
        QString label = name.isEmpty() ? Tr::tr("Region %1").arg(id) : name;
        if (!country.isEmpty()) label = Tr::tr("%1 (%2)").arg(label, country);
        items.append({id, label});
    }
    return finish(items, true);
}

Result<QList<PickItem>> Reader::customerGroups() const
{
    QList<PickItem> items;
    if (hasTable("customer_group")) {
        Result<QSqlQuery> q = run(
            QStringLiteral(
                "SELECT customer_group_id, customer_group_code FROM %1 ORDER BY customer_group_id")
                .arg(t("customer_group")),
            {}, Tr::tr("cannot read the customer groups"));
        if (!q) return q.error();
        while (q.value().next())
            items.append({q->value(0).toLongLong(), q->value(1).toString()});
        return finish(items, false);
    }
    // No customer_group table: the groups customers are in, by number.
    Result<QSqlQuery> q = run(QStringLiteral("SELECT DISTINCT group_id FROM %1 ORDER BY group_id")
                                  .arg(t("customer_entity")),
                              {}, Tr::tr("cannot read the customer groups"));
    if (!q) return q.error();
    while (q.value().next())
        items.append({q->value(0).toLongLong(), Tr::tr("Group %1").arg(q->value(0).toLongLong())});
    return finish(items, false);
}

Result<QList<PickItem>> Reader::websites() const
{
    Result<QSqlQuery> q =
        run(QStringLiteral("SELECT website_id, name, code FROM %1 WHERE website_id <> ? "
                           "ORDER BY sort_order, website_id")
                .arg(t("store_website")),
            {0}, Tr::tr("cannot read the websites"));
    if (!q) return q.error();
    QList<PickItem> items;
    while (q.value().next()) {
        const QString name = q->value(1).toString();
        const QString code = q->value(2).toString();
        items.append({q->value(0).toLongLong(),
                      code.isEmpty() || code == name ? name : Tr::tr("%1 (%2)").arg(name, code)});
    }
    return finish(items, false);
}

Result<QList<PickItem>> Reader::stores() const
{
    Result<QSqlQuery> q = run(QStringLiteral("SELECT s.store_id, s.name, w.name FROM %1 s LEFT "
                                             "JOIN %2 w ON w.website_id = s.website_id "
                                             "ORDER BY s.website_id, s.sort_order, s.store_id")
                                  .arg(t("store"), t("store_website")),
                              {}, Tr::tr("cannot read the store views"));
    if (!q) return q.error();
    QList<PickItem> items;
    while (q.value().next()) {
        const QString name = q->value(1).toString();
        const QString website = q->value(2).toString();
        items.append({q->value(0).toLongLong(),
                      website.isEmpty() ? name : Tr::tr("%1 · %2").arg(website, name)});
    }
    return finish(items, false);
}

Result<QList<PickItem>> Reader::orderStatuses() const
{
    QList<PickItem> items;
    QSet<QString> seen;
    if (hasTable("sales_order_status")) {
        Result<QSqlQuery> q =
            run(QStringLiteral("SELECT status, label FROM %1").arg(t("sales_order_status")), {},
                Tr::tr("cannot read the order statuses"));
        if (!q) return q.error();
        while (q.value().next()) {
            const QString status = q->value(0).toString();
            const QString label = q->value(1).toString();
            items.append({status, label.isEmpty() || label == status
                                      ? status
                                      : Tr::tr("%1 (%2)").arg(label, status)});
            seen.insert(status);
        }
    }
    // Statuses orders carry without a row in sales_order_status (removed or custom ones).
    Result<QSqlQuery> q =
        run(QStringLiteral("SELECT DISTINCT status FROM %1 WHERE status IS NOT NULL")
                .arg(t("sales_order")),
            {}, Tr::tr("cannot read the order statuses"));
    if (!q) return q.error();
    while (q.value().next()) {
        const QString status = q->value(0).toString();
        if (!status.isEmpty() && !seen.contains(status)) {
            items.append({status, status});
            seen.insert(status);
        }
    }
    return finish(items, true);
}

QString knownPaymentTitle(const QString &method)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("checkmo"), QT_TRANSLATE_NOOP("seg::PickLists", "Check / Money order")},
        {QStringLiteral("banktransfer"),
         QT_TRANSLATE_NOOP("seg::PickLists", "Bank Transfer Payment")},
        {QStringLiteral("cashondelivery"), QT_TRANSLATE_NOOP("seg::PickLists", "Cash On Delivery")},
        {QStringLiteral("purchaseorder"), QT_TRANSLATE_NOOP("seg::PickLists", "Purchase Order")},
        {QStringLiteral("free"),
         QT_TRANSLATE_NOOP("seg::PickLists", "No Payment Information Required")},
        {QStringLiteral("paypal_express"),
         QT_TRANSLATE_NOOP("seg::PickLists", "PayPal Express Checkout")},
        {QStringLiteral("braintree"),
         QT_TRANSLATE_NOOP("seg::PickLists", "Credit Card (Braintree)")},
    };
    const auto it = titles.constFind(method);
    return it == titles.constEnd() ? QString() : Tr::tr(it.value());
}

Result<QList<PickItem>> Reader::paymentMethods() const
{
    // The title Magento recorded with the payment (additional_information.method_title), when there
    // is one.
    Result<QSqlQuery> q = run(QStringLiteral("SELECT method, MAX(additional_information) FROM %1 "
                                             "WHERE method IS NOT NULL GROUP BY method")
                                  .arg(t("sales_order_payment")),
                              {}, Tr::tr("cannot read the payment methods"));
    if (!q) return q.error();
    QList<PickItem> items;
    while (q.value().next()) {
        const QString method = q->value(0).toString();
        if (method.isEmpty()) continue;
        QString title = QJsonDocument::fromJson(q->value(1).toString().toUtf8())
                            .object()
                            .value(QStringLiteral("method_title"))
                            .toString();
        if (title.isEmpty()) title = knownPaymentTitle(method);
        items.append({method, title.isEmpty() ? method : Tr::tr("%1 (%2)").arg(title, method)});
    }
    return finish(items, true);
}

Result<QList<PickItem>> Reader::shippingMethods() const
{
    Result<QSqlQuery> q =
        run(QStringLiteral("SELECT shipping_method, MAX(shipping_description) FROM %1 "
                           "WHERE shipping_method IS NOT NULL GROUP BY shipping_method")
                .arg(t("sales_order")),
            {}, Tr::tr("cannot read the shipping methods"));
    if (!q) return q.error();
    QList<PickItem> items;
    while (q.value().next()) {
        const QString method = q->value(0).toString();
        const QString description = q->value(1).toString();
        if (!method.isEmpty())
            items.append({method, description.isEmpty()
                                      ? method
                                      : Tr::tr("%1 (%2)").arg(description, method)});
    }
    return finish(items, true);
}

Result<QList<PickItem>> Reader::categories() const
{
    QHash<qint64, QString> names;
    struct Category
    {
        qint64 id;
        QString path;
        int level;
    };
    QList<Category> categories;
    if (hasTable("catalog_category_entity")) {
        Result<QSqlQuery> q = run(QStringLiteral("SELECT entity_id, path, level FROM %1")
                                      .arg(t("catalog_category_entity")),
                                  {}, Tr::tr("cannot read the categories"));
        if (!q) return q.error();
        while (q.value().next())
            categories.append(
                {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt()});
        Result<int> nameId =
            attributeId(QStringLiteral("catalog_category"), QStringLiteral("name"));
        if (!nameId) return nameId.error();
        if (*nameId >= 0 && hasTable("catalog_category_entity_varchar")) {
            // The default (store 0) name.
            Result<QSqlQuery> n =
                run(QStringLiteral(
                        "SELECT entity_id, value FROM %1 WHERE attribute_id = ? AND store_id = ?")
                        .arg(t("catalog_category_entity_varchar")),
                    {*nameId, 0}, Tr::tr("cannot read the category names"));
            if (!n) return n.error();
            while (n.value().next())
                names.insert(n->value(0).toLongLong(), n->value(1).toString());
        }
    } else {
        // Only the assignments: categories by number.
        Result<QSqlQuery> q = run(QStringLiteral("SELECT DISTINCT category_id FROM %1")
                                      .arg(t("catalog_category_product")),
                                  {}, Tr::tr("cannot read the categories"));
        if (!q) return q.error();
        while (q.value().next())
            categories.append(
                {q->value(0).toLongLong(), QString::number(q->value(0).toLongLong()), 2});
    }

    // Magento's tree root (level 0) and the store roots (level 1 with sub-categories, "Default
    // Category") are not shopping categories: they are left out of the list and of the labels.
    QHash<qint64, int> levels;
    QSet<qint64> parents;
    for (const Category &c : std::as_const(categories)) {
        levels.insert(c.id, c.level);
        const QStringList ids = c.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + 1 < ids.size(); ++i)
            parents.insert(ids.at(i).toLongLong());
    }
    const auto isRoot = [&](qint64 id) {
        const int level = levels.value(id, 0);
        return level <= 0 || (level == 1 && parents.contains(id));
    };
    QList<PickItem> items;
    for (const Category &c : std::as_const(categories)) {
        if (isRoot(c.id)) continue;
        // "Men / Shirts": the names along the path below the store root.
        QStringList parts;
        for (const QString &part : c.path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            const qint64 id = part.toLongLong();
            if (id != c.id && (!levels.contains(id) || isRoot(id))) continue;
            parts << names.value(id, Tr::tr("Category %1").arg(id));
        }
        if (c.path.section(QLatin1Char('/'), -1).toLongLong() != c.id)
            parts << names.value(c.id, Tr::tr("Category %1").arg(c.id));
        items.append({c.id, parts.join(QStringLiteral(" / "))});
    }
    return finish(items, true);
}

Result<QList<PickItem>> Reader::products() const
{
    const int nameId = m_schema.productNameAttributeId();
    QString sql = QStringLiteral("SELECT p.entity_id, p.sku, n.value FROM %1 p LEFT JOIN %2 n ON "
                                 "n.entity_id = p.entity_id "
                                 "AND n.attribute_id = ? AND n.store_id = ?")
                      .arg(t("catalog_product_entity"), t("catalog_product_entity_varchar"));
    QVariantList params = {nameId, 0};
    if (!m_search.isEmpty()) {
        const QString pattern =
            QLatin1Char('%') + escapeLike(foldCase(m_search)) + QLatin1Char('%');
        sql += QStringLiteral(" WHERE %1 LIKE %3%4 OR %2 LIKE %3%4")
                   .arg(m_dialect.fold(QStringLiteral("p.sku")),
                        m_dialect.fold(QStringLiteral("n.value")), m_dialect.foldedParam(),
                        m_dialect.likeEscape());
        params << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY p.sku, p.entity_id LIMIT ?");
    params << m_limit;
    Result<QSqlQuery> q = run(sql, params, Tr::tr("cannot read the products"));
    if (!q) return q.error();
    QList<PickItem> items;
    while (q.value().next()) {
        const QString sku = q->value(1).toString();
        const QString name = q->value(2).toString();
        items.append(
            {q->value(0).toLongLong(), name.isEmpty() ? sku : Tr::tr("%1 (%2)").arg(name, sku)});
    }
    return items;
}

Result<QList<PickItem>> Reader::segments() const
{
    if (!m_session.segments) return QList<PickItem>{};
    Result<QList<SegmentRecord>> records = m_session.segments->list();
    if (!records) {
        // A store Segmentor has never written to has no segment tables: no segments yet.
        if (!m_session.storage.connection->database().tables().contains(
                m_session.storage.tablePrefix + QStringLiteral("segmentor_segment"),
                Qt::CaseInsensitive))
            return QList<PickItem>{};
        return records.error();
    }
    QList<PickItem> items;
    for (const SegmentRecord &r : *records) {
        const QString &code = r.definition.code;
        const QString &name = r.definition.name;
        items.append(
            {code, name.isEmpty() || name == code ? code : Tr::tr("%1 (%2)").arg(name, code)});
    }
    return finish(items, true);
}

} // namespace

std::optional<PickListKind> pickListFor(const QString &type, const QString &attribute)
{
    using K = PickListKind;
    static const QHash<QString, QHash<QString, K>> map = {
        {QStringLiteral("customer"),
         {{QStringLiteral("group_id"), K::CustomerGroups},
          {QStringLiteral("website_id"), K::Websites},
          {QStringLiteral("store_id"), K::Stores}}},
        {QStringLiteral("address"),
         {{QStringLiteral("country_id"), K::Countries}, {QStringLiteral("region_id"), K::Regions}}},
        {QStringLiteral("order"),
         {{QStringLiteral("status"), K::OrderStatuses},
          {QStringLiteral("store_id"), K::Stores},
          {QStringLiteral("payment_method"), K::PaymentMethods},
          {QStringLiteral("shipping_method"), K::ShippingMethods},
          {QStringLiteral("billing_country_id"), K::Countries},
          {QStringLiteral("shipping_country_id"), K::Countries}}},
        {QStringLiteral("product"),
         {{QStringLiteral("product_id"), K::Products},
          {QStringLiteral("category_id"), K::Categories},
          {QStringLiteral("order_status"), K::OrderStatuses}}},
    };
    if (type == QLatin1String("segment")) return K::Segments;
    const auto entity = map.constFind(type);
    if (entity == map.constEnd()) return std::nullopt;
    const auto kind = entity->constFind(attribute);
    if (kind == entity->constEnd()) return std::nullopt;
    return *kind;
}

Result<QList<PickItem>> loadPickList(const StoreSession &session, PickListKind kind,
                                     const QString &search, int limit)
{
    if (!session.connection || !session.schema)
        return Error{{}, Tr::tr("no store is open"), ErrorCode::Internal};
    const Reader reader(session, search.trimmed(), limit);
    switch (kind) {
    case PickListKind::Countries:
        return reader.countries();
    case PickListKind::Regions:
        return reader.regions();
    case PickListKind::CustomerGroups:
        return reader.customerGroups();
    case PickListKind::Websites:
        return reader.websites();
    case PickListKind::Stores:
        return reader.stores();
    case PickListKind::OrderStatuses:
        return reader.orderStatuses();
    case PickListKind::PaymentMethods:
        return reader.paymentMethods();
    case PickListKind::ShippingMethods:
        return reader.shippingMethods();
    case PickListKind::Categories:
        return reader.categories();
    case PickListKind::Products:
        return reader.products();
    case PickListKind::Segments:
        return reader.segments();
    }
    return Error{{}, Tr::tr("unknown pick list"), ErrorCode::InvalidArgument};
}

QString pickListName(PickListKind kind)
{
    switch (kind) {
    case PickListKind::Countries:
        return Tr::tr("Countries");
    case PickListKind::Regions:
        return Tr::tr("Regions");
    case PickListKind::CustomerGroups:
        return Tr::tr("Customer groups");
    case PickListKind::Websites:
        return Tr::tr("Websites");
    case PickListKind::Stores:
        return Tr::tr("Store views");
    case PickListKind::OrderStatuses:
        return Tr::tr("Order statuses");
    case PickListKind::PaymentMethods:
        return Tr::tr("Payment methods");
    case PickListKind::ShippingMethods:
        return Tr::tr("Shipping methods");
    case PickListKind::Categories:
        return Tr::tr("Categories");
    case PickListKind::Products:
        return Tr::tr("Products");
    case PickListKind::Segments:
        return Tr::tr("Segments");
    }
    return {};
}

} // namespace seg

#include "fixturestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <gtest/gtest.h>

namespace segtest {

FixtureStore::FixtureStore(const seg::StoreConnection &connection, QString prefix)
    : m_connection(connection), m_prefix(std::move(prefix))
{
    if (connection.dialect() == seg::Dialect::MySql)
        (void)connection.exec(
            QStringLiteral("SET SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO,STRICT_TRANS_TABLES'"));
}

void FixtureStore::insert(const QString &table, const QVariantMap &values)
{
    QStringList columns, marks;
    for (auto it = values.begin(); it != values.end(); ++it) {
        columns << it.key();
        marks << QStringLiteral("?");
    }
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("INSERT INTO %1%2 (%3) VALUES (%4)")
                  .arg(m_prefix, table, columns.join(QStringLiteral(", ")),
                       marks.join(QStringLiteral(", "))));
    for (auto it = values.begin(); it != values.end(); ++it)
        q.addBindValue(it.value());
    if (!q.exec())
        ADD_FAILURE() << "insert into " << table.toStdString()
                      << " failed: " << q.lastError().text().toStdString();
}

void FixtureStore::installBase()
{
    insert(QStringLiteral("store_website"),
           {{"website_id", 0}, {"code", "admin"}, {"name", "Admin"}});
    insert(QStringLiteral("store_website"),
           {{"website_id", 1}, {"code", "base"}, {"name", "Main Website"}});
    insert(QStringLiteral("store_website"),
           {{"website_id", 2}, {"code", "eu"}, {"name", "EU Website"}});
    insert(QStringLiteral("store_group"),
           {{"group_id", 0}, {"website_id", 0}, {"name", "Default"}, {"code", "default"}});
    insert(QStringLiteral("store_group"),
           {{"group_id", 1}, {"website_id", 1}, {"name", "Main Store"}, {"code", "main"}});
    insert(QStringLiteral("store_group"),
           {{"group_id", 2}, {"website_id", 2}, {"name", "EU Store"}, {"code", "eu"}});
    insert(QStringLiteral("store"), {{"store_id", 0},
                                     {"code", "admin"},
                                     {"website_id", 0},
                                     {"group_id", 0},
                                     {"name", "Admin"}});
    insert(QStringLiteral("store"), {{"store_id", 1},
                                     {"code", "default"},
                                     {"website_id", 1},
                                     {"group_id", 1},
                                     {"name", "Default Store View"},
                                     {"is_active", 1}});
    insert(QStringLiteral("store"), {{"store_id", 2},
                                     {"code", "fr"},
                                     {"website_id", 2},
                                     {"group_id", 2},
                                     {"name", "French"},
                                     {"is_active", 1}});
    const QStringList groups = {"NOT LOGGED IN", "General", "Wholesale", "Retailer"};
    for (int i = 0; i < groups.size(); ++i)
        insert(QStringLiteral("customer_group"),
               {{"customer_group_id", i}, {"customer_group_code", groups[i]}, {"tax_class_id", 3}});
    insert(QStringLiteral("eav_entity_type"),
           {{"entity_type_id", 1},
            {"entity_type_code", "customer"},
            {"entity_model", "Magento\\Customer\\Model\\ResourceModel\\Customer"}});
    insert(QStringLiteral("eav_entity_type"),
           {{"entity_type_id", 4},
            {"entity_type_code", "catalog_product"},
            {"entity_model", "Magento\\Catalog\\Model\\ResourceModel\\Product"}});
    insert(QStringLiteral("eav_attribute"), {{"attribute_id", 73},
                                             {"entity_type_id", 4},
                                             {"attribute_code", "name"},
                                             {"backend_type", "varchar"},
                                             {"frontend_input", "text"}});
    insert(QStringLiteral("eav_attribute"), {{"attribute_id", 500},
                                             {"entity_type_id", 1},
                                             {"attribute_code", "loyalty_score"},
                                             {"backend_type", "int"},
                                             {"frontend_input", "text"},
                                             {"frontend_label", "Loyalty score"}});
}

void FixtureStore::customer(qint64 id, const QVariantMap &values)
{
    QVariantMap row = {{"entity_id", id},
                       {"website_id", 1},
                       {"store_id", 1},
                       {"group_id", 1},
                       {"email", QStringLiteral("c%1@example.com").arg(id)},
                       {"firstname", "Test"},
                       {"lastname", QStringLiteral("Customer%1").arg(id)},
                       {"created_at", "2024-01-01 10:00:00"},
                       {"updated_at", "2024-01-01 10:00:00"},
                       {"is_active", 1}};
    for (auto it = values.begin(); it != values.end(); ++it)
        row.insert(it.key(), it.value());
    insert(QStringLiteral("customer_entity"), row);
}

void FixtureStore::order(qint64 id, const QVariant &customerId, const QVariantMap &values)
{
    QVariantMap row = {
        {"entity_id", id},
        {"increment_id", QStringLiteral("%1").arg(100000000 + id)},
        {"store_id", 1},
        {"state", "complete"},
        {"status", "complete"},
        {"base_grand_total", 100.0},
        {"grand_total", 100.0},
        {"base_subtotal", 90.0},
        {"base_shipping_amount", 10.0},
        {"base_tax_amount", 0.0},
        {"base_discount_amount", 0.0},
        {"total_qty_ordered", 1.0},
        {"order_currency_code", "GBP"},
        {"base_currency_code", "GBP"},
        {"customer_email",
         customerId.isNull()
             ? QVariant("guest@example.com")
             : QVariant(QStringLiteral("c%1@example.com").arg(customerId.toLongLong()))},
        {"customer_id", customerId},
        {"customer_is_guest", customerId.isNull() ? 1 : 0},
        {"created_at", "2026-10-01 12:00:00"},
        {"updated_at", "2026-10-01 12:00:00"}};
    for (auto it = values.begin(); it != values.end(); ++it)
        row.insert(it.key(), it.value());
    insert(QStringLiteral("sales_order"), row);
}

void FixtureStore::product(qint64 id, const QString &sku, const QString &name,
                           const QList<qint64> &categories)
{
    insert(QStringLiteral("catalog_product_entity"),
           {{"entity_id", id}, {"sku", sku}, {"type_id", "simple"}, {"attribute_set_id", 4}});
    insert(QStringLiteral("catalog_product_entity_varchar"),
           {{"entity_id", id}, {"attribute_id", 73}, {"store_id", 0}, {"value", name}});
    static qint64 link = 1;
    for (qint64 c : categories) {
        if (!m_categories.contains(c)) { // the assignment's foreign key needs the category row
            insert(QStringLiteral("catalog_category_entity"),
                   {{"entity_id", c},
                    {"parent_id", 0},
                    {"path", QStringLiteral("1/%1").arg(c)},
                    {"level", 1},
                    {"attribute_set_id", 3},
                    {"position", 0},
                    {"children_count", 0}});
            m_categories.insert(c);
        }
        insert(QStringLiteral("catalog_category_product"),
               {{"entity_id", link++}, {"category_id", c}, {"product_id", id}, {"position", 0}});
    }
}

seg::StoreSchema FixtureStore::schema() const
{
    auto loaded = seg::StoreSchema::load(m_connection.database(), m_connection.dialect(), m_prefix);
    if (!loaded) {
        ADD_FAILURE() << loaded.error().message.toStdString();
        return seg::StoreSchema(m_connection.dialect(), m_prefix);
    }
    return *loaded;
}

} // namespace segtest

#include "store/storeschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace seg {

StoreSchema::StoreSchema(Dialect dialect, QString tablePrefix)
    : m_dialect(dialect), m_prefix(std::move(tablePrefix))
{
}

QStringList StoreSchema::requiredTables()
{
    return {QStringLiteral("store_website"),
            QStringLiteral("store"),
            QStringLiteral("eav_entity_type"),
            QStringLiteral("eav_attribute"),
            QStringLiteral("customer_entity"),
            QStringLiteral("customer_address_entity"),
            QStringLiteral("newsletter_subscriber"),
            QStringLiteral("sales_order"),
            QStringLiteral("sales_order_item"),
            QStringLiteral("sales_order_address"),
            QStringLiteral("sales_order_payment"),
            QStringLiteral("quote"),
            QStringLiteral("quote_item"),
            QStringLiteral("wishlist"),
            QStringLiteral("wishlist_item"),
            QStringLiteral("report_viewed_product_index"),
            QStringLiteral("catalog_product_entity"),
            QStringLiteral("catalog_product_entity_varchar"),
            QStringLiteral("catalog_category_product"),
            QStringLiteral("customer_entity_int"),
            QStringLiteral("customer_entity_decimal"),
            QStringLiteral("customer_entity_varchar"),
            QStringLiteral("customer_entity_text"),
            QStringLiteral("customer_entity_datetime")};
}

std::optional<CustomAttribute> StoreSchema::customAttribute(const QString &code) const
{
    const auto it = m_custom.constFind(code);
    if (it == m_custom.constEnd()) return std::nullopt;
    return *it;
}

namespace {

ValueKind kindOf(const QString &backendType, const QString &frontendInput)
{
    if (frontendInput == QLatin1String("boolean")) return ValueKind::Bool;
    if (backendType == QLatin1String("int") && (frontendInput == QLatin1String("select")))
        return ValueKind::Id;
    if (backendType == QLatin1String("int") || backendType == QLatin1String("decimal"))
        return ValueKind::Number;
    if (backendType == QLatin1String("datetime"))
        return frontendInput == QLatin1String("date") ? ValueKind::Date : ValueKind::DateTime;
    return ValueKind::String;
}

// lower() folds only ASCII in a PostgreSQL database created with the "C" locale; then an
// ICU (or C.utf8) collation gives the Unicode folding the other databases have.
Result<QString> probeFoldCollation(const QSqlDatabase &db)
{
    const QString sample = QStringLiteral("ÉΣ"), folded = QStringLiteral("éσ");
    for (const QString &collation : {QString(), QStringLiteral("und-x-icu"),
                                     QStringLiteral("C.utf8"), QStringLiteral("C.UTF-8")}) {
        QSqlQuery q(db);
        q.prepare(
            collation.isEmpty()
                ? QStringLiteral("SELECT lower(CAST(? AS text))")
                : QStringLiteral("SELECT lower(CAST(? AS text) COLLATE \"%1\")").arg(collation));
        q.addBindValue(sample);
        if (q.exec() && q.next() && q.value(0).toString() == folded) return collation;
    }
    return Error{{},
                 QStringLiteral("this PostgreSQL database cannot lower-case non-ASCII letters (no "
                                "ICU or UTF-8 collation): "
                                "comparisons would not be case-insensitive"),
                 ErrorCode::Connection};
}

} // namespace

Result<StoreSchema> StoreSchema::load(const QSqlDatabase &db, Dialect dialect,
                                      const QString &tablePrefix)
{
    StoreSchema schema(dialect, tablePrefix);
    const QStringList present = db.tables(QSql::Tables);
    QStringList missing;
    for (const QString &t : requiredTables())
        if (!present.contains(schema.table(t), Qt::CaseInsensitive)) missing << schema.table(t);
    if (missing.size() == requiredTables().size())
        return Error{{},
                     QStringLiteral("not a Magento 2 store: none of its tables were found%1")
                         .arg(tablePrefix.isEmpty()
                                  ? QStringLiteral(" (is a table prefix needed?)")
                                  : QStringLiteral(" with prefix \"%1\"").arg(tablePrefix)),
                     ErrorCode::Connection};
    if (!missing.isEmpty())
        return Error{{},
                     QStringLiteral("the store lacks tables the engine reads: %1")
                         .arg(missing.join(QStringLiteral(", "))),
                     ErrorCode::Connection};

    // Custom customer attributes: EAV-backed (not static) attributes of entity type "customer".
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT a.attribute_id, a.attribute_code, a.backend_type, "
                             "a.frontend_input, a.frontend_label "
                             "FROM %1 a JOIN %2 t ON t.entity_type_id = a.entity_type_id "
                             "WHERE t.entity_type_code = ? AND a.backend_type <> ?")
                  .arg(schema.table(QStringLiteral("eav_attribute")),
                       schema.table(QStringLiteral("eav_entity_type"))));
    q.addBindValue(QStringLiteral("customer"));
    q.addBindValue(QStringLiteral("static"));
    if (!q.exec())
        return Error{{},
                     QStringLiteral("cannot read eav_attribute: %1").arg(q.lastError().text()),
                     ErrorCode::Connection};
    static const QStringList backends = {"int", "decimal", "varchar", "text", "datetime"};
    while (q.next()) {
        CustomAttribute a;
        a.attributeId = q.value(0).toInt();
        a.code = q.value(1).toString();
        a.backendType = q.value(2).toString();
        a.frontendInput = q.value(3).toString();
        a.label = q.value(4).toString();
        if (!backends.contains(a.backendType)) continue;
        a.kind = kindOf(a.backendType, a.frontendInput);
        schema.addCustomAttribute(a);
    }

    QSqlQuery name(db);
    name.prepare(
        QStringLiteral(
            "SELECT a.attribute_id FROM %1 a JOIN %2 t ON t.entity_type_id = a.entity_type_id "
            "WHERE t.entity_type_code = ? AND a.attribute_code = ?")
            .arg(schema.table(QStringLiteral("eav_attribute")),
                 schema.table(QStringLiteral("eav_entity_type"))));
    name.addBindValue(QStringLiteral("catalog_product"));
    name.addBindValue(QStringLiteral("name"));
    if (name.exec() && name.next()) schema.setProductNameAttributeId(name.value(0).toInt());
    if (dialect == Dialect::Sqlite) {
        QSqlQuery index(db);
        index.prepare(
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"));
        index.addBindValue(schema.table(QStringLiteral("SEGMENTOR_ORDER_CUSTOMER")));
        schema.setHasOrderCustomerIndex(index.exec() && index.next());
    }
    if (dialect == Dialect::PostgreSql) {
        if (auto collation = probeFoldCollation(db); !collation)
            return collation.error();
        else
            schema.setFoldCollation(*collation);
    }
    return schema;
}

} // namespace seg

#pragma once

#include "common/result.h"
#include "definition/definitionvalidator.h"
#include "store/dialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace seg {

// What the engine knows of one Magento store's schema: the table prefix, the dialect and
// the custom customer attributes found in eav_attribute.
class StoreSchema : public CustomAttributeResolver
{
public:
    StoreSchema(Dialect dialect = Dialect::Sqlite, QString tablePrefix = {});

    // Reads eav_attribute and checks the tables the engine needs are there.
    static Result<StoreSchema> load(const QSqlDatabase &db, Dialect dialect,
                                    const QString &tablePrefix);

    Dialect dialect() const { return m_dialect; }
    const QString &tablePrefix() const { return m_prefix; }
    QString table(const QString &magentoName) const
    {
        if (!m_overrides.isEmpty())
            if (auto it = m_overrides.constFind(magentoName); it != m_overrides.constEnd())
                return *it;
        return m_prefix + magentoName;
    }
    // Reads a table under another name (time travel: a CTE of its rows as of a past time).
    void setTableOverride(const QString &magentoName, const QString &sqlName)
    {
        m_overrides.insert(magentoName, sqlName);
    }

    std::optional<CustomAttribute> customAttribute(const QString &code) const override;
    // eav_attribute id of the catalog product "name" (for wishlist and viewed products).
    // PostgreSQL only: the collation whose lower() folds non-ASCII letters, when the
    // database's locale does not (a "C" database); empty otherwise.
    const QString &foldCollation() const { return m_foldCollation; }
    void setFoldCollation(const QString &collation) { m_foldCollation = collation; }
    int productNameAttributeId() const { return m_productNameAttributeId; }
    void setProductNameAttributeId(int id) { m_productNameAttributeId = id; }
    // SQLite only: whether RecommendedIndexes' covering (customer_id, ...) index on sales_order
    // is there; without it a full scan beats one table lookup per order.
    bool hasOrderCustomerIndex() const { return m_hasOrderCustomerIndex; }
    void setHasOrderCustomerIndex(bool present) { m_hasOrderCustomerIndex = present; }
    void addCustomAttribute(const CustomAttribute &attribute)
    {
        m_custom.insert(attribute.code, attribute);
    }
    QList<CustomAttribute> customAttributes() const { return m_custom.values(); }

    // The Magento tables the engine reads; a store missing any of them is refused.
    static QStringList requiredTables();

private:
    Dialect m_dialect;
    QString m_prefix;
    QHash<QString, CustomAttribute> m_custom;
    QHash<QString, QString> m_overrides;
    int m_productNameAttributeId = -1;
    QString m_foldCollation;
    bool m_hasOrderCustomerIndex = false;
};

} // namespace seg

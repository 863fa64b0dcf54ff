#pragma once

#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <QSet>
#include <QVariantMap>

namespace segtest {

// Writes hand-made rows into a fresh Magento schema, on any backend, for the trap tests.
// Every value is bound. Ids are given explicitly so tests can name members.
class FixtureStore
{
public:
    FixtureStore(const seg::StoreConnection &connection, QString prefix);

    // Websites 0 (admin), 1 (base) and 2 (eu) with a store view each (ids 0, 1, 2), the
    // default customer groups, EAV entity types, the product "name" attribute and a custom
    // customer attribute loyalty_score (int, attribute_id 500).
    void installBase();

    void insert(const QString &table, const QVariantMap &values);
    void
    customer(qint64 id,
             const QVariantMap &values = {}); // website 1, email c<id>@example.com unless given
    void order(qint64 id, const QVariant &customerId,
               const QVariantMap &values = {}); // store 1, complete, 100.00
    void product(qint64 id, const QString &sku, const QString &name,
                 const QList<qint64> &categories = {});

    seg::StoreSchema schema() const;
    const seg::StoreConnection &connection() const { return m_connection; }

private:
    const seg::StoreConnection &m_connection;
    QString m_prefix;
    QSet<qint64> m_categories;
};

} // namespace segtest

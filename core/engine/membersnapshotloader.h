#pragma once

#include "common/result.h"
#include "engine/membersnapshot.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

namespace seg {

// Reads one member's data with simple queries, mapping Magento columns to the catalog's
// attribute codes. Deliberately written apart from the SQL compiler, so that the tests'
// cross-check compares two independent readings of the spec.
class MemberSnapshotLoader
{
public:
    MemberSnapshotLoader(const StoreConnection &connection, const StoreSchema &schema);

    Result<MemberSnapshot> load(const MemberKey &key) const;

private:
    Status loadRegistered(MemberSnapshot &s) const;
    Status loadGuest(MemberSnapshot &s) const;
    Status loadOrders(MemberSnapshot &s, const QList<AttributeRow> &orderRows) const;
    Status loadCatalogItems(QList<ProductRow> &out, const QString &sql, const QVariantList &params,
                            const QHash<QString, QString> &columns) const;
    Result<QList<AttributeRow>> rows(const QString &sql, const QVariantList &params = {}) const;
    QList<qint64> categoriesOf(const QVariant &productId) const;
    QString t(const char *name) const { return m_schema.table(QString::fromLatin1(name)); }

    const StoreConnection &m_connection;
    const StoreSchema &m_schema;
};

} // namespace seg

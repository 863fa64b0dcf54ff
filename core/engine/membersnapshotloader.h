#pragma once

#include "common/result.h"
#include "engine/membersnapshot.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <QDateTime>

#include <optional>

namespace seg {

// Reads one member's data with simple queries, mapping Magento columns to the catalog's
// attribute codes. Deliberately written apart from the SQL compiler, so that the tests'
// cross-check compares two independent readings of the spec.
// rewindTo: time travel (TimeContext::rewindCutoff()): the rows created after it are left out
// of the snapshot, in C++ after reading, as docs/conditions.md states it (customers, orders with
// their items, carts and cart items, wishlist items, views, logins).
class MemberSnapshotLoader
{
public:
    MemberSnapshotLoader(const StoreConnection &connection, const StoreSchema &schema,
                         std::optional<QDateTime> rewindTo = std::nullopt);

    Result<MemberSnapshot> load(const MemberKey &key) const;

private:
    Status loadRegistered(MemberSnapshot &s) const;
    Status loadGuest(MemberSnapshot &s) const;
    Status loadOrders(MemberSnapshot &s, const QList<AttributeRow> &orderRows) const;
    Status loadCatalogItems(QList<ProductRow> &out, const QString &sql, const QVariantList &params,
                            const QHash<QString, QString> &columns,
                            const QString &createdColumn) const;
    // Whether a row created at `created` (a stored timestamp) existed at the rewind time.
    bool existed(const QVariant &created) const;
    QList<AttributeRow> existing(const QList<AttributeRow> &rows,
                                 const QString &createdColumn) const;
    Result<QList<AttributeRow>> rows(const QString &sql, const QVariantList &params = {}) const;
    QList<qint64> categoriesOf(const QVariant &productId) const;
    QString t(const char *name) const { return m_schema.table(QString::fromLatin1(name)); }

    const StoreConnection &m_connection;
    const StoreSchema &m_schema;
    std::optional<QDateTime> m_rewindTo;
};

} // namespace seg

#pragma once

#include "common/result.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <QDateTime>

namespace seg {

// What a build or a sync did.
struct MemberFactsRun
{
    qint64 changedOrders = 0;  // orders read because they changed (or all of them: rebuild)
    qint64 deletedOrders = 0;  // orders gone from sales_order since the last run
    qint64 membersUpdated = 0; // members whose fact rows were recomputed
    bool fullCheck = false;    // the order counts differed: every order id was compared
    qint64 elapsedMs = 0;
};

struct MemberFactsStatus
{
    bool built = false;
    qint64 rows = 0;           // rows of segmentor_fact_member
    qint64 orders = 0;         // orders the facts cover (segmentor_fact_order)
    QDateTime builtAt;         // the last full build (UTC)
    QDateTime syncedAt;        // the last build or sync (UTC)
    qint64 lagOrders = 0;      // orders created or updated after the watermark
    bool countsDiffer = false; // orders were deleted (or written under the watermark) since
};

// Segmentor's order facts in the store (<prefix>segmentor_fact_*): per member (a customer id,
// or a guest's folded email) × store view × status × state, the order count, the sums the
// catalog's orders metrics read and the first and last created_at. Kept current from
// Magento's own columns: sales_order.updated_at and entity_id are the watermarks; a mirror of
// each order's member (segmentor_fact_order) gives the member an order belonged to before it
// changed, and tells deleted orders apart (its count and id sum differ from sales_order's).
// Whether a guest's email is owned by a registered customer is not a fact: the compiler
// decides it when it reads them, as the direct SQL does.
class MemberFactsRepository
{
public:
    // tablePrefix: the store's prefix (the facts live in the store, next to its orders).
    MemberFactsRepository(const StoreConnection &store, const StoreSchema &schema);

    QString factsTable() const { return m_prefix + QStringLiteral("segmentor_fact_member"); }
    // Whether a full build exists (the state row is there).
    bool isBuilt() const;
    // Creates the tables when missing, then replaces every fact in one transaction.
    Result<MemberFactsRun> rebuild();
    // Brings the facts up to date with the orders changed since the watermark (one
    // transaction: the changed members' rows deleted and inserted again).
    Result<MemberFactsRun> sync();
    Result<MemberFactsStatus> status() const;

    static QStringList createStatements(Dialect dialect, const QString &tablePrefix);

private:
    Status run(const QString &sql, const QString &doing) const;
    Result<qint64> scalar(const QString &sql, const QString &doing) const;
    Status applyChanges(MemberFactsRun &out);
    Status insertFacts(bool onlyDirty);
    QString t(const char *name) const { return m_prefix + QString::fromLatin1(name); }
    QString orders() const { return m_schema.table(QStringLiteral("sales_order")); }
    QString guestKeyOf(const QString &order) const;

    const StoreConnection &m_store;
    const StoreSchema &m_schema;
    QString m_prefix;
};

} // namespace seg

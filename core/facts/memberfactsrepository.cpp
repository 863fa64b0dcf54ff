#include "facts/memberfactsrepository.h"

#include "engine/sqldialect.h"
#include "repository/segmentrecord.h"
#include "repository/tableddl.h"
#include "store/sqlrun.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace seg {

namespace {
const QString kStateKey = QStringLiteral("orders");

// The money and quantity sums the orders metrics read, as the direct SQL sums them (a missing
// amount is 0; the discount is stored negative).
struct SumColumn
{
    const char *column;
    const char *expression;
};
const SumColumn kSums[] = {
    {"sum_grand_total", "o.base_grand_total"},  {"sum_refunded", "o.base_total_refunded"},
    {"sum_qty", "o.total_qty_ordered"},         {"sum_discount", "(0 - o.base_discount_amount)"},
    {"sum_shipping", "o.base_shipping_amount"}, {"sum_tax", "o.base_tax_amount"},
};

QDateTime readUtc(const QVariant &v)
{
    if (v.isNull()) return {};
    QDateTime d = v.metaType().id() == QMetaType::QString ? QDateTime() : v.toDateTime();
    const QString text = v.toString();
    for (const char *format : {"yyyy-MM-dd HH:mm:ss.zzz", "yyyy-MM-dd HH:mm:ss"})
        if (!d.isValid()) d = QDateTime::fromString(text, QString::fromLatin1(format));
    if (!d.isValid()) d = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!d.isValid()) return {};
    d.setTimeZone(QTimeZone::utc());
    return d;
}

// Writes with the watermark's own updated_at may still come while its second is open; once
// the last sync ran well after it (a margin for clocks that differ), none can.
constexpr qint64 kOpenSecondMarginSecs = 300;
} // namespace

MemberFactsRepository::MemberFactsRepository(const StoreConnection &store,
                                             const StoreSchema &schema)
    : m_store(store), m_schema(schema), m_prefix(schema.tablePrefix())
{
}

QStringList MemberFactsRepository::createStatements(Dialect dialect, const QString &p)
{
    TableDdl ddl(dialect, p);
    // The guest key is the folded email the compiler groups guests by: bytes on MySQL
    // (CAST(LOWER(..) AS BINARY)), so that "émilie" and "emilie" stay two guests.
    const QString guestKey = dialect == Dialect::MySql ? QStringLiteral("VARBINARY(512)")
                                                       : QStringLiteral("VARCHAR(512)");
    const QString money =
        dialect == Dialect::Sqlite ? QStringLiteral("REAL") : QStringLiteral("DECIMAL(20,4)");
    const QString big =
        dialect == Dialect::Sqlite ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT");
    QString sums;
    for (const SumColumn &s : kSums)
        sums += QStringLiteral(", %1 %2 NOT NULL").arg(QString::fromLatin1(s.column), money);
    QStringList statements{
        ddl.table("segmentor_fact_member",
                  QStringLiteral("customer_id INTEGER NULL, guest_key %1 NULL, store_id INTEGER "
                                 "NULL, status VARCHAR(32) NULL, state VARCHAR(32) NULL, "
                                 "order_count INTEGER NOT NULL%2, first_created_at %3 NULL, "
                                 "last_created_at %3 NULL%4%5")
                      .arg(guestKey, sums, ddl.ts,
                           ddl.index("SEGMENTOR_FACT_MEMBER_CUSTOMER", "segmentor_fact_member",
                                     "customer_id"),
                           ddl.index("SEGMENTOR_FACT_MEMBER_GUEST", "segmentor_fact_member",
                                     "guest_key"))),
        // Each order's member as the facts last counted it.
        ddl.table(
            "segmentor_fact_order",
            QStringLiteral("order_id %1 NOT NULL PRIMARY KEY, customer_id INTEGER NULL, "
                           "guest_key %2 NULL%3%4")
                .arg(big, guestKey,
                     ddl.index("SEGMENTOR_FACT_ORDER_CUSTOMER", "segmentor_fact_order",
                               "customer_id"),
                     ddl.index("SEGMENTOR_FACT_ORDER_GUEST", "segmentor_fact_order", "guest_key"))),
        // Work tables of one sync: the changed orders and the members to recompute.
        ddl.table("segmentor_fact_change",
                  QStringLiteral("order_id %1 NOT NULL PRIMARY KEY").arg(big)),
        ddl.table("segmentor_fact_dirty",
                  QStringLiteral("customer_id INTEGER NULL, guest_key %1 NULL").arg(guestKey)),
        ddl.table("segmentor_fact_state",
                  QStringLiteral("state_key VARCHAR(16) NOT NULL PRIMARY KEY, watermark_updated_at "
                                 "%1 NULL, watermark_id %2 NULL, pending_updated_at %1 NULL, "
                                 "pending_id %2 NULL, built_at %1 NULL, synced_at %1 NULL")
                      .arg(ddl.ts, big)),
    };
    return statements + ddl.indexStatements();
}

Status MemberFactsRepository::run(const QString &sql, const QString &doing) const
{
    // Not prepared: PostgreSQL cannot PREPARE a CREATE statement (these bind no value).
    QSqlQuery q(m_store.database());
    if (!q.exec(sql))
        return Error{
            {}, QStringLiteral("%1: %2").arg(doing, q.lastError().text()), ErrorCode::Database};
    return success();
}

Result<qint64> MemberFactsRepository::scalar(const QString &sql, const QString &doing) const
{
    Result<QSqlQuery> r = runSql(m_store.database(), sql, {}, doing);
    if (!r) return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next()) return qint64(0);
    return q.value(0).toLongLong();
}

QString MemberFactsRepository::guestKeyOf(const QString &o) const
{
    // Exactly the guest_orders CTE's selection and key (BranchCompiler::guestOrdersCte).
    const SqlDialect d(m_schema.dialect(), m_schema.foldCollation());
    const QString email = o + QStringLiteral(".customer_email");
    return QStringLiteral("CASE WHEN %1.customer_id IS NULL AND %2 IS NOT NULL AND NOT (%3) THEN "
                          "%4 END")
        .arg(o, email, d.isEmptyString(email), d.fold(email));
}

bool MemberFactsRepository::isBuilt() const
{
    if (!m_store.database().tables().contains(t("segmentor_fact_state"), Qt::CaseInsensitive))
        return false;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT built_at FROM %1 WHERE state_key = ?")
                  .arg(t("segmentor_fact_state")));
    q.addBindValue(kStateKey);
    return q.exec() && q.next() && !q.value(0).isNull();
}

Status MemberFactsRepository::insertFacts(bool onlyDirty)
{
    QString sums;
    for (const SumColumn &s : kSums)
        sums += QStringLiteral(", SUM(COALESCE(%1, 0))").arg(QString::fromLatin1(s.expression));
    QString columns;
    for (const SumColumn &s : kSums)
        columns += QStringLiteral(", ") + QString::fromLatin1(s.column);
    // Registered members and guests apart, each through its own index of the mirror.
    for (const QString &member : {QStringLiteral("customer_id"), QStringLiteral("guest_key")}) {
        QString where = QStringLiteral("m.%1 IS NOT NULL").arg(member);
        if (member == QLatin1String("guest_key"))
            where += QStringLiteral(" AND m.customer_id IS NULL");
        if (onlyDirty)
            where += QStringLiteral(" AND m.%1 IN (SELECT d.%1 FROM %2 d WHERE d.%1 IS NOT NULL)")
                         .arg(member, t("segmentor_fact_dirty"));
        const QString sql =
            QStringLiteral(
                "INSERT INTO %1 (customer_id, guest_key, store_id, status, state, "
                "order_count%2, first_created_at, last_created_at) SELECT "
                "m.customer_id, m.guest_key, o.store_id, o.status, o.state, COUNT(*)%3, "
                "MIN(o.created_at), MAX(o.created_at) FROM %4 m JOIN %5 o ON o.entity_id "
                "= m.order_id WHERE %6 GROUP BY m.customer_id, m.guest_key, o.store_id, "
                "o.status, o.state")
                .arg(factsTable(), columns, sums, t("segmentor_fact_order"), orders(), where);
        if (Status st = run(sql, QStringLiteral("cannot compute the order facts")); !st) return st;
    }
    return success();
}

namespace {
// One transaction on the store's connection: rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open) m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    Status commit()
    {
        if (!m_open) return success();
        m_open = false;
        if (!m_db.commit()) return Error{{}, m_db.lastError().text(), ErrorCode::Database};
        return success();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
} // namespace

Result<MemberFactsRun> MemberFactsRepository::rebuild()
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &sql : createStatements(m_store.dialect(), m_prefix))
        if (Status st = run(sql, QStringLiteral("cannot create the order facts tables")); !st)
            return st.error();
    MemberFactsRun out;
    Transaction tx(m_store.database());
    if (!tx.isOpen())
        return Error{
            {}, QStringLiteral("cannot start the order facts' transaction"), ErrorCode::Database};
    for (const char *table :
         {"segmentor_fact_member", "segmentor_fact_order", "segmentor_fact_change",
          "segmentor_fact_dirty", "segmentor_fact_state"})
        if (Status st = run(QStringLiteral("DELETE FROM %1").arg(t(table)),
                            QStringLiteral("cannot empty the order facts"));
            !st)
            return st.error();
    const QString now = storageTimestamp(QDateTime::currentDateTimeUtc());
    // The watermark is read first: an order written while the build runs is read again.
    Result<QSqlQuery> state =
        runSql(m_store.database(),
               QStringLiteral("INSERT INTO %1 (state_key, built_at, synced_at) VALUES (?, ?, ?)")
                   .arg(t("segmentor_fact_state")),
               {kStateKey, now, now}, QStringLiteral("cannot record the order facts' watermark"));
    if (!state) return state.error();
    if (Status st = run(QStringLiteral("UPDATE %1 SET watermark_updated_at = (SELECT "
                                       "MAX(updated_at) FROM %2), watermark_id = (SELECT "
                                       "COALESCE(MAX(entity_id), 0) FROM %2)")
                            .arg(t("segmentor_fact_state"), orders()),
                        QStringLiteral("cannot record the order facts' watermark"));
        !st)
        return st.error();
    if (Status st =
            run(QStringLiteral("INSERT INTO %1 (order_id, customer_id, guest_key) SELECT "
                               "o.entity_id, o.customer_id, %2 FROM %3 o")
                    .arg(t("segmentor_fact_order"), guestKeyOf(QStringLiteral("o")), orders()),
                QStringLiteral("cannot record the orders' members"));
        !st)
        return st.error();
    if (Status st = insertFacts(false); !st) return st.error();
    if (Status st = tx.commit(); !st) return st.error();
    Result<qint64> n =
        scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t("segmentor_fact_order")),
               QStringLiteral("cannot count the orders"));
    if (!n) return n.error();
    out.changedOrders = *n;
    out.elapsedMs = timer.elapsed();
    return out;
}

Status MemberFactsRepository::applyChanges(MemberFactsRun &out)
{
    const QString mirror = t("segmentor_fact_order"), change = t("segmentor_fact_change"),
                  dirty = t("segmentor_fact_dirty");
    const QString keysOfChanged =
        QStringLiteral("INSERT INTO %1 (customer_id, guest_key) SELECT m.customer_id, m.guest_key "
                       "FROM %2 m JOIN %3 c ON c.order_id = m.order_id WHERE m.customer_id IS NOT "
                       "NULL OR m.guest_key IS NOT NULL")
            .arg(dirty, mirror, change);
    const QString doing = QStringLiteral("cannot bring the order facts up to date");
    // The members the changed orders belonged to, then the ones they belong to now.
    if (Status st = run(keysOfChanged, doing); !st) return st;
    if (Status st = run(QStringLiteral("DELETE FROM %1 WHERE order_id IN (SELECT order_id FROM %2)")
                            .arg(mirror, change),
                        doing);
        !st)
        return st;
    if (Status st = run(QStringLiteral("INSERT INTO %1 (order_id, customer_id, guest_key) SELECT "
                                       "o.entity_id, o.customer_id, %2 FROM %3 o JOIN %4 c ON "
                                       "c.order_id = o.entity_id")
                            .arg(mirror, guestKeyOf(QStringLiteral("o")), orders(), change),
                        doing);
        !st)
        return st;
    return run(keysOfChanged, doing);
}

Result<MemberFactsRun> MemberFactsRepository::sync()
{
    QElapsedTimer timer;
    timer.start();
    MemberFactsRun out;
    const QString mirror = t("segmentor_fact_order"), change = t("segmentor_fact_change"),
                  dirty = t("segmentor_fact_dirty"), stateTable = t("segmentor_fact_state");
    const QString doing = QStringLiteral("cannot bring the order facts up to date");
    const QString ofState = QStringLiteral("(SELECT %2 FROM %1 WHERE state_key = 'orders')");
    Transaction tx(m_store.database());
    if (!tx.isOpen()) // inside someone else's transaction a failure could not be undone
        return Error{
            {}, QStringLiteral("cannot start the order facts' transaction"), ErrorCode::Database};
    for (const QString &table : {change, dirty})
        if (Status st = run(QStringLiteral("DELETE FROM %1").arg(table), doing); !st)
            return st.error();
    // The next watermark first: what is written while this runs is read again next time.
    if (Status st = run(QStringLiteral("UPDATE %1 SET pending_updated_at = (SELECT MAX(updated_at) "
                                       "FROM %2), pending_id = (SELECT COALESCE(MAX(entity_id), 0) "
                                       "FROM %2) WHERE state_key = 'orders'")
                            .arg(stateTable, orders()),
                        doing);
        !st)
        return st.error();
    // Changed: updated after the watermark (at it too while its second may have been open at
    // the last sync), or created after it.
    bool inclusive = true;
    {
        QSqlQuery last(m_store.database());
        if (last.exec(QStringLiteral("SELECT watermark_updated_at, synced_at FROM %1 WHERE "
                                     "state_key = 'orders'")
                          .arg(stateTable)) &&
            last.next()) {
            const QDateTime mark = readUtc(last.value(0)), synced = readUtc(last.value(1));
            inclusive =
                !mark.isValid() || !synced.isValid() || mark.secsTo(synced) < kOpenSecondMarginSecs;
        }
    }
    if (Status st =
            run(QStringLiteral("INSERT INTO %1 (order_id) SELECT o.entity_id FROM %2 o "
                               "WHERE o.updated_at %5 %3 UNION SELECT o.entity_id FROM %2 o "
                               "WHERE o.entity_id > %4")
                    .arg(change, orders(),
                         ofState.arg(stateTable, QStringLiteral("watermark_updated_at")),
                         ofState.arg(stateTable, QStringLiteral("watermark_id")),
                         inclusive ? QStringLiteral(">=") : QStringLiteral(">")),
                doing);
        !st)
        return st.error();
    Result<qint64> changed = scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(change), doing);
    if (!changed) return changed.error();
    out.changedOrders = *changed;
    if (Status st = applyChanges(out); !st) return st.error();

    // Deleted orders (and any written under the watermark): the mirror then holds other ids
    // than sales_order. Counting both by their primary keys is cheap; only then every id is
    // compared.
    Result<qint64> same = scalar(
        QStringLiteral("SELECT CASE WHEN (SELECT COUNT(*) FROM %1) = (SELECT COUNT(*) FROM %2) AND "
                       "(SELECT COALESCE(SUM(entity_id), 0) FROM %1) = (SELECT "
                       "COALESCE(SUM(order_id), 0) FROM %2) THEN 1 ELSE 0 END")
            .arg(orders(), mirror),
        doing);
    if (!same) return same.error();
    if (*same == 0) {
        out.fullCheck = true;
        const QString gone =
            QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 o WHERE o.entity_id = %2.order_id)")
                .arg(orders(), mirror);
        Result<qint64> deleted =
            scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(mirror, gone), doing);
        if (!deleted) return deleted.error();
        out.deletedOrders = *deleted;
        if (Status st = run(QStringLiteral("INSERT INTO %1 (customer_id, guest_key) SELECT "
                                           "customer_id, guest_key FROM %2 WHERE %3")
                                .arg(dirty, mirror, gone),
                            doing);
            !st)
            return st.error();
        if (Status st = run(QStringLiteral("DELETE FROM %1 WHERE %2").arg(mirror, gone), doing);
            !st)
            return st.error();
        if (Status st = run(QStringLiteral("DELETE FROM %1").arg(change), doing); !st)
            return st.error();
        if (Status st = run(QStringLiteral("INSERT INTO %1 (order_id) SELECT o.entity_id FROM %2 o "
                                           "WHERE NOT EXISTS (SELECT 1 FROM %3 m WHERE m.order_id "
                                           "= o.entity_id)")
                                .arg(change, orders(), mirror),
                            doing);
            !st)
            return st.error();
        if (Status st = applyChanges(out); !st) return st.error();
    }

    Result<qint64> members = scalar(
        QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT customer_id, guest_key FROM %1) d")
            .arg(dirty),
        doing);
    if (!members) return members.error();
    out.membersUpdated = *members;
    if (*members > 0) {
        for (const QString &member : {QStringLiteral("customer_id"), QStringLiteral("guest_key")})
            if (Status st = run(QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT d.%2 FROM %3 d "
                                               "WHERE d.%2 IS NOT NULL)")
                                    .arg(factsTable(), member, dirty),
                                doing);
                !st)
                return st.error();
        if (Status st = insertFacts(true); !st) return st.error();
    }
    Result<QSqlQuery> done =
        runSql(m_store.database(),
               QStringLiteral("UPDATE %1 SET watermark_updated_at = pending_updated_at, "
                              "watermark_id = pending_id, synced_at = ? WHERE state_key = ?")
                   .arg(stateTable),
               {storageTimestamp(QDateTime::currentDateTimeUtc()), kStateKey}, doing);
    if (!done) return done.error();
    for (const QString &table : {change, dirty})
        if (Status st = run(QStringLiteral("DELETE FROM %1").arg(table), doing); !st)
            return st.error();
    if (Status st = tx.commit(); !st) return st.error();
    out.elapsedMs = timer.elapsed();
    return out;
}

Result<MemberFactsStatus> MemberFactsRepository::status() const
{
    MemberFactsStatus out;
    if (!isBuilt()) return out;
    out.built = true;
    const QString doing = QStringLiteral("cannot read the order facts' status");
    const QString stateTable = t("segmentor_fact_state");
    Result<qint64> rows =
        scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(factsTable()), doing);
    if (!rows) return rows.error();
    out.rows = *rows;
    Result<qint64> covered =
        scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t("segmentor_fact_order")), doing);
    if (!covered) return covered.error();
    out.orders = *covered;
    Result<QSqlQuery> r = runSql(m_store.database(),
                                 QStringLiteral("SELECT built_at, synced_at FROM %1 WHERE "
                                                "state_key = ?")
                                     .arg(stateTable),
                                 {kStateKey}, doing);
    if (!r) return r.error();
    QSqlQuery q = std::move(r).value();
    if (q.next()) {
        out.builtAt = readUtc(q.value(0));
        out.syncedAt = readUtc(q.value(1));
    }
    const QString ofState = QStringLiteral("(SELECT %2 FROM %1 WHERE state_key = 'orders')");
    Result<qint64> lag = scalar(
        QStringLiteral("SELECT COUNT(*) FROM %1 o WHERE o.updated_at > %2 OR o.entity_id > %3")
            .arg(orders(), ofState.arg(stateTable, QStringLiteral("watermark_updated_at")),
                 ofState.arg(stateTable, QStringLiteral("watermark_id"))),
        doing);
    if (!lag) return lag.error();
    out.lagOrders = *lag;
    Result<qint64> orderCount =
        scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(orders()), doing);
    if (!orderCount) return orderCount.error();
    Result<qint64> created =
        scalar(QStringLiteral("SELECT COUNT(*) FROM %1 o WHERE o.entity_id > %2")
                   .arg(orders(), ofState.arg(stateTable, QStringLiteral("watermark_id"))),
               doing);
    if (!created) return created.error();
    out.countsDiffer = *orderCount - *created != out.orders;
    return out;
}

} // namespace seg

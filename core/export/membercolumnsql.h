#pragma once

#include "engine/sqldialect.h"
#include "engine/sqltext.h"
#include "export/exportcolumns.h"
#include "store/storeschema.h"

#include <QFlags>
#include <QStringList>

namespace seg {

// The joins a set of member columns needs.
enum class MemberJoin
{
    Customer = 0x01,       // c: customer_entity of a registered member
    Group = 0x02,          // g: the customer's group; gg: group 0 (NOT LOGGED IN) for guests
    Website = 0x04,        // w: the customer's website; st, gw: the website of lo's store
    Billing = 0x08,        // ba: default billing address; gba: billing address of lo
    CustomerOrders = 0x10, // oa: (customer_id, seg_n, seg_s, seg_l) order aggregates
    GuestOrders = 0x20,    // lo: a guest's latest order, with seg_n, seg_s, seg_l over all
};
Q_DECLARE_FLAGS(MemberJoins, MemberJoin)
Q_DECLARE_OPERATORS_FOR_FLAGS(MemberJoins)

// The one member-column table: what each member column (ExportColumns and the grid's) is, for
// a registered customer and for a guest, and the joins that brings in. The grid's pages, the
// exports (both shapes), the pushes and the REST API read member columns through it, so a
// column means the same everywhere. Statements use the aliases MemberJoin names.
//
// A guest's profile is that of their most recent order (lo); a guest without an order keeps
// their key as email and has an empty profile, no orders and zero sales.
class MemberColumnSql
{
public:
    explicit MemberColumnSql(const StoreSchema &schema);

    const SqlDialect &dialect() const { return m_dialect; }

    static MemberJoins joinsFor(const QStringList &ids);

    // A column's value. `customerId` and `guestKey` are the base row's key columns.
    QString registered(const QString &id, const QString &customerId) const;
    QString guest(const QString &id, const QString &guestKey) const;
    // The registered or the guest value, by which key the row has.
    QString value(const QString &id, const QString &customerId, const QString &guestKey) const;

    // " LEFT JOIN ..." of the registered side. `orders` is a subquery "(SELECT ...)" or a
    // table of customerOrders() rows. Without MemberJoin::Customer the caller's statement
    // already has c.
    SqlText registeredJoins(MemberJoins joins, const QString &customerId,
                            const SqlText &orders) const;
    // " LEFT JOIN ..." of the guest side; `guestOnly` (for example "b.customer_id IS NULL")
    // keeps registered rows from matching when both sides share a row. `latest` is a
    // subquery or a table of latestGuestOrders() rows.
    SqlText guestJoins(MemberJoins joins, const QString &guestOnly, const QString &guestKey,
                       const QString &latest) const;

    // (customer_id, seg_n, seg_s, seg_l) per customer; `restrict` is a condition on
    // sales_order's columns ("customer_id IN (...)"), `from` may add an index hint.
    SqlText customerOrders(const SqlText &restrict, const QString &hint = {}) const;
    // One row per guest key with orders: its most recent order (seg_order_id, seg_store_id,
    // seg_email, seg_firstname, seg_lastname, seg_key) and, when `aggregates`, seg_n, seg_s and
    // seg_l over all its orders. `restrict` (over those columns, alias seg_orders) keeps some
    // guests only.
    SqlText latestGuestOrders(const SqlText &restrict, bool aggregates) const;
    // The guest's folded key computed from an order row (alias o).
    QString guestKeyOfOrder() const;

private:
    static SqlDialect::ValueType valueType(ExportColumnType type);
    QString none(const QString &id) const;
    QString t(const char *name) const { return m_schema.table(QString::fromLatin1(name)); }

    const StoreSchema &m_schema;
    SqlDialect m_dialect;
};

} // namespace seg

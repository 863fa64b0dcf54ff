#pragma once
// Private to core/members: the grid's SQL builder, shared by the page query and its sources.

#include "members/memberpagequery.h"

#include "engine/sqlcompiler.h"
#include "engine/sqldialect.h"
#include "engine/sqltext.h"
#include "export/membercolumnsql.h"
#include "export/memberexportquery.h"
#include "store/sqlrun.h"
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace seg {

namespace memberpagedetail {

inline const QString kStaged = QStringLiteral("seg_grid_rows");
inline const QString kGuests = QStringLiteral("seg_grid_guests");

inline QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace memberpagedetail

using namespace memberpagedetail;

// ---------------------------------------------------------------------------------------
// The SQL: a base of rows (customer_id, guest_key, member_key, is_member [, staged state])
// and the joins a set of columns needs, for both registered customers and guests.

class MemberPageQuery::Sql
{
public:
    Sql(const StoreSchema &schema, const MemberPageSource &source)
        : m_schema(schema), m_source(source), m_table(schema), m_dialect(m_table.dialect())
    {
    }

    // The columns (and filter) whose expressions the statement uses.
    void use(const QString &id) { m_used.insert(id); }
    void use(const MemberFilter &filter)
    {
        if (!filter.text.trimmed().isEmpty()) {
            use(QStringLiteral("email"));
            use(QStringLiteral("firstname"));
            use(QStringLiteral("lastname"));
        }
        if (!filter.country.isEmpty()) use(QStringLiteral("billing_country"));
        if (!filter.group.isEmpty()) use(QStringLiteral("group"));
        if (filter.state == MemberStateFilter::JoinedLastRefresh)
            use(joinedColumn());
        else if (filter.state != MemberStateFilter::Any)
            use(overrideColumn());
    }

    // WITH seg_base AS (...): every row, or only `keys` (a page's details).
    SqlText withBase(const QList<MemberKey> *keys) const
    {
        QVariantList keyTexts;
        if (keys)
            for (const MemberKey &k : *keys)
                keyTexts << k.toString();
        const auto in = [&](const QString &alias) {
            if (!keys) return QString();
            if (keyTexts.isEmpty()) return QStringLiteral(" AND 1 = 0");
            return QStringLiteral(" AND %1member_key IN (%2)")
                .arg(alias, placeholders(keyTexts.size()));
        };
        if (m_source.staged()) {
            return SqlText(QStringLiteral("WITH seg_base AS (SELECT customer_id, guest_key, "
                                          "member_key, is_member, ov_kind, ov_reason, is_new "
                                          "FROM %1 WHERE 1 = 1%2) ")
                               .arg(kStaged, in(QString())),
                           keyTexts);
        }
        const QString m = seg("segmentor_member"), o = seg("segmentor_override");
        SqlText sql(QStringLiteral("WITH seg_base AS (SELECT customer_id, guest_email AS "
                                   "guest_key, member_key, 1 AS is_member FROM %1 "
                                   "WHERE segment_id = ?%2")
                        .arg(m, in(QString())),
                    QVariantList{m_source.segmentId} + keyTexts);
        sql +=
            SqlText(QStringLiteral(" UNION ALL SELECT o.customer_id, o.guest_email, o.member_key, "
                                   "0 FROM %1 o WHERE o.segment_id = ? "
                                   "AND o.kind = 'exclude'%3 AND NOT EXISTS (SELECT 1 FROM %2 m "
                                   "WHERE m.segment_id = ? AND m.member_key = o.member_key)) ")
                        .arg(o, m, in(QStringLiteral("o."))),
                    QVariantList{m_source.segmentId} + keyTexts + QVariantList{m_source.segmentId});
        return sql;
    }

    // FROM seg_base b and the joins. ids / guests: the page's keys (details), or nullopt
    // (every row of the base: sorting and filtering).
    SqlText from(const std::optional<QList<MemberKey>> &page) const
    {
        SqlText sql(QStringLiteral(" FROM seg_base b"));
        if (!m_source.staged() && (uses(overrideColumn()) || m_withState)) {
            sql += SqlText(
                QStringLiteral(
                    " LEFT JOIN %1 ov ON ov.segment_id = ? AND ov.member_key = b.member_key")
                    .arg(seg("segmentor_override")),
                {m_source.segmentId});
        }
        if (!m_source.staged() && m_source.lastRefreshId && (uses(joinedColumn()) || m_withState)) {
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 j ON j.segment_id = ? AND j.refresh_id = "
                                          "? AND j.change_kind = 'entered' "
                                          "AND j.member_key = b.member_key")
                               .arg(seg("segmentor_journal")),
                           {m_source.segmentId, *m_source.lastRefreshId});
        }
        const MemberJoins joins = this->joins();
        SqlText orders;
        if (joins & MemberJoin::CustomerOrders) {
            SqlText restrict;
            if (page) {
                QVariantList ids;
                for (const MemberKey &k : *page)
                    if (!k.isGuest()) ids << k.customerId;
                restrict =
                    ids.isEmpty()
                        ? SqlText(QStringLiteral("1 = 0"))
                        : SqlText(
                              QStringLiteral("customer_id IN (%1)").arg(placeholders(ids.size())),
                              ids);
            } else if (m_schema.dialect() == Dialect::MySql) {
                restrict = SqlText(QStringLiteral(
                    "customer_id IS NOT NULL")); // a temporary table may be read once per statement
            } else {
                restrict = SqlText(QStringLiteral("customer_id IN (SELECT customer_id FROM "
                                                  "seg_base WHERE customer_id IS NOT NULL)"));
            }
            orders = SqlText(QStringLiteral("(")) + m_table.customerOrders(restrict) +
                     SqlText(QStringLiteral(")"));
        }
        sql += m_table.registeredJoins(joins, QStringLiteral("b.customer_id"), orders);
        QString latest = kGuests; // the guests' profiles, staged once per session (guestsTable())
        if (page && std::none_of(page->cbegin(), page->cend(),
                                 [](const MemberKey &k) { return k.isGuest(); }))
            latest = QStringLiteral("(%1)").arg( // a page of registered customers only
                m_table.latestGuestOrders(SqlText(QStringLiteral("1 = 0")), true).sql);
        sql += m_table.guestJoins(joins, QStringLiteral("b.customer_id IS NULL"),
                                  QStringLiteral("b.guest_key"), latest);
        return sql;
    }

    // The value of a grid column for a row of the base.
    QString expr(const QString &id) const
    {
        if (id == overrideColumn()) return overrideKind();
        if (id == joinedColumn()) return isNew();
        return m_table.value(id, QStringLiteral("b.customer_id"), QStringLiteral("b.guest_key"));
    }

    QString overrideKind() const
    {
        return m_source.staged() ? QStringLiteral("b.ov_kind") : QStringLiteral("ov.kind");
    }
    QString overrideReason() const
    {
        return m_source.staged() ? QStringLiteral("b.ov_reason") : QStringLiteral("ov.reason");
    }
    QString isNew() const
    {
        if (m_source.staged()) return QStringLiteral("b.is_new");
        return m_source.lastRefreshId
                   ? QStringLiteral("(CASE WHEN j.member_key IS NULL THEN 0 ELSE 1 END)")
                   : QStringLiteral("0");
    }

    SqlText where(const MemberFilter &filter) const
    {
        QList<SqlText> parts;
        const QString text = filter.text.trimmed();
        if (!text.isEmpty()) {
            const QString like =
                QStringLiteral("%1 LIKE %2%3")
                    .arg(QStringLiteral("%1"), m_dialect.foldedParam(), m_dialect.likeEscape());
            const QString pattern =
                QLatin1Char('%') + escapeLike(text.toLower()) + QLatin1Char('%');
            const QString full =
                m_schema.dialect() == Dialect::MySql
                    ? QStringLiteral("CONCAT(COALESCE(%1, ''), ' ', COALESCE(%2, ''))")
                    : QStringLiteral("(COALESCE(%1, '') || ' ' || COALESCE(%2, ''))");
            // SQLite's LIKE already ignores ASCII case: an ASCII search skips the Unicode fold
            // (a function call per value and row). "first last" only matters with a space.
            bool ascii = true;
            for (const QChar c : text)
                ascii = ascii && c.unicode() < 128;
            const bool plain = ascii && m_schema.dialect() == Dialect::Sqlite;
            QStringList exprs{expr(QStringLiteral("email")), expr(QStringLiteral("firstname")),
                              expr(QStringLiteral("lastname"))};
            if (text.contains(QLatin1Char(' ')))
                exprs << full.arg(expr(QStringLiteral("firstname")),
                                  expr(QStringLiteral("lastname")));
            QStringList ors;
            QVariantList patterns;
            for (const QString &e : exprs) {
                ors << like.arg(plain ? e : m_dialect.fold(e));
                patterns << pattern;
            }
            parts << SqlText(QStringLiteral("(") + ors.join(QStringLiteral(" OR ")) +
                                 QStringLiteral(")"),
                             patterns);
        }
        if (!filter.country.isEmpty())
            parts << SqlText(expr(QStringLiteral("billing_country")) + QStringLiteral(" = ?"),
                             {filter.country});
        if (!filter.group.isEmpty())
            parts << SqlText(expr(QStringLiteral("group")) + QStringLiteral(" = ?"),
                             {filter.group});
        switch (filter.state) {
        case MemberStateFilter::Any:
            break;
        case MemberStateFilter::Excluded:
            parts << SqlText(overrideKind() + QStringLiteral(" = 'exclude'"));
            break;
        case MemberStateFilter::Included:
            parts << SqlText(overrideKind() + QStringLiteral(" = 'include'"));
            break;
        case MemberStateFilter::AnyOverride:
            parts << SqlText(overrideKind() + QStringLiteral(" IS NOT NULL"));
            break;
        case MemberStateFilter::NoOverride:
            parts << SqlText(overrideKind() + QStringLiteral(" IS NULL"));
            break;
        case MemberStateFilter::JoinedLastRefresh:
            parts << SqlText(isNew() + QStringLiteral(" = 1"));
            break;
        }
        if (parts.isEmpty()) return {};
        return SqlText(QStringLiteral(" WHERE ")) + joinSql(parts, QStringLiteral(" AND "));
    }

    // Registered customers by id, then guests by key in code-point order.
    QString keyOrder(bool descending) const
    {
        const QString dir = descending ? QStringLiteral(" DESC") : QString();
        const QString guest = m_dialect.codePointOrder(QStringLiteral("b.guest_key"));
        return QStringLiteral("(b.customer_id IS NULL)%1, b.customer_id%1, %2%1").arg(dir, guest);
    }

    QString orderBy(const MemberSort &sort) const
    {
        if (sort.column == ExportColumns::memberId() || sort.column == QLatin1String("customer_id"))
            return QStringLiteral(" ORDER BY ") + keyOrder(sort.descending);
        const QString e = expr(sort.column);
        return QStringLiteral(" ORDER BY (%1 IS NULL), %1%2, %3")
            .arg(e, sort.descending ? QStringLiteral(" DESC") : QString(), keyOrder(false));
    }

    void setWithState(bool on) { m_withState = on; }

    bool needsLatestGuestOrder() const { return bool(joins() & MemberJoin::GuestOrders); }

    // The profile (most recent order) and order aggregates of the source's guests, one row
    // each, as a temporary table: joining a window-function subquery to a million rows is
    // not indexed on SQLite, a keyed temporary table is.
    SqlText guestsTable() const
    {
        // The base as a derived table (MySQL cannot always nest a WITH in CREATE ... AS).
        SqlText base = withBase(nullptr);
        base.sql = base.sql.mid(base.sql.indexOf(QLatin1Char('(')) + 1);
        base.sql = base.sql.left(base.sql.lastIndexOf(QLatin1Char(')')));
        const SqlText restrict =
            SqlText(QStringLiteral("seg_orders.seg_key IN (SELECT sb.guest_key FROM (")) + base +
            SqlText(QStringLiteral(") sb WHERE sb.customer_id IS NULL)"));
        return SqlText(
                   QStringLiteral("INSERT INTO %1 (seg_key, seg_email, seg_firstname, "
                                  "seg_lastname, seg_store_id, seg_order_id, seg_n, seg_s, seg_l) "
                                  "SELECT seg_key, seg_email, seg_firstname, seg_lastname, "
                                  "seg_store_id, seg_order_id, seg_n, seg_s, seg_l FROM (")
                       .arg(kGuests)) +
               m_table.latestGuestOrders(restrict, true) + SqlText(QStringLiteral(") seg_latest"));
    }

    // The table guestsTable() fills (a prepared CREATE ... AS is not allowed everywhere).
    QString createGuestsTable() const
    {
        switch (m_schema.dialect()) {
        case Dialect::Sqlite:
            return QStringLiteral("CREATE TEMP TABLE %1 (seg_key TEXT, seg_email TEXT, "
                                  "seg_firstname TEXT, seg_lastname TEXT, seg_store_id INTEGER, "
                                  "seg_order_id INTEGER, seg_n INTEGER, seg_s REAL, seg_l TEXT)")
                .arg(kGuests);
        case Dialect::MySql:
            return QStringLiteral("CREATE TEMPORARY TABLE %1 (seg_key VARBINARY(1024), seg_email "
                                  "VARCHAR(255), seg_firstname VARCHAR(255), "
                                  "seg_lastname VARCHAR(255), seg_store_id INT, seg_order_id "
                                  "BIGINT, seg_n BIGINT, seg_s DECIMAL(20,4), "
                                  "seg_l DATETIME, INDEX (seg_key)) DEFAULT CHARSET=utf8mb4")
                .arg(kGuests);
        case Dialect::PostgreSql:
            return QStringLiteral(
                       "CREATE TEMPORARY TABLE %1 (seg_key TEXT, seg_email TEXT, seg_firstname "
                       "TEXT, seg_lastname TEXT, seg_store_id INTEGER, "
                       "seg_order_id BIGINT, seg_n BIGINT, seg_s NUMERIC(20,4), seg_l TIMESTAMP)")
                .arg(kGuests);
        }
        return {};
    }

private:
    bool uses(const QString &id) const { return m_used.contains(id); }
    MemberJoins joins() const { return MemberColumnSql::joinsFor(m_used.values()); }

    QString seg(const char *name) const { return m_source.tablePrefix + QString::fromLatin1(name); }

    const StoreSchema &m_schema;
    const MemberPageSource &m_source;
    MemberColumnSql m_table;
    const SqlDialect &m_dialect;
    QSet<QString> m_used;
    bool m_withState = false;
};

} // namespace seg

#pragma once
// Private to core/members: the grid's SQL builder, shared by the page query and its sources.

#include "members/memberpagequery.h"

#include "engine/sqlcompiler.h"
#include "engine/sqldialect.h"
#include "engine/sqltext.h"
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
        : m_schema(schema), m_source(source), m_dialect(schema.dialect(), schema.foldCollation())
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
        if (needsCustomer())
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 c ON c.entity_id = b.customer_id")
                               .arg(t("customer_entity")));
        if (uses("group")) {
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 g ON g.customer_group_id = c.group_id")
                               .arg(t("customer_group")));
            sql +=
                SqlText(QStringLiteral(
                            " LEFT JOIN %1 gg ON b.customer_id IS NULL AND gg.customer_group_id = ")
                            .arg(t("customer_group"))) +
                SqlText::param(0);
        }
        if (uses("website"))
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 w ON w.website_id = c.website_id")
                               .arg(t("store_website")));
        if (needsBilling())
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 ba ON ba.entity_id = c.default_billing "
                                          "AND ba.parent_id = c.entity_id")
                               .arg(t("customer_address_entity")));
        if (needsOrders()) {
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
            sql +=
                SqlText(QStringLiteral(" LEFT JOIN (SELECT customer_id, COUNT(*) AS seg_n, "
                                       "SUM(base_grand_total) AS seg_s, MAX(created_at) AS seg_l "
                                       "FROM %1 WHERE ")
                            .arg(t("sales_order"))) +
                restrict +
                SqlText(
                    QStringLiteral(" GROUP BY customer_id) oa ON oa.customer_id = b.customer_id"));
        }
        if (needsLatestGuestOrder()) {
            bool guestsInPage = !page;
            if (page)
                for (const MemberKey &k : *page)
                    guestsInPage = guestsInPage || k.isGuest();
            if (guestsInPage) // the guests' profiles, staged once per session (guestsTable())
                sql += SqlText(
                    QStringLiteral(
                        " LEFT JOIN %1 lo ON b.customer_id IS NULL AND lo.seg_key = b.guest_key")
                        .arg(kGuests));
            else // a page of registered customers only
                sql += SqlText(QStringLiteral(" LEFT JOIN (")) +
                       latestGuestOrders(SqlText(QStringLiteral(" AND 1 = 0"))) +
                       SqlText(QStringLiteral(
                           ") lo ON b.customer_id IS NULL AND lo.seg_key = b.guest_key"));
            if (uses("website"))
                sql += SqlText(QStringLiteral(" LEFT JOIN %1 st ON st.store_id = lo.seg_store_id "
                                              "LEFT JOIN %2 gw ON gw.website_id = st.website_id")
                                   .arg(t("store"), t("store_website")));
            if (needsBilling())
                sql +=
                    guestBillingAddressJoin(m_schema, QStringLiteral("gba"), QStringLiteral("lo"));
        }
        return sql;
    }

    // The value of a grid column for a row of the base.
    QString expr(const QString &id) const
    {
        const auto pick = [](const QString &registered, const QString &guest) {
            return QStringLiteral("(CASE WHEN b.customer_id IS NOT NULL THEN %1 ELSE %2 END)")
                .arg(registered, guest);
        };
        const bool lo = needsLatestGuestOrder();
        if (id == ExportColumns::memberId())
            return pick(QStringLiteral("CAST(b.customer_id AS %1)")
                            .arg(m_schema.dialect() == Dialect::MySql ? QStringLiteral("CHAR")
                                                                      : QStringLiteral("TEXT")),
                        QStringLiteral("b.guest_key"));
        if (id == QLatin1String("customer_id")) return QStringLiteral("b.customer_id");
        if (id == QLatin1String("email"))
            return pick(QStringLiteral("c.email"),
                        lo ? QStringLiteral("COALESCE(lo.seg_email, b.guest_key)")
                           : QStringLiteral("b.guest_key"));
        if (id == QLatin1String("firstname"))
            return pick(QStringLiteral("c.firstname"), QStringLiteral("lo.seg_firstname"));
        if (id == QLatin1String("lastname"))
            return pick(QStringLiteral("c.lastname"), QStringLiteral("lo.seg_lastname"));
        if (id == QLatin1String("group"))
            return pick(QStringLiteral("g.customer_group_code"),
                        QStringLiteral("gg.customer_group_code"));
        if (id == QLatin1String("website"))
            return pick(QStringLiteral("w.name"), QStringLiteral("gw.name"));
        if (id == QLatin1String("created_at")) return QStringLiteral("c.created_at");
        if (const QString billing = ExportColumns::billingAddressColumn(id); !billing.isEmpty())
            return pick(QStringLiteral("ba.") + billing, QStringLiteral("gba.") + billing);
        if (id == QLatin1String("orders"))
            return pick(QStringLiteral("COALESCE(oa.seg_n, 0)"),
                        QStringLiteral("COALESCE(lo.seg_n, 0)"));
        if (id == QLatin1String("lifetime_sales"))
            return pick(QStringLiteral("COALESCE(%1, 0)")
                            .arg(m_dialect.roundMoney(QStringLiteral("oa.seg_s"))),
                        QStringLiteral("COALESCE(%1, 0)")
                            .arg(m_dialect.roundMoney(QStringLiteral("lo.seg_s"))));
        if (id == QLatin1String("last_order_at"))
            return pick(QStringLiteral("oa.seg_l"), QStringLiteral("lo.seg_l"));
        if (id == overrideColumn()) return overrideKind();
        if (id == joinedColumn()) return isNew();
        return QStringLiteral("NULL");
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
        QString guest = QStringLiteral("b.guest_key");
        if (m_schema.dialect() == Dialect::MySql)
            guest = QStringLiteral("CAST(b.guest_key AS BINARY)");
        else if (m_schema.dialect() == Dialect::PostgreSql)
            guest = QStringLiteral("b.guest_key COLLATE \"C\"");
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

    bool needsLatestGuestOrder() const
    {
        return uses("firstname") || uses("lastname") || uses("website") || needsBilling() ||
               needsOrders();
    }

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
            SqlText(QStringLiteral(" AND %1 IN (SELECT sb.guest_key FROM (")
                        .arg(m_dialect.fold(QStringLiteral("o.customer_email")))) +
            base + SqlText(QStringLiteral(") sb WHERE sb.customer_id IS NULL)"));
        return SqlText(
                   QStringLiteral("INSERT INTO %1 (seg_key, seg_email, seg_firstname, "
                                  "seg_lastname, seg_store_id, seg_order_id, seg_n, seg_s, seg_l) "
                                  "SELECT seg_key, seg_email, seg_firstname, seg_lastname, "
                                  "seg_store_id, seg_order_id, seg_n, seg_s, seg_l FROM (")
                       .arg(kGuests)) +
               latestGuestOrders(restrict) + SqlText(QStringLiteral(") seg_latest"));
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
    bool uses(const char *id) const { return m_used.contains(QString::fromLatin1(id)); }
    bool needsBilling() const
    {
        return uses("billing_country") || uses("billing_region") || uses("billing_city") ||
               uses("billing_postcode") || uses("telephone");
    }
    bool needsOrders() const
    {
        return uses("orders") || uses("lifetime_sales") || uses("last_order_at");
    }
    bool needsCustomer() const
    {
        return uses("email") || uses("firstname") || uses("lastname") || uses("group") ||
               uses("website") || uses("created_at") || needsBilling();
    }

    // One row per guest key: its most recent order (profile) and aggregates over all its orders.
    SqlText latestGuestOrders(const SqlText &restrict) const
    {
        const QString window =
            QStringLiteral("PARTITION BY seg_key ORDER BY seg_created DESC, (seg_updated IS NULL), "
                           "seg_updated DESC, seg_order_id DESC");
        const QString all =
            QStringLiteral("ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING");
        SqlText sql(
            QStringLiteral(
                "SELECT * FROM (SELECT seg_orders.*, ROW_NUMBER() OVER (%1) AS seg_rank, COUNT(*) "
                "OVER (%1 %2) AS seg_n, "
                "SUM(seg_total) OVER (%1 %2) AS seg_s, MAX(seg_created) OVER (%1 %2) AS seg_l FROM "
                "(SELECT o.entity_id AS seg_order_id, o.store_id AS seg_store_id, o.customer_email "
                "AS seg_email, "
                "o.customer_firstname AS seg_firstname, o.customer_lastname AS seg_lastname, %3 AS "
                "seg_key, "
                "o.created_at AS seg_created, o.updated_at AS seg_updated, o.base_grand_total AS "
                "seg_total "
                "FROM %4 o WHERE o.customer_id IS NULL AND o.customer_email IS NOT NULL")
                .arg(window, all, m_dialect.fold(QStringLiteral("o.customer_email")),
                     t("sales_order")));
        sql += restrict;
        sql += SqlText(QStringLiteral(") seg_orders) seg_ranked WHERE seg_rank = 1"));
        return sql;
    }

    QString t(const char *name) const { return m_schema.table(QString::fromLatin1(name)); }
    QString seg(const char *name) const { return m_source.tablePrefix + QString::fromLatin1(name); }

    const StoreSchema &m_schema;
    const MemberPageSource &m_source;
    SqlDialect m_dialect;
    QSet<QString> m_used;
    bool m_withState = false;
};

} // namespace seg

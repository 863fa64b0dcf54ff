#include "members/memberpagequery.h"

#include "engine/sqlcompiler.h"
#include "engine/sqldialect.h"
#include "engine/sqltext.h"
#include "export/memberexportquery.h"
#include "store/sqlrun.h"

#include <QSet>

#include <algorithm>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace seg {

namespace {

const QString kStaged = QStringLiteral("seg_grid_rows");
const QString kGuests = QStringLiteral("seg_grid_guests");

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

// ---------------------------------------------------------------------------------------
// Columns

const QList<ExportColumn> &MemberPageQuery::columns()
{
    static const QList<ExportColumn> all = [] {
        QList<ExportColumn> c = ExportColumns::all();
        c << ExportColumn{overrideColumn(), tr("Override"), ExportColumnType::Text};
        c << ExportColumn{joinedColumn(), tr("Joined in last refresh"), ExportColumnType::Integer};
        return c;
    }();
    return all;
}

std::optional<ExportColumn> MemberPageQuery::column(const QString &id)
{
    for (const ExportColumn &c : columns())
        if (c.id == id)
            return c;
    return std::nullopt;
}

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
        if (!filter.country.isEmpty())
            use(QStringLiteral("billing_country"));
        if (!filter.group.isEmpty())
            use(QStringLiteral("group"));
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
            if (!keys)
                return QString();
            if (keyTexts.isEmpty())
                return QStringLiteral(" AND 1 = 0");
            return QStringLiteral(" AND %1member_key IN (%2)").arg(alias, placeholders(keyTexts.size()));
        };
        if (m_source.staged()) {
            return SqlText(QStringLiteral("WITH seg_base AS (SELECT customer_id, guest_key, member_key, is_member, ov_kind, ov_reason, is_new "
                                          "FROM %1 WHERE 1 = 1%2) ")
                               .arg(kStaged, in(QString())),
                           keyTexts);
        }
        const QString m = seg("segmentor_member"), o = seg("segmentor_override");
        SqlText sql(QStringLiteral("WITH seg_base AS (SELECT customer_id, guest_email AS guest_key, member_key, 1 AS is_member FROM %1 "
                                   "WHERE segment_id = ?%2")
                        .arg(m, in(QString())),
                    QVariantList{m_source.segmentId} + keyTexts);
        sql += SqlText(QStringLiteral(" UNION ALL SELECT o.customer_id, o.guest_email, o.member_key, 0 FROM %1 o WHERE o.segment_id = ? "
                                      "AND o.kind = 'exclude'%3 AND NOT EXISTS (SELECT 1 FROM %2 m WHERE m.segment_id = ? AND m.member_key = o.member_key)) ")
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
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 ov ON ov.segment_id = ? AND ov.member_key = b.member_key").arg(seg("segmentor_override")),
                           {m_source.segmentId});
        }
        if (!m_source.staged() && m_source.lastRefreshId && (uses(joinedColumn()) || m_withState)) {
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 j ON j.segment_id = ? AND j.refresh_id = ? AND j.change_kind = 'entered' "
                                          "AND j.member_key = b.member_key")
                               .arg(seg("segmentor_journal")),
                           {m_source.segmentId, *m_source.lastRefreshId});
        }
        if (needsCustomer())
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 c ON c.entity_id = b.customer_id").arg(t("customer_entity")));
        if (uses("group")) {
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 g ON g.customer_group_id = c.group_id").arg(t("customer_group")));
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 gg ON b.customer_id IS NULL AND gg.customer_group_id = ").arg(t("customer_group")))
                 + SqlText::param(0);
        }
        if (uses("website"))
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 w ON w.website_id = c.website_id").arg(t("store_website")));
        if (needsBilling())
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 ba ON ba.entity_id = c.default_billing AND ba.parent_id = c.entity_id")
                               .arg(t("customer_address_entity")));
        if (needsOrders()) {
            SqlText restrict;
            if (page) {
                QVariantList ids;
                for (const MemberKey &k : *page)
                    if (!k.isGuest())
                        ids << k.customerId;
                restrict = ids.isEmpty() ? SqlText(QStringLiteral("1 = 0"))
                                         : SqlText(QStringLiteral("customer_id IN (%1)").arg(placeholders(ids.size())), ids);
            } else if (m_schema.dialect() == Dialect::MySql) {
                restrict = SqlText(QStringLiteral("customer_id IS NOT NULL")); // a temporary table may be read once per statement
            } else {
                restrict = SqlText(QStringLiteral("customer_id IN (SELECT customer_id FROM seg_base WHERE customer_id IS NOT NULL)"));
            }
            sql += SqlText(QStringLiteral(" LEFT JOIN (SELECT customer_id, COUNT(*) AS seg_n, SUM(base_grand_total) AS seg_s, MAX(created_at) AS seg_l "
                                          "FROM %1 WHERE ")
                               .arg(t("sales_order")))
                 + restrict + SqlText(QStringLiteral(" GROUP BY customer_id) oa ON oa.customer_id = b.customer_id"));
        }
        if (needsLatestGuestOrder()) {
            bool guestsInPage = !page;
            if (page)
                for (const MemberKey &k : *page)
                    guestsInPage = guestsInPage || k.isGuest();
            if (guestsInPage) // the guests' profiles, staged once per session (guestsTable())
                sql += SqlText(QStringLiteral(" LEFT JOIN %1 lo ON b.customer_id IS NULL AND lo.seg_key = b.guest_key").arg(kGuests));
            else // a page of registered customers only
                sql += SqlText(QStringLiteral(" LEFT JOIN (")) + latestGuestOrders(SqlText(QStringLiteral(" AND 1 = 0")))
                     + SqlText(QStringLiteral(") lo ON b.customer_id IS NULL AND lo.seg_key = b.guest_key"));
            if (uses("website"))
                sql += SqlText(QStringLiteral(" LEFT JOIN %1 st ON st.store_id = lo.seg_store_id LEFT JOIN %2 gw ON gw.website_id = st.website_id")
                                   .arg(t("store"), t("store_website")));
            if (needsBilling())
                sql += guestBillingAddressJoin(m_schema, QStringLiteral("gba"), QStringLiteral("lo"));
        }
        return sql;
    }

    // The value of a grid column for a row of the base.
    QString expr(const QString &id) const
    {
        const auto pick = [](const QString &registered, const QString &guest) {
            return QStringLiteral("(CASE WHEN b.customer_id IS NOT NULL THEN %1 ELSE %2 END)").arg(registered, guest);
        };
        const bool lo = needsLatestGuestOrder();
        if (id == ExportColumns::memberId())
            return pick(QStringLiteral("CAST(b.customer_id AS %1)").arg(m_schema.dialect() == Dialect::MySql ? QStringLiteral("CHAR") : QStringLiteral("TEXT")),
                        QStringLiteral("b.guest_key"));
        if (id == QLatin1String("customer_id"))
            return QStringLiteral("b.customer_id");
        if (id == QLatin1String("email"))
            return pick(QStringLiteral("c.email"), lo ? QStringLiteral("COALESCE(lo.seg_email, b.guest_key)") : QStringLiteral("b.guest_key"));
        if (id == QLatin1String("firstname"))
            return pick(QStringLiteral("c.firstname"), QStringLiteral("lo.seg_firstname"));
        if (id == QLatin1String("lastname"))
            return pick(QStringLiteral("c.lastname"), QStringLiteral("lo.seg_lastname"));
        if (id == QLatin1String("group"))
            return pick(QStringLiteral("g.customer_group_code"), QStringLiteral("gg.customer_group_code"));
        if (id == QLatin1String("website"))
            return pick(QStringLiteral("w.name"), QStringLiteral("gw.name"));
        if (id == QLatin1String("created_at"))
            return QStringLiteral("c.created_at");
        if (const QString billing = ExportColumns::billingAddressColumn(id); !billing.isEmpty())
            return pick(QStringLiteral("ba.") + billing, QStringLiteral("gba.") + billing);
        if (id == QLatin1String("orders"))
            return pick(QStringLiteral("COALESCE(oa.seg_n, 0)"), QStringLiteral("COALESCE(lo.seg_n, 0)"));
        if (id == QLatin1String("lifetime_sales"))
            return pick(QStringLiteral("COALESCE(%1, 0)").arg(m_dialect.roundMoney(QStringLiteral("oa.seg_s"))),
                        QStringLiteral("COALESCE(%1, 0)").arg(m_dialect.roundMoney(QStringLiteral("lo.seg_s"))));
        if (id == QLatin1String("last_order_at"))
            return pick(QStringLiteral("oa.seg_l"), QStringLiteral("lo.seg_l"));
        if (id == overrideColumn())
            return overrideKind();
        if (id == joinedColumn())
            return isNew();
        return QStringLiteral("NULL");
    }

    QString overrideKind() const { return m_source.staged() ? QStringLiteral("b.ov_kind") : QStringLiteral("ov.kind"); }
    QString overrideReason() const { return m_source.staged() ? QStringLiteral("b.ov_reason") : QStringLiteral("ov.reason"); }
    QString isNew() const
    {
        if (m_source.staged())
            return QStringLiteral("b.is_new");
        return m_source.lastRefreshId ? QStringLiteral("(CASE WHEN j.member_key IS NULL THEN 0 ELSE 1 END)") : QStringLiteral("0");
    }

    SqlText where(const MemberFilter &filter) const
    {
        QList<SqlText> parts;
        const QString text = filter.text.trimmed();
        if (!text.isEmpty()) {
            const QString like = QStringLiteral("%1 LIKE %2%3").arg(QStringLiteral("%1"), m_dialect.foldedParam(), m_dialect.likeEscape());
            const QString pattern = QLatin1Char('%') + escapeLike(text.toLower()) + QLatin1Char('%');
            const QString full = m_schema.dialect() == Dialect::MySql
                                     ? QStringLiteral("CONCAT(COALESCE(%1, ''), ' ', COALESCE(%2, ''))")
                                     : QStringLiteral("(COALESCE(%1, '') || ' ' || COALESCE(%2, ''))");
            // SQLite's LIKE already ignores ASCII case: an ASCII search skips the Unicode fold
            // (a function call per value and row). "first last" only matters with a space.
            bool ascii = true;
            for (const QChar c : text)
                ascii = ascii && c.unicode() < 128;
            const bool plain = ascii && m_schema.dialect() == Dialect::Sqlite;
            QStringList exprs{expr(QStringLiteral("email")), expr(QStringLiteral("firstname")), expr(QStringLiteral("lastname"))};
            if (text.contains(QLatin1Char(' ')))
                exprs << full.arg(expr(QStringLiteral("firstname")), expr(QStringLiteral("lastname")));
            QStringList ors;
            QVariantList patterns;
            for (const QString &e : exprs) {
                ors << like.arg(plain ? e : m_dialect.fold(e));
                patterns << pattern;
            }
            parts << SqlText(QStringLiteral("(") + ors.join(QStringLiteral(" OR ")) + QStringLiteral(")"), patterns);
        }
        if (!filter.country.isEmpty())
            parts << SqlText(expr(QStringLiteral("billing_country")) + QStringLiteral(" = ?"), {filter.country});
        if (!filter.group.isEmpty())
            parts << SqlText(expr(QStringLiteral("group")) + QStringLiteral(" = ?"), {filter.group});
        switch (filter.state) {
        case MemberStateFilter::Any: break;
        case MemberStateFilter::Excluded: parts << SqlText(overrideKind() + QStringLiteral(" = 'exclude'")); break;
        case MemberStateFilter::Included: parts << SqlText(overrideKind() + QStringLiteral(" = 'include'")); break;
        case MemberStateFilter::AnyOverride: parts << SqlText(overrideKind() + QStringLiteral(" IS NOT NULL")); break;
        case MemberStateFilter::NoOverride: parts << SqlText(overrideKind() + QStringLiteral(" IS NULL")); break;
        case MemberStateFilter::JoinedLastRefresh: parts << SqlText(isNew() + QStringLiteral(" = 1")); break;
        }
        if (parts.isEmpty())
            return {};
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
        return QStringLiteral(" ORDER BY (%1 IS NULL), %1%2, %3").arg(e, sort.descending ? QStringLiteral(" DESC") : QString(), keyOrder(false));
    }

    void setWithState(bool on) { m_withState = on; }

    bool needsLatestGuestOrder() const
    {
        return uses("firstname") || uses("lastname") || uses("website") || needsBilling() || needsOrders();
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
        const SqlText restrict = SqlText(QStringLiteral(" AND %1 IN (SELECT sb.guest_key FROM (").arg(m_dialect.fold(QStringLiteral("o.customer_email"))))
                               + base + SqlText(QStringLiteral(") sb WHERE sb.customer_id IS NULL)"));
        return SqlText(QStringLiteral("INSERT INTO %1 (seg_key, seg_email, seg_firstname, seg_lastname, seg_store_id, seg_order_id, seg_n, seg_s, seg_l) "
                                      "SELECT seg_key, seg_email, seg_firstname, seg_lastname, seg_store_id, seg_order_id, seg_n, seg_s, seg_l FROM (")
                           .arg(kGuests))
             + latestGuestOrders(restrict) + SqlText(QStringLiteral(") seg_latest"));
    }

    // The table guestsTable() fills (a prepared CREATE ... AS is not allowed everywhere).
    QString createGuestsTable() const
    {
        switch (m_schema.dialect()) {
        case Dialect::Sqlite:
            return QStringLiteral("CREATE TEMP TABLE %1 (seg_key TEXT, seg_email TEXT, seg_firstname TEXT, seg_lastname TEXT, seg_store_id INTEGER, "
                                  "seg_order_id INTEGER, seg_n INTEGER, seg_s REAL, seg_l TEXT)")
                .arg(kGuests);
        case Dialect::MySql:
            return QStringLiteral("CREATE TEMPORARY TABLE %1 (seg_key VARBINARY(1024), seg_email VARCHAR(255), seg_firstname VARCHAR(255), "
                                  "seg_lastname VARCHAR(255), seg_store_id INT, seg_order_id BIGINT, seg_n BIGINT, seg_s DECIMAL(20,4), "
                                  "seg_l DATETIME, INDEX (seg_key)) DEFAULT CHARSET=utf8mb4")
                .arg(kGuests);
        case Dialect::PostgreSql:
            return QStringLiteral("CREATE TEMPORARY TABLE %1 (seg_key TEXT, seg_email TEXT, seg_firstname TEXT, seg_lastname TEXT, seg_store_id INTEGER, "
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
        return uses("billing_country") || uses("billing_region") || uses("billing_city") || uses("billing_postcode") || uses("telephone");
    }
    bool needsOrders() const { return uses("orders") || uses("lifetime_sales") || uses("last_order_at"); }
    bool needsCustomer() const
    {
        return uses("email") || uses("firstname") || uses("lastname") || uses("group") || uses("website") || uses("created_at") || needsBilling();
    }

    // One row per guest key: its most recent order (profile) and aggregates over all its orders.
    SqlText latestGuestOrders(const SqlText &restrict) const
    {
        const QString window = QStringLiteral("PARTITION BY seg_key ORDER BY seg_created DESC, (seg_updated IS NULL), seg_updated DESC, seg_order_id DESC");
        const QString all = QStringLiteral("ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING");
        SqlText sql(QStringLiteral("SELECT * FROM (SELECT seg_orders.*, ROW_NUMBER() OVER (%1) AS seg_rank, COUNT(*) OVER (%1 %2) AS seg_n, "
                                   "SUM(seg_total) OVER (%1 %2) AS seg_s, MAX(seg_created) OVER (%1 %2) AS seg_l FROM "
                                   "(SELECT o.entity_id AS seg_order_id, o.store_id AS seg_store_id, o.customer_email AS seg_email, "
                                   "o.customer_firstname AS seg_firstname, o.customer_lastname AS seg_lastname, %3 AS seg_key, "
                                   "o.created_at AS seg_created, o.updated_at AS seg_updated, o.base_grand_total AS seg_total "
                                   "FROM %4 o WHERE o.customer_id IS NULL AND o.customer_email IS NOT NULL")
                        .arg(window, all, m_dialect.fold(QStringLiteral("o.customer_email")), t("sales_order")));
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

// ---------------------------------------------------------------------------------------
// Sources

namespace {

Status createStagedTable(const StoreConnection &store)
{
    const Dialect d = store.dialect();
    const QString drop = d == Dialect::MySql ? QStringLiteral("DROP TEMPORARY TABLE IF EXISTS %1") : QStringLiteral("DROP TABLE IF EXISTS %1");
    QString create;
    switch (d) {
    case Dialect::Sqlite:
        create = QStringLiteral("CREATE TEMP TABLE %1 (customer_id INTEGER NULL, guest_key TEXT NULL, member_key TEXT NOT NULL, "
                                "is_member INTEGER NOT NULL, ov_kind TEXT NULL, ov_reason TEXT NULL, is_new INTEGER NOT NULL DEFAULT 0)");
        break;
    case Dialect::MySql:
        create = QStringLiteral("CREATE TEMPORARY TABLE %1 (customer_id BIGINT NULL, guest_key VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL, "
                                "member_key VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, is_member INT NOT NULL, "
                                "ov_kind VARCHAR(8) NULL, ov_reason TEXT NULL, is_new INT NOT NULL DEFAULT 0, INDEX (member_key)) "
                                "DEFAULT CHARSET=utf8mb4");
        break;
    case Dialect::PostgreSql:
        create = QStringLiteral("CREATE TEMPORARY TABLE %1 (customer_id BIGINT NULL, guest_key VARCHAR(255) NULL, member_key VARCHAR(255) NOT NULL, "
                                "is_member INTEGER NOT NULL, ov_kind VARCHAR(8) NULL, ov_reason TEXT NULL, is_new INTEGER NOT NULL DEFAULT 0)");
        break;
    }
    for (const QString &sql : {drop.arg(kStaged), create.arg(kStaged)})
        if (Status st = store.exec(sql); !st)
            return Error{{}, MemberPageQuery::tr("cannot prepare the member list in the store session: %1").arg(st.error().message), ErrorCode::Database};
    return success();
}

Status indexStagedTable(const StoreConnection &store)
{
    if (store.dialect() == Dialect::MySql)
        return success(); // indexed inline
    if (Status st = store.exec(QStringLiteral("CREATE INDEX %1_key ON %1 (member_key)").arg(kStaged)); !st)
        return st;
    if (store.dialect() == Dialect::PostgreSql)
        return store.exec(QStringLiteral("ANALYZE %1").arg(kStaged));
    return success();
}

Result<std::optional<qint64>> lastCompletedRefresh(const StoreConnection &connection, const QString &prefix, qint64 segmentId)
{
    auto q = runSql(connection.database(),
                    QStringLiteral("SELECT MAX(refresh_id) FROM %1segmentor_refresh WHERE segment_id = ? AND status = 'completed'").arg(prefix),
                    {segmentId}, MemberPageQuery::tr("cannot read the last refresh"));
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

} // namespace

Result<MemberPageSource> MemberPageQuery::openSaved(StoreSession &session, const QString &code)
{
    Result<std::optional<SegmentRecord>> record = session.segments->find(code);
    if (!record)
        return record.error();
    if (!record.value())
        return Error{{}, tr("no segment with the code \"%1\"").arg(code), ErrorCode::NotFound};
    MemberPageSource source;
    source.segmentId = record.value()->id;
    source.tablePrefix = session.storage.tablePrefix;
    const StoreConnection &home = *session.storage.connection;
    Result<std::optional<qint64>> last = lastCompletedRefresh(home, source.tablePrefix, source.segmentId);
    if (!last)
        return last.error();
    source.lastRefreshId = *last;
    if (!session.storage.inWorkspace())
        return source;

    // Workspace mode: the rows and their state are read from the workspace file and staged in
    // a temporary table of the store session, where the customers can be joined.
    MemberPageSource workspaceSource = source;
    Sql sql(*session.schema, workspaceSource);
    sql.use(overrideColumn());
    sql.use(joinedColumn());
    sql.setWithState(true);
    const SqlText read = sql.withBase(nullptr)
                       + SqlText(QStringLiteral("SELECT b.customer_id, b.guest_key, b.member_key, b.is_member, %1, %2, %3")
                                     .arg(sql.overrideKind(), sql.overrideReason(), sql.isNew()))
                       + sql.from(std::nullopt);
    auto rows = runSql(home.database(), read.sql, read.params, tr("cannot read the members"));
    if (!rows)
        return rows.error();
    const StoreConnection &store = *session.connection;
    if (Status st = createStagedTable(store); !st)
        return st.error();
    QSqlDatabase db = store.database();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO %1 (customer_id, guest_key, member_key, is_member, ov_kind, ov_reason, is_new) VALUES (?, ?, ?, ?, ?, ?, ?)")
                       .arg(kStaged));
    while (rows.value().next()) {
        for (int i = 0; i < 7; ++i)
            insert.bindValue(i, rows.value().value(i));
        if (!insert.exec()) {
            db.rollback();
            return Error{{}, tr("cannot stage the members: %1").arg(insert.lastError().text()), ErrorCode::Database};
        }
    }
    db.commit();
    if (Status st = indexStagedTable(store); !st)
        return st.error();
    source.tablePrefix.clear();
    source.stagedTable = kStaged;
    return source;
}

Result<MemberPageSource> MemberPageQuery::openPreview(StoreSession &session, const SegmentDefinition &definition, const QDateTime &asOf)
{
    const StoreConnection &store = *session.connection;
    const TimeContext time = session.timeContext(asOf);
    const SqlCompiler compiler(*session.schema, time, session.segments.get());
    Result<SqlCompiler::Parts> parts = compiler.compileParts(definition);
    if (!parts)
        return parts.error();
    if (Status st = createStagedTable(store); !st)
        return st.error();
    const bool mysql = store.dialect() == Dialect::MySql;
    const QString guest = mysql ? QStringLiteral("CONVERT(m.guest_key USING utf8mb4)") : QStringLiteral("m.guest_key");
    const QString id = mysql ? QStringLiteral("CAST(m.customer_id AS CHAR)") : QStringLiteral("CAST(m.customer_id AS TEXT)");
    const SqlText sql = SqlText(QStringLiteral("INSERT INTO %1 (customer_id, guest_key, member_key, is_member, is_new) ").arg(kStaged))
                      + parts->with
                      + SqlText(QStringLiteral("SELECT m.customer_id, %1, COALESCE(%2, %1), 1, 0 FROM (").arg(guest, id))
                      + parts->body + SqlText(QStringLiteral(") m"));
    auto q = runSql(store.database(), sql.sql, sql.params, tr("computing the members failed"));
    if (!q)
        return q.error();
    if (Status st = indexStagedTable(store); !st)
        return st.error();
    MemberPageSource source;
    source.stagedTable = kStaged;
    return source;
}

// ---------------------------------------------------------------------------------------
// Queries

MemberPageQuery::MemberPageQuery(const StoreSession &session, MemberPageSource source) : m_session(session), m_source(std::move(source)) {}

Status MemberPageQuery::prepareGuests() const
{
    if (m_guestsReady)
        return success();
    const StoreConnection &store = *m_session.connection;
    const QString drop = store.dialect() == Dialect::MySql ? QStringLiteral("DROP TEMPORARY TABLE IF EXISTS %1") : QStringLiteral("DROP TABLE IF EXISTS %1");
    if (Status st = store.exec(drop.arg(kGuests)); !st)
        return st;
    Sql sql(*m_session.schema, m_source);
    if (Status st = store.exec(sql.createGuestsTable()); !st)
        return st;
    const SqlText fill = sql.guestsTable();
    auto q = runSql(store.database(), fill.sql, fill.params, tr("reading the guests' orders failed"));
    if (!q)
        return q.error();
    if (store.dialect() != Dialect::MySql)
        if (Status st = store.exec(QStringLiteral("CREATE INDEX %1_key ON %1 (seg_key)").arg(kGuests)); !st)
            return st;
    if (store.dialect() == Dialect::PostgreSql)
        (void)store.exec(QStringLiteral("ANALYZE %1").arg(kGuests));
    m_guestsReady = true;
    return success();
}

Result<qint64> MemberPageQuery::count(const MemberFilter &filter) const
{
    Sql sql(*m_session.schema, m_source);
    sql.use(filter);
    if (sql.needsLatestGuestOrder())
        if (Status st = prepareGuests(); !st)
            return st.error();
    const SqlText statement = sql.withBase(nullptr) + SqlText(QStringLiteral("SELECT COUNT(*)")) + sql.from(std::nullopt) + sql.where(filter);
    auto q = runSql(m_session.connection->database(), statement.sql, statement.params, tr("counting the members failed"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{{}, tr("counting the members returned no row"), ErrorCode::Database};
    return q.value().value(0).toLongLong();
}

Result<QList<MemberKey>> MemberPageQuery::keys(const MemberFilter &filter, const MemberSort &sort, qint64 offset, qint64 limit) const
{
    if (!column(sort.column))
        return Error{QStringLiteral("sort"), tr("unknown column \"%1\"").arg(sort.column), ErrorCode::InvalidArgument};
    const bool memberOrder = (sort.column == ExportColumns::memberId() || sort.column == QLatin1String("customer_id")) && !sort.descending;
    if (memberOrder && filter.isEmpty() && !m_source.staged())
        return keysInMemberOrder(offset, limit);
    Sql sql(*m_session.schema, m_source);
    sql.use(filter);
    sql.use(sort.column);
    if (sql.needsLatestGuestOrder())
        if (Status st = prepareGuests(); !st)
            return st.error();
    const SqlText statement = sql.withBase(nullptr) + SqlText(QStringLiteral("SELECT b.customer_id, b.guest_key")) + sql.from(std::nullopt)
                            + sql.where(filter) + SqlText(sql.orderBy(sort))
                            + SqlText(QStringLiteral(" LIMIT ? OFFSET ?"), {qMax<qint64>(0, limit), qMax<qint64>(0, offset)});
    auto q = runSql(m_session.connection->database(), statement.sql, statement.params, tr("reading the members failed"));
    if (!q)
        return q.error();
    QList<MemberKey> out;
    while (q.value().next())
        out << MemberKey::fromColumns(q.value().value(0), q.value().value(1));
    return out;
}

// A saved segment in its default order, unfiltered: registered members walk the member
// table's customer index (no sort of a million rows: the first page is a few index steps),
// then the guests by key. Members excluded by hand and out are merged into both.
Result<QList<MemberKey>> MemberPageQuery::keysInMemberOrder(qint64 offset, qint64 limit) const
{
    const QSqlDatabase db = m_session.connection->database();
    const QString p = m_source.tablePrefix;
    const Dialect d = m_session.schema->dialect();
    const QString m = p + QStringLiteral("segmentor_member"), o = p + QStringLiteral("segmentor_override");
    const QString hint = d == Dialect::Sqlite ? QStringLiteral(" INDEXED BY %1SEGMENTOR_MEMBER_CUSTOMER").arg(p) : QString();
    const QString excluded = QStringLiteral("SELECT o.customer_id, o.guest_email FROM %1 o WHERE o.segment_id = ? AND o.kind = 'exclude' AND o.customer_id %3 "
                                            "AND NOT EXISTS (SELECT 1 FROM %2 x WHERE x.segment_id = ? AND x.member_key = o.member_key)")
                                 .arg(o, m);
    offset = qMax<qint64>(0, offset);
    limit = qMax<qint64>(0, limit);
    if (m_registeredRows < 0 && offset > 0) {
        auto c = runSql(db,
                        QStringLiteral("SELECT (SELECT COUNT(*) FROM %1 WHERE segment_id = ? AND customer_id IS NOT NULL) + (SELECT COUNT(*) FROM (%2) e)")
                            .arg(m, excluded.arg(QStringLiteral("IS NOT NULL"))),
                        {m_source.segmentId, m_source.segmentId, m_source.segmentId}, tr("counting the members failed"));
        if (!c)
            return c.error();
        m_registeredRows = c.value().next() ? c.value().value(0).toLongLong() : 0;
    }
    const QString guestOrder = d == Dialect::MySql ? QStringLiteral("CAST(guest_email AS BINARY)")
                             : d == Dialect::PostgreSql ? QStringLiteral("guest_email COLLATE \"C\"")
                                                        : QStringLiteral("guest_email");
    QList<MemberKey> out;
    const auto read = [&](const QString &sql, const QVariantList &params) -> Status {
        auto q = runSql(db, sql, params, tr("reading the members failed"));
        if (!q)
            return q.error();
        while (q.value().next())
            out << MemberKey::fromColumns(q.value().value(0), q.value().value(1));
        return success();
    };
    if (m_registeredRows < 0 || offset < m_registeredRows) {
        // The first page needs no count: fewer rows than asked means the registered ones ended.
        const qint64 n = m_registeredRows < 0 ? limit : qMin(limit, m_registeredRows - offset);
        const QString sql = QStringLiteral("SELECT customer_id, guest_key FROM (SELECT customer_id, guest_email AS guest_key FROM %1%2 "
                                           "WHERE segment_id = ? AND customer_id IS NOT NULL UNION ALL %3) r ORDER BY customer_id LIMIT ? OFFSET ?")
                                .arg(m, hint, excluded.arg(QStringLiteral("IS NOT NULL")));
        if (Status st = read(sql, {m_source.segmentId, m_source.segmentId, m_source.segmentId, n, offset}); !st)
            return st.error();
        if (m_registeredRows < 0 && out.size() < n)
            m_registeredRows = out.size(); // offset is 0 here
    }
    if (m_registeredRows < 0)
        return out; // a full first page of registered members
    const qint64 guestOffset = qMax<qint64>(0, offset - m_registeredRows);
    const qint64 guestLimit = limit - qint64(out.size());
    if (guestLimit > 0) {
        const QString sql = QStringLiteral("SELECT customer_id, guest_key FROM (SELECT customer_id, guest_email AS guest_key FROM %1 "
                                           "WHERE segment_id = ? AND customer_id IS NULL UNION ALL %2) r ORDER BY %3 LIMIT ? OFFSET ?")
                                .arg(m, excluded.arg(QStringLiteral("IS NULL")), QString(guestOrder).replace(QStringLiteral("guest_email"), QStringLiteral("guest_key")));
        if (Status st = read(sql, {m_source.segmentId, m_source.segmentId, m_source.segmentId, guestLimit, guestOffset}); !st)
            return st.error();
    }
    return out;
}

Result<QList<MemberPageRow>> MemberPageQuery::page(const MemberFilter &filter, const MemberSort &sort, qint64 offset, int limit,
                                                   const QStringList &columnIds) const
{
    QList<ExportColumn> wanted;
    for (const QString &id : columnIds) {
        const std::optional<ExportColumn> c = column(id);
        if (!c)
            return Error{QStringLiteral("columns"), tr("unknown column \"%1\"").arg(id), ErrorCode::InvalidArgument};
        wanted << *c;
    }
    Result<QList<MemberKey>> pageKeys = keys(filter, sort, offset, limit);
    if (!pageKeys)
        return pageKeys.error();
    if (pageKeys->isEmpty())
        return QList<MemberPageRow>{};

    Sql sql(*m_session.schema, m_source);
    for (const ExportColumn &c : wanted)
        sql.use(c.id);
    sql.setWithState(true);
    const bool guests = std::any_of(pageKeys->cbegin(), pageKeys->cend(), [](const MemberKey &k) { return k.isGuest(); });
    if (guests && sql.needsLatestGuestOrder())
        if (Status st = prepareGuests(); !st)
            return st.error();
    QString select = QStringLiteral("SELECT b.customer_id, b.guest_key, b.is_member, %1, %2, %3").arg(sql.overrideKind(), sql.overrideReason(), sql.isNew());
    for (const ExportColumn &c : wanted)
        select += QStringLiteral(", ") + sql.expr(c.id);
    const SqlText statement = sql.withBase(&pageKeys.value()) + SqlText(select) + sql.from(pageKeys.value());
    auto q = runSql(m_session.connection->database(), statement.sql, statement.params, tr("reading the members failed"));
    if (!q)
        return q.error();
    QHash<MemberKey, MemberPageRow> byKey;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        MemberPageRow row;
        row.key = MemberKey::fromColumns(r.value(0), r.value(1));
        row.member = r.value(2).toInt() != 0;
        const QString kind = exportValue(ExportColumnType::Text, r.value(3)).toString();
        if (kind == QLatin1String("exclude"))
            row.override = OverrideKind::Exclude;
        else if (kind == QLatin1String("include"))
            row.override = OverrideKind::Include;
        row.overrideReason = exportValue(ExportColumnType::Text, r.value(4)).toString();
        row.joinedLastRefresh = r.value(5).toInt() != 0;
        for (qsizetype i = 0; i < wanted.size(); ++i)
            row.values << exportValue(wanted[i].type, r.value(int(6 + i)));
        byKey.insert(row.key, row);
    }
    QList<MemberPageRow> out;
    out.reserve(pageKeys->size());
    for (const MemberKey &k : *pageKeys) {
        auto it = byKey.constFind(k);
        if (it != byKey.constEnd())
            out << *it;
    }
    return out;
}

namespace {

struct MemberContact
{
    QString email, name;
};

Result<QHash<MemberKey, MemberContact>> memberContacts(const StoreSession &session, const QList<MemberKey> &keys)
{
    QHash<MemberKey, MemberContact> out;
    if (keys.isEmpty())
        return out;
    Result<MemberSource> source = stageMemberKeys(*session.connection, keys);
    if (!source)
        return source.error();
    Result<QList<ExportColumn>> columns = ExportColumns::select({QStringLiteral("member"), QStringLiteral("customer_id"), QStringLiteral("email"),
                                                                  QStringLiteral("firstname"), QStringLiteral("lastname")});
    Result<CompiledQuery> query = MemberExportQuery::build(*session.schema, *source, *columns);
    if (!query)
        return query.error();
    auto q = runSql(session.connection->database(), query->sql, query->params, MemberPageQuery::tr("cannot read the members' names"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const QString member = exportValue(ExportColumnType::Text, r.value(0)).toString();
        const MemberKey key = r.value(1).isNull() ? MemberKey::guest(member) : MemberKey::registered(r.value(1).toLongLong());
        MemberContact c;
        c.email = exportValue(ExportColumnType::Text, r.value(2)).toString();
        c.name = QStringLiteral("%1 %2").arg(exportValue(ExportColumnType::Text, r.value(3)).toString(),
                                             exportValue(ExportColumnType::Text, r.value(4)).toString()).trimmed();
        out.insert(key, c);
    }
    return out;
}

} // namespace

Result<QHash<MemberKey, QString>> memberLabels(const StoreSession &session, const QList<MemberKey> &keys)
{
    Result<QHash<MemberKey, MemberContact>> contacts = memberContacts(session, keys);
    if (!contacts)
        return contacts.error();
    QHash<MemberKey, QString> out;
    for (const MemberKey &k : keys) {
        const auto it = contacts->constFind(k);
        if (it == contacts->constEnd())
            out.insert(k, k.toString());
        else
            out.insert(k, it->name.isEmpty() ? it->email : QStringLiteral("%1 <%2>").arg(it->name, it->email));
    }
    return out;
}

Result<QStringList> memberEmails(const StoreSession &session, const QList<MemberKey> &keys)
{
    Result<QHash<MemberKey, MemberContact>> contacts = memberContacts(session, keys);
    if (!contacts)
        return contacts.error();
    QStringList out;
    for (const MemberKey &k : keys) {
        const auto it = contacts->constFind(k);
        if (it != contacts->constEnd() && !it->email.isEmpty())
            out << it->email;
    }
    return out;
}

// ---------------------------------------------------------------------------------------

Result<MemberSource> stageMemberKeys(const StoreConnection &store, const QList<MemberKey> &keys)
{
    const QString temp = QStringLiteral("seg_grid_keys");
    const bool mysql = store.dialect() == Dialect::MySql;
    const QString drop = mysql ? QStringLiteral("DROP TEMPORARY TABLE IF EXISTS %1") : QStringLiteral("DROP TABLE IF EXISTS %1");
    const QString create = mysql ? QStringLiteral("CREATE TEMPORARY TABLE %1 (customer_id BIGINT NULL, guest_key VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL)")
                                 : store.dialect() == Dialect::PostgreSql ? QStringLiteral("CREATE TEMPORARY TABLE %1 (customer_id BIGINT NULL, guest_key VARCHAR(255) NULL)")
                                                                          : QStringLiteral("CREATE TEMP TABLE %1 (customer_id INTEGER NULL, guest_key TEXT NULL)");
    for (const QString &sql : {drop.arg(temp), create.arg(temp)})
        if (Status st = store.exec(sql); !st)
            return st.error();
    QSqlDatabase db = store.database();
    db.transaction();
    constexpr qsizetype kBatch = 400;
    for (qsizetype from = 0; from < keys.size(); from += kBatch) {
        const qsizetype n = qMin(kBatch, keys.size() - from);
        QStringList rows;
        QVariantList params;
        for (qsizetype i = from; i < from + n; ++i) {
            rows << QStringLiteral("(?, ?)");
            const MemberKey &k = keys[i];
            params << (k.isGuest() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(k.customerId))
                   << (k.isGuest() ? QVariant(k.guestEmail) : QVariant(QMetaType::fromType<QString>()));
        }
        auto q = runSql(db, QStringLiteral("INSERT INTO %1 (customer_id, guest_key) VALUES %2").arg(temp, rows.join(QStringLiteral(", "))), params,
                        MemberPageQuery::tr("cannot stage the selected members"));
        if (!q) {
            db.rollback();
            return q.error();
        }
    }
    db.commit();
    return MemberSource::fromSelect(QStringLiteral("SELECT customer_id, guest_key FROM %1").arg(temp));
}

} // namespace seg

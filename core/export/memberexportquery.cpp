#include "export/memberexportquery.h"

#include "engine/sqldialect.h"
#include "engine/sqltext.h"

#include <QHash>
#include <QSet>

namespace seg {

// ---------------------------------------------------------------------------------------
// Splitting a leading WITH list off a member query

namespace {

class SqlScanner
{
public:
    explicit SqlScanner(const QString &sql) : m_s(sql) {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_s.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_s[m_pos]; }

    void skipSpaceAndComments()
    {
        while (!atEnd()) {
            const QChar c = m_s[m_pos];
            if (c.isSpace()) {
                ++m_pos;
            } else if (c == QLatin1Char('-') && next(1) == QLatin1Char('-')) {
                while (!atEnd() && m_s[m_pos] != QLatin1Char('\n'))
                    ++m_pos;
            } else if (c == QLatin1Char('/') && next(1) == QLatin1Char('*')) {
                const qsizetype end = m_s.indexOf(QStringLiteral("*/"), m_pos + 2);
                m_pos = end < 0 ? m_s.size() : end + 2;
            } else {
                return;
            }
        }
    }

    // A keyword, case-insensitive, not followed by an identifier character.
    bool keyword(QLatin1StringView word)
    {
        skipSpaceAndComments();
        if (m_s.size() - m_pos < word.size()) return false;
        if (QStringView(m_s).mid(m_pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        if (isIdentifierChar(next(word.size()))) return false;
        m_pos += word.size();
        return true;
    }

    bool identifier()
    {
        skipSpaceAndComments();
        if (atEnd()) return false;
        const QChar c = m_s[m_pos];
        if (c == QLatin1Char('"') || c == QLatin1Char('`')) return quoted(c, c);
        if (c == QLatin1Char('[')) return quoted(QLatin1Char('['), QLatin1Char(']'));
        const qsizetype start = m_pos;
        while (!atEnd() && isIdentifierChar(m_s[m_pos]))
            ++m_pos;
        return m_pos > start;
    }

    bool symbol(QChar c)
    {
        skipSpaceAndComments();
        if (peek() != c) return false;
        ++m_pos;
        return true;
    }

    // At '(' : moves past the matching ')', skipping literals, quoted names and comments.
    bool balanced()
    {
        skipSpaceAndComments();
        if (peek() != QLatin1Char('(')) return false;
        int depth = 0;
        while (!atEnd()) {
            const QChar c = m_s[m_pos];
            if (c == QLatin1Char('\'')) {
                if (!quoted(c, c)) return false;
                continue;
            }
            if (c == QLatin1Char('"') || c == QLatin1Char('`')) {
                if (!quoted(c, c)) return false;
                continue;
            }
            if ((c == QLatin1Char('-') && next(1) == QLatin1Char('-')) ||
                (c == QLatin1Char('/') && next(1) == QLatin1Char('*'))) {
                skipSpaceAndComments();
                continue;
            }
            ++m_pos;
            if (c == QLatin1Char('(')) {
                ++depth;
            } else if (c == QLatin1Char(')')) {
                if (--depth == 0) return true;
            }
        }
        return false;
    }

private:
    static bool isIdentifierChar(QChar c)
    {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
    }
    QChar next(qsizetype ahead) const
    {
        return m_pos + ahead < m_s.size() ? m_s[m_pos + ahead] : QChar();
    }
    // At the opening quote: moves past the closing one (a doubled quote is an escaped one).
    bool quoted(QChar open, QChar close)
    {
        Q_UNUSED(open);
        ++m_pos;
        while (!atEnd()) {
            if (m_s[m_pos] == close) {
                if (next(1) == close && open == close) {
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            ++m_pos;
        }
        return false;
    }

    const QString &m_s;
    qsizetype m_pos = 0;
};

QString withoutTrailingSemicolons(QString sql)
{
    sql = sql.trimmed();
    while (sql.endsWith(QLatin1Char(';')))
        sql = sql.chopped(1).trimmed();
    return sql;
}

} // namespace

MemberSource memberSourceFrom(const CompiledQuery &query)
{
    const QString sql = withoutTrailingSemicolons(query.sql);
    MemberSource whole{{}, sql, query.params};
    SqlScanner scan(sql);
    if (!scan.keyword(QLatin1StringView("WITH"))) return whole;
    (void)scan.keyword(QLatin1StringView("RECURSIVE"));
    qsizetype end = -1;
    for (;;) {
        if (!scan.identifier()) return whole;
        scan.skipSpaceAndComments();
        if (scan.peek() == QLatin1Char('(') && !scan.balanced()) // column list
            return whole;
        if (!scan.keyword(QLatin1StringView("AS"))) return whole;
        if (scan.keyword(QLatin1StringView("NOT"))) {
            if (!scan.keyword(QLatin1StringView("MATERIALIZED"))) return whole;
        } else {
            (void)scan.keyword(QLatin1StringView("MATERIALIZED"));
        }
        if (!scan.balanced()) return whole;
        end = scan.pos();
        if (!scan.symbol(QLatin1Char(','))) break;
    }
    MemberSource out;
    out.withClause = sql.left(end).trimmed();
    out.selectSql = sql.mid(end).trimmed();
    out.params = query.params;
    if (out.selectSql.isEmpty()) return whole;
    return out;
}

// ---------------------------------------------------------------------------------------
// The export statement

namespace {

enum class Arm
{
    Registered,
    Guest,
    GuestWithoutOrders
};

class Builder
{
public:
    Builder(const StoreSchema &schema, const QList<ExportColumn> &columns,
            QString guestOrdersTable = {}, QString customerOrdersTable = {})
        : m_schema(schema), m_dialect(schema.dialect(), schema.foldCollation()), m_columns(columns),
          m_guestOrdersTable(std::move(guestOrdersTable)),
          m_customerOrdersTable(std::move(customerOrdersTable))
    {
        for (const ExportColumn &c : columns)
            m_ids.insert(c.id);
    }

    Result<CompiledQuery> build(const MemberSource &source) const
    {
        if (source.selectSql.trimmed().isEmpty())
            return Error{{}, QStringLiteral("the member source has no query"), ErrorCode::Internal};
        const Dialect d = m_schema.dialect();
        if (d == Dialect::MySql) return buildSinglePass(source);
        const QString mat = m_dialect.materialized();

        // SQLite and PostgreSQL materialize a CTE once however often it is read: the member
        // set drives three arms (registered, guests with orders, guests without), each only
        // touching its members' rows.
        SqlText sql = sourceCtes(source, mat);
        sql += SqlText(QStringLiteral(", "));
        sql +=
            SqlText(QStringLiteral(
                        "seg_export_guests AS %1(SELECT DISTINCT guest_key FROM seg_export_source "
                        "WHERE customer_id IS NULL AND guest_key IS NOT NULL), ")
                        .arg(mat));
        sql += SqlText(
            QStringLiteral("seg_export_latest AS %1(%2) ").arg(mat, latestGuestOrders(true)));

        QList<SqlText> arms{registeredArm(), guestArm(), guestWithoutOrdersArm()};
        if (d == Dialect::Sqlite) {
            // One mixed-type sort column (integers sort before text in SQLite), so the
            // registered arm streams in id order and the compound query merges sorted arms.
            sql += joinSql(arms, QStringLiteral(" UNION ALL "));
            sql += SqlText(QStringLiteral(" ORDER BY %1").arg(m_columns.size() + 1));
        } else { // PostgreSQL: guest keys in code-point order whatever the database's collation
            sql += SqlText(QStringLiteral("SELECT * FROM ("));
            sql += joinSql(arms, QStringLiteral(" UNION ALL "));
            sql += SqlText(
                QStringLiteral(") seg_rows ORDER BY seg_kind, seg_id, seg_key COLLATE \"C\""));
        }
        return CompiledQuery{sql.sql, sql.params};
    }

private:
    // The source's own CTEs lead, then it becomes seg_export_source. Parameters stay in text order.
    static SqlText sourceCtes(const MemberSource &source, const QString &materialized)
    {
        SqlText sql;
        const QString with = source.withClause.trimmed();
        sql += SqlText(with.isEmpty() ? QStringLiteral("WITH ") : with + QStringLiteral(", "));
        sql += SqlText(QStringLiteral("seg_export_source AS %1(").arg(materialized) +
                           withoutTrailingSemicolons(source.selectSql) + QStringLiteral(")"),
                       source.params);
        return sql;
    }

    // MySQL/MariaDB: MariaDB evaluates a CTE again for every reference, and the source is
    // often the expensive compiled definition; so it is read exactly once, in one pass over
    // its distinct members with LEFT JOINs for both kinds. MariaDB computes the per-customer
    // order aggregate lazily for the joined customers (split materialization).
    Result<CompiledQuery> buildSinglePass(const MemberSource &source) const
    {
        SqlText sql = sourceCtes(source, QString());
        QStringList select;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            select << QStringLiteral("%1 AS seg_c%2").arg(singlePassColumn(m_columns[i])).arg(i);
        sql += SqlText(
            QStringLiteral(" SELECT ") + select.join(QStringLiteral(", ")) +
            QStringLiteral(
                " FROM (SELECT DISTINCT customer_id AS seg_id, CASE WHEN customer_id IS NULL THEN "
                "guest_key END AS seg_key "
                "FROM seg_export_source WHERE customer_id IS NOT NULL OR guest_key IS NOT NULL) m"
                " LEFT JOIN %1 c ON c.entity_id = m.seg_id")
                .arg(t("customer_entity")));
        if (has("group"))
            sql +=
                SqlText(QStringLiteral(" LEFT JOIN %1 g ON g.customer_group_id = c.group_id LEFT "
                                       "JOIN %1 gg ON m.seg_id IS NULL AND gg.customer_group_id = ")
                            .arg(t("customer_group"))) +
                SqlText::param(0);
        if (has("website"))
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 w ON w.website_id = c.website_id")
                               .arg(t("store_website")));
        if (needsBilling())
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 ba ON ba.entity_id = c.default_billing "
                                          "AND ba.parent_id = c.entity_id")
                               .arg(t("customer_address_entity")));
        if (needsOrders())
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 oa ON oa.customer_id = m.seg_id")
                               .arg(m_customerOrdersTable.isEmpty()
                                        ? QStringLiteral("(%1)").arg(customerOrders(QString()))
                                        : m_customerOrdersTable));
        const QString latest = m_guestOrdersTable.isEmpty()
                                   ? QStringLiteral("(%1)").arg(latestGuestOrders(false))
                                   : m_guestOrdersTable;
        sql += SqlText(
            QStringLiteral(" LEFT JOIN %1 lo ON m.seg_id IS NULL AND lo.seg_key = m.seg_key")
                .arg(latest));
        if (has("website"))
            sql += SqlText(QStringLiteral(" LEFT JOIN %1 st ON st.store_id = lo.seg_store_id LEFT "
                                          "JOIN %2 gw ON gw.website_id = st.website_id")
                               .arg(t("store"), t("store_website")));
        if (needsBilling())
            sql += guestBillingAddressJoin(m_schema, QStringLiteral("gba"), QStringLiteral("lo"));
        sql += SqlText(
            QStringLiteral(" WHERE m.seg_id IS NULL OR c.entity_id IS NOT NULL"
                           " ORDER BY (m.seg_id IS NULL), m.seg_id, CAST(m.seg_key AS BINARY)"));
        return CompiledQuery{sql.sql, sql.params};
    }

    QString singlePassColumn(const ExportColumn &c) const
    {
        const QString &id = c.id;
        const auto pick = [](const QString &registered, const QString &guest) {
            return QStringLiteral("CASE WHEN m.seg_id IS NOT NULL THEN %1 ELSE %2 END")
                .arg(registered, guest);
        };
        if (id == QLatin1String("member"))
            return pick(QStringLiteral("CAST(m.seg_id AS CHAR)"), QStringLiteral("m.seg_key"));
        if (id == QLatin1String("customer_id")) return QStringLiteral("m.seg_id");
        if (id == QLatin1String("email"))
            return pick(QStringLiteral("c.email"), QStringLiteral("lo.seg_email"));
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
        const QString billing = ExportColumns::billingAddressColumn(id);
        if (!billing.isEmpty())
            return pick(QStringLiteral("ba.") + billing, QStringLiteral("gba.") + billing);
        if (id == QLatin1String("orders"))
            return pick(QStringLiteral("COALESCE(oa.seg_n, 0)"),
                        QStringLiteral("COALESCE(lo.seg_n, 0)"));
        if (id == QLatin1String("lifetime_sales"))
            return pick(QStringLiteral("COALESCE(oa.seg_s, 0)"),
                        QStringLiteral("COALESCE(lo.seg_s, 0)"));
        if (id == QLatin1String("last_order_at"))
            return pick(QStringLiteral("oa.seg_l"), QStringLiteral("lo.seg_l"));
        return QStringLiteral("NULL");
    }

    QString t(const char *name) const { return m_schema.table(QString::fromLatin1(name)); }
    bool has(const char *id) const { return m_ids.contains(QString::fromLatin1(id)); }
    bool needsOrders() const { return MemberExportQuery::needsOrderAggregates(m_columns); }
    bool needsBilling() const
    {
        return has("billing_country") || has("billing_region") || has("billing_city") ||
               has("billing_postcode") || has("telephone");
    }

    QString typed(ExportColumnType type) const
    {
        switch (m_schema.dialect()) {
        case Dialect::Sqlite:
            return {};
        case Dialect::MySql:
            return {}; // buildSinglePass() needs no typed NULLs
        case Dialect::PostgreSql:
            switch (type) {
            case ExportColumnType::Text:
                return QStringLiteral("TEXT");
            case ExportColumnType::Integer:
                return QStringLiteral("BIGINT");
            case ExportColumnType::Money:
                return QStringLiteral("NUMERIC(20,4)");
            case ExportColumnType::DateTime:
                return QStringLiteral("TIMESTAMP");
            }
            break;
        }
        return {};
    }
    QString nullOf(ExportColumnType type) const
    {
        const QString ty = typed(type);
        return ty.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("CAST(NULL AS %1)").arg(ty);
    }
    QString zeroMoney() const
    {
        const QString ty = typed(ExportColumnType::Money);
        return ty.isEmpty() ? QStringLiteral("0.0") : QStringLiteral("CAST(0 AS %1)").arg(ty);
    }
    // Guest keys compare and sort as code points; on PostgreSQL give every arm the same
    // collation so the union has one.
    QString keyText(const QString &expr) const
    {
        return m_schema.dialect() == Dialect::PostgreSql
                   ? QStringLiteral("(%1) COLLATE \"C\"").arg(expr)
                   : expr;
    }
    QString money(const QString &sum) const { return m_dialect.roundMoney(sum); }
    // The source's customer ids, typed: on PostgreSQL a guests-only source's "NULL AS
    // customer_id" is text.
    QString sourceCustomerIds() const
    {
        return m_schema.dialect() == Dialect::PostgreSql
                   ? QStringLiteral("SELECT CAST(customer_id AS BIGINT) FROM seg_export_source")
                   : QStringLiteral("SELECT customer_id FROM seg_export_source");
    }

    QString column(const ExportColumn &c, Arm arm) const
    {
        const bool reg = arm == Arm::Registered;
        const bool lo = arm == Arm::Guest;
        const QString none = nullOf(c.type);
        const QString &id = c.id;
        if (id == QLatin1String("member")) {
            if (reg) return keyText(QStringLiteral("CAST(c.entity_id AS TEXT)"));
            return keyText(lo ? QStringLiteral("lo.seg_key") : QStringLiteral("k.guest_key"));
        }
        if (id == QLatin1String("customer_id")) return reg ? QStringLiteral("c.entity_id") : none;
        if (id == QLatin1String("email"))
            return reg ? QStringLiteral("c.email") : lo ? QStringLiteral("lo.seg_email") : none;
        if (id == QLatin1String("firstname"))
            return reg  ? QStringLiteral("c.firstname")
                   : lo ? QStringLiteral("lo.seg_firstname")
                        : none;
        if (id == QLatin1String("lastname"))
            return reg  ? QStringLiteral("c.lastname")
                   : lo ? QStringLiteral("lo.seg_lastname")
                        : none;
        if (id == QLatin1String("group"))
            return reg ? QStringLiteral("g.customer_group_code")
                       : QStringLiteral("gg.customer_group_code");
        if (id == QLatin1String("website")) return reg || lo ? QStringLiteral("w.name") : none;
        if (id == QLatin1String("created_at")) return reg ? QStringLiteral("c.created_at") : none;
        if (const QString billing = ExportColumns::billingAddressColumn(id); !billing.isEmpty())
            return reg || lo ? QStringLiteral("ba.") + billing : none;
        if (id == QLatin1String("orders"))
            return reg  ? QStringLiteral("COALESCE(oa.seg_n, 0)")
                   : lo ? QStringLiteral("lo.seg_n")
                        : QStringLiteral("0");
        if (id == QLatin1String("lifetime_sales"))
            return reg ? QStringLiteral("COALESCE(%1, %2)")
                             .arg(money(QStringLiteral("oa.seg_s")), zeroMoney())
                   : lo ? QStringLiteral("COALESCE(%1, %2)")
                              .arg(money(QStringLiteral("lo.seg_s")), zeroMoney())
                        : zeroMoney();
        if (id == QLatin1String("last_order_at"))
            return reg ? QStringLiteral("oa.seg_l") : lo ? QStringLiteral("lo.seg_l") : none;
        return none; // unreachable: columns come from the catalog
    }

    QString selectList(Arm arm) const
    {
        QStringList parts;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            parts << QStringLiteral("%1 AS seg_c%2").arg(column(m_columns[i], arm)).arg(i);
        const QString key = arm == Arm::Registered ? QString()
                            : arm == Arm::Guest    ? QStringLiteral("lo.seg_key")
                                                   : QStringLiteral("k.guest_key");
        if (m_schema.dialect() == Dialect::Sqlite) {
            parts << (arm == Arm::Registered ? QStringLiteral("c.entity_id AS seg_sort")
                                             : key + QStringLiteral(" AS seg_sort"));
        } else if (arm == Arm::Registered) {
            parts << QStringLiteral("0 AS seg_kind") << QStringLiteral("c.entity_id AS seg_id")
                  << QStringLiteral("%1 AS seg_key").arg(nullOf(ExportColumnType::Text));
        } else {
            parts << QStringLiteral("1 AS seg_kind")
                  << QStringLiteral("%1 AS seg_id").arg(nullOf(ExportColumnType::Integer))
                  << QStringLiteral("%1 AS seg_key").arg(keyText(key));
        }
        return QStringLiteral("SELECT ") + parts.join(QStringLiteral(", "));
    }

public:
    // MySQL/MariaDB: order aggregates per customer (of the customers `customerIds` selects, if
    // given).
    QString customerOrders(const QString &customerIds) const
    {
        return QStringLiteral("SELECT customer_id, COUNT(*) AS seg_n, SUM(base_grand_total) AS "
                              "seg_s, MAX(created_at) AS seg_l "
                              "FROM %1 WHERE customer_id IS NOT NULL%2 GROUP BY customer_id")
            .arg(t("sales_order"),
                 customerIds.isEmpty()
                     ? QString()
                     : QStringLiteral(" AND customer_id IN (%1)").arg(customerIds));
    }

    // One row per guest key of the source that has orders: its most recent order, with the
    // aggregates over all its orders (window functions, one pass).
    // restricted: only the orders of the source's guests (seg_export_guests).
    QString latestGuestOrders(bool restricted) const
    {
        // The fold is computed once per order in the inner select; one window (same
        // partition and order) ranks the orders and aggregates over all of them.
        const QString window = QStringLiteral("PARTITION BY seg_key ORDER BY seg_created DESC, "
                                              "(seg_updated IS NULL), seg_updated DESC, "
                                              "seg_order_id DESC");
        QString aggregates;
        if (needsOrders())
            aggregates =
                QStringLiteral(
                    ", COUNT(*) OVER (%1 %2) AS seg_n, SUM(seg_total) OVER (%1 %2) AS seg_s, "
                    "MAX(seg_created) OVER (%1 %2) AS seg_l")
                    .arg(window, QStringLiteral(
                                     "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING"));
        return QStringLiteral(
                   "SELECT * FROM (SELECT seg_orders.*, ROW_NUMBER() OVER (%1) AS seg_rank%2 FROM "
                   "(SELECT o.entity_id AS seg_order_id, o.store_id AS seg_store_id, "
                   "o.customer_email AS seg_email, "
                   "o.customer_firstname AS seg_firstname, o.customer_lastname AS seg_lastname, %3 "
                   "AS seg_key, "
                   "o.created_at AS seg_created, o.updated_at AS seg_updated, o.base_grand_total "
                   "AS seg_total "
                   "FROM %4 o WHERE o.customer_id IS NULL AND o.customer_email IS NOT NULL) "
                   "seg_orders%5) seg_ranked "
                   "WHERE seg_rank = 1")
            .arg(window, aggregates, m_dialect.fold(QStringLiteral("o.customer_email")),
                 t("sales_order"),
                 restricted ? QStringLiteral(" WHERE %1 IN (SELECT %2 FROM seg_export_guests)")
                                  .arg(keyText(QStringLiteral("seg_orders.seg_key")),
                                       keyText(QStringLiteral("guest_key")))
                            : QString());
    }

private:
    SqlText registeredArm() const
    {
        SqlText s(selectList(Arm::Registered) +
                  QStringLiteral(" FROM %1 c").arg(t("customer_entity")));
        if (has("group"))
            s += SqlText(QStringLiteral(" LEFT JOIN %1 g ON g.customer_group_id = c.group_id")
                             .arg(t("customer_group")));
        if (has("website"))
            s += SqlText(QStringLiteral(" LEFT JOIN %1 w ON w.website_id = c.website_id")
                             .arg(t("store_website")));
        if (needsBilling())
            s += SqlText(QStringLiteral(" LEFT JOIN %1 ba ON ba.entity_id = c.default_billing AND "
                                        "ba.parent_id = c.entity_id")
                             .arg(t("customer_address_entity")));
        if (needsOrders())
            s += SqlText(
                QStringLiteral(" LEFT JOIN (SELECT customer_id, COUNT(*) AS seg_n, "
                               "SUM(base_grand_total) AS seg_s, "
                               "MAX(created_at) AS seg_l FROM %1%2 WHERE customer_id IN (%3) "
                               "GROUP BY customer_id) oa ON oa.customer_id = c.entity_id")
                    .arg(t("sales_order"),
                         // SQLite: the covering index streams the aggregate in customer order;
                         // without it one sequential scan and a sort beat a table lookup per order.
                         m_schema.dialect() == Dialect::Sqlite && !m_schema.hasOrderCustomerIndex()
                             ? QStringLiteral(" NOT INDEXED")
                             : QString(),
                         sourceCustomerIds()));
        s += SqlText(QStringLiteral(" WHERE c.entity_id IN (%1)").arg(sourceCustomerIds()));
        return s;
    }

    SqlText guestArm() const
    {
        SqlText s(selectList(Arm::Guest) + QStringLiteral(" FROM seg_export_latest lo"));
        if (has("group"))
            s += SqlText(QStringLiteral(" LEFT JOIN %1 gg ON gg.customer_group_id = ")
                             .arg(t("customer_group"))) +
                 SqlText::param(0);
        if (has("website"))
            s += SqlText(QStringLiteral(" LEFT JOIN %1 st ON st.store_id = lo.seg_store_id LEFT "
                                        "JOIN %2 w ON w.website_id = st.website_id")
                             .arg(t("store"), t("store_website")));
        if (needsBilling())
            s += guestBillingAddressJoin(m_schema, QStringLiteral("ba"), QStringLiteral("lo"));
        return s;
    }

    SqlText guestWithoutOrdersArm() const
    {
        SqlText s(selectList(Arm::GuestWithoutOrders) +
                  QStringLiteral(" FROM seg_export_guests k"));
        if (has("group"))
            s += SqlText(QStringLiteral(" LEFT JOIN %1 gg ON gg.customer_group_id = ")
                             .arg(t("customer_group"))) +
                 SqlText::param(0);
        s += SqlText(
            QStringLiteral(" WHERE %1 NOT IN (SELECT %2 FROM seg_export_latest)")
                .arg(keyText(QStringLiteral("k.guest_key")), keyText(QStringLiteral("seg_key"))));
        return s;
    }

    const StoreSchema &m_schema;
    SqlDialect m_dialect;
    QList<ExportColumn> m_columns;
    QSet<QString> m_ids;
    QString m_guestOrdersTable;
    QString m_customerOrdersTable;
};

} // namespace

Result<CompiledQuery> MemberExportQuery::build(const StoreSchema &schema,
                                               const MemberSource &source,
                                               const QList<ExportColumn> &columns)
{
    if (columns.isEmpty() || columns.first().id != ExportColumns::memberId())
        return Error{QStringLiteral("columns"), QStringLiteral("the member column must come first"),
                     ErrorCode::InvalidArgument};
    return Builder(schema, columns).build(source);
}

Result<CompiledQuery> MemberExportQuery::buildPage(const StoreSchema &schema,
                                                   const MemberSource &source,
                                                   const QList<ExportColumn> &columns,
                                                   const QString &guestOrdersTable,
                                                   const QString &customerOrdersTable)
{
    if (columns.isEmpty() || columns.first().id != ExportColumns::memberId())
        return Error{QStringLiteral("columns"), QStringLiteral("the member column must come first"),
                     ErrorCode::InvalidArgument};
    if (schema.dialect() != Dialect::MySql)
        return Error{{},
                     QStringLiteral("export pages are only built for MySQL/MariaDB"),
                     ErrorCode::Internal};
    return Builder(schema, columns, guestOrdersTable, customerOrdersTable).build(source);
}

bool MemberExportQuery::needsOrderAggregates(const QList<ExportColumn> &columns)
{
    for (const ExportColumn &c : columns)
        if (c.id == QLatin1String("orders") || c.id == QLatin1String("lifetime_sales") ||
            c.id == QLatin1String("last_order_at"))
            return true;
    return false;
}

QString MemberExportQuery::customerOrdersSql(const StoreSchema &schema, const QString &customerIds)
{
    return Builder(schema, {}).customerOrders(customerIds);
}

QString MemberExportQuery::latestGuestOrdersSql(const StoreSchema &schema,
                                                const QList<ExportColumn> &columns)
{
    return Builder(schema, columns).latestGuestOrders(false);
}

SqlText guestBillingAddressJoin(const StoreSchema &schema, const QString &alias,
                                const QString &ordersAlias)
{
    return SqlText(
               QStringLiteral(
                   " LEFT JOIN %1 %2 ON %2.entity_id = (SELECT MIN(a.entity_id) FROM %1 a "
                   "WHERE a.parent_id = %3.seg_order_id AND a.address_type = ")
                   .arg(schema.table(QStringLiteral("sales_order_address")), alias, ordersAlias)) +
           SqlText::param(QStringLiteral("billing")) + SqlText(QStringLiteral(")"));
}

} // namespace seg

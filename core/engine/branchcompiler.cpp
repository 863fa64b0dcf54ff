#include "engine/branchcompiler.h"

#include "engine/branchcompilerdetail.h"

#include <QJsonArray>

namespace seg {

using namespace branchdetail;

BranchCompiler::BranchCompiler(MemberKind kind, const StoreSchema &schema,
                               const ComparisonCompiler &comparisons, const SqlDialect &dialect,
                               const SegmentLookup *segments, CompileState &state)
    : m_kind(kind), m_schema(schema), m_comparisons(comparisons), m_dialect(dialect),
      m_segments(segments), m_state(state)
{
}

QString BranchCompiler::owner() const
{
    return m_kind == MemberKind::Registered ? QStringLiteral("c.entity_id")
                                            : QStringLiteral("g.guest_key");
}

SqlText BranchCompiler::guestOrdersCte(const StoreSchema &s, const SqlDialect &d)
{
    const QString customers = s.table(QStringLiteral("customer_entity"));
    const QString orderEmail = d.fold(QStringLiteral("o.customer_email"));
    QString ctes;
    QString owned; // the order's email belongs to a registered customer of its website
    switch (d.dialect()) {
    case Dialect::MySql:
        // MySQL/MariaDB re-evaluate CTEs and cannot index a folded email: look the email up
        // through Magento's (email, website_id) index — its case-insensitive collation finds
        // every case variant — then keep only exact folded matches (accents differ).
        owned = QStringLiteral("EXISTS (SELECT 1 FROM %1 ce WHERE ce.email = o.customer_email AND "
                               "ce.website_id = st.website_id AND %2 = %3)")
                    .arg(customers, d.fold(QStringLiteral("ce.email")), orderEmail);
        break;
    case Dialect::Sqlite:
        // A scalar IN (SELECT ...) always builds a transient index, whatever the planner's
        // statistics say (with them, a correlated NOT EXISTS scanned a million emails per
        // guest order; a row-value IN is not indexed). "email|website" is unambiguous: a
        // domain holds no "|".
        ctes = QStringLiteral("registered_emails AS MATERIALIZED (SELECT %1 || '|' || website_id "
                              "AS email_key FROM %2 "
                              "WHERE email IS NOT NULL AND website_id IS NOT NULL), ")
                   .arg(d.fold(QStringLiteral("email")), customers);
        owned = QStringLiteral("(st.website_id IS NOT NULL AND (%1 || '|' || st.website_id) IN "
                               "(SELECT email_key FROM registered_emails))")
                    .arg(orderEmail);
        break;
    case Dialect::PostgreSql:
        // PostgreSQL hashes the folded set (a hash anti-join). Not a CTE: guest_orders is
        // inlined where it is read (below), and the planner estimates a folded column from the
        // table's statistics, but a CTE's columns as 200 distinct values (nested loops).
        owned = QStringLiteral(
                    "EXISTS (SELECT 1 FROM %1 re WHERE %2 = %3 AND re.website_id = st.website_id)")
                    .arg(customers, d.fold(QStringLiteral("re.email")), orderEmail);
        break;
    }
    const QString cteHint =
        d.dialect() == Dialect::PostgreSql ? QStringLiteral("NOT MATERIALIZED ") : d.materialized();
    const QString sql =
        ctes +
        QStringLiteral(
            "guest_orders AS %1(SELECT o.entity_id AS order_id, %2 AS guest_key, st.website_id AS "
            "website_id "
            "FROM %3 o LEFT JOIN %4 st ON st.store_id = o.store_id "
            "WHERE o.customer_id IS NULL AND o.customer_email IS NOT NULL AND NOT (%5) AND NOT %6)")
            .arg(cteHint, orderEmail, s.table(QStringLiteral("sales_order")),
                 s.table(QStringLiteral("store")),
                 d.isEmptyString(QStringLiteral("o.customer_email")), owned);
    return SqlText(sql);
}

QString BranchCompiler::addJoin(const QString &stem,
                                const std::function<SqlText(const QString &)> &build)
{
    const QString alias = m_state.alias(stem);
    m_joins << build(alias);
    return alias;
}

QString BranchCompiler::namedJoin(const QString &key, const QString &stem,
                                  const std::function<SqlText(const QString &)> &build)
{
    const auto it = m_namedJoins.constFind(key);
    if (it != m_namedJoins.constEnd()) return *it;
    const QString alias = addJoin(stem, build);
    m_namedJoins.insert(key, alias);
    return alias;
}

BoolSql BranchCompiler::ownerIn(const SqlText &keys, bool negate) const
{
    return BoolSql::of(SqlText(QStringLiteral("%1 %2 (").arg(
                           owner(), negate ? QStringLiteral("NOT IN") : QStringLiteral("IN"))) +
                       keys + SqlText(QStringLiteral(")")));
}

BoolSql BranchCompiler::guestSetIn(const SqlText &keys, bool unique) const
{
    BoolSql test = ownerIn(keys);
    if (m_kind == MemberKind::Guest) {
        test.guestSet = keys;
        test.guestSetUnique = unique;
    }
    return test;
}

BoolSql BranchCompiler::latestRowTest(const QString &latestRows, const QString &key,
                                      const BoolSql &onRow, bool holdsWithoutRow) const
{
    if (onRow.constant && *onRow.constant == holdsWithoutRow)
        return BoolSql::of(holdsWithoutRow); // every member passes, or none does
    // Members without a row pass: keep out those whose row fails (never NULL: see onValue).
    const BoolSql test = holdsWithoutRow ? sqlNot(onRow) : onRow;
    const SqlText keys =
        SqlText(QStringLiteral("SELECT lr.%1 FROM %2 lr WHERE ").arg(key, latestRows)) +
        test.toSql();
    // A guest's latest order (key guest_key, one row each) is drawn from guest_orders.
    if (!holdsWithoutRow && key == QLatin1String("guest_key")) return guestSetIn(keys, true);
    return ownerIn(keys, holdsWithoutRow);
}

BoolSql BranchCompiler::rowSetTest(const SqlText &rows, const QString &rowOwner,
                                   const BoolSql &onGroup, bool holdsWithoutRows, bool allWithRows,
                                   bool noneWithRows) const
{
    const SqlText keys = SqlText(QStringLiteral("SELECT %1 ").arg(rowOwner)) + rows;
    // A guest's rows here are always drawn from guest_orders (orders, their items, addresses).
    if (allWithRows) return holdsWithoutRows ? BoolSql::of(true) : guestSetIn(keys, false);
    if (noneWithRows && holdsWithoutRows && m_kind == MemberKind::Registered &&
        m_dialect.dialect() == Dialect::PostgreSql)
        // "No such row": PostgreSQL plans NOT EXISTS as an anti-join (merged on the indexes),
        // NOT IN as a hashed set of every row. Same result: neither side is ever NULL.
        return BoolSql::of(SqlText(QStringLiteral("NOT EXISTS (SELECT 1 ")) + rows +
                           SqlText(QStringLiteral(" AND %1 = %2)").arg(rowOwner, owner())));
    if (noneWithRows) return holdsWithoutRows ? ownerIn(keys, true) : BoolSql::of(false);
    const SqlText grouped = keys + SqlText(QStringLiteral(" GROUP BY %1 HAVING ").arg(rowOwner));
    if (holdsWithoutRows) // members without rows pass: keep out the groups that fail
        return ownerIn(grouped + sqlNot(onGroup).toSql(), true);
    return guestSetIn(grouped + onGroup.toSql(), true);
}

Result<SqlText> BranchCompiler::compileSelect(const SegmentDefinition &definition)
{
    m_referenceStack = {definition.code};
    m_scope = &definition;
    ConditionNode root = definition.conditions;
    Result<SqlText> keyFilter = guestKeyFilter(root);
    if (!keyFilter) return keyFilter.error();
    // Guests of all websites, no condition moved into the guest list: the branch may start
    // from a set of guests one condition selects (see guestPredicate).
    std::optional<BoolSql> driver;
    Result<BoolSql> predicate =
        !root.enabled ? Result<BoolSql>(BoolSql::of(true))
        : m_kind == MemberKind::Guest && definition.websites.isEmpty() && keyFilter->isEmpty()
            ? guestPredicate(root, driver)
            : memberNode(root);
    if (!predicate) return predicate.error();
    // Guests of the websites are already the only rows of g (below).
    const bool guestsFiltered = m_kind == MemberKind::Guest && definition.includesGuests();
    const BoolSql where =
        sqlAnd({guestsFiltered ? BoolSql::of(true) : inScopeOf(definition), *predicate});

    SqlText select;
    if (m_kind == MemberKind::Registered) {
        select =
            SqlText(QStringLiteral("SELECT c.entity_id AS customer_id, NULL AS guest_key FROM %1 c")
                        .arg(t("customer_entity")));
    } else {
        select = SqlText(QStringLiteral("SELECT NULL AS customer_id, g.guest_key AS guest_key FROM "
                                        "(")) +
                 (driver ? drivingGuests(*driver) : allGuests(definition, *keyFilter)) +
                 SqlText(QStringLiteral(") g"));
    }
    for (const SqlText &join : m_joins)
        select += SqlText(QStringLiteral(" ")) + join;
    select += SqlText(QStringLiteral(" WHERE ")) + where.toSql();
    return select;
}

// MariaDB: a top-level condition on the guest's email alone (the key) filters the guest
// orders before they are grouped. Left on the grouped list, a bound pattern is not pushed down
// by the server, and every guest order's email is first looked up among the customers (2x).
// The conditions moved there are taken out of root.
Result<SqlText> BranchCompiler::guestKeyFilter(ConditionNode &root)
{
    if (m_kind != MemberKind::Guest || m_dialect.dialect() != Dialect::MySql || !root.enabled ||
        root.kind != NodeKind::Combine || root.match != Match::All || !root.expect)
        return SqlText();
    std::vector<ConditionNode> rest;
    QList<BoolSql> onKey;
    m_guestKey = QStringLiteral("guest_key");
    for (const ConditionNode &child : std::as_const(root.children)) {
        if (!child.enabled || child.kind != NodeKind::Attribute || child.type != kCustomer ||
            child.attribute != QLatin1String("email")) {
            rest.push_back(child);
            continue;
        }
        Result<BoolSql> test = customerLeaf(child);
        if (!test) {
            m_guestKey = QStringLiteral("g.guest_key");
            return test.error();
        }
        onKey << *test;
    }
    m_guestKey = QStringLiteral("g.guest_key");
    root.children = rest;
    return onKey.isEmpty() ? SqlText() : sqlAnd(onKey).toSql();
}

// Every guest of the definition's websites, passing the conditions moved into the list.
SqlText BranchCompiler::allGuests(const SegmentDefinition &definition, const SqlText &keyFilter)
{
    QList<SqlText> filters;
    if (!definition.websites.isEmpty())
        filters << SqlText(
            QStringLiteral("website_id IN (%1)").arg(marks(definition.websites.size())),
            intParams(definition.websites));
    if (!keyFilter.isEmpty()) filters << keyFilter;
    SqlText list(QStringLiteral("SELECT guest_key FROM guest_orders"));
    for (qsizetype i = 0; i < filters.size(); ++i)
        list += SqlText(i == 0 ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + filters[i];
    // GROUP BY rather than DISTINCT: SQLite then expects many guests and indexes the grouped
    // joins below, instead of scanning them once per guest. PostgreSQL: OFFSET 0 keeps the
    // conditions on g out of the inlined guest_orders, where a filter on the key (email
    // ends_with) made the order estimate one row and the registered-email anti-join a nested
    // loop over the website's customers.
    return list + SqlText(m_dialect.dialect() == Dialect::PostgreSql
                              ? QStringLiteral(" GROUP BY guest_key OFFSET 0")
                              : QStringLiteral(" GROUP BY guest_key"));
}

SqlText BranchCompiler::drivingGuests(const BoolSql &driver)
{
    if (driver.guestSetUnique) return *driver.guestSet;
    return SqlText(QStringLiteral("SELECT guest_key FROM (")) + *driver.guestSet +
           SqlText(QStringLiteral(") s GROUP BY guest_key"));
}

// The root's conditions for guests of every website. When the root is ALL-true and one child
// is "the guest is in a set drawn from guest_orders" (an orders, ordered products, address
// or latest-order test), that set becomes the guest list (driver) and the others test it:
// the guest orders, with their anti-join on the customers, are then read once instead of
// once for the list of all guests and again for the set.
Result<BoolSql> BranchCompiler::guestPredicate(const ConditionNode &root,
                                               std::optional<BoolSql> &driver)
{
    if (root.kind != NodeKind::Combine || root.match != Match::All || !root.expect)
        return memberNode(root);
    QList<BoolSql> parts;
    for (const ConditionNode &child : root.children) {
        if (!child.enabled) continue; // muted: as if absent
        Result<BoolSql> part = memberNode(child);
        if (!part) return part.error();
        if (!driver && part->guestSet)
            driver = *part;
        else
            parts << *part;
    }
    return sqlAnd(parts);
}

BoolSql BranchCompiler::inScopeOf(const SegmentDefinition &d)
{
    if (m_kind == MemberKind::Registered) {
        if (!d.includesRegistered()) return BoolSql::of(false);
        if (d.websites.isEmpty()) return BoolSql::of(true);
        return BoolSql::of(
            SqlText(QStringLiteral("c.website_id IN (%1)").arg(marks(d.websites.size())),
                    intParams(d.websites)));
    }
    if (!d.includesGuests()) return BoolSql::of(false);
    if (d.websites.isEmpty()) return BoolSql::of(true);
    return ownerIn(SqlText(
        QStringLiteral("SELECT gw.guest_key FROM guest_orders gw WHERE gw.website_id IN (%1)")
            .arg(marks(d.websites.size())),
        intParams(d.websites)));
}

Result<BoolSql> BranchCompiler::combineChildren(const ConditionNode &node,
                                                const ChildCompiler &compileChild)
{
    QList<BoolSql> parts;
    for (const ConditionNode &child : node.children) {
        if (!child.enabled) continue; // muted: as if absent
        Result<BoolSql> part = compileChild(child);
        if (!part) return part.error();
        parts << (node.expect ? *part : sqlNot(*part));
    }
    if (parts.isEmpty()) return BoolSql::of(true); // an empty group is true
    return node.match == Match::All ? sqlAnd(parts) : sqlOr(parts);
}

Result<BoolSql> BranchCompiler::memberNode(const ConditionNode &node)
{
    switch (node.kind) {
    case NodeKind::Combine:
        return combineChildren(node,
                               [this](const ConditionNode &child) { return memberNode(child); });
    case NodeKind::Attribute:
        if (node.type == kCustomer) return customerLeaf(node);
        if (node.type == QLatin1String("cart")) return cartLeaf(node);
        return Error{{},
                     QStringLiteral("\"%1\" conditions belong inside a scope").arg(node.type),
                     ErrorCode::InvalidDefinition};
    case NodeKind::AddressScope:
        return addressScope(node);
    case NodeKind::OrdersScope:
        return ordersScope(node);
    case NodeKind::ProductsScope:
        return productsScope(node);
    case NodeKind::SegmentReference:
        return reference(node);
    case NodeKind::Rfm:
        return rfmLeaf(node);
    case NodeKind::Sample:
        return sampleLeaf(node);
    }
    return BoolSql::of(false);
}

Result<BoolSql> BranchCompiler::leaf(const ConditionNode &node, const AttributeSpec &spec,
                                     const ValueLookup &lookup)
{
    Result<ValueExpr> value = lookup(node);
    if (!value) return value.error();
    return m_comparisons.compile(*value, spec, node.test);
}

// ---- customer ------------------------------------------------------------------------------

Result<ValueExpr> BranchCompiler::customerValue(const QString &a)
{
    if (m_kind == MemberKind::Guest) {
        if (a == QLatin1String(
                     "email")) // every order of a guest has the guest's email, folded it is the key
            return ValueExpr{SqlText(m_guestKey), false, false, true};
        if (a == QLatin1String("group_id"))
            return column(QStringLiteral("0"), false); // NOT LOGGED IN
        return ValueExpr::missing();
    }

    if (kCustomerColumns.contains(a)) return column(QStringLiteral("c.") + a);
    if (a == QLatin1String("age") || a == QLatin1String("days_until_birthday"))
        return column(QStringLiteral("c.dob"));
    if (a == QLatin1String("days_since_registration"))
        return column(QStringLiteral("c.created_at"));
    if (a == QLatin1String("last_login_at") || a == QLatin1String("days_since_last_login")) {
        // customer_log: one row per customer (unique customer_id); none = missing.
        const QString alias = namedJoin(
            QStringLiteral("customer_log"), QStringLiteral("cl"), [&](const QString &alias) {
                return SqlText(QStringLiteral("LEFT JOIN %1 %2 ON %2.customer_id = c.entity_id")
                                   .arg(t("customer_log"), alias));
            });
        return column(alias + QStringLiteral(".last_login_at"));
    }
    if (a == QLatin1String("is_confirmed"))
        return column(QStringLiteral("(CASE WHEN c.confirmation IS NULL THEN 1 ELSE 0 END)"),
                      false);
    const std::optional<CustomAttribute> custom = m_schema.customAttribute(a);
    if (!custom)
        return Error{{},
                     QStringLiteral("unknown customer attribute \"%1\"").arg(a),
                     ErrorCode::InvalidDefinition};
    const QString alias =
        namedJoin(QStringLiteral("custom:") + a, QStringLiteral("ca"), [&](const QString &alias) {
            return SqlText(
                QStringLiteral(
                    "LEFT JOIN %1 %2 ON %2.entity_id = c.entity_id AND %2.attribute_id = ?")
                    .arg(m_schema.table(QStringLiteral("customer_entity_") + custom->backendType),
                         alias),
                {QVariant::fromValue(qint64(custom->attributeId))});
        });
    return column(alias + QStringLiteral(".value"));
}

Result<BoolSql> BranchCompiler::customerLeaf(const ConditionNode &node)
{
    const std::optional<AttributeSpec> spec = resolveCustomerAttribute(node.attribute, &m_schema);
    if (!spec) return unknownAttribute(node);
    if (node.attribute == QLatin1String("newsletter")) return newsletterLeaf(node, *spec);
    if (m_kind == MemberKind::Guest && (node.attribute == QLatin1String("firstname") ||
                                        node.attribute == QLatin1String("lastname")))
        return guestProfileLeaf(node, *spec);
    return leaf(node, *spec, [this](const ConditionNode &n) { return customerValue(n.attribute); });
}

Result<BoolSql> BranchCompiler::newsletterLeaf(const ConditionNode &node, const AttributeSpec &spec)
{
    // The latest subscriber row (highest subscriber_id) decides; no row is "not subscribed" (0).
    const QString ns = t("newsletter_subscriber");
    const bool holdsWithoutRow = holdsForNumber(0, spec, node.test);
    if (m_kind == MemberKind::Guest && m_dialect.dialect() == Dialect::MySql) {
        // MySQL cannot index a derived set in a dependent subquery: find the guest's rows
        // through the subscriber_email index (its case-insensitive collation finds every case
        // variant), keep exact folded matches (accents differ), take the latest.
        const ValueExpr status =
            column(QStringLiteral("COALESCE((SELECT ns.subscriber_status FROM %1 ns WHERE "
                                  "ns.subscriber_email = CONVERT(g.guest_key USING utf8mb4) "
                                  "AND ns.customer_id = 0 AND %2 = g.guest_key ORDER BY "
                                  "ns.subscriber_id DESC LIMIT 1), 0)")
                       .arg(ns, m_dialect.fold(QStringLiteral("ns.subscriber_email"))),
                   false);
        return m_comparisons.compile(status, spec, node.test);
    }
    QString latest;
    QString key;
    if (m_kind == MemberKind::Guest) {
        // Guests: rows of customer 0 by email, folded once per row.
        latest = QStringLiteral("(SELECT email_key, subscriber_status FROM (SELECT email_key, "
                                "subscriber_status, ROW_NUMBER() OVER "
                                "(PARTITION BY email_key ORDER BY subscriber_id DESC) AS rn FROM "
                                "(SELECT %1 AS email_key, subscriber_status, "
                                "subscriber_id FROM %2 WHERE customer_id = 0 AND subscriber_email "
                                "IS NOT NULL) f) r WHERE r.rn = 1)")
                     .arg(m_dialect.fold(QStringLiteral("subscriber_email")), ns);
        key = QStringLiteral("email_key");
    } else {
        // A registered customer's latest row: the highest id of their rows (estimated from
        // the table's statistics, unlike a window's rn = 1).
        latest =
            QStringLiteral("(SELECT customer_id, subscriber_status FROM %1 WHERE subscriber_id IN "
                           "(SELECT MAX(subscriber_id) FROM %1 WHERE customer_id IS NOT NULL AND "
                           "customer_id <> 0 GROUP BY customer_id))")
                .arg(ns);
        key = QStringLiteral("customer_id");
    }
    const BoolSql onRow = m_comparisons.compile(
        column(QStringLiteral("lr.subscriber_status"), false), spec, node.test);
    return latestRowTest(latest, key, onRow, holdsWithoutRow);
}

Result<BoolSql> BranchCompiler::guestProfileLeaf(const ConditionNode &node,
                                                 const AttributeSpec &spec)
{
    // From the guest's most recent order; every guest has one.
    const QString latest =
        QStringLiteral(
            "(SELECT guest_key, customer_firstname, customer_lastname FROM "
            "(SELECT go.guest_key, o.customer_firstname, o.customer_lastname, "
            "ROW_NUMBER() OVER (PARTITION BY go.guest_key ORDER BY o.created_at DESC, o.updated_at "
            "DESC, o.entity_id DESC) AS rn "
            "FROM guest_orders go JOIN %1 o ON o.entity_id = go.order_id) r WHERE r.rn = 1)")
            .arg(t("sales_order"));
    const BoolSql onRow = m_comparisons.compile(
        column(QStringLiteral("lr.customer_") + node.attribute), spec, node.test);
    return latestRowTest(latest, QStringLiteral("guest_key"), onRow, false);
}

// ---- cart ----------------------------------------------------------------------------------

QString BranchCompiler::currentCartSql() const
{
    // The most recently updated active quote with items; ties go to the higher id.
    const QString columns = QStringLiteral(
        "q.entity_id, q.customer_id, q.items_count, q.items_qty, q.subtotal, q.grand_total, "
        "q.subtotal_with_discount, q.coupon_code, q.created_at, q.updated_at");
    if (m_dialect.dialect() == Dialect::PostgreSql)
        // DISTINCT ON is one sort of the active quotes, estimated at one row per customer; the
        // anti-join below read every other quote of the customer by index per quote (2.5x).
        return QStringLiteral("(SELECT DISTINCT ON (q.customer_id) %2 FROM %1 q WHERE "
                              "q.is_active = 1 AND q.items_count > 0 AND q.customer_id IS NOT "
                              "NULL ORDER BY q.customer_id, q.updated_at DESC, q.entity_id DESC)")
            .arg(t("quote"), columns);
    // An anti-join on the customer's quotes (Magento's QUOTE_CUSTOMER_ID_STORE_ID_IS_ACTIVE
    // index) rather than a window's rn = 1, which planners estimate as a handful of rows.
    return QStringLiteral("(SELECT q.entity_id, q.customer_id, q.items_count, q.items_qty, "
                          "q.subtotal, q.grand_total, q.subtotal_with_discount, "
                          "q.coupon_code, q.created_at, q.updated_at FROM %1 q WHERE q.is_active = "
                          "1 AND q.items_count > 0 AND q.customer_id IS NOT NULL "
                          "AND NOT EXISTS (SELECT 1 FROM %1 q2 WHERE q2.customer_id = "
                          "q.customer_id AND q2.is_active = 1 AND q2.items_count > 0 "
                          "AND (q2.updated_at > q.updated_at OR (q2.updated_at = q.updated_at AND "
                          "q2.entity_id > q.entity_id))))")
        .arg(t("quote"));
}

Result<BoolSql> BranchCompiler::cartLeaf(const ConditionNode &node)
{
    const AttributeSpec *spec =
        ConditionCatalog::instance().attribute(QStringLiteral("cart"), node.attribute);
    if (!spec) return unknownAttribute(node);
    const QString &a = node.attribute;
    // No current cart: "exists" is 0, every other attribute is missing.
    const bool holdsWithoutCart =
        a == QLatin1String("exists")
            ? holdsForNumber(0, *spec, node.test)
            : *m_comparisons.compile(ValueExpr::missing(), *spec, node.test).constant;
    if (m_kind == MemberKind::Guest) // guests have no cart
        return BoolSql::of(holdsWithoutCart);
    ValueExpr value;
    if (a == QLatin1String("exists"))
        value = column(QStringLiteral("1"), false);
    else if (a == QLatin1String("discount_amount"))
        value = column(QStringLiteral("(lr.subtotal - lr.subtotal_with_discount)"));
    else if (a == QLatin1String("days_since_update"))
        value = column(QStringLiteral("lr.updated_at"));
    else
        value = column(QStringLiteral("lr.") + a);
    return latestRowTest(currentCartSql(), QStringLiteral("customer_id"),
                         m_comparisons.compile(value, *spec, node.test), holdsWithoutCart);
}

// ---- references ----------------------------------------------------------------------------

Result<BoolSql> BranchCompiler::reference(const ConditionNode &node)
{
    QList<BoolSql> memberships;
    for (const QJsonValue &v : node.test.value.toArray()) {
        const QString code = v.toString();
        if (m_referenceStack.contains(code))
            return Error{{},
                         QStringLiteral("segment reference cycle: %1 -> %2")
                             .arg(m_referenceStack.join(QStringLiteral(" -> ")), code),
                         ErrorCode::InvalidDefinition};
        const std::optional<SegmentDefinition> referenced =
            m_segments ? m_segments->findSegment(code) : std::nullopt;
        if (!referenced)
            return Error{{},
                         QStringLiteral("unknown segment \"%1\"").arg(code),
                         ErrorCode::InvalidDefinition};
        if (node.referenceOf == QLatin1String("members")) {
            Result<BoolSql> stored = storedMembership(code);
            if (!stored) return stored.error();
            memberships << *stored;
            continue;
        }
        // "of": "conditions": evaluated from the referenced conditions, not a stored list.
        m_referenceStack << code;
        const SegmentDefinition *outer = m_scope;
        m_scope = &*referenced;
        Result<BoolSql> conditions = referenced->conditions.enabled
                                         ? memberNode(referenced->conditions)
                                         : Result<BoolSql>(BoolSql::of(true));
        m_scope = outer;
        m_referenceStack.removeLast();
        if (!conditions) return conditions.error();
        memberships << sqlAnd({inScopeOf(*referenced), *conditions});
    }
    const BoolSql inAny = sqlOr(memberships);
    return node.test.op == QLatin1String("not_in") ? sqlNot(inAny) : inAny;
}

Result<BoolSql> BranchCompiler::storedMembership(const QString &code) const
{
    const std::optional<QString> prefix =
        m_segments ? m_segments->storedMembersPrefix() : std::nullopt;
    if (!prefix)
        return Error{{},
                     QStringLiteral("the stored members of segment \"%1\" cannot be read here "
                                    "(Segmentor keeps its tables in a workspace file): refer to "
                                    "its conditions instead")
                         .arg(code),
                     ErrorCode::InvalidDefinition};
    const QString members = *prefix + QStringLiteral("segmentor_member");
    const QString overrides = *prefix + QStringLiteral("segmentor_override");
    const QString segment =
        QStringLiteral("(SELECT segment_id FROM %1segmentor_segment WHERE code = ?)").arg(*prefix);
    const QString key = m_kind == MemberKind::Registered ? QStringLiteral("customer_id")
                                                         : QStringLiteral("guest_email");
    // The stored list plus the includes, minus the excludes: what the next refresh keeps of
    // the overrides, applied now (an override set since the last refresh counts at once).
    const SqlText in(
        QStringLiteral("SELECT m.%1 FROM %2 m WHERE m.segment_id = %4 AND m.%1 IS NOT NULL "
                       "UNION SELECT i.%1 FROM %3 i WHERE i.segment_id = %4 AND i.kind = "
                       "'include' AND i.%1 IS NOT NULL")
            .arg(key, members, overrides, segment),
        {code, code});
    const SqlText out(QStringLiteral("SELECT x.%1 FROM %2 x WHERE x.segment_id = %3 AND x.kind = "
                                     "'exclude' AND x.%1 IS NOT NULL")
                          .arg(key, overrides, segment),
                      {code});
    return sqlAnd({ownerIn(in), ownerIn(out, true)});
}

} // namespace seg

#pragma once

#include "common/result.h"
#include "definition/definitionvalidator.h"
#include "definition/segmentdefinition.h"
#include "engine/boolsql.h"
#include "engine/comparisoncompiler.h"
#include "engine/factssource.h"
#include "store/storeschema.h"

#include <QHash>

#include <functional>

namespace seg {

enum class MemberKind
{
    Registered,
    Guest
};

// Shared by the branches of one compilation: unique aliases, whether guests are needed.
struct CompileState
{
    int nextAlias = 1;
    bool needsGuestOrders = false;      // a condition reads guest_orders (RFM over guests)
    const FactsSource *facts = nullptr; // current order facts, when the caller allows them
    int ordersFromFacts = 0;            // orders conditions compiled on the facts / directly
    int ordersDirect = 0;
    QString alias(const QString &stem) { return stem + QString::number(nextAlias++); }
};

// Compiles a definition for one kind of member. Registered members are rows of
// customer_entity (alias c); guests are rows of the guest_orders CTE grouped by their
// lower-cased email (alias g). Related rows (addresses, orders, products) become grouped
// LEFT JOINs keyed by the member, so the whole segment stays one set-based query.
class BranchCompiler
{
public:
    BranchCompiler(MemberKind kind, const StoreSchema &schema,
                   const ComparisonCompiler &comparisons, const SqlDialect &dialect,
                   const SegmentLookup *segments, CompileState &state);

    Result<SqlText> compileSelect(const SegmentDefinition &definition);

    // The CTE every guest branch reads: orders with no customer, whose email no registered
    // customer of the same website owns.
    static SqlText guestOrdersCte(const StoreSchema &schema, const SqlDialect &dialect);

private:
    using ChildCompiler = std::function<Result<BoolSql>(const ConditionNode &)>;
    using ValueLookup = std::function<Result<ValueExpr>(const ConditionNode &)>;

    Result<BoolSql> memberNode(const ConditionNode &node);
    static Result<BoolSql> combineChildren(const ConditionNode &node,
                                           const ChildCompiler &compileChild);
    Result<BoolSql> rowPredicate(const ConditionNode &node, const QString &entity,
                                 const ValueLookup &lookup, const QString &itemProductId = {});
    Result<BoolSql> leaf(const ConditionNode &node, const AttributeSpec &spec,
                         const ValueLookup &lookup);

    Result<BoolSql> customerLeaf(const ConditionNode &node);
    Result<BoolSql> cartLeaf(const ConditionNode &node);
    Result<BoolSql> addressScope(const ConditionNode &node);
    Result<BoolSql> ordersScope(const ConditionNode &node);
    // branchcompilerfacts.cpp: the orders scope read from the member facts, when its filters
    // read only the facts' dimensions (status, state, store view).
    bool factsServe(const ConditionNode &node) const;
    Result<BoolSql> ordersFromFacts(const ConditionNode &node, const AttributeSpec &metric);
    Result<BoolSql> productsScope(const ConditionNode &node);
    Result<BoolSql> reference(const ConditionNode &node);
    // A saved segment's stored members, an include added and an exclude taken away.
    Result<BoolSql> storedMembership(const QString &code) const;
    // branchcompilerscores.cpp: RFM scores and random samples.
    Result<BoolSql> rfmLeaf(const ConditionNode &node);
    Result<BoolSql> sampleLeaf(const ConditionNode &node);
    BoolSql inScopeOf(const SegmentDefinition &definition);
    Result<SqlText> guestKeyFilter(ConditionNode &root);

    Result<ValueExpr> customerValue(const QString &attribute);
    QString currentCartSql() const;
    Result<BoolSql> newsletterLeaf(const ConditionNode &node, const AttributeSpec &spec);
    Result<BoolSql> guestProfileLeaf(const ConditionNode &node, const AttributeSpec &spec);
    // Set tests on the member's key (semi-joins): the set is built once and probed by key,
    // instead of a join to a derived table or a subquery per member.
    BoolSql ownerIn(const SqlText &keys, bool negate = false) const;
    // ownerIn(keys) for keys that are guests drawn from guest_orders (marks BoolSql::guestSet).
    BoolSql guestSetIn(const SqlText &keys, bool unique) const;
    SqlText allGuests(const SegmentDefinition &definition, const SqlText &keyFilter);
    SqlText drivingGuests(const BoolSql &driver);
    Result<BoolSql> guestPredicate(const ConditionNode &root, std::optional<BoolSql> &driver);
    BoolSql latestRowTest(const QString &latestRows, const QString &key, const BoolSql &onRow,
                          bool holdsWithoutRow) const;
    // rows: "FROM ... WHERE ..." (the member's related rows that count), rowOwner: their member
    // key; onGroup: the test on an aggregate of one member's rows; holdsWithoutRows: whether a
    // member with no such row passes. allWithRows / noneWithRows: the test holds for every /
    // no member with at least one row (so the set needs no grouping).
    BoolSql rowSetTest(const SqlText &rows, const QString &rowOwner, const BoolSql &onGroup,
                       bool holdsWithoutRows, bool allWithRows, bool noneWithRows) const;
    QString namedJoin(const QString &key, const QString &stem,
                      const std::function<SqlText(const QString &alias)> &build);
    QString addJoin(const QString &stem, const std::function<SqlText(const QString &alias)> &build);
    QString t(const char *table) const { return m_schema.table(QString::fromLatin1(table)); }
    QString owner() const;
    // A value of the order's related rows (payment, order addresses): filter ("%1" = the
    // alias) selects the rows of the kind; the test is on the least value.
    BoolSql orderRowValueTest(const ConditionNode &node, const AttributeSpec &spec,
                              const QString &table, const QString &filter,
                              const QVariantList &filterParams, const QString &valueColumn) const;
    BoolSql categoryTest(const ConditionNode &node, const QString &productIdExpr);

    MemberKind m_kind;
    const StoreSchema &m_schema;
    const ComparisonCompiler &m_comparisons;
    const SqlDialect &m_dialect;
    const SegmentLookup *m_segments;
    CompileState &m_state;
    QList<SqlText> m_joins;
    QHash<QString, QString> m_namedJoins;
    // The order id inside an orders scope (go.order_id for guests: the order row itself is
    // then joined only when a column of it is read).
    QString m_orderId = QStringLiteral("o.entity_id");
    // The guest's key as the conditions see it: g.guest_key, or the bare column while a
    // condition on the key alone is compiled into the grouped guest list (see compileSelect).
    QString m_guestKey = QStringLiteral("g.guest_key");
    QStringList m_referenceStack;
    const SegmentDefinition *m_scope = nullptr; // the segment whose conditions are compiled
};

} // namespace seg

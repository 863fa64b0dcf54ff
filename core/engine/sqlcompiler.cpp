#include "engine/sqlcompiler.h"

#include "engine/asofrewind.h"
#include "engine/branchcompiler.h"
#include "engine/comparisoncompiler.h"
#include "engine/sqldialect.h"

namespace seg {

SqlCompiler::SqlCompiler(const StoreSchema &schema, const TimeContext &time,
                         const SegmentLookup *segments)
    : m_schema(schema), m_time(time), m_segments(segments)
{
}

Result<SqlCompiler::Parts> SqlCompiler::compileParts(const SegmentDefinition &definition) const
{
    const SqlDialect dialect(m_schema.dialect(), m_schema.foldCollation());
    const ComparisonCompiler comparisons(dialect, m_time);
    CompileState state;
    const std::optional<QDateTime> cutoff = m_time.rewindCutoff();
    if (m_facts && !cutoff) state.facts = &*m_facts;
    // Time travel: the branches read the rewound tables through their seg_asof_* CTEs.
    const StoreSchema rewound = cutoff ? rewoundSchema(m_schema) : StoreSchema();
    const StoreSchema &schema = cutoff ? rewound : m_schema;

    QList<SqlText> branches;
    if (definition.includesRegistered()) {
        BranchCompiler registered(MemberKind::Registered, schema, comparisons, dialect, m_segments,
                                  state);
        Result<SqlText> select = registered.compileSelect(definition);
        if (!select) return select.error();
        branches << *select;
    }
    if (definition.includesGuests()) {
        BranchCompiler guests(MemberKind::Guest, schema, comparisons, dialect, m_segments, state);
        Result<SqlText> select = guests.compileSelect(definition);
        if (!select) return select.error();
        branches << *select;
    }
    Parts parts;
    QList<SqlText> ctes;
    if (cutoff) ctes << rewindCtes(m_schema, dialect, *cutoff); // first: the others read them
    if (definition.includesGuests() || state.needsGuestOrders)
        ctes << BranchCompiler::guestOrdersCte(schema, dialect);
    if (!ctes.isEmpty())
        parts.with = SqlText(QStringLiteral("WITH ")) + joinSql(ctes, QStringLiteral(", ")) +
                     SqlText(QStringLiteral(" "));
    parts.body = joinSql(branches, QStringLiteral(" UNION ALL "));
    parts.ordersFromFacts = state.ordersFromFacts;
    parts.ordersDirect = state.ordersDirect;
    return parts;
}

Result<CompiledQuery> SqlCompiler::compileMembers(const SegmentDefinition &definition) const
{
    Result<Parts> parts = compileParts(definition);
    if (!parts) return parts.error();
    const SqlText sql = parts->with + parts->body;
    return CompiledQuery{sql.sql, sql.params, parts->ordersFromFacts, parts->ordersDirect};
}

Result<CompiledQuery> SqlCompiler::compileCount(const SegmentDefinition &definition) const
{
    Result<Parts> parts = compileParts(definition);
    if (!parts) return parts.error();
    const SqlText sql = parts->with + SqlText(QStringLiteral("SELECT COUNT(*) FROM (")) +
                        parts->body + SqlText(QStringLiteral(") members"));
    return CompiledQuery{sql.sql, sql.params, parts->ordersFromFacts, parts->ordersDirect};
}

} // namespace seg

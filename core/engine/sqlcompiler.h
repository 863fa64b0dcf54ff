#pragma once

#include "common/result.h"
#include "definition/definitionvalidator.h"
#include "definition/segmentdefinition.h"
#include "engine/factssource.h"
#include "engine/sqltext.h"
#include "engine/timecontext.h"
#include "store/storeschema.h"

#include <optional>

namespace seg {

struct CompiledQuery
{
    QString sql;
    QVariantList params;
    int ordersFromFacts = 0; // orders conditions read from the member facts
    int ordersDirect = 0;    // ... and from sales_order
};

// Compiles a definition into ONE parameterized query for the store's dialect. The member
// query returns two columns: customer_id (registered members) and guest_key (the
// lower-cased email of guests); exactly one of them is set on each row.
class SqlCompiler
{
public:
    SqlCompiler(const StoreSchema &schema, const TimeContext &time,
                const SegmentLookup *segments = nullptr);

    Result<CompiledQuery> compileMembers(const SegmentDefinition &definition) const;
    Result<CompiledQuery> compileCount(const SegmentDefinition &definition) const;

    // The member query in two parts, for statements that wrap it (INSERT ... SELECT).
    struct Parts
    {
        SqlText with; // "WITH ... " or empty; it must lead the statement on MySQL/MariaDB
        SqlText body; // the UNION ALL of the member branches: rows of (customer_id, guest_key)
        int ordersFromFacts = 0;
        int ordersDirect = 0;
    };
    Result<Parts> compileParts(const SegmentDefinition &definition) const;

    // Order facts brought up to date for this evaluation: orders conditions whose meaning they
    // hold exactly read them (never under time travel, which rewinds sales_order).
    void setFacts(std::optional<FactsSource> facts) { m_facts = std::move(facts); }
    const TimeContext &time() const { return m_time; }

private:
    const StoreSchema &m_schema;
    const TimeContext &m_time;
    const SegmentLookup *m_segments;
    std::optional<FactsSource> m_facts;
};

} // namespace seg

#pragma once

#include "engine/factssource.h"
#include "engine/sqlcompiler.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <optional>

namespace seg {

// Whether one evaluation may read the order facts, decided just before it compiles: only
// when the facts are built in the store's own database, and brought up to date right now.
// Otherwise the compiler reads sales_order as it always did, and `reason` says why.
struct FactsUse
{
    std::optional<FactsSource> source;
    QString reason; // why not, or when they were brought up to date

    // "member facts (…)" / "direct SQL (…)", for explain and Show SQL.
    QString describe(int ordersFromFacts, int ordersDirect) const;
};

// inWorkspace: Segmentor's tables are in a local file (a read-only store user), where the
// facts cannot be joined with the orders. SEGMENTOR_FACTS=off forces the direct SQL.
FactsUse prepareMemberFacts(const StoreConnection &store, const StoreSchema &schema,
                            bool inWorkspace);

// Gives `compiler` the facts only when they would hold one of the definition's orders
// conditions (a probe compilation, no query): then they are brought up to date first. Every
// other definition costs no sync. The caller compiles afterwards as usual.
FactsUse useMemberFacts(SqlCompiler &compiler, const SegmentDefinition &definition,
                        const StoreConnection &store, const StoreSchema &schema, bool inWorkspace);

// SEGMENTOR_FACTS is "off", "0" or "no".
bool memberFactsDisabled();

} // namespace seg

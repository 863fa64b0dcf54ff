#include "facts/memberfactsuse.h"

#include "facts/memberfactsrepository.h"

#include <QCoreApplication>

namespace seg {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seg::MemberFacts)
};
} // namespace

bool memberFactsDisabled()
{
    const QString v = qEnvironmentVariable("SEGMENTOR_FACTS").trimmed().toLower();
    return v == QLatin1String("off") || v == QLatin1String("0") || v == QLatin1String("no");
}

FactsUse prepareMemberFacts(const StoreConnection &store, const StoreSchema &schema,
                            bool inWorkspace)
{
    FactsUse use;
    if (memberFactsDisabled()) {
        use.reason = Tr::tr("member facts switched off (SEGMENTOR_FACTS)");
        return use;
    }
    if (inWorkspace) {
        use.reason = Tr::tr("Segmentor's tables are in a workspace file, apart from the orders");
        return use;
    }
    // Time travel rewinds sales_order; the compiler leaves the facts out then.
    MemberFactsRepository facts(store, schema);
    if (!facts.isBuilt()) {
        use.reason = Tr::tr("no member facts (segmentor-cli facts rebuild builds them)");
        return use;
    }
    Result<MemberFactsRun> synced = facts.sync();
    if (!synced) {
        // Never a stale fact: without a successful sync the orders are read directly.
        use.reason = Tr::tr("the member facts could not be brought up to date: %1")
                         .arg(synced.error().message);
        return use;
    }
    use.source = FactsSource{facts.factsTable()};
    use.reason =
        Tr::tr("brought up to date now: %n changed order(s)", nullptr, int(synced->changedOrders));
    return use;
}

FactsUse useMemberFacts(SqlCompiler &compiler, const SegmentDefinition &definition,
                        const StoreConnection &store, const StoreSchema &schema, bool inWorkspace)
{
    compiler.setFacts(FactsSource{MemberFactsRepository(store, schema).factsTable()});
    Result<SqlCompiler::Parts> probe = compiler.compileParts(definition);
    compiler.setFacts(std::nullopt);
    if (!probe || probe->ordersFromFacts == 0) {
        FactsUse none;
        none.reason = compiler.time().rewinds()
                          ? Tr::tr("time travel reads the orders as they were")
                          : Tr::tr("the member facts hold none of these orders conditions");
        return none;
    }
    FactsUse use = prepareMemberFacts(store, schema, inWorkspace);
    compiler.setFacts(use.source);
    return use;
}

QString FactsUse::describe(int ordersFromFacts, int ordersDirect) const
{
    if (ordersFromFacts == 0 && ordersDirect == 0) return Tr::tr("no orders condition");
    if (ordersFromFacts > 0 && ordersDirect == 0) return Tr::tr("member facts (%1)").arg(reason);
    if (ordersFromFacts == 0)
        return source ? Tr::tr("direct SQL (the member facts do not hold these order filters)")
                      : Tr::tr("direct SQL (%1)").arg(reason);
    return Tr::tr("member facts for %1, direct SQL for %2 (filters the facts do not hold)")
        .arg(ordersFromFacts)
        .arg(ordersDirect);
}

} // namespace seg

#include "operations/memberqueries.h"

#include "definition/definitionvalidator.h"
#include "engine/memberqueryrunner.h"
#include "engine/sqlcompiler.h"
#include "facts/memberfactsuse.h"
#include "session/storesession.h"

#include <algorithm>

namespace seg {

QList<Error> validateDefinition(const StoreSession &session, const SegmentDefinition &definition)
{
    const DefinitionValidator validator(session.schema ? &*session.schema : nullptr,
                                        session.segments.get());
    return validator.validate(definition);
}

Result<qint64> countMembers(const StoreSession &session, const SegmentDefinition &definition,
                            const TimeContext &time)
{
    if (const QList<Error> errors = validateDefinition(session, definition); !errors.isEmpty())
        return errors.first();
    SqlCompiler compiler(*session.schema, time, session.segments.get());
    useMemberFacts(compiler, definition, *session.connection, *session.schema,
                   session.storage.inWorkspace());
    Result<CompiledQuery> query = compiler.compileCount(definition);
    if (!query) return query.error();
    return MemberQueryRunner::count(*session.connection, *query);
}

Result<QList<MemberKey>> listMembers(const StoreSession &session,
                                     const SegmentDefinition &definition, const TimeContext &time)
{
    if (const QList<Error> errors = validateDefinition(session, definition); !errors.isEmpty())
        return errors.first();
    SqlCompiler compiler(*session.schema, time, session.segments.get());
    useMemberFacts(compiler, definition, *session.connection, *session.schema,
                   session.storage.inWorkspace());
    Result<CompiledQuery> query = compiler.compileMembers(definition);
    if (!query) return query.error();
    Result<QList<MemberKey>> members = MemberQueryRunner::members(*session.connection, *query);
    if (!members) return members;
    QList<MemberKey> sorted = std::move(members).value();
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace seg

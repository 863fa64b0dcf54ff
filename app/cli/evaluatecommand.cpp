#include "clicontext.h"

#include "operations/explainmember.h"
#include "operations/memberqueries.h"
#include "operations/previewsql.h"

using namespace seg;

int runEvaluate(const CliOptions &options, CliStreams io)
{
    const QString source = options.positional.value(0);
    int code = ExitOk;
    const std::optional<SegmentDefinition> definition = readDefinition(source, io, code);
    if (!definition) return code;
    std::optional<StoreSession> session = openStore(options, io, code, true, false);
    if (!session) return code;
    if (!validate(*definition, &*session, source, io)) return ExitUsage;
    const std::optional<TimeContext> time = timeContext(options, &*session, io, code);
    if (!time) return code;

    if (options.values.contains(QStringLiteral("--explain"))) {
        const QString who = options.value(QStringLiteral("--explain"));
        Result<std::optional<MemberExplanation>> explained =
            explainMember(*session, *definition, who, *time);
        if (!explained) {
            io.err << "error: " << explained.error().toString() << "\n";
            return exitCodeFor(explained.error());
        }
        if (!explained->has_value()) {
            io.err << QStringLiteral(
                          "error: no member %1 in this store (a customer id or a guest's email)\n")
                          .arg(who.trimmed());
            return ExitFailure;
        }
        io.out << (**explained).explanation.toText();
        // Which path the compiled SQL of the same definition takes for its orders conditions.
        QString ordersPath;
        Result<CompiledQuery> compiled = previewMemberSql(
            *session, *definition, session->connection->dialect(), *time, &ordersPath);
        if (compiled && compiled->ordersFromFacts + compiled->ordersDirect > 0)
            io.out << "Orders conditions in SQL: " << ordersPath << "\n";
        return ExitOk;
    }

    // An invalid definition names its place (exit 2); a failing store is a runtime error (exit 1).
    const auto fail = [&](const Error &e) {
        if (e.is(ErrorCode::InvalidDefinition))
            io.err << source << ": " << e.toString() << "\n";
        else
            io.err << "error: " << e.message << "\n";
        return exitCodeFor(e);
    };
    if (options.has(QStringLiteral("--count"))) {
        Result<qint64> count = countMembers(*session, *definition, *time);
        if (!count) return fail(count.error());
        io.out << *count << "\n";
        return ExitOk;
    }
    Result<QList<MemberKey>> members = listMembers(*session, *definition, *time);
    if (!members) return fail(members.error());
    for (const MemberKey &m : *members)
        io.out << m.toString() << "\n";
    return ExitOk;
}

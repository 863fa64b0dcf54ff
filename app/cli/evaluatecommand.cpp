#include "clicontext.h"

#include "engine/memberevaluator.h"
#include "engine/membersnapshotloader.h"
#include "members/memberkeyresolver.h"
#include "operations/memberqueries.h"

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
        // Any website: explaining why a customer of another website is out is a fair question.
        SegmentDefinition anyWebsite = *definition;
        anyWebsite.websites.clear();
        Result<ResolvedMemberKey> resolved =
            MemberKeyResolver(*session->connection, *session->schema)
                .resolve(options.value(QStringLiteral("--explain")), anyWebsite);
        if (!resolved) {
            io.err << "error: " << resolved.error().message << "\n";
            return ExitFailure;
        }
        if (!resolved->resolved()) {
            io.err << "error: " << resolved->message << "\n";
            return resolved->refusal == MemberKeyRefusal::Ambiguous ? ExitUsage : ExitFailure;
        }
        const MemberKey key = *resolved->key;
        const MemberSnapshotLoader loader(*session->connection, *session->schema);
        Result<MemberSnapshot> snapshot = loader.load(key);
        if (!snapshot) {
            io.err << "error: " << snapshot.error().message << "\n";
            return ExitFailure;
        }
        if (!snapshot->exists) {
            io.err << QStringLiteral(
                          "error: no member %1 in this store (a customer id or a guest's email)\n")
                          .arg(key.toString());
            return ExitFailure;
        }
        MemberEvaluator evaluator(&*session->schema, *time, session->segments.get());
        const StoreRfmPopulation rfm(*session->connection, *session->schema);
        evaluator.setRfmPopulation(&rfm);
        Result<Explanation> explanation = evaluator.explain(*definition, *snapshot);
        if (!explanation) {
            io.err << "error: " << explanation.error().toString() << "\n";
            return ExitFailure;
        }
        io.out << explanation->toText();
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

// segments combine | freeze | unfreeze | split: new segments from saved ones, frozen lists.
#include "segmentsetcommands.h"
#include "clicontext.h"

#include "operations/freezesegment.h"
#include "operations/segmentsets.h"
#include "operations/splitsegment.h"

using namespace seg;

namespace {

int fail(const Error &error, CliStreams io)
{
    io.err << "error: " << error.toString() << "\n";
    return exitCodeFor(error);
}

int combine(StoreSession &session, const CliOptions &options, const QString &code, CliStreams io)
{
    CombineArgs args;
    args.code = code;
    int given = 0;
    const std::pair<const char *, SetOperation> operations[] = {
        {"--union", SetOperation::Union},
        {"--intersection", SetOperation::Intersection},
        {"--difference", SetOperation::Difference}};
    for (const auto &[flag, operation] : operations)
        if (options.values.contains(QString::fromLatin1(flag))) {
            ++given;
            args.operation = operation;
            args.codes = options.value(QString::fromLatin1(flag))
                             .split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
    if (given != 1) {
        io.err << "error: segments combine needs one of --union A,B  --intersection A,B  "
                  "--difference A,B\n";
        return ExitUsage;
    }
    for (QString &c : args.codes)
        c = c.trimmed();
    args.of = options.value(QStringLiteral("--of"), QStringLiteral("members"));
    args.name = options.value(QStringLiteral("--name"));
    Result<SegmentRecord> saved = combineSegments(session, args);
    if (!saved) return fail(saved.error(), io);
    if (!options.has(QStringLiteral("--quiet")))
        io.err << QStringLiteral("created segment %1 (\"%2\", inactive): refresh it to fill it\n")
                      .arg(saved->definition.code, saved->definition.name);
    io.out << saved->definition.code << "\n";
    return ExitOk;
}

int split(StoreSession &session, const CliOptions &options, const QString &code, CliStreams io)
{
    bool ok = false;
    const double percent = options.value(QStringLiteral("--percent")).toDouble(&ok);
    if (!ok) {
        io.err << "error: segments split needs --percent P (the test group's share, 0 < P < 100)\n";
        return ExitUsage;
    }
    Result<SplitSegments> made =
        splitTestControl(session, code, percent, options.value(QStringLiteral("--seed")));
    if (!made) return fail(made.error(), io);
    io.out << made->testCode << "\n" << made->controlCode << "\n";
    return ExitOk;
}

} // namespace

bool isSegmentSetAction(const QString &action)
{
    return QStringList{"combine", "freeze", "unfreeze", "split"}.contains(action);
}

int runSegmentSetAction(StoreSession &session, const CliOptions &options, CliStreams io)
{
    const QString action = options.positional.value(0);
    const QString code = options.positional.value(1);
    if (action == QLatin1String("combine")) return combine(session, options, code, io);
    if (action == QLatin1String("split")) return split(session, options, code, io);
    if (action == QLatin1String("freeze")) {
        Result<qint64> members = freezeSegment(session, code);
        if (!members) return fail(members.error(), io);
        if (!options.has(QStringLiteral("--quiet")))
            io.err << QStringLiteral("%1: frozen as a static list of %2 members\n")
                          .arg(code)
                          .arg(*members);
        return ExitOk;
    }
    const QString mode = options.value(QStringLiteral("--mode"));
    if (mode.isEmpty()) {
        io.err << "error: segments unfreeze needs --mode auto|manual (how it is refreshed from "
                  "now on)\n";
        return ExitUsage;
    }
    if (Status st = unfreezeSegment(session, code, mode); !st) return fail(st.error(), io);
    if (!options.has(QStringLiteral("--quiet")))
        io.err << QStringLiteral("%1: unfrozen (refresh %2); the next refresh recomputes its "
                                 "members\n")
                      .arg(code, mode);
    return ExitOk;
}

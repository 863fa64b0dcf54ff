#include "clicontext.h"
#include "segmentsetcommands.h"

#include "definition/definitioncodec.h"
#include "operations/segmentdefinitions.h"

using namespace seg;

namespace {

int list(StoreSession &session, CliStreams io)
{
    Result<QList<SegmentRecord>> all = session.segments->list();
    if (!all) {
        io.err << "error: " << all.error().message << "\n";
        return ExitFailure;
    }
    io.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                  .arg(QStringLiteral("code"), -24)
                  .arg(QStringLiteral("name"), -32)
                  .arg(QStringLiteral("active"), -6)
                  .arg(QStringLiteral("refresh"), -7)
                  .arg(QStringLiteral("members"), 9)
                  .arg(QStringLiteral("last refresh (UTC)"), -19)
                  .arg(QStringLiteral("status"));
    for (const SegmentRecord &r : *all) {
        const SegmentDefinition &d = r.definition;
        QString status = r.refreshStatus;
        if (!r.refreshError.isEmpty()) status += QStringLiteral(": ") + r.refreshError;
        io.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                      .arg(d.code, -24)
                      .arg(d.name.left(32), -32)
                      .arg(d.active ? QStringLiteral("yes") : QStringLiteral("no"), -6)
                      .arg(d.refresh, -7)
                      .arg(r.memberCount, 9)
                      .arg(r.lastRefreshAt
                               ? r.lastRefreshAt->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                               : QStringLiteral("never"),
                           -19)
                      .arg(status);
    }
    return ExitOk;
}

int import(StoreSession &session, const QString &path, CliStreams io, bool quiet)
{
    int code = ExitOk;
    const std::optional<SegmentDefinition> d = readDefinition(path, io, code);
    if (!d) return code;
    // Every problem first (the import operation stops at the first).
    if (!validate(*d, &session, path, io)) return ExitUsage;
    Result<QList<ImportedSegment>> imported =
        importDefinitions(session, {SourcedDefinition{path, *d}});
    if (!imported) {
        io.err << "error: " << imported.error().toString() << "\n";
        return imported.error().is(ErrorCode::InvalidDefinition) ? ExitUsage : ExitFailure;
    }
    if (!quiet)
        for (const ImportedSegment &s : *imported)
            io.err << QStringLiteral("%1 segment %2\n")
                          .arg(s.created ? QStringLiteral("created") : QStringLiteral("updated"),
                               s.code);
    return ExitOk;
}

int exportDefinition(StoreSession &session, const QString &segment, const QString &out,
                     CliStreams io)
{
    Result<QByteArray> json = exportDefinitionJson(session, segment);
    if (!json) {
        io.err << QStringLiteral("error: no segment \"%1\"\n").arg(segment);
        return ExitFailure;
    }
    return writeOutput(*json, out, io);
}

} // namespace

int runSegments(const CliOptions &options, CliStreams io)
{
    const QString action = options.positional.value(0);
    const QString argument = options.positional.value(1);
    if (!QStringList{"list", "import", "export", "delete", "history", "restore"}.contains(action) &&
        !isSegmentSetAction(action)) {
        io.err << "error: segments needs list, import DEF.json, export CODE [--out FILE], delete "
                  "CODE, history CODE [VERSION], restore CODE VERSION, combine NEWCODE, freeze "
                  "CODE, unfreeze CODE or split CODE\n";
        return ExitUsage;
    }
    if (action == QLatin1String("restore") && options.positional.size() < 3) {
        io.err << "error: segments restore needs CODE VERSION\n";
        return ExitUsage;
    }
    if (action != QLatin1String("list") && argument.isEmpty()) {
        io.err << QStringLiteral("error: segments %1 needs %2\n")
                      .arg(action, action == QLatin1String("import") ? QStringLiteral("DEF.json")
                                                                     : QStringLiteral("CODE"));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code);
    if (!session) return code;
    if (action == QLatin1String("list")) return list(*session, io);
    if (isSegmentSetAction(action)) return runSegmentSetAction(*session, options, io);
    if (action == QLatin1String("history") || action == QLatin1String("restore"))
        return runSegmentVersions(*session, action, options.positional.mid(1), io);
    if (action == QLatin1String("import"))
        return import(*session, argument, io, options.has(QStringLiteral("--quiet")));
    if (action == QLatin1String("export"))
        return exportDefinition(*session, argument, options.value(QStringLiteral("--out")), io);
    if (Result<int> deleted = deleteSegments(*session, {argument}); !deleted) {
        io.err << "error: " << deleted.error().message << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

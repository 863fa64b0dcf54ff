#include "clicontext.h"

#include "definition/definitioncodec.h"


using namespace seg;

namespace {

int list(StoreSession &session, CliStreams io)
{
    Result<QList<SegmentRecord>> all = session.segments->list();
    if (!all) {
        io.err << "error: " << all.error().message << "\n";
        return ExitFailure;
    }
    io.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n").arg(QStringLiteral("code"), -24).arg(QStringLiteral("name"), -32)
                  .arg(QStringLiteral("active"), -6).arg(QStringLiteral("refresh"), -7).arg(QStringLiteral("members"), 9)
                  .arg(QStringLiteral("last refresh (UTC)"), -19).arg(QStringLiteral("status"));
    for (const SegmentRecord &r : *all) {
        const SegmentDefinition &d = r.definition;
        QString status = r.refreshStatus;
        if (!r.refreshError.isEmpty())
            status += QStringLiteral(": ") + r.refreshError;
        io.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n").arg(d.code, -24).arg(d.name.left(32), -32)
                      .arg(d.active ? QStringLiteral("yes") : QStringLiteral("no"), -6).arg(d.refresh, -7).arg(r.memberCount, 9)
                      .arg(r.lastRefreshAt ? r.lastRefreshAt->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("never"), -19)
                      .arg(status);
    }
    return ExitOk;
}

int import(StoreSession &session, const QString &path, CliStreams io, bool quiet)
{
    int code = ExitOk;
    const std::optional<SegmentDefinition> d = readDefinition(path, io, code);
    if (!d)
        return code;
    if (!validate(*d, &session, path, io))
        return ExitUsage;
    const bool existed = session.segments->findSegment(d->code).has_value();
    Result<SegmentRecord> saved = session.segments->save(*d);
    if (!saved) {
        io.err << "error: " << saved.error().message << "\n";
        return ExitFailure;
    }
    if (!quiet)
        io.err << QStringLiteral("%1 segment %2\n").arg(existed ? QStringLiteral("updated") : QStringLiteral("created"), d->code);
    return ExitOk;
}

int exportDefinition(StoreSession &session, const QString &segment, const QString &out, CliStreams io)
{
    const std::optional<SegmentDefinition> d = session.segments->findSegment(segment);
    if (!d) {
        io.err << QStringLiteral("error: no segment \"%1\"\n").arg(segment);
        return ExitFailure;
    }
    return writeOutput(DefinitionCodec::toJson(*d), out, io);
}

} // namespace

int runSegments(const CliOptions &options, CliStreams io)
{
    const QString action = options.positional.value(0);
    const QString argument = options.positional.value(1);
    if (!QStringList{"list", "import", "export", "delete"}.contains(action)) {
        io.err << "error: segments needs list, import DEF.json, export CODE [--out FILE] or delete CODE\n";
        return ExitUsage;
    }
    if (action != QLatin1String("list") && argument.isEmpty()) {
        io.err << QStringLiteral("error: segments %1 needs %2\n").arg(action, action == QLatin1String("import") ? QStringLiteral("DEF.json") : QStringLiteral("CODE"));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code);
    if (!session)
        return code;
    if (action == QLatin1String("list"))
        return list(*session, io);
    if (action == QLatin1String("import"))
        return import(*session, argument, io, options.has(QStringLiteral("--quiet")));
    if (action == QLatin1String("export"))
        return exportDefinition(*session, argument, options.value(QStringLiteral("--out")), io);
    if (auto st = session->segments->remove(argument); !st) {
        io.err << "error: " << st.error().message << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

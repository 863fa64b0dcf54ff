// refresh, members, exclude, include, reset, history
#include "clicontext.h"

#include "operations/memberoverrides.h"
#include "operations/refreshsegment.h"
#include "operations/segmentsets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace seg;

namespace {

bool needsCode(const CliOptions &options, CliStreams io, int minimum = 1)
{
    if (options.positional.size() >= minimum) return true;
    io.err << QStringLiteral("error: %1 needs %2\n")
                  .arg(options.command,
                       minimum > 1 ? QStringLiteral("CODE MEMBER...") : QStringLiteral("CODE"));
    return false;
}

} // namespace

int runRefresh(const CliOptions &options, CliStreams io, const CliHooks &hooks)
{
    const bool all = options.has(QStringLiteral("--all"));
    if (all == !options.positional.isEmpty()) {
        io.err << "error: refresh needs segment codes or --all (not both)\n";
        return ExitUsage;
    }
    // History and journal are the user's records: kept forever unless a retention is asked for.
    int keepDays = 0;
    if (options.values.contains(QStringLiteral("--keep-history"))) {
        bool ok = false;
        keepDays = options.value(QStringLiteral("--keep-history")).toInt(&ok);
        if (!ok || keepDays < 1) {
            io.err << "error: --keep-history: expected a number of days (1 or more)\n";
            return ExitUsage;
        }
    }
    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code);
    if (!session) return code;
    const std::optional<TimeContext> time = timeContext(options, &*session, io, code, false);
    if (!time) return code;

    QStringList codes = options.positional;
    if (all) {
        Result<QList<SegmentRecord>> records = session->segments->list();
        if (!records) {
            io.err << "error: " << records.error().message << "\n";
            return ExitFailure;
        }
        // Frozen segments are listed too, so that their history says they were skipped.
        for (const SegmentRecord &r : *records)
            if (r.definition.active && (r.definition.refresh == QLatin1String("auto") ||
                                        r.definition.refresh == QLatin1String("static")))
                codes << r.definition.code;
    }
    // A segment after the segments whose stored members it reads ("of": "members").
    const Result<QStringList> ordered = refreshOrder(*session->segments, codes);
    if (!ordered) {
        io.err << "error: " << ordered.error().toString() << "\n";
        return ExitFailure;
    }
    codes = *ordered;
    const bool dryRun = options.has(QStringLiteral("--dry-run"));
    const bool verbose = options.has(QStringLiteral("--verbose"));
    int exit = ExitOk;
    for (const QString &segment : codes) {
        RefreshArgs args; // destination keys: SEGMENTOR_API_KEY, else the keychain
        RefreshOptions &o = args.options;
        o.trigger = all ? RefreshTrigger::Scheduled : RefreshTrigger::Manual;
        o.dryRun = dryRun;
        o.stepObserver = hooks.refreshStep;
        if (options.values.contains(QStringLiteral("--as-of"))) o.asOf = time->asOf();
        if (verbose)
            o.progress = [&](const RefreshProgress &p) {
                io.err << QStringLiteral("%1: %2% %3\n").arg(segment).arg(p.percent, 3).arg(p.step);
                io.err.flush();
                return true;
            };
        // Refresh, then push to the destinations that follow the segment (not in a dry run).
        Result<RefreshOutcome> outcome = refreshSegment(*session, segment, args);
        if (!outcome) {
            io.err << QStringLiteral("error: %1: %2\n").arg(segment, outcome.error().message);
            exit = ExitFailure;
            continue;
        }
        const RefreshResult *r = &outcome->result;
        if (!r->skipped.isEmpty()) {
            if (!options.has(QStringLiteral("--quiet")))
                io.err << QStringLiteral("note: %1: %2\n").arg(segment, r->skipped);
            continue;
        }
        if (r->previousWasInterrupted && !options.has(QStringLiteral("--quiet")))
            io.err << QStringLiteral("note: %1: the previous refresh was interrupted; its changes "
                                     "were not applied\n")
                          .arg(segment);
        if (dryRun) {
            for (const MemberKey &m : r->entering)
                io.out << "+" << m.toString() << "\n";
            for (const MemberKey &m : r->leaving)
                io.out << "-" << m.toString() << "\n";
            if (!options.has(QStringLiteral("--quiet")))
                io.err << QStringLiteral("%1: %2 would enter, %3 would leave (%4 members)\n")
                              .arg(segment)
                              .arg(r->added)
                              .arg(r->removed)
                              .arg(r->memberCount);
        } else {
            io.out
                << QStringLiteral("%1: %2 members, +%3 -%4%5 in %6 s\n")
                       .arg(segment)
                       .arg(r->memberCount)
                       .arg(r->added)
                       .arg(r->removed)
                       .arg((r->groupChanged
                                 ? QStringLiteral(", %1 moved to their group").arg(r->groupChanged)
                                 : QString()) +
                            (r->groupRestored ? QStringLiteral(", %1 back in their previous group")
                                                    .arg(r->groupRestored)
                                              : QString()))
                       .arg(r->seconds, 0, 'f', 2);
            if (outcome->exported) {
                if (!outcome->exported->ok()) {
                    io.err << QStringLiteral("error: %1: export after refresh: %2\n")
                                  .arg(segment, outcome->exported->error().message);
                    exit = ExitFailure;
                } else if (!options.has(QStringLiteral("--quiet"))) {
                    io.err << QStringLiteral("%1: %2 members exported to %3\n")
                                  .arg(segment)
                                  .arg((*outcome->exported)->rows)
                                  .arg((*outcome->exported)->path);
                }
            }
            if (outcome->snapshot && !outcome->snapshot->ok()) {
                io.err << QStringLiteral("error: %1: daily snapshot: %2\n")
                              .arg(segment, outcome->snapshot->error().message);
                exit = ExitFailure;
            }
            if (printPushesAfterRefresh(segment, outcome->pushes, io) != ExitOk) exit = ExitFailure;
        }
    }
    // refresh --all ends with the day's snapshot of every segment (those not refreshed too).
    if (all && !dryRun) {
        const Result<SnapshotRun> snapped = takeDailySnapshots(*session, {});
        if (!snapped) {
            io.err << "error: daily snapshot: " << snapped.error().message << "\n";
            exit = ExitFailure;
        } else if (verbose) {
            io.err << QStringLiteral("daily snapshot: %1 segments\n").arg(snapped->segments);
        }
    }
    if (keepDays > 0 && !dryRun) {
        Result<qint64> purged = session->segments->purgeHistory(keepDays);
        if (!purged) {
            io.err << "error: " << purged.error().message << "\n";
            exit = ExitFailure;
        } else if (!options.has(QStringLiteral("--quiet"))) {
            io.err << QStringLiteral("--keep-history %1: deleted %2 history and journal rows older "
                                     "than %1 days\n")
                          .arg(keepDays)
                          .arg(*purged);
        }
    }
    return exit;
}

int runOverride(const CliOptions &options, CliStreams io)
{
    if (!needsCode(options, io, 2)) return ExitUsage;
    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code);
    if (!session) return code;
    const QString segmentCode = options.positional.first();
    const bool reset = options.command == QLatin1String("reset");
    // Every argument must name a member, or nothing is stored (each refusal printed, exit 2).
    Result<OverrideKeys> keys =
        resolveOverrideKeys(*session, segmentCode, options.positional.mid(1), reset);
    if (!keys) {
        io.err << "error: " << keys.error().message << "\n";
        return ExitFailure; // as every command that names an unknown segment
    }
    if (!keys->refused.isEmpty()) {
        for (const OverrideRefusal &r : keys->refused)
            io.err << QStringLiteral("error: %1: %2\n").arg(segmentCode, r.message);
        io.err << "error: nothing was changed\n";
        return ExitUsage;
    }
    std::optional<OverrideKind> kind;
    if (!reset)
        kind = options.command == QLatin1String("exclude") ? OverrideKind::Exclude
                                                           : OverrideKind::Include;
    Result<qint64> done = setMemberOverrides(*session, segmentCode, keys->keys, kind,
                                             options.value(QStringLiteral("--reason")));
    if (!done) {
        io.err << "error: " << done.error().message << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

int runHistory(const CliOptions &options, CliStreams io)
{
    if (!needsCode(options, io)) return ExitUsage;
    bool ok = true;
    const int limit = options.value(QStringLiteral("--limit"), QStringLiteral("50")).toInt(&ok);
    if (!ok || limit < 1) {
        io.err << "error: --limit: expected a positive number\n";
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code);
    if (!session) return code;
    Result<QList<HistoryEntry>> entries =
        session->segments->history(options.positional.first(), limit);
    if (!entries) {
        io.err << "error: " << entries.error().message << "\n";
        return ExitFailure;
    }
    for (const HistoryEntry &e : *entries)
        io.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                      .arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                           historyEventLabel(e.event).leftJustified(22), e.trigger.leftJustified(9))
                      .arg(e.amount ? QString::number(*e.amount) : QString(), 8)
                      .arg(e.message);
    return ExitOk;
}

int runMembers(const CliOptions &options, CliStreams io)
{
    if (!needsCode(options, io)) return ExitUsage;
    const QString format = options.value(QStringLiteral("--format"), QStringLiteral("csv"));
    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code);
    if (!session) return code;
    const QString segment = options.positional.first();
    if (format == QLatin1String("json")) {
        Result<QList<MemberRow>> members = session->segments->members(segment);
        if (!members) {
            io.err << "error: " << members.error().message << "\n";
            return ExitFailure;
        }
        QJsonArray rows;
        for (const MemberRow &m : *members)
            rows.append(
                QJsonObject{{QStringLiteral("member"), m.key.toString()},
                            {QStringLiteral("since"), m.since.toString(Qt::ISODateWithMs)}});
        return writeOutput(QJsonDocument(rows).toJson(QJsonDocument::Indented),
                           options.value(QStringLiteral("--out")), io);
    }
    return runMemberExport(options, io, *session);
}

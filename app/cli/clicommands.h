#pragma once

#include "clioptions.h"

#include "net/segmentsync.h"

#include <QTextStream>

#include <functional>

// Each command writes its requested output to `out` (stdout) and everything else to
// `err` (stderr), and returns an ExitCode.
struct CliStreams
{
    QTextStream &out;
    QTextStream &err;
};

// What a caller of runCli may plug into the commands. The shipped segmentor-cli plugs nothing;
// the tests' segmentor-cli-testhooks (tests/cli/clitesthooks.cpp) holds a refresh at a step.
struct CliHooks
{
    std::function<void(const QString &step)> refreshStep; // RefreshOptions::stepObserver
};

// The whole command line: parses argv, runs the command, returns the exit status.
int runCli(int argc, char *argv[], const CliHooks &hooks = {});

int runDemo(const CliOptions &options, CliStreams io);
int runEvaluate(const CliOptions &options, CliStreams io);
int runSql(const CliOptions &options, CliStreams io);
int runSegments(const CliOptions &options, CliStreams io);
int runRefresh(const CliOptions &options, CliStreams io, const CliHooks &hooks = {});
int runOverride(const CliOptions &options, CliStreams io); // exclude, include, reset
int runHistory(const CliOptions &options, CliStreams io);
int runMembers(const CliOptions &options, CliStreams io);
int runReport(const CliOptions &options, CliStreams io);            // report sales
int runReportPerformance(const CliOptions &options, CliStreams io); // report performance
int runSnapshot(const CliOptions &options, CliStreams io);          // daily snapshots
int runTokens(const CliOptions &options, CliStreams io);            // REST API tokens
int runServe(const CliOptions &options, CliStreams io);             // REST API server
int runDestinations(const CliOptions &options, CliStreams io);      // push destinations
int runPush(const CliOptions &options, CliStreams io);
int runEngagement(const CliOptions &options, CliStreams io); // email campaign statistics
int runSchedule(const CliOptions &options, CliStreams io);   // the crontab block of refresh --all
int runFacts(const CliOptions &options, CliStreams io);      // order facts: rebuild, sync, status
int runAutoExport(
    const CliOptions &options,
    CliStreams io); // export after refresh settings         // push a segment to a destination

namespace seg {
struct StoreSession;
}
using seg::StoreSession;
int runMemberExport(const CliOptions &options, CliStreams io,
                    StoreSession &session); // csv, xlsx, xml
// segments history CODE [VERSION] | restore CODE VERSION (arguments: CODE [VERSION]).
int runSegmentVersions(StoreSession &session, const QString &action, const QStringList &arguments,
                       CliStreams io);
// The pushes that followed a refresh, one line each (errors on stderr); 1 when any failed.
int printPushesAfterRefresh(const QString &segment, const QList<seg::AfterRefreshPush> &pushes,
                            CliStreams io);

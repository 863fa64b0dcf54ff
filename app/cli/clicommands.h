#pragma once

#include "clioptions.h"

#include <QTextStream>

// Each command writes its requested output to `out` (stdout) and everything else to
// `err` (stderr), and returns an ExitCode.
struct CliStreams
{
    QTextStream &out;
    QTextStream &err;
};

int runDemo(const CliOptions &options, CliStreams io);
int runEvaluate(const CliOptions &options, CliStreams io);
int runSql(const CliOptions &options, CliStreams io);

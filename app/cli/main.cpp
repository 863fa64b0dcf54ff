// segmentor-cli: the Segmentor engine without a window, for cron and scripts.
// The contract (commands, flags, exit codes) is ../shared/spec/cli.md.
#include "clicommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

const char *kUsage =
    "usage: segmentor-cli [--database URL] [--as-of DATETIME] [--quiet] [--verbose] COMMAND ...\n"
    "\n"
    "commands:\n"
    "  demo --out PATH [--customers N] [--seed S] [--force]   create a SQLite demo store\n"
    "  evaluate DEF.json [--ids | --count | --explain MEMBER]  evaluate a definition\n"
    "  sql DEF.json [--dialect sqlite|mysql|postgresql]        print the compiled SQL and its parameters\n"
    "\n"
    "--database URL: sqlite:PATH, mysql://USER:PASS@HOST:PORT/DB?prefix=, postgresql://... (or SEGMENTOR_DATABASE;\n"
    "the password may come from SEGMENTOR_PASSWORD). Exit status: 0 success, 1 runtime failure, 2 bad usage.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("segmentor-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliStreams io{out, err};

    CliOptions options;
    if (const std::optional<QString> problem = CliOptions::parse(app.arguments(), options)) {
        err << "error: " << *problem << "\n\n" << kUsage;
        return ExitUsage;
    }
    if (options.has(QStringLiteral("--help")) || options.command == QLatin1String("help")) {
        out << kUsage;
        return ExitOk;
    }
    if (options.command == QLatin1String("demo"))
        return runDemo(options, io);
    if (options.command == QLatin1String("evaluate"))
        return runEvaluate(options, io);
    if (options.command == QLatin1String("sql"))
        return runSql(options, io);
    if (options.command.isEmpty())
        err << "error: no command given\n\n" << kUsage;
    else
        err << "error: unknown command \"" << options.command << "\"\n\n" << kUsage;
    return ExitUsage;
}

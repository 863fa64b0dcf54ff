// segmentor-cli: the Segmentor engine without a window, for cron and scripts.
// The contract (commands, flags, exit codes) is ../shared/spec/cli.md.
// runCli is the whole command line; climain.cpp is the shipped executable's main(), the tests'
// segmentor-cli-testhooks has another (tests/cli/clitesthooks.cpp).
#include "clicommands.h"

#include "schedule/envfile.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

// The usage text is laid out as it prints.
// clang-format off
const char *kUsage =
    "usage: segmentor-cli [--database URL] [--as-of DATETIME] [--quiet] [--verbose] COMMAND ...\n"
    "  --as-of: evaluate and sql read the store as it was then (rows created later are ignored);\n"
    "           refresh only measures the relative conditions from it\n"
    "\n"
    "commands:\n"
    "  demo --out PATH [--customers N] [--seed S] [--today YYYY-MM-DD] [--force]\n"
    "                                  create a SQLite demo store whose activity ends today (UTC)\n"
    "                                  or on --today (the same seed and day give the same store)\n"
    "  demo --database URL [--customers N] [--seed S] [--today YYYY-MM-DD]\n"
    "                                  the same in an empty MySQL/PostgreSQL database\n"
    "  evaluate DEF.json [--ids | --count | --explain MEMBER]  evaluate a definition\n"
    "  sql DEF.json [--dialect sqlite|mysql|postgresql]        print the compiled SQL and its parameters\n"
    "  segments list | import DEF.json | export CODE [--out FILE] | delete CODE\n"
    "  segments combine NEWCODE --union A,B | --intersection A,B | --difference A,B\n"
    "               [--of members|conditions] [--name NAME]   a new inactive segment of references\n"
    "  segments freeze CODE | unfreeze CODE --mode auto|manual   keep the current members (static)\n"
    "  segments split CODE --percent P [--seed S]   CODE-test (a random P %) and CODE-control\n"
    "  segments history CODE [VERSION] the saved versions of a definition (with VERSION: what\n"
    "                                  restoring it would change)\n"
    "  segments restore CODE VERSION   save that version again as the newest one\n"
    "  refresh CODE... | --all [--dry-run] [--verbose] [--keep-history DAYS]\n"
    "                                  recompute membership (--all: active auto segments, as cron does);\n"
    "                                  history and journal are kept forever unless --keep-history DAYS\n"
    "                                  asks to delete what is older\n"
    "  members CODE [--format csv|xlsx|xml|json] [--out FILE] [--columns a,b,...]\n"
    "  exclude CODE MEMBER... [--reason TEXT]   keep out, even while matching\n"
    "  include CODE MEMBER... [--reason TEXT]   keep in, even while not matching\n"
    "  reset CODE MEMBER... [--reason TEXT]     drop the manual override\n"
    "                                  MEMBER: a customer id, or an e-mail: the segment's customer with it,\n"
    "                                  else its guest; anything else is refused (exit 2, nothing stored)\n"
    "  history CODE [--limit N]\n"
    "  report sales --from DATE --to DATE [--segments CODE,...] [--status complete,...] [--format csv|json]\n"
    "                                  sales per segment over its current members\n"
    "  report performance --from DATE --to DATE [--segments CODE,...] [--granularity day|week|month]\n"
    "               [--status complete,...] [--membership current|historical] [--format csv|json]\n"
    "                                  members, converters, conversion rate, orders, revenue, AOV per\n"
    "                                  period and segment (historical: orders placed while a member)\n"
    "  snapshot [CODE...] [--day DATE] [--status complete,...] | --backfill [--since DATE]\n"
    "                                  store the day's figures per segment (refresh --all does it too);\n"
    "                                  --backfill: every day since the journal began (or --since)\n"
    "  tokens create NAME [--write] | list | revoke NAME   REST API tokens (the token is printed once)\n"
    "  serve [--listen HOST:PORT]               the REST API (default 127.0.0.1:8080)\n"
    "  destinations add NAME --kind mailchimp|klaviyo --list ID [--base-url URL] [--status-if-new S]\n"
    "               [--sync-after-refresh CODE,...] | list | remove NAME\n"
    "  destinations add NAME --kind webhook --url URL --segments CODE,... --events enter,exit[,failed]\n"
    "               [--batch-size N] [--secret-env VAR]   signed enter/exit events after each refresh\n"
    "                                  (the secret: the variable VAR, else the keychain; never stored in a table)\n"
    "  autoexport set CODE --folder DIR [--format csv|xlsx|xml] [--columns a,b,...] [--keep N]\n"
    "               | show CODE | remove CODE   write the members to DIR after each refresh (newest N kept)\n"
    "  push CODE --destination NAME [--dry-run]  send the membership changes (API key in SEGMENTOR_API_KEY)\n"
    "                                  a webhook: the events not delivered yet\n"
    "  engagement import [CODE...]      the statistics of the Mailchimp/Klaviyo campaigns sent to the\n"
    "                                  segments pushed there (all pushed segments without CODE)\n"
    "  engagement show [CODE...] [--format csv|json] [--out FILE]   the imported statistics, newest first\n"
    "  destinations refused NAME [--limit N] [--verbose]  the batches a webhook refused (--verbose: their body)\n"
    "  schedule install --every 30m | --cron \"EXPR\" [--keep-history DAYS] | show | remove\n"
    "                                  refresh --all from the user's crontab (one marked block; the store's\n"
    "                                  URL and password go to a 0600 file, ~/.config/segmentor/schedule.env)\n"
    "  facts rebuild | sync | status  order facts per member (issue #14): build them all, bring them\n"
    "                                  up to date from the changed orders (every evaluation does), show\n"
    "                                  rows, last update and lag; SEGMENTOR_FACTS=off reads the orders directly\n"
    "\n"
    "--env-file FILE: read SEGMENTOR_* variables from a file only its owner may read (what cron runs).\n"
    "--database URL: sqlite:PATH, mysql://USER:PASS@HOST:PORT/DB?prefix=, postgresql://... (or SEGMENTOR_DATABASE;\n"
    "the password may come from SEGMENTOR_PASSWORD). Exit status: 0 success, 1 runtime failure, 2 bad usage.\n";
// clang-format on

} // namespace

int runCli(int argc, char *argv[], const CliHooks &hooks)
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
    // --env-file: the scheduled run's store URL and password, kept off the command line.
    if (options.values.contains(QStringLiteral("--env-file"))) {
        seg::Result<seg::EnvEntries> env =
            seg::readEnvFile(options.value(QStringLiteral("--env-file")));
        if (!env) {
            err << "error: " << env.error().toString() << "\n";
            return env.error().is(seg::ErrorCode::InvalidArgument) ? ExitUsage : ExitFailure;
        }
        for (const auto &[key, value] : *env)
            qputenv(key.toLocal8Bit().constData(), value.toUtf8());
    }
    if (options.has(QStringLiteral("--help")) || options.command == QLatin1String("help")) {
        out << kUsage;
        return ExitOk;
    }
    if (options.command == QLatin1String("demo")) return runDemo(options, io);
    if (options.command == QLatin1String("evaluate")) return runEvaluate(options, io);
    if (options.command == QLatin1String("sql")) return runSql(options, io);
    if (options.command == QLatin1String("segments")) return runSegments(options, io);
    if (options.command == QLatin1String("refresh")) return runRefresh(options, io, hooks);
    if (options.command == QLatin1String("members")) return runMembers(options, io);
    if (QStringList{"exclude", "include", "reset"}.contains(options.command))
        return runOverride(options, io);
    if (options.command == QLatin1String("history")) return runHistory(options, io);
    if (options.command == QLatin1String("report")) return runReport(options, io);
    if (options.command == QLatin1String("snapshot")) return runSnapshot(options, io);
    if (options.command == QLatin1String("tokens")) return runTokens(options, io);
    if (options.command == QLatin1String("serve")) return runServe(options, io);
    if (options.command == QLatin1String("destinations")) return runDestinations(options, io);
    if (options.command == QLatin1String("push")) return runPush(options, io);
    if (options.command == QLatin1String("engagement")) return runEngagement(options, io);
    if (options.command == QLatin1String("autoexport")) return runAutoExport(options, io);
    if (options.command == QLatin1String("schedule")) return runSchedule(options, io);
    if (options.command == QLatin1String("facts")) return runFacts(options, io);
    if (options.command.isEmpty())
        err << "error: no command given\n\n" << kUsage;
    else
        err << "error: unknown command \"" << options.command << "\"\n\n" << kUsage;
    return ExitUsage;
}

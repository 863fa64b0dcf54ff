// segmentor-cli schedule install|show|remove: refresh --all from the user's crontab.
#include "clicontext.h"

#include "operations/schedule.h"
#include "schedule/cronexpression.h"

#include <QCoreApplication>

using namespace seg;

namespace {

void printState(const ScheduleState &s, CliStreams io)
{
    if (!s.installed) {
        io.out << "no schedule installed\n";
        return;
    }
    io.out << QStringLiteral("schedule: %1\n").arg(s.cron);
    io.out << QStringLiteral("next run: %1\n")
                  .arg(s.nextRun ? s.nextRun->toString(QStringLiteral("yyyy-MM-dd HH:mm t"))
                                 : QStringLiteral("never"));
    io.out << QStringLiteral("store: %1\n")
                  .arg(s.database.isEmpty() ? QStringLiteral("(cannot read %1)").arg(s.envFile)
                                            : s.database);
    io.out << QStringLiteral("environment file: %1\n").arg(s.envFile);
    io.out << QStringLiteral("command: %1\n").arg(s.command);
}

} // namespace

int runSchedule(const CliOptions &options, CliStreams io)
{
    const QString action = options.positional.value(0);
    const bool every = options.values.contains(QStringLiteral("--every"));
    const bool cron = options.values.contains(QStringLiteral("--cron"));
    if (!QStringList{"install", "show", "remove"}.contains(action) ||
        (action == QLatin1String("install") && every == cron)) {
        io.err << "error: schedule install --every 30m | --cron \"EXPR\" [--keep-history DAYS], "
                  "schedule show or schedule remove\n";
        return ExitUsage;
    }
    ScheduleTarget target;
    target.crontabUser = options.value(QStringLiteral("--crontab-user"));
    target.cliPath = QCoreApplication::applicationFilePath();
    if (action == QLatin1String("show")) {
        Result<ScheduleState> state = readSchedule(target);
        if (!state) {
            io.err << "error: " << state.error().toString() << "\n";
            return ExitFailure;
        }
        printState(*state, io);
        return ExitOk;
    }
    if (action == QLatin1String("remove")) {
        Result<bool> removed = removeSchedule(target);
        if (!removed) {
            io.err << "error: " << removed.error().toString() << "\n";
            return ExitFailure;
        }
        if (!options.has(QStringLiteral("--quiet")))
            io.err << (*removed ? "schedule removed (and its environment file)\n"
                                : "no schedule was installed\n");
        return ExitOk;
    }
    ScheduleRequest request;
    if (every) {
        Result<QString> expr =
            CronExpression::fromInterval(options.value(QStringLiteral("--every")));
        if (!expr) {
            io.err << "error: --every: " << expr.error().message << "\n";
            return ExitUsage;
        }
        request.cron = *expr;
    } else {
        request.cron = options.value(QStringLiteral("--cron"));
    }
    if (options.values.contains(QStringLiteral("--keep-history"))) {
        bool ok = false;
        request.keepHistoryDays = options.value(QStringLiteral("--keep-history")).toInt(&ok);
        if (!ok || request.keepHistoryDays < 1) {
            io.err << "error: --keep-history: expected a number of days (1 or more)\n";
            return ExitUsage;
        }
    }
    if (Result<CronExpression> parsed = CronExpression::parse(request.cron); !parsed) {
        io.err << "error: --cron: " << parsed.error().message << "\n";
        return ExitUsage;
    }
    // Opening the store first: a wrong URL or password fails now, not every half hour in cron.
    int exit = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, exit);
    if (!session) return exit;
    Result<ScheduleState> state = installSchedule(session->settings(), request, target);
    if (!state) {
        io.err << "error: " << state.error().toString() << "\n";
        return exitCodeFor(state.error());
    }
    printState(*state, io);
    return ExitOk;
}

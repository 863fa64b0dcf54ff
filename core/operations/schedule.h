#pragma once

#include "common/result.h"
#include "store/connectionsettings.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace seg {

// The scheduled refresh (`segmentor-cli refresh --all`: the active segments whose refresh mode is
// auto) as ONE marked block in the user's crontab. The block holds no password: its command
// reads the store URL and password from a private environment file (0600, `--env-file`).
// The CLI's `schedule install|show|remove` and the app's Schedule dialog call these.

// Where the schedule lives.
struct ScheduleTarget
{
    QString crontabUser; // empty: the user running Segmentor (`crontab -u USER` otherwise)
    QString envFile;     // empty: defaultScheduleEnvFile()
    QString cliPath;     // the segmentor-cli cron runs (absolute)
    QString crontabProgram = QStringLiteral("crontab");
};

struct ScheduleRequest
{
    QString cron;            // a cron expression (CronExpression::fromInterval for --every)
    int keepHistoryDays = 0; // > 0: --keep-history DAYS on each run
};

struct ScheduleState
{
    bool installed = false;
    QString cron;     // the expression
    QString command;  // the command cron runs
    QString envFile;  // the private file it reads
    QString database; // the store it refreshes, without the password (empty when unreadable)
    std::optional<QDateTime> nextRun; // local time, from now
};

// ~/.config/segmentor/schedule.env (XDG_CONFIG_HOME respected).
QString defaultScheduleEnvFile();
// The segmentor-cli next to this program, in the build tree or on PATH; empty when none.
QString findSegmentorCli();

// Validates the expression, writes the environment file (0600) for `store`, then puts the block
// into the crontab: installing twice leaves one block; other lines stay as they were.
Result<ScheduleState> installSchedule(const ConnectionSettings &store,
                                      const ScheduleRequest &request, const ScheduleTarget &target,
                                      const QDateTime &now = QDateTime::currentDateTime());
// What the crontab holds now (installed = false when there is no block).
Result<ScheduleState> readSchedule(const ScheduleTarget &target,
                                   const QDateTime &now = QDateTime::currentDateTime());
// Removes the block and the environment file it names (the password goes with it). Removing
// what is not there succeeds (false: there was nothing).
Result<bool> removeSchedule(const ScheduleTarget &target);

// The one command line of the block (shell-quoted, '%' escaped for cron).
QString scheduleCommand(const ScheduleRequest &request, const ScheduleTarget &target);

} // namespace seg

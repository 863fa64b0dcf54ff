#include "clioptions.h"

namespace {
const QStringList kValueFlags = {
    "--database", "--as-of", "--out", "--customers", "--seed", "--explain", "--dialect", "--format",
    "--columns", "--limit", "--from", "--to", "--segments", "--status", "--listen", "--reason",
    "--keep-history", "--today", "--destination", "--kind", "--list", "--base-url",
    "--status-if-new", "--sync-after-refresh", "--url", "--events", "--batch-size", "--secret-env",
    "--folder", "--keep", "--env-file", "--every", "--cron", "--crontab-user",
    // report performance, snapshot
    "--granularity", "--membership", "--day", "--since"};
// segments combine / split / unfreeze
const QStringList kSegmentSetFlags = {"--union", "--intersection", "--difference", "--of",
                                      "--name",  "--percent",      "--mode"};
const QStringList kSwitches = {"--ids", "--count",   "--quiet", "--verbose", "--help",
                               "--all", "--dry-run", "--write", "--force",   "--backfill"};
} // namespace

std::optional<QString> CliOptions::parse(const QStringList &arguments, CliOptions &out)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            const QString name = eq > 0 ? arg.left(eq) : arg;
            if (kValueFlags.contains(name) || kSegmentSetFlags.contains(name)) {
                if (eq > 0) {
                    out.values.insert(name, arg.mid(eq + 1));
                } else if (i + 1 < arguments.size()) {
                    out.values.insert(name, arguments.at(++i));
                } else {
                    return QStringLiteral("%1 needs a value").arg(name);
                }
            } else if (kSwitches.contains(name)) {
                out.switches << name;
            } else {
                return QStringLiteral("unknown option %1").arg(name);
            }
        } else if (out.command.isEmpty()) {
            out.command = arg;
        } else {
            out.positional << arg;
        }
    }
    return std::nullopt;
}

#include "operations/schedule.h"

#include "schedule/cronexpression.h"
#include "schedule/crontab.h"
#include "schedule/envfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace seg {

namespace {

// A word for /bin/sh, with cron's '%' (a line break in a crontab command) escaped.
QString shellWord(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    quoted.replace(QLatin1Char('%'), QLatin1String("\\%"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString unShellWord(QString word)
{
    word.replace(QLatin1String("\\%"), QLatin1String("%"));
    word.replace(QLatin1String("'\\''"), QLatin1String("'"));
    return word;
}

QString envFileOf(const ScheduleTarget &target)
{
    return target.envFile.isEmpty() ? defaultScheduleEnvFile() : target.envFile;
}

// The URL the scheduled run opens: the connection without its password (that goes into
// SEGMENTOR_PASSWORD), an absolute SQLite path (cron starts in the home folder).
QString storeUrl(const ConnectionSettings &store)
{
    ConnectionSettings s = store;
    if (s.dialect == Dialect::Sqlite) s.path = QFileInfo(s.path).absoluteFilePath();
    QString url = s.toDisplayUrl();
    if (!s.storeTimeZone.isEmpty())
        url += (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
               QStringLiteral("tz=") + s.storeTimeZone;
    return url;
}

void giveTo(const QString &path, const QString &user)
{
#ifdef Q_OS_UNIX
    // Root installing another user's schedule: that user's cron job must read the file.
    if (user.isEmpty() || ::geteuid() != 0) return;
    if (const passwd *pw = ::getpwnam(user.toLocal8Bit().constData()))
        (void)::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid);
#else
    Q_UNUSED(path)
    Q_UNUSED(user)
#endif
}

} // namespace

QString defaultScheduleEnvFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/segmentor/schedule.env");
}

QString findSegmentorCli()
{
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate :
         {dir + QStringLiteral("/segmentor-cli"), dir + QStringLiteral("/../cli/segmentor-cli")}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable()) return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("segmentor-cli"));
}

QString scheduleCommand(const ScheduleRequest &request, const ScheduleTarget &target)
{
    const QString env = envFileOf(target);
    const QString log = QFileInfo(env).absolutePath() + QStringLiteral("/schedule.log");
    QString command = QStringLiteral("%1 --env-file %2 refresh --all --quiet")
                          .arg(shellWord(target.cliPath), shellWord(env));
    if (request.keepHistoryDays > 0)
        command += QStringLiteral(" --keep-history %1").arg(request.keepHistoryDays);
    return command + QStringLiteral(" >> %1 2>&1").arg(shellWord(log));
}

Result<ScheduleState> installSchedule(const ConnectionSettings &store,
                                      const ScheduleRequest &request, const ScheduleTarget &target,
                                      const QDateTime &now)
{
    Result<CronExpression> cron = CronExpression::parse(request.cron);
    if (!cron) return cron.error();
    if (!CronExpression(*cron).nextAfter(now))
        return Error{QStringLiteral("cron"),
                     QStringLiteral("\"%1\" never runs (no such day in the next five years)")
                         .arg(request.cron),
                     ErrorCode::InvalidArgument};
    const QFileInfo cli(target.cliPath);
    if (target.cliPath.isEmpty() || !cli.isAbsolute() || !cli.isExecutable())
        return Error{
            QStringLiteral("segmentor-cli"),
            QStringLiteral("cannot find segmentor-cli to schedule (%1); install it or run "
                           "schedule install from the installed segmentor-cli")
                .arg(target.cliPath.isEmpty() ? QStringLiteral("not found") : target.cliPath),
            ErrorCode::NotFound};
    const QString env = envFileOf(target);
    EnvEntries entries{{QStringLiteral("SEGMENTOR_DATABASE"), storeUrl(store)}};
    if (!store.password.isEmpty())
        entries << qMakePair(QStringLiteral("SEGMENTOR_PASSWORD"), store.password);
    if (Status st = writeEnvFile(env, entries,
                                 QStringLiteral("The store Segmentor's scheduled refresh opens "
                                                "(segmentor-cli schedule install).\nPrivate: "
                                                "only its owner may read it (chmod 600)."));
        !st)
        return st.error();
    giveTo(env, target.crontabUser);

    const Crontab crontab(target.crontabUser, target.crontabProgram);
    Result<QString> current = crontab.read();
    if (!current) return current.error();
    const QString body = QStringLiteral("# refresh --all of %1\n%2 %3")
                             .arg(storeUrl(store), cron->text(), scheduleCommand(request, target));
    if (Status st = crontab.write(Crontab::withBlock(*current, body)); !st) return st.error();
    return readSchedule(target, now);
}

Result<ScheduleState> readSchedule(const ScheduleTarget &target, const QDateTime &now)
{
    const Crontab crontab(target.crontabUser, target.crontabProgram);
    Result<QString> current = crontab.read();
    if (!current) return current.error();
    ScheduleState state;
    const std::optional<QString> block = Crontab::block(*current);
    if (!block) return state;
    for (const QString &line : block->split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#'))) continue;
        const QStringList words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 6) continue;
        state.installed = true;
        state.cron = words.mid(0, 5).join(QLatin1Char(' '));
        state.command = words.mid(5).join(QLatin1Char(' '));
        break;
    }
    if (!state.installed)
        return Error{{},
                     QStringLiteral("the crontab's segmentor block holds no schedule line; "
                                    "install it again or remove it"),
                     ErrorCode::InvalidArgument};
    static const QRegularExpression envArg(QStringLiteral("--env-file '((?:[^']|'\\\\'')*)'"));
    if (const QRegularExpressionMatch m = envArg.match(state.command); m.hasMatch())
        state.envFile = unShellWord(m.captured(1));
    if (Result<EnvEntries> entries = readEnvFile(state.envFile); entries)
        for (const auto &[key, value] : *entries)
            if (key == QLatin1String("SEGMENTOR_DATABASE")) state.database = value;
    if (Result<CronExpression> cron = CronExpression::parse(state.cron); cron)
        state.nextRun = cron->nextAfter(now);
    return state;
}

Result<bool> removeSchedule(const ScheduleTarget &target)
{
    Result<ScheduleState> state = readSchedule(target);
    const Crontab crontab(target.crontabUser, target.crontabProgram);
    Result<QString> current = crontab.read();
    if (!current) return current.error();
    if (!Crontab::block(*current)) return false;
    if (Status st = crontab.write(Crontab::withBlock(*current, std::nullopt)); !st)
        return st.error();
    // The password leaves with the schedule.
    if (state && !state->envFile.isEmpty()) QFile::remove(state->envFile);
    return true;
}

} // namespace seg

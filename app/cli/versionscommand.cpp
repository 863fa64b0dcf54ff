// segmentor-cli segments history CODE [VERSION] / segments restore CODE VERSION: the definition
// history (issue #17, item 7).
#include "clicontext.h"

#include "operations/definitionversions.h"

using namespace seg;

namespace {

std::optional<int> versionNumber(const QString &text, CliStreams io)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok && n > 0) return n;
    io.err << QStringLiteral("error: VERSION must be a version number (1, 2, …), got \"%1\"\n")
                  .arg(text);
    return std::nullopt;
}

int fail(const Error &e, CliStreams io)
{
    io.err << "error: " << e.toString() << "\n";
    return exitCodeFor(e);
}

QString userText(const DefinitionVersion &v)
{
    if (v.osUser.isEmpty() && v.dbUser.isEmpty()) return QStringLiteral("-");
    if (v.dbUser.isEmpty()) return v.osUser;
    return QStringLiteral("%1 (db %2)")
        .arg(v.osUser.isEmpty() ? QStringLiteral("?") : v.osUser, v.dbUser);
}

// One line per version, newest first: number, time (UTC), user, what it changed.
int listVersions(StoreSession &session, const QString &code, CliStreams io)
{
    Result<QList<VersionEntry>> versions = definitionVersions(session, code);
    if (!versions) return fail(versions.error(), io);
    io.out << QStringLiteral("%1  %2  %3  %4\n")
                  .arg(QStringLiteral("version"), 7)
                  .arg(QStringLiteral("saved (UTC)"), -19)
                  .arg(QStringLiteral("user"), -24)
                  .arg(QStringLiteral("summary"));
    for (const VersionEntry &e : *versions)
        io.out << QStringLiteral("%1  %2  %3  %4%5\n")
                      .arg(e.version.number, 7)
                      .arg(e.version.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                      .arg(userText(e.version), -24)
                      .arg(e.summary, e.current ? QStringLiteral(" (current)") : QString());
    return ExitOk;
}

// What restoring VERSION would change, one sentence a line.
int showDiff(StoreSession &session, const QString &code, int number, CliStreams io)
{
    Result<QList<DefinitionChange>> changes = diffVersionWithCurrent(session, code, number);
    if (!changes) return fail(changes.error(), io);
    if (changes->isEmpty())
        io.out << QStringLiteral("version %1 is the current definition\n").arg(number);
    for (const DefinitionChange &c : *changes)
        io.out << describeChange(c) << "\n";
    return ExitOk;
}

} // namespace

int runSegmentVersions(StoreSession &session, const QString &action, const QStringList &arguments,
                       CliStreams io)
{
    const QString code = arguments.value(0);
    if (action == QLatin1String("history")) {
        if (arguments.size() < 2) return listVersions(session, code, io);
        const std::optional<int> n = versionNumber(arguments.at(1), io);
        return n ? showDiff(session, code, *n, io) : int(ExitUsage);
    }
    const std::optional<int> n = versionNumber(arguments.value(1), io);
    if (!n) return ExitUsage;
    Result<QList<VersionEntry>> before = definitionVersions(session, code);
    if (!before) return fail(before.error(), io);
    Result<SegmentRecord> restored = restoreVersion(session, code, *n);
    if (!restored) return fail(restored.error(), io);
    Result<QList<VersionEntry>> after = definitionVersions(session, code);
    if (!after) return fail(after.error(), io);
    if (after->size() == before->size())
        io.err << QStringLiteral("%1: version %2 is already the current definition\n")
                      .arg(code)
                      .arg(*n);
    else
        io.err << QStringLiteral("%1: version %2 restored as version %3\n")
                      .arg(code)
                      .arg(*n)
                      .arg(after->first().version.number);
    return ExitOk;
}

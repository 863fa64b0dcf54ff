// segmentor-cli facts rebuild | sync | status: the order facts (issue #14).
#include "clicontext.h"

#include "operations/memberfacts.h"

using namespace seg;

namespace {

QString timestamp(const QDateTime &utc)
{
    return utc.isValid()
               ? utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
               : QStringLiteral("never");
}

int printRun(const Result<MemberFactsRun> &run, const QString &what, CliStreams io)
{
    if (!run) {
        io.err << "error: " << run.error().message << "\n";
        return exitCodeFor(run.error());
    }
    io.out << QStringLiteral("%1: %2 order(s) read, %3 deleted, %4 member(s) recomputed%5 in "
                             "%6 ms\n")
                  .arg(what)
                  .arg(run->changedOrders)
                  .arg(run->deletedOrders)
                  .arg(run->membersUpdated)
                  .arg(run->fullCheck ? QStringLiteral(" (every order id compared)") : QString())
                  .arg(run->elapsedMs);
    return ExitOk;
}

} // namespace

int runFacts(const CliOptions &options, CliStreams io)
{
    const QString action = options.positional.value(0);
    if (action != QLatin1String("rebuild") && action != QLatin1String("sync") &&
        action != QLatin1String("status")) {
        io.err << "error: facts: expected rebuild, sync or status\n";
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code);
    if (!session) return code;
    if (action == QLatin1String("rebuild"))
        return printRun(rebuildMemberFacts(*session), QStringLiteral("rebuilt"), io);
    if (action == QLatin1String("sync"))
        return printRun(syncMemberFacts(*session), QStringLiteral("synced"), io);
    Result<MemberFactsStatus> status = memberFactsStatus(*session);
    if (!status) {
        io.err << "error: " << status.error().message << "\n";
        return exitCodeFor(status.error());
    }
    if (!status->built) {
        io.out << "built: no (segmentor-cli facts rebuild builds them)\n";
        return ExitOk;
    }
    io.out << "built: yes\n"
           << "rows: " << status->rows << "\n"
           << "orders covered: " << status->orders << "\n"
           << "last full build: " << timestamp(status->builtAt) << "\n"
           << "last update: " << timestamp(status->syncedAt) << "\n"
           << "lag: " << status->lagOrders << " order(s) created or updated since"
           << (status->countsDiffer ? ", and orders deleted since (the order counts differ)" : "")
           << "\n";
    return ExitOk;
}

// segmentor-cli tokens create NAME [--write] | list | revoke NAME
#include "clicontext.h"

#include "net/apitokenrepository.h"

using namespace seg;

int runTokens(const CliOptions &options, CliStreams io)
{
    const QString action = options.positional.value(0);
    const QString name = options.positional.value(1);
    if (!QStringList{"create", "list", "revoke"}.contains(action)) {
        io.err << "error: tokens needs create NAME [--write], list or revoke NAME\n";
        return ExitUsage;
    }
    if (action != QLatin1String("list") && name.isEmpty()) {
        io.err << QStringLiteral("error: tokens %1 needs a NAME\n").arg(action);
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<StoreSession> session = openStore(options, io, code);
    if (!session) return code;
    ApiTokenRepository tokens(*session->storage.connection, session->storage.tablePrefix);
    if (action == QLatin1String("create")) {
        Result<QString> token = tokens.create(name, options.has(QStringLiteral("--write")));
        if (!token) {
            io.err << "error: " << token.error().message << "\n";
            return ExitFailure;
        }
        io.out << *token << "\n";
        if (!options.has(QStringLiteral("--quiet")))
            io.err << QStringLiteral("token %1 created (%2); it is shown only this once\n")
                          .arg(name, options.has(QStringLiteral("--write"))
                                         ? QStringLiteral("read and refresh")
                                         : QStringLiteral("read only"));
        return ExitOk;
    }
    if (action == QLatin1String("revoke")) {
        Result<bool> revoked = tokens.revoke(name);
        if (!revoked) {
            io.err << "error: " << revoked.error().message << "\n";
            return ExitFailure;
        }
        if (!*revoked) {
            io.err << QStringLiteral("error: no token \"%1\"\n").arg(name);
            return ExitFailure;
        }
        if (!options.has(QStringLiteral("--quiet")))
            io.err << QStringLiteral("token %1 revoked\n").arg(name);
        return ExitOk;
    }
    Result<QList<ApiToken>> all = tokens.list();
    if (!all) {
        io.err << "error: " << all.error().message << "\n";
        return ExitFailure;
    }
    io.out << QStringLiteral("%1  %2  %3\n")
                  .arg(QStringLiteral("name"), -24)
                  .arg(QStringLiteral("access"), -6)
                  .arg(QStringLiteral("created (UTC)"));
    for (const ApiToken &t : *all)
        io.out << QStringLiteral("%1  %2  %3\n")
                      .arg(t.name, -24)
                      .arg(t.canWrite ? QStringLiteral("write") : QStringLiteral("read"), -6)
                      .arg(t.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    return ExitOk;
}

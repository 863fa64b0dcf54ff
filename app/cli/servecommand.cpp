// segmentor-cli serve [--listen HOST:PORT]: the REST API until the process is stopped.
#include "clicontext.h"

#include "net/apiserver.h"

#include <QMutex>

using namespace seg;

int runServe(const CliOptions &options, CliStreams io)
{
    const QString listen =
        options.value(QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8080"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool okPort = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&okPort) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!okPort || port < 1 || port > 65535 || host.isEmpty()) {
        io.err << QStringLiteral(
                      "error: --listen: expected HOST:PORT (e.g. 127.0.0.1:8080), got \"%1\"\n")
                      .arg(listen);
        return ExitUsage;
    }
    int code = ExitOk;
    // Opened once here to check the store and create the tables; each worker opens its own.
    std::optional<StoreSession> session = openStore(options, io, code);
    if (!session) return code;
    ConnectionSettings settings = session->settings();
    session.reset();

    ApiServerOptions serverOptions;
    serverOptions.host = host;
    serverOptions.port = port;
    const bool quiet = options.has(QStringLiteral("--quiet"));
    QMutex logMutex; // worker threads log concurrently
    serverOptions.log = [&io, &logMutex, quiet](const QString &line) {
        if (!quiet) {
            QMutexLocker lock(&logMutex);
            io.err << line << "\n";
            io.err.flush();
        }
    };
    ApiServer server(settings, serverOptions);
    if (Status st = server.start(); !st) {
        io.err << "error: " << st.error().message << "\n";
        return ExitFailure;
    }
    if (!quiet) {
        io.err << QStringLiteral("serving the REST API on http://%1/v1/ (OpenAPI: "
                                 "/v1/openapi.json); stop with Ctrl+C\n")
                      .arg(server.address());
        if (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost") &&
            host != QLatin1String("::1"))
            io.err << "warning: listening beyond this machine; tokens travel in clear text unless "
                      "a TLS proxy is in front\n";
        io.err.flush();
    }
    server.wait();
    return ExitOk;
}

#pragma once

#include "common/result.h"
#include "net/apiservice.h"
#include "store/connectionsettings.h"

#include <functional>
#include <memory>

namespace seg {

struct ApiServerOptions
{
    QString host = QStringLiteral("127.0.0.1"); // loopback unless told otherwise
    int port = 8080;                            // 0 = any free port (tests)
    int workers = 4;                            // request threads, each with its own StoreSession
    ApiLimits limits;
    // One line per request ("127.0.0.1 GET /v1/segments 200 3 ms token=crm"); stderr when unset.
    std::function<void(const QString &line)> log;
};

// The REST API on HTTP, served by cpp-httplib: a listener thread accepts connections and
// hands each to a pool of worker threads; a worker opens its own StoreSession on first use
// and keeps it, so database work never runs on the listening thread (nor on any GUI thread).
// ApiService does the rest; this class only adapts the transport.
class ApiServer
{
public:
    ApiServer(ConnectionSettings settings, ApiServerOptions options);
    ~ApiServer(); // stops

    ApiServer(const ApiServer &) = delete;
    ApiServer &operator=(const ApiServer &) = delete;

    // Binds and starts serving in the background. Fails when the address is taken.
    Status start();
    void stop();
    bool isRunning() const;
    int port() const;        // the bound port (after start)
    QString address() const; // host:port
    // Blocks until the server stops (stop() from another thread, or the process ends: the CLI's
    // serve).
    void wait();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace seg

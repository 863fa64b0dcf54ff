#include "integrations/apiserverservice.h"

#include "net/apiserver.h"
#include "support/appsettings.h"

#include <QMetaObject>

using namespace seg;

namespace {
constexpr int kRecentRequests = 500;
}

ApiServerService::ApiServerService(QObject *parent) : QObject(parent) {}

ApiServerService::~ApiServerService()
{
    m_server.reset(); // the request threads end before the object goes
}

void ApiServerService::setStore(const ConnectionSettings &settings)
{
    const bool wasServing = isServing();
    stopServer();
    m_settings = settings;
    m_hasStore = true;
    emit stateChanged();
    AppSettings appSettings;
    if (wasServing || appSettings.restApiEnabled()) startServer(appSettings.restApiListenAddress());
}

bool ApiServerService::start(const QString &listenAddress)
{
    if (!m_hasStore) return false;
    stopServer();
    return startServer(listenAddress.trimmed());
}

void ApiServerService::stop()
{
    stopServer();
    AppSettings().setRestApiEnabled(false);
}

bool ApiServerService::startServer(const QString &listenAddress)
{
    QString host;
    int port = 0;
    if (!parseListenAddress(listenAddress, &host, &port)) {
        emit startFailed(listenAddress, QString());
        return false;
    }
    ApiServerOptions options;
    options.host = host;
    options.port = port;
    options.log = [this](const QString &line) {
        // Request threads: the line goes to the GUI thread (dropped if this object is gone;
        // the server stops before it goes).
        QMetaObject::invokeMethod(
            this, [this, line] { logRequest(line); }, Qt::QueuedConnection);
    };
    auto server = std::make_unique<ApiServer>(m_settings, options);
    if (Status st = server->start(); !st) {
        emit startFailed(listenAddress, st.error().message);
        return false;
    }
    m_server = std::move(server);
    m_host = host;
    AppSettings appSettings;
    appSettings.setRestApiEnabled(true);
    appSettings.setRestApiListenAddress(listenAddress);
    emit stateChanged();
    return true;
}

void ApiServerService::stopServer()
{
    if (!m_server) return;
    m_server.reset();
    emit stateChanged();
}

void ApiServerService::logRequest(const QString &line)
{
    m_recentRequests << line;
    if (m_recentRequests.size() > kRecentRequests)
        m_recentRequests.remove(0, m_recentRequests.size() - kRecentRequests);
    emit requestLogged(line);
}

bool ApiServerService::isServing() const
{
    // Kept only once it is bound and listening (its accept loop may start a moment later).
    return m_server != nullptr;
}

int ApiServerService::port() const
{
    return m_server ? m_server->port() : 0;
}

QString ApiServerService::address() const
{
    return m_server ? m_server->address() : QString();
}

bool ApiServerService::isLocalOnly() const
{
    return m_host == QLatin1String("127.0.0.1") || m_host == QLatin1String("localhost") ||
           m_host == QLatin1String("::1");
}

bool ApiServerService::parseListenAddress(const QString &text, QString *host, int *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    *port = colon > 0 ? text.mid(colon + 1).toInt(&ok) : -1;
    *host = colon > 0 ? text.left(colon).trimmed() : QString();
    if (host->startsWith(QLatin1Char('[')) && host->endsWith(QLatin1Char(']')))
        *host = host->mid(1, host->size() - 2);
    return ok && *port >= 0 && *port <= 65535 && !host->isEmpty();
}

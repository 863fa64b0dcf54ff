#pragma once

#include "store/connectionsettings.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace seg {
class ApiServer;
}

// The application's REST server (seg::ApiServer). It lives as long as the application, not a
// tab: ApiPane switches it on and off and watches it through the signals; the main window
// hands it the open store and shows its state in the status bar. It starts again by itself
// on the next store (or at the next start) when the user left it on; the user's choice and
// the listen address are kept in AppSettings.
class ApiServerService : public QObject
{
    Q_OBJECT
public:
    explicit ApiServerService(QObject *parent = nullptr);
    ~ApiServerService() override; // stops the server: its worker threads end first

    // A server that is on moves to the new store; one the user left on starts.
    void setStore(const seg::ConnectionSettings &settings);
    bool hasStore() const { return m_hasStore; }

    // HOST:PORT (port 0 lets the system choose). False, with startFailed(), when the address
    // cannot be read or bound. The address is remembered for the next start.
    bool start(const QString &listenAddress);
    // The user switched it off: it stays off at the next start.
    void stop();

    bool isServing() const;
    int port() const;         // the bound port, 0 when off
    QString address() const;  // the bound host:port, empty when off
    bool isLocalOnly() const; // bound to a loopback address
    // The request log's last lines (at most 500), for a pane opened after they came.
    QStringList recentRequests() const { return m_recentRequests; }

    static bool parseListenAddress(const QString &text, QString *host, int *port);

signals:
    void stateChanged(); // a store arrived, or the server started or stopped
    void startFailed(const QString &listenAddress, const QString &message);
    // One line per request, on the GUI thread: "2026-11-21T09:47:57Z 127.0.0.1 GET …".
    void requestLogged(const QString &line);

private:
    bool startServer(const QString &listenAddress);
    void stopServer();
    void logRequest(const QString &line);

    seg::ConnectionSettings m_settings;
    bool m_hasStore = false;
    QString m_host;
    std::unique_ptr<seg::ApiServer> m_server;
    QStringList m_recentRequests;
};

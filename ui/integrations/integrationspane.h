#pragma once

#include "store/connectionsettings.h"

#include <QPointer>
#include <QWidget>

class ApiPane;
class ApiServerService;
class DestinationsPane;

namespace seg {
class SecretStore;
}

// The Integrations tab: DestinationsPane (push destinations, sync, history) beside ApiPane
// (the REST API of the application's ApiServerService). It only assembles the two.
class IntegrationsPane : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationsPane(ApiServerService *server, QWidget *parent = nullptr);

    // The API pane reads after the destinations pane, which creates the integrations'
    // tables in a store that has none yet.
    void setStore(const seg::ConnectionSettings &settings);
    void setSecretStore(seg::SecretStore *store);
    DestinationsPane *destinations() const { return m_destinations; }
    ApiPane *api() const { return m_api; }

public slots:
    void reload();

private:
    DestinationsPane *m_destinations;
    ApiPane *m_api;
    QPointer<QObject> m_apiWaits; // until the destinations pane's first answer
};

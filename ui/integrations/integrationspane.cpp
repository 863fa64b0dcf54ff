#include "integrations/integrationspane.h"

#include "integrations/apipane.h"
#include "integrations/destinationspane.h"

#include <QHBoxLayout>

IntegrationsPane::IntegrationsPane(ApiServerService *server, QWidget *parent)
    : QWidget(parent), m_destinations(new DestinationsPane(this)), m_api(new ApiPane(server, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_destinations, 3);
    layout->addWidget(m_api, 2);
}

void IntegrationsPane::setStore(const seg::ConnectionSettings &settings)
{
    // One reader at a time while the tables may still be created: the API pane follows the
    // destinations pane's first answer (or failure).
    delete m_apiWaits; // a store opened before this one answered
    m_apiWaits = new QObject(this);
    auto next = [this, settings] {
        if (!m_apiWaits) return;
        m_apiWaits->deleteLater();
        m_apiWaits = nullptr;
        m_api->setStore(settings);
    };
    connect(m_destinations, &DestinationsPane::loaded, m_apiWaits, next);
    connect(m_destinations, &DestinationsPane::failed, m_apiWaits, next);
    m_destinations->setStore(settings);
}

void IntegrationsPane::setSecretStore(seg::SecretStore *store)
{
    m_destinations->setSecretStore(store);
}

void IntegrationsPane::reload()
{
    m_destinations->reload();
    m_api->reload();
}

#pragma once

#include "common/result.h"
#include "net/destination.h"
#include "store/storeconnection.h"

namespace seg {

// The configured destinations, in <prefix>segmentor_destination (never their API keys).
class DestinationRepository
{
public:
    DestinationRepository(const StoreConnection &connection, QString tablePrefix);

    Result<QList<Destination>> list() const;
    Result<std::optional<Destination>> find(const QString &name) const;
    // Creates, or updates the destination with the same name.
    Result<Destination> save(const Destination &destination,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
    // With its sync state, runs and failures. False when there was none.
    Result<bool> remove(const QString &name);

private:
    const StoreConnection &m_connection;
    QString m_prefix;
};

} // namespace seg

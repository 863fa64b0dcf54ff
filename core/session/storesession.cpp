#include "storesession.h"

#include <QTimeZone>

namespace seg {

Result<StoreSession> StoreSession::open(const ConnectionSettings &settings, bool writes,
                                        const QString &workspaceDir)
{
    StoreSession session;
    Result<std::unique_ptr<StoreConnection>> connection = StoreConnection::open(settings);
    if (!connection) return connection.error();
    session.connection = std::move(connection).value();
    Result<StoreSchema> schema =
        StoreSchema::load(session.connection->database(), settings.dialect, settings.tablePrefix);
    if (!schema) return schema.error();
    session.schema = *schema;
    Result<SegmentorLocation> storage =
        SegmentorStorage::locate(*session.connection, settings.tablePrefix, workspaceDir, writes);
    if (!storage) return storage.error();
    session.storage = std::move(storage).value();
    session.segments = std::make_unique<SegmentRepository>(*session.storage.connection,
                                                           session.storage.tablePrefix);
    session.segments->setReadableFromStore(!session.storage.inWorkspace());
    return session;
}

TimeContext StoreSession::timeContext(const QDateTime &asOf, bool rewind) const
{
    const QString zone = settings().storeTimeZone;
    return TimeContext(asOf, zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8()), rewind);
}

} // namespace seg

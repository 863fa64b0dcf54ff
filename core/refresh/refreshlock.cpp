#include "refresh/refreshlock.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace seg {

namespace {

QString busyMessage(const QString &code)
{
    return QStringLiteral("segment \"%1\" is being refreshed by another process; try again when it "
                          "has finished")
        .arg(code);
}

QByteArray lockDigest(const StoreConnection &c, const QString &prefix, const QString &code)
{
    const ConnectionSettings &s = c.settings();
    return QCryptographicHash::hash((s.host + QLatin1Char('|') + s.database + QLatin1Char('|') +
                                     prefix + QLatin1Char('|') + code)
                                        .toUtf8(),
                                    QCryptographicHash::Md5);
}

} // namespace

RefreshLock::RefreshLock(const StoreConnection &connection, QString name)
    : m_connection(connection), m_name(std::move(name))
{
}

Result<std::unique_ptr<RefreshLock>>
RefreshLock::acquire(const StoreConnection &connection, const QString &prefix, const QString &code)
{
    const QByteArray digest = lockDigest(connection, prefix, code);
    std::unique_ptr<RefreshLock> lock;
    switch (connection.dialect()) {
    case Dialect::Sqlite: {
        lock.reset(new RefreshLock(connection, {}));
        lock->m_file = std::make_unique<QLockFile>(
            connection.settings().path +
            QStringLiteral(".refresh-%1.lock").arg(QString::fromLatin1(digest.toHex().left(12))));
        lock->m_file->setStaleLockTime(0); // a lock is stale only when its process is gone
        if (!lock->m_file->tryLock(0)) {
            if (lock->m_file->error() == QLockFile::LockFailedError)
                return Error{{}, busyMessage(code), ErrorCode::Busy};
            return Error{{},
                         QStringLiteral(
                             "cannot create the refresh lock next to %1 (is its folder writable?)")
                             .arg(connection.settings().path),
                         ErrorCode::Database};
        }
        return lock;
    }
    case Dialect::MySql: {
        const QString name = QStringLiteral("segmentor:") + QString::fromLatin1(digest.toHex());
        QSqlQuery q(connection.database());
        q.prepare(QStringLiteral("SELECT GET_LOCK(?, 0)"));
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            return Error{
                {},
                QStringLiteral("cannot take the refresh lock: %1").arg(q.lastError().text()),
                ErrorCode::Database};
        if (q.value(0).toInt() != 1) return Error{{}, busyMessage(code), ErrorCode::Busy};
        lock.reset(new RefreshLock(connection, name));
        return lock;
    }
    case Dialect::PostgreSql: {
        qint64 key = 0;
        memcpy(&key, digest.constData(), sizeof key);
        QSqlQuery q(connection.database());
        q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(CAST(? AS BIGINT))"));
        q.addBindValue(QVariant::fromValue(key));
        if (!q.exec() || !q.next())
            return Error{
                {},
                QStringLiteral("cannot take the refresh lock: %1").arg(q.lastError().text()),
                ErrorCode::Database};
        if (!q.value(0).toBool()) return Error{{}, busyMessage(code), ErrorCode::Busy};
        lock.reset(new RefreshLock(connection, QString::number(key)));
        return lock;
    }
    }
    return Error{{}, QStringLiteral("unknown dialect"), ErrorCode::Internal};
}

RefreshLock::~RefreshLock()
{
    if (m_file) return; // QLockFile unlocks in its destructor
    QSqlQuery q(m_connection.database());
    if (m_connection.dialect() == Dialect::MySql) {
        q.prepare(QStringLiteral("SELECT RELEASE_LOCK(?)"));
        q.addBindValue(m_name);
    } else {
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(CAST(? AS BIGINT))"));
        q.addBindValue(QVariant::fromValue(m_name.toLongLong()));
    }
    q.exec();
}

} // namespace seg

#include "repository/segmentorstorage.h"

#include "repository/tableddl.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace seg {

QStringList SegmentorStorage::createStatements(Dialect dialect, const QString &p)
{
    TableDdl ddl(dialect, p);
    const QString &id = ddl.id, &ts = ddl.ts, &text = ddl.text, &key = ddl.key;
    auto table = [&ddl](const char *name, const QString &body) { return ddl.table(name, body); };
    auto index = [&ddl](const char *name, const char *table, const char *columns) {
        return ddl.index(name, table, columns);
    };
    QStringList statements{
        table("segmentor_meta",
              QStringLiteral(
                  "meta_key VARCHAR(64) NOT NULL PRIMARY KEY, meta_value VARCHAR(255) NOT NULL")),
        table("segmentor_segment",
              QStringLiteral(
                  "segment_id %1, code VARCHAR(64) NOT NULL UNIQUE, name VARCHAR(255) NOT NULL, "
                  "description %3, definition %3 NOT NULL, "
                  "is_active SMALLINT NOT NULL DEFAULT 1, websites VARCHAR(255) NOT NULL DEFAULT "
                  "'', apply_to VARCHAR(16) NOT NULL, "
                  "refresh_mode VARCHAR(16) NOT NULL, priority INTEGER NOT NULL DEFAULT 0, "
                  "move_to_group INTEGER NULL, "
                  "created_at %2 NOT NULL, updated_at %2 NOT NULL, last_refresh_at %2 NULL, "
                  "refresh_status VARCHAR(16) NOT NULL DEFAULT 'pending', refresh_error %3 NULL, "
                  "member_count INTEGER NOT NULL DEFAULT 0")
                  .arg(id, ts, text)),
        table("segmentor_member",
              QStringLiteral(
                  "segment_id INTEGER NOT NULL, member_key %1 NOT NULL, customer_id INTEGER NULL, "
                  "guest_email VARCHAR(255) NULL, since %2 NOT NULL, PRIMARY KEY (segment_id, "
                  "member_key)%3")
                  .arg(key, ts,
                       index("SEGMENTOR_MEMBER_CUSTOMER", "segmentor_member", "customer_id"))),
        table("segmentor_override",
              QStringLiteral(
                  "segment_id INTEGER NOT NULL, member_key %1 NOT NULL, kind VARCHAR(8) NOT NULL, "
                  "customer_id INTEGER NULL, guest_email VARCHAR(255) NULL, reason %3 NULL, "
                  "created_at %2 NOT NULL, "
                  "PRIMARY KEY (segment_id, member_key)")
                  .arg(key, ts, text)),
        // The group a segment moved a customer from (the latest move), to restore on exit.
        table("segmentor_group_move",
              QStringLiteral("segment_id INTEGER NOT NULL, customer_id INTEGER NOT NULL, "
                             "member_key %1 NOT NULL, previous_group_id INTEGER NOT NULL, "
                             "group_id INTEGER NOT NULL, refresh_id INTEGER NULL, moved_at %2 NOT "
                             "NULL, PRIMARY KEY (segment_id, customer_id)")
                  .arg(key, ts)),
        table("segmentor_stage",
              QStringLiteral(
                  "refresh_id INTEGER NOT NULL, member_key %1 NOT NULL, customer_id INTEGER NULL, "
                  "guest_email VARCHAR(255) NULL, PRIMARY KEY (refresh_id, member_key)")
                  .arg(key)),
        table("segmentor_refresh",
              QStringLiteral(
                  "refresh_id %1, segment_id INTEGER NOT NULL, trigger_kind VARCHAR(16) NOT NULL, "
                  "started_at %2 NOT NULL, finished_at %2 NULL, status VARCHAR(16) NOT NULL, "
                  "added INTEGER NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT 0, "
                  "group_changed INTEGER NOT NULL DEFAULT 0, error %3 NULL")
                  .arg(id, ts, text)),
        table("segmentor_history",
              QStringLiteral("history_id %1, segment_id INTEGER NOT NULL, refresh_id INTEGER NULL, "
                             "created_at %2 NOT NULL, "
                             "event VARCHAR(32) NOT NULL, trigger_kind VARCHAR(16) NOT NULL, "
                             "amount INTEGER NULL, message %3 NULL%4")
                  .arg(id, ts, text,
                       index("SEGMENTOR_HISTORY_SEGMENT", "segmentor_history",
                             "segment_id, created_at"))),
        table("segmentor_journal",
              QStringLiteral("journal_id %1, segment_id INTEGER NOT NULL, refresh_id INTEGER NOT "
                             "NULL, member_key %2 NOT NULL, "
                             "change_kind VARCHAR(8) NOT NULL, created_at %3 NOT NULL%4")
                  .arg(id, key, ts,
                       index("SEGMENTOR_JOURNAL_MEMBER", "segmentor_journal",
                             "segment_id, member_key"))),
        table("segmentor_snapshot", QStringLiteral("snapshot_id %1, segment_id INTEGER NOT NULL, "
                                                   "refresh_id INTEGER NULL, taken_at %2 NOT NULL, "
                                                   "member_count INTEGER NOT NULL%3")
                                        .arg(id, ts,
                                             index("SEGMENTOR_SNAPSHOT_SEGMENT",
                                                   "segmentor_snapshot", "segment_id, taken_at"))),
        // One row per segment and store-local day (YYYY-MM-DD): the performance snapshots.
        table("segmentor_daily_snapshot",
              QStringLiteral("segment_id INTEGER NOT NULL, snapshot_day VARCHAR(10) NOT NULL, "
                             "members INTEGER NOT NULL, joiners INTEGER NOT NULL, "
                             "leavers INTEGER NOT NULL, converters INTEGER NOT NULL, "
                             "orders INTEGER NOT NULL, revenue DECIMAL(20,4) NOT NULL, "
                             "refunds DECIMAL(20,4) NOT NULL, taken_at %1 NOT NULL, "
                             "PRIMARY KEY (segment_id, snapshot_day)")
                  .arg(ts)),
    };
    return statements + ddl.indexStatements(); // after the tables
}

int SegmentorStorage::installedVersion(const StoreConnection &connection, const QString &p)
{
    if (!connection.database().tables().contains(p + QStringLiteral("segmentor_meta"),
                                                 Qt::CaseInsensitive))
        return 0;
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral("SELECT meta_value FROM %1segmentor_meta WHERE meta_key = ?").arg(p));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec() || !q.next()) return 0;
    return q.value(0).toInt();
}

namespace {
// Whether a failure to create tables means "this user may not", as opposed to a real fault:
// the driver's native code (MySQL errno, PostgreSQL SQLSTATE, SQLite result code).
bool deniedOrReadOnly(const QSqlError &error, Dialect dialect)
{
    const QString code = error.nativeErrorCode();
    switch (dialect) {
    case Dialect::MySql: // table/database/specific access denied, --read-only server
        return QStringList{"1142", "1044", "1227", "1290", "1036"}.contains(code);
    case Dialect::PostgreSql: // insufficient privilege, read-only transaction
        return code == QLatin1String("42501") || code == QLatin1String("25006");
    case Dialect::Sqlite: { // SQLITE_PERM, SQLITE_READONLY (and its extended codes), SQLITE_AUTH
        const int primary = code.toInt() & 0xff;
        return primary == 3 || primary == 8 || primary == 23;
    }
    }
    return false;
}
} // namespace

QString SegmentorStorage::defaultWorkspaceDir()
{
    const QString fromEnv = qEnvironmentVariable("SEGMENTOR_WORKSPACE_DIR");
    if (!fromEnv.isEmpty()) return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/segmentor/workspaces");
}

Result<SegmentorLocation> SegmentorStorage::locate(const StoreConnection &store,
                                                   const QString &prefix,
                                                   const QString &workspaceDir, bool create)
{
    SegmentorLocation location;
    location.connection = &store;
    location.tablePrefix = prefix;
    // One workspace per store: named after where the store is (never its password).
    const ConnectionSettings &s = store.settings();
    const QByteArray identity =
        (s.toDisplayUrl() + QLatin1Char('|') +
         (s.dialect == Dialect::Sqlite ? QFileInfo(s.path).absoluteFilePath() : QString()))
            .toUtf8();
    ConnectionSettings w;
    w.dialect = Dialect::Sqlite;
    w.path =
        QDir(workspaceDir)
            .filePath(
                QString::fromLatin1(
                    QCryptographicHash::hash(identity, QCryptographicHash::Md5).toHex().left(16)) +
                QStringLiteral(".db"));
    if (!create) {
        if (installedVersion(store, prefix) > 0 || !QFileInfo::exists(w.path)) return location;
    } else {
        const Result<bool> inStore = ensureIfAllowed(store, prefix);
        if (!inStore) return inStore.error();
        if (*inStore) return location;
        if (!QDir().mkpath(workspaceDir))
            return Error{{},
                         QStringLiteral("the store is read-only for this user and the workspace "
                                        "folder %1 cannot be created")
                             .arg(workspaceDir),
                         ErrorCode::Database};
    }
    Result<std::unique_ptr<StoreConnection>> workspace =
        StoreConnection::open(w, StoreConnection::Missing::Create);
    if (!workspace) return workspace.error();
    if (auto st = ensure(**workspace, QString()); !st) return st.error();
    location.workspace = std::move(workspace).value();
    location.connection = location.workspace.get();
    location.tablePrefix.clear();
    location.workspacePath = w.path;
    return location;
}

Status SegmentorStorage::ensure(const StoreConnection &connection, const QString &p)
{
    const Result<bool> created = ensureIfAllowed(connection, p);
    if (!created) return created.error();
    if (!*created)
        return Error{{},
                     QStringLiteral("cannot create Segmentor's tables: this database user may "
                                    "not create tables"),
                     ErrorCode::Database};
    return success();
}

Result<bool> SegmentorStorage::ensureIfAllowed(const StoreConnection &connection, const QString &p)
{
    const int version = installedVersion(connection, p);
    if (version == kSchemaVersion) return true;
    if (version > kSchemaVersion)
        return Error{{},
                     QStringLiteral("the store's Segmentor tables are version %1, newer than this "
                                    "Segmentor (%2): update Segmentor")
                         .arg(version)
                         .arg(kSchemaVersion),
                     ErrorCode::Connection};
    // Version 0 -> 1: create everything. 1 -> 2: the daily snapshots table (created if missing
    // like every table). Later versions add their steps here, in order.
    QSqlDatabase db = connection.database();
    if (!db.transaction() && connection.dialect() != Dialect::MySql)
        return Error{{}, db.lastError().text(), ErrorCode::Database};
    for (const QString &sql : createStatements(connection.dialect(), p)) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            const QSqlError error = q.lastError();
            const QString message = error.text();
            db.rollback();
            // A user who may use the tables an owner made but not create new ones keeps them
            // (what the newer version adds fails with its own error until an owner connects).
            if (deniedOrReadOnly(error, connection.dialect())) return version > 0;
            return Error{{},
                         QStringLiteral("cannot create Segmentor's tables: %1").arg(message),
                         ErrorCode::Database};
        }
    }
    QSqlQuery q(db);
    // An older version's row is replaced (the tables it lacked were just created).
    q.prepare(QStringLiteral("DELETE FROM %1segmentor_meta WHERE meta_key = ?").arg(p));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec()) {
        const QString message = q.lastError().text();
        db.rollback();
        return Error{{},
                     QStringLiteral("cannot record Segmentor's schema version: %1").arg(message),
                     ErrorCode::Database};
    }
    q.prepare(
        QStringLiteral("INSERT INTO %1segmentor_meta (meta_key, meta_value) VALUES (?, ?)").arg(p));
    q.addBindValue(QStringLiteral("schema_version"));
    q.addBindValue(QString::number(kSchemaVersion));
    if (!q.exec()) {
        const QString message = q.lastError().text();
        db.rollback();
        return Error{{},
                     QStringLiteral("cannot record Segmentor's schema version: %1").arg(message),
                     ErrorCode::Database};
    }
    if (!db.commit()) return Error{{}, db.lastError().text(), ErrorCode::Database};
    return true;
}

} // namespace seg

#include "export/savedmembersource.h"

#include "engine/memberkey.h"

#include <QSqlError>
#include <QSqlQuery>

namespace seg {

Result<MemberSource> savedMembersSource(const StoreConnection &store,
                                        const SegmentorLocation &storage, qint64 segmentId)
{
    const QString members = storage.tablePrefix + QStringLiteral("segmentor_member");
    if (!storage.inWorkspace())
        return MemberSource::fromSelect(
            QStringLiteral(
                "SELECT customer_id, guest_email AS guest_key FROM %1 WHERE segment_id = ?")
                .arg(members),
            {segmentId});

    const QString temp = QStringLiteral("segmentor_export_keys");
    const QString create =
        store.dialect() == Dialect::MySql
            ? QStringLiteral("CREATE TEMPORARY TABLE %1 (customer_id INTEGER NULL, guest_key "
                             "VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL)")
            : QStringLiteral("CREATE TEMPORARY TABLE %1 (customer_id INTEGER NULL, guest_key "
                             "VARCHAR(255) NULL)");
    // MySQL wants DROP rights for a plain DROP TABLE, even of a missing table.
    const QString drop = store.dialect() == Dialect::MySql
                             ? QStringLiteral("DROP TEMPORARY TABLE IF EXISTS %1")
                             : QStringLiteral("DROP TABLE IF EXISTS %1");
    for (const QString &sql : {drop.arg(temp), create.arg(temp)})
        if (auto st = store.exec(sql); !st)
            return Error{
                {},
                QStringLiteral("cannot stage the members for export in the store session: %1")
                    .arg(st.error().message),
                ErrorCode::Database};

    QSqlQuery read(storage.connection->database());
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT customer_id, guest_email FROM %1 WHERE segment_id = ?")
                     .arg(members));
    read.addBindValue(segmentId);
    if (!read.exec())
        return Error{{},
                     QStringLiteral("cannot read the members: %1").arg(read.lastError().text()),
                     ErrorCode::Database};
    QSqlDatabase db = store.database();
    db.transaction();
    QSqlQuery write(db);
    write.prepare(
        QStringLiteral("INSERT INTO %1 (customer_id, guest_key) VALUES (?, ?)").arg(temp));
    while (read.next()) {
        write.bindValue(0, read.value(0));
        write.bindValue(1, read.value(1));
        if (!write.exec()) {
            db.rollback();
            return Error{{},
                         QStringLiteral("cannot stage the members for export: %1")
                             .arg(write.lastError().text()),
                         ErrorCode::Database};
        }
    }
    db.commit();
    return MemberSource::fromSelect(
        QStringLiteral("SELECT customer_id, guest_key FROM %1").arg(temp));
}

} // namespace seg

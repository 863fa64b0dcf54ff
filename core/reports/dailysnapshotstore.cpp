#include "reports/dailysnapshotstore.h"

#include "definition/valueparsing.h"
#include "repository/segmentrecord.h"
#include "store/sqlrun.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

#include <algorithm>

namespace seg {

namespace {

Error failed(const QString &what)
{
    return Error{{},
                 QCoreApplication::translate("seg::DailySnapshotStore",
                                             "writing the daily snapshots failed: %1")
                     .arg(what),
                 ErrorCode::Database};
}

} // namespace

Result<int> DailySnapshotStore::replace(const QList<ReportSegment> &segments, const DateRange &days,
                                        const QList<PerformanceRow> &rows,
                                        const QDateTime &takenAt) const
{
    if (segments.isEmpty() || !days.isValid()) return 0;
    QHash<QString, qint64> ids;
    for (const ReportSegment &s : segments)
        ids.insert(s.code, s.id);
    QSqlDatabase db = m_sql.ownDatabase();
    if (!db.transaction()) return failed(db.lastError().text());
    const QString table = m_sql.own("segmentor_daily_snapshot");
    const SqlText remove =
        SqlText(QStringLiteral("DELETE FROM %1 WHERE snapshot_day >= ? AND snapshot_day <= ? AND "
                               "segment_id IN (")
                    .arg(table),
                {days.from.toString(Qt::ISODate), days.to.toString(Qt::ISODate)}) +
        ReportSql::idList(segments) + SqlText(QStringLiteral(")"));
    auto removed = runSql(db, remove.sql, remove.params,
                          QCoreApplication::translate("seg::DailySnapshotStore",
                                                      "replacing the daily snapshots failed"));
    if (!removed) {
        db.rollback();
        return removed.error();
    }
    const QString insert =
        QStringLiteral("INSERT INTO %1 (segment_id, snapshot_day, members, joiners, leavers, "
                       "converters, orders, revenue, refunds, taken_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?)")
            .arg(table);
    QSqlQuery q(db);
    if (!q.prepare(insert)) {
        const QString why = q.lastError().text();
        db.rollback();
        return failed(why);
    }
    const QString taken = storageTimestamp(takenAt);
    int written = 0;
    for (const PerformanceRow &r : rows) {
        if (!ids.contains(r.code) || r.bucketStart < days.from || r.bucketStart > days.to) continue;
        const QVariantList values{ids.value(r.code), r.bucketStart.toString(Qt::ISODate),
                                  r.membersAtEnd,    r.joiners,
                                  r.leavers,         r.converters,
                                  r.orders,          r.revenue,
                                  r.refunds,         taken};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec()) {
            const QString why = q.lastError().text();
            db.rollback();
            return failed(why);
        }
        ++written;
    }
    if (!db.commit()) return failed(db.lastError().text());
    return written;
}

Result<QList<DailySnapshot>> DailySnapshotStore::load(const QList<ReportSegment> &segments,
                                                      const DateRange &days) const
{
    QList<DailySnapshot> out;
    if (segments.isEmpty() || !days.isValid()) return out;
    QHash<qint64, qsizetype> order;
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        order.insert(segments[i].id, i);
        position.insert(segments[i].code, i);
    }
    const SqlText text =
        SqlText(QStringLiteral("SELECT segment_id, snapshot_day, members, joiners, leavers, "
                               "converters, orders, revenue, refunds, taken_at FROM %1 WHERE "
                               "snapshot_day >= ? AND snapshot_day <= ? AND segment_id IN (")
                    .arg(m_sql.own("segmentor_daily_snapshot")),
                {days.from.toString(Qt::ISODate), days.to.toString(Qt::ISODate)}) +
        ReportSql::idList(segments) + SqlText(QStringLiteral(")"));
    auto q = runSql(m_sql.ownDatabase(), text.sql, text.params,
                    QCoreApplication::translate("seg::DailySnapshotStore",
                                                "reading the daily snapshots failed"));
    if (!q) return q.error();
    while (q.value().next()) {
        DailySnapshot s;
        s.code = segments[order.value(q->value(0).toLongLong())].code;
        s.day = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        s.members = q->value(2).toLongLong();
        s.joiners = q->value(3).toLongLong();
        s.leavers = q->value(4).toLongLong();
        s.converters = q->value(5).toLongLong();
        s.orders = q->value(6).toLongLong();
        s.revenue = roundMoney(q->value(7).toDouble());
        s.refunds = roundMoney(q->value(8).toDouble());
        s.takenAt = parseStoredTimestamp(q->value(9)).value_or(QDateTime());
        out << s;
    }
    std::sort(out.begin(), out.end(), [&](const DailySnapshot &a, const DailySnapshot &b) {
        if (a.day != b.day) return a.day < b.day;
        return position.value(a.code) < position.value(b.code);
    });
    return out;
}

} // namespace seg

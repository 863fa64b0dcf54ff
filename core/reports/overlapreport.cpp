#include "reports/overlapreport.h"

#include "session/storesession.h"
#include "store/sqlrun.h"

#include <QCoreApplication>
#include <QHash>

namespace seg {

OverlapReport::OverlapReport(const StoreSession &session) : m_session(session) {}

Result<OverlapMatrix> OverlapReport::matrix(const QStringList &codes,
                                            const ReportProgress &progress) const
{
    ReportSql sql(m_session);
    Result<QList<ReportSegment>> segments = sql.segments(codes);
    if (!segments) return segments.error();
    OverlapMatrix m;
    m.segments = *segments;
    const int n = int(m.segments.size());
    m.both = QList<QList<qint64>>(n, QList<qint64>(n, 0));
    const QString members = sql.own("segmentor_member");
    const QSqlDatabase db = m_session.storage.connection->database();
    for (int i = 0; i < n; ++i) {
        if (progress && !progress(i, n))
            return Error{{},
                         QCoreApplication::translate("seg::OverlapReport",
                                                     "the overlap report was cancelled"),
                         ErrorCode::Cancelled};
        const SqlText text =
            SqlText(QStringLiteral("SELECT b.segment_id, COUNT(*) FROM %1 a JOIN %1 b ON "
                                   "b.member_key = a.member_key "
                                   "AND b.segment_id IN (")
                        .arg(members)) +
            ReportSql::idList(m.segments) +
            SqlText(QStringLiteral(") WHERE a.segment_id = ? GROUP BY b.segment_id"),
                    {m.segments[i].id});
        auto q = runSql(
            db, text.sql, text.params,
            QCoreApplication::translate("seg::OverlapReport", "computing the overlap failed"));
        if (!q) return q.error();
        QHash<qint64, qint64> counts;
        while (q.value().next())
            counts.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
        for (int j = 0; j < n; ++j)
            m.both[i][j] = counts.value(m.segments[j].id);
    }
    if (progress) progress(n, n);
    return m;
}

Result<QList<OverlapMember>> OverlapReport::members(const QString &a, const QString &b,
                                                    OverlapPart part, int limit,
                                                    qint64 *total) const
{
    ReportSql sql(m_session);
    Result<QList<ReportSegment>> pair = sql.segments({a, b});
    if (!pair) return pair.error();
    const qint64 first = pair->at(0).id;
    const qint64 second =
        pair->size() > 1 ? pair->at(1).id : first; // A and B may be the same segment
    const QString members = sql.own("segmentor_member");
    const QString where =
        QStringLiteral("a.segment_id = ? AND %1 EXISTS (SELECT 1 FROM %2 b WHERE b.segment_id = ? "
                       "AND b.member_key = a.member_key)")
            .arg(part == OverlapPart::Both ? QString() : QStringLiteral("NOT"), members);
    const QSqlDatabase db = m_session.storage.connection->database();
    if (total) {
        auto q = runSql(
            db, QStringLiteral("SELECT COUNT(*) FROM %1 a WHERE %2").arg(members, where),
            {first, second},
            QCoreApplication::translate("seg::OverlapReport", "counting the members failed"));
        if (!q) return q.error();
        *total = q.value().next() ? q->value(0).toLongLong() : 0;
    }
    auto q =
        runSql(db,
               QStringLiteral("SELECT a.customer_id, a.guest_email FROM %1 a WHERE %2 "
                              "ORDER BY CASE WHEN a.customer_id IS NULL THEN 1 ELSE 0 END, "
                              "a.customer_id, a.guest_email LIMIT %3")
                   .arg(members, where)
                   .arg(qMax(0, limit)),
               {first, second},
               QCoreApplication::translate("seg::OverlapReport", "listing the members failed"));
    if (!q) return q.error();
    QList<OverlapMember> out;
    QHash<qint64, int> registeredAt;
    while (q.value().next()) {
        OverlapMember m;
        m.key = MemberKey::fromColumns(q->value(0), q->value(1));
        if (m.key.isGuest())
            m.email = m.key.guestEmail;
        else
            registeredAt.insert(m.key.customerId, int(out.size()));
        out << m;
    }
    // Names and emails of the registered members, from the store, in chunks.
    const QList<qint64> ids = registeredAt.keys();
    constexpr int kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList marks;
        QVariantList params;
        for (qint64 id : chunk) {
            marks << QStringLiteral("?");
            params << id;
        }
        auto d = runSql(
            m_session.connection->database(),
            QStringLiteral(
                "SELECT entity_id, email, firstname, lastname FROM %1 WHERE entity_id IN (%2)")
                .arg(m_session.schema->table(QStringLiteral("customer_entity")),
                     marks.join(QStringLiteral(", "))),
            params,
            QCoreApplication::translate("seg::OverlapReport", "reading the customers failed"));
        if (!d) return d.error();
        while (d.value().next()) {
            OverlapMember &m = out[registeredAt.value(d->value(0).toLongLong())];
            m.email = d->value(1).toString();
            m.name = QStringLiteral("%1 %2")
                         .arg(d->value(2).toString(), d->value(3).toString())
                         .trimmed();
        }
    }
    return out;
}

} // namespace seg

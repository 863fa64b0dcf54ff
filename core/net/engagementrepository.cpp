#include "net/engagementrepository.h"

#include "definition/valueparsing.h"
#include "repository/segmentrecord.h"
#include "store/sqlrun.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace seg {

namespace {

QVariant timestampOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(storageTimestamp(at.toUTC()))
                        : QVariant(QMetaType::fromType<QString>());
}

} // namespace

EngagementRepository::EngagementRepository(const StoreConnection &connection, QString tablePrefix)
    : m_connection(connection), m_prefix(std::move(tablePrefix))
{
}

Status EngagementRepository::store(const QList<CampaignEngagement> &rows)
{
    if (rows.isEmpty()) return success();
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return Error{{},
                     QStringLiteral("cannot start a transaction for the campaign statistics"),
                     ErrorCode::Database};
    auto fail = [&](const Error &e) -> Status {
        db.rollback();
        return e;
    };
    const QString doing = QStringLiteral("cannot store the campaign statistics");
    for (const CampaignEngagement &r : rows) {
        // Delete + insert rather than an upsert: portable, and MySQL's affected-row count of an
        // UPDATE that changes nothing is 0, which would read as "no row".
        auto del = runSql(db,
                          QStringLiteral("DELETE FROM %1segmentor_campaign_stats WHERE "
                                         "segment_code = ? AND provider = ? AND campaign_id = ?")
                              .arg(m_prefix),
                          {r.segmentCode, r.provider, r.campaignId}, doing);
        if (!del) return fail(del.error());
        auto ins = runSql(
            db,
            QStringLiteral(
                "INSERT INTO %1segmentor_campaign_stats (segment_code, provider, destination, "
                "campaign_id, campaign_name, sent_at, sent, delivered, opens, unique_opens, "
                "clicks, "
                "unique_clicks, unsubscribes, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, "
                "?, ?, ?)")
                .arg(m_prefix),
            {r.segmentCode, r.provider, r.destination, r.campaignId, r.campaignName.left(255),
             timestampOrNull(r.sentAt), r.sent, r.delivered, r.opens, r.uniqueOpens, r.clicks,
             r.uniqueClicks, r.unsubscribes, storageTimestamp(r.importedAt.toUTC())},
            doing);
        if (!ins) return fail(ins.error());
    }
    if (!db.commit())
        return fail(Error{
            {}, QStringLiteral("cannot commit the campaign statistics"), ErrorCode::Database});
    return success();
}

Result<QList<CampaignEngagement>> EngagementRepository::list(const QStringList &codes) const
{
    QString sql =
        QStringLiteral("SELECT segment_code, provider, destination, campaign_id, campaign_name, "
                       "sent_at, sent, delivered, opens, unique_opens, clicks, unique_clicks, "
                       "unsubscribes, imported_at FROM %1segmentor_campaign_stats")
            .arg(m_prefix);
    QVariantList params;
    if (!codes.isEmpty()) {
        QStringList marks;
        for (const QString &code : codes) {
            marks << QStringLiteral("?");
            params << code;
        }
        sql += QStringLiteral(" WHERE segment_code IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    // NULL sent_at sorts last on every dialect with the CASE.
    sql += QStringLiteral(" ORDER BY CASE WHEN sent_at IS NULL THEN 1 ELSE 0 END, sent_at DESC, "
                          "segment_code, provider, campaign_id");
    auto q = runSql(m_connection.database(), sql, params,
                    QStringLiteral("cannot read the campaign statistics"));
    if (!q) return q.error();
    QList<CampaignEngagement> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        CampaignEngagement e;
        e.segmentCode = r.value(0).toString();
        e.provider = r.value(1).toString();
        e.destination = r.value(2).toString();
        e.campaignId = r.value(3).toString();
        e.campaignName = r.value(4).toString();
        if (!r.value(5).isNull()) e.sentAt = parseStoredTimestamp(r.value(5)).value_or(QDateTime());
        e.sent = r.value(6).toLongLong();
        e.delivered = r.value(7).toLongLong();
        e.opens = r.value(8).toLongLong();
        e.uniqueOpens = r.value(9).toLongLong();
        e.clicks = r.value(10).toLongLong();
        e.uniqueClicks = r.value(11).toLongLong();
        e.unsubscribes = r.value(12).toLongLong();
        e.importedAt = parseStoredTimestamp(r.value(13)).value_or(QDateTime());
        out << e;
    }
    return out;
}

Result<QList<QPair<qint64, QString>>> EngagementRepository::pushedSegments() const
{
    auto q = runSql(m_connection.database(),
                    QStringLiteral("SELECT DISTINCT destination_id, segment_code FROM "
                                   "%1segmentor_sync_run WHERE dry_run = 0 AND status IN "
                                   "('completed', 'partial') ORDER BY segment_code, destination_id")
                        .arg(m_prefix),
                    {}, QStringLiteral("cannot read the sync history"));
    if (!q) return q.error();
    QList<QPair<qint64, QString>> out;
    while (q.value().next())
        out << qMakePair(q.value().value(0).toLongLong(), q.value().value(1).toString());
    return out;
}

} // namespace seg

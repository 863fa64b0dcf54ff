#pragma once

#include "common/result.h"
#include "net/campaignengagement.h"
#include "store/storeconnection.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace seg {

// The imported campaign statistics (<prefix>segmentor_campaign_stats), one row per segment,
// provider and campaign, and which segments were pushed where (the sync history).
class EngagementRepository
{
public:
    EngagementRepository(const StoreConnection &connection, QString tablePrefix);

    // Replaces the rows of these campaigns (same segment, provider and campaign id), all or
    // nothing, so a re-import updates the figures in place.
    Status store(const QList<CampaignEngagement> &rows);
    // Newest sent first (never sent last), then by segment and campaign; all when codes is empty.
    Result<QList<CampaignEngagement>> list(const QStringList &codes = {}) const;
    // (destination id, segment code) of every push that reached the destination (completed or
    // partial, not a dry run).
    Result<QList<QPair<qint64, QString>>> pushedSegments() const;

private:
    const StoreConnection &m_connection;
    QString m_prefix;
};

} // namespace seg

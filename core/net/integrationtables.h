#pragma once

#include "common/result.h"
#include "store/storeconnection.h"

namespace seg {

// The tables of the integrations (<prefix>segmentor_api_token, _destination, _sync_run,
// _sync_state, _sync_failure, _webhook_cursor, _webhook_refused, _campaign_stats), next to
// Segmentor's other tables (the store, or the workspace file). They are created on first use, not
// by SegmentorStorage, so a store whose core tables are older keeps working; their own version is
// the meta key "integrations_version".
class IntegrationTables
{
public:
    static constexpr int kVersion = 3; // 2: webhooks, export after refresh; 3: engagement

    static Status ensure(const StoreConnection &connection, const QString &tablePrefix);
    static QStringList createStatements(Dialect dialect, const QString &tablePrefix);
};

} // namespace seg

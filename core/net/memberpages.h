#pragma once

#include "common/result.h"
#include "repository/segmentrecord.h"
#include "store/storeconnection.h"

#include <optional>

namespace seg {

struct MemberPage
{
    QList<MemberRow> rows;
    std::optional<QString> nextAfter; // the last member key when more may follow
};

// Saved members read page by page for the REST API. Keyset pagination on the member table's
// primary key (segment_id, member_key): a page is "the next `limit` keys after the last one
// seen", so members that stay in the segment while a refresh adds and removes others are
// never returned twice or skipped, whatever happens between two pages.
class MemberPages
{
public:
    MemberPages(const StoreConnection &connection, QString tablePrefix);

    // `after` = the last key of the previous page (none for the first page).
    Result<MemberPage> page(qint64 segmentId, const std::optional<QString> &after, int limit) const;
    // Since when `member` has been in the segment; nullopt when it is not in.
    Result<std::optional<QDateTime>> since(qint64 segmentId, const MemberKey &member) const;

private:
    const StoreConnection &m_connection;
    QString m_prefix;
};

} // namespace seg

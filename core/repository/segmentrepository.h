#pragma once

#include "common/result.h"
#include "definition/definitionvalidator.h"
#include "repository/segmentrecord.h"
#include "store/storeconnection.h"

namespace seg {

// Saved segments and everything kept about them: members, manual overrides, history.
// All SQL on Segmentor's own tables lives here and in the Refresher.
class SegmentRepository : public SegmentLookup
{
public:
    SegmentRepository(const StoreConnection &connection, QString tablePrefix);

    Result<QList<SegmentRecord>> list() const;
    Result<std::optional<SegmentRecord>> find(const QString &code) const;
    // Creates, or updates the segment with the same code (its members and history stay).
    Result<SegmentRecord> save(const SegmentDefinition &definition,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());
    Status remove(const QString &code); // with its members, overrides, history, journal, snapshots

    Result<QList<MemberRow>> members(const QString &code) const;
    Status setOverride(const QString &code, const QList<MemberKey> &members, OverrideKind kind,
                       const QString &reason = {},
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    Status resetOverride(
        const QString &code, const QList<MemberKey> &members, const QString &reason = {},
        const QDateTime &now = QDateTime::currentDateTimeUtc()); // reason: kept in the history
    Result<QList<OverrideEntry>> overrides(const QString &code) const;
    // "Freeze as a static list": applies the overrides set since the last refresh to the
    // stored members (which stay as they are from then on) and notes it in the history.
    // Returns the member count. The caller sets the refresh mode to static.
    Result<qint64> freezeStoredMembers(const QString &code,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc());

    Result<QList<HistoryEntry>> history(const QString &code, int limit = 100) const;
    Status addHistory(qint64 segmentId, const QString &event, const QString &trigger,
                      std::optional<qint64> amount, const QString &message,
                      std::optional<qint64> refreshId, const QDateTime &now) const;
    // Deletes history and journal rows older than `days` days; returns how many rows went.
    Result<qint64> purgeHistory(int days, const QDateTime &now = QDateTime::currentDateTimeUtc());

    std::optional<SegmentDefinition> findSegment(const QString &code) const override;
    std::optional<QString> storedMembersPrefix() const override;
    Result<bool> holdsStoredMember(const QString &code, const QString &memberKey) const override;
    // False when these tables live in a workspace file, out of reach of the store's SQL.
    void setReadableFromStore(bool readable) { m_readableFromStore = readable; }

    const StoreConnection &connection() const { return m_connection; }
    QString table(const char *name) const { return m_prefix + QString::fromLatin1(name); }

private:
    Result<qint64> segmentId(const QString &code) const;
    Status editStoredMembers(qint64 segmentId, const MemberKey &member, OverrideKind kind,
                             const QDateTime &now);
    Status updateMemberCount(qint64 segmentId);
    const StoreConnection &m_connection;
    QString m_prefix;
    bool m_readableFromStore = true;
};

} // namespace seg

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace seg {

struct StoreSession;

struct SizePoint
{
    QDateTime at; // UTC
    qint64 members = 0;
};

struct SizeHistoryLine
{
    QString code;
    QString name;
    QList<SizePoint> points; // oldest first
};

// Segment sizes over time, from the snapshot every refresh writes.
class SegmentSizeHistory
{
public:
    explicit SegmentSizeHistory(const StoreSession &session);

    // The segments `codes` names (all when empty); snapshots at or after `since` (all when
    // invalid).
    Result<QList<SizeHistoryLine>> load(const QStringList &codes,
                                        const QDateTime &since = {}) const;

private:
    const StoreSession &m_session;
};

} // namespace seg

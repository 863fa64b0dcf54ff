#pragma once

#include "definition/segmentdefinition.h"
#include "engine/memberkey.h"

#include <QDateTime>

#include <optional>

namespace seg {

// A saved segment with its refresh state, as the segment list shows it.
struct SegmentRecord
{
    qint64 id = 0;
    SegmentDefinition definition;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> lastRefreshAt;
    QString refreshStatus = QStringLiteral("pending"); // pending, processing, completed, error
    QString refreshError;
    qint64 memberCount = 0;
};

struct HistoryEntry
{
    QDateTime at;
    QString event;   // refresh_started, customers_added, customers_removed, group_changed,
                     // refresh_finished, ...
    QString trigger; // manual or scheduled
    std::optional<qint64> amount;
    QString message;
    std::optional<qint64> refreshId;
};

struct MemberRow
{
    MemberKey key;
    QDateTime since;
};

enum class OverrideKind
{
    Exclude,
    Include
};

struct OverrideEntry
{
    MemberKey key;
    OverrideKind kind = OverrideKind::Exclude;
    QString reason;
    QDateTime at;
};

// What a history event code means, for people: "refresh_started" -> "Refresh started".
QString historyEventLabel(const QString &event);

// Timestamps Segmentor writes: UTC text with milliseconds, comparable on every database.
QString storageTimestamp(const QDateTime &utc);

} // namespace seg

#pragma once

#include "common/result.h"
#include "session/storesession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace seg {

// One line of a segment's history as the history tab shows it.
struct HistoryLogRow
{
    QDateTime at;
    QString event;                // code: refresh_finished, customers_added, member_excluded, ...
    QString action;               // translated label of the event
    QString trigger;              // manual or scheduled
    std::optional<qint64> amount; // affected rows
    std::optional<qint64> durationMs; // of the refresh the line belongs to, when it finished
    QString error;                    // a failed refresh's error
    QString message;
};

// A segment's history with refresh durations and errors, filtered by event in SQL.
class HistoryLog
{
    Q_DECLARE_TR_FUNCTIONS(seg::HistoryLog)
public:
    // event: empty = every event. Newest first.
    static Result<QList<HistoryLogRow>> load(const StoreSession &session,
                                             const QString &segmentCode, const QString &event = {},
                                             int limit = 1000);
    // The event codes a filter can offer, in a stable order.
    static QStringList eventCodes();
    // RFC 4180 CSV (UTF-8, header of stable ids), written all-or-nothing.
    static Status writeCsv(const QList<HistoryLogRow> &rows, const QString &path);
};

} // namespace seg

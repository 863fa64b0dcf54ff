#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace seg {

struct StoreSession;

// One scheduled refresh (cron's `refresh --all`) of one segment, as the Schedule dialog lists it.
struct ScheduledRun
{
    qint64 refreshId = 0;
    QString segmentCode;
    QDateTime startedAt;
    std::optional<QDateTime> finishedAt;
    QString status; // running, completed, error, cancelled, interrupted
    qint64 added = 0;
    qint64 removed = 0;
    QString error;
};

// The latest scheduled refreshes of every segment, newest first, from the refresh log that the
// history tab also reads.
Result<QList<ScheduledRun>> loadScheduledRuns(const StoreSession &session, int limit = 20);

} // namespace seg

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace seg {

struct StoreSession;

// A segment's export after refresh: after each successful refresh, its members are written to
// `folder` (format, columns) as <code>-<refresh time, UTC>.<ext>, and the newest `keep` files
// of the segment are kept. Stored per segment in <prefix>segmentor_export_after_refresh.
struct ExportAfterRefresh
{
    QString folder;                         // absolute
    QString format = QStringLiteral("csv"); // csv | xlsx | xml
    QStringList columns;                    // export column ids; empty = all
    int keep = 10;                          // files kept, 1..1000
};

struct ExportAfterRefreshResult
{
    QString path;        // the file written
    qint64 rows = 0;     // members in it
    QStringList removed; // older files deleted to keep the newest `keep`
};

// <code>-<yyyyMMdd-HHmmss>Z.<csv|xlsx|xml> (UTC; the names sort by time).
QString exportAfterRefreshFileName(const QString &segmentCode, const QString &format,
                                   const QDateTime &refreshedAt);

// The segment's settings (none: no export after its refreshes).
Result<std::optional<ExportAfterRefresh>> exportAfterRefreshSettings(StoreSession &session,
                                                                     const QString &segmentCode);
// Sets (checked: absolute folder, format, known columns, keep) or clears (nullopt) them.
Status setExportAfterRefresh(StoreSession &session, const QString &segmentCode,
                             const std::optional<ExportAfterRefresh> &settings);

// The use case "export after refresh" (operations/refreshsegment calls it after every successful
// refresh of a segment that has settings): writes the segment's stored members through
// exportSegmentMembers (all or nothing: a temporary file renamed into place), then deletes the
// segment's older exports in the folder beyond the newest `keep`. Creates the folder if missing.
Result<ExportAfterRefreshResult> exportAfterRefresh(StoreSession &session,
                                                    const QString &segmentCode,
                                                    const ExportAfterRefresh &settings,
                                                    const QDateTime &refreshedAt);

} // namespace seg

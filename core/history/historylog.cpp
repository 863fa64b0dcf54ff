#include "history/historylog.h"

#include "definition/valueparsing.h"
#include "export/csvwriter.h"
#include "repository/segmentrecord.h"
#include "store/sqlrun.h"

#include <QSaveFile>

namespace seg {

QStringList HistoryLog::eventCodes()
{
    return {QStringLiteral("refresh_started"),     QStringLiteral("refresh_finished"),
            QStringLiteral("refresh_failed"),      QStringLiteral("refresh_cancelled"),
            QStringLiteral("refresh_interrupted"), QStringLiteral("customers_added"),
            QStringLiteral("customers_removed"),   QStringLiteral("group_changed"),
            QStringLiteral("member_excluded"),     QStringLiteral("member_included"),
            QStringLiteral("override_reset")};
}

Result<QList<HistoryLogRow>> HistoryLog::load(const StoreSession &session, const QString &code,
                                              const QString &event, int limit)
{
    const StoreConnection &home = *session.storage.connection;
    const QString p = session.storage.tablePrefix;
    auto id =
        runSql(home.database(),
               QStringLiteral("SELECT segment_id FROM %1segmentor_segment WHERE code = ?").arg(p),
               {code}, tr("cannot read the segment %1").arg(code));
    if (!id) return id.error();
    if (!id.value().next())
        return Error{{}, tr("no segment with the code \"%1\"").arg(code), ErrorCode::NotFound};
    QVariantList params{id.value().value(0)};
    QString where = QStringLiteral("h.segment_id = ?");
    if (!event.isEmpty()) {
        where += QStringLiteral(" AND h.event = ?");
        params << event;
    }
    params << qMax(1, limit);
    auto q = runSql(home.database(),
                    QStringLiteral("SELECT h.created_at, h.event, h.trigger_kind, h.amount, "
                                   "h.message, r.started_at, r.finished_at, r.error, r.status "
                                   "FROM %1segmentor_history h LEFT JOIN %1segmentor_refresh r ON "
                                   "r.refresh_id = h.refresh_id "
                                   "WHERE %2 ORDER BY h.created_at DESC, h.history_id DESC LIMIT ?")
                        .arg(p, where),
                    params, tr("cannot read the history of %1").arg(code));
    if (!q) return q.error();
    QList<HistoryLogRow> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        HistoryLogRow row;
        row.at = parseStoredTimestamp(r.value(0)).value_or(QDateTime());
        row.event = r.value(1).toString();
        row.action = historyEventLabel(row.event);
        row.trigger = r.value(2).toString();
        if (!r.value(3).isNull()) row.amount = r.value(3).toLongLong();
        row.message = r.value(4).toString();
        const std::optional<QDateTime> started = parseStoredTimestamp(r.value(5));
        const std::optional<QDateTime> finished = parseStoredTimestamp(r.value(6));
        const bool ends = row.event == QLatin1String("refresh_finished") ||
                          row.event == QLatin1String("refresh_failed") ||
                          row.event == QLatin1String("refresh_cancelled");
        if (ends && started && finished && started->isValid() && finished->isValid())
            row.durationMs = started->msecsTo(*finished);
        if (row.event == QLatin1String("refresh_failed"))
            row.error = r.value(7).isNull() ? row.message : r.value(7).toString();
        out << row;
    }
    return out;
}

Status HistoryLog::writeCsv(const QList<HistoryLogRow> &rows, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{{}, tr("cannot write %1: %2").arg(path, file.errorString()), ErrorCode::Io};
    using T = ExportColumnType;
    const QList<ExportColumn> columns = {
        {QStringLiteral("time"), tr("Time"), T::DateTime},
        {QStringLiteral("event"), tr("Event"), T::Text},
        {QStringLiteral("action"), tr("Action"), T::Text},
        {QStringLiteral("trigger"), tr("Trigger"), T::Text},
        {QStringLiteral("rows"), tr("Rows"), T::Integer},
        {QStringLiteral("duration_ms"), tr("Duration (ms)"), T::Integer},
        {QStringLiteral("error"), tr("Error"), T::Text},
        {QStringLiteral("message"), tr("Message"), T::Text}};
    CsvExportWriter writer(&file);
    if (Status st = writer.begin(columns); !st) return st;
    for (const HistoryLogRow &r : rows) {
        const QVariantList values{r.at,
                                  r.event,
                                  r.action,
                                  r.trigger,
                                  r.amount ? QVariant(*r.amount) : QVariant(),
                                  r.durationMs ? QVariant(*r.durationMs) : QVariant(),
                                  r.error,
                                  r.message};
        if (Status st = writer.row(values); !st) return st;
    }
    if (Status st = writer.finish(); !st) return st;
    if (!file.commit())
        return Error{{}, tr("cannot write %1: %2").arg(path, file.errorString()), ErrorCode::Io};
    return success();
}

} // namespace seg

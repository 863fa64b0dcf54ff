#include "operations/exportafterrefresh.h"

#include "export/exportcolumns.h"
#include "net/integrationtables.h"
#include "operations/exportmembers.h"
#include "repository/segmentrecord.h"
#include "session/storesession.h"
#include "store/sqlrun.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace seg {

namespace {

std::optional<ExportFormat> formatOf(const QString &name)
{
    if (name == QLatin1String("csv")) return ExportFormat::Csv;
    if (name == QLatin1String("xlsx")) return ExportFormat::Xlsx;
    if (name == QLatin1String("xml")) return ExportFormat::SpreadsheetXml;
    return std::nullopt;
}

Status check(const ExportAfterRefresh &s)
{
    if (!formatOf(s.format))
        return Error{
            QStringLiteral("format"),
            QStringLiteral("unknown export format \"%1\" (csv, xlsx or xml)").arg(s.format),
            ErrorCode::InvalidArgument};
    if (s.folder.trimmed().isEmpty() || QDir::isRelativePath(s.folder))
        return Error{QStringLiteral("folder"),
                     QStringLiteral("the export folder must be an absolute path"),
                     ErrorCode::InvalidArgument};
    if (s.keep < 1 || s.keep > 1000)
        return Error{QStringLiteral("keep"),
                     QStringLiteral("the number of files kept must be between 1 and 1000"),
                     ErrorCode::InvalidArgument};
    if (!s.columns.isEmpty())
        if (Result<QList<ExportColumn>> columns = ExportColumns::select(s.columns); !columns)
            return Error{QStringLiteral("columns"), columns.error().message,
                         ErrorCode::InvalidArgument};
    return success();
}

} // namespace

QString exportAfterRefreshFileName(const QString &segmentCode, const QString &format,
                                   const QDateTime &refreshedAt)
{
    return QStringLiteral("%1-%2Z.%3")
        .arg(segmentCode, refreshedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")), format);
}

Result<std::optional<ExportAfterRefresh>> exportAfterRefreshSettings(StoreSession &session,
                                                                     const QString &segmentCode)
{
    const StoreConnection &storage = *session.storage.connection;
    const QString prefix = session.storage.tablePrefix;
    if (auto st = IntegrationTables::ensure(storage, prefix); !st) return st.error();
    auto q = runSql(storage.database(),
                    QStringLiteral("SELECT folder, format, columns, keep_files FROM "
                                   "%1segmentor_export_after_refresh WHERE segment_code = ?")
                        .arg(prefix),
                    {segmentCode}, QStringLiteral("cannot read the export after refresh"));
    if (!q) return q.error();
    if (!q.value().next()) return std::optional<ExportAfterRefresh>();
    ExportAfterRefresh s;
    s.folder = q.value().value(0).toString();
    s.format = q.value().value(1).toString();
    s.columns = q.value().value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.keep = q.value().value(3).toInt();
    return std::optional<ExportAfterRefresh>(s);
}

Status setExportAfterRefresh(StoreSession &session, const QString &segmentCode,
                             const std::optional<ExportAfterRefresh> &settings)
{
    if (settings)
        if (Status st = check(*settings); !st) return st;
    Result<std::optional<SegmentRecord>> record = session.segments->find(segmentCode);
    if (!record) return record.error();
    if (!*record)
        return Error{{}, QStringLiteral("no segment \"%1\"").arg(segmentCode), ErrorCode::NotFound};
    const StoreConnection &storage = *session.storage.connection;
    const QString prefix = session.storage.tablePrefix;
    if (auto st = IntegrationTables::ensure(storage, prefix); !st) return st.error();
    QSqlDatabase db = storage.database();
    if (!db.transaction())
        return Error{
            {}, QStringLiteral("cannot save the export after refresh"), ErrorCode::Database};
    auto del =
        runSql(db,
               QStringLiteral("DELETE FROM %1segmentor_export_after_refresh WHERE segment_code = ?")
                   .arg(prefix),
               {segmentCode}, QStringLiteral("cannot save the export after refresh"));
    if (!del) {
        db.rollback();
        return del.error();
    }
    if (settings) {
        auto ins = runSql(db,
                          QStringLiteral("INSERT INTO %1segmentor_export_after_refresh "
                                         "(segment_code, folder, format, columns, keep_files, "
                                         "updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                              .arg(prefix),
                          {segmentCode, settings->folder, settings->format,
                           settings->columns.join(QLatin1Char(',')), settings->keep,
                           storageTimestamp(QDateTime::currentDateTimeUtc())},
                          QStringLiteral("cannot save the export after refresh"));
        if (!ins) {
            db.rollback();
            return ins.error();
        }
    }
    if (!db.commit())
        return Error{
            {}, QStringLiteral("cannot save the export after refresh"), ErrorCode::Database};
    return success();
}

Result<ExportAfterRefreshResult> exportAfterRefresh(StoreSession &session,
                                                    const QString &segmentCode,
                                                    const ExportAfterRefresh &settings,
                                                    const QDateTime &refreshedAt)
{
    if (Status st = check(settings); !st) return st.error();
    QDir folder(settings.folder);
    if (!folder.exists() && !QDir().mkpath(settings.folder))
        return Error{settings.folder,
                     QStringLiteral("cannot create the export folder %1").arg(settings.folder),
                     ErrorCode::Io};

    ExportOptions options;
    options.format = *formatOf(settings.format);
    options.columns = settings.columns;
    options.path =
        folder.filePath(exportAfterRefreshFileName(segmentCode, settings.format, refreshedAt));
    ExportSelection selection;
    selection.segmentCode = segmentCode;
    Result<ExportSummary> written = exportSegmentMembers(session, selection, options);
    if (!written) return written.error();

    ExportAfterRefreshResult result;
    result.path = written->path.isEmpty() ? options.path : written->path;
    result.rows = written->rows;
    // The segment's exports in the folder, any format, newest first (the names sort by time).
    const QRegularExpression ours(QStringLiteral("^%1-\\d{8}-\\d{6}Z\\.(csv|xlsx|xml)$")
                                      .arg(QRegularExpression::escape(segmentCode)));
    QStringList files;
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name | QDir::Reversed))
        if (ours.match(name).hasMatch()) files << name;
    for (qsizetype i = settings.keep; i < files.size(); ++i)
        if (folder.remove(files.at(i))) result.removed << folder.filePath(files.at(i));
    return result;
}

} // namespace seg

#pragma once

#include "common/result.h"
#include "export/exportcolumns.h"
#include "export/memberexportquery.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace seg {

enum class ExportFormat { Csv, Xlsx, SpreadsheetXml };

// "csv", "xlsx", "xml" (also from a file name's suffix); nullopt when unknown.
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QString exportFormatName(ExportFormat format);

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    QStringList columns;                 // column ids; empty = all; `member` always comes first
    QString path;                        // the file to write (replaced only on success)
    bool bom = false;                    // CSV: UTF-8 byte order mark (Excel)
    QChar delimiter = QLatin1Char(',');  // CSV: ',' or ';'
    bool neutralizeFormulas = true;      // CSV: OWASP formula neutralisation of text cells
    qint64 rowsPerSheet = 1048575;       // XLSX / XML: data rows per sheet before a new one
};

struct ExportSummary
{
    qint64 rows = 0; // members written
    QString path;
    QList<ExportColumn> columns;
};

// Streams a member source to a file: ONE forward-only query, rows written as they arrive,
// the file replaced all-or-nothing (QSaveFile; XLSX: a temporary file renamed into place),
// so a failure or a cancel leaves no partial file and an existing file untouched.
//
// progress(rowsDone) is called every 1000 rows and with the final count (once); returning false cancels
// (Error "cancelled"). Errors name the path ("cannot write /x/y.csv: No space left on device").
//
// Memory is constant on SQLite and PostgreSQL (forward-only results); Qt's MySQL driver
// always buffers a whole result on the client, so on MySQL/MariaDB the driver holds the
// result set while the export streams it.
class MemberExporter
{
    Q_DECLARE_TR_FUNCTIONS(seg::MemberExporter)
public:
    static constexpr qint64 kProgressEvery = 1000;

    static Result<ExportSummary> exportMembers(const StoreConnection &connection, const StoreSchema &schema, const MemberSource &source,
                                               const ExportOptions &options,
                                               const std::function<bool(qint64 rowsDone)> &progress = {});
};

inline Result<ExportSummary> exportMembers(const StoreConnection &connection, const StoreSchema &schema, const MemberSource &source,
                                           const ExportOptions &options, const std::function<bool(qint64 rowsDone)> &progress = {})
{
    return MemberExporter::exportMembers(connection, schema, source, options, progress);
}

} // namespace seg

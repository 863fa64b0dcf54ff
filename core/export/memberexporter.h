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

enum class ExportFormat
{
    Csv,
    Xlsx,
    SpreadsheetXml
};

// "csv", "xlsx", "xml" (also from a file name's suffix); nullopt when unknown.
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QString exportFormatName(ExportFormat format);

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    QStringList columns;                // column ids; empty = all; `member` always comes first
    QString path;                       // the file to write (replaced only on success)
    bool bom = false;                   // CSV: UTF-8 byte order mark (Excel)
    QChar delimiter = QLatin1Char(','); // CSV: ',' or ';'
    bool neutralizeFormulas = true;     // CSV: OWASP formula neutralisation of text cells
    qint64 rowsPerSheet = 1048575;      // XLSX / XML: data rows per sheet before a new one
    // MySQL/MariaDB: members per export statement (keyset pages, see MemberExporter);
    // 0 or less: the whole export in one statement (the driver then buffers all of it).
    qint64 pageSize = 10000;
};

struct ExportSummary
{
    qint64 rows = 0; // members written
    QString path;
    QList<ExportColumn> columns;
};

// Streams a member source to a file: forward-only queries, rows written as they arrive,
// the file replaced all-or-nothing (QSaveFile; XLSX: a temporary file renamed into place),
// so a failure or a cancel leaves no partial file and an existing file untouched.
//
// progress(rowsDone) is called every 1000 rows and with the final count (once); returning false
// cancels (Error "cancelled"). Errors name the path ("cannot write /x/y.csv: No space left on
// device").
//
// Memory is constant: SQLite steps the sqlite3 statement, PostgreSQL's QPSQL fetches a
// forward-only result in single-row mode. Qt's MySQL driver always buffers a whole result
// on the client, so on MySQL/MariaDB the exporter pages by keyset: it stages the source's
// distinct members once, numbered in export order (registered by id, then guests by key in
// code-point order), in a temporary table of the session (segmentor_export_page), and runs
// the export statement for each run of options.pageSize numbers, inside one transaction
// WITH CONSISTENT SNAPSHOT so every page sees the same data. The rows and their order are
// those of the single statement (pageSize <= 0).
class MemberExporter
{
    Q_DECLARE_TR_FUNCTIONS(seg::MemberExporter)
public:
    static constexpr qint64 kProgressEvery = 1000;

    static Result<ExportSummary>
    exportMembers(const StoreConnection &connection, const StoreSchema &schema,
                  const MemberSource &source, const ExportOptions &options,
                  const std::function<bool(qint64 rowsDone)> &progress = {});
};

inline Result<ExportSummary>
exportMembers(const StoreConnection &connection, const StoreSchema &schema,
              const MemberSource &source, const ExportOptions &options,
              const std::function<bool(qint64 rowsDone)> &progress = {})
{
    return MemberExporter::exportMembers(connection, schema, source, options, progress);
}

} // namespace seg

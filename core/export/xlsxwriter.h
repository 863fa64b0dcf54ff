#pragma once

#include "export/exportwriter.h"

#include <QByteArray>
#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace seg {

// XLSX through libxlsxwriter in constant_memory mode: typed cells (numbers are numbers,
// datetimes Excel dates with a date format), a bold header row of column labels, the first
// row frozen, an autofilter over the data and column widths from the data. Past
// `rowsPerSheet` data rows the export continues on a new sheet with its own header.
//
// It writes `path` directly (libxlsxwriter opens it at finish()); the exporter gives it a
// temporary name and renames the result into place. Destroying an unfinished writer frees
// the workbook without writing anything.
class XlsxExportWriter : public ExportWriter
{
public:
    static constexpr qint64 kMaxRowsPerSheet = 1048575; // Excel's 1,048,576 rows minus the header

    // tmpDir: where libxlsxwriter keeps its row data until finish() (empty = the system's).
    explicit XlsxExportWriter(QString path, qint64 rowsPerSheet = kMaxRowsPerSheet,
                              QString tmpDir = {});
    ~XlsxExportWriter() override;

    XlsxExportWriter(const XlsxExportWriter &) = delete;
    XlsxExportWriter &operator=(const XlsxExportWriter &) = delete;

    Status begin(const QList<ExportColumn> &columns) override;
    Status row(const QVariantList &values) override;
    Status finish() override;

    int sheetCount() const { return m_sheets; }

private:
    Status startSheet();
    Status finishSheet();

    QString m_path;
    qint64 m_rowsPerSheet;
    QString m_tmpDir;
    QByteArray m_pathBytes, m_tmpDirBytes;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr, *m_dateTime = nullptr, *m_money = nullptr;
    QList<ExportColumn> m_columns;
    QList<int> m_widths;   // widest cell of the current sheet, in characters
    qint64 m_sheetRow = 0; // data rows on the current sheet
    int m_sheets = 0;
};

} // namespace seg

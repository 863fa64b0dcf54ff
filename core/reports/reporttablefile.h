#pragma once

#include "common/result.h"
#include "export/exportcolumns.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

namespace seg {

// A dashboard table as a file: typed columns and their rows, written as CSV (UTF-8 with a
// BOM so Excel reads it, formula-like cells neutralised by the CSV writer) or as an Excel
// workbook. CSV goes through QSaveFile; XLSX is written beside the target and renamed into
// place, so a failed export never leaves half a file under the user's name.
struct ReportTable
{
    QList<ExportColumn> columns;
    QList<QVariantList> rows; // one value per column (money as text with 4 decimals)
};

enum class ReportFileFormat
{
    Csv,
    Xlsx
};

class ReportTableFile
{
    Q_DECLARE_TR_FUNCTIONS(seg::ReportTableFile)
public:
    static Status write(const ReportTable &table, ReportFileFormat format, const QString &path);
    // A money or rate cell: rounded to 4 decimals, as text (the writers keep it a number).
    static QVariant money(double value);
};

} // namespace seg

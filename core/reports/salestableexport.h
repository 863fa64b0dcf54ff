#pragma once

#include "common/result.h"
#include "reports/salesreport.h"

#include <QCoreApplication>
#include <QString>

namespace seg {

// The dashboard's statistics table as a file: one row per segment and a last row for all
// customers of the store, with the columns of the table (ids as in `report sales`, plus
// customers_pct and customers_ordered). CSV goes through QSaveFile; XLSX is written to a
// temporary file beside the target and renamed into place.
class SalesTableExport
{
    Q_DECLARE_TR_FUNCTIONS(seg::SalesTableExport)
public:
    enum class Format
    {
        Csv,
        Xlsx
    };
    static Status write(const SalesReportResult &report, Format format, const QString &path);
    // The label of the store row.
    static QString allCustomersLabel();
};

} // namespace seg

#pragma once

#include "export/exportwriter.h"

#include <QIODevice>
#include <QXmlStreamWriter>

#include <memory>

namespace seg {

// Excel 2003 XML Spreadsheet (SpreadsheetML), streamed with QXmlStreamWriter: a Workbook of
// Worksheets holding a Table of Rows of Cells with Data of ss:Type String, Number or
// DateTime. A bold header row of column labels, the first row frozen, an autofilter over the
// data; past `rowsPerSheet` data rows a new worksheet starts with its own header.
class SpreadsheetXmlWriter : public ExportWriter
{
public:
    static constexpr qint64 kMaxRowsPerSheet = 1048575;

    explicit SpreadsheetXmlWriter(QIODevice *device, qint64 rowsPerSheet = kMaxRowsPerSheet);
    ~SpreadsheetXmlWriter() override;

    Status begin(const QList<ExportColumn> &columns) override;
    Status row(const QVariantList &values) override;
    Status finish() override;

private:
    void startSheet();
    void finishSheet();
    Status check() const;

    QIODevice *m_device;
    qint64 m_rowsPerSheet;
    std::unique_ptr<QXmlStreamWriter> m_xml;
    QList<ExportColumn> m_columns;
    qint64 m_sheetRow = 0;
    int m_sheets = 0;
    bool m_inSheet = false;
};

} // namespace seg

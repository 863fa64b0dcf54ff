#include "export/xmlwriter.h"

#include <QDateTime>

#include <algorithm>

namespace seg {

namespace {
const QString kSpreadsheetNs = QStringLiteral("urn:schemas-microsoft-com:office:spreadsheet");
const QString kExcelNs = QStringLiteral("urn:schemas-microsoft-com:office:excel");
const QString kOfficeNs = QStringLiteral("urn:schemas-microsoft-com:office:office");
} // namespace

SpreadsheetXmlWriter::SpreadsheetXmlWriter(QIODevice *device, qint64 rowsPerSheet)
    : m_device(device), m_rowsPerSheet(std::clamp<qint64>(rowsPerSheet, 1, kMaxRowsPerSheet))
{
}

SpreadsheetXmlWriter::~SpreadsheetXmlWriter() = default;

Status SpreadsheetXmlWriter::check() const
{
    if (m_xml && m_xml->hasError())
        return Error{{},
                     m_device->errorString().isEmpty() ? QStringLiteral("write failed")
                                                       : m_device->errorString(),
                     ErrorCode::Io};
    return success();
}

Status SpreadsheetXmlWriter::begin(const QList<ExportColumn> &columns)
{
    m_columns = columns;
    m_xml = std::make_unique<QXmlStreamWriter>(m_device);
    QXmlStreamWriter &x = *m_xml;
    x.setAutoFormatting(false);
    x.writeStartDocument(QStringLiteral("1.0"));
    x.writeCharacters(QStringLiteral("\n"));
    x.writeProcessingInstruction(QStringLiteral("mso-application"),
                                 QStringLiteral("progid=\"Excel.Sheet\""));
    x.writeCharacters(QStringLiteral("\n"));
    // Qualified names are written as Excel writes them (ss:Type, x:Range).
    x.writeStartElement(QStringLiteral("Workbook"));
    x.writeAttribute(QStringLiteral("xmlns"), kSpreadsheetNs);
    x.writeAttribute(QStringLiteral("xmlns:o"), kOfficeNs);
    x.writeAttribute(QStringLiteral("xmlns:x"), kExcelNs);
    x.writeAttribute(QStringLiteral("xmlns:ss"), kSpreadsheetNs);
    x.writeAttribute(QStringLiteral("xmlns:html"),
                     QStringLiteral("http://www.w3.org/TR/REC-html40"));

    x.writeStartElement(QStringLiteral("Styles"));
    x.writeStartElement(QStringLiteral("Style"));
    x.writeAttribute(QStringLiteral("ss:ID"), QStringLiteral("Default"));
    x.writeAttribute(QStringLiteral("ss:Name"), QStringLiteral("Normal"));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("Style"));
    x.writeAttribute(QStringLiteral("ss:ID"), QStringLiteral("header"));
    x.writeEmptyElement(QStringLiteral("Font"));
    x.writeAttribute(QStringLiteral("ss:Bold"), QStringLiteral("1"));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("Style"));
    x.writeAttribute(QStringLiteral("ss:ID"), QStringLiteral("datetime"));
    x.writeEmptyElement(QStringLiteral("NumberFormat"));
    x.writeAttribute(QStringLiteral("ss:Format"), QStringLiteral("yyyy\\-mm\\-dd\\ hh:mm:ss"));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("Style"));
    x.writeAttribute(QStringLiteral("ss:ID"), QStringLiteral("money"));
    x.writeEmptyElement(QStringLiteral("NumberFormat"));
    x.writeAttribute(QStringLiteral("ss:Format"), QStringLiteral("#,##0.00"));
    x.writeEndElement();
    x.writeEndElement(); // Styles

    startSheet();
    return check();
}

void SpreadsheetXmlWriter::startSheet()
{
    QXmlStreamWriter &x = *m_xml;
    ++m_sheets;
    m_sheetRow = 0;
    m_inSheet = true;
    x.writeStartElement(QStringLiteral("Worksheet"));
    x.writeAttribute(QStringLiteral("ss:Name"), m_sheets == 1
                                                    ? QStringLiteral("Members")
                                                    : QStringLiteral("Members %1").arg(m_sheets));
    x.writeStartElement(QStringLiteral("Table"));
    x.writeStartElement(QStringLiteral("Row"));
    for (const ExportColumn &c : m_columns) {
        x.writeStartElement(QStringLiteral("Cell"));
        x.writeAttribute(QStringLiteral("ss:StyleID"), QStringLiteral("header"));
        x.writeStartElement(QStringLiteral("Data"));
        x.writeAttribute(QStringLiteral("ss:Type"), QStringLiteral("String"));
        x.writeCharacters(xmlSafeText(c.label));
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeEndElement(); // Row
}

void SpreadsheetXmlWriter::finishSheet()
{
    if (!m_inSheet) return;
    QXmlStreamWriter &x = *m_xml;
    x.writeEndElement(); // Table
    x.writeStartElement(QStringLiteral("WorksheetOptions"));
    x.writeDefaultNamespace(kExcelNs);
    x.writeEmptyElement(QStringLiteral("FreezePanes"));
    x.writeEmptyElement(QStringLiteral("FrozenNoSplit"));
    x.writeTextElement(QStringLiteral("SplitHorizontal"), QStringLiteral("1"));
    x.writeTextElement(QStringLiteral("TopRowBottomPane"), QStringLiteral("1"));
    x.writeTextElement(QStringLiteral("ActivePane"), QStringLiteral("2"));
    x.writeEndElement(); // WorksheetOptions
    x.writeEmptyElement(QStringLiteral("AutoFilter"));
    x.writeAttribute(QStringLiteral("x:Range"), QStringLiteral("R1C1:R%1C%2")
                                                    .arg(m_sheetRow + 1)
                                                    .arg(std::max<qsizetype>(m_columns.size(), 1)));
    x.writeDefaultNamespace(kExcelNs);
    x.writeEndElement(); // Worksheet
    m_inSheet = false;
}

Status SpreadsheetXmlWriter::row(const QVariantList &values)
{
    if (!m_xml)
        return Error{{}, QStringLiteral("the XML writer was not started"), ErrorCode::Internal};
    if (m_sheetRow >= m_rowsPerSheet) {
        finishSheet();
        startSheet();
    }
    QXmlStreamWriter &x = *m_xml;
    x.writeStartElement(QStringLiteral("Row"));
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QVariant v = i < values.size() ? values[i] : QVariant();
        if (v.isNull() || !v.isValid()) {
            x.writeEmptyElement(QStringLiteral("Cell"));
            continue;
        }
        x.writeStartElement(QStringLiteral("Cell"));
        QString type, text;
        switch (m_columns[i].type) {
        case ExportColumnType::Integer:
            type = QStringLiteral("Number");
            text = QString::number(v.toLongLong());
            break;
        case ExportColumnType::Money:
            x.writeAttribute(QStringLiteral("ss:StyleID"), QStringLiteral("money"));
            type = QStringLiteral("Number");
            text = v.toString();
            break;
        case ExportColumnType::DateTime:
            x.writeAttribute(QStringLiteral("ss:StyleID"), QStringLiteral("datetime"));
            type = QStringLiteral("DateTime");
            text = v.toDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
            break;
        case ExportColumnType::Text:
            type = QStringLiteral("String");
            text = xmlSafeText(v.toString());
            break;
        }
        x.writeStartElement(QStringLiteral("Data"));
        x.writeAttribute(QStringLiteral("ss:Type"), type);
        x.writeCharacters(text);
        x.writeEndElement(); // Data
        x.writeEndElement(); // Cell
    }
    x.writeEndElement(); // Row
    ++m_sheetRow;
    return check();
}

Status SpreadsheetXmlWriter::finish()
{
    if (!m_xml)
        return Error{{}, QStringLiteral("the XML writer was not started"), ErrorCode::Internal};
    finishSheet();
    m_xml->writeEndElement(); // Workbook
    m_xml->writeEndDocument();
    return check();
}

} // namespace seg

#include "exporttestsupport.h"

#include "export/exportcolumns.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using seg::ExportColumn;
using seg::ExportColumns;

namespace exporttest {

namespace {

QString python()
{
    return QFile::exists("/usr/bin/python3") ? QStringLiteral("/usr/bin/python3")
                                             : QStringLiteral("python3");
}

} // namespace

QList<ExportColumn> columnsOf(const QStringList &ids)
{
    auto columns = ExportColumns::select(ids);
    EXPECT_TRUE(columns.ok()) << (columns.ok() ? "" : columns.error().toString().toStdString());
    return columns.ok() ? *columns : QList<ExportColumn>{};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return "<missing>";
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// The workbook as openpyxl sees it, or an empty object (and `why`) when it cannot be read.
QJsonObject readXlsx(const QString &path, QString &why)
{
    static const char *script = R"PY(
import datetime, json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            cells.append({"type": type(v).__name__, "value": v.isoformat() if isinstance(v, datetime.datetime) else v, "format": c.number_format})
        rows.append(cells)
    out["sheets"].append({
        "name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
        "bold": [bool(c.font.b) for c in ws[1]],
        "widths": {k: d.width for k, d in ws.column_dimensions.items()},
        "rows": rows})
print(json.dumps(out))
)PY";
    QProcess p;
    p.start(python(), {"-c", QString::fromUtf8(script), path});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        why = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

bool openpyxlAvailable()
{
    QProcess p;
    p.start(python(), {"-c", "import openpyxl"});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QList<XmlSheet> parseSpreadsheetMl(const QByteArray &xml, QString &processingInstruction,
                                   QString &error)
{
    const QString ss = QStringLiteral("urn:schemas-microsoft-com:office:spreadsheet");
    const QString x = QStringLiteral("urn:schemas-microsoft-com:office:excel");
    QXmlStreamReader r(xml);
    QList<XmlSheet> sheets;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isProcessingInstruction() &&
            r.processingInstructionTarget() == QLatin1String("mso-application"))
            processingInstruction = r.processingInstructionData().toString();
        if (!r.isStartElement()) continue;
        if (r.name() == QLatin1String("Workbook") && r.namespaceUri() != ss)
            error = QStringLiteral("Workbook not in the spreadsheet namespace");
        if (r.name() == QLatin1String("Worksheet")) {
            sheets.append(XmlSheet{});
            sheets.last().name = r.attributes().value(ss, QStringLiteral("Name")).toString();
        } else if (r.name() == QLatin1String("Row")) {
            sheets.last().rows.append(QList<XmlCell>{});
        } else if (r.name() == QLatin1String("Cell")) {
            sheets.last().rows.last().append(
                XmlCell{{}, {}, r.attributes().value(ss, QStringLiteral("StyleID")).toString()});
        } else if (r.name() == QLatin1String("Data")) {
            XmlCell &cell = sheets.last().rows.last().last();
            cell.type = r.attributes().value(ss, QStringLiteral("Type")).toString();
            cell.text = r.readElementText();
        } else if (r.name() == QLatin1String("FreezePanes") && r.namespaceUri() == x) {
            sheets.last().frozen = true;
        } else if (r.name() == QLatin1String("AutoFilter") && r.namespaceUri() == x) {
            sheets.last().autoFilter = r.attributes().value(x, QStringLiteral("Range")).toString();
        }
    }
    if (r.hasError()) error = r.errorString();
    return sheets;
}

} // namespace exporttest

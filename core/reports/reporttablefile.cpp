#include "reports/reporttablefile.h"

#include "export/csvwriter.h"
#include "export/xlsxwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>

namespace seg {

namespace {

Status writeAll(ExportWriter &writer, const ReportTable &table)
{
    if (Status s = writer.begin(table.columns); !s) return s;
    for (const QVariantList &row : table.rows)
        if (Status s = writer.row(row); !s) return s;
    return writer.finish();
}

} // namespace

QVariant ReportTableFile::money(double value)
{
    return QString::number(std::round(value * 10000.0) / 10000.0, 'f', 4);
}

Status ReportTableFile::write(const ReportTable &table, ReportFileFormat format,
                              const QString &path)
{
    if (format == ReportFileFormat::Csv) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{
                {}, tr("cannot write %1: %2").arg(path, file.errorString()), ErrorCode::Io};
        CsvOptions options;
        options.bom = true; // Excel opens it as UTF-8
        CsvExportWriter writer(&file, options);
        if (Status s = writeAll(writer, table); !s) {
            file.cancelWriting();
            return s;
        }
        if (!file.commit())
            return Error{
                {}, tr("cannot write %1: %2").arg(path, file.errorString()), ErrorCode::Io};
        return success();
    }
    const QFileInfo target(path);
    const QString temporary =
        target.dir().filePath(QStringLiteral(".%1.partial").arg(target.fileName()));
    {
        XlsxExportWriter writer(temporary);
        if (Status s = writeAll(writer, table); !s) {
            QFile::remove(temporary);
            return s;
        }
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error{{}, tr("cannot write %1").arg(path), ErrorCode::Io};
    }
    return success();
}

} // namespace seg

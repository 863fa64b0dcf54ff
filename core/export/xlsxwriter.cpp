#include "export/xlsxwriter.h"

// Angle brackets: "xlsxwriter.h" would find this directory's own header first.
#include <xlsxwriter.h>

#include <QDateTime>

#include <algorithm>

namespace seg {

namespace {

constexpr int kMaxWidth = 60;
constexpr qsizetype kMaxCellChars = 32767; // Excel's limit for one cell

Error lxwError(const char *what, lxw_error error)
{
    return Error{{},
                 QStringLiteral("%1: %2").arg(QString::fromLatin1(what),
                                              QString::fromUtf8(lxw_strerror(error))),
                 ErrorCode::Io};
}

QString cellText(const QString &text)
{
    QString out = xmlSafeText(text);
    if (out.size() > kMaxCellChars) {
        out.truncate(kMaxCellChars);
        if (out.back().isHighSurrogate()) out.chop(1);
    }
    return out;
}

} // namespace

XlsxExportWriter::XlsxExportWriter(QString path, qint64 rowsPerSheet, QString tmpDir)
    : m_path(std::move(path)),
      m_rowsPerSheet(std::clamp<qint64>(rowsPerSheet, 1, kMaxRowsPerSheet)),
      m_tmpDir(std::move(tmpDir))
{
}

XlsxExportWriter::~XlsxExportWriter()
{
    if (m_workbook) lxw_workbook_free(m_workbook); // never closed: nothing is written
}

Status XlsxExportWriter::begin(const QList<ExportColumn> &columns)
{
    if (m_workbook)
        return Error{
            {}, QStringLiteral("the XLSX writer was already started"), ErrorCode::Internal};
    m_columns = columns;
    m_pathBytes = m_path.toLocal8Bit();
    m_tmpDirBytes = m_tmpDir.toLocal8Bit();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpDir.isEmpty() ? nullptr : m_tmpDirBytes.data();
    options.use_zip64 = LXW_FALSE;
    m_workbook = workbook_new_opt(m_pathBytes.constData(), &options);
    if (!m_workbook)
        return Error{{}, QStringLiteral("cannot create the XLSX workbook"), ErrorCode::Io};

    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
    m_money = workbook_add_format(m_workbook);
    format_set_num_format(m_money, "#,##0.00");
    return startSheet();
}

Status XlsxExportWriter::startSheet()
{
    ++m_sheets;
    const QByteArray name =
        (m_sheets == 1 ? QStringLiteral("Members") : QStringLiteral("Members %1").arg(m_sheets))
            .toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, name.constData());
    if (!m_sheet)
        return Error{{},
                     QStringLiteral("cannot add worksheet %1").arg(QString::fromUtf8(name)),
                     ErrorCode::Io};
    m_sheetRow = 0;
    m_widths.clear();
    for (lxw_col_t c = 0; c < lxw_col_t(m_columns.size()); ++c) {
        const QByteArray label = cellText(m_columns[c].label).toUtf8();
        if (const lxw_error e = worksheet_write_string(m_sheet, 0, c, label.constData(), m_header);
            e != LXW_NO_ERROR)
            return lxwError("header", e);
        m_widths << int(m_columns[c].label.size()) + 3; // room for the filter button
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    return success();
}

Status XlsxExportWriter::finishSheet()
{
    if (!m_sheet) return success();
    const lxw_col_t lastCol = lxw_col_t(std::max<qsizetype>(m_columns.size(), 1) - 1);
    if (const lxw_error e = worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_sheetRow), lastCol);
        e != LXW_NO_ERROR)
        return lxwError("autofilter", e);
    for (lxw_col_t c = 0; c < lxw_col_t(m_columns.size()); ++c)
        if (const lxw_error e =
                worksheet_set_column(m_sheet, c, c, std::min(m_widths[c], kMaxWidth) + 1, nullptr);
            e != LXW_NO_ERROR)
            return lxwError("column width", e);
    m_sheet = nullptr;
    return success();
}

Status XlsxExportWriter::row(const QVariantList &values)
{
    if (!m_workbook)
        return Error{{}, QStringLiteral("the XLSX writer was not started"), ErrorCode::Internal};
    if (m_sheetRow >= m_rowsPerSheet) {
        if (Status st = finishSheet(); !st) return st;
        if (Status st = startSheet(); !st) return st;
    }
    const lxw_row_t r = lxw_row_t(m_sheetRow + 1);
    for (lxw_col_t c = 0; c < lxw_col_t(m_columns.size()); ++c) {
        if (qsizetype(c) >= values.size()) break;
        const QVariant &v = values[c];
        if (v.isNull() || !v.isValid())
            continue; // constant_memory: an empty cell is simply not written
        lxw_error e = LXW_NO_ERROR;
        int width = 0;
        switch (m_columns[c].type) {
        case ExportColumnType::Integer: {
            const qint64 n = v.toLongLong();
            e = worksheet_write_number(m_sheet, r, c, double(n), nullptr);
            width = int(QString::number(n).size());
            break;
        }
        case ExportColumnType::Money: {
            const QString text = v.toString();
            e = worksheet_write_number(m_sheet, r, c, text.toDouble(), m_money);
            width = int(text.size()) - 1;
            break;
        }
        case ExportColumnType::DateTime: {
            const QDateTime dt = v.toDateTime();
            const QDate d = dt.date();
            const QTime t = dt.time();
            if (d.year() >= 1900 && d.year() <= 9999) {
                lxw_datetime x{d.year(), d.month(),  d.day(),
                               t.hour(), t.minute(), t.second() + t.msec() / 1000.0};
                e = worksheet_write_datetime(m_sheet, r, c, &x, m_dateTime);
            } else { // Excel has no such date: keep the text
                const QByteArray text = dt.toString(Qt::ISODate).toUtf8();
                e = worksheet_write_string(m_sheet, r, c, text.constData(), nullptr);
            }
            width = 19;
            break;
        }
        case ExportColumnType::Text: {
            const QString text = cellText(v.toString());
            const QByteArray utf8 = text.toUtf8();
            e = worksheet_write_string(m_sheet, r, c, utf8.constData(), nullptr);
            width = int(text.size());
            break;
        }
        }
        if (e != LXW_NO_ERROR) return lxwError("cell", e);
        if (width > m_widths[c]) m_widths[c] = width;
    }
    ++m_sheetRow;
    return success();
}

Status XlsxExportWriter::finish()
{
    if (!m_workbook)
        return Error{{}, QStringLiteral("the XLSX writer was not started"), ErrorCode::Internal};
    if (Status st = finishSheet(); !st) return st;
    lxw_workbook *workbook = m_workbook;
    m_workbook = nullptr; // workbook_close() frees it, whatever happens
    if (const lxw_error e = workbook_close(workbook); e != LXW_NO_ERROR)
        return lxwError("writing the workbook", e);
    return success();
}

} // namespace seg

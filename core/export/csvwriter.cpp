#include "export/csvwriter.h"

#include <QDateTime>

namespace seg {

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    int n = 0;
    quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0) out += '-';
    while (n)
        out += digits[--n];
}

void appendTwo(QByteArray &out, int v)
{
    out += char('0' + v / 10);
    out += char('0' + v % 10);
}

// "YYYY-MM-DD HH:MM:SS" without going through QDateTime::toString (a million times).
void appendDateTime(QByteArray &out, const QDateTime &dt)
{
    const QDate d = dt.date();
    const QTime t = dt.time();
    const int y = d.year();
    if (y < 0 || y > 9999) {
        out += dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8();
        return;
    }
    appendTwo(out, y / 100);
    appendTwo(out, y % 100);
    out += '-';
    appendTwo(out, d.month());
    out += '-';
    appendTwo(out, d.day());
    out += ' ';
    appendTwo(out, t.hour());
    out += ':';
    appendTwo(out, t.minute());
    out += ':';
    appendTwo(out, t.second());
}

void appendQuotedIfNeeded(QByteArray &out, const QByteArray &field, char delimiter)
{
    bool quote = false;
    for (const char c : field)
        if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty()) return false;
    const char16_t c = text.front().unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

void appendCsvCell(QByteArray &out, ExportColumnType type, const QVariant &value,
                   const CsvOptions &options, char delimiter)
{
    if (value.isNull() || !value.isValid()) return;
    switch (type) {
    case ExportColumnType::Integer:
        appendNumber(out, value.toLongLong());
        return;
    case ExportColumnType::Money:
        out += value.toString().toLatin1(); // canonical "-12.3400": a number, never neutralised
        return;
    case ExportColumnType::DateTime:
        appendDateTime(out, value.toDateTime());
        return;
    case ExportColumnType::Text: {
        const QString text = value.toString();
        QByteArray field;
        if (options.neutralizeFormulas && startsLikeFormula(text))
            field = "'" + text.toUtf8();
        else
            field = text.toUtf8();
        appendQuotedIfNeeded(out, field, delimiter);
        return;
    }
    }
}

} // namespace

CsvExportWriter::CsvExportWriter(QIODevice *device, CsvOptions options)
    : m_device(device), m_options(options),
      m_delimiter(options.delimiter == QLatin1Char(';') ? ';' : ',')
{
}

Status CsvExportWriter::begin(const QList<ExportColumn> &columns)
{
    if (m_options.delimiter != QLatin1Char(',') && m_options.delimiter != QLatin1Char(';'))
        return Error{QStringLiteral("delimiter"),
                     QStringLiteral("the CSV delimiter must be ',' or ';', not '%1'")
                         .arg(m_options.delimiter),
                     ErrorCode::InvalidArgument};
    m_types.clear();
    m_buffer.reserve(kFlushBytes + 4096);
    if (m_options.bom) m_buffer += "\xEF\xBB\xBF";
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0) m_buffer += m_delimiter;
        appendQuotedIfNeeded(m_buffer, columns[i].id.toUtf8(), m_delimiter);
        m_types << columns[i].type;
    }
    m_buffer += "\r\n";
    return flush(false);
}

Status CsvExportWriter::row(const QVariantList &values)
{
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        if (i > 0) m_buffer += m_delimiter;
        if (i < values.size())
            appendCsvCell(m_buffer, m_types[i], values[i], m_options, m_delimiter);
    }
    m_buffer += "\r\n";
    return flush(false);
}

Status CsvExportWriter::finish()
{
    return flush(true);
}

QByteArray CsvExportWriter::cell(ExportColumnType type, const QVariant &value) const
{
    QByteArray out;
    appendCsvCell(out, type, value, m_options, m_delimiter);
    return out;
}

Status CsvExportWriter::flush(bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < kFlushBytes)) return success();
    const qint64 written = m_device->write(m_buffer);
    if (written != m_buffer.size())
        return Error{{},
                     m_device->errorString().isEmpty() ? QStringLiteral("write failed")
                                                       : m_device->errorString(),
                     ErrorCode::Io};
    m_buffer.resize(0); // keeps the capacity
    return success();
}

} // namespace seg

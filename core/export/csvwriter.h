#pragma once

#include "export/exportwriter.h"

#include <QByteArray>
#include <QChar>
#include <QIODevice>

namespace seg {

struct CsvOptions
{
    QChar delimiter = QLatin1Char(','); // ',' or ';'
    bool bom = false;                   // a UTF-8 byte order mark, for Excel
    bool neutralizeFormulas = true;     // OWASP: text starting with = + - @ TAB CR gets a leading '
};

// RFC 4180 CSV in UTF-8: CRLF line ends, a header row of column ids (stable for scripts),
// fields quoted when they contain the delimiter, a quote, CR or LF (quotes doubled).
// Numbers are plain numbers (never neutralised); datetimes are "YYYY-MM-DD HH:MM:SS" (UTC);
// money keeps its 4 decimals.
class CsvExportWriter : public ExportWriter
{
public:
    CsvExportWriter(QIODevice *device, CsvOptions options = {});

    Status begin(const QList<ExportColumn> &columns) override;
    Status row(const QVariantList &values) override;
    Status finish() override;

    // One cell as it is written (without the delimiter), for tests and previews.
    QByteArray cell(ExportColumnType type, const QVariant &value) const;

private:
    void appendText(const QString &text);
    void appendCell(ExportColumnType type, const QVariant &value);
    Status flush(bool force);

    QIODevice *m_device;
    CsvOptions m_options;
    char m_delimiter;
    QList<ExportColumnType> m_types;
    QByteArray m_buffer;
};

} // namespace seg

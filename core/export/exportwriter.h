#pragma once

#include "common/result.h"
#include "export/exportcolumns.h"

#include <QList>
#include <QVariantList>

namespace seg {

// One output format. The exporter calls begin() once, row() per member with the canonical
// values of exportValue() (null = empty cell), then finish(). Writers stream: memory does not
// grow with the number of rows. Making the file appear all-or-nothing is the exporter's job.
class ExportWriter
{
public:
    virtual ~ExportWriter() = default;
    virtual Status begin(const QList<ExportColumn> &columns) = 0;
    virtual Status row(const QVariantList &values) = 0;
    virtual Status finish() = 0;
};

// Characters XML 1.0 cannot carry (controls other than TAB/LF/CR, U+FFFE/U+FFFF, lone
// surrogates) are dropped from text cells of the XML-based formats.
QString xmlSafeText(const QString &text);

} // namespace seg

#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace seg {

// How an export column's values are typed in the output (numbers stay numbers in XLSX and
// SpreadsheetML, datetimes become spreadsheet dates, CSV never neutralises numbers).
enum class ExportColumnType
{
    Text,
    Integer,
    Money,
    DateTime
};

struct ExportColumn
{
    QString id;    // stable: CSV header, command line, saved settings
    QString label; // translated, for spreadsheets and the application
    ExportColumnType type = ExportColumnType::Text;

    friend bool operator==(const ExportColumn &a, const ExportColumn &b) { return a.id == b.id; }
};

// The columns a member export can have. `member` (the member key: the customer id for
// registered customers, the lower-cased email for guests) is always the first column.
class ExportColumns
{
    Q_DECLARE_TR_FUNCTIONS(seg::ExportColumns)
public:
    static QString memberId() { return QStringLiteral("member"); }

    // Every column, in the default order.
    static const QList<ExportColumn> &all();
    static std::optional<ExportColumn> find(const QString &id);

    // The columns of an export: `ids` in the caller's order (empty = all), `member` moved or
    // added first, duplicates dropped. Unknown ids are one error naming all of them.
    static Result<QList<ExportColumn>> select(const QStringList &ids);

    // The address column behind a billing column (billing_country -> country_id, ...,
    // telephone); empty for the other columns.
    static QString billingAddressColumn(const QString &id);
};

// Canonical cell values, whatever the driver returned, so every writer sees the same types:
//   Text     -> QString (MySQL's binary guest keys decoded as UTF-8)
//   Integer  -> qint64
//   Money    -> QString with exactly 4 decimals ("150.0000"); SQLite's doubles are rounded
//   DateTime -> QDateTime in UTC (Magento stores UTC)
// A null or empty-invalid value becomes a null QVariant (an empty cell).
QVariant exportValue(ExportColumnType type, const QVariant &raw);

// "12.5" -> "12.5000", "-3" -> "-3.0000", "1.23456" -> "1.2346" (half away from zero).
// Returns an empty string when `text` is not a decimal number.
QString normalizeMoneyText(const QString &text);

} // namespace seg

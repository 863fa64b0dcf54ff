#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace seg {

// A date or datetime value from a definition. A date-only value against a datetime
// attribute means the whole calendar day (in the store time zone).
struct TimeValue
{
    bool dateOnly = false;
    QDate date;        // dateOnly
    QDateTime instant; // !dateOnly, in UTC
};

std::optional<QDate> parseDateValue(const QJsonValue &value);
std::optional<TimeValue>
parseTimeValue(const QJsonValue &value); // date or ISO 8601 datetime (UTC if no offset)

// Days in milliseconds, rounded the same way everywhere so SQL bounds and the evaluator agree.
qint64 daysToMs(double days);

// The timestamp text format Magento stores (UTC): "YYYY-MM-DD HH:MM:SS[.zzz]".
QString formatTimestamp(const QDateTime &utc);
// Parses what a driver returns for a timestamp column (QDateTime or text), as UTC.
std::optional<QDateTime> parseStoredTimestamp(const QVariant &value);
std::optional<QDate> parseStoredDate(const QVariant &value);

} // namespace seg

#include "definition/valueparsing.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QVariant>

#include <cmath>

namespace seg {

std::optional<QDate> parseDateValue(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!value.isString() || !pattern.match(value.toString()).hasMatch()) return std::nullopt;
    const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
    if (!d.isValid()) return std::nullopt;
    return d;
}

std::optional<TimeValue> parseTimeValue(const QJsonValue &value)
{
    if (auto d = parseDateValue(value)) return TimeValue{true, *d, {}};
    if (!value.isString()) return std::nullopt;
    QString text = value.toString().trimmed();
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (!pattern.match(text).hasMatch()) return std::nullopt;
    text.replace(10, 1, QLatin1Char('T'));
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime) // no offset given: UTC, as the spec says
        dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return TimeValue{false, {}, dt.toUTC()};
}

qint64 daysToMs(double days)
{
    return std::llround(days * 86400000.0);
}

QString formatTimestamp(const QDateTime &utc)
{
    const QDateTime t = utc.toUTC();
    if (t.time().msec() == 0) return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

std::optional<QDateTime> parseStoredTimestamp(const QVariant &value)
{
    if (value.isNull() || !value.isValid()) return std::nullopt;
    if (value.metaType().id() == QMetaType::QDateTime) {
        QDateTime dt = value.toDateTime();
        // Drivers hand back naive timestamps; the session is UTC, so they are UTC.
        return QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    }
    QString text = value.toString().trimmed();
    if (text.isEmpty() || text.startsWith(QLatin1String("0000"))) return std::nullopt;
    if (text.size() >= 11 && text.at(10) == QLatin1Char(' ')) text[10] = QLatin1Char('T');
    if (text.size() == 10) text += QStringLiteral("T00:00:00");
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime) dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return dt.toUTC();
}

std::optional<QDate> parseStoredDate(const QVariant &value)
{
    if (value.isNull() || !value.isValid()) return std::nullopt;
    if (value.metaType().id() == QMetaType::QDate) return value.toDate();
    if (value.metaType().id() == QMetaType::QDateTime) return value.toDateTime().date();
    const QDate d = QDate::fromString(value.toString().left(10), Qt::ISODate);
    if (!d.isValid()) return std::nullopt;
    return d;
}

} // namespace seg

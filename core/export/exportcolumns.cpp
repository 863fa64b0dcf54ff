#include "export/exportcolumns.h"

#include <QHash>

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace seg {

const QList<ExportColumn> &ExportColumns::all()
{
    using T = ExportColumnType;
    static const QList<ExportColumn> columns = {
        {QStringLiteral("member"), tr("Member"), T::Text},
        {QStringLiteral("customer_id"), tr("Customer ID"), T::Integer},
        {QStringLiteral("email"), tr("Email"), T::Text},
        {QStringLiteral("firstname"), tr("First name"), T::Text},
        {QStringLiteral("lastname"), tr("Last name"), T::Text},
        {QStringLiteral("group"), tr("Customer group"), T::Text},
        {QStringLiteral("website"), tr("Website"), T::Text},
        {QStringLiteral("created_at"), tr("Registered at"), T::DateTime},
        {QStringLiteral("billing_country"), tr("Billing country"), T::Text},
        {QStringLiteral("billing_region"), tr("Billing region"), T::Text},
        {QStringLiteral("billing_city"), tr("Billing city"), T::Text},
        {QStringLiteral("billing_postcode"), tr("Billing postcode"), T::Text},
        {QStringLiteral("telephone"), tr("Telephone"), T::Text},
        {QStringLiteral("orders"), tr("Orders"), T::Integer},
        {QStringLiteral("lifetime_sales"), tr("Lifetime sales"), T::Money},
        {QStringLiteral("last_order_at"), tr("Last order at"), T::DateTime},
    };
    return columns;
}

std::optional<ExportColumn> ExportColumns::find(const QString &id)
{
    for (const ExportColumn &c : all())
        if (c.id == id) return c;
    return std::nullopt;
}

Result<QList<ExportColumn>> ExportColumns::select(const QStringList &ids)
{
    if (ids.isEmpty()) return all();
    QList<ExportColumn> out{*find(memberId())};
    QSet<QString> seen{memberId()};
    QStringList unknown;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        const std::optional<ExportColumn> column = find(id);
        if (!column) {
            if (!unknown.contains(raw)) unknown << raw;
            continue;
        }
        if (seen.contains(id)) continue;
        seen.insert(id);
        out << *column;
    }
    if (!unknown.isEmpty()) {
        QStringList quoted;
        for (const QString &u : unknown)
            quoted << QLatin1Char('"') + u + QLatin1Char('"');
        QStringList known;
        for (const ExportColumn &c : all())
            known << c.id;
        return Error{QStringLiteral("columns"),
                     (unknown.size() == 1 ? tr("unknown export column %1 (known: %2)")
                                          : tr("unknown export columns %1 (known: %2)"))
                         .arg(quoted.join(QStringLiteral(", ")), known.join(QStringLiteral(", "))),
                     ErrorCode::InvalidArgument};
    }
    return out;
}

QString normalizeMoneyText(const QString &input)
{
    const QString text = input.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == QLatin1Char('-') || text[i] == QLatin1Char('+'))) {
        negative = text[i] == QLatin1Char('-');
        ++i;
    }
    QString whole, fraction;
    while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128)
        whole += text[i++];
    if (i < text.size() && text[i] == QLatin1Char('.')) {
        ++i;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128)
            fraction += text[i++];
    }
    if (i != text.size() || (whole.isEmpty() && fraction.isEmpty())) return {};
    if (whole.isEmpty()) whole = QStringLiteral("0");

    // Digits as one integer string scaled by 10^4, rounded half away from zero.
    QString digits = whole + (fraction + QStringLiteral("0000")).left(4);
    if (fraction.size() > 4 && fraction[4].unicode() >= '5') {
        int k = int(digits.size()) - 1;
        while (k >= 0) {
            if (digits[k] == QLatin1Char('9')) {
                digits[k] = QLatin1Char('0');
                --k;
            } else {
                digits[k] = QChar(digits[k].unicode() + 1);
                break;
            }
        }
        if (k < 0) digits.prepend(QLatin1Char('1'));
    }
    qsizetype lead = 0;
    while (lead < digits.size() - 5 && digits[lead] == QLatin1Char('0'))
        ++lead;
    digits = digits.mid(lead);
    const bool zero =
        std::all_of(digits.begin(), digits.end(), [](QChar c) { return c == QLatin1Char('0'); });
    const QString out = digits.left(digits.size() - 4) + QLatin1Char('.') + digits.right(4);
    return negative && !zero ? QLatin1Char('-') + out : out;
}

namespace {

// "YYYY-MM-DD HH:MM:SS" (or with a 'T', optional fraction): SQLite's timestamps. Parsed by
// hand and built in UTC: QDateTime's local-time paths call tzset(), a stat() per value.
QDateTime fastUtcDateTime(const QString &s)
{
    if (s.size() < 19 || s.size() > 29) return {};
    const auto digits = [&](qsizetype at, qsizetype count, int &out) {
        int v = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9') return false;
            v = v * 10 + (c - u'0');
        }
        out = v;
        return true;
    };
    int y, mo, d, h, mi, sec, ms = 0;
    if (!digits(0, 4, y) || s[4] != QLatin1Char('-') || !digits(5, 2, mo) ||
        s[7] != QLatin1Char('-') || !digits(8, 2, d) ||
        (s[10] != QLatin1Char(' ') && s[10] != QLatin1Char('T')) || !digits(11, 2, h) ||
        s[13] != QLatin1Char(':') || !digits(14, 2, mi) || s[16] != QLatin1Char(':') ||
        !digits(17, 2, sec))
        return {};
    qsizetype i = 19;
    if (i < s.size() && s[i] == QLatin1Char('.')) {
        int scale = 100;
        for (++i; i < s.size() && s[i].isDigit(); ++i, scale /= 10)
            ms += scale * (s[i].unicode() - u'0');
    }
    if (i < s.size() && s[i] == QLatin1Char('Z')) ++i;
    if (i != s.size()) return {};
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec, ms);
    if (!date.isValid() || !time.isValid()) return {};
    return QDateTime(date, time, Qt::UTC);
}

QDateTime utcDateTime(const QVariant &raw)
{
    if (raw.metaType().id() == QMetaType::QString) {
        const QDateTime fast = fastUtcDateTime(raw.toString());
        if (fast.isValid()) return fast;
    }
    if (raw.metaType().id() == QMetaType::QDateTime) {
        // The drivers hand back the stored wall time (sessions run in UTC); keep it as UTC.
        const QDateTime dt = raw.toDateTime();
        if (!dt.isValid()) return {};
        if (dt.timeSpec() == Qt::UTC) return dt;
        if (dt.timeSpec() == Qt::OffsetFromUTC || dt.timeSpec() == Qt::TimeZone) return dt.toUTC();
        return QDateTime(dt.date(), dt.time(), Qt::UTC);
    }
    if (raw.metaType().id() == QMetaType::QDate) {
        const QDate d = raw.toDate();
        return d.isValid() ? QDateTime(d, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    QString text = raw.metaType().id() == QMetaType::QByteArray
                       ? QString::fromUtf8(raw.toByteArray())
                       : raw.toString();
    text = text.trimmed();
    if (text.isEmpty()) return {};
    // SQLite: "2026-10-01 12:00:00" (sometimes with fractions or a 'T').
    text.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid()) return {};
    if (dt.timeSpec() == Qt::LocalTime) return QDateTime(dt.date(), dt.time(), Qt::UTC);
    return dt.toUTC();
}

} // namespace

QVariant exportValue(ExportColumnType type, const QVariant &raw)
{
    if (raw.isNull() || !raw.isValid()) return {};
    switch (type) {
    case ExportColumnType::Text:
        if (raw.metaType().id() == QMetaType::QByteArray)
            return QString::fromUtf8(raw.toByteArray()); // MySQL's binary guest keys
        return raw.toString();
    case ExportColumnType::Integer: {
        bool ok = false;
        const qint64 v = raw.toLongLong(&ok);
        if (ok) return v;
        const double d = raw.toDouble(&ok);
        return ok ? QVariant(qint64(std::llround(d))) : QVariant();
    }
    case ExportColumnType::Money: {
        const int id = raw.metaType().id();
        if (id == QMetaType::Double || id == QMetaType::Float) {
            const double d = raw.toDouble();
            if (!std::isfinite(d)) return {};
            return normalizeMoneyText(QString::number(d, 'f', 6));
        }
        if (id == QMetaType::Int || id == QMetaType::LongLong || id == QMetaType::UInt ||
            id == QMetaType::ULongLong)
            return normalizeMoneyText(raw.toString());
        const QString text = normalizeMoneyText(
            id == QMetaType::QByteArray ? QString::fromUtf8(raw.toByteArray()) : raw.toString());
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case ExportColumnType::DateTime: {
        const QDateTime dt = utcDateTime(raw);
        return dt.isValid() ? QVariant(dt) : QVariant();
    }
    }
    return {};
}

QString ExportColumns::billingAddressColumn(const QString &id)
{
    static const QHash<QString, QString> billing = {
        {QStringLiteral("billing_country"), QStringLiteral("country_id")},
        {QStringLiteral("billing_region"), QStringLiteral("region")},
        {QStringLiteral("billing_city"), QStringLiteral("city")},
        {QStringLiteral("billing_postcode"), QStringLiteral("postcode")},
        {QStringLiteral("telephone"), QStringLiteral("telephone")}};
    return billing.value(id);
}

} // namespace seg

#include "engine/comparisoncompiler.h"

#include "definition/valueparsing.h"
#include "store/storeconnection.h"

#include <QJsonArray>

#include <cmath>

namespace seg {

bool missingPasses(const QString &op)
{
    return op == QLatin1String("is_empty") || ConditionCatalog::isNegativeOperator(op);
}

bool holdsForNumber(double x, const AttributeSpec &spec, const Comparison &c)
{
    const QString &op = c.op;
    if (op == QLatin1String("is_empty")) return false;
    if (op == QLatin1String("is_not_empty")) return true;
    auto number = [&](const QJsonValue &v) -> double {
        if (spec.kind == ValueKind::Enum) return spec.storedEnumValue(v.toString()).value_or(-1);
        if (spec.kind == ValueKind::Bool) return v.toBool() ? 1 : 0;
        return v.toDouble();
    };
    if (op == QLatin1String("in") || op == QLatin1String("not_in")) {
        bool found = false;
        for (const QJsonValue &v : c.value.toArray())
            found = found || number(v) == x;
        return found != (op == QLatin1String("not_in"));
    }
    if (op == QLatin1String("between")) {
        const QJsonArray r = c.value.toArray();
        return x >= number(r.at(0)) && x <= number(r.at(1));
    }
    const double v = number(c.value);
    if (op == QLatin1String("==")) return x == v;
    if (op == QLatin1String("!=")) return x != v;
    if (op == QLatin1String(">")) return x > v;
    if (op == QLatin1String(">=")) return x >= v;
    if (op == QLatin1String("<")) return x < v;
    if (op == QLatin1String("<=")) return x <= v;
    return false;
}

namespace {

const QString kIsEmpty = QStringLiteral("is_empty");
const QString kIsNotEmpty = QStringLiteral("is_not_empty");

// Wraps a test on a non-missing value so that the whole is never NULL:
// positive operators fail on a missing value, negative ones pass.
BoolSql onValue(const ValueExpr &x, const QString &op, const BoolSql &test)
{
    if (!x.nullable) return test;
    const BoolSql isNull = BoolSql::of(x.sql + SqlText(QStringLiteral(" IS NULL")));
    const BoolSql notNull = BoolSql::of(x.sql + SqlText(QStringLiteral(" IS NOT NULL")));
    if (missingPasses(op)) return sqlOr({isNull, test});
    return sqlAnd({notNull, test});
}

BoolSql emptiness(const ValueExpr &x, const QString &op, const SqlDialect *dialect)
{
    // Strings also count "" as empty; other kinds only a missing value.
    BoolSql empty =
        x.nullable ? BoolSql::of(x.sql + SqlText(QStringLiteral(" IS NULL"))) : BoolSql::of(false);
    if (dialect)
        empty =
            sqlOr({empty, BoolSql::of(SqlText(dialect->isEmptyString(x.sql.sql), x.sql.params))});
    return op == kIsEmpty ? empty : sqlNot(empty);
}

SqlText cmp(const SqlText &lhs, const QString &op, const QVariant &value,
            const QString &placeholder = QStringLiteral("?"))
{
    return lhs + SqlText(QStringLiteral(" %1 %2").arg(op, placeholder), {value});
}

SqlText inList(const SqlText &lhs, const QVariantList &values, bool negate,
               const QString &placeholder = QStringLiteral("?"))
{
    QStringList marks;
    for (qsizetype i = 0; i < values.size(); ++i)
        marks << placeholder;
    const QString form = negate ? QStringLiteral(" NOT IN (%1)") : QStringLiteral(" IN (%1)");
    return lhs + SqlText(form.arg(marks.join(QStringLiteral(", "))), values);
}

QVariant numberParam(const QJsonValue &v, bool integer)
{
    if (integer) return QVariant::fromValue(qint64(std::llround(v.toDouble())));
    return QVariant(v.toDouble());
}

// The positive form of a negative operator: != -> ==, not_in -> in, ...
QString positiveOf(const QString &op)
{
    if (op == QLatin1String("!=")) return QStringLiteral("==");
    if (op == QLatin1String("not_in")) return QStringLiteral("in");
    if (op == QLatin1String("not_contains")) return QStringLiteral("contains");
    if (op == QLatin1String("not_within_last_days")) return QStringLiteral("within_last_days");
    return op;
}

// ---- integer-valued attributes (age, days until birthday) --------------------------------

constexpr qint64 kNegInf = -(qint64(1) << 40);
constexpr qint64 kPosInf = qint64(1) << 40;

struct IntRange
{
    qint64 lo;
    qint64 hi;
};

// The integers x for which "x <positive op> value" holds.
QList<IntRange> integerRanges(const QString &op, const QJsonValue &value)
{
    auto point = [](double v) -> QList<IntRange> {
        if (std::floor(v) != v) return {};
        return {{qint64(v), qint64(v)}};
    };
    const double v = value.toDouble();
    if (op == QLatin1String("==")) return point(v);
    if (op == QLatin1String(">")) return {{qint64(std::floor(v)) + 1, kPosInf}};
    if (op == QLatin1String(">=")) return {{qint64(std::ceil(v)), kPosInf}};
    if (op == QLatin1String("<")) return {{kNegInf, qint64(std::ceil(v)) - 1}};
    if (op == QLatin1String("<=")) return {{kNegInf, qint64(std::floor(v))}};
    if (op == QLatin1String("between")) {
        const qint64 lo = qint64(std::ceil(value.toArray().at(0).toDouble()));
        const qint64 hi = qint64(std::floor(value.toArray().at(1).toDouble()));
        if (lo > hi) return {};
        return {{lo, hi}};
    }
    if (op == QLatin1String("in")) {
        QList<IntRange> out;
        for (const QJsonValue &item : value.toArray())
            out += point(item.toDouble());
        return out;
    }
    return {};
}

bool inRanges(qint64 x, const QList<IntRange> &ranges)
{
    for (const IntRange &r : ranges)
        if (x >= r.lo && x <= r.hi) return true;
    return false;
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

BoolSql ComparisonCompiler::compile(const ValueExpr &x, const AttributeSpec &spec,
                                    const Comparison &c) const
{
    if (x.alwaysMissing) return BoolSql::of(missingPasses(c.op));
    switch (spec.derivation) {
    case Derivation::DaysSince:
        return daysSince(x, c);
    case Derivation::Age:
        return age(x, c);
    case Derivation::DaysUntilBirthday:
        return daysUntilBirthday(x, c);
    case Derivation::Stored:
        break;
    }
    switch (spec.kind) {
    case ValueKind::String:
        return string(x, c);
    case ValueKind::Number:
        return number(x, c, false);
    case ValueKind::Id:
        return number(x, c, true);
    case ValueKind::Date:
        return date(x, c);
    case ValueKind::DateTime:
        return dateTime(x, c);
    case ValueKind::Bool:
        return boolean(x, c);
    case ValueKind::Enum:
        return enumeration(x, spec, c);
    }
    return BoolSql::of(false);
}

BoolSql ComparisonCompiler::string(const ValueExpr &x, const Comparison &c) const
{
    if (c.op == kIsEmpty || c.op == kIsNotEmpty) return emptiness(x, c.op, &m_dialect);
    const SqlText folded = x.folded ? x.sql : SqlText(m_dialect.fold(x.sql.sql), x.sql.params);
    const QString mark = m_dialect.foldedParam();
    const QString op = positiveOf(c.op);
    const bool negate = op != c.op;
    SqlText test;
    if (op == QLatin1String("in")) {
        QVariantList values;
        for (const QJsonValue &v : c.value.toArray())
            values << foldCase(v.toString());
        test = inList(folded, values, negate, mark);
        return onValue(x, c.op, BoolSql::of(test));
    }
    const QString value = foldCase(c.value.toString());
    if (op == QLatin1String("==")) {
        test = cmp(folded, negate ? QStringLiteral("<>") : QStringLiteral("="), value, mark);
    } else {
        QString pattern = escapeLike(value);
        if (op == QLatin1String("contains"))
            pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        else if (op == QLatin1String("starts_with"))
            pattern += QLatin1Char('%');
        else if (op == QLatin1String("ends_with"))
            pattern = QLatin1Char('%') + pattern;
        test = cmp(folded, negate ? QStringLiteral("NOT LIKE") : QStringLiteral("LIKE"), pattern,
                   mark) +
               SqlText(m_dialect.likeEscape());
    }
    return onValue(x, c.op, BoolSql::of(test));
}

BoolSql ComparisonCompiler::number(const ValueExpr &x, const Comparison &c, bool integer) const
{
    if (c.op == kIsEmpty || c.op == kIsNotEmpty) return emptiness(x, c.op, nullptr);
    const QString &op = c.op;
    SqlText test;
    if (op == QLatin1String("in") || op == QLatin1String("not_in")) {
        QVariantList values;
        for (const QJsonValue &v : c.value.toArray())
            values << numberParam(v, integer);
        test = inList(x.sql, values, op == QLatin1String("not_in"));
    } else if (op == QLatin1String("between")) {
        const QJsonArray range = c.value.toArray();
        test = cmp(x.sql, QStringLiteral(">="), numberParam(range.at(0), integer)) +
               SqlText(QStringLiteral(" AND ")) +
               cmp(x.sql, QStringLiteral("<="), numberParam(range.at(1), integer));
    } else {
        const QString sqlOp = op == QLatin1String("==")   ? QStringLiteral("=")
                              : op == QLatin1String("!=") ? QStringLiteral("<>")
                                                          : op;
        test = cmp(x.sql, sqlOp, numberParam(c.value, integer));
    }
    return onValue(x, op, BoolSql::of(test));
}

BoolSql ComparisonCompiler::date(const ValueExpr &x, const Comparison &c) const
{
    if (c.op == kIsEmpty || c.op == kIsNotEmpty) return emptiness(x, c.op, nullptr);
    // Whole days as half-open ranges [from, until), which also holds for values stored with a time.
    auto range = [&](const QDate &from, const QDate &until) {
        QList<BoolSql> parts;
        if (from.isValid()) parts << BoolSql::of(cmp(x.sql, QStringLiteral(">="), dateText(from)));
        if (until.isValid()) parts << BoolSql::of(cmp(x.sql, QStringLiteral("<"), dateText(until)));
        return sqlAnd(parts);
    };
    const QString op = positiveOf(c.op);
    const bool negate = op != c.op;
    const QDate today = m_time.today();
    BoolSql test;
    if (op == QLatin1String("within_last_days")) {
        test = range(today.addDays(-qint64(std::floor(c.value.toDouble()))), today.addDays(1));
    } else if (op == QLatin1String("days_ago_between")) {
        const QJsonArray r = c.value.toArray();
        test = range(today.addDays(-qint64(std::floor(r.at(1).toDouble()))),
                     today.addDays(-qint64(std::ceil(r.at(0).toDouble())) + 1));
    } else if (op == QLatin1String("between")) {
        const QJsonArray r = c.value.toArray();
        test = range(*parseDateValue(r.at(0)), parseDateValue(r.at(1))->addDays(1));
    } else {
        const QDate d = *parseDateValue(c.value);
        if (op == QLatin1String("=="))
            test = range(d, d.addDays(1));
        else if (op == QLatin1String("<"))
            test = range({}, d);
        else if (op == QLatin1String("<="))
            test = range({}, d.addDays(1));
        else if (op == QLatin1String(">"))
            test = range(d.addDays(1), {});
        else if (op == QLatin1String(">="))
            test = range(d, {});
    }
    return onValue(x, c.op, negate ? sqlNot(test) : test);
}

BoolSql ComparisonCompiler::dateTime(const ValueExpr &x, const Comparison &c) const
{
    if (c.op == kIsEmpty || c.op == kIsNotEmpty) return emptiness(x, c.op, nullptr);
    auto at = [&](const QString &sqlOp, const QDateTime &t) {
        return BoolSql::of(cmp(x.sql, sqlOp, formatTimestamp(t)));
    };
    // The first instant of a value's day, and of the day after (store time zone).
    auto dayOf = [&](const TimeValue &v) { return v.dateOnly ? v.date : m_time.dayOf(v.instant); };
    auto lowerBound = [&](const TimeValue &v) {
        return v.dateOnly ? at(QStringLiteral(">="), m_time.dayStart(v.date))
                          : at(QStringLiteral(">="), v.instant);
    };
    auto upperBound = [&](const TimeValue &v) {
        return v.dateOnly ? at(QStringLiteral("<"), m_time.dayStart(v.date.addDays(1)))
                          : at(QStringLiteral("<="), v.instant);
    };

    const QString op = positiveOf(c.op);
    const bool negate = op != c.op;
    BoolSql test;
    if (op == QLatin1String("within_last_days")) {
        test = sqlAnd({at(QStringLiteral(">="), m_time.minusDays(c.value.toDouble())),
                       at(QStringLiteral("<="), m_time.asOf())});
    } else if (op == QLatin1String("days_ago_between")) {
        const QJsonArray r = c.value.toArray();
        test = sqlAnd({at(QStringLiteral(">="), m_time.minusDays(r.at(1).toDouble())),
                       at(QStringLiteral("<="), m_time.minusDays(r.at(0).toDouble()))});
    } else if (op == QLatin1String("between")) {
        const QJsonArray r = c.value.toArray();
        test = sqlAnd({lowerBound(*parseTimeValue(r.at(0))), upperBound(*parseTimeValue(r.at(1)))});
    } else {
        const TimeValue v = *parseTimeValue(c.value);
        if (op == QLatin1String("==")) {
            const QDate d = dayOf(v); // "==" means the same calendar day
            test = sqlAnd({at(QStringLiteral(">="), m_time.dayStart(d)),
                           at(QStringLiteral("<"), m_time.dayStart(d.addDays(1)))});
        } else if (op == QLatin1String("<")) {
            test = v.dateOnly ? at(QStringLiteral("<"), m_time.dayStart(v.date))
                              : at(QStringLiteral("<"), v.instant);
        } else if (op == QLatin1String("<=")) {
            test = upperBound(v);
        } else if (op == QLatin1String(">")) {
            test = v.dateOnly ? at(QStringLiteral(">="), m_time.dayStart(v.date.addDays(1)))
                              : at(QStringLiteral(">"), v.instant);
        } else if (op == QLatin1String(">=")) {
            test = lowerBound(v);
        }
    }
    return onValue(x, c.op, negate ? sqlNot(test) : test);
}

BoolSql ComparisonCompiler::boolean(const ValueExpr &x, const Comparison &c) const
{
    return onValue(x, c.op,
                   BoolSql::of(cmp(x.sql, QStringLiteral("="),
                                   QVariant::fromValue(qint64(c.value.toBool() ? 1 : 0)))));
}

BoolSql ComparisonCompiler::enumeration(const ValueExpr &x, const AttributeSpec &spec,
                                        const Comparison &c) const
{
    Comparison stored = c;
    if (c.value.isArray()) {
        QJsonArray codes;
        for (const QJsonValue &v : c.value.toArray())
            codes.append(spec.storedEnumValue(v.toString()).value_or(-1));
        stored.value = codes;
    } else {
        stored.value = spec.storedEnumValue(c.value.toString()).value_or(-1);
    }
    return number(x, stored, true);
}

BoolSql ComparisonCompiler::daysSince(const ValueExpr &x, const Comparison &c) const
{
    if (c.op == kIsEmpty || c.op == kIsNotEmpty) return emptiness(x, c.op, nullptr);
    // days(t) = (as-of − t) in days, so "days > v" is "t < as-of − v days": bounds flip.
    auto threshold = [&](const QJsonValue &v) {
        return formatTimestamp(m_time.minusDays(v.toDouble()));
    };
    const QString &op = c.op;
    SqlText test;
    if (op == QLatin1String("in") || op == QLatin1String("not_in")) {
        QVariantList values;
        for (const QJsonValue &v : c.value.toArray())
            values << threshold(v);
        test = inList(x.sql, values, op == QLatin1String("not_in"));
    } else if (op == QLatin1String("between")) {
        const QJsonArray r = c.value.toArray();
        test = cmp(x.sql, QStringLiteral(">="), threshold(r.at(1))) +
               SqlText(QStringLiteral(" AND ")) +
               cmp(x.sql, QStringLiteral("<="), threshold(r.at(0)));
    } else {
        static const QHash<QString, QString> flipped = {{"==", "="},  {"!=", "<>"}, {">", "<"},
                                                        {">=", "<="}, {"<", ">"},   {"<=", ">="}};
        test = cmp(x.sql, flipped.value(op), threshold(c.value));
    }
    return onValue(x, op, BoolSql::of(test));
}

BoolSql ComparisonCompiler::age(const ValueExpr &x, const Comparison &c) const
{
    if (c.op == kIsEmpty || c.op == kIsNotEmpty) return emptiness(x, c.op, nullptr);
    const QString op = positiveOf(c.op);
    const QDate today = m_time.today();
    // age >= k  <=>  dob <= latestBirthDateForAge(k); ages are clamped to what a calendar holds.
    auto clampAge = [](qint64 k) { return int(std::clamp<qint64>(k, -5000, 5000)); };
    QList<BoolSql> alternatives;
    for (const IntRange &r : integerRanges(op, c.value)) {
        QList<BoolSql> bounds;
        if (r.lo != kNegInf)
            bounds << BoolSql::of(
                cmp(x.sql, QStringLiteral("<="),
                    dateText(calendar::latestBirthDateForAge(clampAge(r.lo), today))));
        if (r.hi != kPosInf)
            bounds << BoolSql::of(
                cmp(x.sql, QStringLiteral(">"),
                    dateText(calendar::latestBirthDateForAge(clampAge(r.hi + 1), today))));
        alternatives << sqlAnd(bounds);
    }
    const BoolSql test = sqlOr(alternatives);
    return onValue(x, c.op, op != c.op ? sqlNot(test) : test);
}

BoolSql ComparisonCompiler::daysUntilBirthday(const ValueExpr &x, const Comparison &c) const
{
    if (c.op == kIsEmpty || c.op == kIsNotEmpty) return emptiness(x, c.op, nullptr);
    const QString op = positiveOf(c.op);
    const bool negate = op != c.op;
    const QList<IntRange> ranges = integerRanges(op, c.value);
    const QDate today = m_time.today();
    // Which month-days (of 366, Feb 29 included) have a matching distance to today;
    // consecutive ones become one BETWEEN.
    QList<BoolSql> runs;
    const SqlText md(m_dialect.monthDay(x.sql.sql), x.sql.params);
    int runStart = -1, previous = -1;
    auto closeRun = [&]() {
        if (runStart < 0) return;
        runs << BoolSql::of(runStart == previous ? cmp(md, QStringLiteral("="), runStart)
                                                 : cmp(md, QStringLiteral(">="), runStart) +
                                                       SqlText(QStringLiteral(" AND ")) +
                                                       cmp(md, QStringLiteral("<="), previous));
        runStart = -1;
    };
    for (QDate d(2000, 1, 1); d.year() == 2000; d = d.addDays(1)) { // 2000 is a leap year
        const int code = d.month() * 100 + d.day();
        const bool match = inRanges(calendar::daysUntilBirthday(d, today), ranges) != negate;
        if (match) {
            if (runStart < 0) runStart = code;
            previous = code;
        } else {
            closeRun();
        }
    }
    closeRun();
    return onValue(x, c.op, sqlOr(runs));
}

} // namespace seg

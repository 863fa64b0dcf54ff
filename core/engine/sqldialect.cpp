#include "engine/sqldialect.h"

namespace seg {

QString SqlDialect::fold(const QString &expr) const
{
    switch (m_dialect) {
    case Dialect::Sqlite:
        return QStringLiteral("seg_fold(%1)").arg(expr);
    case Dialect::MySql:
        return QStringLiteral("CAST(LOWER(%1) AS BINARY)").arg(expr);
    case Dialect::PostgreSql:
        if (!m_foldCollation.isEmpty())
            return QStringLiteral("LOWER((%1) COLLATE \"%2\")").arg(expr, m_foldCollation);
        return QStringLiteral("LOWER(%1)").arg(expr);
    }
    return expr;
}

QString SqlDialect::foldedParam() const
{
    return m_dialect == Dialect::MySql ? QStringLiteral("CAST(? AS BINARY)") : QStringLiteral("?");
}

QString SqlDialect::isEmptyString(const QString &expr) const
{
    // Length, not = '': MySQL's PAD SPACE collations would call "  " empty.
    return m_dialect == Dialect::MySql ? QStringLiteral("CHAR_LENGTH(%1) = 0").arg(expr)
                                       : QStringLiteral("LENGTH(%1) = 0").arg(expr);
}

QString SqlDialect::monthDay(const QString &dateExpr) const
{
    switch (m_dialect) {
    case Dialect::Sqlite:
        return QStringLiteral("CAST(strftime('%m%d', %1) AS INTEGER)").arg(dateExpr);
    case Dialect::MySql:
        return QStringLiteral("(MONTH(%1) * 100 + DAYOFMONTH(%1))").arg(dateExpr);
    case Dialect::PostgreSql:
        return QStringLiteral(
                   "CAST(EXTRACT(MONTH FROM %1) * 100 + EXTRACT(DAY FROM %1) AS INTEGER)")
            .arg(dateExpr);
    }
    return {};
}

QString SqlDialect::roundMoney(const QString &sumExpr) const
{
    return m_dialect == Dialect::Sqlite ? QStringLiteral("ROUND(%1, 4)").arg(sumExpr) : sumExpr;
}

QString SqlDialect::materialized() const
{
    return m_dialect == Dialect::MySql ? QString() : QStringLiteral("MATERIALIZED ");
}

QString SqlDialect::typedNull(ValueType type) const
{
    if (m_dialect != Dialect::PostgreSql) return QStringLiteral("NULL");
    switch (type) {
    case ValueType::Text:
        return QStringLiteral("CAST(NULL AS TEXT)");
    case ValueType::Integer:
        return QStringLiteral("CAST(NULL AS BIGINT)");
    case ValueType::Decimal:
        return QStringLiteral("CAST(NULL AS NUMERIC(20,4))");
    case ValueType::Timestamp:
        return QStringLiteral("CAST(NULL AS TIMESTAMP)");
    }
    return QStringLiteral("NULL");
}

QString SqlDialect::zeroDecimal() const
{
    return m_dialect == Dialect::PostgreSql ? QStringLiteral("CAST(0 AS NUMERIC(20,4))")
                                            : QStringLiteral("0.0");
}

QString SqlDialect::castToText(const QString &expr) const
{
    return m_dialect == Dialect::MySql ? QStringLiteral("CAST(%1 AS CHAR)").arg(expr)
                                       : QStringLiteral("CAST(%1 AS TEXT)").arg(expr);
}

QString SqlDialect::codePointOrder(const QString &expr) const
{
    switch (m_dialect) {
    case Dialect::Sqlite:
        return expr; // BINARY is SQLite's default collation
    case Dialect::MySql:
        return QStringLiteral("CAST(%1 AS BINARY)").arg(expr);
    case Dialect::PostgreSql:
        return QStringLiteral("(%1) COLLATE \"C\"").arg(expr);
    }
    return expr;
}

QString escapeLike(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('!') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('!');
        out += c;
    }
    return out;
}

} // namespace seg

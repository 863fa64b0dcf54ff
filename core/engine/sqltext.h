#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

namespace seg {

// A piece of SQL with its positional (?) parameters in text order. Concatenation keeps
// text and parameters aligned, so values are always bound, never spliced.
struct SqlText
{
    QString sql;
    QVariantList params;

    SqlText() = default;
    SqlText(QString text) : sql(std::move(text)) {}
    SqlText(const char *text) : sql(QString::fromUtf8(text)) {}
    SqlText(QString text, QVariantList values) : sql(std::move(text)), params(std::move(values)) {}

    static SqlText param(const QVariant &value) { return SqlText(QStringLiteral("?"), {value}); }

    SqlText &operator+=(const SqlText &other)
    {
        sql += other.sql;
        params += other.params;
        return *this;
    }
    friend SqlText operator+(SqlText a, const SqlText &b) { return a += b; }
    bool isEmpty() const { return sql.isEmpty(); }
};

inline SqlText parenthesize(const SqlText &t)
{
    return SqlText(QStringLiteral("(")) + t + SqlText(QStringLiteral(")"));
}

// Joins pieces with a separator (" AND ", ", ", ...).
inline SqlText joinSql(const QList<SqlText> &parts, const QString &separator)
{
    SqlText out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0) out += SqlText(separator);
        out += parts[i];
    }
    return out;
}

} // namespace seg

#pragma once

#include "engine/sqltext.h"
#include "store/dialect.h"

namespace seg {

// The few places where SQLite, MySQL/MariaDB and PostgreSQL need different SQL text.
class SqlDialect
{
public:
    // foldCollation: PostgreSQL collation lower() must use when the database's own locale
    // folds ASCII only (StoreSchema probes it); empty = the database default.
    explicit SqlDialect(Dialect dialect, QString foldCollation = {})
        : m_dialect(dialect), m_foldCollation(std::move(foldCollation))
    {
    }
    Dialect dialect() const { return m_dialect; }

    // A string folded for comparison. MySQL compares the folded bytes, so its
    // accent-insensitive collations cannot make "Emilie" equal "Émilie".
    QString fold(const QString &expr) const;
    QString foldedParam() const; // the placeholder a pre-folded value is bound to
    QString isEmptyString(const QString &expr) const;
    QString monthDay(const QString &dateExpr) const; // MMDD as an integer
    QString likeEscape() const { return QStringLiteral(" ESCAPE '!'"); }
    QString
    roundMoney(const QString &sumExpr) const; // SQLite sums doubles; round to the 4 decimals stored
    QString materialized() const;             // CTE hint so SQLite/PostgreSQL build it once

    // Value types a column can need a typed NULL or zero of (PostgreSQL types the arms of a
    // UNION; SQLite and MySQL need no cast).
    enum class ValueType
    {
        Text,
        Integer,
        Decimal,
        Timestamp
    };
    QString typedNull(ValueType type) const;
    QString zeroDecimal() const;
    QString castToText(const QString &expr) const; // an integer as text
    // An expression that compares and sorts by code point whatever the column's collation.
    QString codePointOrder(const QString &expr) const;

private:
    Dialect m_dialect;
    QString m_foldCollation;
};

// Escapes % _ and ! for LIKE ... ESCAPE '!'.
QString escapeLike(const QString &value);

} // namespace seg

#pragma once

#include "catalog/conditioncatalog.h"
#include "definition/conditionnode.h"
#include "engine/boolsql.h"
#include "engine/sqldialect.h"
#include "engine/timecontext.h"

namespace seg {

// An attribute's value as SQL in some row context.
struct ValueExpr
{
    SqlText sql;
    bool nullable = true;
    bool alwaysMissing = false; // known missing at compile time (e.g. a guest's date of birth)
    bool folded = false;        // a string already case-folded (a guest's key): not folded again

    static ValueExpr missing() { return ValueExpr{{}, true, true}; }
};

// Whether a missing value passes an operator: only is_empty and the negative ones do.
bool missingPasses(const QString &op);

// Whether "x <op> value" holds for a known number x: the count or sum of no rows (0), a
// status code. Enum values are given by their stored codes, booleans as 0/1.
bool holdsForNumber(double x, const AttributeSpec &spec, const Comparison &test);

// Turns "value <operator> operand" into SQL, for every value kind and operator of the spec:
// missing values, case folding, whole days, relative days, ages and birthdays.
class ComparisonCompiler
{
public:
    ComparisonCompiler(const SqlDialect &dialect, const TimeContext &time)
        : m_dialect(dialect), m_time(time)
    {
    }

    BoolSql compile(const ValueExpr &value, const AttributeSpec &spec,
                    const Comparison &test) const;

private:
    BoolSql string(const ValueExpr &x, const Comparison &c) const;
    BoolSql number(const ValueExpr &x, const Comparison &c, bool integer) const;
    BoolSql date(const ValueExpr &x, const Comparison &c) const;
    BoolSql dateTime(const ValueExpr &x, const Comparison &c) const;
    BoolSql boolean(const ValueExpr &x, const Comparison &c) const;
    BoolSql enumeration(const ValueExpr &x, const AttributeSpec &spec, const Comparison &c) const;
    BoolSql daysSince(const ValueExpr &x, const Comparison &c) const;
    BoolSql age(const ValueExpr &x, const Comparison &c) const;
    BoolSql daysUntilBirthday(const ValueExpr &x, const Comparison &c) const;

    const SqlDialect &m_dialect;
    const TimeContext &m_time;
};

} // namespace seg

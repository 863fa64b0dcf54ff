#pragma once

#include "engine/sqltext.h"

#include <QList>

#include <optional>

namespace seg {

// A compiled condition: SQL that is always TRUE or FALSE (never NULL), or a constant
// when the compiler can decide it (e.g. a guest's date of birth is always missing).
struct BoolSql
{
    SqlText sql;
    std::optional<bool> constant;

    static BoolSql of(bool value) { return BoolSql{{}, value}; }
    static BoolSql of(SqlText sql) { return BoolSql{std::move(sql), std::nullopt}; }
    bool isConstant() const { return constant.has_value(); }

    SqlText toSql() const; // constants become (1=1) / (1=0)
};

BoolSql sqlNot(const BoolSql &a);
BoolSql sqlAnd(const QList<BoolSql> &parts); // empty = TRUE
BoolSql sqlOr(const QList<BoolSql> &parts);  // empty = FALSE

} // namespace seg

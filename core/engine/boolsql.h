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
    // Set when the test is "the guest is in this set", the set's keys (column guest_key) drawn
    // from guest_orders: a guest branch may then start from the set instead of from every
    // guest (BranchCompiler::compileSelect). sqlNot, sqlAnd and sqlOr drop it.
    std::optional<SqlText> guestSet;
    bool guestSetUnique = false; // one row per guest

    static BoolSql of(bool value)
    {
        BoolSql b;
        b.constant = value;
        return b;
    }
    static BoolSql of(SqlText sql)
    {
        BoolSql b;
        b.sql = std::move(sql);
        return b;
    }
    bool isConstant() const { return constant.has_value(); }

    SqlText toSql() const; // constants become (1=1) / (1=0)
};

BoolSql sqlNot(const BoolSql &a);
BoolSql sqlAnd(const QList<BoolSql> &parts); // empty = TRUE
BoolSql sqlOr(const QList<BoolSql> &parts);  // empty = FALSE

} // namespace seg

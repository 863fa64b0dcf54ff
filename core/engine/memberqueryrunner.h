#pragma once

#include "common/result.h"
#include "engine/memberkey.h"
#include "engine/sqlcompiler.h"
#include "store/storeconnection.h"

#include <QList>

namespace seg {

// Runs a compiled member or count query on a connection (the caller's thread).
class MemberQueryRunner
{
public:
    static Result<QList<MemberKey>> members(const StoreConnection &connection,
                                            const CompiledQuery &query);
    static Result<qint64> count(const StoreConnection &connection, const CompiledQuery &query);
};

} // namespace seg

#include "operations/memberfacts.h"

#include "session/storesession.h"

namespace seg {

namespace {
Status inStore(const StoreSession &session)
{
    if (session.storage.inWorkspace())
        return Error{{},
                     QStringLiteral("Segmentor's tables are in a workspace file (this database "
                                    "user may not create tables): the member facts must live "
                                    "in the store, next to its orders"),
                     ErrorCode::InvalidArgument};
    return success();
}
} // namespace

Result<MemberFactsRun> rebuildMemberFacts(const StoreSession &session)
{
    if (Status st = inStore(session); !st) return st.error();
    return MemberFactsRepository(*session.connection, *session.schema).rebuild();
}

Result<MemberFactsRun> syncMemberFacts(const StoreSession &session)
{
    if (Status st = inStore(session); !st) return st.error();
    MemberFactsRepository facts(*session.connection, *session.schema);
    if (!facts.isBuilt())
        return Error{{},
                     QStringLiteral("no member facts yet: run facts rebuild first"),
                     ErrorCode::NotFound};
    return facts.sync();
}

Result<MemberFactsStatus> memberFactsStatus(const StoreSession &session)
{
    if (session.storage.inWorkspace()) return MemberFactsStatus{};
    return MemberFactsRepository(*session.connection, *session.schema).status();
}

} // namespace seg

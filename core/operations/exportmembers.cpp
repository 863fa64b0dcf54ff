#include "operations/exportmembers.h"

#include "engine/sqlcompiler.h"
#include "export/memberexportquery.h"
#include "export/savedmembersource.h"
#include "members/memberpagequery.h"
#include "session/storesession.h"

namespace seg {

namespace {

Result<MemberSource> sourceFor(StoreSession &session, const ExportSelection &selection)
{
    if (selection.keys) return stageMemberKeys(*session.connection, *selection.keys);
    if (selection.preview) {
        const SqlCompiler compiler(*session.schema, session.timeContext(), session.segments.get());
        Result<SqlCompiler::Parts> parts = compiler.compileParts(*selection.preview);
        if (!parts) return parts.error();
        return memberSourceFrom(*parts);
    }
    Result<std::optional<SegmentRecord>> record = session.segments->find(selection.segmentCode);
    if (!record) return record.error();
    if (!record.value())
        return Error{{},
                     QStringLiteral("no segment \"%1\"").arg(selection.segmentCode),
                     ErrorCode::NotFound};
    return savedMembersSource(*session.connection, session.storage, record.value()->id);
}

} // namespace

Result<ExportSummary> exportSegmentMembers(StoreSession &session, const ExportSelection &selection,
                                           const ExportOptions &options,
                                           const std::function<bool(qint64)> &progress)
{
    Result<MemberSource> source = sourceFor(session, selection);
    if (!source) return source.error();
    return exportMembers(*session.connection, *session.schema, *source, options, progress);
}

} // namespace seg

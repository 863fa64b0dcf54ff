#include "members/memberactions.h"

#include "operations/exportmembers.h"
#include "operations/memberoverrides.h"
#include "session/storetask.h"

#include <climits>

using namespace seg;

namespace {

Result<MemberPageSource> openSource(StoreSession &session, const MemberSelection &selection)
{
    return selection.preview ? MemberPageQuery::openPreview(
                                   session, *selection.preview,
                                   selection.previewAsOf.value_or(QDateTime::currentDateTimeUtc()),
                                   selection.previewAsOf.has_value())
                             : MemberPageQuery::openSaved(session, selection.segmentCode);
}

} // namespace

Result<QList<MemberKey>> MemberActions::resolve(StoreSession &session,
                                                const MemberSelection &selection)
{
    if (!selection.all && !selection.knownKeys.isEmpty()) return selection.knownKeys;
    Result<MemberPageSource> source = openSource(session, selection);
    if (!source) return source.error();
    const MemberPageQuery query(session, *source);
    QList<MemberKey> keys;
    QList<QPair<qint64, qint64>> ranges = selection.ranges;
    if (selection.all) {
        Result<qint64> count = query.count(selection.filter);
        if (!count) return count.error();
        ranges = {{0, *count - 1}};
    }
    for (const auto &[first, last] : ranges) {
        if (last < first) continue;
        Result<QList<MemberKey>> part =
            query.keys(selection.filter, selection.sort, first, last - first + 1);
        if (!part) return part.error();
        keys += *part;
    }
    return keys;
}

QFuture<Result<qint64>> MemberActions::setOverride(const MemberSelection &selection,
                                                   std::optional<OverrideKind> kind,
                                                   const QString &reason)
{
    return runStoreTask<qint64>(
        selection.settings,
        [selection, kind, reason](StoreSession &session) -> Result<qint64> {
            Result<QList<MemberKey>> keys = resolve(session, selection);
            if (!keys) return keys.error();
            return setMemberOverrides(session, selection.segmentCode, *keys, kind, reason);
        },
        true);
}

QFuture<Result<ExportSummary>> MemberActions::exportMembers(const MemberSelection &selection,
                                                            const ExportOptions &options)
{
    return runStoreTaskWithProgress<ExportSummary>(
        selection.settings,
        [selection, options](StoreSession &session,
                             QPromise<Result<ExportSummary>> &promise) -> Result<ExportSummary> {
            ExportSelection what;
            what.segmentCode = selection.segmentCode;
            if (selection.all && selection.filter.isEmpty()) {
                what.preview =
                    selection.preview; // everything: the preview's members, else the saved ones
            } else {
                Result<QList<MemberKey>> keys = resolve(session, selection);
                if (!keys) return keys.error();
                promise.setProgressRange(0, int(qMin<qint64>(keys->size(), INT_MAX)));
                what.keys = *keys;
            }
            return exportSegmentMembers(session, what, options, [&promise](qint64 rows) {
                promise.setProgressValue(int(qMin<qint64>(rows, INT_MAX)));
                return !promise.isCanceled();
            });
        });
}

QFuture<Result<QStringList>> MemberActions::emails(const MemberSelection &selection)
{
    return runStoreTask<QStringList>(
        selection.settings, [selection](StoreSession &session) -> Result<QStringList> {
            Result<QList<MemberKey>> keys = resolve(session, selection);
            if (!keys) return keys.error();
            return memberEmails(session, *keys);
        });
}

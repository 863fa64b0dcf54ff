#include "support/segmentoperations.h"

#include "operations/freezesegment.h"
#include "operations/segmentdefinitions.h"
#include "operations/splitsegment.h"
#include "session/storetask.h"

using seg::Result;
using seg::StoreSession;

// Each function runs one core use case (core/operations/segmentdefinitions.h) in a worker.
namespace SegmentOperations {

QString copyCode(const QString &code, const QStringList &taken)
{
    return seg::copyCode(code, taken);
}

QFuture<Result<seg::SegmentRecord>> save(const seg::ConnectionSettings &settings,
                                         const seg::SegmentDefinition &definition,
                                         const QString &replacingCode)
{
    return seg::runStoreTask<seg::SegmentRecord>(
        settings,
        [definition, replacingCode](StoreSession &session) {
            return seg::saveSegment(session, definition, replacingCode);
        },
        true);
}

QFuture<Result<int>> remove(const seg::ConnectionSettings &settings, const QStringList &codes)
{
    return seg::runStoreTask<int>(
        settings, [codes](StoreSession &session) { return seg::deleteSegments(session, codes); },
        true);
}

QFuture<Result<QString>> duplicate(const seg::ConnectionSettings &settings, const QString &code)
{
    return seg::runStoreTask<QString>(
        settings, [code](StoreSession &session) { return seg::duplicateSegment(session, code); },
        true);
}

QFuture<Result<QStringList>> importExamplesIfEmpty(const seg::ConnectionSettings &settings,
                                                   const QStringList &files)
{
    return seg::runStoreTask<QStringList>(
        settings,
        [files](StoreSession &session) { return seg::importExamplesIfEmpty(session, files); },
        true);
}

QFuture<Result<QStringList>> split(const seg::ConnectionSettings &settings, const QString &code,
                                   double percent, const QString &seed)
{
    return seg::runStoreTask<QStringList>(
        settings,
        [code, percent, seed](StoreSession &session) -> Result<QStringList> {
            Result<seg::SplitSegments> r = seg::splitTestControl(session, code, percent, seed);
            if (!r) return r.error();
            return QStringList{r->testCode, r->controlCode};
        },
        true);
}

QFuture<Result<seg::SegmentDefinition>> combine(const seg::ConnectionSettings &settings,
                                                const seg::CombineArgs &args)
{
    return seg::runStoreTask<seg::SegmentDefinition>(
        settings, [args](StoreSession &session) { return seg::combinedDefinition(session, args); });
}

QFuture<Result<qint64>> freeze(const seg::ConnectionSettings &settings, const QString &code)
{
    return seg::runStoreTask<qint64>(
        settings, [code](StoreSession &session) { return seg::freezeSegment(session, code); },
        true);
}

QFuture<Result<bool>> unfreeze(const seg::ConnectionSettings &settings, const QString &code,
                               const QString &mode)
{
    return seg::runStoreTask<bool>(
        settings,
        [code, mode](StoreSession &session) -> Result<bool> {
            if (seg::Status st = seg::unfreezeSegment(session, code, mode); !st) return st.error();
            return true;
        },
        true);
}

QFuture<Result<QStringList>> importFiles(const seg::ConnectionSettings &settings,
                                         const QStringList &files)
{
    return seg::runStoreTask<QStringList>(
        settings,
        [files](StoreSession &session) { return seg::importDefinitionFiles(session, files); },
        true);
}

QFuture<Result<QStringList>> exportDefinitions(const seg::ConnectionSettings &settings,
                                               const QStringList &codes, const QString &target)
{
    return seg::runStoreTask<QStringList>(settings, [codes, target](StoreSession &session) {
        return seg::exportDefinitionFiles(session, codes, target);
    });
}

} // namespace SegmentOperations

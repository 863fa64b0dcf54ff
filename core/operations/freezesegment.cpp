#include "operations/freezesegment.h"

#include "operations/segmentdefinitions.h"
#include "session/storesession.h"

#include <QCoreApplication>

namespace seg {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("SegmentOperations", source);
}

Result<SegmentRecord> findRecord(StoreSession &session, const QString &code)
{
    Result<std::optional<SegmentRecord>> found = session.segments->find(code);
    if (!found) return found.error();
    if (!*found) return Error{code, text("no segment with this code"), ErrorCode::NotFound};
    return **found;
}

} // namespace

Result<qint64> freezeSegment(StoreSession &session, const QString &code)
{
    Result<SegmentRecord> record = findRecord(session, code);
    if (!record) return record.error();
    if (record->definition.refresh == QLatin1String("static"))
        return Error{code, text("the segment is frozen already"), ErrorCode::InvalidArgument};
    if (!record->lastRefreshAt)
        return Error{code,
                     text("the segment has never been refreshed: refresh it first, then freeze "
                          "its members"),
                     ErrorCode::InvalidArgument};
    SegmentDefinition frozen = record->definition;
    frozen.refresh = QStringLiteral("static");
    if (Result<SegmentRecord> saved = saveSegment(session, frozen, code); !saved)
        return saved.error();
    Result<SegmentRecord> after = findRecord(session, code);
    if (!after) return after.error();
    return after->memberCount;
}

Status unfreezeSegment(StoreSession &session, const QString &code, const QString &mode)
{
    if (mode != QLatin1String("auto") && mode != QLatin1String("manual"))
        return Error{QStringLiteral("mode"), text("expected auto or manual, got \"%1\"").arg(mode),
                     ErrorCode::InvalidArgument};
    Result<SegmentRecord> record = findRecord(session, code);
    if (!record) return record.error();
    if (record->definition.refresh != QLatin1String("static"))
        return Error{code, text("the segment is not frozen"), ErrorCode::InvalidArgument};
    SegmentDefinition unfrozen = record->definition;
    unfrozen.refresh = mode;
    if (Result<SegmentRecord> saved = saveSegment(session, unfrozen, code); !saved)
        return saved.error();
    return success();
}

Status followRefreshModeChange(StoreSession &session,
                               const std::optional<SegmentDefinition> &before,
                               const SegmentDefinition &after)
{
    const bool wasStatic = before && before->refresh == QLatin1String("static");
    const bool isStatic = after.refresh == QLatin1String("static");
    if (isStatic && !wasStatic) {
        // From now on an include or exclude edits the stored list itself (the mode is saved).
        Result<qint64> members = session.segments->freezeStoredMembers(after.code);
        return members ? success() : Status(members.error());
    }
    if (wasStatic && !isStatic) {
        Result<SegmentRecord> record = findRecord(session, after.code);
        if (!record) return record.error();
        return session.segments->addHistory(
            record->id, QStringLiteral("segment_unfrozen"), QStringLiteral("manual"), std::nullopt,
            text("refresh mode %1: the next refresh recomputes the members").arg(after.refresh),
            std::nullopt, QDateTime::currentDateTimeUtc());
    }
    return success();
}

} // namespace seg

#pragma once

#include "definition/segmentdefinition.h"
#include "export/memberexporter.h"
#include "members/memberpagequery.h"
#include "repository/segmentrecord.h"
#include "store/connectionsettings.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QPair>

#include <optional>

// Rows of the grid an action applies to: row ranges in the grid's sort and filter (resolved
// to member keys in a worker, so a selection over pages not loaded yet works), or every row.
struct MemberSelection
{
    seg::ConnectionSettings settings;
    QString segmentCode;                           // a saved segment
    std::optional<seg::SegmentDefinition> preview; // or an unsaved definition
    std::optional<QDateTime> previewAsOf;          // the preview's time travel; nullopt = now
    seg::MemberFilter filter;
    seg::MemberSort sort;
    QList<QPair<qint64, qint64>> ranges; // [first, last] rows
    bool all = false;                    // every row of the filter
    QList<seg::MemberKey> knownKeys;     // set when every selected row was loaded: no query needed
};

// The grid's actions, each a job on a pool thread with its own StoreSession.
class MemberActions
{
public:
    static seg::Result<QList<seg::MemberKey>> resolve(seg::StoreSession &session,
                                                      const MemberSelection &selection);

    // kind = nullopt resets the override. The result is the number of members changed.
    static QFuture<seg::Result<qint64>> setOverride(const MemberSelection &selection,
                                                    std::optional<seg::OverrideKind> kind,
                                                    const QString &reason = {});
    // Progress value = rows written; cancel through the future.
    static QFuture<seg::Result<seg::ExportSummary>>
    exportMembers(const MemberSelection &selection, const seg::ExportOptions &options);
    static QFuture<seg::Result<QStringList>> emails(const MemberSelection &selection);
};

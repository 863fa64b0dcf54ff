#pragma once

#include "common/result.h"
#include "definition/segmentdefinition.h"

#include <QHash>
#include <QList>
#include <QPair>

class ConditionTreeModel;
class ConditionTreeItem;

// Reads the model for the builder's side panels: which node a validator error points at,
// and the single-condition definitions whose counts the tree shows beside each node.
class ConditionAnalysis
{
public:
    // The node an error path such as "conditions.conditions[1].value" points at (the root for
    // "conditions..." paths without an index); nullptr when it points at no node.
    static ConditionTreeItem *nodeForError(const ConditionTreeModel &model,
                                           const seg::Error &error);

    // Messages by node id (several errors on one node are joined by new lines).
    static QHash<int, QString> errorsByNode(const ConditionTreeModel &model,
                                            const QList<seg::Error> &errors);

    // For each active, non-root node (at most `limit`): a definition holding that condition
    // alone (a condition inside a scope keeps its scope around it), keyed by node id.
    static QList<QPair<int, seg::SegmentDefinition>>
    countParts(const ConditionTreeModel &model, const seg::SegmentDefinition &definition,
               int limit = 60);
};

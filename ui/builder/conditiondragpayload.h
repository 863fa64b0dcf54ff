#pragma once

#include "definition/conditionnode.h"

#include <QList>
#include <QString>

#include <optional>

class QMimeData;

// What the builder drags: one custom MIME type holding JSON. Each dragged entry lists
// alternatives (a palette entry offers "the leaf" and "the leaf inside its scope"; a node
// dragged from a tree offers itself); a drop takes the first alternative that fits. Nodes
// dragged from a tree also carry their ids and the model they came from, so a drop onto
// the same model can move them instead of copying.
struct ConditionDragPayload
{
    static QString mimeType();

    quintptr sourceModel = 0; // the model of this process the ids belong to; 0 = none
    QList<int> ids;           // the dragged nodes' ids, in document order (empty from the palette)
    QList<QList<seg::ConditionNode>> entries; // per dragged node: its alternatives

    // Whether the ids name nodes of `model` (a drop there may move them).
    bool isFrom(const void *model) const
    {
        return sourceModel != 0 && sourceModel == quintptr(model);
    }

    // Nodes dragged out of `model`; `text` is the plain-text form (one description a line).
    static QMimeData *encodeNodes(const void *model, const QList<int> &ids,
                                  const QList<seg::ConditionNode> &nodes, const QString &text);
    // A palette entry: its alternatives, the first that fits is used.
    static QMimeData *encodeAlternatives(const QList<seg::ConditionNode> &alternatives);
    // nullopt when `data` holds no payload or an entry none of whose alternatives parses.
    static std::optional<ConditionDragPayload> decode(const QMimeData *data);
};

#pragma once

#include "definition/segmentdefinition.h"

#include <QList>
#include <QString>

namespace seg {

// One difference between two definitions, in the words of the condition builder:
// a top-level key ("Name"), or a condition sentence (describeNode) with the groups it sits in.
struct DefinitionChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Changed;
    QString key; // the JSON key for a top-level change ("name", "apply_to"); empty for a condition
    QString label;   // "Name", or the condition's sentence (the new one when changed)
    QString before;  // Changed: the old value or sentence
    QString after;   // Changed: the new value or sentence
    QString context; // the enclosing groups' sentences, outermost first, joined by " › "
    bool inMovedGroup = false; // listed under an added or removed group (counted with it)

    bool isCondition() const { return key.isEmpty(); }
};

// What turns `from` into `to`: top-level keys first (code, name, description, active, websites,
// apply_to, refresh, priority, actions.move_to_group), then the conditions in tree order. Two
// children of a group are the same condition when their sentences are equal (a longest common
// subsequence); a removed and an added condition of the same kind at the same place are one
// changed condition, and a changed group is compared child by child.
QList<DefinitionChange> diffDefinitions(const SegmentDefinition &from, const SegmentDefinition &to);

// "+ sentence", "− sentence", "~ before → after", with "(in context)" when nested.
QString describeChange(const DefinitionChange &change);
// A short line for a list of versions: "Name, Apply to changed; conditions: 2 added, 1 removed".
// "no change" when empty.
QString summarizeChanges(const QList<DefinitionChange> &changes);

} // namespace seg

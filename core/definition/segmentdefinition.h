#pragma once

#include "definition/conditionnode.h"

#include <QList>
#include <QString>

#include <optional>

namespace seg {

enum class ApplyTo
{
    Registered,
    Guests,
    All
};

struct SegmentDefinition
{
    int formatVersion = 1;
    QString code;
    QString name;
    QString description;
    bool active = true;
    QList<int> websites; // empty = all websites
    ApplyTo applyTo = ApplyTo::Registered;
    QString refresh = QStringLiteral("manual"); // auto | manual | static (frozen)
    int priority = 0;
    std::optional<int> moveToGroup;
    // actions.restore_group_on_exit: a leaver goes back to the group it was moved from
    bool restoreGroupOnExit = false;
    ConditionNode conditions = ConditionNode::combine();

    bool includesRegistered() const { return applyTo != ApplyTo::Guests; }
    bool includesGuests() const { return applyTo != ApplyTo::Registered; }
};

QString applyToName(ApplyTo applyTo);

} // namespace seg

#pragma once

#include "catalog/conditioncatalog.h"
#include "definition/conditionnode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What the palette and the "Add condition" chooser offer: condition templates grouped by
// the catalog's categories. Each template lists alternatives: the first that fits where it
// is dropped is used (an "Order status" leaf inside an orders scope, or wrapped in a new
// orders scope elsewhere).
struct ConditionTemplate
{
    QString label;
    QString description; // a tooltip: what it matches
    QList<seg::ConditionNode> alternatives;
};

struct ConditionTemplateGroup
{
    QString
        typeId; // the catalog's condition type id: customer, address, orders, products:ordered, ...
    QString category; // the catalog's palette category
    QList<ConditionTemplate> templates;
};

class ConditionTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ConditionTemplates)
public:
    // A "Group" entry first, then one group per catalog category, in the catalog's order.
    static QList<ConditionTemplateGroup> all();

    // A new leaf with a sensible operator and value for its kind.
    static seg::ConditionNode leaf(const QString &type, const QString &attribute);
    static seg::ConditionNode ordersScope(const QString &metric);
    static seg::ConditionNode productsScope(const QString &source);
    static seg::ConditionNode addressScope(const QString &addressKind);

    // A value for a scalar operator of this kind: "", 0, today, true, the first option.
    static QJsonValue defaultScalar(seg::ValueKind kind, const seg::AttributeSpec *spec);
    // The value after switching from `oldOp` to `newOp`, keeping what still makes sense
    // ("is" 5 -> "is one of" [5] -> "is between" [5, 5]; days stay days).
    static QJsonValue adaptValue(seg::ValueKind kind, const seg::AttributeSpec *spec,
                                 const QString &oldOp, const QString &newOp,
                                 const QJsonValue &oldValue);
};

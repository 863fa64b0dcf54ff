#pragma once

#include "catalog/conditioncatalog.h"
#include "lookups/picklists.h"

#include <QJsonValue>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class PickListCache;
class QHBoxLayout;

// The value part of a condition row, typed by the attribute's kind and the operator:
// numbers, dates (and "in the last N days", "N to M days ago"), yes/no, enum choices,
// multi-selects for in / not in, and pickers filled from the store's pick lists.
class ConditionValueEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ConditionValueEditor(PickListCache *picks, QWidget *parent = nullptr);

    // Rebuilds the editors for this kind and operator and shows `value`.
    void setup(seg::ValueKind kind, const seg::AttributeSpec *spec,
               std::optional<seg::PickListKind> pick, const QString &op, const QJsonValue &value);
    QJsonValue value() const;

    // The choices of a pick list or an enum, for labels and multi-selects.
    QList<seg::PickItem> choices() const;

signals:
    void valueEdited(const QJsonValue &value);

private:
    struct Part
    {
        QWidget *widget = nullptr;
        std::function<QJsonValue()> get;
    };
    Part scalarEditor(const QJsonValue &value);
    Part daysEditor(const QJsonValue &value);
    Part listEditor(const QJsonValue &value);
    QJsonValue fromText(const QString &text) const;
    void addLabel(const QString &text);
    void edited();

    PickListCache *m_picks;
    QHBoxLayout *m_layout;
    seg::ValueKind m_kind = seg::ValueKind::String;
    const seg::AttributeSpec *m_spec = nullptr;
    std::optional<seg::PickListKind> m_pick;
    QString m_op;
    std::function<QJsonValue()> m_get;
    bool m_building = false;
};

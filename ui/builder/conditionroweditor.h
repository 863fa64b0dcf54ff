#pragma once

#include "catalog/conditioncatalog.h"
#include "definition/conditionnode.h"

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QWidget>

class ConditionTreeModel;
class ConditionValueEditor;
class PickListCache;
struct BuilderStoreContext;
class QHBoxLayout;
class QLabel;

// One row of the builder, shown in the tree as an index widget: a group reads
// "If ALL of these conditions are TRUE" with both words switchable in place; a leaf shows
// its attribute, operator and value editors; scopes show their own fields. Edits are
// reported through fieldsEdited(); the builder turns them into undo commands, the model
// changes, and refresh() brings the row up to date (rebuilding only when the fields differ
// from what it shows, so typing keeps the focus).
class ConditionRowEditor : public QWidget
{
    Q_OBJECT
public:
    // `context` (may be null) gives the store's custom customer attributes.
    ConditionRowEditor(ConditionTreeModel *model, int nodeId, PickListCache *picks,
                       const BuilderStoreContext *context = nullptr, QWidget *parent = nullptr);

    int nodeId() const { return m_nodeId; }
    static void fitToCurrent(class QComboBox *combo);
    void refresh(bool force = false);

signals:
    // `mergeKey` non-empty: consecutive edits with the same key may merge into one undo step.
    void fieldsEdited(int nodeId, const seg::ConditionNode &fields, const QString &text,
                      const QString &mergeKey);

private:
    void rebuild();
    QJsonObject state(const seg::ConditionNode &fields) const;
    std::optional<seg::AttributeSpec> specFor(const QString &type, const QString &attribute) const;
    void edit(const seg::ConditionNode &fields, const QString &text, const QString &mergeKey = {});
    QLabel *addText(const QString &text);
    QLabel *addChip(const QString &text, bool warning = false);
    void addMatchExpect(const seg::ConditionNode &f, const QString &lead, const QString &middle);
    void addWord(const QString &text, const QString &tip, std::function<void()> onClick);
    void addComparison(const seg::ConditionNode &f, seg::ValueKind kind,
                       const seg::AttributeSpec *spec, const QString &pickType,
                       const QString &attribute);
    void addLeaf(const seg::ConditionNode &f);
    void addProducts(const seg::ConditionNode &f);
    void addReference(const seg::ConditionNode &f);
    // conditionroweditorscores.cpp
    void addCountOf(const seg::ConditionNode &f);
    void addRfm(const seg::ConditionNode &f);
    void addSample(const seg::ConditionNode &f);
    void addReferenceOf(const seg::ConditionNode &f);
    static class QComboBox *makeCombo(const QList<QPair<QString, QString>> &items,
                                      const QString &current);

    ConditionTreeModel *m_model;
    int m_nodeId;
    PickListCache *m_picks;
    const BuilderStoreContext *m_context;
    std::optional<seg::AttributeSpec> m_leafSpec; // the leaf's attribute, custom ones included
    QHBoxLayout *m_layout;
    QJsonObject m_shown;
    QLabel *m_errorIcon = nullptr;
};

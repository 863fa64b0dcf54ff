#include "builder/conditiontreedelegate.h"

#include "builder/conditiontreemodel.h"

void ConditionTreeDelegate::initStyleOption(QStyleOptionViewItem *option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state =
        index.data(ConditionTreeModel::StateRole).value<ConditionTreeModel::NodeStates>();
    const bool muted = state.testFlag(ConditionTreeModel::Muted);
    if (state.testFlag(ConditionTreeModel::Invalid)) option->backgroundBrush = invalidTint;
    if (index.column() == ConditionTreeModel::CountColumn) {
        option->palette.setBrush(QPalette::Text, muted ? mutedCountText : countText);
        return;
    }
    if (muted) option->palette.setBrush(QPalette::Text, mutedText);
    option->text.clear();
    option->features &= ~QStyleOptionViewItem::HasDisplay;
}

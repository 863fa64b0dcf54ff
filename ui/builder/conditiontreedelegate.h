#pragma once

#include <QColor>
#include <QStyledItemDelegate>

// Paints the builder's rows from ConditionTreeModel::StateRole: an invalid node's row is
// tinted, a muted node's text greyed, the member counts in a quiet blue-grey. The condition
// column is covered by the row editors: it paints the row's background (selection, the
// tint) but not the description text, which would show through between editors.
class ConditionTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr QColor invalidTint{0xfd, 0xec, 0xea};
    static constexpr QColor mutedText{0x90, 0x90, 0x90};
    static constexpr QColor countText{0x44, 0x55, 0x66};
    static constexpr QColor mutedCountText{0x99, 0x99, 0x99};

    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

#pragma once

#include <QStyledItemDelegate>

// Paints the grid's state column as small coloured badges: Excluded (red), Included (green),
// New (blue). Reads MemberTableModel's roles.
class MemberStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

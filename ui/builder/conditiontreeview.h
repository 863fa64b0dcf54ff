#pragma once

#include <QTreeView>

// The builder's tree view. Drags carry the model's MIME type; a move-drop is carried out by
// the model itself (moveRows), so unlike QAbstractItemView::startDrag this view never
// removes the source rows after a MoveAction (which would remove them twice).
// Holding Ctrl while dropping copies instead of moving.
class ConditionTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit ConditionTreeView(QWidget *parent = nullptr);
    // Scrolls vertically only: rows are wide, and the member counts sit at the left.
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

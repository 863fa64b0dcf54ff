#include "builder/conditiontreeview.h"

#include "builder/conditiontreedelegate.h"

#include <QDrag>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>

ConditionTreeView::ConditionTreeView(QWidget *parent) : QTreeView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformRowHeights(false);
    setIndentation(26);
    setAnimated(false);
    setAutoScroll(true);
    setExpandsOnDoubleClick(false);
    setAllColumnsShowFocus(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setItemDelegate(new ConditionTreeDelegate(this));
}

void ConditionTreeView::startDrag(Qt::DropActions supportedActions)
{
    QModelIndexList indexes;
    for (const QModelIndex &i : selectedIndexes())
        if (i.column() == 0 && (model()->flags(i) & Qt::ItemIsDragEnabled)) indexes << i;
    if (indexes.isEmpty()) return;
    QMimeData *data = model()->mimeData(indexes);
    if (!data) return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    // A small label of what is dragged.
    const QString text = data->text().section(QLatin1Char('\n'), 0, 0).left(60);
    const QFontMetrics fm(font());
    QPixmap pixmap(fm.horizontalAdvance(text) + 16, fm.height() + 8);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(palette().highlight());
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(pixmap.rect(), 4, 4);
        p.setPen(palette().highlightedText().color());
        p.drawText(pixmap.rect(), Qt::AlignCenter, text);
    }
    drag->setPixmap(pixmap);
    drag->exec(supportedActions, Qt::MoveAction);
    // Deliberately no removal of the source rows: the model moved them already.
}

void ConditionTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    // Ctrl copies, otherwise a drag inside the tree moves.
    if (event->possibleActions() & Qt::CopyAction && event->modifiers() & Qt::ControlModifier)
        event->setDropAction(Qt::CopyAction);
    QTreeView::dragMoveEvent(event);
}

void ConditionTreeView::dropEvent(QDropEvent *event)
{
    if (event->possibleActions() & Qt::CopyAction && event->modifiers() & Qt::ControlModifier)
        event->setDropAction(Qt::CopyAction);
    QTreeView::dropEvent(event);
}

void ConditionTreeView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const int horizontal = horizontalScrollBar()->value();
    QTreeView::scrollTo(index, hint);
    horizontalScrollBar()->setValue(horizontal);
}

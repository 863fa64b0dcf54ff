#include "builder/conditionpalette.h"

#include "builder/conditiondragpayload.h"

#include <QDrag>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QVBoxLayout>

namespace {
constexpr int kGroupRole = Qt::UserRole + 1;
constexpr int kEntryRole = Qt::UserRole + 2;
} // namespace

ConditionPaletteTree::ConditionPaletteTree(QWidget *parent)
    : QTreeWidget(parent), m_groups(ConditionTemplates::all())
{
    setHeaderHidden(true);
    setColumnCount(1);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);
    setRootIsDecorated(true);
    setAccessibleName(tr("Condition types"));
    QFont bold = font();
    bold.setBold(true);
    for (int g = 0; g < m_groups.size(); ++g) {
        auto *top = new QTreeWidgetItem(this, {m_groups[g].category});
        top->setFont(0, bold);
        top->setFlags(Qt::ItemIsEnabled);
        for (int t = 0; t < m_groups[g].templates.size(); ++t) {
            const ConditionTemplate &entry = m_groups[g].templates[t];
            auto *item = new QTreeWidgetItem(top, {entry.label});
            item->setToolTip(0, entry.description);
            item->setData(0, kGroupRole, g);
            item->setData(0, kEntryRole, t);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    // The first categories open; the long lists stay folded until wanted.
    for (int i = 0; i < topLevelItemCount(); ++i)
        topLevelItem(i)->setExpanded(i < 2);
}

const ConditionTemplate *ConditionPaletteTree::templateFor(const QTreeWidgetItem *item) const
{
    if (!item || !item->data(0, kEntryRole).isValid()) return nullptr;
    const int g = item->data(0, kGroupRole).toInt(), t = item->data(0, kEntryRole).toInt();
    return &m_groups[g].templates[t];
}

QStringList ConditionPaletteTree::mimeTypes() const
{
    return {ConditionDragPayload::mimeType()};
}

QMimeData *ConditionPaletteTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    for (const QTreeWidgetItem *item : items)
        if (const ConditionTemplate *entry = templateFor(item))
            return ConditionDragPayload::encodeAlternatives(entry->alternatives);
    return nullptr;
}

void ConditionPaletteTree::startDrag(Qt::DropActions)
{
    QMimeData *data = mimeData(selectedItems());
    if (!data) return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

ConditionPalette::ConditionPalette(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit), m_tree(new ConditionPaletteTree)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_filter->setPlaceholderText(tr("Find a condition type"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    connect(m_filter, &QLineEdit::textChanged, this, &ConditionPalette::setFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const ConditionTemplate *entry = m_tree->templateFor(item))
            emit templateActivated(*entry);
    });
    // Down from the filter goes into the list.
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (const ConditionTemplate *entry = currentTemplate()) emit templateActivated(*entry);
    });
}

const ConditionTemplate *ConditionPalette::currentTemplate() const
{
    return m_tree->templateFor(m_tree->currentItem());
}

void ConditionPalette::setFilter(const QString &text)
{
    QTreeWidgetItem *firstMatch = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        const bool categoryMatches = top->text(0).contains(text, Qt::CaseInsensitive);
        int shown = 0;
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem *entry = top->child(c);
            const bool match = text.isEmpty() || categoryMatches ||
                               entry->text(0).contains(text, Qt::CaseInsensitive);
            entry->setHidden(!match);
            if (match) {
                ++shown;
                if (!firstMatch) firstMatch = entry;
            }
        }
        top->setHidden(shown == 0);
        if (!text.isEmpty()) top->setExpanded(true);
    }
    if (!text.isEmpty() && firstMatch) m_tree->setCurrentItem(firstMatch);
}

bool ConditionPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            m_tree->setFocus();
            if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
                m_tree->setCurrentItem(m_tree->topLevelItem(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

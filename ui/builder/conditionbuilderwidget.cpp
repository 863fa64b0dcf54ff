#include "builder/conditionbuilderwidget.h"

#include "builder/asoffield.h"
#include "builder/builderstorecontext.h"
#include "builder/conditionanalysis.h"
#include "builder/conditionchooserdialog.h"
#include "builder/conditionpalette.h"
#include "builder/conditionroweditor.h"
#include "builder/conditiontemplates.h"
#include "builder/conditiontreecontroller.h"
#include "builder/conditiontreemodel.h"
#include "builder/conditiontreeview.h"
#include "builder/explaindialog.h"
#include "builder/livecounter.h"
#include "builder/picklistcache.h"
#include "builder/sqlpreviewdialog.h"
#include "definition/definitionvalidator.h"
#include "definition/nodedescription.h"
#include "session/storetask.h"

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <climits>

using seg::ConditionNode;

namespace {

constexpr int kCountColumnWidth = 128; // "12,345 · 1.4 s"

} // namespace

ConditionBuilderWidget::ConditionBuilderWidget(QWidget *parent)
    : QWidget(parent), m_model(new ConditionTreeModel(this)), m_undo(new QUndoStack(this)),
      m_controller(new ConditionTreeController(m_model, m_undo, this)),
      m_view(new ConditionTreeView), m_palette(new ConditionPalette),
      m_picks(new PickListCache(this)), m_counter(new LiveCounter(this)), m_totalLabel(new QLabel),
      m_totalDetail(new QLabel), m_problems(new QListWidget),
      m_storeContext(std::make_shared<BuilderStoreContext>())
{
    setObjectName(QStringLiteral("conditionBuilder"));
    m_view->setObjectName(QStringLiteral("conditionTree"));
    m_view->setModel(m_model);
    m_palette->setObjectName(QStringLiteral("conditionPalette"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_totalLabel->setObjectName(QStringLiteral("totalCount"));
    m_totalDetail->setObjectName(QStringLiteral("totalDetail"));
    QFont totalFont = m_totalLabel->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.6);
    totalFont.setBold(true);
    m_totalLabel->setFont(totalFont);
    QPalette grey = m_totalDetail->palette();
    grey.setColor(QPalette::WindowText, QColor(0x5f, 0x63, 0x68));
    m_totalDetail->setPalette(grey);
    QPalette problems = m_problems->palette();
    problems.setColor(QPalette::Base, QColor(0xfd, 0xf3, 0xf2));
    m_problems->setPalette(problems);

    createActions();
    buildLayout();

    // Row editors live on the rows: created with them, refreshed when the model changes.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                installEditors(parent, first, last);
                m_view->expand(parent);
                for (int row = first; row <= last; ++row)
                    m_view->expandRecursively(m_model->index(row, 0, parent));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        installEditors({}, 0, m_model->rowCount() - 1);
        m_view->expandAll();
    });
    connect(m_model, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int, int, const QModelIndex &dst) {
                m_view->expand(dst);
                scheduleColumnWidths();
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            &ConditionBuilderWidget::refreshEditors);
    connect(m_model, &ConditionTreeModel::nodesEdited, this,
            &ConditionBuilderWidget::onNodesEdited);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            &ConditionBuilderWidget::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConditionBuilderWidget::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConditionBuilderWidget::updateActions);
    connect(m_palette, &ConditionPalette::templateActivated, this,
            &ConditionBuilderWidget::addTemplate);
    connect(m_undo, &QUndoStack::indexChanged, this, &ConditionBuilderWidget::updateActions);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        selectNode(item->data(Qt::UserRole).toInt());
        m_view->setFocus();
    });
    // The row whose editor has the focus is the current row (keyboard actions act on it).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *w = now; w && w != m_view; w = w->parentWidget())
            if (auto *row = qobject_cast<ConditionRowEditor *>(w)) {
                const QModelIndex index = m_model->indexOf(m_model->itemById(row->nodeId()));
                if (index.isValid() && m_view->currentIndex() != index)
                    m_view->selectionModel()->setCurrentIndex(
                        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
    });

    connect(m_counter, &LiveCounter::started, this,
            [this] { m_totalDetail->setText(tr("Counting…")); });
    connect(m_counter, &LiveCounter::totalCounted, this, [this](qint64 count, qint64 elapsedMs) {
        m_totalLabel->setText(count == 1 ? tr("1 member") : tr("%L1 members").arg(count));
        QString detail = tr("match all conditions (counted in %L1 s)")
                             .arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
        if (const std::optional<QDateTime> asOf = m_asOf->asOf())
            detail +=
                QStringLiteral(" · ") +
                tr("as of %1").arg(QLocale().toString(asOf->toLocalTime(), QLocale::ShortFormat));
        m_totalDetail->setText(detail);
    });
    connect(m_counter, &LiveCounter::partCounted, this, [this](int key, qint64 count) {
        m_model->setCounts({{key, count}});
    });
    connect(m_counter, &LiveCounter::partTimed, this, [this](int key, qint64 elapsedMs) {
        m_model->setCountTimes({{key, elapsedMs}});
    });
    connect(m_counter, &LiveCounter::failed, this, [this](const QString &message) {
        m_totalDetail->setText(tr("Counting failed: %1").arg(message));
    });

    m_view->viewport()->installEventFilter(this);
    m_model->setRootNode(ConditionNode::combine());
    m_undo->clear();
    updateActions();
}

ConditionBuilderWidget::~ConditionBuilderWidget()
{
    // The children go after this body: no more model or focus notifications to this widget.
    m_model->disconnect(this);
    m_undo->disconnect(this); // clearing it on the way out must not update the actions
    disconnect(qApp, nullptr, this, nullptr);
}

void ConditionBuilderWidget::createActions()
{
    auto make = [this](const QString &text, const QString &name, const QList<QKeySequence> &keys,
                       auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!keys.isEmpty())
            a->setToolTip(tr("%1 (%2)").arg(text.chopped(text.endsWith(QChar(0x2026)) ? 1 : 0),
                                            keys.first().toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_addAction = make(tr("Add condition…"), QStringLiteral("addConditionAction"),
                       {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_N)},
                       &ConditionBuilderWidget::chooseAndAdd);
    m_addGroupAction =
        make(tr("Add group"), QStringLiteral("addGroupAction"),
             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, &ConditionBuilderWidget::addGroup);
    m_wrapAction = make(tr("Wrap in group"), QStringLiteral("wrapAction"),
                        {QKeySequence(Qt::CTRL | Qt::Key_G)}, &ConditionBuilderWidget::wrapInGroup);
    m_duplicateAction =
        make(tr("Duplicate"), QStringLiteral("duplicateAction"),
             {QKeySequence(Qt::CTRL | Qt::Key_D)}, &ConditionBuilderWidget::duplicateSelected);
    m_muteAction = make(tr("Mute"), QStringLiteral("muteAction"),
                        {QKeySequence(Qt::CTRL | Qt::Key_M)}, &ConditionBuilderWidget::toggleMute);
    m_lockAction = make(tr("Lock"), QStringLiteral("lockAction"),
                        {QKeySequence(Qt::CTRL | Qt::Key_L)}, &ConditionBuilderWidget::toggleLock);
    m_deleteAction = make(tr("Delete"), QStringLiteral("deleteAction"),
                          {QKeySequence(Qt::Key_Delete)}, &ConditionBuilderWidget::deleteSelected);
    m_upAction = make(tr("Move up"), QStringLiteral("moveUpAction"),
                      {QKeySequence(Qt::CTRL | Qt::Key_Up)}, [this] { moveCurrent(-1); });
    m_downAction = make(tr("Move down"), QStringLiteral("moveDownAction"),
                        {QKeySequence(Qt::CTRL | Qt::Key_Down)}, [this] { moveCurrent(+1); });
    m_editAction = make(
        tr("Edit condition"), QStringLiteral("editAction"), {QKeySequence(Qt::Key_F2)}, [this] {
            // Into the current row's first field; Tab walks on through the row.
            if (QWidget *row = m_view->indexWidget(m_model->indexOf(currentItem())))
                for (QWidget *w : row->findChildren<QWidget *>())
                    if (w->isVisible() && w->focusPolicy() & Qt::TabFocus && w->isEnabled()) {
                        w->setFocus(Qt::ShortcutFocusReason);
                        return;
                    }
        });
    m_sqlAction =
        make(tr("Show SQL"), QStringLiteral("showSqlAction"), {}, &ConditionBuilderWidget::showSql);
    m_sqlAction->setToolTip(tr("The statement that selects the members, with its bound values"));
    m_explainAction = make(tr("Explain a customer…"), QStringLiteral("explainAction"), {},
                           &ConditionBuilderWidget::explainCustomer);
    m_explainAction->setToolTip(tr("See which conditions one customer passes or fails, and why"));

    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undoAction);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_redoAction);
}

void ConditionBuilderWidget::buildLayout()
{
    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_addGroupAction);
    toolbar->addAction(m_wrapAction);
    toolbar->addSeparator();
    toolbar->addAction(m_duplicateAction);
    toolbar->addAction(m_muteAction);
    toolbar->addAction(m_lockAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    // Time travel: counts, Show SQL, Explain and the preview as of a past time.
    m_asOf = new AsOfField;
    connect(m_asOf, &AsOfField::changed, this, [this] {
        m_counter->setAsOf(m_asOf->asOf());
        requestCounts();
        emit evaluationTimeChanged();
    });
    toolbar->addAction(m_sqlAction);
    toolbar->addAction(m_explainAction);

    auto *countBox = new QWidget;
    auto *countLayout = new QHBoxLayout(countBox);
    countLayout->setContentsMargins(6, 2, 6, 2);
    auto *heading = new QLabel(tr("Conditions"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    countLayout->addWidget(heading);
    m_lockNotice = new QLabel;
    m_lockNotice->setObjectName(QStringLiteral("lockNotice"));
    m_lockNotice->setVisible(false);
    QPalette lockPalette = m_lockNotice->palette();
    lockPalette.setColor(QPalette::WindowText, QColor(0x8a, 0x53, 0x00));
    m_lockNotice->setPalette(lockPalette);
    countLayout->addWidget(m_lockNotice);
    countLayout->addSpacing(12);
    countLayout->addWidget(m_asOf);
    countLayout->addStretch(1);
    countLayout->addWidget(m_totalLabel);
    countLayout->addWidget(m_totalDetail);
    m_totalLabel->setText(QString());
    m_totalDetail->setText(tr("Connect to a store to count the members"));

    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ConditionTreeModel::ConditionColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ConditionTreeModel::CountColumn, QHeaderView::Fixed);
    header->resizeSection(ConditionTreeModel::CountColumn, kCountColumnWidth);
    header->moveSection(ConditionTreeModel::CountColumn, 0); // counts in a gutter on the left
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QPalette pal = m_view->palette();
    pal.setColor(QPalette::Highlight, QColor(0xdb, 0xe8, 0xfb));
    pal.setColor(QPalette::HighlightedText, QColor(0x20, 0x21, 0x24));
    m_view->setPalette(pal);

    m_problems->setMaximumHeight(110);
    m_problems->setWordWrap(true);
    m_problems->setIconSize(QSize(16, 16));
    m_problems->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problems->setResizeMode(QListView::Adjust);
    m_problems->setVisible(false);
    m_problems->setAccessibleName(tr("Problems"));

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(4);
    rightLayout->addWidget(countBox);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addWidget(m_problems);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *paletteTitle = new QLabel(tr("Condition types"));
    paletteTitle->setFont(headingFont);
    leftLayout->addWidget(paletteTitle);
    auto *hint = new QLabel(tr("Drag into a group, or press Enter to add where the cursor is."));
    hint->setWordWrap(true);
    hint->setPalette(m_totalDetail->palette());
    leftLayout->addWidget(hint);
    leftLayout->addWidget(m_palette, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({225, 1045});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
}

void ConditionBuilderWidget::setStore(const seg::ConnectionSettings &settings)
{
    m_settings = settings;
    m_hasStore = true;
    m_picks->setStore(settings);
    m_counter->setStore(settings);
    m_model->clearCounts();
    // The pickers on screen asked before there was a store: start their lists now.
    m_model->rootItem()->forEach([this](const ConditionTreeItem *item) {
        const ConditionNode &f = item->fields();
        if (const std::optional<seg::PickListKind> kind = seg::pickListFor(f.type, f.attribute))
            m_picks->items(*kind);
    });
    loadStoreContext();
    updateActions();
    requestCounts();
}

void ConditionBuilderWidget::loadStoreContext()
{
    const quint64 generation = ++m_contextGeneration;
    auto *watcher = new QFutureWatcher<seg::Result<BuilderStoreContext>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const seg::Result<BuilderStoreContext> result = watcher->result();
        if (generation != m_contextGeneration) return; // stale
        if (!result) {
            m_totalDetail->setText(
                tr("The store could not be read: %1").arg(result.error().message));
            return;
        }
        *m_storeContext = *result; // the rows hold a pointer to it
        // Custom customer attributes now have kinds and labels: rebuild the rows.
        m_model->rootItem()->forEach([this](const ConditionTreeItem *item) {
            if (auto *row =
                    qobject_cast<ConditionRowEditor *>(m_view->indexWidget(m_model->indexOf(item))))
                row->refresh(true);
        });
        revalidate();
        requestCounts();
        updateActions();
    });
    watcher->setFuture(seg::runStoreTask<BuilderStoreContext>(
        m_settings, [](seg::StoreSession &session) -> seg::Result<BuilderStoreContext> {
            BuilderStoreContext context;
            context.schema = session.schema;
            if (session.segments) {
                seg::Result<QList<seg::SegmentRecord>> list = session.segments->list();
                if (list)
                    for (const seg::SegmentRecord &r : list.value())
                        context.segments.insert(r.definition.code, r.definition);
            }
            return context;
        }));
}

void ConditionBuilderWidget::setDefinition(const seg::SegmentDefinition &definition)
{
    m_loading = true;
    m_definition = definition;
    m_model->setRootNode(definition.conditions);
    m_undo->clear();
    m_loading = false;
    revalidate();
    requestCounts();
    updateActions();
}

seg::SegmentDefinition ConditionBuilderWidget::definition() const
{
    seg::SegmentDefinition d = m_definition;
    d.conditions = m_model->rootNode();
    return d;
}

QUndoStack *ConditionBuilderWidget::undoStack() const
{
    return m_undo;
}

bool ConditionBuilderWidget::isValid() const
{
    return m_valid;
}

QStringList ConditionBuilderWidget::validationMessages() const
{
    return m_messages;
}

void ConditionBuilderWidget::installEditors(const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, ConditionTreeModel::ConditionColumn, parent);
        const ConditionTreeItem *item = m_model->itemFromIndex(index);
        if (!item) continue;
        auto *editor = new ConditionRowEditor(m_model, item->id(), m_picks, m_storeContext.get());
        connect(editor, &ConditionRowEditor::fieldsEdited, this,
                &ConditionBuilderWidget::editFields);
        m_view->setIndexWidget(index, editor);
        if (item->childCount() > 0) installEditors(index, 0, item->childCount() - 1);
    }
    scheduleColumnWidths();
}

void ConditionBuilderWidget::refreshEditors(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex index =
            m_model->index(row, ConditionTreeModel::ConditionColumn, topLeft.parent());
        if (auto *editor = qobject_cast<ConditionRowEditor *>(m_view->indexWidget(index)))
            editor->refresh();
        // A lock (or unlock) reaches the rows inside it: they rebuild when their state changes.
        if (const ConditionTreeItem *item = m_model->itemFromIndex(index);
            item && item->childCount())
            item->forEach([this, item](const ConditionTreeItem *inner) {
                if (inner == item) return;
                if (auto *row = qobject_cast<ConditionRowEditor *>(
                        m_view->indexWidget(m_model->indexOf(inner))))
                    row->refresh();
            });
    }
    scheduleColumnWidths();
}

void ConditionBuilderWidget::scheduleColumnWidths()
{
    if (m_widthsScheduled) return;
    m_widthsScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_widthsScheduled = false;
        updateColumnWidths();
    });
}

void ConditionBuilderWidget::updateColumnWidths()
{
    // The condition column is as wide as its widest row (indentation included), at least the
    // visible width: deep trees scroll sideways instead of clipping their editors.
    int needed = 0;
    m_model->rootItem()->forEach([&](const ConditionTreeItem *item) {
        if (QWidget *editor = m_view->indexWidget(m_model->indexOf(item))) {
            const int indent =
                m_view->indentation() * (item->depth() - 1 + (m_view->rootIsDecorated() ? 1 : 0));
            needed = qMax(needed, indent + editor->sizeHint().width() + 8);
        }
    });
    const int available = m_view->viewport()->width() - kCountColumnWidth;
    m_view->header()->resizeSection(ConditionTreeModel::ConditionColumn, qMax(needed, available));
    m_view->doItemsLayout();
}

bool ConditionBuilderWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) scheduleColumnWidths();
    return QWidget::eventFilter(watched, event);
}

void ConditionBuilderWidget::onNodesEdited()
{
    if (m_loading) return;
    revalidate();
    requestCounts();
    updateActions();
    emit definitionChanged();
}

void ConditionBuilderWidget::revalidate()
{
    const seg::DefinitionValidator validator(m_storeContext.get(), m_storeContext.get());
    const seg::SegmentDefinition d = definition();
    const QList<seg::Error> errors = validator.validate(d);
    m_model->setErrors(ConditionAnalysis::errorsByNode(*m_model, errors));
    m_valid = errors.isEmpty();
    m_messages.clear();
    m_problems->clear();
    for (const seg::Error &e : errors) {
        const ConditionTreeItem *item = ConditionAnalysis::nodeForError(*m_model, e);
        const QString where = item ? seg::describeNode(item->toNode()) : e.path;
        const QString message = tr("%1: %2").arg(where, e.message);
        m_messages << message;
        auto *entry = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                          message, m_problems);
        entry->setData(Qt::UserRole, item ? item->id() : -1);
    }
    m_problems->setVisible(!errors.isEmpty());
}

void ConditionBuilderWidget::requestCounts()
{
    if (!m_hasStore) return;
    if (!m_valid) {
        m_counter->cancel();
        m_model->clearCounts(); // counts of a tree that no longer stands would mislead
        m_totalLabel->setText(QString());
        m_totalDetail->setText(tr("Fix the highlighted conditions to count the members"));
        return;
    }
    const seg::SegmentDefinition d = definition();
    m_counter->request(d, ConditionAnalysis::countParts(*m_model, d));
}

ConditionTreeItem *ConditionBuilderWidget::currentItem() const
{
    ConditionTreeItem *item = m_model->itemFromIndex(m_view->currentIndex());
    return item ? item : m_model->rootItem();
}

QList<ConditionTreeItem *> ConditionBuilderWidget::selectedItems() const
{
    QModelIndexList rows =
        m_view->selectionModel()->selectedRows(ConditionTreeModel::ConditionColumn);
    if (rows.isEmpty() && m_view->currentIndex().isValid()) rows << m_view->currentIndex();
    QList<ConditionTreeItem *> items;
    for (const QModelIndex &row : std::as_const(rows))
        if (ConditionTreeItem *item = m_model->itemFromIndex(row)) items << item;
    items = ConditionTreeItem::topmost(items);
    items.removeAll(m_model->rootItem());
    return items;
}

void ConditionBuilderWidget::selectNode(int id)
{
    const QModelIndex index = m_model->indexOf(m_model->itemById(id));
    if (!index.isValid()) return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ConditionBuilderWidget::updateActions()
{
    const QList<ConditionTreeItem *> items = selectedItems();
    const bool any = !items.isEmpty();
    m_duplicateAction->setEnabled(any);
    m_deleteAction->setEnabled(any);
    m_muteAction->setEnabled(any);
    m_wrapAction->setEnabled(any);
    const ConditionTreeItem *current = currentItem();
    const bool movable = current && current != m_model->rootItem();
    m_upAction->setEnabled(movable);
    m_downAction->setEnabled(movable);
    const bool muted = any && !items.first()->fields().enabled;
    m_muteAction->setText(muted ? tr("Unmute") : tr("Mute"));
    m_lockAction->setEnabled(current != nullptr);
    m_lockAction->setText(current && current->fields().locked ? tr("Unlock") : tr("Lock"));
    m_sqlAction->setEnabled(m_hasStore && m_valid);
    m_explainAction->setEnabled(m_hasStore && m_valid);
}

void ConditionBuilderWidget::addTemplate(const ConditionTemplate &entry)
{
    // Inside the current group, or after the current condition in its group; the root if
    // neither accepts it.
    ConditionTreeItem *current = currentItem();
    ConditionTreeItem *parent = current->isGroup() ? current : current->parent();
    int row = current->isGroup() ? current->childCount() : current->row() + 1;
    auto fit = [&](ConditionTreeItem *p) -> std::optional<ConditionNode> {
        for (const ConditionNode &alt : entry.alternatives)
            if (p->accepts(alt)) return alt;
        return std::nullopt;
    };
    std::optional<ConditionNode> node = fit(parent);
    if (!node) {
        parent = m_model->rootItem();
        row = parent->childCount();
        node = fit(parent);
    }
    if (!node || refusedByLock({parent})) return;
    selectNode(m_controller->insertNode(parent->id(), row, *node, tr("Add %1").arg(entry.label)));
}

void ConditionBuilderWidget::chooseAndAdd()
{
    ConditionChooserDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosen()) addTemplate(*dialog.chosen());
    m_view->setFocus();
}

void ConditionBuilderWidget::addGroup()
{
    addTemplate(ConditionTemplate{tr("group"), {}, {ConditionNode::combine()}});
}

void ConditionBuilderWidget::wrapInGroup()
{
    const QList<ConditionTreeItem *> items = selectedItems();
    if (items.isEmpty()) return;
    QList<const ConditionTreeItem *> touched(items.begin(), items.end());
    touched << items.first()->parent();
    if (!refusedByLock(touched)) selectNode(m_controller->wrapInGroup(items));
}

void ConditionBuilderWidget::duplicateSelected()
{
    const QList<ConditionTreeItem *> items = selectedItems();
    QList<const ConditionTreeItem *> parents;
    for (const ConditionTreeItem *i : items)
        parents << i->parent();
    if (!items.isEmpty() && !refusedByLock(parents)) selectNode(m_controller->duplicate(items));
}

void ConditionBuilderWidget::deleteSelected()
{
    const QList<ConditionTreeItem *> items = selectedItems();
    if (items.isEmpty() || refusedByLock({items.begin(), items.end()})) return;
    // The cursor goes to the next sibling, else the previous one, else the parent.
    const ConditionTreeItem *first = items.first();
    const ConditionTreeItem *parent = first->parent();
    int nextId = parent->id();
    for (int r = items.last()->parent() == parent ? items.last()->row() + 1 : parent->childCount();
         r < parent->childCount(); ++r)
        if (!items.contains(parent->child(r))) {
            nextId = parent->child(r)->id();
            break;
        }
    if (nextId == parent->id() && first->row() > 0) nextId = parent->child(first->row() - 1)->id();
    QList<int> ids;
    for (const ConditionTreeItem *i : items)
        ids << i->id();
    m_controller->removeNodes(ids);
    selectNode(nextId);
}

void ConditionBuilderWidget::toggleMute()
{
    const QList<ConditionTreeItem *> items = selectedItems();
    if (items.isEmpty() || refusedByLock({items.begin(), items.end()})) return;
    m_controller->setMuted(items, items.first()->fields().enabled);
    updateActions();
}

void ConditionBuilderWidget::moveCurrent(int delta)
{
    ConditionTreeItem *item = currentItem();
    if (!item || item == m_model->rootItem()) return;
    ConditionTreeItem *parent = item->parent();
    const int row = item->row();
    int targetParent = parent->id();
    int targetRow = -1;
    if (delta < 0 && row > 0) {
        targetRow = row - 1;
    } else if (delta > 0 && row < parent->childCount() - 1) {
        targetRow = row + 2; // counted before the move, as moveRows does
    } else if (parent != m_model->rootItem() && parent->parent()->accepts(item->toNode())) {
        // At the edge of a group: step out of it, before or after it.
        targetParent = parent->parent()->id();
        targetRow = delta < 0 ? parent->row() : parent->row() + 1;
    } else {
        return;
    }
    if (refusedByLock({item, m_model->itemById(targetParent)})) return;
    m_controller->moveNodes({item->id()}, targetParent, targetRow,
                            delta < 0 ? tr("Move condition up") : tr("Move condition down"));
    selectNode(item->id());
}

void ConditionBuilderWidget::showContextMenu(const QPoint &requested)
{
    // From the mouse: the row under it. From the keyboard (Menu key, Shift+F10): the current row.
    QPoint pos = requested;
    const bool fromMouse = m_view->viewport()->mapFromGlobal(QCursor::pos()) == requested;
    if (!fromMouse && m_view->currentIndex().isValid())
        pos = m_view->visualRect(m_view->currentIndex()).center();
    const QModelIndex index = m_view->indexAt(pos);
    if (fromMouse && index.isValid() && !m_view->selectionModel()->isSelected(index))
        selectNode(m_model->itemFromIndex(index)->id());
    QMenu menu(this);
    menu.addAction(m_editAction);
    menu.addSeparator();
    menu.addAction(m_addAction);
    menu.addAction(m_addGroupAction);
    menu.addAction(m_wrapAction);
    menu.addSeparator();
    menu.addAction(m_duplicateAction);
    menu.addAction(m_muteAction);
    menu.addAction(m_lockAction);
    menu.addAction(m_upAction);
    menu.addAction(m_downAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

std::optional<QDateTime> ConditionBuilderWidget::evaluationTime() const
{
    return m_asOf->asOf();
}

void ConditionBuilderWidget::setEvaluationTime(const std::optional<QDateTime> &utc)
{
    m_asOf->setAsOf(utc);
    m_counter->setAsOf(utc);
    requestCounts();
    emit evaluationTimeChanged();
}

void ConditionBuilderWidget::showSql()
{
    if (!m_hasStore) return;
    auto *dialog = new SqlPreviewDialog(m_settings, definition(), this);
    if (m_asOf->asOf()) dialog->setAsOf(m_asOf->asOf());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ConditionBuilderWidget::explainCustomer()
{
    if (!m_hasStore) return;
    auto *dialog = new ExplainDialog(m_settings, definition(), this);
    dialog->setAsOf(m_asOf->asOf());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

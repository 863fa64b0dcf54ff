#include "segmentlistpane.h"

#include "editor/segmenteditordialog.h"
#include "segmentlistmodel.h"
#include "segmentrefreshjob.h"
#include "segmentsummaryview.h"
#include "splitsegmentdialog.h"
#include "support/appsettings.h"
#include "support/segmentoperations.h"

#include <QAction>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Runs `future` and hands its result to `done` on the GUI thread.
template <typename T, typename F> void whenDone(QObject *owner, QFuture<T> future, F done)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(future);
}

QIcon themed(const char *name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(QString::fromLatin1(name), widget->style()->standardIcon(fallback));
}

} // namespace

SegmentListPane::SegmentListPane(QWidget *parent)
    : QWidget(parent), m_model(new SegmentListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_filter(new QLineEdit(this)), m_message(new QLabel(this)), m_empty(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_summary(new SegmentSummaryView(this)),
      m_refreshJob(new SegmentRefreshJob(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SegmentListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SegmentListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name matters most: when space runs short, the code is the one elided.
    m_view->horizontalHeader()->setSectionResizeMode(SegmentListModel::Code, QHeaderView::Stretch);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setWordWrap(false);

    m_filter->setPlaceholderText(tr("Filter segments by name, code or status…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &SegmentListPane::setFilterText);

    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(6);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("<h3>No store open</h3><p>Connect to a Magento store with <b>File &gt; "
                        "Connect to a store…</b> "
                        "(Ctrl+O), or open the demo store.</p>"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_message);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_summary);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({860, 400});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    createActions();
    connect(m_view, &QTableView::doubleClicked, m_edit, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SegmentListPane::updateActions);
    connect(m_model, &SegmentListModel::loaded, this, [this] {
        m_empty->setText(tr(
            "<h3>No segments yet</h3><p>Create one with <b>New segment</b> or import the example "
            "definitions with <b>Import…</b> (the examples/ folder holds five).</p>"));
        m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty)
                                                           : m_view);
        if (!m_selectAfterLoad.isEmpty()) selectCodes(std::exchange(m_selectAfterLoad, {}));
        updateActions();
        emit countsChanged(m_model->rowCount(), m_model->totalMembers());
    });
    connect(m_model, &SegmentListModel::loadFailed, this, [this](const QString &message) {
        report(false, tr("The segments could not be read: %1").arg(message));
        emit countsChanged(0, 0);
    });
    connect(
        m_refreshJob, &SegmentRefreshJob::finished, this,
        [this](const SegmentRefreshJob::Summary &s) {
            m_model->reload();
            updateActions();
            const QLocale locale;
            QString text;
            if (s.cancelled)
                text =
                    tr("Refresh cancelled; the segment being refreshed kept its previous members.");
            else
                text = tr("Refreshed %n segment(s): %1 joined, %2 left.", nullptr,
                          int(s.refreshed.size()))
                           .arg(locale.toString(s.added), locale.toString(s.removed));
            if (!s.skipped.isEmpty())
                text += QLatin1Char(' ') + tr("Not refreshed, frozen as static lists: %1.")
                                               .arg(s.skipped.join(QStringLiteral(", ")));
            if (s.purgedRows >= 0)
                text += QLatin1Char(' ') + tr("History older than %1 days deleted: %2 rows.")
                                               .arg(s.keepHistoryDays)
                                               .arg(locale.toString(s.purgedRows));
            if (!s.failures.isEmpty())
                text +=
                    QLatin1Char(' ') + tr("Failed: %1").arg(s.failures.join(QStringLiteral("; ")));
            report(!s.cancelled && s.failures.isEmpty(), text);
        });
    updateActions();
}

void SegmentListPane::createActions()
{
    m_new =
        new QAction(themed("document-new", QStyle::SP_FileIcon, this), tr("&New segment…"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Create a segment (Ctrl+N)"));
    m_edit = new QAction(themed("document-edit", QStyle::SP_FileDialogDetailedView, this),
                         tr("&Edit…"), this);
    m_edit->setShortcut(Qt::Key_Return);
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_duplicate = new QAction(themed("edit-copy", QStyle::SP_FileDialogNewFolder, this),
                              tr("D&uplicate"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_split = new QAction(tr("S&plit into test and control…"), this);
    m_split->setToolTip(tr("Two new segments: a random share of this one's members (test) and "
                           "the others (control)"));
    // Set operations on the selected segments (in selection order: A, then B, …).
    m_union = new QAction(tr("New segment from uni&on…"), this);
    m_union->setToolTip(tr("A new segment of the customers in any of the selected segments"));
    m_intersection = new QAction(tr("New segment from &intersection…"), this);
    m_intersection->setToolTip(
        tr("A new segment of the customers in all of the selected segments"));
    m_difference = new QAction(tr("New segment from differen&ce…"), this);
    m_difference->setToolTip(tr("A new segment of the customers in the first selected segment "
                                "and in none of the others"));
    m_freeze = new QAction(tr("Free&ze as a static list"), this);
    m_freeze->setToolTip(tr("Keep the current members: refreshes skip the segment; include and "
                            "exclude still edit it"));
    m_unfreeze = new QAction(tr("Un&freeze…"), this);
    m_unfreeze->setToolTip(tr("Recompute the members from the conditions again"));
    m_delete = new QAction(themed("edit-delete", QStyle::SP_TrashIcon, this), tr("&Delete…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_import = new QAction(themed("document-import", QStyle::SP_DialogOpenButton, this),
                           tr("&Import definitions…"), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setIconText(tr("Import…")); // the tool bar's shorter words
    m_new->setIconText(tr("New…"));
    m_export = new QAction(themed("document-export", QStyle::SP_DialogSaveButton, this),
                           tr("E&xport definitions…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setIconText(tr("Export…"));
    m_refresh = new QAction(themed("view-refresh", QStyle::SP_BrowserReload, this),
                            tr("&Refresh members"), this);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Recompute the members of the selected segments (F5)"));
    m_reload = new QAction(tr("Re&load list"), this);
    m_reload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_find = new QAction(tr("&Find segment"), this);
    m_find->setShortcut(QKeySequence::Find);

    connect(m_new, &QAction::triggered, this, [this] { openEditor({}); });
    connect(m_edit, &QAction::triggered, this, [this] {
        const QStringList codes = selectedCodes();
        if (!codes.isEmpty()) openEditor(codes.first());
    });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        const QStringList codes = selectedCodes();
        if (!codes.isEmpty()) duplicateSegment(codes.first());
    });
    connect(m_split, &QAction::triggered, this, &SegmentListPane::askSplit);
    const std::pair<QAction *, seg::SetOperation> setActions[] = {
        {m_union, seg::SetOperation::Union},
        {m_intersection, seg::SetOperation::Intersection},
        {m_difference, seg::SetOperation::Difference}};
    for (const auto &[action, operation] : setActions)
        connect(action, &QAction::triggered, this,
                [this, op = operation] { combineSegments(op, selectedCodes()); });
    connect(m_freeze, &QAction::triggered, this, [this] {
        const QStringList codes = selectedCodes();
        if (codes.size() == 1) freezeSegment(codes.first());
    });
    connect(m_unfreeze, &QAction::triggered, this, &SegmentListPane::askUnfreeze);
    connect(m_delete, &QAction::triggered, this, &SegmentListPane::askDelete);
    connect(m_import, &QAction::triggered, this, &SegmentListPane::askImport);
    connect(m_export, &QAction::triggered, this, &SegmentListPane::askExport);
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_refreshJob->isRunning())
            cancelRefresh();
        else
            refreshSegments(selectedCodes());
    });
    connect(m_reload, &QAction::triggered, m_model, &SegmentListModel::reload);
    connect(m_find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({m_edit, m_duplicate, m_split, m_union, m_intersection, m_difference,
                        m_freeze, m_unfreeze, separator, m_delete, m_export, m_refresh});
    addActions({m_edit, m_delete});
}

void SegmentListPane::setStore(const seg::ConnectionSettings &settings)
{
    m_settings = settings;
    m_hasStore = true;
    m_message->setVisible(false);
    m_model->setStore(settings);
    updateActions();
}

void SegmentListPane::setFilterText(const QString &text)
{
    if (m_filter->text() != text) m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

QStringList SegmentListPane::selectedCodes() const
{
    QStringList codes;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        codes << index.data(SegmentListModel::CodeRole).toString();
    return codes;
}

void SegmentListPane::selectCodes(const QStringList &codes)
{
    QItemSelection selection;
    for (const QString &code : codes) {
        const int row = m_model->rowOfCode(code);
        if (row < 0) continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(SegmentListModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    if (!selection.isEmpty()) m_view->scrollTo(selection.first().topLeft());
    updateActions();
}

void SegmentListPane::updateActions()
{
    const int selected = m_hasStore ? int(m_view->selectionModel()->selectedRows().size()) : 0;
    const QStringList codes = selected == 1 ? selectedCodes() : QStringList();
    if (const int row = codes.isEmpty() ? -1 : m_model->rowOfCode(codes.first()); row >= 0)
        m_summary->showRecord(m_model->record(row));
    else
        m_summary->showSelectionCount(selected);
    const bool refreshing = m_refreshJob->isRunning();
    m_new->setEnabled(m_hasStore);
    m_import->setEnabled(m_hasStore);
    m_reload->setEnabled(m_hasStore);
    m_edit->setEnabled(selected == 1);
    m_duplicate->setEnabled(selected == 1);
    m_split->setEnabled(selected == 1);
    for (QAction *a : {m_union, m_intersection, m_difference})
        a->setEnabled(selected >= 2);
    const int row = codes.isEmpty() ? -1 : m_model->rowOfCode(codes.first());
    const bool frozen =
        row >= 0 && m_model->record(row).definition.refresh == QLatin1String("static");
    m_freeze->setEnabled(row >= 0 && !frozen && !refreshing);
    m_unfreeze->setEnabled(frozen);
    m_delete->setEnabled(selected > 0 && !refreshing);
    m_export->setEnabled(selected > 0);
    m_refresh->setEnabled(refreshing || selected > 0);
    m_refresh->setText(refreshing ? tr("Cancel refresh") : tr("&Refresh members"));
    m_refresh->setIconText(refreshing ? tr("Cancel refresh") : tr("Refresh members"));
}

void SegmentListPane::report(bool ok, const QString &message)
{
    m_lastMessage = message;
    m_message->setText(message);
    m_message->setStyleSheet(
        ok ? QStringLiteral("background: #e6f4ea; color: #1e4620; border-radius: 4px;")
           : QStringLiteral("background: #fce8e6; color: #8c1d18; border-radius: 4px;"));
    m_message->setVisible(true);
    emit operationFinished(ok, message);
}

void SegmentListPane::askDelete()
{
    const QStringList codes = selectedCodes();
    if (codes.isEmpty()) return;
    const QString question =
        codes.size() == 1
            ? tr("Delete the segment \"%1\" with its members, overrides and history?")
                  .arg(codes.first())
            : tr("Delete these %1 segments with their members, overrides and history?\n\n%2")
                  .arg(codes.size())
                  .arg(codes.join(QStringLiteral(", ")));
    if (QMessageBox::question(this, tr("Delete segments"), question,
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) == QMessageBox::Yes)
        deleteSegments(codes);
}

void SegmentListPane::deleteSegments(const QStringList &codes)
{
    whenDone(this, SegmentOperations::remove(m_settings, codes),
             [this, codes](const seg::Result<int> &r) {
                 m_model->reload();
                 if (!r)
                     report(false,
                            tr("Could not delete %1: %2").arg(r.error().path, r.error().message));
                 else
                     report(true, tr("Deleted %n segment(s).", nullptr, *r));
             });
}

void SegmentListPane::duplicateSegment(const QString &code)
{
    whenDone(this, SegmentOperations::duplicate(m_settings, code),
             [this, code](const seg::Result<QString> &r) {
                 if (!r) {
                     report(false, tr("Could not duplicate %1: %2").arg(code, r.error().message));
                     return;
                 }
                 m_selectAfterLoad = {*r};
                 m_model->reload();
                 report(true, tr("Created %1, an inactive copy of %2.").arg(*r, code));
             });
}

void SegmentListPane::splitSegment(const QString &code, double percent, const QString &seed)
{
    whenDone(this, SegmentOperations::split(m_settings, code, percent, seed),
             [this, code](const seg::Result<QStringList> &r) {
                 if (!r) {
                     report(false, tr("Could not split %1: %2").arg(code, r.error().message));
                     return;
                 }
                 m_selectAfterLoad = *r;
                 m_model->reload();
                 report(true, tr("Created %1 (test) and %2 (control) from %3, both inactive.")
                                  .arg(r->value(0), r->value(1), code));
             });
}

void SegmentListPane::askSplit()
{
    const QStringList codes = selectedCodes();
    if (codes.size() != 1) return;
    SplitSegmentDialog dialog(codes.first(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    splitSegment(codes.first(), dialog.percent(), dialog.seed());
}

void SegmentListPane::combineSegments(seg::SetOperation operation, const QStringList &codes)
{
    seg::CombineArgs args;
    args.operation = operation;
    args.codes = codes;
    whenDone(this, SegmentOperations::combine(m_settings, args),
             [this, codes](const seg::Result<seg::SegmentDefinition> &r) {
                 if (!r) {
                     report(false,
                            tr("Could not combine %1: %2")
                                .arg(codes.join(QStringLiteral(", ")), r.error().toString()));
                     return;
                 }
                 openEditorFor(*r);
                 report(true, tr("Review the new segment %1, then save it.").arg(r->code));
             });
}

void SegmentListPane::freezeSegment(const QString &code)
{
    whenDone(this, SegmentOperations::freeze(m_settings, code),
             [this, code](const seg::Result<qint64> &r) {
                 if (!r) {
                     report(false, tr("Could not freeze %1: %2").arg(code, r.error().message));
                     return;
                 }
                 m_selectAfterLoad = {code};
                 m_model->reload();
                 report(true, tr("%1 is frozen: its %2 members stay as they are until you "
                                 "unfreeze it.")
                                  .arg(code, QLocale().toString(*r)));
             });
}

void SegmentListPane::unfreezeSegment(const QString &code, const QString &mode)
{
    whenDone(this, SegmentOperations::unfreeze(m_settings, code, mode),
             [this, code](const seg::Result<bool> &r) {
                 if (!r) {
                     report(false, tr("Could not unfreeze %1: %2").arg(code, r.error().message));
                     return;
                 }
                 m_selectAfterLoad = {code};
                 m_model->reload();
                 report(true, tr("%1 is no longer frozen: the next refresh recomputes its "
                                 "members.")
                                  .arg(code));
             });
}

void SegmentListPane::askUnfreeze()
{
    const QStringList codes = selectedCodes();
    if (codes.size() != 1) return;
    QMessageBox box(QMessageBox::Question, tr("Unfreeze %1").arg(codes.first()),
                    tr("From now on, how is %1 refreshed? Its next refresh recomputes the members "
                       "from its conditions (customers included or excluded by hand stay so).")
                        .arg(codes.first()),
                    QMessageBox::Cancel, this);
    QPushButton *scheduled = box.addButton(tr("Scheduled"), QMessageBox::AcceptRole);
    QPushButton *manual = box.addButton(tr("Manual"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == scheduled)
        unfreezeSegment(codes.first(), QStringLiteral("auto"));
    else if (box.clickedButton() == manual)
        unfreezeSegment(codes.first(), QStringLiteral("manual"));
}

void SegmentListPane::askImport()
{
    AppSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import segment definitions"),
                                                            settings.definitionsFolder(),
                                                            tr("Segment definitions (*.json)"));
    if (files.isEmpty()) return;
    settings.setDefinitionsFolder(QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void SegmentListPane::importFiles(const QStringList &files)
{
    whenDone(this, SegmentOperations::importFiles(m_settings, files),
             [this](const seg::Result<QStringList> &r) {
                 if (!r) {
                     report(false, tr("Nothing was imported: %1").arg(r.error().toString()));
                     return;
                 }
                 m_selectAfterLoad = *r;
                 m_model->reload();
                 report(true, tr("Imported %n segment(s): %1.", nullptr, int(r->size()))
                                  .arg(r->join(QStringLiteral(", "))));
             });
}

void SegmentListPane::askExport()
{
    const QStringList codes = selectedCodes();
    if (codes.isEmpty()) return;
    AppSettings settings;
    QString target;
    if (codes.size() == 1) {
        target = QFileDialog::getSaveFileName(
            this, tr("Export the definition"),
            QDir(settings.definitionsFolder()).filePath(codes.first() + QStringLiteral(".json")),
            tr("Segment definitions (*.json)"));
        if (!target.isEmpty()) settings.setDefinitionsFolder(QFileInfo(target).absolutePath());
    } else {
        target = QFileDialog::getExistingDirectory(
            this, tr("Export %1 definitions into a folder").arg(codes.size()),
            settings.definitionsFolder());
        if (!target.isEmpty()) settings.setDefinitionsFolder(target);
    }
    if (!target.isEmpty()) exportSegments(codes, target);
}

void SegmentListPane::exportSegments(const QStringList &codes, const QString &target)
{
    whenDone(this, SegmentOperations::exportDefinitions(m_settings, codes, target),
             [this](const seg::Result<QStringList> &r) {
                 if (!r)
                     report(false, tr("Export failed: %1").arg(r.error().toString()));
                 else if (r->size() == 1)
                     report(true, tr("Exported to %1.").arg(r->first()));
                 else
                     report(true, tr("Exported %1 definitions to %2.")
                                      .arg(r->size())
                                      .arg(QFileInfo(r->first()).absolutePath()));
             });
}

void SegmentListPane::refreshSegments(const QStringList &codes)
{
    if (codes.isEmpty() || m_refreshJob->isRunning()) return;
    m_refreshJob->start(m_settings, codes, AppSettings().keepHistoryDays());
    updateActions();
}

void SegmentListPane::cancelRefresh()
{
    m_refreshJob->cancel();
}

SegmentEditorDialog *SegmentListPane::openEditor(const QString &code)
{
    seg::SegmentDefinition definition;
    if (!code.isEmpty()) {
        const int row = m_model->rowOfCode(code);
        if (row < 0) return nullptr;
        definition = m_model->record(row).definition;
    }
    return showEditor(new SegmentEditorDialog(m_settings, definition, this));
}

SegmentEditorDialog *SegmentListPane::openEditorFor(const seg::SegmentDefinition &definition)
{
    return showEditor(new SegmentEditorDialog(m_settings, definition, this, true));
}

SegmentEditorDialog *SegmentListPane::showEditor(SegmentEditorDialog *editor)
{
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &SegmentEditorDialog::saved, this, [this](const QString &saved) {
        m_selectAfterLoad = {saved};
        m_model->reload();
        report(true, tr("Saved %1.").arg(saved));
    });
    // Member counts and refresh status in the list follow refreshes and overrides made in the
    // editor.
    connect(editor, &SegmentEditorDialog::membershipChanged, this, [this](const QString &changed) {
        m_selectAfterLoad = {changed};
        m_model->reload();
    });
    emit editorOpened(editor);
    editor->show();
    return editor;
}

#include "members/matchedcustomersview.h"

#include "lookups/picklists.h"

#include "members/customerdetailsdialog.h"
#include "members/memberstatedelegate.h"
#include "members/membertablemodel.h"
#include "members/refreshcontroller.h"
#include "session/storetask.h"
#include "support/appsettings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

using namespace seg;

namespace {

QToolButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(name);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(false);
    return b;
}

// Widths that fit typical values, so a million rows are never measured.
int widthFor(const QString &id, const QFontMetrics &fm)
{
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    static const QHash<QString, int> ems = {
        {QStringLiteral("member"), 6},          {QStringLiteral("customer_id"), 6},
        {QStringLiteral("email"), 23},          {QStringLiteral("firstname"), 8},
        {QStringLiteral("lastname"), 9},        {QStringLiteral("group"), 8},
        {QStringLiteral("website"), 9},         {QStringLiteral("created_at"), 10},
        {QStringLiteral("billing_country"), 7}, {QStringLiteral("billing_region"), 9},
        {QStringLiteral("billing_city"), 9},    {QStringLiteral("billing_postcode"), 7},
        {QStringLiteral("telephone"), 9},       {QStringLiteral("orders"), 5},
        {QStringLiteral("lifetime_sales"), 8},  {QStringLiteral("last_order_at"), 10},
        {QStringLiteral("override_state"), 6},  {QStringLiteral("joined_last_refresh"), 9}};
    return ems.value(id, 8) * em;
}

bool isExportColumn(const QString &id)
{
    return ExportColumns::find(id).has_value();
}

} // namespace

MatchedCustomersView::MatchedCustomersView(QWidget *parent)
    : QWidget(parent), m_model(new MemberTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &MatchedCustomersView::applyFilter);

    buildFilterBar();
    buildActionBar();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(0, new MemberStateDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionsMovable(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(
        QHeaderView::Fixed); // a million rows: no per-row sizing
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_table, 1);

    auto *footer = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("memberCount"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    footer->addWidget(m_status);
    footer->addStretch(1);
    footer->addWidget(m_message);
    layout->addLayout(footer);

    connect(m_table, &QAbstractItemView::doubleClicked, this, &MatchedCustomersView::openDetails);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &MatchedCustomersView::fetchVisible);
    connect(m_model, &MemberTableModel::countChanged, this, &MatchedCustomersView::updateStatus);
    connect(m_model, &MemberTableModel::loadingChanged, this, &MatchedCustomersView::updateStatus);
    connect(m_model, &MemberTableModel::failed, this, [this](const QString &message) {
        m_message->setText(tr("Could not read the members: %1").arg(message));
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MatchedCustomersView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateStatus();
    });

    const QStringList saved = AppSettings().gridColumns();
    if (!saved.isEmpty()) m_model->setColumns(saved);
    const QStringList shown = m_model->columns();
    for (QAction *a : m_columnsMenu->actions()) {
        const QSignalBlocker blocker(a);
        a->setChecked(shown.contains(a->data().toString()));
    }
    applyColumnWidths();
    // Member order first: the one a million rows open fast in.
    m_table->horizontalHeader()->setSortIndicator(m_model->columnOf(ExportColumns::memberId()),
                                                  Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    updateActions();
    updateStatus();
}

void MatchedCustomersView::buildFilterBar()
{
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search email or name…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MatchedCustomersView::applyFilter);

    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryFilter"));
    m_country->addItem(tr("All countries"), QString());
    m_country->setMinimumContentsLength(14);
    connect(m_country, &QComboBox::currentIndexChanged, this, &MatchedCustomersView::applyFilter);

    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->addItem(tr("All groups"), QString());
    m_group->setMinimumContentsLength(14);
    connect(m_group, &QComboBox::currentIndexChanged, this, &MatchedCustomersView::applyFilter);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("Everyone"), int(MemberStateFilter::Any));
    m_state->addItem(tr("Excluded by hand"), int(MemberStateFilter::Excluded));
    m_state->addItem(tr("Included by hand"), int(MemberStateFilter::Included));
    m_state->addItem(tr("Any override"), int(MemberStateFilter::AnyOverride));
    m_state->addItem(tr("No override"), int(MemberStateFilter::NoOverride));
    m_state->addItem(tr("New in the last refresh"), int(MemberStateFilter::JoinedLastRefresh));
    connect(m_state, &QComboBox::currentIndexChanged, this, &MatchedCustomersView::applyFilter);

    m_columnsButton = button(tr("Columns"), QStringLiteral("columnsButton"), this);
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsMenu = new QMenu(m_columnsButton);
    for (const ExportColumn &c : MemberPageQuery::columns()) {
        QAction *a = m_columnsMenu->addAction(c.label);
        a->setCheckable(true);
        a->setData(c.id);
        connect(a, &QAction::toggled, this, &MatchedCustomersView::chooseColumns);
    }
    m_columnsButton->setMenu(m_columnsMenu);

    bar->addWidget(m_search, 2);
    bar->addWidget(m_country);
    bar->addWidget(m_group);
    bar->addWidget(m_state);
    bar->addStretch(1);
    bar->addWidget(m_columnsButton);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);
}

void MatchedCustomersView::buildActionBar()
{
    auto *bar = new QHBoxLayout;
    m_exclude = button(tr("Exclude…"), QStringLiteral("excludeButton"), this);
    m_exclude->setToolTip(
        tr("Keep the selected customers out of this segment, whatever the conditions say"));
    m_include = button(tr("Include…"), QStringLiteral("includeButton"), this);
    m_include->setToolTip(
        tr("Keep the selected customers in this segment, whatever the conditions say"));
    m_reset = button(tr("Reset override"), QStringLiteral("resetButton"), this);
    m_reset->setToolTip(tr("Let the conditions decide again for the selected customers"));
    m_copy = button(tr("Copy emails"), QStringLiteral("copyButton"), this);
    m_export = button(tr("Export"), QStringLiteral("exportButton"), this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Export selected…"), this, [this] { askExport(true); });
    exportMenu->addAction(tr("Export all…"), this, [this] { askExport(false); });
    m_export->setMenu(exportMenu);
    m_refresh = button(tr("Refresh…"), QStringLiteral("refreshButton"), this);
    m_refresh->setToolTip(tr("See who would enter and leave, then refresh the membership"));

    connect(m_exclude, &QToolButton::clicked, this, [this] { askOverride(OverrideKind::Exclude); });
    connect(m_include, &QToolButton::clicked, this, [this] { askOverride(OverrideKind::Include); });
    connect(m_reset, &QToolButton::clicked, this, [this] { askOverride(std::nullopt); });
    connect(m_copy, &QToolButton::clicked, this, &MatchedCustomersView::copyEmails);
    connect(m_refresh, &QToolButton::clicked, this, &MatchedCustomersView::refreshSegment);

    bar->addWidget(m_exclude);
    bar->addWidget(m_include);
    bar->addWidget(m_reset);
    bar->addSpacing(12);
    bar->addWidget(m_copy);
    bar->addWidget(m_export);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);
}

// ---------------------------------------------------------------------------------------

void MatchedCustomersView::setSegment(const ConnectionSettings &settings,
                                      const QString &segmentCode)
{
    m_message->clear();
    m_model->setSegment(settings, segmentCode);
    loadChoices();
    updateActions();
}

void MatchedCustomersView::setPreview(const ConnectionSettings &settings,
                                      const SegmentDefinition &definition,
                                      const std::optional<QDateTime> &asOf)
{
    m_message->clear();
    m_model->setPreview(settings, definition, asOf);
    loadChoices();
    updateActions();
}

void MatchedCustomersView::loadChoices()
{
    struct Choices
    {
        QList<PickItem> groups, countries;
    };
    auto *watcher = new QFutureWatcher<Result<Choices>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<Choices> r = watcher->future().result();
        if (!r) return;
        const QString group = m_group->currentData().toString(),
                      country = m_country->currentData().toString();
        const QSignalBlocker b1(m_group), b2(m_country);
        while (m_group->count() > 1)
            m_group->removeItem(1);
        while (m_country->count() > 1)
            m_country->removeItem(1);
        for (const PickItem &g :
             r->groups) // the grid filters on the group code, the pick list's label
            m_group->addItem(g.label, g.label);
        for (const PickItem &c : r->countries)
            m_country->addItem(c.label, c.value);
        m_group->setCurrentIndex(qMax(0, m_group->findData(group)));
        m_country->setCurrentIndex(qMax(0, m_country->findData(country)));
    });
    watcher->setFuture(
        runStoreTask<Choices>(m_model->settings(), [](StoreSession &session) -> Result<Choices> {
            // The builder's pick lists: every group, and the countries of customer and order
            // addresses.
            Result<QList<PickItem>> groups =
                loadPickList(session, PickListKind::CustomerGroups, {}, 1000);
            if (!groups) return groups.error();
            Result<QList<PickItem>> countries =
                loadPickList(session, PickListKind::Countries, {}, 1000);
            if (!countries) return countries.error();
            return Choices{*groups, *countries};
        }));
}

void MatchedCustomersView::applyFilter()
{
    m_searchDelay->stop();
    MemberFilter f;
    f.text = m_search->text().trimmed();
    f.country = m_country->currentData().toString();
    f.group = m_group->currentData().toString();
    f.state = MemberStateFilter(m_state->currentData().toInt());
    m_model->setFilter(f);
}

void MatchedCustomersView::fetchVisible()
{
    if (m_model->rowCount() == 0) return;
    const int first = qMax(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0) last = m_model->rowCount() - 1;
    m_model->fetchRange(first, last);
}

void MatchedCustomersView::updateStatus()
{
    const QLocale locale;
    const qint64 count = m_model->totalCount();
    QString text;
    if (!m_model->hasSource())
        text = tr("No segment");
    else if (m_model->countState() == MemberTableModel::CountState::Unknown)
        text = m_model->isPreview() ? tr("Evaluating the definition…") : tr("Counting…");
    else if (m_model->countState() == MemberTableModel::CountState::Partial)
        text = tr("%1+ customers, counting…").arg(locale.toString(count));
    else
        text = count == 1 ? tr("1 customer") : tr("%1 customers").arg(locale.toString(count));
    const qsizetype selected = m_table ? m_table->selectionModel()->selectedRows().size() : 0;
    if (selected > 0) text += tr(" · %1 selected").arg(locale.toString(qint64(selected)));
    if (m_model->isPreview()) text += tr(" · preview of the unsaved definition");
    m_status->setText(text);
}

void MatchedCustomersView::updateActions()
{
    const bool hasRows = m_model->rowCount() > 0;
    const bool selected = m_table && m_table->selectionModel()->hasSelection();
    const bool saved = m_model->hasSource() && !m_model->isPreview();
    m_exclude->setEnabled(saved && selected && !m_busy);
    m_include->setEnabled(saved && selected && !m_busy);
    m_reset->setEnabled(saved && selected && !m_busy);
    m_copy->setEnabled(selected && !m_busy);
    m_export->setEnabled(hasRows && !m_busy);
    m_refresh->setEnabled(saved && !m_busy);
    m_refresh->setVisible(!m_model->isPreview());
}

void MatchedCustomersView::chooseColumns()
{
    m_model->setColumns(chosenColumns());
    applyColumnWidths();
    saveColumns();
}

void MatchedCustomersView::applyColumnWidths()
{
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(0, fm.horizontalAdvance(QLatin1Char('M')) * 9);
    const QStringList ids = m_model->columns();
    for (int i = 0; i < ids.size(); ++i)
        m_table->setColumnWidth(
            i + 1,
            qMax(widthFor(ids[i], fm),
                 fm.horizontalAdvance(m_model->headerData(i + 1, Qt::Horizontal).toString()) + 24));
}

QStringList MatchedCustomersView::chosenColumns() const
{
    QStringList ids;
    for (QAction *a : m_columnsMenu->actions())
        if (a->isChecked()) ids << a->data().toString();
    return ids;
}

void MatchedCustomersView::saveColumns()
{
    AppSettings().setGridColumns(m_model->columns());
}

// ---------------------------------------------------------------------------------------
// Actions

MemberSelection MatchedCustomersView::selection(bool all) const
{
    MemberSelection s;
    s.settings = m_model->settings();
    s.segmentCode = m_model->segmentCode();
    s.preview = m_model->previewDefinition();
    s.previewAsOf = m_model->previewAsOf();
    s.filter = m_model->filter();
    s.sort = m_model->sortOrder();
    s.all = all;
    if (all) return s;
    bool allLoaded = true;
    QList<MemberKey> known;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        s.ranges << qMakePair(qint64(range.top()), qint64(range.bottom()));
        for (int row = range.top(); row <= range.bottom() && allLoaded; ++row) {
            const std::optional<MemberPageRow> r = m_model->rowAt(row);
            if (!r)
                allLoaded = false;
            else
                known << r->key;
        }
    }
    std::sort(s.ranges.begin(), s.ranges.end());
    if (allLoaded) {
        // In the grid's order, whatever the order the ranges were selected in.
        QList<QPair<int, MemberKey>> ordered;
        for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
            for (int row = range.top(); row <= range.bottom(); ++row)
                ordered << qMakePair(row, m_model->rowAt(row)->key);
        std::sort(ordered.begin(), ordered.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &p : ordered)
            s.knownKeys << p.second;
    }
    return s;
}

void MatchedCustomersView::askOverride(std::optional<OverrideKind> kind)
{
    const qsizetype n = m_table->selectionModel()->selectedRows().size();
    if (n == 0) return;
    bool ok = false;
    const QString title = !kind ? tr("Reset the override of %n customer(s)", nullptr, int(n))
                          : *kind == OverrideKind::Exclude
                              ? tr("Exclude %n customer(s)", nullptr, int(n))
                              : tr("Include %n customer(s)", nullptr, int(n));
    const QString reason = QInputDialog::getText(
        this, title, tr("Reason (optional, kept in the history):"), QLineEdit::Normal, {}, &ok);
    if (!ok) return;
    applyOverride(kind, reason.trimmed());
}

QFuture<Result<qint64>> MatchedCustomersView::applyOverride(std::optional<OverrideKind> kind,
                                                            const QString &reason)
{
    QFuture<Result<qint64>> future = MemberActions::setOverride(selection(), kind, reason);
    m_busy = true;
    updateActions();
    m_message->setText(tr("Saving…"));
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, kind] {
        watcher->deleteLater();
        m_busy = false;
        const Result<qint64> r = watcher->future().result();
        QString message;
        if (!r) {
            message = tr("Could not save: %1").arg(r.error().toString());
        } else {
            const int n = int(*r);
            message =
                !kind ? tr("Override reset for %n customer(s).", nullptr, n)
                : *kind == OverrideKind::Exclude
                    ? tr("%n customer(s) excluded; they leave at the next refresh.", nullptr, n)
                    : tr("%n customer(s) included; they join at the next refresh.", nullptr, n);
            m_model->reload();
            emit membershipChanged();
        }
        m_message->setText(message);
        updateActions();
        emit actionFinished(r.ok(), message);
    });
    watcher->setFuture(future);
    return future;
}

void MatchedCustomersView::askExport(bool selectedOnly)
{
    AppSettings settings;
    const QString base = m_model->isPreview() ? tr("preview") : m_model->segmentCode();
    const QString dir = settings.lastExportDir();
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, selectedOnly ? tr("Export the selected customers") : tr("Export all customers"),
        QDir(dir).filePath(base + QStringLiteral(".xlsx")),
        tr("Excel workbook (*.xlsx);;CSV (*.csv);;Excel 2003 XML (*.xml)"), &selectedFilter);
    if (path.isEmpty()) return;
    settings.setLastExportDir(QFileInfo(path).absolutePath());
    exportTo(path, selectedOnly);
}

void MatchedCustomersView::exportTo(const QString &path, bool selectedOnly)
{
    ExportOptions options;
    const std::optional<ExportFormat> format = exportFormatFromName(QFileInfo(path).suffix());
    options.format = format.value_or(ExportFormat::Csv);
    options.path = path;
    options.bom = options.format == ExportFormat::Csv; // Excel reads UTF-8 CSV with a BOM
    for (const QString &id : m_model->columns())
        if (isExportColumn(id)) options.columns << id;
    const MemberSelection s = selection(!selectedOnly);
    const qint64 total =
        selectedOnly ? m_table->selectionModel()->selectedRows().size() : m_model->totalCount();

    QFuture<Result<ExportSummary>> future = MemberActions::exportMembers(s, options);
    auto *progress =
        new QProgressDialog(tr("Exporting %1 customers to %2…")
                                .arg(QLocale().toString(total), QFileInfo(path).fileName()),
                            tr("Cancel"), 0, int(qMin<qint64>(total, INT_MAX)), this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    auto *watcher = new QFutureWatcher<Result<ExportSummary>>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher,
            [watcher] { watcher->future().cancel(); });
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, progress = QPointer<QProgressDialog>(progress), path] {
                watcher->deleteLater();
                if (progress) {
                    progress->disconnect(watcher); // closing a progress dialog emits canceled()
                    progress->close();
                }
                QString message;
                bool ok = false;
                if (watcher->future().isCanceled() || watcher->future().resultCount() == 0) {
                    message = tr("Export cancelled; nothing was written.");
                } else if (const Result<ExportSummary> r = watcher->future().result(); !r) {
                    message = r.error().is(seg::ErrorCode::Cancelled)
                                  ? tr("Export cancelled; nothing was written.")
                                  : tr("Export failed: %1").arg(r.error().toString());
                } else {
                    ok = true;
                    message = tr("%1 customers exported to %2.")
                                  .arg(QLocale().toString(r->rows), QDir::toNativeSeparators(path));
                }
                m_message->setText(message);
                emit exportFinished(ok, message);
            });
    watcher->setFuture(future);
}

void MatchedCustomersView::copyEmails()
{
    const MemberSelection s = selection();
    auto *watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<QStringList> r = watcher->future().result();
        QString message;
        if (!r) {
            message = tr("Could not copy: %1").arg(r.error().toString());
        } else {
            QApplication::clipboard()->setText(r->join(QLatin1Char('\n')));
            message = tr("%n email(s) copied.", nullptr, int(r->size()));
        }
        m_message->setText(message);
        emit actionFinished(r.ok(), message);
    });
    watcher->setFuture(MemberActions::emails(s));
}

void MatchedCustomersView::refreshSegment()
{
    if (m_model->isPreview() || !m_model->hasSource()) return;
    auto *controller =
        RefreshController::refreshSegment(m_model->settings(), m_model->segmentCode(), this);
    m_busy = true;
    updateActions();
    connect(controller, &RefreshController::finished, this,
            [this](bool refreshed, const QString &message) {
                m_busy = false;
                m_message->setText(message);
                if (refreshed) {
                    m_model->reload();
                    emit membershipChanged();
                }
                updateActions();
                emit actionFinished(refreshed, message);
            });
}

void MatchedCustomersView::openDetails(const QModelIndex &index)
{
    const std::optional<MemberPageRow> row = m_model->rowAt(index.row());
    if (!row) return;
    auto *dialog =
        new CustomerDetailsDialog(m_model->settings(), row->key,
                                  m_model->isPreview() ? QString() : m_model->segmentCode(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

#include "integrations/destinationspane.h"

#include "integrations/destinationdialog.h"
#include "integrations/destinationtablemodel.h"
#include "integrations/syncfailuretablemodel.h"
#include "integrations/syncruntablemodel.h"
#include "net/destinationrepository.h"
#include "net/integrationtables.h"
#include "session/storetask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace seg;

namespace {

QTreeView *makeView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

Result<DestinationsSnapshot> readSnapshot(StoreSession &s)
{
    const StoreConnection &c = *s.storage.connection;
    const QString p = s.storage.tablePrefix;
    if (auto st = IntegrationTables::ensure(c, p); !st) return st.error();
    DestinationsSnapshot snapshot;
    Result<QList<SegmentRecord>> segments = s.segments->list();
    if (!segments) return segments.error();
    for (const SegmentRecord &r : *segments)
        snapshot.segments << qMakePair(r.definition.code, r.definition.name);
    Result<QList<Destination>> destinations = DestinationRepository(c, p).list();
    if (!destinations) return destinations.error();
    snapshot.destinations = *destinations;
    SyncRepository syncs(c, p);
    for (const Destination &d : snapshot.destinations) {
        Result<std::optional<SyncRun>> last = syncs.lastRun(d.id);
        if (last && *last) snapshot.lastRuns.insert(d.id, **last);
    }
    Result<QList<SyncRun>> runs = syncs.runs(std::nullopt, {}, 200);
    if (!runs) return runs.error();
    snapshot.runs = *runs;
    return snapshot;
}

} // namespace

DestinationsPane::DestinationsPane(QWidget *parent) : QWidget(parent)
{
    m_destinationModel = new DestinationTableModel(this);
    m_runModel = new SyncRunTableModel(this);
    m_failureModel = new SyncFailureTableModel(this);
    buildUi();
    using LoadWatcher = QFutureWatcher<Result<DestinationsSnapshot>>;
    connect(&m_loadWatcher, &LoadWatcher::finished, this, [this] {
        const Result<DestinationsSnapshot> r = m_loadWatcher.result();
        if (m_loadWatcher.property("generation").toInt() != m_generation)
            return; // a newer load is on its way
        if (!r) {
            setStatus(tr("Cannot read the integrations: %1").arg(r.error().message), true);
            emit failed(r.error().message);
            return;
        }
        showSnapshot(*r);
        emit loaded();
    });
    using SyncWatcher = QFutureWatcher<Result<SyncResult>>;
    connect(&m_syncWatcher, &SyncWatcher::progressValueChanged, this, [this](int value) {
        m_progress->setRange(0, qMax(1, m_syncWatcher.progressMaximum()));
        m_progress->setValue(value);
        if (!m_syncWatcher.progressText().isEmpty())
            m_syncStatus->setText(m_syncWatcher.progressText());
    });
    connect(&m_syncWatcher, &SyncWatcher::finished, this, &DestinationsPane::showSyncResult);
}

DestinationsPane::~DestinationsPane()
{
    if (m_cancel) m_cancel->store(true);
    m_syncWatcher.waitForFinished();
    m_loadWatcher.waitForFinished();
}

void DestinationsPane::buildUi()
{
    auto *destinationsBox = new QGroupBox(tr("Destinations"), this);
    m_destinations = makeView(m_destinationModel, destinationsBox);
    m_add = new QPushButton(tr("Add…"), destinationsBox);
    m_edit = new QPushButton(tr("Edit…"), destinationsBox);
    m_remove = new QPushButton(tr("Remove"), destinationsBox);
    auto *destinationButtons = new QHBoxLayout;
    destinationButtons->addWidget(m_add);
    destinationButtons->addWidget(m_edit);
    destinationButtons->addWidget(m_remove);
    destinationButtons->addStretch();
    auto *destinationsLayout = new QVBoxLayout(destinationsBox);
    destinationsLayout->addWidget(m_destinations);
    destinationsLayout->addLayout(destinationButtons);

    auto *syncBox = new QGroupBox(tr("Sync"), this);
    m_segment = new QComboBox(syncBox);
    m_segment->setMinimumContentsLength(24);
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dryRun = new QCheckBox(tr("Preview only (dry run)"), syncBox);
    m_syncNow = new QPushButton(tr("Sync now"), syncBox);
    m_syncNow->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), syncBox);
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(syncBox);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_syncStatus = new QLabel(tr("Choose a destination and a segment, then Sync now: only the "
                                 "changes since the last sync are sent."),
                              syncBox);
    m_syncStatus->setWordWrap(true);
    auto *syncRow = new QHBoxLayout;
    syncRow->addWidget(new QLabel(tr("Segment:"), syncBox));
    syncRow->addWidget(m_segment, 1);
    syncRow->addWidget(m_dryRun);
    syncRow->addWidget(m_syncNow);
    syncRow->addWidget(m_cancelButton);
    auto *syncLayout = new QVBoxLayout(syncBox);
    syncLayout->addLayout(syncRow);
    syncLayout->addWidget(m_progress);
    syncLayout->addWidget(m_syncStatus);

    auto *historyBox = new QGroupBox(tr("Sync history"), this);
    m_history = makeView(m_runModel, historyBox);
    m_history->header()->setSectionResizeMode(SyncRunTableModel::ProblemColumn,
                                              QHeaderView::Stretch);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_failuresTitle = new QLabel(tr("Refused members of the selected sync"), historyBox);
    m_failures = makeView(m_failureModel, historyBox);
    m_failures->header()->setSectionResizeMode(SyncFailureTableModel::ReasonColumn,
                                               QHeaderView::Stretch);
    m_failures->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_failures->setMaximumHeight(130);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(m_failuresTitle);
    historyLayout->addWidget(m_failures);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(destinationsBox, 2);
    layout->addWidget(syncBox);
    layout->addWidget(historyBox, 4);

    // Names for tests and the shell's tour.
    m_destinations->setObjectName(QStringLiteral("destinations"));
    m_segment->setObjectName(QStringLiteral("segment"));
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    m_history->setObjectName(QStringLiteral("history"));
    m_failures->setObjectName(QStringLiteral("failures"));

    connect(m_add, &QPushButton::clicked, this, &DestinationsPane::addDestinationClicked);
    connect(m_edit, &QPushButton::clicked, this, &DestinationsPane::editDestinationClicked);
    connect(m_destinations, &QTreeView::doubleClicked, this,
            &DestinationsPane::editDestinationClicked);
    connect(m_remove, &QPushButton::clicked, this, &DestinationsPane::removeDestinationClicked);
    connect(m_destinations->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DestinationsPane::updateButtons);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &DestinationsPane::updateButtons);
    connect(m_syncNow, &QPushButton::clicked, this, &DestinationsPane::syncNow);
    connect(m_cancelButton, &QPushButton::clicked, this, &DestinationsPane::cancelSync);
    connect(m_history->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DestinationsPane::showRunFailures);
    updateButtons();
}

void DestinationsPane::setStore(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_hasStore = true;
    reload();
    updateButtons();
}

void DestinationsPane::setSecretStore(SecretStore *store)
{
    m_secretStore = store;
}

SecretStore *DestinationsPane::secrets()
{
    if (m_secretStore && m_secretStore->available()) return m_secretStore;
    if (!m_sessionSecrets) m_sessionSecrets = std::make_unique<InMemorySecretStore>();
    return m_sessionSecrets.get();
}

void DestinationsPane::reload()
{
    if (!m_hasStore) return;
    const int generation = ++m_generation;
    m_loadWatcher.setProperty("generation", generation);
    m_loadWatcher.setFuture(runStoreTask<DestinationsSnapshot>(m_settings, &readSnapshot, true));
}

void DestinationsPane::showSnapshot(const DestinationsSnapshot &snapshot)
{
    const QString selected = selectedDestination();
    const QString segment = m_segment->currentData().toString();
    const qint64 run = selectedRun();
    m_snapshot = snapshot;

    QHash<qint64, QString> destinationNames;
    for (const Destination &d : snapshot.destinations)
        destinationNames.insert(d.id, d.name);
    m_destinationModel->setDestinations(snapshot.destinations, snapshot.lastRuns);
    const int destinationRow = m_destinationModel->rowOf(selected);
    if (m_destinationModel->rowCount() > 0)
        m_destinations->setCurrentIndex(
            m_destinationModel->index(destinationRow >= 0 ? destinationRow : 0, 0));

    m_segment->blockSignals(true);
    m_segment->clear();
    for (const auto &[code, name] : snapshot.segments)
        m_segment->addItem(name == code ? code : QStringLiteral("%1 (%2)").arg(name, code), code);
    const int index = m_segment->findData(segment);
    m_segment->setCurrentIndex(index >= 0 ? index : (m_segment->count() > 0 ? 0 : -1));
    m_segment->blockSignals(false);

    m_runModel->setRuns(snapshot.runs, destinationNames);
    const int runRow = m_runModel->rowOf(run);
    if (m_runModel->rowCount() > 0)
        m_history->setCurrentIndex(m_runModel->index(runRow >= 0 ? runRow : 0, 0));
    showRunFailures();
    updateButtons();
}

QString DestinationsPane::selectedDestination() const
{
    const QModelIndex current = m_destinations->currentIndex();
    return current.isValid() ? m_destinationModel->destination(current.row()).name : QString();
}

qint64 DestinationsPane::selectedRun() const
{
    const QModelIndex current = m_history->currentIndex();
    return current.isValid() ? m_runModel->run(current.row()).id : 0;
}

void DestinationsPane::updateButtons()
{
    const bool busy = m_syncWatcher.isRunning();
    const bool hasDestination = m_destinations->currentIndex().isValid();
    m_add->setEnabled(m_hasStore);
    m_edit->setEnabled(hasDestination);
    m_remove->setEnabled(hasDestination && !busy);
    m_syncNow->setEnabled(m_hasStore && hasDestination && m_segment->currentIndex() >= 0 && !busy);
}

void DestinationsPane::showRunFailures()
{
    m_failureModel->clear();
    const QModelIndex current = m_history->currentIndex();
    const qint64 runId = selectedRun();
    const bool any = current.isValid() && m_runModel->run(current.row()).failed > 0;
    m_failuresTitle->setText(any ? tr("Refused members of the selected sync")
                                 : tr("The selected sync has no refused members."));
    if (!any || !m_hasStore) return;
    using Watcher = QFutureWatcher<Result<QList<SyncFailure>>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, runId] {
        watcher->deleteLater();
        const Result<QList<SyncFailure>> r = watcher->result();
        if (r && selectedRun() == runId) m_failureModel->setFailures(*r);
    });
    watcher->setFuture(runStoreTask<QList<SyncFailure>>(m_settings, [runId](StoreSession &s) {
        return SyncRepository(*s.storage.connection, s.storage.tablePrefix).failures(runId);
    }));
}

void DestinationsPane::setStatus(const QString &text, bool error)
{
    m_syncStatus->setText(text);
    m_syncStatus->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

// ------------------------------------------------------------------ destinations

void DestinationsPane::addDestinationClicked()
{
    auto *dialog = new DestinationDialog(m_snapshot.segments, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { saveDestination(dialog->destination(), dialog->apiKey()); });
    dialog->open();
}

void DestinationsPane::editDestinationClicked()
{
    const QString name = selectedDestination();
    for (const Destination &d : m_snapshot.destinations) {
        if (d.name != name) continue;
        auto *dialog = new DestinationDialog(m_snapshot.segments, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const Result<QString> stored = secrets()->read(d.secretKey());
        dialog->setDestination(d, stored && !stored->isEmpty());
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { saveDestination(dialog->destination(), dialog->apiKey()); });
        dialog->open();
        return;
    }
}

void DestinationsPane::removeDestinationClicked()
{
    const QString name = selectedDestination();
    if (name.isEmpty()) return;
    if (QMessageBox::question(this, tr("Remove destination"),
                              tr("Remove the destination \"%1\" with its sync history and stored "
                                 "API key? Nothing is deleted in the tool itself.")
                                  .arg(name)) == QMessageBox::Yes)
        removeDestination(name);
}

void DestinationsPane::saveDestination(const Destination &destination, const QString &apiKey)
{
    if (!apiKey.isEmpty()) {
        // An explicit Save: a short wait on the keychain is acceptable here.
        if (Status st = secrets()->write(destination.secretKey(), apiKey); !st) {
            setStatus(tr("The API key could not be stored: %1").arg(st.error().message), true);
            return;
        }
    }
    auto *watcher = new QFutureWatcher<Result<Destination>>(this);
    connect(watcher, &QFutureWatcher<Result<Destination>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<Destination> r = watcher->result();
        if (!r)
            setStatus(tr("The destination was not saved: %1").arg(r.error().message), true);
        else
            setStatus(tr("Destination %1 saved.").arg(r->name), false);
        reload();
    });
    watcher->setFuture(runStoreTask<Destination>(
        m_settings,
        [destination](StoreSession &s) {
            return DestinationRepository(*s.storage.connection, s.storage.tablePrefix)
                .save(destination);
        },
        true));
}

void DestinationsPane::removeDestination(const QString &name)
{
    secrets()->remove(Destination::secretKeyFor(name));
    auto *watcher = new QFutureWatcher<Result<bool>>(this);
    connect(watcher, &QFutureWatcher<Result<bool>>::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        const Result<bool> r = watcher->result();
        if (!r)
            setStatus(tr("The destination was not removed: %1").arg(r.error().message), true);
        else
            setStatus(tr("Destination %1 removed.").arg(name), false);
        reload();
    });
    watcher->setFuture(runStoreTask<bool>(
        m_settings,
        [name](StoreSession &s) {
            return DestinationRepository(*s.storage.connection, s.storage.tablePrefix).remove(name);
        },
        true));
}

// ------------------------------------------------------------------ sync

void DestinationsPane::syncNow()
{
    const QString destination = selectedDestination();
    const QString segment = m_segment->currentData().toString();
    if (destination.isEmpty() || segment.isEmpty() || m_syncWatcher.isRunning()) return;
    const bool dryRun = m_dryRun->isChecked();
    QString apiKey;
    if (!dryRun) {
        // An explicit action: read the key now (the keychain may ask the user).
        const Result<QString> key = secrets()->read(Destination::secretKeyFor(destination));
        if (!key || key->isEmpty()) {
            setStatus(tr("No API key is stored for %1: edit the destination and enter its key.")
                          .arg(destination),
                      true);
            return;
        }
        apiKey = *key;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_progress->setRange(0, 0); // busy until the difference is known
    setStatus(dryRun ? tr("Comparing %1 with %2…").arg(segment, destination)
                     : tr("Syncing %1 to %2…").arg(segment, destination),
              false);
    m_cancelButton->setEnabled(true);
    m_syncWatcher.setFuture(runStoreTaskWithProgress<SyncResult>(
        m_settings,
        [destination, segment, apiKey, dryRun,
         cancel](StoreSession &s, QPromise<Result<SyncResult>> &promise) -> Result<SyncResult> {
            SyncOptions options;
            options.dryRun = dryRun;
            options.cancelled = cancel.get();
            options.progress = [&promise](const SyncProgress &p) {
                if (p.total > 0) promise.setProgressRange(0, int(qMin<qint64>(p.total, INT_MAX)));
                promise.setProgressValueAndText(
                    int(qMin<qint64>(p.done, INT_MAX)),
                    p.total > 0
                        ? DestinationsPane::tr("%1 of %2 changes sent").arg(p.done).arg(p.total)
                        : QString());
            };
            return SegmentSync(s).run(destination, segment, apiKey, options);
        },
        true));
    updateButtons();
}

void DestinationsPane::showSyncResult()
{
    const Result<SyncResult> r = m_syncWatcher.result();
    m_cancel.reset();
    m_cancelButton->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(r ? 1 : 0);
    if (!r) {
        setStatus(tr("Sync failed: %1").arg(r.error().message), true);
    } else if (r->status == QLatin1String("dry_run")) {
        setStatus(tr("Preview: %1 to add, %2 to remove. Nothing was sent.")
                      .arg(r->toAdd)
                      .arg(r->toRemove),
                  false);
    } else if (r->status == QLatin1String("cancelled")) {
        setStatus(tr("Sync cancelled after %1 added and %2 removed; the next sync continues from "
                     "there.")
                      .arg(r->added)
                      .arg(r->removed),
                  true);
    } else {
        QString text = tr("Synced: %1 added, %2 removed").arg(r->added).arg(r->removed);
        if (r->failed > 0) text += tr(", %n refused (see below)", nullptr, int(r->failed));
        if (r->withoutEmail > 0)
            text += tr(", %n without an email skipped", nullptr, int(r->withoutEmail));
        setStatus(text + QLatin1Char('.'), r->failed > 0);
    }
    updateButtons();
    reload();
    emit syncFinished(r.ok() && r->status != QLatin1String("failed"));
}

void DestinationsPane::cancelSync()
{
    if (m_cancel) m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    setStatus(tr("Cancelling after the current batch…"), false);
}

#include "integrations/integrationsview.h"

#include "app/appsettings.h"
#include "integrations/destinationdialog.h"
#include "net/apiserver.h"
#include "net/destinationrepository.h"
#include "net/integrationtables.h"
#include "session/storetask.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace seg;

namespace {

QString runStatusLabel(const QString &status)
{
    if (status == QLatin1String("completed"))
        return IntegrationsView::tr("Completed");
    if (status == QLatin1String("partial"))
        return IntegrationsView::tr("Completed with failures");
    if (status == QLatin1String("failed"))
        return IntegrationsView::tr("Failed");
    if (status == QLatin1String("cancelled"))
        return IntegrationsView::tr("Cancelled");
    if (status == QLatin1String("interrupted"))
        return IntegrationsView::tr("Interrupted (resumed by the next sync)");
    if (status == QLatin1String("running"))
        return IntegrationsView::tr("Running");
    if (status == QLatin1String("dry_run"))
        return IntegrationsView::tr("Preview only");
    return status;
}

QString kindLabel(DestinationKind kind)
{
    return kind == DestinationKind::Mailchimp ? IntegrationsView::tr("Mailchimp") : IntegrationsView::tr("Klaviyo");
}

// "14:05" today, "3 Nov 14:05" this year, else the locale's short date and time.
QString localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    const QDateTime local = utc.toLocalTime();
    const QDate today = QDate::currentDate();
    if (local.date() == today)
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date().year() == today.year())
        return QLocale().toString(local, QStringLiteral("d MMM HH:mm"));
    return QLocale().toString(local, QLocale::ShortFormat);
}

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// HOST:PORT; port 0 lets the system choose.
bool parseListen(const QString &text, QString &host, int &port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    port = colon > 0 ? text.mid(colon + 1).toInt(&ok) : -1;
    host = colon > 0 ? text.left(colon).trimmed() : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return ok && port >= 0 && port <= 65535 && !host.isEmpty();
}

} // namespace

IntegrationsView::IntegrationsView(QWidget *parent) : QWidget(parent)
{
    buildUi();
    connect(&m_loadWatcher, &QFutureWatcher<Result<IntegrationsSnapshot>>::finished, this, [this] {
        const Result<IntegrationsSnapshot> r = m_loadWatcher.result();
        if (m_loadWatcher.property("generation").toInt() != m_generation)
            return; // a newer load is on its way
        if (!r) {
            setStatus(m_syncStatus, tr("Cannot read the integrations: %1").arg(r.error().message), true);
            emit failed(r.error().message);
            return;
        }
        showSnapshot(*r);
        emit loaded();
    });
    connect(&m_syncWatcher, &QFutureWatcher<Result<SyncResult>>::progressValueChanged, this, [this](int value) {
        m_progress->setRange(0, qMax(1, m_syncWatcher.progressMaximum()));
        m_progress->setValue(value);
        if (!m_syncWatcher.progressText().isEmpty())
            m_syncStatus->setText(m_syncWatcher.progressText());
    });
    connect(&m_syncWatcher, &QFutureWatcher<Result<SyncResult>>::finished, this, [this] {
        const Result<SyncResult> r = m_syncWatcher.result();
        m_cancel.reset();
        m_cancelButton->setEnabled(false);
        m_progress->setRange(0, 1);
        m_progress->setValue(r ? 1 : 0);
        if (!r) {
            setStatus(m_syncStatus, tr("Sync failed: %1").arg(r.error().message), true);
        } else if (r->status == QLatin1String("dry_run")) {
            setStatus(m_syncStatus, tr("Preview: %1 to add, %2 to remove. Nothing was sent.").arg(r->toAdd).arg(r->toRemove), false);
        } else if (r->status == QLatin1String("cancelled")) {
            setStatus(m_syncStatus, tr("Sync cancelled after %1 added and %2 removed; the next sync continues from there.").arg(r->added).arg(r->removed), true);
        } else {
            QString text = tr("Synced: %1 added, %2 removed").arg(r->added).arg(r->removed);
            if (r->failed > 0)
                text += tr(", %n refused (see below)", nullptr, int(r->failed));
            if (r->withoutEmail > 0)
                text += tr(", %n without an email skipped", nullptr, int(r->withoutEmail));
            setStatus(m_syncStatus, text + QLatin1Char('.'), r->failed > 0);
        }
        updateButtons();
        reload();
        emit syncFinished(r.ok() && r->status != QLatin1String("failed"));
    });
}

IntegrationsView::~IntegrationsView()
{
    if (m_cancel)
        m_cancel->store(true);
    m_server.reset(); // its worker threads end before the widgets go
    m_syncWatcher.waitForFinished();
    m_loadWatcher.waitForFinished();
}

void IntegrationsView::buildUi()
{
    // Left: destinations, sync, history. Right: the REST API.
    auto *destinationsBox = new QGroupBox(tr("Destinations"), this);
    m_destinations = makeTree({tr("Name"), tr("Tool"), tr("Audience / list"), tr("Last sync"), tr("Result")}, destinationsBox);
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
    m_syncStatus = new QLabel(tr("Choose a destination and a segment, then Sync now: only the changes since the last sync are sent."), syncBox);
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
    m_history = makeTree({tr("Started"), tr("Destination"), tr("Segment"), tr("Result"), tr("Added"), tr("Removed"), tr("Refused"), tr("Retries"), tr("Problem")},
                         historyBox);
    m_failuresTitle = new QLabel(tr("Refused members of the selected sync"), historyBox);
    m_failures = makeTree({tr("Member"), tr("Email"), tr("Action"), tr("Reason")}, historyBox);
    m_failures->setMaximumHeight(130);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(m_failuresTitle);
    historyLayout->addWidget(m_failures);

    auto *left = new QVBoxLayout;
    left->addWidget(destinationsBox, 2);
    left->addWidget(syncBox);
    left->addWidget(historyBox, 4);

    auto *apiBox = new QGroupBox(tr("REST API"), this);
    m_apiEnabled = new QCheckBox(tr("Serve the REST API"), apiBox);
    m_listen = new QLineEdit(AppSettings().restApiListenAddress(), apiBox);
    m_listen->setToolTip(tr("HOST:PORT. 127.0.0.1 keeps the API on this computer; other addresses open it to the network."));
    m_apiStatus = new QLabel(tr("Off. Marketing tools and scripts can read segments and members over HTTP with a token."), apiBox);
    m_apiStatus->setWordWrap(true);
    m_apiStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *apiForm = new QFormLayout;
    apiForm->addRow(m_apiEnabled);
    apiForm->addRow(tr("Listen on:"), m_listen);
    m_tokens = makeTree({tr("Token"), tr("Access"), tr("Created")}, apiBox);
    m_createToken = new QPushButton(tr("Create token…"), apiBox);
    m_revokeToken = new QPushButton(tr("Revoke"), apiBox);
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_createToken);
    tokenButtons->addWidget(m_revokeToken);
    tokenButtons->addStretch();
    m_requestLog = new QPlainTextEdit(apiBox);
    m_requestLog->setReadOnly(true);
    m_requestLog->setMaximumBlockCount(500);
    m_requestLog->setPlaceholderText(tr("Requests appear here while the API is on."));
    m_requestLog->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requestLog->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *apiLayout = new QVBoxLayout(apiBox);
    apiLayout->addLayout(apiForm);
    apiLayout->addWidget(m_apiStatus);
    apiLayout->addWidget(new QLabel(tr("Tokens (stored hashed; a token is shown once, when created):"), apiBox));
    apiLayout->addWidget(m_tokens, 2);
    apiLayout->addLayout(tokenButtons);
    apiLayout->addWidget(new QLabel(tr("Request log:"), apiBox));
    apiLayout->addWidget(m_requestLog, 3);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(apiBox, 2);

    // Names for tests and the shell's tour.
    m_destinations->setObjectName(QStringLiteral("destinations"));
    m_segment->setObjectName(QStringLiteral("segment"));
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    m_history->setObjectName(QStringLiteral("history"));
    m_failures->setObjectName(QStringLiteral("failures"));
    m_apiEnabled->setObjectName(QStringLiteral("apiEnabled"));
    m_listen->setObjectName(QStringLiteral("listen"));
    m_apiStatus->setObjectName(QStringLiteral("apiStatus"));
    m_tokens->setObjectName(QStringLiteral("tokens"));
    m_requestLog->setObjectName(QStringLiteral("requestLog"));

    m_destinations->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(8, QHeaderView::Stretch);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_failures->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_failures->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_failures->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_destinations->header()->setStretchLastSection(true);
    m_tokens->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_add, &QPushButton::clicked, this, &IntegrationsView::addDestinationClicked);
    connect(m_edit, &QPushButton::clicked, this, &IntegrationsView::editDestinationClicked);
    connect(m_destinations, &QTreeWidget::itemDoubleClicked, this, &IntegrationsView::editDestinationClicked);
    connect(m_remove, &QPushButton::clicked, this, &IntegrationsView::removeDestinationClicked);
    connect(m_destinations, &QTreeWidget::itemSelectionChanged, this, &IntegrationsView::updateButtons);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &IntegrationsView::updateButtons);
    connect(m_syncNow, &QPushButton::clicked, this, &IntegrationsView::syncNow);
    connect(m_cancelButton, &QPushButton::clicked, this, &IntegrationsView::cancelSync);
    connect(m_history, &QTreeWidget::itemSelectionChanged, this, &IntegrationsView::showRunFailures);
    connect(m_apiEnabled, &QCheckBox::toggled, this, &IntegrationsView::setApiServing);
    connect(m_createToken, &QPushButton::clicked, this, &IntegrationsView::createTokenClicked);
    connect(m_tokens, &QTreeWidget::itemSelectionChanged, this, &IntegrationsView::updateButtons);
    connect(m_revokeToken, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_tokens->currentItem();
        if (!item)
            return;
        const QString name = item->text(0);
        if (QMessageBox::question(this, tr("Revoke token"), tr("Revoke the token \"%1\"? Tools using it stop getting answers at once.").arg(name))
            == QMessageBox::Yes)
            revokeToken(name);
    });
    updateButtons();
}

void IntegrationsView::setStore(const ConnectionSettings &settings)
{
    const bool wasServing = isApiServing();
    setApiServing(false);
    m_settings = settings;
    m_hasStore = true;
    reload();
    if (wasServing || AppSettings().restApiEnabled())
        m_apiEnabled->setChecked(true); // restarts on the new store
    updateButtons();
}

void IntegrationsView::setSecretStore(SecretStore *store)
{
    m_secretStore = store;
}

SecretStore *IntegrationsView::secrets()
{
    if (m_secretStore && m_secretStore->available())
        return m_secretStore;
    if (!m_sessionSecrets)
        m_sessionSecrets = std::make_unique<InMemorySecretStore>();
    return m_sessionSecrets.get();
}

bool IntegrationsView::isApiServing() const
{
    return m_server && m_server->isRunning();
}

int IntegrationsView::apiPort() const
{
    return m_server ? m_server->port() : 0;
}

void IntegrationsView::reload()
{
    if (!m_hasStore)
        return;
    const int generation = ++m_generation;
    m_loadWatcher.setProperty("generation", generation);
    m_loadWatcher.setFuture(runStoreTask<IntegrationsSnapshot>(m_settings, [](StoreSession &s) -> Result<IntegrationsSnapshot> {
        const StoreConnection &c = *s.storage.connection;
        const QString p = s.storage.tablePrefix;
        if (auto st = IntegrationTables::ensure(c, p); !st)
            return st.error();
        IntegrationsSnapshot snapshot;
        Result<QList<SegmentRecord>> segments = s.segments->list();
        if (!segments)
            return segments.error();
        for (const SegmentRecord &r : *segments)
            snapshot.segments << qMakePair(r.definition.code, r.definition.name);
        Result<QList<Destination>> destinations = DestinationRepository(c, p).list();
        if (!destinations)
            return destinations.error();
        snapshot.destinations = *destinations;
        SyncRepository syncs(c, p);
        for (const Destination &d : snapshot.destinations) {
            Result<std::optional<SyncRun>> last = syncs.lastRun(d.id);
            if (last && *last)
                snapshot.lastRuns.insert(d.id, **last);
        }
        Result<QList<SyncRun>> runs = syncs.runs(std::nullopt, {}, 200);
        if (!runs)
            return runs.error();
        snapshot.runs = *runs;
        Result<QList<ApiToken>> tokens = ApiTokenRepository(c, p).list();
        if (!tokens)
            return tokens.error();
        snapshot.tokens = *tokens;
        return snapshot;
    }, true));
}

void IntegrationsView::showSnapshot(const IntegrationsSnapshot &snapshot)
{
    const QString selected = selectedDestination();
    const QString segment = m_segment->currentData().toString();
    m_snapshot = snapshot;

    QHash<qint64, QString> destinationNames;
    m_destinations->clear();
    for (const Destination &d : snapshot.destinations) {
        destinationNames.insert(d.id, d.name);
        auto *item = new QTreeWidgetItem(m_destinations);
        item->setText(0, d.name);
        item->setText(1, kindLabel(d.kind));
        item->setText(2, d.listId);
        item->setToolTip(2, d.baseUrl);
        const auto last = snapshot.lastRuns.constFind(d.id);
        if (last == snapshot.lastRuns.constEnd()) {
            item->setText(3, tr("never"));
        } else {
            item->setText(3, tr("%1 · %2").arg(localTime(last->startedAt), last->segmentCode));
            item->setText(4, runStatusLabel(last->status));
            if (!last->error.isEmpty())
                item->setToolTip(4, last->error);
            if (last->status == QLatin1String("failed") || last->status == QLatin1String("partial"))
                item->setForeground(4, QColor(0xb0, 0x00, 0x20));
        }
        if (d.name == selected)
            m_destinations->setCurrentItem(item);
    }
    if (!m_destinations->currentItem() && m_destinations->topLevelItemCount() > 0)
        m_destinations->setCurrentItem(m_destinations->topLevelItem(0));

    m_segment->blockSignals(true);
    m_segment->clear();
    for (const auto &[code, name] : snapshot.segments)
        m_segment->addItem(name == code ? code : QStringLiteral("%1 (%2)").arg(name, code), code);
    const int index = m_segment->findData(segment);
    m_segment->setCurrentIndex(index >= 0 ? index : (m_segment->count() > 0 ? 0 : -1));
    m_segment->blockSignals(false);

    const qint64 selectedRun = m_history->currentItem() ? m_history->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_history->clear();
    for (const SyncRun &r : snapshot.runs) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setData(0, Qt::UserRole, r.id);
        item->setText(0, localTime(r.startedAt));
        item->setText(1, destinationNames.value(r.destinationId));
        item->setText(2, r.segmentCode);
        item->setText(3, runStatusLabel(r.status));
        item->setText(4, r.dryRun ? QStringLiteral("(%1)").arg(r.toAdd) : QString::number(r.added));
        item->setText(5, r.dryRun ? QStringLiteral("(%1)").arg(r.toRemove) : QString::number(r.removed));
        item->setText(6, QString::number(r.failed));
        item->setText(7, QString::number(r.retries));
        item->setText(8, r.error);
        item->setToolTip(8, r.error);
        for (int c = 4; c <= 7; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (r.status == QLatin1String("failed") || r.failed > 0)
            item->setForeground(3, QColor(0xb0, 0x00, 0x20));
        if (r.id == selectedRun)
            m_history->setCurrentItem(item);
    }
    if (!m_history->currentItem() && m_history->topLevelItemCount() > 0)
        m_history->setCurrentItem(m_history->topLevelItem(0));

    m_tokens->clear();
    for (const ApiToken &t : snapshot.tokens) {
        auto *item = new QTreeWidgetItem(m_tokens);
        item->setText(0, t.name);
        item->setText(1, t.canWrite ? tr("read + refresh") : tr("read only"));
        item->setText(2, localTime(t.createdAt));
    }
    showRunFailures();
    updateButtons();
}

QString IntegrationsView::selectedDestination() const
{
    QTreeWidgetItem *item = m_destinations->currentItem();
    return item ? item->text(0) : QString();
}

void IntegrationsView::updateButtons()
{
    const bool busy = m_syncWatcher.isRunning();
    const bool hasDestination = m_destinations->currentItem() != nullptr;
    m_add->setEnabled(m_hasStore);
    m_edit->setEnabled(hasDestination);
    m_remove->setEnabled(hasDestination && !busy);
    m_syncNow->setEnabled(m_hasStore && hasDestination && m_segment->currentIndex() >= 0 && !busy);
    m_createToken->setEnabled(m_hasStore);
    m_revokeToken->setEnabled(m_tokens->currentItem() != nullptr);
    m_apiEnabled->setEnabled(m_hasStore);
}

void IntegrationsView::showRunFailures()
{
    m_failures->clear();
    QTreeWidgetItem *item = m_history->currentItem();
    const qint64 runId = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    const bool any = item && item->text(6).toLongLong() > 0;
    m_failuresTitle->setText(any ? tr("Refused members of the selected sync") : tr("The selected sync has no refused members."));
    if (!any || !m_hasStore)
        return;
    auto *watcher = new QFutureWatcher<Result<QList<SyncFailure>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<SyncFailure>>>::finished, this, [this, watcher, runId] {
        watcher->deleteLater();
        const Result<QList<SyncFailure>> r = watcher->result();
        QTreeWidgetItem *current = m_history->currentItem();
        if (!r || !current || current->data(0, Qt::UserRole).toLongLong() != runId)
            return;
        m_failures->clear();
        for (const SyncFailure &f : *r) {
            auto *row = new QTreeWidgetItem(m_failures);
            row->setText(0, f.memberKey);
            row->setText(1, f.email);
            row->setText(2, f.operation == QLatin1String("add") ? tr("add") : tr("remove"));
            row->setText(3, f.error);
            row->setToolTip(3, f.error);
        }
    });
    watcher->setFuture(runStoreTask<QList<SyncFailure>>(m_settings, [runId](StoreSession &s) {
        return SyncRepository(*s.storage.connection, s.storage.tablePrefix).failures(runId);
    }));
}

void IntegrationsView::setStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

// ------------------------------------------------------------------ destinations

void IntegrationsView::addDestinationClicked()
{
    auto *dialog = new DestinationDialog(m_snapshot.segments, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveDestination(dialog->destination(), dialog->apiKey()); });
    dialog->open();
}

void IntegrationsView::editDestinationClicked()
{
    const QString name = selectedDestination();
    for (const Destination &d : m_snapshot.destinations) {
        if (d.name != name)
            continue;
        auto *dialog = new DestinationDialog(m_snapshot.segments, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const Result<QString> stored = secrets()->read(d.secretKey());
        dialog->setDestination(d, stored && !stored->isEmpty());
        connect(dialog, &QDialog::accepted, this, [this, dialog] { saveDestination(dialog->destination(), dialog->apiKey()); });
        dialog->open();
        return;
    }
}

void IntegrationsView::removeDestinationClicked()
{
    const QString name = selectedDestination();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove destination"),
                              tr("Remove the destination \"%1\" with its sync history and stored API key? Nothing is deleted in the tool itself.").arg(name))
        == QMessageBox::Yes)
        removeDestination(name);
}

void IntegrationsView::saveDestination(const Destination &destination, const QString &apiKey)
{
    if (!apiKey.isEmpty()) {
        // An explicit Save: a short wait on the keychain is acceptable here.
        if (Status st = secrets()->write(destination.secretKey(), apiKey); !st) {
            setStatus(m_syncStatus, tr("The API key could not be stored: %1").arg(st.error().message), true);
            return;
        }
    }
    auto *watcher = new QFutureWatcher<Result<Destination>>(this);
    connect(watcher, &QFutureWatcher<Result<Destination>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<Destination> r = watcher->result();
        if (!r)
            setStatus(m_syncStatus, tr("The destination was not saved: %1").arg(r.error().message), true);
        else
            setStatus(m_syncStatus, tr("Destination %1 saved.").arg(r->name), false);
        reload();
    });
    watcher->setFuture(runStoreTask<Destination>(m_settings, [destination](StoreSession &s) {
        return DestinationRepository(*s.storage.connection, s.storage.tablePrefix).save(destination);
    }, true));
}

void IntegrationsView::removeDestination(const QString &name)
{
    secrets()->remove(Destination::secretKeyFor(name));
    auto *watcher = new QFutureWatcher<Result<bool>>(this);
    connect(watcher, &QFutureWatcher<Result<bool>>::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        const Result<bool> r = watcher->result();
        if (!r)
            setStatus(m_syncStatus, tr("The destination was not removed: %1").arg(r.error().message), true);
        else
            setStatus(m_syncStatus, tr("Destination %1 removed.").arg(name), false);
        reload();
    });
    watcher->setFuture(runStoreTask<bool>(m_settings, [name](StoreSession &s) {
        return DestinationRepository(*s.storage.connection, s.storage.tablePrefix).remove(name);
    }, true));
}

// ------------------------------------------------------------------ sync

void IntegrationsView::syncNow()
{
    const QString destination = selectedDestination();
    const QString segment = m_segment->currentData().toString();
    if (destination.isEmpty() || segment.isEmpty() || m_syncWatcher.isRunning())
        return;
    const bool dryRun = m_dryRun->isChecked();
    QString apiKey;
    if (!dryRun) {
        // An explicit action: read the key now (the keychain may ask the user).
        const Result<QString> key = secrets()->read(Destination::secretKeyFor(destination));
        if (!key || key->isEmpty()) {
            setStatus(m_syncStatus, tr("No API key is stored for %1: edit the destination and enter its key.").arg(destination), true);
            return;
        }
        apiKey = *key;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_progress->setRange(0, 0); // busy until the difference is known
    setStatus(m_syncStatus, dryRun ? tr("Comparing %1 with %2…").arg(segment, destination) : tr("Syncing %1 to %2…").arg(segment, destination), false);
    m_cancelButton->setEnabled(true);
    m_syncWatcher.setFuture(runStoreTaskWithProgress<SyncResult>(
        m_settings,
        [destination, segment, apiKey, dryRun, cancel](StoreSession &s, QPromise<Result<SyncResult>> &promise) -> Result<SyncResult> {
            SyncOptions options;
            options.dryRun = dryRun;
            options.cancelled = cancel.get();
            options.progress = [&promise](const SyncProgress &p) {
                if (p.total > 0)
                    promise.setProgressRange(0, int(qMin<qint64>(p.total, INT_MAX)));
                promise.setProgressValueAndText(int(qMin<qint64>(p.done, INT_MAX)),
                                                p.total > 0 ? IntegrationsView::tr("%1 of %2 changes sent").arg(p.done).arg(p.total) : QString());
            };
            return SegmentSync(s).run(destination, segment, apiKey, options);
        },
        true));
    updateButtons();
}

void IntegrationsView::cancelSync()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    setStatus(m_syncStatus, tr("Cancelling after the current batch…"), false);
}

// ------------------------------------------------------------------ REST API

void IntegrationsView::setApiServing(bool on)
{
    if (!on) {
        if (m_server) {
            m_server.reset();
            appendRequestLog(tr("— stopped —"));
        }
        setStatus(m_apiStatus, tr("Off. Marketing tools and scripts can read segments and members over HTTP with a token."), false);
        if (m_apiEnabled->isChecked()) {
            m_apiEnabled->blockSignals(true);
            m_apiEnabled->setChecked(false);
            m_apiEnabled->blockSignals(false);
        }
        m_listen->setEnabled(true);
        if (sender() == m_apiEnabled)
            AppSettings().setRestApiEnabled(false);
        return;
    }
    if (!m_hasStore)
        return;
    QString host;
    int port = 0;
    if (!parseListen(m_listen->text().trimmed(), host, port)) {
        setStatus(m_apiStatus, tr("Enter the address as HOST:PORT, e.g. 127.0.0.1:8080."), true);
        m_apiEnabled->blockSignals(true);
        m_apiEnabled->setChecked(false);
        m_apiEnabled->blockSignals(false);
        return;
    }
    ApiServerOptions options;
    options.host = host;
    options.port = port;
    QPointer<IntegrationsView> self(this);
    options.log = [self](const QString &line) {
        // Worker threads: hand the line to the GUI thread.
        QMetaObject::invokeMethod(qApp, [self, line] {
            if (self)
                self->appendRequestLog(line);
        }, Qt::QueuedConnection);
    };
    m_server = std::make_unique<ApiServer>(m_settings, options);
    if (Status st = m_server->start(); !st) {
        m_server.reset();
        setStatus(m_apiStatus, tr("Cannot serve the API: %1").arg(st.error().message), true);
        m_apiEnabled->blockSignals(true);
        m_apiEnabled->setChecked(false);
        m_apiEnabled->blockSignals(false);
        return;
    }
    if (!m_apiEnabled->isChecked()) {
        m_apiEnabled->blockSignals(true);
        m_apiEnabled->setChecked(true);
        m_apiEnabled->blockSignals(false);
    }
    m_listen->setEnabled(false);
    const bool local = host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
    QString text = tr("Serving on http://%1/v1/ — try %2").arg(m_server->address(), QStringLiteral("/v1/openapi.json"));
    if (!local)
        text += QLatin1Char('\n') + tr("Open to the network: tokens travel in clear text unless a TLS proxy is in front.");
    setStatus(m_apiStatus, text, !local);
    AppSettings settings;
    settings.setRestApiEnabled(true);
    settings.setRestApiListenAddress(m_listen->text().trimmed());
}

void IntegrationsView::appendRequestLog(const QString &line)
{
    // "2026-11-21T09:47:57Z 127.0.0.1 GET ..." -> "09:47:57 127.0.0.1 GET ..." (local time).
    static const QRegularExpression stamp(QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ) "));
    const QRegularExpressionMatch m = stamp.match(line);
    if (m.hasMatch()) {
        const QDateTime at = QDateTime::fromString(m.captured(1), Qt::ISODate);
        m_requestLog->appendPlainText(at.toLocalTime().toString(QStringLiteral("HH:mm:ss ")) + line.mid(m.capturedLength(0)));
    } else {
        m_requestLog->appendPlainText(line);
    }
}

void IntegrationsView::createTokenClicked()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Create API token"));
    auto *name = new QLineEdit(dialog);
    name->setPlaceholderText(tr("e.g. crm-sync"));
    auto *write = new QCheckBox(tr("May refresh segments (write access)"), dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), name);
    form->addRow(write);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, name] {
        if (!name->text().trimmed().isEmpty())
            dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, name, write] { createToken(name->text().trimmed(), write->isChecked()); });
    dialog->open();
}

void IntegrationsView::createToken(const QString &name, bool canWrite)
{
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        const Result<QString> r = watcher->result();
        if (!r) {
            setStatus(m_apiStatus, tr("The token was not created: %1").arg(r.error().message), true);
            return;
        }
        reload();
        emit tokenCreated(name, *r);
        showToken(name, *r);
    });
    watcher->setFuture(runStoreTask<QString>(m_settings, [name, canWrite](StoreSession &s) {
        return ApiTokenRepository(*s.storage.connection, s.storage.tablePrefix).create(name, canWrite);
    }, true));
}

void IntegrationsView::showToken(const QString &name, const QString &token)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Token %1").arg(name));
    dialog->setMinimumWidth(560);
    auto *text = new QLabel(tr("Copy the token now: it is not stored and cannot be shown again. Send it as\nAuthorization: Bearer <token>"), dialog);
    auto *field = new QLineEdit(token, dialog);
    field->setReadOnly(true);
    field->selectAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, dialog, [token] { QGuiApplication::clipboard()->setText(token); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(field);
    layout->addWidget(buttons);
    dialog->open();
}

void IntegrationsView::revokeToken(const QString &name)
{
    auto *watcher = new QFutureWatcher<Result<bool>>(this);
    connect(watcher, &QFutureWatcher<Result<bool>>::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        const Result<bool> r = watcher->result();
        if (!r)
            setStatus(m_apiStatus, tr("The token was not revoked: %1").arg(r.error().message), true);
        reload();
    });
    watcher->setFuture(runStoreTask<bool>(m_settings, [name](StoreSession &s) {
        return ApiTokenRepository(*s.storage.connection, s.storage.tablePrefix).revoke(name);
    }, true));
}

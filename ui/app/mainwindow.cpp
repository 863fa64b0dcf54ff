#include "mainwindow.h"

#include "app/backgroundworkindicator.h"
#include "app/preferencesdialog.h"
#include "connection/connectiondialog.h"
#include "connection/demostorejob.h"
#include "connection/probeverdicttext.h"
#include "editor/segmenteditordialog.h"
#include "schedule/scheduledialog.h"
#include "secrets/systemsecretstore.h"
#include "segments/segmentlistmodel.h"
#include "segments/segmentlistpane.h"
#include "segments/segmentrefreshjob.h"
#include "support/appsettings.h"
#include "support/backgroundwork.h"
#include "support/segmentoperations.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "dashboard/dashboardpane.h"
#include "dashboard/overlapview.h"
#include "integrations/apiserverservice.h"
#include "integrations/integrationspane.h"

MainWindow::MainWindow(QWidget *parent) : MainWindow(nullptr, parent) {}

MainWindow::MainWindow(std::unique_ptr<seg::SecretStore> secrets, QWidget *parent)
    : QMainWindow(parent), m_secrets(secrets ? std::move(secrets) : seg::makeSystemSecretStore())
{
    setWindowTitle(tr("Segmentor"));
    setWindowIcon(QIcon(QStringLiteral(":/segmentor/icons/segmentor.png")));
    resize(1280, 800);
    m_undoGroup = new QUndoGroup(this);
    m_apiServer = new ApiServerService(this);
    buildPanes();
    buildActions();
    buildStatusBar();

    connect(&m_opening, &QFutureWatcher<seg::ProbeResult>::finished, this, [this] {
        BackgroundWork::instance().end(m_openingWork);
        m_openingWork = 0;
        const seg::ProbeResult result = m_opening.result();
        if (!result.ok()) {
            const QString message = QStringLiteral("%1: %2").arg(
                ProbeVerdictText::headline(result),
                ProbeVerdictText::explanation(result, m_openingSettings));
            statusBar()->showMessage(message, 15000);
            emit storeFailed(message);
            if (m_askOnFailure) { // at start-up: let the user fix the connection
                m_askOnFailure = false;
                QTimer::singleShot(0, this, [this, profile = m_openingProfile] {
                    ConnectionDialog dialog(m_secrets.get(), this);
                    dialog.setProfile(profile);
                    if (dialog.exec() == QDialog::Accepted)
                        openStore(dialog.profile(), dialog.settings());
                    rebuildRecentMenu();
                });
            }
            return;
        }
        m_askOnFailure = false;
        m_settings = m_openingSettings;
        m_profile = m_openingProfile;
        m_hasStore = true;
        AppSettings().rememberConnection(m_profile);
        AppSettings().setFirstStartDone(true);
        rebuildRecentMenu();
        m_connectionLabel->setText(
            tr("%1 — %2").arg(m_profile.displayName(), m_settings.toDisplayUrl()));
        m_storeLabel->setText(tr("%1 customers").arg(QLocale().toString(result.customers)));
        m_storeLabel->setToolTip(result.serverVersion);
        setWindowTitle(tr("%1 — Segmentor").arg(m_profile.displayName()));
        m_central->setCurrentWidget(m_tabs);
        m_segments->setStore(m_settings);
        for (QWidget *w : m_storePanes)
            if (auto *d = qobject_cast<DashboardPane *>(w)) d->setStore(m_settings);
        m_apiServer->setStore(m_settings); // restarts the REST API if it was on
        for (QWidget *w : m_storePanes)
            if (auto *i = qobject_cast<IntegrationsPane *>(w)) i->setStore(m_settings);
        emit storeOpened(m_settings);
        if (m_firstStart) {
            m_firstStart = false;
            importExamplesIntoDemo();
        }
    });
}

MainWindow::~MainWindow()
{
    m_opening.waitForFinished();
    if (m_openingWork) BackgroundWork::instance().end(m_openingWork);
}

void MainWindow::buildPanes()
{
    m_segments = new SegmentListPane(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true); // one pane: no tab bar
    m_tabs->addTab(m_segments, tr("Segments"));
    auto *dashboard = new DashboardPane(this);
    m_tabs->addTab(dashboard, tr("Dashboard"));
    m_storePanes << dashboard;
    auto *integrations = new IntegrationsPane(m_apiServer, this);
    integrations->setSecretStore(m_secrets.get());
    m_tabs->addTab(integrations, tr("Integrations"));
    m_storePanes << integrations;

    // Shown while the first-start demo store is generated.
    m_preparing = new QWidget(this);
    auto *layout = new QVBoxLayout(m_preparing);
    m_preparingText = new QLabel(m_preparing);
    m_preparingText->setAlignment(Qt::AlignCenter);
    m_preparingText->setWordWrap(true);
    m_preparingBar = new QProgressBar(m_preparing);
    m_preparingBar->setRange(0, 100);
    m_preparingBar->setMaximumWidth(420);
    layout->addStretch(1);
    layout->addWidget(m_preparingText);
    layout->addWidget(m_preparingBar, 0, Qt::AlignHCenter);
    layout->addStretch(1);

    m_central = new QStackedWidget(this);
    m_central->addWidget(m_tabs);
    m_central->addWidget(m_preparing);
    setCentralWidget(m_central);

    // Every pane follows the store's segments: the list reloads after an import, a save, a
    // delete or a refresh (also the first start's examples, imported after the store opened),
    // and the dashboard and the integrations read them again.
    connect(m_segments->model(), &SegmentListModel::loaded, dashboard,
            &DashboardPane::segmentsChanged);
    connect(m_segments->model(), &SegmentListModel::loaded, integrations,
            &IntegrationsPane::reload);
    connect(dashboard, &DashboardPane::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The dashboard could not be loaded: %1").arg(message), 15000);
    });
    connect(m_segments, &SegmentListPane::editorOpened, this, &MainWindow::editorOpened);
    connect(dashboard->overlap(), &OverlapView::combineRequested, m_segments,
            &SegmentListPane::combineSegments);
    connect(m_segments, &SegmentListPane::countsChanged, this, &MainWindow::updateCounts);
    connect(m_segments, &SegmentListPane::operationFinished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 8000); });
}

void MainWindow::buildActions()
{
    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction =
        file->addAction(tr("&Connect to a store…"), this, &MainWindow::showConnectionDialog);
    connectAction->setShortcut(QKeySequence::Open);
    connectAction->setIconText(tr("Connect…"));
    connectAction->setIcon(QIcon::fromTheme(QStringLiteral("network-server"),
                                            style()->standardIcon(QStyle::SP_DriveNetIcon)));
    m_recentMenu = file->addMenu(tr("&Recent connections"));
    QAction *demo = file->addAction(tr("Open the &demo store"), this, [this] {
        if (QFileInfo::exists(DemoStoreJob::defaultPath())) {
            ConnectionProfile p;
            p.id = ConnectionProfile::newId();
            p.name = tr("Demo store");
            p.settings.dialect = seg::Dialect::Sqlite;
            p.settings.path = DemoStoreJob::defaultPath();
            for (const ConnectionProfile &known : AppSettings().recentConnections())
                if (known.sameStoreAs(p)) p = known;
            openStore(p, p.settings);
        } else {
            createDemoStoreThenOpen(false);
        }
    });
    demo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    file->addSeparator();
    file->addAction(m_segments->importAction());
    file->addAction(m_segments->exportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    rebuildRecentMenu();

    // Edit: undo/redo follow the active segment editor's condition builder.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_segments->findAction());
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);

    // Segment
    QMenu *segment = menuBar()->addMenu(tr("&Segment"));
    segment->addAction(m_segments->newAction());
    segment->addAction(m_segments->editAction());
    segment->addAction(m_segments->duplicateAction());
    segment->addAction(m_segments->splitAction());
    segment->addAction(m_segments->unionAction());
    segment->addAction(m_segments->intersectionAction());
    segment->addAction(m_segments->differenceAction());
    segment->addAction(m_segments->freezeAction());
    segment->addAction(m_segments->unfreezeAction());
    segment->addAction(m_segments->deleteAction());
    segment->addSeparator();
    segment->addAction(m_segments->refreshAction());
    segment->addAction(m_segments->reloadAction());
    segment->addSeparator();
    segment->addAction(tr("Sc&hedule refreshes…"), this, [this] {
        if (m_settings.host.isEmpty() && m_settings.path.isEmpty()) {
            statusBar()->showMessage(tr("Connect to a store first."), 8000);
            return;
        }
        seg::ScheduleTarget target;
        target.cliPath = seg::findSegmentorCli();
        ScheduleDialog dialog(m_settings, target, this);
        dialog.exec();
    });

    // View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *show =
            view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = AppSettings().language();
    const QList<QPair<QString, QString>> choices = {
        {QString(), tr("System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto &[code, label] : choices) {
        QAction *a =
            language->addAction(label, this, [this, code = code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
    }

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Segmentor"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    about->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);

    QToolBar *tools = addToolBar(tr("Main tool bar"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(connectAction);
    tools->addSeparator();
    tools->addAction(m_segments->newAction());
    tools->addAction(m_segments->editAction());
    tools->addAction(m_segments->duplicateAction());
    tools->addAction(m_segments->deleteAction());
    tools->addSeparator();
    tools->addAction(m_segments->refreshAction());
    tools->addSeparator();
    tools->addAction(m_segments->importAction());
    tools->addAction(m_segments->exportAction());
}

void MainWindow::buildStatusBar()
{
    m_connectionLabel = new QLabel(tr("Not connected"), this);
    m_storeLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    statusBar()->setStyleSheet(
        QStringLiteral("QStatusBar::item { border: none; border-right: 1px solid palette(mid); }"));
    m_apiLabel = new QLabel(this);
    m_apiLabel->setObjectName(QStringLiteral("apiState"));
    for (QLabel *label : {m_connectionLabel, m_storeLabel, m_countsLabel, m_apiLabel}) {
        label->setContentsMargins(4, 0, 8, 0);
        statusBar()->addWidget(label);
    }
    m_apiLabel->hide();
    connect(m_apiServer, &ApiServerService::stateChanged, this, &MainWindow::updateApiState);
    statusBar()->addPermanentWidget(new BackgroundWorkIndicator(this));
}

QString MainWindow::connectionStatusText() const
{
    return QStringList{m_connectionLabel->text(), m_storeLabel->text(), m_countsLabel->text()}.join(
        QStringLiteral(" | "));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QList<ConnectionProfile> recent = AppSettings().recentConnections();
    for (int i = 0; i < recent.size(); ++i) {
        const ConnectionProfile p = recent.at(i);
        QAction *a =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(p.displayName()), this,
                                    [this, p] { openRecent(p); });
        a->setToolTip(p.settings.toDisplayUrl());
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openRecent(const ConnectionProfile &profile)
{
    seg::ConnectionSettings settings = profile.settings;
    if (profile.needsPassword()) {
        if (profile.passwordInKeychain && m_secrets->available()) {
            const seg::Result<QString> password = m_secrets->read(profile.secretKey());
            if (password && !password->isEmpty()) settings.password = *password;
        }
        if (settings.password.isEmpty()) { // not stored: ask, with everything else filled in
            ConnectionDialog dialog(m_secrets.get(), this);
            dialog.setProfile(profile);
            if (dialog.exec() == QDialog::Accepted) openStore(dialog.profile(), dialog.settings());
            return;
        }
    }
    openStore(profile, settings);
}

void MainWindow::showConnectionDialog()
{
    ConnectionDialog dialog(m_secrets.get(), this);
    if (m_hasStore) dialog.setProfile(m_profile);
    if (dialog.exec() == QDialog::Accepted) openStore(dialog.profile(), dialog.settings());
    rebuildRecentMenu();
}

void MainWindow::openStore(const ConnectionProfile &profile,
                           const seg::ConnectionSettings &settings)
{
    if (m_opening.isRunning()) return;
    m_openingProfile = profile;
    m_openingSettings = settings;
    m_openingWork = BackgroundWork::instance().begin(tr("Opening %1").arg(profile.displayName()));
    m_opening.setFuture(QtConcurrent::run([settings] { return seg::StoreProbe::probe(settings); }));
}

void MainWindow::startUp()
{
    AppSettings settings;
    if (!settings.firstStartDone()) {
        m_firstStart = true;
        if (QFileInfo::exists(DemoStoreJob::defaultPath())) {
            ConnectionProfile p;
            p.id = ConnectionProfile::newId();
            p.name = tr("Demo store");
            p.settings.path = DemoStoreJob::defaultPath();
            openStore(p, p.settings);
        } else {
            createDemoStoreThenOpen(true);
        }
        return;
    }
    const QList<ConnectionProfile> recent = settings.recentConnections();
    if (!recent.isEmpty()) {
        m_askOnFailure = true;
        openRecent(recent.first());
    } else
        showConnectionDialog();
}

void MainWindow::createDemoStoreThenOpen(bool firstStart)
{
    if (m_demoJob && m_demoJob->isRunning()) return;
    m_firstStart = firstStart;
    if (!m_demoJob) {
        m_demoJob = new DemoStoreJob(this);
        connect(m_demoJob, &DemoStoreJob::progressChanged, m_preparingBar, &QProgressBar::setValue);
        connect(m_demoJob, &DemoStoreJob::finished, this, [this](bool ok, const QString &error) {
            m_central->setCurrentWidget(m_tabs);
            if (!ok) {
                statusBar()->showMessage(tr("The demo store was not created: %1").arg(error),
                                         15000);
                emit storeFailed(error);
                return;
            }
            ConnectionProfile p;
            p.id = ConnectionProfile::newId();
            p.name = tr("Demo store");
            p.settings.path = m_demoJob->path();
            openStore(p, p.settings);
        });
    }
    m_preparingText->setText(
        tr("<h2>Welcome to Segmentor</h2><p>Preparing a demo store to explore: %1 customers with "
           "their orders, carts and wishlists, and five example segments.</p>")
            .arg(QLocale().toString(DemoStoreJob::defaultCustomers())));
    m_preparingBar->setValue(0);
    m_central->setCurrentWidget(m_preparing);
    m_demoJob->start(DemoStoreJob::defaultPath());
}

void MainWindow::importExamplesIntoDemo()
{
    // The example definitions ship inside the application; the use case leaves a store that
    // already has segments alone.
    QStringList files;
    for (const QFileInfo &f :
         QDir(QStringLiteral(":/segmentor/examples"))
             .entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << f.filePath();
    auto *watcher = new QFutureWatcher<seg::Result<QStringList>>(this);
    connect(watcher, &QFutureWatcher<seg::Result<QStringList>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const seg::Result<QStringList> imported = watcher->result();
        if (!imported) {
            statusBar()->showMessage(tr("The example segments could not be imported: %1")
                                         .arg(imported.error().toString()),
                                     15000);
            emit startUpFinished();
            return;
        }
        if (imported->isEmpty()) {
            emit startUpFinished();
            return;
        }
        m_segments->model()->reload();
        auto *refresh = new SegmentRefreshJob(this);
        connect(refresh, &SegmentRefreshJob::finished, this, [this, refresh] {
            refresh->deleteLater();
            m_segments->model()->reload();
            emit startUpFinished();
        });
        refresh->start(m_settings, *imported);
    });
    watcher->setFuture(SegmentOperations::importExamplesIfEmpty(m_settings, files));
}

void MainWindow::editorOpened(SegmentEditorDialog *editor)
{
    QUndoStack *stack = editor->undoStack();
    if (!stack) return;
    m_undoGroup->addStack(stack);
    m_undoGroup->setActiveStack(stack);
    // The Edit menu follows whichever editor was activated last (a stack leaves the group
    // by itself when its editor closes).
    connect(qApp, &QApplication::focusChanged, editor,
            [this, editor, stack](QWidget *, QWidget *now) {
                if (now && (now == editor || editor->isAncestorOf(now)))
                    m_undoGroup->setActiveStack(stack);
            });
}

void MainWindow::updateCounts(int segments, qint64 members)
{
    m_countsLabel->setText(tr("%n segment(s)", nullptr, segments) + QStringLiteral(", ") +
                           tr("%1 members in all").arg(QLocale().toString(members)));
}

void MainWindow::updateApiState()
{
    const bool serving = m_apiServer->isServing();
    m_apiLabel->setVisible(serving);
    m_apiLabel->setText(serving ? tr("REST API on %1").arg(m_apiServer->address()) : QString());
    m_apiLabel->setToolTip(serving && !m_apiServer->isLocalOnly()
                               ? tr("Open to the network: tokens travel in clear text unless a "
                                    "TLS proxy is in front.")
                               : QString());
}

void MainWindow::chooseLanguage(const QString &language)
{
    AppSettings().setLanguage(language);
    statusBar()->showMessage(tr("The new language applies the next time Segmentor starts."), 10000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Segmentor"),
        tr("<h3>Segmentor %1</h3>"
           "<p>Customer segmentation for Magento 2 stores: describe a segment as a tree of "
           "conditions "
           "and get its members, with the reason any one customer is in or out.</p>"
           "<p>Stores: SQLite, MySQL/MariaDB, PostgreSQL. Built with Qt %2.</p>"
           "<p>The demo store's catalog comes from the UCI Online Retail dataset (CC BY 4.0).</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings settings;
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
    QMainWindow::closeEvent(event);
}

#pragma once

#include "store/storeprobe.h"
#include "support/connectionprofile.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;
class ApiServerService;
class DemoStoreJob;
class SegmentEditorDialog;
class SegmentListPane;

namespace seg {
class SecretStore;
}

// The application window. It only wires: menus, tool bar, status bar and panes. The panes do
// their own work; the window tells them which store is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // For tests and callers that already hold a secret store (else the system keychain is used).
    explicit MainWindow(std::unique_ptr<seg::SecretStore> secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the application does after showing the window: the first time, create and open
    // the demo store (with the example segments); later, reopen the last connection.
    void startUp();
    // Opens a store: probes it in a worker, then hands it to every pane.
    void openStore(const ConnectionProfile &profile, const seg::ConnectionSettings &settings);
    void showConnectionDialog();

    bool hasStore() const { return m_hasStore; }
    seg::ConnectionSettings store() const { return m_settings; }
    SegmentListPane *segmentList() const { return m_segments; }
    // The REST server: the application's, whichever tab is open (the Integrations tab
    // switches it; the status bar shows it).
    ApiServerService *apiServer() const { return m_apiServer; }
    QString connectionStatusText() const;

signals:
    void storeOpened(const seg::ConnectionSettings &settings);
    void storeFailed(const QString &message);
    void startUpFinished(); // the first-start demo store (and its example segments) are ready

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanes();
    void buildActions();
    void buildStatusBar();
    void rebuildRecentMenu();
    void openRecent(const ConnectionProfile &profile);
    void createDemoStoreThenOpen(bool firstStart);
    void importExamplesIntoDemo();
    void editorOpened(SegmentEditorDialog *editor);
    void updateCounts(int segments, qint64 members);
    void updateApiState();
    void chooseLanguage(const QString &language);
    void showAbout();

    std::unique_ptr<seg::SecretStore> m_secrets;
    seg::ConnectionSettings m_settings;
    ConnectionProfile m_profile;
    bool m_hasStore = false;
    bool m_firstStart = false;
    bool m_askOnFailure = false; // the start-up reconnection failed: open the connection dialog
    QFutureWatcher<seg::ProbeResult> m_opening;
    ConnectionProfile m_openingProfile;
    seg::ConnectionSettings m_openingSettings;
    int m_openingWork = 0;

    QStackedWidget *m_central = nullptr;
    QWidget *m_preparing = nullptr;
    QLabel *m_preparingText = nullptr;
    QProgressBar *m_preparingBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    SegmentListPane *m_segments = nullptr;
    QList<QWidget *> m_storePanes; // dashboard, integrations when present
    ApiServerService *m_apiServer = nullptr;
    DemoStoreJob *m_demoJob = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_apiLabel = nullptr;
};

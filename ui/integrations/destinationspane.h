#pragma once

#include "common/result.h"
#include "net/destination.h"
#include "net/segmentsync.h"
#include "net/syncrepository.h"
#include "secrets/secretstore.h"
#include "store/connectionsettings.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <atomic>
#include <memory>

class DestinationTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;
class SyncFailureTableModel;
class SyncRunTableModel;

// What DestinationsPane reads in one go, in a worker.
struct DestinationsSnapshot
{
    QList<QPair<QString, QString>> segments; // code, name
    QList<seg::Destination> destinations;
    QHash<qint64, seg::SyncRun> lastRuns; // by destination id
    QList<seg::SyncRun> runs;             // the sync history, newest first
};

// Push destinations (Mailchimp audiences, Klaviyo lists) with their last sync; Add, Edit,
// Remove; "Sync now" with progress, cancel and errors; the sync history with the selected
// run's refused members. All database work runs in workers with their own StoreSession; API
// keys go to the SecretStore, never to Segmentor's tables.
class DestinationsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DestinationsPane(QWidget *parent = nullptr);
    ~DestinationsPane() override;

    void setStore(const seg::ConnectionSettings &settings);
    void setSecretStore(seg::SecretStore *store);
    DestinationTableModel *destinationModel() const { return m_destinationModel; }
    SyncRunTableModel *runModel() const { return m_runModel; }
    SyncFailureTableModel *failureModel() const { return m_failureModel; }

public slots:
    void reload();
    // The Add/Edit dialog ends here: saves the destination (in a worker) and the key (if any).
    void saveDestination(const seg::Destination &destination, const QString &apiKey);
    void removeDestination(const QString &name);
    // Sync the selected destination with the segment chosen in the combo box.
    void syncNow();
    void cancelSync();

signals:
    void loaded();
    void syncFinished(bool ok);
    void failed(const QString &message);

private:
    void buildUi();
    void showSnapshot(const DestinationsSnapshot &snapshot);
    void showSyncResult();
    void updateButtons();
    void showRunFailures();
    void addDestinationClicked();
    void editDestinationClicked();
    void removeDestinationClicked();
    void setStatus(const QString &text, bool error);
    QString selectedDestination() const;
    qint64 selectedRun() const;
    seg::SecretStore *secrets();

    seg::ConnectionSettings m_settings;
    bool m_hasStore = false;
    seg::SecretStore *m_secretStore = nullptr;
    std::unique_ptr<seg::InMemorySecretStore> m_sessionSecrets; // when no keychain answers
    DestinationsSnapshot m_snapshot;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;

    QFutureWatcher<seg::Result<DestinationsSnapshot>> m_loadWatcher;
    QFutureWatcher<seg::Result<seg::SyncResult>> m_syncWatcher;

    DestinationTableModel *m_destinationModel = nullptr;
    SyncRunTableModel *m_runModel = nullptr;
    SyncFailureTableModel *m_failureModel = nullptr;

    QTreeView *m_destinations = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_segment = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_syncStatus = nullptr;
    QTreeView *m_history = nullptr;
    QTreeView *m_failures = nullptr;
    QLabel *m_failuresTitle = nullptr;
};

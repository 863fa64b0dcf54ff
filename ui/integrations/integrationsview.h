#pragma once

#include "common/result.h"
#include "net/apitokenrepository.h"
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

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace seg {
class ApiServer;
}

// Everything loaded in one go by a worker for the pane.
struct IntegrationsSnapshot
{
    QList<QPair<QString, QString>> segments; // code, name
    QList<seg::Destination> destinations;
    QHash<qint64, seg::SyncRun> lastRuns; // by destination id
    QList<seg::SyncRun> runs;             // the sync history, newest first
    QList<seg::ApiToken> tokens;
};

// The Integrations pane: push destinations (Mailchimp audiences, Klaviyo lists) with their
// last sync, "Sync now" with progress, cancel and errors, the sync history with each run's
// refused members; and the REST API: on/off, listen address, tokens, a live request log.
// All database work runs in workers with their own StoreSession; API keys go to the
// SecretStore, never to Segmentor's tables.
class IntegrationsView : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationsView(QWidget *parent = nullptr);
    ~IntegrationsView() override;

    void setStore(const seg::ConnectionSettings &settings);
    void setSecretStore(seg::SecretStore *store);

    // The REST API as the toggle left it (tests and the shell's status bar).
    bool isApiServing() const;
    int apiPort() const;

public slots:
    void reload();
    // The Add/Edit dialog ends here: saves the destination (in a worker) and the key (if any).
    void saveDestination(const seg::Destination &destination, const QString &apiKey);
    void removeDestination(const QString &name);
    // Sync the selected destination with the segment chosen in the combo box.
    void syncNow();
    void cancelSync();
    void createToken(const QString &name, bool canWrite);
    void revokeToken(const QString &name);
    void setApiServing(bool on);

signals:
    void loaded();
    void syncFinished(bool ok);
    void tokenCreated(const QString &name, const QString &token);
    void failed(const QString &message);

private:
    void buildUi();
    void showSnapshot(const IntegrationsSnapshot &snapshot);
    void updateButtons();
    void showRunFailures();
    void addDestinationClicked();
    void editDestinationClicked();
    void removeDestinationClicked();
    void createTokenClicked();
    void showToken(const QString &name, const QString &token);
    void appendRequestLog(const QString &line);
    void setStatus(QLabel *label, const QString &text, bool error);
    QString selectedDestination() const;
    seg::SecretStore *secrets();

    seg::ConnectionSettings m_settings;
    bool m_hasStore = false;
    seg::SecretStore *m_secretStore = nullptr;
    std::unique_ptr<seg::InMemorySecretStore> m_sessionSecrets; // when no keychain answers
    IntegrationsSnapshot m_snapshot;
    std::unique_ptr<seg::ApiServer> m_server;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;

    QFutureWatcher<seg::Result<IntegrationsSnapshot>> m_loadWatcher;
    QFutureWatcher<seg::Result<seg::SyncResult>> m_syncWatcher;

    QTreeWidget *m_destinations = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_segment = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_syncStatus = nullptr;
    QTreeWidget *m_history = nullptr;
    QTreeWidget *m_failures = nullptr;
    QLabel *m_failuresTitle = nullptr;

    QCheckBox *m_apiEnabled = nullptr;
    QLineEdit *m_listen = nullptr;
    QLabel *m_apiStatus = nullptr;
    QTreeWidget *m_tokens = nullptr;
    QPushButton *m_createToken = nullptr;
    QPushButton *m_revokeToken = nullptr;
    QPlainTextEdit *m_requestLog = nullptr;
};

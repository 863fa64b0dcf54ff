#pragma once

#include "common/result.h"
#include "net/apitokenrepository.h"
#include "store/connectionsettings.h"

#include <QFutureWatcher>
#include <QWidget>

class ApiServerService;
class ApiTokenTableModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

// The REST API: on/off and the listen address (of the application's ApiServerService, which
// outlives this pane), the tokens (create, revoke) and the live request log. Token work runs
// in workers with their own StoreSession.
class ApiPane : public QWidget
{
    Q_OBJECT
public:
    explicit ApiPane(ApiServerService *server, QWidget *parent = nullptr);
    ~ApiPane() override;

    void setStore(const seg::ConnectionSettings &settings);
    ApiTokenTableModel *tokenModel() const { return m_tokenModel; }

public slots:
    void reload();
    void createToken(const QString &name, bool canWrite);
    void revokeToken(const QString &name);
    // The "Serve the REST API" switch: starts the server on the address typed, or stops it.
    void setApiServing(bool on);

signals:
    void loaded();
    void tokenCreated(const QString &name, const QString &token);
    void failed(const QString &message);

private:
    void buildUi();
    void showServerState();
    void showStartFailure(const QString &listenAddress, const QString &message);
    void appendRequestLog(const QString &line);
    void setStatus(const QString &text, bool error);
    void setChecked(bool on);
    void updateButtons();
    void createTokenClicked();
    void revokeTokenClicked();
    void showToken(const QString &name, const QString &token);
    QString selectedToken() const;

    ApiServerService *m_server;
    seg::ConnectionSettings m_settings;
    bool m_hasStore = false;
    bool m_wasServing = false;
    int m_generation = 0;
    QFutureWatcher<seg::Result<QList<seg::ApiToken>>> m_loadWatcher;
    ApiTokenTableModel *m_tokenModel = nullptr;

    QCheckBox *m_apiEnabled = nullptr;
    QLineEdit *m_listen = nullptr;
    QLabel *m_apiStatus = nullptr;
    QTreeView *m_tokens = nullptr;
    QPushButton *m_createToken = nullptr;
    QPushButton *m_revokeToken = nullptr;
    QPlainTextEdit *m_requestLog = nullptr;
};

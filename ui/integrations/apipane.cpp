#include "integrations/apipane.h"

#include "integrations/apiserverservice.h"
#include "integrations/apitokentablemodel.h"
#include "session/storetask.h"
#include "support/appsettings.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeView>
#include <QVBoxLayout>

using namespace seg;

ApiPane::ApiPane(ApiServerService *server, QWidget *parent) : QWidget(parent), m_server(server)
{
    m_tokenModel = new ApiTokenTableModel(this);
    buildUi();
    using LoadWatcher = QFutureWatcher<Result<QList<ApiToken>>>;
    connect(&m_loadWatcher, &LoadWatcher::finished, this, [this] {
        const Result<QList<ApiToken>> r = m_loadWatcher.result();
        if (m_loadWatcher.property("generation").toInt() != m_generation)
            return; // a newer load is on its way
        if (!r) {
            setStatus(tr("Cannot read the integrations: %1").arg(r.error().message), true);
            emit failed(r.error().message);
            return;
        }
        const QString selected = selectedToken();
        m_tokenModel->setTokens(*r);
        if (const int row = m_tokenModel->rowOf(selected); row >= 0)
            m_tokens->setCurrentIndex(m_tokenModel->index(row, 0));
        updateButtons();
        emit loaded();
    });

    // The server belongs to the application: this pane shows what it does, from its log's
    // last lines on.
    m_wasServing = m_server->isServing();
    for (const QString &line : m_server->recentRequests())
        appendRequestLog(line);
    connect(m_server, &ApiServerService::stateChanged, this, &ApiPane::showServerState);
    connect(m_server, &ApiServerService::startFailed, this, &ApiPane::showStartFailure);
    connect(m_server, &ApiServerService::requestLogged, this, &ApiPane::appendRequestLog);
    showServerState();
}

ApiPane::~ApiPane()
{
    m_loadWatcher.waitForFinished();
}

void ApiPane::buildUi()
{
    auto *apiBox = new QGroupBox(tr("REST API"), this);
    m_apiEnabled = new QCheckBox(tr("Serve the REST API"), apiBox);
    m_listen = new QLineEdit(AppSettings().restApiListenAddress(), apiBox);
    m_listen->setToolTip(tr("HOST:PORT. 127.0.0.1 keeps the API on this computer; other addresses "
                            "open it to the network."));
    m_apiStatus = new QLabel(apiBox);
    m_apiStatus->setWordWrap(true);
    m_apiStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *apiForm = new QFormLayout;
    apiForm->addRow(m_apiEnabled);
    apiForm->addRow(tr("Listen on:"), m_listen);
    m_tokens = new QTreeView(apiBox);
    m_tokens->setModel(m_tokenModel);
    m_tokens->setRootIsDecorated(false);
    m_tokens->setUniformRowHeights(true);
    m_tokens->setAlternatingRowColors(true);
    m_tokens->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tokens->header()->setStretchLastSection(true);
    m_tokens->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
    apiLayout->addWidget(
        new QLabel(tr("Tokens (stored hashed; a token is shown once, when created):"), apiBox));
    apiLayout->addWidget(m_tokens, 2);
    apiLayout->addLayout(tokenButtons);
    apiLayout->addWidget(new QLabel(tr("Request log:"), apiBox));
    apiLayout->addWidget(m_requestLog, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(apiBox);

    // Names for tests and the shell's tour.
    m_apiEnabled->setObjectName(QStringLiteral("apiEnabled"));
    m_listen->setObjectName(QStringLiteral("listen"));
    m_apiStatus->setObjectName(QStringLiteral("apiStatus"));
    m_tokens->setObjectName(QStringLiteral("tokens"));
    m_requestLog->setObjectName(QStringLiteral("requestLog"));

    connect(m_apiEnabled, &QCheckBox::toggled, this, &ApiPane::setApiServing);
    connect(m_createToken, &QPushButton::clicked, this, &ApiPane::createTokenClicked);
    connect(m_revokeToken, &QPushButton::clicked, this, &ApiPane::revokeTokenClicked);
    connect(m_tokens->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApiPane::updateButtons);
    connect(m_tokenModel, &QAbstractItemModel::modelReset, this, &ApiPane::updateButtons);
    updateButtons();
}

void ApiPane::setStore(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_hasStore = true;
    reload();
    updateButtons();
}

void ApiPane::reload()
{
    if (!m_hasStore) return;
    const int generation = ++m_generation;
    m_loadWatcher.setProperty("generation", generation);
    m_loadWatcher.setFuture(runStoreTask<QList<ApiToken>>(
        m_settings,
        [](StoreSession &s) {
            return ApiTokenRepository(*s.storage.connection, s.storage.tablePrefix).list();
        },
        true));
}

QString ApiPane::selectedToken() const
{
    const QModelIndex current = m_tokens->currentIndex();
    return current.isValid() ? m_tokenModel->token(current.row()).name : QString();
}

void ApiPane::updateButtons()
{
    m_createToken->setEnabled(m_hasStore);
    m_revokeToken->setEnabled(m_tokens->currentIndex().isValid());
    m_apiEnabled->setEnabled(m_server->hasStore());
}

void ApiPane::setStatus(const QString &text, bool error)
{
    m_apiStatus->setText(text);
    m_apiStatus->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

void ApiPane::setChecked(bool on)
{
    if (m_apiEnabled->isChecked() == on) return;
    m_apiEnabled->blockSignals(true);
    m_apiEnabled->setChecked(on);
    m_apiEnabled->blockSignals(false);
}

// ------------------------------------------------------------------ the server

void ApiPane::setApiServing(bool on)
{
    if (!on) {
        m_server->stop();
        showServerState();
        return;
    }
    if (!m_server->hasStore()) return;
    m_server->start(m_listen->text().trimmed());
}

void ApiPane::showServerState()
{
    const bool serving = m_server->isServing();
    if (m_wasServing && !serving) appendRequestLog(tr("— stopped —"));
    m_wasServing = serving;
    setChecked(serving);
    m_listen->setEnabled(!serving);
    updateButtons();
    if (!serving) {
        setStatus(tr("Off. Marketing tools and scripts can read segments and members over HTTP "
                     "with a token."),
                  false);
        return;
    }
    QString text = tr("Serving on http://%1/v1/ — try %2")
                       .arg(m_server->address(), QStringLiteral("/v1/openapi.json"));
    if (!m_server->isLocalOnly())
        text += QLatin1Char('\n') + tr("Open to the network: tokens travel in clear text unless "
                                       "a TLS proxy is in front.");
    setStatus(text, !m_server->isLocalOnly());
}

void ApiPane::showStartFailure(const QString &listenAddress, const QString &message)
{
    Q_UNUSED(listenAddress);
    setChecked(false);
    m_listen->setEnabled(true);
    if (message.isEmpty())
        setStatus(tr("Enter the address as HOST:PORT, e.g. 127.0.0.1:8080."), true);
    else
        setStatus(tr("Cannot serve the API: %1").arg(message), true);
}

void ApiPane::appendRequestLog(const QString &line)
{
    // "2026-11-21T09:47:57Z 127.0.0.1 GET ..." -> "09:47:57 127.0.0.1 GET ..." (local time).
    static const QRegularExpression stamp(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ) "));
    const QRegularExpressionMatch m = stamp.match(line);
    if (m.hasMatch()) {
        const QDateTime at = QDateTime::fromString(m.captured(1), Qt::ISODate);
        m_requestLog->appendPlainText(at.toLocalTime().toString(QStringLiteral("HH:mm:ss ")) +
                                      line.mid(m.capturedLength(0)));
    } else {
        m_requestLog->appendPlainText(line);
    }
}

// ------------------------------------------------------------------ tokens

void ApiPane::createTokenClicked()
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
        if (!name->text().trimmed().isEmpty()) dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this,
            [this, name, write] { createToken(name->text().trimmed(), write->isChecked()); });
    dialog->open();
}

void ApiPane::createToken(const QString &name, bool canWrite)
{
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        const Result<QString> r = watcher->result();
        if (!r) {
            setStatus(tr("The token was not created: %1").arg(r.error().message), true);
            return;
        }
        reload();
        emit tokenCreated(name, *r);
        showToken(name, *r);
    });
    watcher->setFuture(runStoreTask<QString>(
        m_settings,
        [name, canWrite](StoreSession &s) {
            return ApiTokenRepository(*s.storage.connection, s.storage.tablePrefix)
                .create(name, canWrite);
        },
        true));
}

void ApiPane::showToken(const QString &name, const QString &token)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Token %1").arg(name));
    dialog->setMinimumWidth(560);
    auto *text = new QLabel(tr("Copy the token now: it is not stored and cannot be shown again. "
                               "Send it as\nAuthorization: Bearer <token>"),
                            dialog);
    auto *field = new QLineEdit(token, dialog);
    field->setReadOnly(true);
    field->selectAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, dialog,
            [token] { QGuiApplication::clipboard()->setText(token); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(field);
    layout->addWidget(buttons);
    dialog->open();
}

void ApiPane::revokeTokenClicked()
{
    const QString name = selectedToken();
    if (name.isEmpty()) return;
    if (QMessageBox::question(
            this, tr("Revoke token"),
            tr("Revoke the token \"%1\"? Tools using it stop getting answers at once.")
                .arg(name)) == QMessageBox::Yes)
        revokeToken(name);
}

void ApiPane::revokeToken(const QString &name)
{
    auto *watcher = new QFutureWatcher<Result<bool>>(this);
    connect(watcher, &QFutureWatcher<Result<bool>>::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        const Result<bool> r = watcher->result();
        if (!r) setStatus(tr("The token was not revoked: %1").arg(r.error().message), true);
        reload();
    });
    watcher->setFuture(runStoreTask<bool>(
        m_settings,
        [name](StoreSession &s) {
            return ApiTokenRepository(*s.storage.connection, s.storage.tablePrefix).revoke(name);
        },
        true));
}

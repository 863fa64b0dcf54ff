#include "connectiondialog.h"

#include "demostorejob.h"
#include "probeverdicttext.h"
#include "secrets/secretstore.h"
#include "support/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
enum Kind
{
    SqliteKind,
    MySqlKind,
    PostgreSqlKind
};

seg::Dialect dialectOf(int kind)
{
    return kind == MySqlKind        ? seg::Dialect::MySql
           : kind == PostgreSqlKind ? seg::Dialect::PostgreSql
                                    : seg::Dialect::Sqlite;
}

int kindOf(seg::Dialect dialect)
{
    return dialect == seg::Dialect::MySql        ? MySqlKind
           : dialect == seg::Dialect::PostgreSql ? PostgreSqlKind
                                                 : SqliteKind;
}
} // namespace

ConnectionDialog::ConnectionDialog(seg::SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_secrets(secrets), m_profileId(ConnectionProfile::newId()),
      m_demoPath(DemoStoreJob::defaultPath())
{
    setWindowTitle(tr("Connect to a store"));
    buildUi();
    loadRecent();
    connect(&m_probe, &QFutureWatcher<seg::ProbeResult>::finished, this, [this] {
        setBusy(false);
        const seg::ProbeResult result = m_probe.result();
        m_lastProbe = result;
        showVerdict(result);
        emit tested(result);
        if (m_connectAfterTest) {
            m_connectAfterTest = false;
            acceptIfOk(result);
        }
    });
    kindChanged();
    resize(900, 520);
}

ConnectionDialog::~ConnectionDialog()
{
    m_probe.waitForFinished();
}

void ConnectionDialog::buildUi()
{
    auto *recentBox = new QGroupBox(tr("Recent connections"), this);
    auto *recentLayout = new QVBoxLayout(recentBox);
    m_recent = new QListWidget(recentBox);
    m_recent->setMinimumWidth(230);
    m_forget = new QPushButton(tr("Forget"), recentBox);
    m_forget->setToolTip(
        tr("Remove the selected connection from this list (and its password from the keychain)"));
    recentLayout->addWidget(m_recent);
    recentLayout->addWidget(m_forget, 0, Qt::AlignRight);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("SQLite file"));
    m_kind->addItem(tr("MySQL / MariaDB"));
    m_kind->addItem(tr("PostgreSQL"));

    // One form for every kind of store (rows shown or hidden), so the labels line up.
    m_form = new QFormLayout;
    auto addRow = [this](const QString &label, QWidget *field, QWidget *buddy = nullptr) {
        auto *l = new QLabel(label, this);
        l->setBuddy(buddy ? buddy : field);
        m_form->addRow(l, field);
    };
    auto row = [this](QWidget *a, QWidget *b, QWidget *c = nullptr) {
        auto *w = new QWidget(this);
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(a, 1);
        h->addWidget(b);
        if (c) h->addWidget(c);
        return w;
    };
    addRow(tr("&Type:"), m_kind);

    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("/path/to/store.db"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_pathRow = row(m_path, browse);
    addRow(tr("&File:"), m_pathRow, m_path);
    m_demoButton = new QPushButton(tr("Open the demo store"), this);
    auto *demoHint =
        new QLabel(tr("A realistic Magento store with %1 customers, generated on this computer "
                      "the first time (about a minute).")
                       .arg(QLocale().toString(DemoStoreJob::defaultCustomers())),
                   this);
    demoHint->setWordWrap(true);
    demoHint->setForegroundRole(QPalette::PlaceholderText);
    m_demoRow = new QWidget(this);
    auto *demoLayout = new QVBoxLayout(m_demoRow);
    demoLayout->setContentsMargins(0, 0, 0, 0);
    demoLayout->addWidget(m_demoButton, 0, Qt::AlignLeft);
    demoLayout->addWidget(demoHint);
    m_form->addRow(QString(), m_demoRow);

    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    m_hostRow = row(m_host, portLabel, m_port);
    addRow(tr("&Host:"), m_hostRow, m_host);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(tr("magento"));
    addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(this);
    addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    addRow(tr("Pass&word:"), m_password);
    m_rememberPassword = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_form->addRow(QString(), m_rememberPassword);
    if (!m_secrets || !m_secrets->available()) {
        m_rememberPassword->setChecked(false);
        m_rememberPassword->setEnabled(false);
        m_rememberPassword->setText(tr("No system keychain: the password is asked for each time"));
    } else {
        m_rememberPassword->setChecked(true);
    }

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("optional, e.g. \"Live shop (read-only copy)\""));
    m_prefix = new QLineEdit(this);
    m_prefix->setPlaceholderText(tr("none"));
    m_prefix->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_]*")), m_prefix));
    m_timeZone = new QComboBox(this);
    m_timeZone->addItem(tr("UTC (Magento's default)"), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/')) m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    addRow(tr("&Name:"), m_name);
    addRow(tr("Table &prefix:"), m_prefix);
    addRow(tr("Store time &zone:"), m_timeZone);
    auto *form = m_form;

    m_verdictHeadline = new QLabel(this);
    QFont bold = m_verdictHeadline->font();
    bold.setBold(true);
    m_verdictHeadline->setFont(bold);
    m_verdictText = new QLabel(this);
    m_verdictText->setWordWrap(true);
    m_verdictText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    auto *verdictBox = new QVBoxLayout;
    verdictBox->addWidget(m_verdictHeadline);
    verdictBox->addWidget(m_verdictText);
    verdictBox->addWidget(m_progress);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addSpacing(8);
    right->addLayout(verdictBox);
    right->addStretch(1);
    right->addWidget(m_buttons);

    auto *main = new QHBoxLayout(this);
    main->addWidget(recentBox);
    main->addLayout(right, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::kindChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Open a SQLite store"), QFileInfo(m_path->text()).absolutePath(),
            tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
        if (!file.isEmpty()) m_path->setText(file);
    });
    connect(m_demoButton, &QPushButton::clicked, this, &ConnectionDialog::openDemoStore);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_connectAfterTest = true;
        testConnection();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_path, m_host, m_database, m_user, m_password, m_prefix})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionDialog::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::fieldsEdited);
    connect(m_recent, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<ConnectionProfile> recent = AppSettings().recentConnections();
        m_forget->setEnabled(row >= 0);
        if (row >= 0 && row < recent.size()) setProfile(recent.at(row));
    });
    connect(m_recent, &QListWidget::itemDoubleClicked, this, [this] {
        m_connectAfterTest = true;
        testConnection();
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        const QList<ConnectionProfile> recent = AppSettings().recentConnections();
        const int row = m_recent->currentRow();
        if (row < 0 || row >= recent.size()) return;
        if (recent.at(row).passwordInKeychain && m_secrets && m_secrets->available())
            m_secrets->remove(recent.at(row).secretKey());
        AppSettings().forgetConnection(recent.at(row).id);
        m_profileId = ConnectionProfile::newId();
        loadRecent();
    });
}

void ConnectionDialog::loadRecent()
{
    const QSignalBlocker blocker(m_recent);
    m_recent->clear();
    for (const ConnectionProfile &p : AppSettings().recentConnections()) {
        auto *item = new QListWidgetItem(p.displayName(), m_recent);
        item->setToolTip(p.settings.toDisplayUrl());
    }
    m_forget->setEnabled(false);
}

void ConnectionDialog::kindChanged()
{
    const int kind = m_kind->currentIndex();
    showRowsFor(kind == SqliteKind);
    if (kind == MySqlKind && (m_port->value() == 5432 || m_port->value() <= 1))
        m_port->setValue(3306);
    if (kind == PostgreSqlKind && (m_port->value() == 3306 || m_port->value() <= 1))
        m_port->setValue(5432);
    fieldsEdited();
}

void ConnectionDialog::showRowsFor(bool sqlite)
{
    for (QWidget *w : {m_pathRow, m_demoRow})
        m_form->setRowVisible(w, sqlite);
    for (QWidget *w :
         {m_hostRow, static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
          static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_rememberPassword)})
        m_form->setRowVisible(w, !sqlite);
}

void ConnectionDialog::fieldsEdited()
{
    m_lastProbe.reset();
    m_verdictHeadline->clear();
    m_verdictText->setText(tr("Test the connection to see whether Segmentor can read this store."));
    m_verdictText->setStyleSheet(QString());
}

void ConnectionDialog::setProfile(const ConnectionProfile &profile)
{
    m_profileId = profile.id.isEmpty() ? ConnectionProfile::newId() : profile.id;
    const seg::ConnectionSettings &s = profile.settings;
    {
        const QSignalBlocker b(m_kind);
        m_kind->setCurrentIndex(kindOf(s.dialect));
    }
    showRowsFor(s.dialect == seg::Dialect::Sqlite);
    {
        const QSignalBlocker b(
            m_recent); // show which remembered connection this is, without reloading it
        const QList<ConnectionProfile> recent = AppSettings().recentConnections();
        m_recent->setCurrentRow(-1);
        for (int i = 0; i < recent.size(); ++i)
            if (recent.at(i).id == profile.id) m_recent->setCurrentRow(i);
        m_forget->setEnabled(m_recent->currentRow() >= 0);
    }
    m_path->setText(s.path);
    m_host->setText(s.host);
    if (s.port > 0)
        m_port->setValue(s.port);
    else
        m_port->setValue(s.dialect == seg::Dialect::PostgreSql ? 5432 : 3306);
    m_database->setText(s.database);
    m_user->setText(s.user);
    m_password->setText(s.password);
    m_name->setText(profile.name);
    m_prefix->setText(s.tablePrefix);
    const int tz = m_timeZone->findData(s.storeTimeZone);
    m_timeZone->setCurrentIndex(tz >= 0 ? tz : 0);
    if (profile.passwordInKeychain && s.password.isEmpty() && m_secrets && m_secrets->available()) {
        const seg::Result<QString> stored = m_secrets->read(profile.secretKey());
        if (stored) m_password->setText(*stored);
    }
    if (m_rememberPassword->isEnabled())
        m_rememberPassword->setChecked(profile.passwordInKeychain ||
                                       profile.id.isEmpty()); // new: offered by default
    fieldsEdited();
    if (s.dialect != seg::Dialect::Sqlite && m_password->text().isEmpty()) m_password->setFocus();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.id = m_profileId;
    p.name = m_name->text().trimmed();
    p.settings = settings();
    p.settings.password.clear();
    p.passwordInKeychain =
        p.needsPassword() && m_rememberPassword->isEnabled() && m_rememberPassword->isChecked();
    return p;
}

seg::ConnectionSettings ConnectionDialog::settings() const
{
    seg::ConnectionSettings s;
    s.dialect = dialectOf(m_kind->currentIndex());
    if (s.dialect == seg::Dialect::Sqlite) {
        s.path = m_path->text().trimmed();
    } else {
        s.host = m_host->text().trimmed().isEmpty() ? QStringLiteral("127.0.0.1")
                                                    : m_host->text().trimmed();
        s.port = m_port->value();
        s.database = m_database->text().trimmed();
        s.user = m_user->text().trimmed();
        s.password = m_password->text();
    }
    s.tablePrefix = m_prefix->text().trimmed();
    s.storeTimeZone = m_timeZone->currentData().toString();
    return s;
}

void ConnectionDialog::testConnection()
{
    if (m_probe.isRunning()) return;
    setBusy(true);
    showMessage(tr("Testing…"), tr("Connecting to %1").arg(settings().toDisplayUrl()), true);
    const seg::ConnectionSettings s = settings();
    m_probe.setFuture(QtConcurrent::run([s] { return seg::StoreProbe::probe(s); }));
}

void ConnectionDialog::openDemoStore()
{
    {
        const QSignalBlocker b(m_kind);
        m_kind->setCurrentIndex(SqliteKind);
    }
    showRowsFor(true);
    m_path->setText(m_demoPath);
    m_prefix->clear();
    m_name->setText(tr("Demo store"));
    if (QFileInfo::exists(m_demoPath)) {
        m_connectAfterTest = true;
        testConnection();
        return;
    }
    if (!m_demoJob) {
        m_demoJob = new DemoStoreJob(this);
        connect(m_demoJob, &DemoStoreJob::progressChanged, m_progress, &QProgressBar::setValue);
        connect(m_demoJob, &DemoStoreJob::finished, this, [this](bool ok, const QString &error) {
            m_progress->setVisible(false);
            setBusy(false);
            if (!ok) {
                showMessage(tr("No demo store"), error, false);
                return;
            }
            m_connectAfterTest = true;
            testConnection();
        });
    }
    setBusy(true);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    showMessage(tr("Creating the demo store…"),
                tr("Generating %1 customers with their orders, carts and wishlists into %2.")
                    .arg(QLocale().toString(DemoStoreJob::defaultCustomers()), m_demoPath),
                true);
    m_demoJob->start(m_demoPath);
}

QString ConnectionDialog::verdictText() const
{
    return m_verdictHeadline->text() + QStringLiteral(": ") + m_verdictText->text();
}

void ConnectionDialog::showVerdict(const seg::ProbeResult &result)
{
    showMessage(ProbeVerdictText::headline(result),
                ProbeVerdictText::explanation(result, settings()), result.ok());
}

void ConnectionDialog::showMessage(const QString &headline, const QString &text, bool good)
{
    m_verdictHeadline->setText(headline);
    m_verdictHeadline->setStyleSheet(good ? QStringLiteral("color: #1b7f3b;")
                                          : QStringLiteral("color: #b3261e;"));
    m_verdictText->setText(text);
}

void ConnectionDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_demoButton->setEnabled(!busy);
}

void ConnectionDialog::acceptIfOk(const seg::ProbeResult &result)
{
    if (result.ok()) rememberAndAccept();
}

void ConnectionDialog::rememberAndAccept()
{
    const ConnectionProfile p = profile();
    if (p.passwordInKeychain && m_secrets) {
        if (const seg::Status st = m_secrets->write(p.secretKey(), m_password->text()); !st) {
            showMessage(tr("Password not stored"), st.error().message, false);
            return;
        }
    } else if (p.needsPassword() && m_secrets && m_secrets->available()) {
        m_secrets->remove(p.secretKey()); // the user unticked "remember"
    }
    AppSettings().rememberConnection(p);
    accept();
}

void ConnectionDialog::done(int result)
{
    if (m_demoJob && m_demoJob->isRunning()) m_demoJob->cancel();
    QDialog::done(result);
}

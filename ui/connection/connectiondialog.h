#pragma once

#include "store/storeprobe.h"
#include "support/connectionprofile.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class DemoStoreJob;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace seg {
class SecretStore;
}

// Where the store is: a SQLite file (or the demo store, created on first use), MySQL/MariaDB or
// PostgreSQL. "Test connection" runs StoreProbe in a worker and says what failed; "Connect"
// tests first and only accepts a store that works. Remembered connections are listed on the
// left; their passwords live in the SecretStore when the user wants, never in the settings.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(seg::SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const;        // without the password
    seg::ConnectionSettings settings() const; // with the password typed in
    void setDemoStorePath(const QString &path) { m_demoPath = path; }

    void testConnection();
    void openDemoStore();
    bool isTesting() const { return m_probe.isRunning(); }
    std::optional<seg::ProbeResult> lastProbe() const { return m_lastProbe; }
    QString verdictText() const; // headline and explanation as shown

signals:
    void tested(const seg::ProbeResult &result);

protected:
    void done(int result) override;

private:
    void buildUi();
    void loadRecent();
    void kindChanged();
    void fieldsEdited();
    void showVerdict(const seg::ProbeResult &result);
    void showMessage(const QString &headline, const QString &text, bool good);
    void setBusy(bool busy);
    void showRowsFor(bool sqlite);
    void acceptIfOk(const seg::ProbeResult &result);
    void rememberAndAccept();

    seg::SecretStore *m_secrets;
    QString m_profileId;
    QString m_demoPath;
    bool m_connectAfterTest = false;
    std::optional<seg::ProbeResult> m_lastProbe;
    QFutureWatcher<seg::ProbeResult> m_probe;
    DemoStoreJob *m_demoJob = nullptr;

    QListWidget *m_recent = nullptr;
    QPushButton *m_forget = nullptr;
    QComboBox *m_kind = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_pathRow = nullptr;
    QWidget *m_demoRow = nullptr;
    QWidget *m_hostRow = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_demoButton = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_rememberPassword = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_prefix = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLabel *m_verdictHeadline = nullptr;
    QLabel *m_verdictText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_test = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// The connection dialog's verdicts against the real MariaDB and PostgreSQL servers, and
// what it remembers (never a password in the settings).
#include "shelltestsupport.h"
#include "testdatabases.h"

#include "connection/connectiondialog.h"
#include "secrets/secretstore.h"
#include "store/schemainstaller.h"
#include "support/appsettings.h"

#include <QDialogButtonBox>
#include <QDirIterator>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace shelltest;
using namespace segtest;

namespace {

class ConnectionDialogVerdicts : public ::testing::TestWithParam<Backend>
{
protected:
    std::optional<seg::ConnectionSettings> server(const QString &name)
    {
        std::string why;
        std::optional<seg::ConnectionSettings> s = freshDatabase(GetParam(), name, why);
        m_why = why;
        return s;
    }

    QString verdictFor(const seg::ConnectionSettings &settings, seg::InMemorySecretStore &secrets)
    {
        ConnectionDialog dialog(&secrets);
        ConnectionProfile p;
        p.settings = settings;
        dialog.setProfile(p);
        QSignalSpy tested(&dialog, &ConnectionDialog::tested);
        dialog.testConnection();
        EXPECT_TRUE(waitFor([&] { return tested.count() == 1; }, 30000));
        return dialog.verdictText();
    }

    std::string m_why;
};

int closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const int port = s.serverPort();
    s.close();
    return port;
}

} // namespace

TEST_P(ConnectionDialogVerdicts, WrongPortIsHostUnreachable)
{
    std::optional<seg::ConnectionSettings> s = server(QStringLiteral("dlg_port"));
    SEGTEST_REQUIRE_STORE(s, m_why);
    s->port = closedPort();
    seg::InMemorySecretStore secrets;
    const QString verdict = verdictFor(*s, secrets);
    EXPECT_TRUE(verdict.startsWith(
        QStringLiteral("Host unreachable: Nothing answers at 127.0.0.1:%1").arg(s->port)))
        << verdict.toStdString();
}

TEST_P(ConnectionDialogVerdicts, WrongPasswordIsLoginRefused)
{
    std::optional<seg::ConnectionSettings> s = server(QStringLiteral("dlg_password"));
    SEGTEST_REQUIRE_STORE(s, m_why);
    s->password = QStringLiteral("wrong-password");
    seg::InMemorySecretStore secrets;
    const QString verdict = verdictFor(*s, secrets);
    EXPECT_TRUE(verdict.startsWith(
        QStringLiteral("Login refused: The server answered but refused user \"%1\"").arg(s->user)))
        << verdict.toStdString();
}

TEST_P(ConnectionDialogVerdicts, EmptyDatabaseIsNotAMagentoSchema)
{
    std::optional<seg::ConnectionSettings> s = server(QStringLiteral("dlg_empty"));
    SEGTEST_REQUIRE_STORE(s, m_why);
    seg::InMemorySecretStore secrets;
    const QString verdict = verdictFor(*s, secrets);
    EXPECT_TRUE(verdict.startsWith(
        QStringLiteral("Not a Magento schema: None of Magento's tables are in this database")))
        << verdict.toStdString();
}

TEST_P(ConnectionDialogVerdicts, AStoreConnectsAndIsRememberedWithoutItsPassword)
{
    std::optional<seg::ConnectionSettings> s = server(QStringLiteral("dlg_ok"));
    SEGTEST_REQUIRE_STORE(s, m_why);
    {
        auto c = seg::StoreConnection::open(*s);
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE(seg::SchemaInstaller::install(**c, QStringLiteral("shop_")).ok());
    }
    s->tablePrefix = QStringLiteral("shop_");
    AppSettings().setRecentConnections({});
    seg::InMemorySecretStore secrets;
    ConnectionDialog dialog(&secrets);
    ConnectionProfile p;
    p.settings = *s;
    p.name = QStringLiteral("Test shop");
    dialog.setProfile(p);
    QSignalSpy tested(&dialog, &ConnectionDialog::tested);
    // "Connect" tests first, then accepts a store that works.
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(waitFor([&] { return tested.count() == 1; }, 30000));
    EXPECT_TRUE(dialog.verdictText().startsWith(
        QStringLiteral("Connected: A Magento 2 store with 0 customers")))
        << dialog.verdictText().toStdString();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    const QList<ConnectionProfile> recent = AppSettings().recentConnections();
    ASSERT_EQ(recent.size(), 1);
    EXPECT_EQ(recent.first().name, QStringLiteral("Test shop"));
    EXPECT_EQ(recent.first().settings.database, s->database);
    EXPECT_EQ(recent.first().settings.tablePrefix, QStringLiteral("shop_"));
    EXPECT_TRUE(recent.first().settings.password.isEmpty());
    EXPECT_TRUE(recent.first().passwordInKeychain);
    EXPECT_EQ(*secrets.read(recent.first().secretKey()), s->password);
    // The password is in no settings file.
    QDirIterator it(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                    QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        ++files;
        EXPECT_FALSE(f.readAll().contains(("password=" + s->password).toUtf8()))
            << f.fileName().toStdString();
    }
    EXPECT_GT(files, 0);

    // Reopened from the list, the password comes back from the keychain.
    ConnectionDialog again(&secrets);
    again.setProfile(recent.first());
    EXPECT_EQ(again.settings().password, s->password);
}

INSTANTIATE_TEST_SUITE_P(Servers, ConnectionDialogVerdicts,
                         ::testing::Values(Backend::MySql, Backend::PostgreSql),
                         [](const auto &info) { return backendName(info.param); });

TEST(ConnectionDialog, WithoutAKeychainThePasswordIsNotOfferedForStorage)
{
    class NoKeychain : public seg::InMemorySecretStore
    {
    public:
        bool available() const override { return false; }
    } secrets;
    ConnectionDialog dialog(&secrets);
    ConnectionProfile p;
    p.settings.dialect = seg::Dialect::MySql;
    p.settings.host = QStringLiteral("db.example.com");
    p.settings.user = QStringLiteral("me");
    dialog.setProfile(p);
    EXPECT_FALSE(dialog.profile().passwordInKeychain);
}

TEST(ConnectionDialog, TheDemoStoreIsCreatedWhenMissingThenOpened)
{
    qputenv("SEGMENTOR_DEMO_CUSTOMERS", "250");
    seg::InMemorySecretStore secrets;
    ConnectionDialog dialog(&secrets);
    const QString path = testHome() + QStringLiteral("/dialog-demo/demo.db");
    dialog.setDemoStorePath(path);
    QSignalSpy tested(&dialog, &ConnectionDialog::tested);
    dialog.openDemoStore();
    ASSERT_TRUE(waitFor([&] { return tested.count() == 1; }, 120000));
    qunsetenv("SEGMENTOR_DEMO_CUSTOMERS");
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_TRUE(dialog.verdictText().startsWith(
        QStringLiteral("Connected: A Magento 2 store with 250 customers")))
        << dialog.verdictText().toStdString();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.settings().path, path);
}

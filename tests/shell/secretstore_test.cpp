// The system keychain store: never a plain-text fallback. Where no keychain service answers
// (no D-Bus session here) it says so and refuses to store; where one answers, secrets round-trip.
#include "secrets/systemsecretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QStandardPaths>
#include <QUuid>

#include <gtest/gtest.h>

TEST(SystemSecretStore, WithoutAKeychainServiceNothingIsStored)
{
    // The session bus is a process-wide singleton: this case needs a process without one.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        GTEST_SKIP() << "a D-Bus session exists; run without DBUS_SESSION_BUS_ADDRESS to test the "
                        "no-keychain path";
    std::unique_ptr<seg::SecretStore> store =
        seg::makeSystemSecretStore(QStringLiteral("SegmentorTest"));
    if (store->available()) GTEST_SKIP() << "a keychain answered even without a session bus";
    const seg::Status written =
        store->write(QStringLiteral("connection/test"), QStringLiteral("s3cret"));
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("keychain")))
        << written.error().message.toStdString();
    EXPECT_FALSE(store->read(QStringLiteral("connection/test")).ok());
    // No plain-text fallback file was written anywhere in the config folder.
    QDirIterator it(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.size() < 1'000'000 && f.open(QIODevice::ReadOnly))
            EXPECT_FALSE(f.readAll().contains("s3cret")) << f.fileName().toStdString();
    }
}

TEST(SystemSecretStore, RoundTripsWhenAKeychainAnswers)
{
    std::unique_ptr<seg::SecretStore> store =
        seg::makeSystemSecretStore(QStringLiteral("SegmentorTest"));
    if (!store->available()) {
        if (qEnvironmentVariableIsSet("SEGMENTOR_REQUIRE_KEYCHAIN"))
            FAIL() << "the keychain set up by tests/shell/with-keyring.sh did not answer";
        GTEST_SKIP()
            << "no keychain service on this machine (tests/shell/with-keyring.sh provides one)";
    }
    const QString key =
        QStringLiteral("connection/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    ASSERT_TRUE(store->write(key, QStringLiteral("pässwörd 1")).ok());
    const seg::Result<QString> read = store->read(key);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(*read, QStringLiteral("pässwörd 1"));
    ASSERT_TRUE(store->remove(key).ok());
    const seg::Result<QString> gone = store->read(key);
    ASSERT_TRUE(gone.ok());
    EXPECT_TRUE(gone->isEmpty());
}

TEST(InMemorySecretStore, KeepsSecretsPerKey)
{
    seg::InMemorySecretStore store;
    ASSERT_TRUE(store.write(QStringLiteral("a"), QStringLiteral("1")).ok());
    ASSERT_TRUE(store.write(QStringLiteral("b"), QStringLiteral("2")).ok());
    EXPECT_EQ(*store.read(QStringLiteral("a")), QStringLiteral("1"));
    ASSERT_TRUE(store.remove(QStringLiteral("a")).ok());
    EXPECT_TRUE(store.read(QStringLiteral("a"))->isEmpty());
    EXPECT_EQ(*store.read(QStringLiteral("b")), QStringLiteral("2"));
}

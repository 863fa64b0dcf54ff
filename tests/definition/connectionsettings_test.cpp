#include "store/connectionsettings.h"

#include <gtest/gtest.h>

using namespace seg;

TEST(ConnectionSettings, ParsesTheThreeUrlForms)
{
    auto s = ConnectionSettings::fromUrl(QStringLiteral("sqlite:demo.db?prefix=mg_"));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->dialect, Dialect::Sqlite);
    EXPECT_EQ(s->path, QStringLiteral("demo.db"));
    EXPECT_EQ(s->tablePrefix, QStringLiteral("mg_"));

    s = ConnectionSettings::fromUrl(QStringLiteral("sqlite:///var/lib/store.db"));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->path, QStringLiteral("/var/lib/store.db"));

    s = ConnectionSettings::fromUrl(
        QStringLiteral("mysql://shop:p%40ss@127.0.0.1:3307/magento?prefix=mg_&tz=Europe/Paris"));
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(s->dialect, Dialect::MySql);
    EXPECT_EQ(s->user, QStringLiteral("shop"));
    EXPECT_EQ(s->password, QStringLiteral("p@ss"));
    EXPECT_EQ(s->port, 3307);
    EXPECT_EQ(s->database, QStringLiteral("magento"));
    EXPECT_EQ(s->storeTimeZone, QStringLiteral("Europe/Paris"));
    EXPECT_FALSE(s->toDisplayUrl().contains(QStringLiteral("p@ss")));

    s = ConnectionSettings::fromUrl(QStringLiteral("postgresql://u@db.local/shop"));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->dialect, Dialect::PostgreSql);
    EXPECT_EQ(s->port, 5432);
}

TEST(ConnectionSettings, RejectsWhatCouldHurt)
{
    EXPECT_EQ(
        ConnectionSettings::fromUrl(QStringLiteral("sqlite:x.db?prefix=mg;DROP")).error().message,
        QStringLiteral("table prefix \"mg;DROP\" may only hold letters, digits and _"));
    EXPECT_EQ(ConnectionSettings::fromUrl(QStringLiteral("oracle://x/y")).error().message,
              QStringLiteral("unsupported database URL scheme \"oracle\" (expected sqlite:, "
                             "mysql:// or postgresql://)"));
    EXPECT_EQ(
        ConnectionSettings::fromUrl(QStringLiteral("sqlite:x.db?tz=Mars/Olympus")).error().message,
        QStringLiteral("unknown time zone \"Mars/Olympus\""));
    EXPECT_EQ(ConnectionSettings::fromUrl(QStringLiteral("sqlite:x.db?colour=red")).error().message,
              QStringLiteral("unknown URL option \"colour\" (expected prefix or tz)"));
}

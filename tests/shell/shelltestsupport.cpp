#include "shelltestsupport.h"

#include "app/translations.h"
#include "demo/demostorefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace shelltest {

namespace {

// Settings, data and the keychain-less fallbacks go to a private HOME: tests never touch
// the developer's own settings or demo store.
class ShellEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        home().path();
        qputenv("HOME", home().path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (home().path() + QStringLiteral("/.config")).toUtf8());
        qputenv("XDG_DATA_HOME", (home().path() + QStringLiteral("/.local/share")).toUtf8());
        qputenv("SEGMENTOR_WORKSPACE_DIR",
                (home().path() + QStringLiteral("/workspaces")).toUtf8());
        qunsetenv("SEGMENTOR_DEMO_STORE");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           home().path() + QStringLiteral("/.config"));
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("SegmentorTest"));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); // English plurals
    }
    static QTemporaryDir &home()
    {
        static QTemporaryDir dir;
        return dir;
    }
};

[[maybe_unused]] ::testing::Environment *const environment =
    ::testing::AddGlobalTestEnvironment(new ShellEnvironment);

} // namespace

QString testHome()
{
    return qEnvironmentVariable("HOME");
}

bool waitFor(const std::function<bool()> &condition, int ms)
{
    return QTest::qWaitFor(condition, ms);
}

seg::ConnectionSettings demoStoreCopy(const QString &name)
{
    static QTemporaryDir dir;
    static QString master;
    if (master.isEmpty()) {
        const QString path = dir.filePath(QStringLiteral("master.db"));
        seg::DemoOptions options;
        options.customers = 300;
        options.anchor = QDate(2026, 11, 1);
        const seg::Status st = seg::createDemoStoreFile(path, options);
        EXPECT_TRUE(st.ok()) << st.error().message.toStdString();
        master = path;
    }
    seg::ConnectionSettings s;
    s.path = dir.filePath(name + QStringLiteral(".db"));
    QFile::remove(s.path);
    EXPECT_TRUE(QFile::copy(master, s.path));
    return s;
}

QStringList exampleFiles()
{
    QStringList files;
    const QDir examples(QStringLiteral(SEGMENTOR_SOURCE_DIR "/examples"));
    for (const QString &f : examples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << examples.filePath(f);
    return files;
}

} // namespace shelltest

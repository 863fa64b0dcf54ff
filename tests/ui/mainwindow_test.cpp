#include "app/mainwindow.h"
#include "fixturestore.h"
#include "integrations/apiserverservice.h"
#include "integrations/integrationspane.h"
#include "testdatabases.h"

#include <QCheckBox>
#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

#include <gtest/gtest.h>

TEST(MainWindow, OpensAtTheDocumentedSize)
{
    MainWindow window;
    window.show();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Segmentor"));
    EXPECT_EQ(window.size(), QSize(1280, 800));
}

// The REST server is the window's, not the Integrations tab's: the tab switches it, the status
// bar shows it, and it keeps serving when the tab goes.
TEST(MainWindow, OwnsTheRestServerAndShowsItInTheStatusBar)
{
    QStandardPaths::setTestModeEnabled(true); // AppSettings in a throwaway place
    std::string why;
    std::unique_ptr<seg::StoreConnection> store = segtest::freshStore(
        segtest::Backend::Sqlite, QStringLiteral("ui_mainwindow_api"), QString(), why);
    ASSERT_TRUE(store) << why;
    segtest::FixtureStore(*store, QString()).installBase();

    MainWindow window;
    window.show();
    ApiServerService *server = window.apiServer();
    ASSERT_TRUE(server);
    auto *integrations = window.findChild<IntegrationsPane *>();
    ASSERT_TRUE(integrations);
    auto *apiState = window.statusBar()->findChild<QLabel *>(QStringLiteral("apiState"));
    ASSERT_TRUE(apiState);
    EXPECT_FALSE(apiState->isVisible());

    server->setStore(store->settings()); // what opening the store does
    ASSERT_TRUE(server->start(QStringLiteral("127.0.0.1:0")));
    EXPECT_TRUE(integrations->findChild<QCheckBox *>(QStringLiteral("apiEnabled"))->isChecked());
    EXPECT_TRUE(apiState->isVisible());
    EXPECT_EQ(apiState->text(), QStringLiteral("REST API on 127.0.0.1:%1").arg(server->port()));

    delete integrations; // the tab goes; the server stays
    EXPECT_TRUE(server->isServing());
    EXPECT_TRUE(apiState->isVisible());

    server->stop();
    EXPECT_FALSE(server->isServing());
    EXPECT_FALSE(apiState->isVisible());
}

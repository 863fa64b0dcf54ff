// Screenshots for the docs at 1280x800: the main window on the demo store (20,000 customers,
// the five example segments imported and refreshed) and the connection dialog. Runs only
// when SEGMENTOR_SCREENSHOTS_DIR names where to write them.
#include "shelltestsupport.h"
#include "testdatabases.h"

#include "demo/demostoregenerator.h"

#include "app/mainwindow.h"
#include "app/preferencesdialog.h"
#include "app/translations.h"
#include "connection/connectiondialog.h"
#include "connection/demostorejob.h"
#include "dashboard/dashboardpane.h"
#include "dashboard/kpitile.h"
#include "dashboard/performanceview.h"
#include "dashboard/salesdashboardwidget.h"
#include "editor/segmenteditordialog.h"
#include "secrets/secretstore.h"
#include "segments/segmentlistmodel.h"
#include "segments/segmentlistpane.h"
#include "support/appsettings.h"

#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

using namespace shelltest;

TEST(Screenshots, MainWindowAndConnectionDialog)
{
    const QString out = qEnvironmentVariable("SEGMENTOR_SCREENSHOTS_DIR");
    if (out.isEmpty()) GTEST_SKIP() << "set SEGMENTOR_SCREENSHOTS_DIR to write the screenshots";
    QDir().mkpath(out);
    if (!qEnvironmentVariableIsEmpty(
            "SEGMENTOR_SCREENSHOT_LANGUAGE")) // to check a translation's layout
        installTranslations(*QCoreApplication::instance(),
                            qEnvironmentVariable("SEGMENTOR_SCREENSHOT_LANGUAGE"));
    const QString demo = qEnvironmentVariable(
        "SEGMENTOR_SCREENSHOT_STORE"); // an existing 20k demo store, else created
    if (!demo.isEmpty()) qputenv("SEGMENTOR_DEMO_STORE", demo.toUtf8());
    AppSettings().setFirstStartDone(false);
    AppSettings().setRecentConnections({});
    MainWindow window(std::make_unique<seg::InMemorySecretStore>());
    window.resize(1280, 800);
    window.show();
    QSignalSpy finished(&window, &MainWindow::startUpFinished);
    window.startUp();
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }, 180000));
    ASSERT_TRUE(waitFor([&] { return !window.segmentList()->model()->isLoading(); }));
    window.segmentList()->selectCodes({QStringLiteral("vip-platinum")});
    waitFor([] { return false; }, 300);
    ASSERT_TRUE(window.grab().save(out + QStringLiteral("/main-window.png")));

    // The first start's dashboard: the demo store lives today, so its default period (the
    // last 30 days) has orders for the example segments.
    for (QAction *menu : window.menuBar()->actions())
        if (menu->text() == QStringLiteral("&View"))
            for (QAction *a : menu->menu()->actions())
                if (a->text() == QStringLiteral("Dashboard")) a->trigger();
    DashboardPane *dashboard = window.findChild<DashboardPane *>();
    SalesDashboardWidget *sales = dashboard->sales();
    ASSERT_TRUE(waitFor(
        [&] {
            return !dashboard->isLoading() && sales->data() &&
                   sales->data()->current.rows.size() == 5;
        },
        120000));
    EXPECT_GT(sales->data()->current.store.orders, 0);
    waitFor([] { return false; }, 500);
    ASSERT_TRUE(window.grab().save(out + QStringLiteral("/first-start-dashboard.png")));
    // The Performance tab on the first start: tiles for the first four example segments.
    PerformanceView *performance = dashboard->performance();
    dashboard->tabs()->setCurrentWidget(performance);
    ASSERT_TRUE(waitFor(
        [&] { return !performance->isLoading() && performance->tiles().size() == 4; }, 120000));
    waitFor([] { return false; }, 500);
    ASSERT_TRUE(window.grab().save(out + QStringLiteral("/first-start-performance.png")));
    dashboard->tabs()->setCurrentWidget(sales);
    for (QAction *menu : window.menuBar()->actions())
        if (menu->text() == QStringLiteral("&View"))
            for (QAction *a : menu->menu()->actions())
                if (a->text() == QStringLiteral("Integrations")) a->trigger();
    waitFor([] { return false; }, 1000);
    ASSERT_TRUE(window.grab().save(out + QStringLiteral("/first-start-integrations.png")));
    for (QAction *menu : window.menuBar()->actions())
        if (menu->text() == QStringLiteral("&View"))
            for (QAction *a : menu->menu()->actions())
                if (a->text() == QStringLiteral("Segments")) a->trigger();

    // The editor on the same segment: General, its conditions in the builder, its members.
    SegmentEditorDialog *editor = window.segmentList()->openEditor(QStringLiteral("vip-platinum"));
    ASSERT_TRUE(editor);
    editor->resize(1280, 800);
    QTabWidget *tabs = editor->findChild<QTabWidget *>();
    ASSERT_TRUE(tabs);
    waitFor([] { return false; }, 1500); // the websites and groups arrive
    ASSERT_TRUE(editor->grab().save(out + QStringLiteral("/segment-editor-general.png")));
    tabs->setCurrentIndex(1);
    waitFor([] { return false; }, 3000); // pick lists and the live count arrive
    ASSERT_TRUE(editor->grab().save(out + QStringLiteral("/segment-editor.png")));
    tabs->setCurrentIndex(3);            // Matched customers
    waitFor([] { return false; }, 3000); // the first pages arrive
    ASSERT_TRUE(editor->grab().save(out + QStringLiteral("/first-start-members.png")));
    editor->close();

    // The connection dialog as a marketer meets it: a MariaDB shop (a demo store generated into
    // the test server, table prefix mg_) tested and connected, the local demo store remembered.
    std::string why;
    std::unique_ptr<seg::StoreConnection> server = segtest::freshStore(
        segtest::Backend::MySql, QStringLiteral("shot_shop"), QStringLiteral("mg_"), why);
    ASSERT_TRUE(server) << why;
    seg::DemoOptions demoOptions;
    demoOptions.customers = 2000;
    demoOptions.anchor = seg::demoAnchorToday();
    ASSERT_TRUE(seg::DemoStoreGenerator(demoOptions).generate(*server, QStringLiteral("mg_")).ok());
    ConnectionProfile shop;
    shop.id = ConnectionProfile::newId();
    shop.name = QStringLiteral("Live shop (read-only replica)");
    shop.settings = server->settings();
    shop.settings.tablePrefix = QStringLiteral("mg_");
    shop.settings.storeTimeZone = QStringLiteral("Europe/Paris");
    shop.passwordInKeychain = true;
    server.reset();
    AppSettings().rememberConnection(shop);
    seg::InMemorySecretStore secrets;
    ASSERT_TRUE(secrets.write(shop.secretKey(), shop.settings.password).ok());
    shop.settings.password.clear();
    ConnectionDialog dialog(&secrets, &window);
    dialog.setProfile(shop);
    QSignalSpy tested(&dialog, &ConnectionDialog::tested);
    dialog.show();
    dialog.testConnection();
    ASSERT_TRUE(waitFor([&] { return tested.count() == 1; }, 30000));
    ASSERT_TRUE(dialog.lastProbe() && dialog.lastProbe()->ok())
        << dialog.verdictText().toStdString();
    waitFor([] { return false; }, 300);
    ASSERT_TRUE(dialog.grab().save(out + QStringLiteral("/connection-dialog.png")));
    dialog.close();

    PreferencesDialog preferences(&window);
    preferences.show();
    waitFor([] { return false; }, 300);
    ASSERT_TRUE(preferences.grab().save(out + QStringLiteral("/preferences.png")));
}

// IntegrationsPane on a SQLite store with fake Mailchimp and Klaviyo servers: saving a
// destination puts its key in the SecretStore, "Sync now" pushes the segment and fills the
// history (with the refused members of a partial sync), the REST API toggle serves requests
// that show up in the request log. With SEGMENTOR_SCREENSHOT_DIR set it saves
// integrations.png at 1280x800. The REST server belongs to the ApiServerService: it outlives
// the pane that switched it on.
#include "../net/fakemarketingservers.h"
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "integrations/apipane.h"
#include "integrations/apiserverservice.h"
#include "integrations/destinationdialog.h"
#include "integrations/destinationspane.h"
#include "integrations/integrationspane.h"
#include "refresh/refresher.h"
#include "session/storesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef-us21");

SegmentDefinition definition(const QString &code, const QString &name, int minOrders)
{
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(
        QStringLiteral(
            R"({"segmentor":1,"code":"%1","name":"%2","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":%3}]}})")
            .arg(code, name)
            .arg(minOrders)
            .toUtf8());
    EXPECT_TRUE(d.ok());
    return d.ok() ? *d : SegmentDefinition{};
}

// A cell of a pane's list, as shown.
QString cell(QTreeView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

int rows(QTreeView *view)
{
    return view->model()->rowCount();
}

void selectRow(QTreeView *view, int row)
{
    view->setCurrentIndex(view->model()->index(row, 0));
}

void closeDialogs(QWidget &view)
{
    for (QDialog *d : view.findChildren<QDialog *>())
        d->close();
}

} // namespace

TEST(IntegrationsPaneTest, SyncsADestinationAndServesTheApi)
{
    QStandardPaths::setTestModeEnabled(true); // AppSettings in a throwaway place
    std::string why;
    std::unique_ptr<StoreConnection> store =
        freshStore(Backend::Sqlite, QStringLiteral("ui_integrations"), QString(), why);
    ASSERT_TRUE(store) << why;
    FixtureStore fixture(*store, QString());
    fixture.installBase();
    for (int id = 1; id <= 60; ++id)
        fixture.customer(id);
    for (int id = 1; id <= 40; ++id)
        fixture.order(id, id);
    for (int id = 1; id <= 12; ++id)
        fixture.order(100 + id, id);
    ASSERT_TRUE(
        store
            ->exec(QStringLiteral(
                "UPDATE customer_entity SET email = 'not.invalid@example.com' WHERE entity_id = 7"))
            .ok());
    const ConnectionSettings settings = store->settings();
    {
        Result<StoreSession> session = StoreSession::open(settings, true);
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        for (const SegmentDefinition &d :
             {definition(QStringLiteral("buyers"), QStringLiteral("Customers with an order"), 1),
              definition(QStringLiteral("repeat-buyers"), QStringLiteral("Repeat buyers"), 2)}) {
            ASSERT_TRUE(session->segments->save(d).ok());
            Refresher refresher(*session->connection, *session->schema, *session->segments);
            ASSERT_TRUE(refresher.refresh(d.code, RefreshOptions{}).ok());
        }
    }
    FakeMailchimp mailchimp(kKey, QStringLiteral("a1b2c3d4e5"));
    FakeKlaviyo klaviyo(kKey, QStringLiteral("XyZ123"));

    InMemorySecretStore secrets;
    ApiServerService server; // the application's: it outlives the pane
    server.setStore(settings);
    IntegrationsPane view(&server);
    view.resize(1280, 800);
    view.setSecretStore(&secrets);
    view.show();
    QSignalSpy loaded(view.destinations(), &DestinationsPane::loaded);
    QSignalSpy tokensLoaded(view.api(), &ApiPane::loaded);
    view.setStore(settings);
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_TRUE(tokensLoaded.count() == 1 || tokensLoaded.wait(20000));

    auto *destinations = view.findChild<QTreeView *>(QStringLiteral("destinations"));
    auto *segment = view.findChild<QComboBox *>(QStringLiteral("segment"));
    auto *history = view.findChild<QTreeView *>(QStringLiteral("history"));
    auto *syncNow = view.findChild<QPushButton *>(QStringLiteral("syncNow"));
    ASSERT_TRUE(destinations && segment && history && syncNow);
    EXPECT_EQ(segment->count(), 2);
    EXPECT_EQ(rows(destinations), 0);
    EXPECT_FALSE(syncNow->isEnabled());

    // Two destinations; keys go to the SecretStore only.
    Destination news;
    news.name = QStringLiteral("Newsletter");
    news.kind = DestinationKind::Mailchimp;
    news.baseUrl = mailchimp.baseUrl();
    news.listId = QStringLiteral("a1b2c3d4e5");
    view.destinations()->saveDestination(news, kKey);
    ASSERT_TRUE(loaded.wait(20000));
    Destination flows;
    flows.name = QStringLiteral("Klaviyo flows");
    flows.kind = DestinationKind::Klaviyo;
    flows.baseUrl = klaviyo.baseUrl();
    flows.listId = QStringLiteral("XyZ123");
    view.destinations()->saveDestination(flows, kKey);
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_EQ(rows(destinations), 2);
    EXPECT_EQ(*secrets.read(QStringLiteral("destination/Newsletter")), kKey);
    EXPECT_EQ(cell(destinations, 1, 3), QStringLiteral("never"));

    // Sync "Customers with an order" to the Mailchimp audience.
    selectRow(destinations, 1); // sorted by name: Klaviyo flows, Newsletter
    ASSERT_EQ(destinations->currentIndex().siblingAtColumn(0).data().toString(),
              QStringLiteral("Newsletter"));
    segment->setCurrentIndex(segment->findData(QStringLiteral("buyers")));
    ASSERT_TRUE(syncNow->isEnabled());
    QSignalSpy synced(view.destinations(), &DestinationsPane::syncFinished);
    syncNow->click();
    ASSERT_TRUE(synced.wait(30000));
    EXPECT_TRUE(synced.takeFirst().at(0).toBool());
    EXPECT_EQ(mailchimp.tagged(QStringLiteral("buyers")).size(), 39); // 40 buyers, one refused
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_GE(rows(history), 1);
    EXPECT_EQ(cell(history, 0, 3), QStringLiteral("Completed with failures"));
    EXPECT_EQ(cell(history, 0, 4), QStringLiteral("39"));
    EXPECT_EQ(cell(history, 0, 6), QStringLiteral("1"));
    auto *failures = view.findChild<QTreeView *>(QStringLiteral("failures"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return rows(failures) == 1; }, 10000));
    EXPECT_EQ(cell(failures, 0, 1), QStringLiteral("not.invalid@example.com"));
    EXPECT_TRUE(destinations->currentIndex().siblingAtColumn(3).data().toString().contains(
        QLatin1String("buyers")));
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("syncStatus"))
                    ->text()
                    .contains(QLatin1String("39 added")));

    // A preview for Klaviyo sends nothing.
    selectRow(destinations, 0);
    segment->setCurrentIndex(segment->findData(QStringLiteral("repeat-buyers")));
    view.findChild<QCheckBox *>(QStringLiteral("dryRun"))->setChecked(true);
    syncNow->click();
    ASSERT_TRUE(synced.wait(30000));
    EXPECT_TRUE(klaviyo.requests().isEmpty());
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("syncStatus"))
                    ->text()
                    .contains(QLatin1String("12 to add")));
    view.findChild<QCheckBox *>(QStringLiteral("dryRun"))->setChecked(false);
    ASSERT_TRUE(loaded.wait(20000));

    // The REST API: on, a token, a request that lands in the log.
    view.findChild<QLineEdit *>(QStringLiteral("listen"))->setText(QStringLiteral("127.0.0.1:0"));
    view.findChild<QCheckBox *>(QStringLiteral("apiEnabled"))->setChecked(true);
    ASSERT_TRUE(server.isServing());
    ASSERT_GT(server.port(), 0);
    QSignalSpy created(view.api(), &ApiPane::tokenCreated);
    view.api()->createToken(QStringLiteral("crm-sync"), false);
    ASSERT_TRUE(created.wait(20000));
    const QString token = created.takeFirst().at(1).toString();
    ASSERT_TRUE(token.startsWith(QLatin1String("seg_")));
    view.api()->createToken(QStringLiteral("nightly-refresh"), true);
    ASSERT_TRUE(created.wait(20000));
    closeDialogs(view);
    httplib::Client client("127.0.0.1", server.port());
    httplib::Result r =
        client.Get("/v1/segments/buyers",
                   httplib::Headers{{"Authorization", ("Bearer " + token).toStdString()}});
    ASSERT_TRUE(bool(r));
    EXPECT_EQ(r->status, 200);
    auto *log = view.findChild<QPlainTextEdit *>(QStringLiteral("requestLog"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return log->toPlainText().contains(QLatin1String("GET /v1/segments/buyers 200")); },
        10000))
        << log->toPlainText().toStdString();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return rows(view.findChild<QTreeView *>(QStringLiteral("tokens"))) == 2; }, 10000));

    if (const QString dir = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        client.Get("/v1/segments/buyers/members?limit=100",
                   httplib::Headers{{"Authorization", ("Bearer " + token).toStdString()}});
        client.Get("/v1/segments", httplib::Headers{});
        QTest::qWait(300);
        selectRow(history, 1);
        (void)QTest::qWaitFor(
            [&] { return rows(view.findChild<QTreeView *>(QStringLiteral("failures"))) == 1; },
            5000);
        QDir().mkpath(dir);
        EXPECT_TRUE(view.grab().save(QDir(dir).filePath(QStringLiteral("integrations.png"))));
    }

    view.findChild<QCheckBox *>(QStringLiteral("apiEnabled"))->setChecked(false);
    EXPECT_FALSE(server.isServing());
}

// The REST server belongs to the application's ApiServerService: closing the tab that switched
// it on leaves it serving, and a new pane shows it on, with the requests it logged meanwhile.
TEST(IntegrationsPaneTest, TheServerOutlivesThePane)
{
    QStandardPaths::setTestModeEnabled(true);
    std::string why;
    std::unique_ptr<StoreConnection> store =
        freshStore(Backend::Sqlite, QStringLiteral("ui_integrations_server"), QString(), why);
    ASSERT_TRUE(store) << why;
    FixtureStore fixture(*store, QString());
    fixture.installBase();
    for (int id = 1; id <= 5; ++id)
        fixture.customer(id);
    const ConnectionSettings settings = store->settings();
    {
        Result<StoreSession> session = StoreSession::open(settings, true);
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        ASSERT_TRUE(session->segments
                        ->save(definition(QStringLiteral("buyers"),
                                          QStringLiteral("Customers with an order"), 1))
                        .ok());
    }

    ApiServerService server;
    server.setStore(settings);
    QString token;
    int port = 0;
    {
        auto pane = std::make_unique<IntegrationsPane>(&server);
        pane->show();
        QSignalSpy tokensLoaded(pane->api(), &ApiPane::loaded);
        pane->setStore(settings);
        ASSERT_TRUE(tokensLoaded.wait(20000));
        pane->findChild<QLineEdit *>(QStringLiteral("listen"))
            ->setText(QStringLiteral("127.0.0.1:0"));
        pane->findChild<QCheckBox *>(QStringLiteral("apiEnabled"))->setChecked(true);
        ASSERT_TRUE(server.isServing());
        port = server.port();
        QSignalSpy created(pane->api(), &ApiPane::tokenCreated);
        pane->api()->createToken(QStringLiteral("crm-sync"), false);
        ASSERT_TRUE(created.wait(20000));
        token = created.takeFirst().at(1).toString();
        closeDialogs(*pane);
        httplib::Client client("127.0.0.1", port);
        httplib::Result r = client.Get(
            "/v1/segments", httplib::Headers{{"Authorization", ("Bearer " + token).toStdString()}});
        ASSERT_TRUE(bool(r));
        EXPECT_EQ(r->status, 200);
        auto *log = pane->findChild<QPlainTextEdit *>(QStringLiteral("requestLog"));
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return log->toPlainText().contains(QLatin1String("GET /v1/segments 200")); },
            10000));
    } // the tab goes

    ASSERT_TRUE(server.isServing());
    EXPECT_EQ(server.port(), port);
    httplib::Client client("127.0.0.1", port);
    httplib::Result r =
        client.Get("/v1/segments/buyers",
                   httplib::Headers{{"Authorization", ("Bearer " + token).toStdString()}});
    ASSERT_TRUE(bool(r));
    EXPECT_EQ(r->status, 200);
    EXPECT_TRUE(QTest::qWaitFor([&] { return server.recentRequests().size() >= 2; }, 10000));

    // A new tab shows the server as it is, with what it logged while no pane was open.
    IntegrationsPane again(&server);
    auto *enabled = again.findChild<QCheckBox *>(QStringLiteral("apiEnabled"));
    EXPECT_TRUE(enabled->isChecked());
    EXPECT_FALSE(again.findChild<QLineEdit *>(QStringLiteral("listen"))->isEnabled());
    EXPECT_TRUE(again.findChild<QLabel *>(QStringLiteral("apiStatus"))
                    ->text()
                    .contains(QStringLiteral("http://127.0.0.1:%1/v1/").arg(port)));
    auto *log = again.findChild<QPlainTextEdit *>(QStringLiteral("requestLog"));
    EXPECT_TRUE(log->toPlainText().contains(QLatin1String("GET /v1/segments 200")));
    EXPECT_TRUE(log->toPlainText().contains(QLatin1String("GET /v1/segments/buyers 200")))
        << log->toPlainText().toStdString();

    enabled->setChecked(false);
    EXPECT_FALSE(server.isServing());
    EXPECT_TRUE(log->toPlainText().contains(QStringLiteral("— stopped —")));
    EXPECT_FALSE(enabled->isChecked());
}

// A webhook destination made in the destination dialog (URL, secret, events, batch size, the
// segments), its secret in the SecretStore, "Sync now" delivering the pending enter/exit events
// to a receiver on loopback that checks their signature. With SEGMENTOR_SCREENSHOT_DIR set it
// saves integrations-webhook.png at 1280x800 and destination-webhook.png (the dialog).
TEST(IntegrationsPaneTest, AWebhookDestinationFromTheDialog)
{
    QStandardPaths::setTestModeEnabled(true);
    std::string why;
    std::unique_ptr<StoreConnection> store =
        freshStore(Backend::Sqlite, QStringLiteral("ui_webhook"), QString(), why);
    ASSERT_TRUE(store) << why;
    FixtureStore fixture(*store, QString());
    fixture.installBase();
    for (int id = 1; id <= 30; ++id)
        fixture.customer(id);
    for (int id = 1; id <= 20; ++id)
        fixture.order(id, id);
    const ConnectionSettings settings = store->settings();
    Result<StoreSession> session = StoreSession::open(settings, true);
    ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
    const SegmentDefinition buyers =
        definition(QStringLiteral("buyers"), QStringLiteral("Customers with an order"), 1);
    ASSERT_TRUE(session->segments->save(buyers).ok());
    Refresher refresher(*session->connection, *session->schema, *session->segments);
    ASSERT_TRUE(refresher.refresh(buyers.code, RefreshOptions{}).ok());

    const QString secret = QStringLiteral("whsec_ui_51c2");
    FakeWebhook receiver(secret);
    InMemorySecretStore secrets;
    ApiServerService server;
    IntegrationsPane view(&server);
    view.resize(1280, 800);
    view.setSecretStore(&secrets);
    view.show();
    QSignalSpy loaded(view.destinations(), &DestinationsPane::loaded);
    view.setStore(settings);
    ASSERT_TRUE(loaded.wait(20000));

    // The dialog: a webhook has no list, but events and a batch size.
    DestinationDialog dialog(
        {{QStringLiteral("buyers"), QStringLiteral("Customers with an order")}}, &view);
    dialog.show();
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("webhook")));
    EXPECT_FALSE(dialog.findChild<QLineEdit *>(QStringLiteral("list"))->isVisibleTo(&dialog));
    EXPECT_TRUE(dialog.findChild<QCheckBox *>(QStringLiteral("eventEnter"))->isVisibleTo(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("CRM flows"));
    dialog.findChild<QLineEdit *>(QStringLiteral("baseUrl"))->setText(receiver.url());
    dialog.accept(); // refused: no secret, no segment
    EXPECT_TRUE(dialog.isVisible());
    dialog.findChild<QLineEdit *>(QStringLiteral("apiKey"))->setText(secret);
    dialog.findChild<QListWidget *>(QStringLiteral("segments"))
        ->item(0)
        ->setCheckState(Qt::Checked);
    dialog.findChild<QCheckBox *>(QStringLiteral("eventFailed"))->setChecked(true);
    dialog.findChild<QSpinBox *>(QStringLiteral("batchSize"))->setValue(4);
    dialog.accept();
    EXPECT_FALSE(dialog.isVisible());
    const Destination hook = dialog.destination();
    EXPECT_EQ(hook.kind, DestinationKind::Webhook);
    EXPECT_EQ(hook.events, QStringList({"enter", "exit", "failed"}));
    EXPECT_EQ(hook.batchSize, 4);
    EXPECT_EQ(hook.syncAfterRefresh, QStringList({"buyers"}));
    if (const QString dir = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        // The dialog as "Edit…" shows a saved webhook.
        DestinationDialog shown(
            {{QStringLiteral("buyers"), QStringLiteral("Customers with an order")}}, &view);
        shown.setDestination(hook, true);
        shown.show();
        QDir().mkpath(dir);
        EXPECT_TRUE(
            shown.grab().save(QDir(dir).filePath(QStringLiteral("destination-webhook.png"))));
    }
    view.destinations()->saveDestination(hook, dialog.apiKey());
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(*secrets.read(QStringLiteral("destination/CRM flows")), secret);
    auto *destinations = view.findChild<QTreeView *>(QStringLiteral("destinations"));
    ASSERT_EQ(rows(destinations), 1);
    EXPECT_EQ(cell(destinations, 0, 1), QStringLiteral("Webhook"));
    EXPECT_TRUE(cell(destinations, 0, 2).contains(receiver.url()));

    // 6 join, 2 leave; "Sync now" delivers them.
    for (int id = 21; id <= 26; ++id)
        fixture.order(100 + id, id);
    ASSERT_TRUE(
        store->exec(QStringLiteral("DELETE FROM sales_order WHERE customer_id IN (3, 5)")).ok());
    ASSERT_TRUE(refresher.refresh(buyers.code, RefreshOptions{}).ok());
    selectRow(destinations, 0);
    auto *segment = view.findChild<QComboBox *>(QStringLiteral("segment"));
    segment->setCurrentIndex(segment->findData(QStringLiteral("buyers")));
    QSignalSpy synced(view.destinations(), &DestinationsPane::syncFinished);
    view.findChild<QPushButton *>(QStringLiteral("syncNow"))->click();
    ASSERT_TRUE(synced.wait(30000));
    EXPECT_TRUE(synced.takeFirst().at(0).toBool());
    EXPECT_EQ(receiver.events().size(), 8);
    EXPECT_EQ(receiver.batches().size(), 2);
    EXPECT_EQ(receiver.badSignatures(), 0);
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("syncStatus"))
                    ->text()
                    .contains(QLatin1String("6 added, 2 removed")));
    ASSERT_TRUE(loaded.wait(20000));
    auto *history = view.findChild<QTreeView *>(QStringLiteral("history"));
    ASSERT_GE(rows(history), 1);
    EXPECT_EQ(cell(history, 0, 3), QStringLiteral("Completed"));

    if (const QString dir = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        selectRow(history, 0);
        QTest::qWait(300);
        QDir().mkpath(dir);
        EXPECT_TRUE(
            view.grab().save(QDir(dir).filePath(QStringLiteral("integrations-webhook.png"))));
    }
}

// IntegrationsView on a SQLite store with fake Mailchimp and Klaviyo servers: saving a
// destination puts its key in the SecretStore, "Sync now" pushes the segment and fills the
// history (with the refused members of a partial sync), the REST API toggle serves requests
// that show up in the request log. With SEGMENTOR_SCREENSHOT_DIR set it saves
// integrations.png at 1280x800.
#include "../net/fakemarketingservers.h"
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "integrations/integrationsview.h"
#include "refresh/refresher.h"
#include "session/storesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef-us21");

SegmentDefinition definition(const QString &code, const QString &name, int minOrders)
{
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(
        QStringLiteral(R"({"segmentor":1,"code":"%1","name":"%2","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":%3}]}})")
            .arg(code, name).arg(minOrders).toUtf8());
    EXPECT_TRUE(d.ok());
    return d.ok() ? *d : SegmentDefinition{};
}

void closeDialogs(QWidget &view)
{
    for (QDialog *d : view.findChildren<QDialog *>())
        d->close();
}

} // namespace

TEST(IntegrationsViewTest, SyncsADestinationAndServesTheApi)
{
    QStandardPaths::setTestModeEnabled(true); // AppSettings in a throwaway place
    std::string why;
    std::unique_ptr<StoreConnection> store = freshStore(Backend::Sqlite, QStringLiteral("ui_integrations"), QString(), why);
    ASSERT_TRUE(store) << why;
    FixtureStore fixture(*store, QString());
    fixture.installBase();
    for (int id = 1; id <= 60; ++id)
        fixture.customer(id);
    for (int id = 1; id <= 40; ++id)
        fixture.order(id, id);
    for (int id = 1; id <= 12; ++id)
        fixture.order(100 + id, id);
    ASSERT_TRUE(store->exec(QStringLiteral("UPDATE customer_entity SET email = 'not.invalid@example.com' WHERE entity_id = 7")).ok());
    const ConnectionSettings settings = store->settings();
    {
        Result<StoreSession> session = StoreSession::open(settings, true);
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        for (const SegmentDefinition &d : {definition(QStringLiteral("buyers"), QStringLiteral("Customers with an order"), 1),
                                           definition(QStringLiteral("repeat-buyers"), QStringLiteral("Repeat buyers"), 2)}) {
            ASSERT_TRUE(session->segments->save(d).ok());
            Refresher refresher(*session->connection, *session->schema, *session->segments);
            ASSERT_TRUE(refresher.refresh(d.code, RefreshOptions{}).ok());
        }
    }
    FakeMailchimp mailchimp(kKey, QStringLiteral("a1b2c3d4e5"));
    FakeKlaviyo klaviyo(kKey, QStringLiteral("XyZ123"));

    InMemorySecretStore secrets;
    IntegrationsView view;
    view.resize(1280, 800);
    view.setSecretStore(&secrets);
    view.show();
    QSignalSpy loaded(&view, &IntegrationsView::loaded);
    view.setStore(settings);
    ASSERT_TRUE(loaded.wait(20000));

    auto *destinations = view.findChild<QTreeWidget *>(QStringLiteral("destinations"));
    auto *segment = view.findChild<QComboBox *>(QStringLiteral("segment"));
    auto *history = view.findChild<QTreeWidget *>(QStringLiteral("history"));
    auto *syncNow = view.findChild<QPushButton *>(QStringLiteral("syncNow"));
    ASSERT_TRUE(destinations && segment && history && syncNow);
    EXPECT_EQ(segment->count(), 2);
    EXPECT_EQ(destinations->topLevelItemCount(), 0);
    EXPECT_FALSE(syncNow->isEnabled());

    // Two destinations; keys go to the SecretStore only.
    Destination news;
    news.name = QStringLiteral("Newsletter");
    news.kind = DestinationKind::Mailchimp;
    news.baseUrl = mailchimp.baseUrl();
    news.listId = QStringLiteral("a1b2c3d4e5");
    view.saveDestination(news, kKey);
    ASSERT_TRUE(loaded.wait(20000));
    Destination flows;
    flows.name = QStringLiteral("Klaviyo flows");
    flows.kind = DestinationKind::Klaviyo;
    flows.baseUrl = klaviyo.baseUrl();
    flows.listId = QStringLiteral("XyZ123");
    view.saveDestination(flows, kKey);
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_EQ(destinations->topLevelItemCount(), 2);
    EXPECT_EQ(*secrets.read(QStringLiteral("destination/Newsletter")), kKey);
    EXPECT_EQ(destinations->topLevelItem(1)->text(3), QStringLiteral("never"));

    // Sync "Customers with an order" to the Mailchimp audience.
    destinations->setCurrentItem(destinations->topLevelItem(1)); // sorted by name: Klaviyo flows, Newsletter
    ASSERT_EQ(destinations->currentItem()->text(0), QStringLiteral("Newsletter"));
    segment->setCurrentIndex(segment->findData(QStringLiteral("buyers")));
    ASSERT_TRUE(syncNow->isEnabled());
    QSignalSpy synced(&view, &IntegrationsView::syncFinished);
    syncNow->click();
    ASSERT_TRUE(synced.wait(30000));
    EXPECT_TRUE(synced.takeFirst().at(0).toBool());
    EXPECT_EQ(mailchimp.tagged(QStringLiteral("buyers")).size(), 39); // 40 buyers, one refused
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_GE(history->topLevelItemCount(), 1);
    EXPECT_EQ(history->topLevelItem(0)->text(3), QStringLiteral("Completed with failures"));
    EXPECT_EQ(history->topLevelItem(0)->text(4), QStringLiteral("39"));
    EXPECT_EQ(history->topLevelItem(0)->text(6), QStringLiteral("1"));
    auto *failures = view.findChild<QTreeWidget *>(QStringLiteral("failures"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return failures->topLevelItemCount() == 1; }, 10000));
    EXPECT_EQ(failures->topLevelItem(0)->text(1), QStringLiteral("not.invalid@example.com"));
    EXPECT_TRUE(destinations->currentItem()->text(3).contains(QLatin1String("buyers")));
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("syncStatus"))->text().contains(QLatin1String("39 added")));

    // A preview for Klaviyo sends nothing.
    destinations->setCurrentItem(destinations->topLevelItem(0));
    segment->setCurrentIndex(segment->findData(QStringLiteral("repeat-buyers")));
    view.findChild<QCheckBox *>(QStringLiteral("dryRun"))->setChecked(true);
    syncNow->click();
    ASSERT_TRUE(synced.wait(30000));
    EXPECT_TRUE(klaviyo.requests().isEmpty());
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("syncStatus"))->text().contains(QLatin1String("12 to add")));
    view.findChild<QCheckBox *>(QStringLiteral("dryRun"))->setChecked(false);
    ASSERT_TRUE(loaded.wait(20000));

    // The REST API: on, a token, a request that lands in the log.
    view.findChild<QLineEdit *>(QStringLiteral("listen"))->setText(QStringLiteral("127.0.0.1:0"));
    view.findChild<QCheckBox *>(QStringLiteral("apiEnabled"))->setChecked(true);
    ASSERT_TRUE(view.isApiServing());
    ASSERT_GT(view.apiPort(), 0);
    QSignalSpy created(&view, &IntegrationsView::tokenCreated);
    view.createToken(QStringLiteral("crm-sync"), false);
    ASSERT_TRUE(created.wait(20000));
    const QString token = created.takeFirst().at(1).toString();
    ASSERT_TRUE(token.startsWith(QLatin1String("seg_")));
    view.createToken(QStringLiteral("nightly-refresh"), true);
    ASSERT_TRUE(created.wait(20000));
    closeDialogs(view);
    httplib::Client client("127.0.0.1", view.apiPort());
    httplib::Result r = client.Get("/v1/segments/buyers", httplib::Headers{{"Authorization", ("Bearer " + token).toStdString()}});
    ASSERT_TRUE(bool(r));
    EXPECT_EQ(r->status, 200);
    auto *log = view.findChild<QPlainTextEdit *>(QStringLiteral("requestLog"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return log->toPlainText().contains(QLatin1String("GET /v1/segments/buyers 200")); }, 10000))
        << log->toPlainText().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return view.findChild<QTreeWidget *>(QStringLiteral("tokens"))->topLevelItemCount() == 2; }, 10000));

    if (const QString dir = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        client.Get("/v1/segments/buyers/members?limit=100", httplib::Headers{{"Authorization", ("Bearer " + token).toStdString()}});
        client.Get("/v1/segments", httplib::Headers{});
        QTest::qWait(300);
        history->setCurrentItem(history->topLevelItem(1));
        (void)QTest::qWaitFor([&] { return view.findChild<QTreeWidget *>(QStringLiteral("failures"))->topLevelItemCount() == 1; }, 5000);
        QDir().mkpath(dir);
        EXPECT_TRUE(view.grab().save(QDir(dir).filePath(QStringLiteral("integrations.png"))));
    }

    view.findChild<QCheckBox *>(QStringLiteral("apiEnabled"))->setChecked(false);
    EXPECT_FALSE(view.isApiServing());
}

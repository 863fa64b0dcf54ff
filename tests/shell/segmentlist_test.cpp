// The segment list: its model under QAbstractItemModelTester, and create / duplicate / delete /
// import / export / refresh round trips through the pane, on a real (small) demo store.
#include "shelltestsupport.h"

#include "definition/definitioncodec.h"
#include "segments/segmentlistmodel.h"
#include "segments/segmentlistpane.h"
#include "session/storesession.h"
#include "support/backgroundwork.h"
#include "support/segmentoperations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace shelltest;

namespace {

QStringList codesIn(const SegmentListModel &model)
{
    QStringList codes;
    for (int r = 0; r < model.rowCount(); ++r)
        codes << model.index(r, SegmentListModel::Code).data().toString();
    codes.sort();
    return codes;
}

// Waits for the pane's next operation and returns (ok, message).
std::pair<bool, QString> nextOutcome(SegmentListPane &pane, const std::function<void()> &start)
{
    QSignalSpy spy(&pane, &SegmentListPane::operationFinished);
    start();
    EXPECT_TRUE(waitFor([&] { return spy.count() > 0; }));
    if (spy.isEmpty()) return {false, QStringLiteral("no outcome")};
    return {spy.first().at(0).toBool(), spy.first().at(1).toString()};
}

bool loaded(SegmentListPane &pane)
{
    return waitFor([&] { return !pane.model()->isLoading(); });
}

} // namespace

TEST(SegmentListModel, PassesTheModelTesterWhileLoadingAndReloading)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("model"));
    SegmentListPane pane;
    pane.setStore(store);
    ASSERT_TRUE(loaded(pane));
    ASSERT_TRUE(nextOutcome(pane, [&] { pane.importFiles(exampleFiles()); }).first);
    ASSERT_TRUE(loaded(pane));

    SegmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loadedSpy(&model, &SegmentListModel::loaded);
    model.setStore(store);
    ASSERT_TRUE(waitFor([&] { return loadedSpy.count() == 1; }));
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.columnCount(), int(SegmentListModel::ColumnCount));
    EXPECT_EQ(codesIn(model), (QStringList{"birthday-soon", "cart-abandoners", "lapsed-buyers",
                                           "uk-christmas-shoppers", "vip-platinum"}));
    const int vip = model.rowOfCode(QStringLiteral("vip-platinum"));
    ASSERT_GE(vip, 0);
    EXPECT_EQ(model.index(vip, SegmentListModel::Name).data().toString(),
              QStringLiteral("VIP Platinum Tier"));
    EXPECT_EQ(model.index(vip, SegmentListModel::Active).data().toString(),
              QStringLiteral("Active"));
    EXPECT_EQ(model.index(vip, SegmentListModel::RefreshMode).data().toString(),
              QStringLiteral("Scheduled"));
    EXPECT_EQ(model.index(vip, SegmentListModel::RefreshStatus).data().toString(),
              QStringLiteral("Never refreshed"));
    EXPECT_EQ(model.index(vip, SegmentListModel::Members).data().toString(),
              QString()); // unknown until refreshed
    EXPECT_EQ(
        model.index(vip, SegmentListModel::Members).data(SegmentListModel::SortRole).toLongLong(),
        0);
    EXPECT_EQ(model.headerData(SegmentListModel::LastRefresh, Qt::Horizontal).toString(),
              QStringLiteral("Last refresh"));

    // Two reloads in a row: the second wins, the model stays consistent.
    model.reload();
    model.reload();
    ASSERT_TRUE(waitFor([&] { return loadedSpy.count() >= 2 && !model.isLoading(); }));
    EXPECT_EQ(model.rowCount(), 5);

    // Sorting and filtering through the pane's proxy.
    pane.setFilterText(QStringLiteral("buyers"));
    EXPECT_EQ(pane.view()->model()->rowCount(), 1);
    pane.setFilterText(QString());
    EXPECT_EQ(pane.view()->model()->rowCount(), 5);
}

TEST(SegmentListModel, ReportsAStoreItCannotOpen)
{
    SegmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy failed(&model, &SegmentListModel::loadFailed);
    seg::ConnectionSettings missing;
    missing.path = QStringLiteral("/nonexistent/store.db");
    model.setStore(missing);
    ASSERT_TRUE(waitFor([&] { return failed.count() == 1; }));
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("no SQLite store")));
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(SegmentListPane, ImportDuplicateExportDeleteRoundTrip)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("roundtrip"));
    SegmentListPane pane;
    pane.setStore(store);
    ASSERT_TRUE(loaded(pane));
    EXPECT_EQ(pane.model()->rowCount(), 0);

    auto [imported, message] = nextOutcome(pane, [&] { pane.importFiles(exampleFiles()); });
    ASSERT_TRUE(imported) << message.toStdString();
    ASSERT_TRUE(loaded(pane));
    EXPECT_EQ(pane.model()->rowCount(), 5);
    EXPECT_EQ(pane.selectedCodes().size(), 5); // what was imported is selected

    // Duplicate: an inactive copy with a fresh code and the same conditions.
    ASSERT_TRUE(
        nextOutcome(pane, [&] { pane.duplicateSegment(QStringLiteral("vip-platinum")); }).first);
    ASSERT_TRUE(loaded(pane));
    ASSERT_EQ(pane.model()->rowCount(), 6);
    const int copyRow = pane.model()->rowOfCode(QStringLiteral("vip-platinum-copy"));
    ASSERT_GE(copyRow, 0);
    const seg::SegmentDefinition copy = pane.model()->record(copyRow).definition;
    const seg::SegmentDefinition original =
        pane.model()->record(pane.model()->rowOfCode(QStringLiteral("vip-platinum"))).definition;
    EXPECT_FALSE(copy.active);
    EXPECT_EQ(copy.name, QStringLiteral("Copy of VIP Platinum Tier"));
    EXPECT_EQ(seg::DefinitionCodec::nodeToJson(copy.conditions),
              seg::DefinitionCodec::nodeToJson(original.conditions));
    EXPECT_EQ(pane.selectedCodes(), QStringList{QStringLiteral("vip-platinum-copy")});
    // A second duplicate gets the next free code.
    ASSERT_TRUE(
        nextOutcome(pane, [&] { pane.duplicateSegment(QStringLiteral("vip-platinum")); }).first);
    ASSERT_TRUE(loaded(pane));
    EXPECT_GE(pane.model()->rowOfCode(QStringLiteral("vip-platinum-copy-2")), 0);

    // Export two into a folder, one into a file; the JSON reads back to the same definitions.
    QTemporaryDir out;
    ASSERT_TRUE(nextOutcome(pane, [&] {
                    pane.exportSegments(
                        {QStringLiteral("vip-platinum"), QStringLiteral("lapsed-buyers")},
                        out.filePath(QStringLiteral("defs")));
                }).first);
    ASSERT_TRUE(nextOutcome(pane, [&] {
                    pane.exportSegments({QStringLiteral("cart-abandoners")},
                                        out.filePath(QStringLiteral("one.json")));
                }).first);
    for (const QString &file : {out.filePath(QStringLiteral("defs/vip-platinum.json")),
                                out.filePath(QStringLiteral("defs/lapsed-buyers.json")),
                                out.filePath(QStringLiteral("one.json"))}) {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
        const seg::Result<seg::SegmentDefinition> d = seg::DefinitionCodec::fromJson(f.readAll());
        ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
        const int row = pane.model()->rowOfCode(d->code);
        ASSERT_GE(row, 0);
        EXPECT_EQ(seg::DefinitionCodec::toJson(*d),
                  seg::DefinitionCodec::toJson(pane.model()->record(row).definition));
    }

    // Delete several at once.
    ASSERT_TRUE(nextOutcome(pane, [&] {
                    pane.deleteSegments({QStringLiteral("vip-platinum-copy"),
                                         QStringLiteral("vip-platinum-copy-2"),
                                         QStringLiteral("vip-platinum")});
                }).first);
    ASSERT_TRUE(loaded(pane));
    EXPECT_EQ(codesIn(*pane.model()), (QStringList{"birthday-soon", "cart-abandoners",
                                                   "lapsed-buyers", "uk-christmas-shoppers"}));

    // Re-import the exported file: it comes back.
    ASSERT_TRUE(nextOutcome(pane, [&] {
                    pane.importFiles({out.filePath(QStringLiteral("defs/vip-platinum.json"))});
                }).first);
    ASSERT_TRUE(loaded(pane));
    EXPECT_GE(pane.model()->rowOfCode(QStringLiteral("vip-platinum")), 0);
}

TEST(SegmentListPane, AnInvalidFileImportsNothingAndSaysWhere)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("badimport"));
    SegmentListPane pane;
    pane.setStore(store);
    ASSERT_TRUE(loaded(pane));
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"segmentor":1,"code":"bad","name":"Bad","conditions":{"type":"combine","conditions":[
               {"type":"customer","attribute":"no_such_attribute_here","operator":"==","value":1}]}})");
    f.close();
    auto [ok, message] = nextOutcome(pane, [&] {
        pane.importFiles({exampleFiles().first(), bad});
    });
    EXPECT_FALSE(ok);
    EXPECT_TRUE(message.contains(QStringLiteral("bad.json"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("conditions"))) << message.toStdString();
    ASSERT_TRUE(loaded(pane));
    EXPECT_EQ(pane.model()->rowCount(), 0); // the valid first file was not saved either
}

TEST(SegmentListPane, RefreshSelectedFillsMembersAndReportsProgress)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("refresh"));
    SegmentListPane pane;
    pane.setStore(store);
    ASSERT_TRUE(loaded(pane));
    ASSERT_TRUE(nextOutcome(pane, [&] { pane.importFiles(exampleFiles()); }).first);
    ASSERT_TRUE(loaded(pane));

    int tasksSeen = 0;
    QObject context;
    QObject::connect(&BackgroundWork::instance(), &BackgroundWork::changed, &context, [&] {
        for (const BackgroundWork::Task &t : BackgroundWork::instance().tasks())
            if (t.label.contains(QStringLiteral("Refreshing")) && t.cancel) ++tasksSeen;
    });
    auto [ok, message] = nextOutcome(pane, [&] {
        pane.refreshSegments({QStringLiteral("vip-platinum"), QStringLiteral("lapsed-buyers")});
    });
    ASSERT_TRUE(ok) << message.toStdString();
    EXPECT_TRUE(message.startsWith(QStringLiteral("Refreshed 2 segments")))
        << message.toStdString();
    EXPECT_GT(tasksSeen, 0);
    ASSERT_TRUE(loaded(pane));
    EXPECT_FALSE(BackgroundWork::instance().isBusy());

    // The list shows what the store now holds.
    auto session = seg::StoreSession::open(store);
    ASSERT_TRUE(session.ok());
    for (const QString &code : {QStringLiteral("vip-platinum"), QStringLiteral("lapsed-buyers")}) {
        const auto record = session->segments->find(code);
        ASSERT_TRUE(record.ok() && record->has_value());
        const int row = pane.model()->rowOfCode(code);
        EXPECT_EQ(pane.model()->record(row).memberCount, (*record)->memberCount);
        EXPECT_EQ(pane.model()->index(row, SegmentListModel::RefreshStatus).data().toString(),
                  QStringLiteral("Up to date"));
        EXPECT_FALSE(
            pane.model()->index(row, SegmentListModel::LastRefresh).data().toString().isEmpty());
    }
    EXPECT_GT(
        pane.model()->record(pane.model()->rowOfCode(QStringLiteral("vip-platinum"))).memberCount,
        0);
}

TEST(SegmentListPane, ACancelledRefreshKeepsThePreviousMembers)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("cancel"));
    SegmentListPane pane;
    pane.setStore(store);
    ASSERT_TRUE(loaded(pane));
    ASSERT_TRUE(nextOutcome(pane, [&] { pane.importFiles(exampleFiles()); }).first);
    ASSERT_TRUE(loaded(pane));
    // Cancel from the hub, as the status bar's button does, before the worker gets far.
    QObject context;
    QObject::connect(&BackgroundWork::instance(), &BackgroundWork::changed, &context, [&] {
        for (const BackgroundWork::Task &t : BackgroundWork::instance().tasks())
            if (t.label.contains(QStringLiteral("Refreshing")))
                BackgroundWork::instance().cancel(t.id);
    });
    auto [ok, message] = nextOutcome(pane, [&] {
        pane.refreshSegments(pane.model()->records().size()
                                 ? QStringList{"vip-platinum", "lapsed-buyers", "cart-abandoners"}
                                 : QStringList{});
    });
    ASSERT_TRUE(loaded(pane));
    if (ok) GTEST_SKIP() << "the refresh finished before the cancel reached it";
    EXPECT_TRUE(message.contains(QStringLiteral("cancelled"))) << message.toStdString();
    auto session = seg::StoreSession::open(store);
    ASSERT_TRUE(session.ok());
    const auto record = session->segments->find(QStringLiteral("cart-abandoners"));
    ASSERT_TRUE(record.ok() && record->has_value());
    EXPECT_EQ((*record)->memberCount, 0);
    EXPECT_NE((*record)->refreshStatus, QStringLiteral("processing"));
}

TEST(SegmentOperations, CopyCodesStayUniqueAndShort)
{
    EXPECT_EQ(SegmentOperations::copyCode(QStringLiteral("vip"), {}), QStringLiteral("vip-copy"));
    EXPECT_EQ(SegmentOperations::copyCode(QStringLiteral("vip"), {QStringLiteral("vip-copy")}),
              QStringLiteral("vip-copy-2"));
    const QString longCode(64, QLatin1Char('a'));
    EXPECT_EQ(SegmentOperations::copyCode(longCode, {}).size(), 64);
    EXPECT_TRUE(SegmentOperations::copyCode(longCode, {}).endsWith(QStringLiteral("-copy")));
}

TEST(BackgroundWork, TracksTasksProgressAndCancel)
{
    BackgroundWork &hub = BackgroundWork::instance();
    QSignalSpy changed(&hub, &BackgroundWork::changed);
    bool cancelled = false;
    const int a = hub.begin(QStringLiteral("A"), [&] { cancelled = true; });
    const int b = hub.begin(QStringLiteral("B"));
    EXPECT_NE(a, b);
    hub.progress(a, 3, 10);
    ASSERT_EQ(hub.tasks().size(), 2);
    EXPECT_EQ(hub.tasks().first().value, 3);
    EXPECT_EQ(hub.tasks().first().maximum, 10);
    hub.cancel(b); // no cancel function: nothing happens
    hub.cancel(a);
    EXPECT_TRUE(cancelled);
    hub.end(a);
    hub.end(b);
    hub.end(b); // twice is harmless
    EXPECT_FALSE(hub.isBusy());
    EXPECT_EQ(changed.count(), 5);
}

// The matched-customers grid on a real SQLite store: the lazy model (QAbstractItemModelTester,
// pages loaded in the background, stale pages discarded after a sort or a filter, SQL sort
// and filter results), the actions (overrides written, then visible after a refresh run
// through the dry-run controller), exports, the customer details and the history view,
// all offscreen.
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "history/historyview.h"
#include "members/customerdetailsdialog.h"
#include "members/dryrundialog.h"
#include "members/matchedcustomersview.h"
#include "members/membertablemodel.h"
#include "members/refreshcontroller.h"
#include "refresh/refresher.h"
#include "session/storesession.h"
#include "support/appsettings.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <QComboBox>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

constexpr int kCustomers = 1050;

bool waitFor(const std::function<bool()> &condition, int ms = 20000)
{
    return QTest::qWaitFor(condition, ms);
}

bool settled(const MemberTableModel &model)
{
    return model.countState() == MemberTableModel::CountState::Complete && !model.isLoading();
}

QString cell(const MemberTableModel &model, int row, const QString &column)
{
    return model.data(model.index(row, model.columnOf(column))).toString();
}

class Grid : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location...
        QSettings().clear();                      // ...and start empty
    }

    void SetUp() override
    {
        std::string why;
        const QString name =
            QStringLiteral("gridui_%1")
                .arg(QString::fromStdString(
                         ::testing::UnitTest::GetInstance()->current_test_info()->name())
                         .toLower());
        m_connection = freshStore(Backend::Sqlite, name, QString(), why);
        SEGTEST_REQUIRE_STORE(m_connection, why);
        FixtureStore f(*m_connection, QString());
        f.installBase();
        QSqlDatabase db = m_connection->database();
        db.transaction();
        for (int id = 1; id <= kCustomers; ++id) {
            // Last names run backwards: sorting by them reverses the member order.
            f.customer(id, {{"firstname", QStringLiteral("F%1").arg(id)},
                            {"lastname", QStringLiteral("L%1").arg(2000 - id)}});
            f.order(id, id, {{"base_grand_total", 10.0 + id}});
        }
        f.order(kCustomers + 1, QVariant(),
                {{"customer_email", "guest@example.com"},
                 {"customer_firstname", "Gina"},
                 {"customer_lastname", "Guest"}});
        db.commit();
        m_settings = m_connection->settings();

        Result<StoreSession> session = StoreSession::open(m_settings, true);
        ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
        m_session = std::make_unique<StoreSession>(std::move(session.value()));
        const QByteArray json =
            R"({"segmentor":1,"code":"buyers","name":"Buyers","apply_to":"all","conditions":{"type":"combine","conditions":[
            {"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})";
        Result<SegmentDefinition> d = DefinitionCodec::fromJson(json);
        ASSERT_TRUE(d.ok());
        m_definition = *d;
        ASSERT_TRUE(m_session->segments->save(*d).ok());
        Refresher refresher(*m_session->connection, *m_session->schema, *m_session->segments);
        ASSERT_TRUE(refresher.refresh(QStringLiteral("buyers"), RefreshOptions{}).ok());
    }

    std::unique_ptr<StoreConnection> m_connection;
    ConnectionSettings m_settings;
    std::unique_ptr<StoreSession> m_session;
    SegmentDefinition m_definition;
};

TEST_F(Grid, ModelPassesTheModelTesterAndLoadsPagesOnDemand)
{
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setColumns({"member", "email", "lastname", "orders"});
    model.setSegment(m_settings, "buyers");
    ASSERT_TRUE(waitFor([&] { return settled(model); })) << model.errorText().toStdString();
    EXPECT_EQ(model.rowCount(), kCustomers + 1);
    EXPECT_EQ(model.columnCount(), 5);
    EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), "Email");
    EXPECT_EQ(cell(model, 0, "member"), "1");
    EXPECT_EQ(cell(model, 0, "email"), "c1@example.com");
    (void)cell(model, kCustomers, "member");
    ASSERT_TRUE(waitFor([&] { return model.isRowLoaded(kCustomers); }));
    EXPECT_EQ(cell(model, kCustomers, "member"), "guest@example.com");

    // A row far away is a placeholder until its page arrives; data() itself never waits.
    const int far = 700;
    EXPECT_FALSE(model.isRowLoaded(far));
    EXPECT_EQ(model.data(model.index(far, 1)).toString(), "Loading…");
    EXPECT_FALSE(model.data(model.index(far, 0), MemberTableModel::LoadedRole).toBool());
    ASSERT_TRUE(waitFor([&] { return model.isRowLoaded(far); }));
    EXPECT_EQ(cell(model, far, "member"), QString::number(far + 1));
    EXPECT_EQ(cell(model, far, "orders"), "1");
    EXPECT_LE(model.cachedPageCount(), MemberTableModel::kMaxCachedPages);
    EXPECT_EQ(model.data(model.index(0, 0), MemberTableModel::KeyRole).toString(), "1");
}

TEST_F(Grid, SortAndFilterRunInSqlAndDiscardStalePages)
{
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setColumns({"member", "firstname", "lastname"});
    model.setSegment(m_settings, "buyers");
    ASSERT_TRUE(waitFor([&] { return settled(model); }));

    // Ask for a page, then change the order before it can be used: its rows must not show.
    const int discardedBefore = model.discardedPageCount();
    (void)model.data(model.index(600, 1));
    model.sort(model.columnOf("lastname"), Qt::AscendingOrder);
    ASSERT_TRUE(waitFor([&] { return !model.isLoading() && model.isRowLoaded(0); }));
    ASSERT_TRUE(waitFor([&] { return model.discardedPageCount() > discardedBefore; }, 5000));
    EXPECT_EQ(model.rowCount(), kCustomers + 1); // same rows, new order: the count is kept
    // Text order: "Guest" < "L1000" (customer 1000) < ... < "L1999" (customer 1) < "L950" (1050) <
    // ... < "L999" (1001).
    EXPECT_EQ(cell(model, 0, "member"), "guest@example.com");
    EXPECT_EQ(cell(model, 1, "member"), "1000");
    EXPECT_EQ(cell(model, 2, "member"), "999");

    model.sort(model.columnOf("lastname"), Qt::DescendingOrder);
    ASSERT_TRUE(waitFor([&] { return !model.isLoading() && model.isRowLoaded(0); }));
    EXPECT_EQ(cell(model, 0, "member"), "1001");
    EXPECT_EQ(cell(model, 1, "member"), "1002");

    MemberFilter filter;
    filter.text = QStringLiteral("f10");
    model.setFilter(filter);
    ASSERT_TRUE(waitFor([&] { return settled(model) && model.isRowLoaded(0); }));
    EXPECT_EQ(model.rowCount(), 1 + 10 + 51);    // F10, F100-F109, F1000-F1050
    EXPECT_EQ(cell(model, 0, "member"), "1001"); // L999 is the greatest last name among them
    EXPECT_EQ(cell(model, 1, "member"), "1002");

    filter.text = QStringLiteral("gina");
    model.setFilter(filter);
    ASSERT_TRUE(waitFor([&] { return settled(model) && model.isRowLoaded(0); }));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(cell(model, 0, "firstname"), "Gina");

    filter.text = QStringLiteral("nobody at all");
    model.setFilter(filter);
    ASSERT_TRUE(waitFor([&] { return settled(model); }));
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(Grid, OverridesAreWrittenByTheActionsAndShowAfterARefresh)
{
    MatchedCustomersView view;
    view.resize(1280, 800);
    view.show();
    view.setSegment(m_settings, "buyers");
    MemberTableModel *model = view.model();
    ASSERT_TRUE(waitFor([&] { return settled(*model) && model->isRowLoaded(0); }));
    // The group filter offers the store's groups by code (from the builder's pick lists).
    auto *groups = view.findChild<QComboBox *>(QStringLiteral("groupFilter"));
    ASSERT_TRUE(groups);
    ASSERT_TRUE(waitFor([&] { return groups->count() == 5; }));
    EXPECT_EQ(groups->itemData(2).toString(), QStringLiteral("General"));
    EXPECT_EQ(groups->itemText(4), QStringLiteral("Retailer"));

    QItemSelectionModel *selection = view.tableView()->selectionModel();
    selection->select(QItemSelection(model->index(0, 0), model->index(1, model->columnCount() - 1)),
                      QItemSelectionModel::ClearAndSelect);
    QFuture<Result<qint64>> excluded = view.applyOverride(OverrideKind::Exclude, "asked us");
    ASSERT_TRUE(waitFor([&] { return excluded.isFinished(); }));
    ASSERT_TRUE(excluded.result().ok()) << excluded.result().error().message.toStdString();
    EXPECT_EQ(*excluded.result(), 2);
    Result<QList<OverrideEntry>> overrides = m_session->segments->overrides("buyers");
    ASSERT_TRUE(overrides.ok());
    ASSERT_EQ(overrides->size(), 2);
    EXPECT_EQ(overrides->at(0).reason, "asked us");

    // The grid reloads: the badge shows, the customers are still members until a refresh.
    ASSERT_TRUE(waitFor([&] {
        return settled(*model) && model->isRowLoaded(0) &&
               model->data(model->index(0, 0), MemberTableModel::OverrideRole) == "exclude";
    }));
    EXPECT_TRUE(model->data(model->index(0, 0), MemberTableModel::IsMemberRole).toBool());
    EXPECT_EQ(model->data(model->index(0, 0)).toString(),
              "Excluded · New"); // everyone joined in the first refresh

    // Include a non-member through the repository's twin path: a selection far down.
    selection->select(QItemSelection(model->index(5, 0), model->index(5, 0)),
                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QFuture<Result<qint64>> reset = view.applyOverride(std::nullopt);
    ASSERT_TRUE(waitFor([&] { return reset.isFinished(); }));
    ASSERT_TRUE(reset.result().ok());

    // Refresh through the controller: the dry run says who leaves, then the refresh runs.
    RefreshController controller(&view);
    controller.setConfirmAutomatically(true);
    std::optional<DryRunSummary> dryRun;
    std::optional<bool> refreshed;
    QObject::connect(&controller, &RefreshController::dryRunReady,
                     [&](const DryRunSummary &s) { dryRun = s; });
    QString refreshMessage;
    QObject::connect(&controller, &RefreshController::finished,
                     [&](bool ok, const QString &message) {
                         refreshed = ok;
                         refreshMessage = message;
                     });
    controller.start(m_settings, "buyers");
    ASSERT_TRUE(waitFor([&] { return refreshed.has_value(); }));
    ASSERT_TRUE(dryRun.has_value()) << refreshMessage.toStdString();
    EXPECT_EQ(dryRun->leaving, 2);
    EXPECT_EQ(dryRun->entering, 0);
    EXPECT_EQ(dryRun->leavingNames,
              QStringList({"F1 L1999 <c1@example.com>", "F2 L1998 <c2@example.com>"}));
    EXPECT_TRUE(*refreshed);

    model->reload();
    ASSERT_TRUE(waitFor([&] { return settled(*model) && model->isRowLoaded(0); }));
    EXPECT_EQ(model->rowCount(), kCustomers + 1); // the excluded stay listed, greyed
    EXPECT_FALSE(model->data(model->index(0, 0), MemberTableModel::IsMemberRole).toBool());
    EXPECT_EQ(model->data(model->index(0, 0), MemberTableModel::OverrideRole).toString(),
              "exclude");
    MemberFilter excludedOnly;
    excludedOnly.state = MemberStateFilter::Excluded;
    model->setFilter(excludedOnly);
    ASSERT_TRUE(waitFor([&] { return settled(*model); }));
    EXPECT_EQ(model->rowCount(), 2);
}

TEST_F(Grid, ExportsAllOrTheSelectionAndCopiesEmails)
{
    MatchedCustomersView view;
    view.resize(1280, 800);
    view.show();
    view.setSegment(m_settings, "buyers");
    MemberTableModel *model = view.model();
    ASSERT_TRUE(waitFor([&] { return settled(*model) && model->isRowLoaded(0); }));

    QTemporaryDir dir;
    std::optional<bool> ok;
    QString message;
    QObject::connect(&view, &MatchedCustomersView::exportFinished,
                     [&](bool success, const QString &text) {
                         ok = success;
                         message = text;
                     });
    view.exportTo(dir.filePath("all.csv"), false);
    ASSERT_TRUE(waitFor([&] { return ok.has_value(); }));
    EXPECT_TRUE(*ok) << message.toStdString();
    QFile all(dir.filePath("all.csv"));
    ASSERT_TRUE(all.open(QIODevice::ReadOnly));
    EXPECT_EQ(all.readAll().count('\n'), kCustomers + 2); // header + members

    // A selection over rows whose pages were never loaded is resolved in the worker.
    view.tableView()->selectionModel()->select(
        QItemSelection(model->index(900, 0), model->index(904, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ok.reset();
    view.exportTo(dir.filePath("sel.csv"), true);
    ASSERT_TRUE(waitFor([&] { return ok.has_value(); }));
    EXPECT_TRUE(*ok);
    QFile sel(dir.filePath("sel.csv"));
    ASSERT_TRUE(sel.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = sel.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(lines[1].startsWith("901,")) << lines[1].toStdString();
    EXPECT_TRUE(lines[5].startsWith("905,"));

    std::optional<QString> copied;
    QObject::connect(&view, &MatchedCustomersView::actionFinished,
                     [&](bool, const QString &message) { copied = message; });
    view.tableView()->selectionModel()->select(
        QItemSelection(model->index(2, 0), model->index(3, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view.copyEmails();
    ASSERT_TRUE(waitFor([&] { return copied.has_value(); }));
    EXPECT_EQ(*copied, "2 email(s) copied.");
}

TEST_F(Grid, PreviewShowsAnUnsavedDefinition)
{
    MatchedCustomersView view;
    SegmentDefinition d = m_definition;
    d.applyTo = ApplyTo::Guests;
    view.setPreview(m_settings, d);
    ASSERT_TRUE(waitFor([&] { return settled(*view.model()) && view.model()->isRowLoaded(0); }));
    EXPECT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(cell(*view.model(), 0, "member"), "guest@example.com");
    EXPECT_FALSE(view.findChild<QWidget *>("excludeButton")->isEnabled());
}

TEST_F(Grid, CustomerDetailsShowProfileJournalAndExplanation)
{
    CustomerDetailsDialog dialog(m_settings, MemberKey::registered(3), "buyers");
    dialog.show();
    ASSERT_TRUE(waitFor([&] { return dialog.isLoaded(); }));
    EXPECT_EQ(dialog.headlineText(), "F3 L1997");
    EXPECT_TRUE(dialog.explanationText().contains("Number of orders"))
        << dialog.explanationText().toStdString();
    EXPECT_TRUE(dialog.explanationText().startsWith(QStringLiteral("✔")))
        << dialog.explanationText().toStdString();
    auto *explain = dialog.findChild<QPushButton *>("explainButton");
    ASSERT_NE(explain, nullptr);
    EXPECT_TRUE(explain->isEnabled()); // opens the services' ExplainDialog for this member
}

TEST_F(Grid, HistoryListsFiltersAndExports)
{
    ASSERT_TRUE(
        m_session->segments
            ->setOverride("buyers", {MemberKey::registered(4)}, OverrideKind::Exclude, "why")
            .ok());
    HistoryView view;
    view.show();
    int loaded = -1;
    QObject::connect(&view, &HistoryView::loaded, [&](int rows) { loaded = rows; });
    view.setSegment(m_settings, "buyers");
    ASSERT_TRUE(waitFor([&] { return loaded >= 0; }));
    EXPECT_GE(view.rowCount(), 4); // started, customers added, finished, excluded
    const QAbstractItemModel *m = view.tableView()->model();
    EXPECT_EQ(m->data(m->index(0, 1)).toString(), "Customer excluded");
    EXPECT_EQ(m->data(m->index(0, 3)).toString(), "Manual");

    loaded = -1;
    view.setActionFilter("refresh_finished");
    ASSERT_TRUE(waitFor([&] { return loaded >= 0; }));
    ASSERT_EQ(view.rowCount(), 1);
    EXPECT_FALSE(m->data(m->index(0, 4)).toString().isEmpty()); // a duration

    QTemporaryDir dir;
    std::optional<bool> ok;
    QObject::connect(&view, &HistoryView::exportFinished,
                     [&](bool success, const QString &) { ok = success; });
    view.exportTo(dir.filePath("h.csv"));
    ASSERT_TRUE(waitFor([&] { return ok.has_value(); }));
    EXPECT_TRUE(*ok);
    QFile f(dir.filePath("h.csv"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    EXPECT_TRUE(csv.startsWith("time,event,action,trigger,rows,duration_ms,error,message"));
    EXPECT_TRUE(csv.contains("refresh_finished"));
}

TEST_F(Grid, ColumnsAreChosenByTheUserAndRemembered)
{
    QStringList chosen;
    {
        MatchedCustomersView view;
        auto *button = view.findChild<QToolButton *>("columnsButton");
        ASSERT_NE(button, nullptr);
        for (QAction *a : button->menu()->actions()) {
            if (a->data().toString() == "email") a->setChecked(false);
            if (a->data().toString() == "telephone" ||
                a->data().toString() == "joined_last_refresh")
                a->setChecked(true);
        }
        chosen = view.model()->columns();
        EXPECT_FALSE(chosen.contains("email"));
        EXPECT_TRUE(chosen.contains("telephone"));
        EXPECT_TRUE(chosen.contains("joined_last_refresh"));
        view.setSegment(m_settings, "buyers");
        ASSERT_TRUE(
            waitFor([&] { return settled(*view.model()) && view.model()->isRowLoaded(0); }));
        EXPECT_EQ(cell(*view.model(), 0, "joined_last_refresh"), "Yes");
    }
    EXPECT_EQ(AppSettings().gridColumns(), chosen);
    MatchedCustomersView again;
    EXPECT_EQ(again.model()->columns(), chosen);
}

TEST(DryRunDialogTest, ShowsCountsAndNames)
{
    DryRunSummary s;
    s.segmentName = "VIP";
    s.currentCount = 10;
    s.entering = 3;
    s.leaving = 1;
    s.memberCount = 12;
    s.enteringNames = {"A <a@x>", "B <b@x>"};
    s.leavingNames = {"C <c@x>"};
    DryRunDialog dialog(s);
    const QString headline = dialog.findChild<QLabel *>("dryRunHeadline")->text();
    EXPECT_TRUE(headline.contains("+3")) << headline.toStdString();
    EXPECT_TRUE(headline.contains("−1")) << headline.toStdString();
    auto *entering = dialog.findChild<QListWidget *>("enteringList");
    ASSERT_EQ(entering->count(), 3);
    EXPECT_EQ(entering->item(2)->text(), "… and 1 more");
    EXPECT_EQ(dialog.findChild<QListWidget *>("leavingList")->count(), 1);
}

} // namespace

// Screenshots for docs/screenshots/ (1280x800), taken on a demo store when asked:
//   SEGMENTOR_SCREENSHOT_STORE=/tmp/demo.db SEGMENTOR_SCREENSHOT_SEGMENT=lapsed-buyers \
//   SEGMENTOR_SCREENSHOT_DIR=docs/screenshots build/tests/grid_ui_tests
//   --gtest_filter=Screenshots.*
TEST(Screenshots, GridDetailsDryRunAndHistory)
{
    const QString store = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_STORE");
    const QString dir = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_DIR");
    const QString code = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_SEGMENT", "lapsed-buyers");
    if (store.isEmpty() || dir.isEmpty())
        GTEST_SKIP() << "set SEGMENTOR_SCREENSHOT_STORE and SEGMENTOR_SCREENSHOT_DIR to take the "
                        "screenshots";
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Result<ConnectionSettings> settings =
        ConnectionSettings::fromUrl(QStringLiteral("sqlite:") + store);
    ASSERT_TRUE(settings.ok());
    const QSize size(1280, 800);

    MatchedCustomersView grid;
    grid.setWindowTitle("Matched customers");
    grid.resize(size);
    grid.show();
    grid.setSegment(*settings, code);
    MemberTableModel *model = grid.model();
    ASSERT_TRUE(waitFor([&] { return settled(*model) && model->isRowLoaded(0); }))
        << model->errorText().toStdString();
    grid.tableView()->selectionModel()->select(
        QItemSelection(model->index(3, 0), model->index(5, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::qWait(300);
    ASSERT_TRUE(grid.grab().save(dir + "/grid.png"));

    // A customer with an override, orders and a journal.
    const MemberKey key = MemberKey::registered(6);
    CustomerDetailsDialog details(*settings, key, code);
    details.resize(size);
    details.show();
    ASSERT_TRUE(waitFor([&] { return details.isLoaded(); }));
    QTest::qWait(200);
    ASSERT_TRUE(details.grab().save(dir + "/customer-details.png"));

    QWidget host;
    host.resize(size);
    host.show();
    RefreshController controller(&host);
    std::optional<DryRunSummary> summary;
    QObject::connect(&controller, &RefreshController::dryRunReady,
                     [&](const DryRunSummary &s) { summary = s; });
    controller.start(*settings, code);
    ASSERT_TRUE(waitFor([&] {
        return controller.dryRunDialog() != nullptr && controller.dryRunDialog()->isVisible();
    }));
    DryRunDialog *dryRun = controller.dryRunDialog();
    dryRun->resize(size);
    QTest::qWait(200);
    ASSERT_TRUE(dryRun->grab().save(dir + "/dry-run.png"));
    dryRun->reject(); // nothing is refreshed

    HistoryView history;
    history.resize(size);
    history.show();
    int loaded = -1;
    QObject::connect(&history, &HistoryView::loaded, [&](int rows) { loaded = rows; });
    history.setSegment(*settings, code);
    ASSERT_TRUE(waitFor([&] { return loaded >= 0; }));
    QTest::qWait(200);
    ASSERT_TRUE(history.grab().save(dir + "/history.png"));
}

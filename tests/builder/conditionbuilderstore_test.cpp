#include "builder/conditionbuilderwidget.h"
#include "builder/conditionroweditor.h"
#include "builder/conditiontreemodel.h"
#include "builder/conditiontreeview.h"
#include "builder/explaindialog.h"
#include "builder/sqlpreviewdialog.h"
#include "definition/definitioncodec.h"
#include "fixturestore.h"
#include "repository/segmentorstorage.h"
#include "repository/segmentrepository.h"
#include "testdatabases.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using segtest::Backend;

namespace {

seg::SegmentDefinition parse(const char *json)
{
    auto d = seg::DefinitionCodec::fromJson(QByteArray(json));
    EXPECT_TRUE(d.ok()) << (d.ok() ? std::string() : d.error().toString().toStdString());
    return d.ok() ? *d : seg::SegmentDefinition{};
}

// The builder against a real store on each backend: custom attributes and segment references
// validate once the store is known, and the live counter fills the total and every row.
class BuilderOnStore : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        m_connection = segtest::freshStore(GetParam(), QStringLiteral("builder_store"),
                                           QStringLiteral("mg_"), why);
        SEGTEST_REQUIRE_STORE(m_connection, why);
        segtest::FixtureStore f(*m_connection, QStringLiteral("mg_"));
        f.installBase();
        for (int id = 1; id <= 5; ++id)
            f.customer(id);
        f.insert(QStringLiteral("customer_entity_int"),
                 {{"value_id", 1}, {"attribute_id", 500}, {"entity_id", 1}, {"value", 80}});
        f.insert(QStringLiteral("customer_entity_int"),
                 {{"value_id", 2}, {"attribute_id", 500}, {"entity_id", 3}, {"value", 20}});
        f.insert(QStringLiteral("customer_entity_int"),
                 {{"value_id", 3}, {"attribute_id", 500}, {"entity_id", 4}, {"value", 95}});
        f.order(1, 1);
        f.order(2, 2);
        f.order(3, 1);
        ASSERT_TRUE(seg::SegmentorStorage::ensure(*m_connection, QStringLiteral("mg_")).ok());
        seg::SegmentRepository repository(*m_connection, QStringLiteral("mg_"));
        ASSERT_TRUE(
            repository
                .save(parse(R"({"segmentor": 1, "code": "buyers", "name": "Buyers", "conditions":
            {"type": "combine", "conditions": [{"type": "orders", "metric": "number_of_orders", "operator": ">=", "value": 1}]}})"))
                .ok());
    }

    std::unique_ptr<seg::StoreConnection> m_connection;
};

} // namespace

TEST_P(BuilderOnStore, CustomAttributesReferencesAndLiveCounts)
{
    ConditionBuilderWidget widget;
    widget.resize(1280, 800);
    widget.show();
    widget.setDefinition(
        parse(R"({"segmentor": 1, "code": "loyal-buyers", "name": "Loyal buyers", "conditions":
        {"type": "combine", "match": "all", "expect": true, "conditions": [
          {"type": "customer", "attribute": "loyalty_score", "operator": ">=", "value": 50},
          {"type": "segment", "operator": "in", "value": ["buyers"]} ]}})"));
    // Without a store neither the custom attribute nor the segment can be checked.
    EXPECT_FALSE(widget.isValid());
    EXPECT_EQ(widget.validationMessages().size(), 2);

    seg::ConnectionSettings settings = m_connection->settings();
    settings.tablePrefix = QStringLiteral("mg_");
    widget.setStore(settings);
    ASSERT_TRUE(QTest::qWaitFor([&] { return widget.isValid(); }, 30000))
        << widget.validationMessages().join(QLatin1Char('\n')).toStdString();

    auto *model = widget.findChild<ConditionTreeModel *>();
    auto *view = widget.findChild<ConditionTreeView *>();
    QLabel *total = widget.findChild<QLabel *>(QStringLiteral("totalCount"));
    ASSERT_TRUE(model && view && total);
    // Customer 1 has a score of 80 and two orders; customer 4 (95) never ordered.
    ASSERT_TRUE(QTest::qWaitFor([&] { return total->text() == QStringLiteral("1 member"); }, 30000))
        << total->text().toStdString();
    const QModelIndex loyalty = model->indexOf(model->itemAtPath({0}));
    const QModelIndex buyers = model->indexOf(model->itemAtPath({1}));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return model->data(buyers, ConditionTreeModel::CountRole).isValid() &&
                   model->data(loyalty, ConditionTreeModel::CountRole).isValid();
        },
        30000));
    EXPECT_EQ(model->data(loyalty, ConditionTreeModel::CountRole).toLongLong(),
              2); // customers 1 and 4
    EXPECT_EQ(model->data(buyers, ConditionTreeModel::CountRole).toLongLong(),
              2); // customers 1 and 2
    // The count and, next to it, how long it took (issue #17, item 9).
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model->data(loyalty, ConditionTreeModel::TimeRole).isValid(); }, 30000));
    const qint64 ms = model->data(loyalty, ConditionTreeModel::TimeRole).toLongLong();
    EXPECT_GE(ms, 0);
    EXPECT_EQ(
        model->index(0, ConditionTreeModel::CountColumn, model->index(0, 0)).data().toString(),
        QStringLiteral("2 · %1").arg(ConditionTreeModel::elapsedText(ms)));
    EXPECT_EQ(ConditionTreeModel::elapsedText(120), QStringLiteral("120 ms"));
    EXPECT_EQ(ConditionTreeModel::elapsedText(1400), QStringLiteral("1.4 s"));

    // The custom attribute's row got a number editor once the store's attributes were known.
    auto *row = qobject_cast<ConditionRowEditor *>(view->indexWidget(loyalty));
    ASSERT_TRUE(row);
    bool numberShown = false;
    for (QLineEdit *e : row->findChildren<QLineEdit *>())
        numberShown = numberShown || e->text() == QStringLiteral("50");
    EXPECT_TRUE(numberShown);

    // An edit recounts (after the debounce): a score of at least 10 holds for customers 1, 3
    // and 4; of them only customer 1 is a buyer.
    QLineEdit *edit = nullptr;
    for (QLineEdit *e : row->findChildren<QLineEdit *>())
        if (e->text() == QStringLiteral("50")) edit = e;
    ASSERT_TRUE(edit);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("10"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return model->data(loyalty, ConditionTreeModel::CountRole).toLongLong() == 3; },
        30000));
    EXPECT_EQ(total->text(), QStringLiteral("1 member"));

    // "Show SQL" and "Explain a customer…" open the services' dialogs on this definition.
    QAction *sql = widget.findChild<QAction *>(QStringLiteral("showSqlAction"));
    QAction *explain = widget.findChild<QAction *>(QStringLiteral("explainAction"));
    ASSERT_TRUE(sql && explain);
    ASSERT_TRUE(sql->isEnabled() && explain->isEnabled());
    sql->trigger();
    auto *sqlDialog = widget.findChild<SqlPreviewDialog *>();
    ASSERT_TRUE(sqlDialog);
    EXPECT_TRUE(sqlDialog->isVisible());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return sqlDialog->sqlText().contains(QStringLiteral("SELECT")); }, 30000));
    EXPECT_GE(sqlDialog->boundValueCount(), 1);
    explain->trigger();
    auto *explainDialog = widget.findChild<ExplainDialog *>();
    ASSERT_TRUE(explainDialog);
    explainDialog->setMember(QStringLiteral("1"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return !explainDialog->isRunning() && !explainDialog->verdictText().isEmpty(); },
        30000));
}

INSTANTIATE_TEST_SUITE_P(Backends, BuilderOnStore, ::testing::ValuesIn(segtest::allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return segtest::backendName(info.param);
                         });

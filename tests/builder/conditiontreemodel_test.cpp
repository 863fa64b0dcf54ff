#include "buildertestdata.h"

#include "builder/conditioncommands.h"
#include "builder/conditiondragpayload.h"
#include "builder/conditiontemplates.h"
#include "builder/conditiontreecontroller.h"
#include "builder/conditiontreemodel.h"
#include "definition/definitioncodec.h"
#include "definition/nodedescription.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using buildertest::json;
using seg::ConditionNode;

namespace {

// Counts the QAbstractItemModelTester's complaints (it reports through qWarning).
int g_testerFailures = 0;
QtMessageHandler g_previousHandler = nullptr;
void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg &&
        QByteArray(context.category ? context.category : "").startsWith("qt.modeltest"))
        ++g_testerFailures;
    if (g_previousHandler) g_previousHandler(type, context, message);
}

class ModelFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        g_testerFailures = 0;
        g_previousHandler = qInstallMessageHandler(countingHandler);
        model = std::make_unique<ConditionTreeModel>();
        controller = std::make_unique<ConditionTreeController>(model.get(), &undo);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Warning);
        model->setRootNode(buildertest::fourLevel().conditions);
        original = json(model->rootNode());
    }
    void TearDown() override
    {
        tester.reset();
        qInstallMessageHandler(g_previousHandler);
        EXPECT_EQ(g_testerFailures, 0) << "QAbstractItemModelTester reported problems";
    }

    QModelIndex at(const QList<int> &path) const { return model->indexOf(model->itemAtPath(path)); }
    int idAt(const QList<int> &path) const { return model->itemAtPath(path)->id(); }

    QUndoStack undo;
    std::unique_ptr<ConditionTreeModel> model;
    std::unique_ptr<ConditionTreeController>
        controller; // records the drops, makes the edits undoable
    std::unique_ptr<QAbstractItemModelTester> tester;
    QByteArray original;
};

} // namespace

TEST_F(ModelFixture, RoundTripsTheDefinitionTree)
{
    EXPECT_EQ(json(model->rootNode()), json(buildertest::fourLevel().conditions));
    EXPECT_EQ(model->nodeCount(), 14);
    EXPECT_EQ(model->rowCount(), 1); // the root combine is the one top-level row
    EXPECT_EQ(model->rowCount(at({})), 4);
    EXPECT_EQ(model->rowCount(at({1, 0, 0})), 2);
    EXPECT_EQ(model->itemAtPath({1, 0, 0, 1})->fields().attribute, QStringLiteral("created_at"));
    EXPECT_EQ(model->itemAtPath({1, 0, 0, 1})->depth(),
              5); // sentinel > root > any > orders > all > leaf
}

TEST_F(ModelFixture, IdsAreStableAcrossMovesUndoAndRedo)
{
    const int id = idAt({2, 1}); // city
    controller->moveNodes({id}, idAt({2}), 0, QStringLiteral("move"));
    EXPECT_EQ(model->itemAtPath({2, 0})->id(), id);
    controller->removeNodes({id});
    EXPECT_EQ(model->itemById(id), nullptr);
    undo.undo();
    EXPECT_EQ(model->itemAtPath({2, 0})->id(), id);
    undo.undo();
    EXPECT_EQ(model->itemAtPath({2, 1})->id(), id);
    EXPECT_EQ(json(model->rootNode()), original);
}

TEST_F(ModelFixture, TesterStaysQuietThroughAnEditSequence)
{
    controller->execute(new InsertNodesCommand(
        model.get(), idAt({}), 1,
        {ConditionTemplates::leaf(QStringLiteral("customer"), QStringLiteral("email"))}, {}));
    EXPECT_FALSE(model->moveRows(at({}), 1, 1, at({0}), 0)); // onto a leaf
    controller->moveNodes({idAt({1})}, idAt({2}), 0, {});    // into the ANY group
    controller->removeNodes({idAt({1, 2, 0})});              // the product name leaf
    ConditionNode f = model->itemAtPath({0})->fields();
    f.enabled = false;
    controller->execute(new SetFieldsCommand(model.get(), idAt({0}), f, {}));
    controller->moveNodes({idAt({2, 0})}, idAt({2}), 2, {}); // swap the two address rows
    EXPECT_EQ(model->itemAtPath({2, 0})->fields().attribute, QStringLiteral("city"));
    while (undo.canUndo())
        undo.undo();
    EXPECT_EQ(json(model->rootNode()), original);
    while (undo.canRedo())
        undo.redo();
    while (undo.canUndo())
        undo.undo();
    EXPECT_EQ(json(model->rootNode()), original);
}

TEST_F(ModelFixture, MoveRowsRefusesStructuralNonsense)
{
    // An address leaf cannot leave its address scope for the root.
    EXPECT_FALSE(model->moveRows(at({2}), 0, 1, at({}), 0));
    // A group cannot go into itself.
    EXPECT_FALSE(model->moveRows(at({}), 1, 1, at({1, 0, 0}), 0));
    EXPECT_EQ(json(model->rootNode()), original);
    EXPECT_EQ(undo.count(), 0);
}

// --- drag and drop ---------------------------------------------------------------------

TEST_F(ModelFixture, MoveDropMovesOnceAndRemovesNothing)
{
    const int cityId = idAt({2, 1});
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    std::unique_ptr<QMimeData> data(model->mimeData({at({2, 1})}));
    ASSERT_TRUE(data);
    ASSERT_TRUE(data->hasFormat(ConditionDragPayload::mimeType()));

    ASSERT_TRUE(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, at({2})));
    ASSERT_TRUE(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, at({2})));

    EXPECT_EQ(moved.count(), 1);
    EXPECT_EQ(removed.count(), 0) << "a move-drop must not remove rows";
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(model->nodeCount(), 14);
    EXPECT_EQ(model->itemAtPath({2, 0})->id(), cityId);
    EXPECT_EQ(model->rowCount(at({2})), 2);
    // The source rows are already gone from their place: a second removal (as a plain
    // QAbstractItemView would do after a MoveAction) would remove the other address row.
    EXPECT_EQ(model->itemAtPath({2, 1})->fields().attribute, QStringLiteral("country_id"));
    EXPECT_EQ(undo.count(), 1);
    undo.undo();
    EXPECT_EQ(json(model->rootNode()), original);
}

TEST_F(ModelFixture, MoveDropBetweenGroupsAndRenesting)
{
    // The "is active" leaf into the ANY group, then the whole address scope into it too.
    std::unique_ptr<QMimeData> leaf(model->mimeData({at({0})}));
    ASSERT_TRUE(model->dropMimeData(leaf.get(), Qt::MoveAction, -1, 0, at({1})));
    EXPECT_EQ(model->rowCount(at({})), 3);
    EXPECT_EQ(model->itemAtPath({0, 2})->fields().attribute, QStringLiteral("is_active"));
    std::unique_ptr<QMimeData> scope(model->mimeData({at({1})}));
    ASSERT_TRUE(model->dropMimeData(scope.get(), Qt::MoveAction, 1, 0, at({0})));
    EXPECT_EQ(model->itemAtPath({0, 1})->fields().kind, seg::NodeKind::AddressScope);
    EXPECT_EQ(model->nodeCount(), 14);
    undo.undo();
    undo.undo();
    EXPECT_EQ(json(model->rootNode()), original);
}

TEST_F(ModelFixture, MultiNodeMoveKeepsDocumentOrder)
{
    std::unique_ptr<QMimeData> data(model->mimeData({at({3}), at({0})})); // given out of order
    ASSERT_TRUE(model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, at({1})));
    EXPECT_EQ(model->itemAtPath({0, 1})->fields().attribute, QStringLiteral("is_active"));
    EXPECT_EQ(model->itemAtPath({0, 2})->fields().attribute, QStringLiteral("newsletter"));
    EXPECT_EQ(model->rowCount(at({})), 2);
    undo.undo();
    EXPECT_EQ(json(model->rootNode()), original);
}

TEST_F(ModelFixture, CopyDropDuplicatesTheSubtree)
{
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    std::unique_ptr<QMimeData> data(model->mimeData({at({2})}));
    ASSERT_TRUE(model->dropMimeData(data.get(), Qt::CopyAction, -1, 0, at({1})));
    EXPECT_EQ(model->nodeCount(), 17);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(json(model->itemAtPath({1, 2})->toNode()), json(model->itemAtPath({2})->toNode()));
    EXPECT_NE(model->itemAtPath({1, 2})->id(), model->itemAtPath({2})->id());
    undo.undo();
    EXPECT_EQ(json(model->rootNode()), original);
}

TEST_F(ModelFixture, DropIntoOwnSubtreeIsRefused)
{
    std::unique_ptr<QMimeData> data(model->mimeData({at({1})})); // the ANY group
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, at({1})));
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, at({1, 0, 0})));
    EXPECT_FALSE(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, at({1, 0, 0})));
    // A copy into its own subtree is structurally fine elsewhere but here the scope rules
    // refuse an orders scope inside an orders scope.
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::CopyAction, -1, 0, at({1, 0})));
    EXPECT_EQ(json(model->rootNode()), original);
    EXPECT_EQ(undo.count(), 0);
}

TEST_F(ModelFixture, DropOntoALeafIsRefused)
{
    std::unique_ptr<QMimeData> data(model->mimeData({at({3})}));
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, at({0})));
    EXPECT_FALSE(model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, at({0})));
    EXPECT_FALSE(model->dropMimeData(data.get(), Qt::CopyAction, -1, 0, at({0})));
    EXPECT_FALSE(
        model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex())); // beside the root
    EXPECT_EQ(json(model->rootNode()), original);
}

TEST_F(ModelFixture, DropRespectsScopes)
{
    // An order leaf cannot be dropped at the top level, a customer leaf not into an address scope.
    std::unique_ptr<QMimeData> orderLeaf(model->mimeData({at({1, 0, 0, 0})}));
    EXPECT_FALSE(model->canDropMimeData(orderLeaf.get(), Qt::MoveAction, -1, 0, at({})));
    std::unique_ptr<QMimeData> customerLeaf(model->mimeData({at({0})}));
    EXPECT_FALSE(model->canDropMimeData(customerLeaf.get(), Qt::MoveAction, -1, 0, at({2})));
    // ...but an order leaf may go into a combine inside an orders scope.
    EXPECT_TRUE(model->canDropMimeData(orderLeaf.get(), Qt::MoveAction, -1, 0, at({1, 0})));
}

TEST_F(ModelFixture, PaletteDropPicksTheAlternativeThatFits)
{
    const ConditionNode leaf =
        ConditionTemplates::leaf(QStringLiteral("order"), QStringLiteral("status"));
    ConditionNode scope = ConditionTemplates::ordersScope(QStringLiteral("number_of_orders"));
    scope.children.push_back(leaf);
    std::unique_ptr<QMimeData> data(ConditionDragPayload::encodeAlternatives({leaf, scope}));
    // Into an orders scope: the leaf itself.
    ASSERT_TRUE(model->dropMimeData(data.get(), Qt::CopyAction, -1, 0, at({1, 0})));
    EXPECT_EQ(model->itemAtPath({1, 0, 1})->fields().type, QStringLiteral("order"));
    // At the top level: wrapped in a new orders scope.
    ASSERT_TRUE(model->dropMimeData(data.get(), Qt::CopyAction, 0, 0, at({})));
    EXPECT_EQ(model->itemAtPath({0})->fields().kind, seg::NodeKind::OrdersScope);
    EXPECT_EQ(model->itemAtPath({0, 0})->fields().attribute, QStringLiteral("status"));
    EXPECT_EQ(undo.text(undo.count() - 1).toStdString(),
              "Add " + seg::describeNode(scope).toStdString());
    // Into an address scope: nothing fits.
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::CopyAction, -1, 0, at({3})));
    undo.undo();
    undo.undo();
    EXPECT_EQ(json(model->rootNode()), original);
}

TEST_F(ModelFixture, MimeDataFromAnotherModelIsACopy)
{
    ConditionTreeModel other;
    other.setRootNode(buildertest::fourLevel().conditions);
    std::unique_ptr<QMimeData> data(other.mimeData({other.indexOf(other.itemAtPath({2}))}));
    // A "move" from another builder cannot take the source: it inserts a copy.
    ASSERT_TRUE(model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, at({})));
    EXPECT_EQ(model->nodeCount(), 17);
    EXPECT_EQ(other.nodeCount(), 14);
}

TEST_F(ModelFixture, SetDataReplacesFieldsAndTheControllerMakesItUndoable)
{
    QJsonObject o = model->data(at({2, 0}), ConditionTreeModel::NodeJsonRole).toJsonObject();
    o.insert(QStringLiteral("value"), QStringLiteral("FR"));
    ASSERT_TRUE(model->setData(at({2, 0}), o, ConditionTreeModel::NodeJsonRole));
    EXPECT_EQ(model->itemAtPath({2, 0})->fields().test.value.toString(), QStringLiteral("FR"));
    EXPECT_EQ(undo.count(), 0) << "the model records no undo step of its own";
    // A different kind of node is refused.
    EXPECT_FALSE(model->setData(at({2}), o, ConditionTreeModel::NodeJsonRole));
    o.insert(QStringLiteral("value"), QStringLiteral("GB"));
    ASSERT_TRUE(model->setData(at({2, 0}), o, ConditionTreeModel::NodeJsonRole));
    EXPECT_EQ(json(model->rootNode()), original);

    // Through the controller the same edit is one undo step.
    ConditionNode f = model->itemAtPath({2, 0})->fields();
    f.test.value = QStringLiteral("FR");
    controller->setFields(idAt({2, 0}), f, QStringLiteral("Edit condition"));
    EXPECT_EQ(undo.count(), 1);
    undo.undo();
    EXPECT_EQ(json(model->rootNode()), original);
}

// --- the model alone: plain Qt model edits, no undo ------------------------------------

TEST(PassiveModel, EditsThroughTheQtApiWithoutAnyUndo)
{
    ConditionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRootNode(buildertest::fourLevel().conditions);
    auto at = [&](const QList<int> &path) { return model.indexOf(model.itemAtPath(path)); };
    QSignalSpy edited(&model, &ConditionTreeModel::nodesEdited);
    const int city = model.itemAtPath({2, 1})->id();
    ASSERT_TRUE(model.moveRows(at({2}), 1, 1, at({2}), 0));
    EXPECT_EQ(model.itemAtPath({2, 0})->id(), city);
    // Two rows at once, down past a sibling: [is_active, ANY, address, newsletter] -> [address,
    // is_active, ANY, newsletter].
    ASSERT_TRUE(model.moveRows(at({}), 0, 2, at({}), 3));
    EXPECT_EQ(model.itemAtPath({0})->fields().kind, seg::NodeKind::AddressScope);
    EXPECT_EQ(model.itemAtPath({1})->fields().attribute, QStringLiteral("is_active"));
    EXPECT_EQ(model.itemAtPath({2})->fields().match, seg::Match::Any);
    ASSERT_TRUE(model.removeRows(0, 2, at({0})));
    EXPECT_EQ(model.rowCount(at({0})), 0);
    EXPECT_EQ(model.itemById(city), nullptr);
    QJsonObject o = model.data(at({1}), ConditionTreeModel::NodeJsonRole).toJsonObject();
    o.insert(QStringLiteral("value"), false);
    ASSERT_TRUE(model.setData(at({1}), o, ConditionTreeModel::NodeJsonRole));
    EXPECT_EQ(model.itemAtPath({1})->fields().test.value, QJsonValue(false));
    EXPECT_EQ(edited.count(), 4);
    EXPECT_EQ(model.nodeCount(), 12);
}

TEST(PassiveModel, DropsWorkWithoutAControllerAndReportWhatTheyDid)
{
    ConditionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRootNode(buildertest::fourLevel().conditions);
    auto at = [&](const QList<int> &path) { return model.indexOf(model.itemAtPath(path)); };
    QSignalSpy dropped(&model, &ConditionTreeModel::dropped);
    const int active = model.itemAtPath({0})->id(), newsletter = model.itemAtPath({3})->id();
    std::unique_ptr<QMimeData> data(model.mimeData({at({3}), at({0})}));
    ASSERT_TRUE(model.dropMimeData(data.get(), Qt::MoveAction, 1, 0, at({1})));
    ASSERT_EQ(dropped.count(), 1);
    const auto move = dropped.takeFirst().at(0).value<ConditionTreeDrop>();
    EXPECT_TRUE(move.moved);
    EXPECT_EQ(move.ids, (QList<int>{active, newsletter}));
    ASSERT_EQ(move.from.size(), 2);
    EXPECT_EQ(move.from[0].parentId, model.rootItem()->id());
    EXPECT_EQ(move.from[0].row, 0);
    EXPECT_EQ(move.from[1].row, 2); // newsletter, after is_active left
    EXPECT_EQ(move.parentId, model.itemAtPath({0})->id());
    EXPECT_EQ(move.row, 1);
    EXPECT_EQ(model.itemAtPath({0, 1})->id(), active);
    EXPECT_EQ(model.itemAtPath({0, 2})->id(), newsletter);

    std::unique_ptr<QMimeData> palette(
        ConditionDragPayload::encodeAlternatives({ConditionNode::combine(seg::Match::Any)}));
    ASSERT_TRUE(model.dropMimeData(palette.get(), Qt::CopyAction, -1, 0, at({})));
    ASSERT_EQ(dropped.count(), 1);
    const auto insert = dropped.takeFirst().at(0).value<ConditionTreeDrop>();
    EXPECT_FALSE(insert.moved);
    EXPECT_TRUE(insert.fromPalette);
    ASSERT_EQ(insert.ids.size(), 1);
    EXPECT_EQ(model.itemAtPath({2})->id(), insert.ids.first());
    EXPECT_EQ(model.itemAtPath({2})->fields().match, seg::Match::Any);
}

TEST(PassiveModel, StateRoleCarriesInvalidAndMutedForTheDelegate)
{
    ConditionTreeModel model;
    model.setRootNode(buildertest::fourLevel().conditions);
    auto stateAt = [&](const QList<int> &path, int column = 0) {
        return model
            .data(model.indexOf(model.itemAtPath(path), column), ConditionTreeModel::StateRole)
            .value<ConditionTreeModel::NodeStates>();
    };
    EXPECT_EQ(stateAt({0}), ConditionTreeModel::NodeStates(ConditionTreeModel::Normal));
    EXPECT_EQ(stateAt({3}), ConditionTreeModel::NodeStates(ConditionTreeModel::Muted));
    model.setErrors({{model.itemAtPath({2, 0})->id(), QStringLiteral("bad country")}});
    EXPECT_EQ(stateAt({2, 0}), ConditionTreeModel::NodeStates(ConditionTreeModel::Invalid));
    EXPECT_EQ(stateAt({2, 0}, ConditionTreeModel::CountColumn),
              ConditionTreeModel::NodeStates(ConditionTreeModel::Invalid));
    // Muting a group mutes its subtree.
    ConditionNode f = model.itemAtPath({2})->fields();
    f.enabled = false;
    model.setItemFields(model.itemAtPath({2}), f);
    EXPECT_EQ(stateAt({2, 0}), ConditionTreeModel::Invalid | ConditionTreeModel::Muted);
    // No colours from the model itself: the delegate paints them.
    EXPECT_FALSE(model.data(model.indexOf(model.itemAtPath({2, 0})), Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model.data(model.indexOf(model.itemAtPath({3}), 1), Qt::ForegroundRole).isValid());
}

// --- undo and redo of every edit kind, table-driven -----------------------------------

struct EditCase
{
    const char *name;
    std::function<void(ConditionTreeModel &, ConditionTreeController &)> apply;
};

class UndoEveryEdit : public ModelFixture, public ::testing::WithParamInterface<EditCase>
{
};

TEST_P(UndoEveryEdit, UndoRestoresAndRedoReapplies)
{
    GetParam().apply(*model, *controller);
    const QByteArray edited = json(model->rootNode());
    ASSERT_NE(edited, original);
    ASSERT_GE(undo.count(), 1);
    while (undo.canUndo())
        undo.undo();
    EXPECT_EQ(json(model->rootNode()), original);
    while (undo.canRedo())
        undo.redo();
    EXPECT_EQ(json(model->rootNode()), edited);
    while (undo.canUndo())
        undo.undo();
    EXPECT_EQ(json(model->rootNode()), original);
}

namespace {
int idOf(ConditionTreeModel &m, const QList<int> &path)
{
    return m.itemAtPath(path)->id();
}
QModelIndex indexAt(ConditionTreeModel &m, const QList<int> &path)
{
    return m.indexOf(m.itemAtPath(path));
}
} // namespace

INSTANTIATE_TEST_SUITE_P(
    Builder, UndoEveryEdit,
    ::
        testing::Values(EditCase{"Insert",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     c.execute(new InsertNodesCommand(
                                         &m, idOf(m, {}), 0,
                                         {ConditionTemplates::leaf("customer", "email")},
                                         "insert"));
                                 }},
                        EditCase{"Remove",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     c.removeNodes({idOf(m, {0}), idOf(m, {1})});
                                 }},
                        EditCase{"RemoveNested",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     c.execute(new RemoveNodesCommand(
                                         &m, {idOf(m, {1, 0, 0, 1}), idOf(m, {2})}, "remove"));
                                 }},
                        EditCase{"Move",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     c.moveNodes({idOf(m, {0})}, idOf(m, {}), 4, "move");
                                 }},
                        EditCase{"MoveDrop",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     std::unique_ptr<QMimeData> d(
                                         m.mimeData({indexAt(m, {3}), indexAt(m, {0})}));
                                     m.dropMimeData(d.get(), Qt::MoveAction, -1, 0,
                                                    indexAt(m, {1}));
                                 }},
                        EditCase{
                            "CopyDrop",
                            [](ConditionTreeModel &m, ConditionTreeController &c) {
                                std::unique_ptr<QMimeData> d(m.mimeData({indexAt(m, {1, 0, 0})}));
                                m.dropMimeData(d.get(), Qt::CopyAction, 0, 0, indexAt(m, {1, 0}));
                            }},
                        EditCase{
                            "FieldChange",
                            [](ConditionTreeModel &m, ConditionTreeController &c) {
                                ConditionNode f = m.itemAtPath({1, 0})->fields();
                                f.test.value = 2500;
                                c.execute(new SetFieldsCommand(&m, idOf(m, {1, 0}), f, "value"));
                            }},
                        EditCase{"MatchExpect",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     ConditionNode f = m.itemAtPath({})->fields();
                                     f.match = seg::Match::Any;
                                     f.expect = false;
                                     c.execute(new SetFieldsCommand(&m, idOf(m, {}), f, "switch"));
                                 }},
                        EditCase{"Mute",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     ConditionNode f = m.itemAtPath({2})->fields();
                                     f.enabled = false;
                                     c.execute(new SetFieldsCommand(&m, idOf(m, {2}), f, "mute"));
                                 }},
                        EditCase{"Unmute",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     ConditionNode f = m.itemAtPath({3})->fields();
                                     f.enabled = true;
                                     c.execute(new SetFieldsCommand(&m, idOf(m, {3}), f, "unmute"));
                                 }},
                        EditCase{"MergedTyping",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     for (const char *v : {"L", "Lo", "Lon", "Leeds"}) {
                                         ConditionNode f = m.itemAtPath({2, 1})->fields();
                                         f.test.value = QString::fromLatin1(v);
                                         c.execute(new SetFieldsCommand(&m, idOf(m, {2, 1}), f,
                                                                        "type", "value"));
                                     }
                                 }},
                        EditCase{"WrapInGroup",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     auto *macro = new QUndoCommand("wrap");
                                     auto *insert = new InsertNodesCommand(
                                         &m, idOf(m, {}), 0,
                                         {ConditionNode::combine(seg::Match::Any)}, {}, macro);
                                     new MoveNodesCommand(&m, {idOf(m, {0}), idOf(m, {3})},
                                                          insert->ids().first(), -1, {}, macro);
                                     c.execute(macro);
                                 }},
                        // The controller's own edits, as the builder's actions call them.
                        EditCase{"ControllerInsert",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     c.insertNode(idOf(m, {2}), 1,
                                                  ConditionTemplates::leaf("address", "postcode"),
                                                  "add");
                                 }},
                        EditCase{"ControllerWrap",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     c.wrapInGroup({m.itemAtPath({0}), m.itemAtPath({3})});
                                 }},
                        EditCase{"ControllerDuplicate",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     c.duplicate({m.itemAtPath({1, 0}), m.itemAtPath({2, 1})});
                                 }},
                        EditCase{"ControllerMute",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     c.setMuted({m.itemAtPath({1}), m.itemAtPath({2, 0})}, true);
                                 }},
                        EditCase{"ControllerUnmute",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     c.setMuted({m.itemAtPath({3})}, false);
                                 }},
                        EditCase{"ControllerMoveOutOfAGroup",
                                 [](ConditionTreeModel &m, ConditionTreeController &c) {
                                     c.moveNodes({idOf(m, {1, 1})}, idOf(m, {}), 0, "move");
                                 }},
                        // Drops the model carries out and the controller records.
                        EditCase{"RenestDrop",
                                 [](ConditionTreeModel &m, ConditionTreeController &) {
                                     std::unique_ptr<QMimeData> d(m.mimeData({indexAt(m, {2})}));
                                     ASSERT_TRUE(m.dropMimeData(d.get(), Qt::MoveAction, 1, 0,
                                                                indexAt(m, {1})));
                                 }},
                        EditCase{"MoveDropWithinAGroup",
                                 [](ConditionTreeModel &m, ConditionTreeController &) {
                                     std::unique_ptr<QMimeData> d(
                                         m.mimeData({indexAt(m, {0}), indexAt(m, {1})}));
                                     ASSERT_TRUE(m.dropMimeData(d.get(), Qt::MoveAction, -1, 0,
                                                                indexAt(m, {})));
                                 }},
                        EditCase{"PaletteDrop",
                                 [](ConditionTreeModel &m, ConditionTreeController &) {
                                     const ConditionNode leaf =
                                         ConditionTemplates::leaf("order", "status");
                                     ConditionNode scope =
                                         ConditionTemplates::ordersScope("number_of_orders");
                                     scope.children.push_back(leaf);
                                     std::unique_ptr<QMimeData> d(
                                         ConditionDragPayload::encodeAlternatives({leaf, scope}));
                                     ASSERT_TRUE(m.dropMimeData(d.get(), Qt::CopyAction, 2, 0,
                                                                indexAt(m, {})));
                                 }},
                        EditCase{"MultiCopyDrop",
                                 [](ConditionTreeModel &m, ConditionTreeController &) {
                                     std::unique_ptr<QMimeData> d(
                                         m.mimeData({indexAt(m, {0}), indexAt(m, {3})}));
                                     ASSERT_TRUE(m.dropMimeData(d.get(), Qt::CopyAction, 0, 0,
                                                                indexAt(m, {1})));
                                 }}),
    [](const ::testing::TestParamInfo<EditCase> &info) { return std::string(info.param.name); });

TEST_F(ModelFixture, MergedTypingIsOneUndoStep)
{
    for (const char *v : {"L", "Le", "Lee", "Leeds"}) {
        ConditionNode f = model->itemAtPath({2, 1})->fields();
        f.test.value = QString::fromLatin1(v);
        controller->execute(new SetFieldsCommand(model.get(), idAt({2, 1}), f, "type", "value"));
    }
    EXPECT_EQ(undo.count(), 1);
    undo.undo();
    EXPECT_EQ(json(model->rootNode()), original);
}

// --- random edit sequences against a plain reference tree ------------------------------

namespace {

// The reference: the same edits applied to a plain seg::ConditionNode tree.
ConditionNode &nodeAt(ConditionNode &root, const QList<int> &path)
{
    ConditionNode *n = &root;
    for (int r : path)
        n = &n->children[size_t(r)];
    return *n;
}

QList<QList<int>> allPaths(const ConditionTreeItem *item, QList<int> prefix = {})
{
    QList<QList<int>> out{prefix};
    for (int i = 0; i < item->childCount(); ++i) {
        QList<int> p = prefix;
        p << i;
        out += allPaths(item->child(i), p);
    }
    return out;
}

bool isPrefix(const QList<int> &a, const QList<int> &b) // a is b or an ancestor of b
{
    return a.size() <= b.size() && b.mid(0, a.size()) == a;
}

} // namespace

class RandomEdits : public ::testing::TestWithParam<quint32>
{
};

TEST_P(RandomEdits, TreeEqualsTheDefinitionJsonAfterEveryStep)
{
    QUndoStack undo;
    ConditionTreeModel model;
    ConditionTreeController controller(&model, &undo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRootNode(buildertest::fourLevel().conditions);
    ConditionNode reference = buildertest::fourLevel().conditions;
    const QByteArray original = json(reference);
    QRandomGenerator rng(GetParam());
    const QList<ConditionNode> leaves = {ConditionTemplates::leaf("customer", "email"),
                                         ConditionTemplates::leaf("cart", "subtotal"),
                                         ConditionTemplates::leaf("order", "status"),
                                         ConditionTemplates::leaf("address", "postcode"),
                                         ConditionTemplates::leaf("product", "sku"),
                                         ConditionNode::combine(seg::Match::Any, false),
                                         ConditionTemplates::ordersScope("number_of_orders"),
                                         ConditionTemplates::productsScope("wishlist")};

    int applied = 0;
    for (int step = 0; step < 120; ++step) {
        const QList<QList<int>> paths = allPaths(model.rootItem());
        const QList<int> path = paths[int(rng.bounded(quint32(paths.size())))];
        ConditionTreeItem *item = model.itemAtPath(path);
        switch (rng.bounded(5)) {
        case 0: { // insert a new node into a group
            if (!item->isGroup()) break;
            const ConditionNode n = leaves[int(rng.bounded(quint32(leaves.size())))];
            if (!item->accepts(n)) break;
            const int row = int(rng.bounded(quint32(item->childCount() + 1)));
            controller.execute(new InsertNodesCommand(&model, item->id(), row, {n}, "insert"));
            ConditionNode &p = nodeAt(reference, path);
            p.children.insert(p.children.begin() + row, n);
            ++applied;
            break;
        }
        case 1: { // remove a node
            if (path.isEmpty()) break;
            const QList<int> parentPath = path.mid(0, path.size() - 1);
            controller.removeNodes({item->id()});
            ConditionNode &p = nodeAt(reference, parentPath);
            p.children.erase(p.children.begin() + path.last());
            ++applied;
            break;
        }
        case 2: { // move a node somewhere it fits, through a drop
            if (path.isEmpty()) break;
            const QList<int> target = paths[int(rng.bounded(quint32(paths.size())))];
            ConditionTreeItem *dst = model.itemAtPath(target);
            std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(item)}));
            const int row = int(rng.bounded(quint32(dst->childCount() + 1)));
            const bool allowed =
                dst->isGroup() && !isPrefix(path, target) && dst->accepts(item->toNode());
            ASSERT_EQ(model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, model.indexOf(dst)),
                      allowed);
            if (!allowed) break;
            ASSERT_TRUE(model.dropMimeData(data.get(), Qt::MoveAction, row, 0, model.indexOf(dst)));
            // Reference: take the node out, then insert it before what was at `row`.
            const QList<int> parentPath = path.mid(0, path.size() - 1);
            const bool sameParent = parentPath == target;
            ConditionNode moving = nodeAt(reference, path);
            ConditionNode &src = nodeAt(reference, parentPath);
            src.children.erase(src.children.begin() + path.last());
            // The target path may shift when the removed node preceded one of its ancestors.
            QList<int> t = target;
            if (t.size() > parentPath.size() && t.mid(0, parentPath.size()) == parentPath &&
                t[parentPath.size()] > path.last())
                --t[parentPath.size()];
            int finalRow = sameParent && row > path.last() ? row - 1 : row;
            ConditionNode &d = nodeAt(reference, t);
            d.children.insert(d.children.begin() + finalRow, moving);
            ++applied;
            break;
        }
        case 3: { // mute or unmute
            if (path.isEmpty()) break;
            ConditionNode f = item->fields();
            f.enabled = !f.enabled;
            controller.execute(new SetFieldsCommand(&model, item->id(), f, "mute"));
            nodeAt(reference, path).enabled = f.enabled;
            ++applied;
            break;
        }
        case 4: { // a field change (JSON, as the NodeJsonRole carries it) through the controller
            ConditionNode f = item->fields();
            if (f.isGroup()) {
                f.match = f.match == seg::Match::All ? seg::Match::Any : seg::Match::All;
            } else if (f.kind == seg::NodeKind::Attribute) {
                f.test = {QStringLiteral("is_not_empty"), QJsonValue(QJsonValue::Undefined)};
            } else {
                break;
            }
            const QJsonObject o = seg::DefinitionCodec::nodeToJson(f);
            const QString scope = path.isEmpty() ? QString() : item->parent()->childScope();
            const seg::Result<ConditionNode> parsed =
                seg::DefinitionCodec::nodeFromJson(o, QStringLiteral("node"), scope);
            ASSERT_TRUE(parsed.ok());
            controller.setFields(item->id(), *parsed, "edit");
            ConditionNode &r = nodeAt(reference, path);
            r.match = f.match;
            r.test = f.test;
            ++applied;
            break;
        }
        }
        ASSERT_EQ(json(model.rootNode()), json(reference)) << "after step " << step;
    }
    EXPECT_GT(applied, 40);
    const QByteArray final = json(model.rootNode());
    while (undo.canUndo())
        undo.undo();
    EXPECT_EQ(json(model.rootNode()), original);
    while (undo.canRedo())
        undo.redo();
    EXPECT_EQ(json(model.rootNode()), final);
}

INSTANTIATE_TEST_SUITE_P(Builder, RandomEdits,
                         ::testing::Values(1u, 2u, 3u, 7u, 42u, 99u, 1234u, 2026u));

#include "buildertestdata.h"

#include "builder/conditionbuilderwidget.h"
#include "builder/conditionchooserdialog.h"
#include "builder/conditiondragpayload.h"
#include "builder/conditionpalette.h"
#include "builder/conditionroweditor.h"
#include "builder/conditiontreemodel.h"
#include "builder/conditiontreeview.h"
#include "definition/definitioncodec.h"
#include "store/connectionsettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>
#include <iostream>

using buildertest::json;
using seg::ConditionNode;

namespace {

class BuilderFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        widget = std::make_unique<ConditionBuilderWidget>();
        widget->resize(1280, 800);
        widget->show();
        widget->setDefinition(buildertest::fourLevel());
        model = widget->findChild<ConditionTreeModel *>();
        view = widget->findChild<ConditionTreeView *>(QStringLiteral("conditionTree"));
        ASSERT_TRUE(model && view);
        original = json(widget->definition().conditions);
        QCoreApplication::processEvents(); // let the deferred column widths run (test only)
    }

    ConditionTreeItem *itemAt(const QList<int> &path) const { return model->itemAtPath(path); }
    ConditionRowEditor *rowAt(const QList<int> &path) const
    {
        return qobject_cast<ConditionRowEditor *>(view->indexWidget(model->indexOf(itemAt(path))));
    }
    void select(const QList<int> &path) const
    {
        view->selectionModel()->setCurrentIndex(model->indexOf(itemAt(path)),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    }
    QAction *action(const char *name) const
    {
        return widget->findChild<QAction *>(QString::fromLatin1(name));
    }
    QByteArray current() const { return json(widget->definition().conditions); }

    std::unique_ptr<ConditionBuilderWidget> widget;
    ConditionTreeModel *model = nullptr;
    ConditionTreeView *view = nullptr;
    QByteArray original;
};

} // namespace

TEST_F(BuilderFixture, ShowsTheDefinitionWithAnEditorOnEveryRow)
{
    EXPECT_EQ(original, json(buildertest::fourLevel().conditions));
    EXPECT_TRUE(widget->isValid())
        << widget->validationMessages().join(QLatin1Char('\n')).toStdString();
    int rows = 0;
    model->rootItem()->forEach([&](const ConditionTreeItem *item) {
        ++rows;
        EXPECT_TRUE(qobject_cast<ConditionRowEditor *>(view->indexWidget(model->indexOf(item))))
            << "no editor for node " << item->id();
    });
    EXPECT_EQ(rows, 14);
    // The root group reads as a sentence with its two switchable words.
    const QList<QToolButton *> words =
        rowAt({})->findChildren<QToolButton *>(QStringLiteral("switchWord"));
    ASSERT_EQ(words.size(), 2);
    EXPECT_EQ(words[0]->text(), QStringLiteral("ALL"));
    EXPECT_EQ(words[1]->text(), QStringLiteral("TRUE"));
    // Everything but the definition's conditions passes through.
    EXPECT_EQ(widget->definition().code, QStringLiteral("uk-vip-christmas"));
    EXPECT_EQ(widget->definition().name, QStringLiteral("UK VIP Christmas shoppers"));
    EXPECT_EQ(widget->undoStack()->count(), 0);
}

TEST_F(BuilderFixture, SwitchWordsInPlaceAreUndoable)
{
    QSignalSpy changed(widget.get(), &ConditionBuilderWidget::definitionChanged);
    QList<QToolButton *> words =
        rowAt({1})->findChildren<QToolButton *>(QStringLiteral("switchWord"));
    ASSERT_EQ(words.size(), 2);
    EXPECT_EQ(words[0]->text(), QStringLiteral("ANY"));
    words[0]->click();
    EXPECT_EQ(itemAt({1})->fields().match, seg::Match::All);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    words = rowAt({1})->findChildren<QToolButton *>(QStringLiteral("switchWord"));
    ASSERT_EQ(words.size(), 2);
    EXPECT_EQ(words[0]->text(), QStringLiteral("ALL")) << "the row shows the switched word";
    words[1]->click();
    EXPECT_FALSE(itemAt({1})->fields().expect);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    words = rowAt({1})->findChildren<QToolButton *>(QStringLiteral("switchWord"));
    ASSERT_EQ(words.size(), 2);
    EXPECT_EQ(words[1]->text(), QStringLiteral("FALSE"));
    EXPECT_EQ(changed.count(), 2);
    widget->undoStack()->undo();
    widget->undoStack()->undo();
    EXPECT_EQ(current(), original);
    // The row shows the restored words.
    words = rowAt({1})->findChildren<QToolButton *>(QStringLiteral("switchWord"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    words = rowAt({1})->findChildren<QToolButton *>(QStringLiteral("switchWord"));
    ASSERT_EQ(words.size(), 2);
    EXPECT_EQ(words[0]->text(), QStringLiteral("ANY"));
}

TEST_F(BuilderFixture, TypingAValueIsOneUndoStepAndKeepsTheEditor)
{
    ConditionRowEditor *row = rowAt({2, 1}); // city != London
    QLineEdit *edit = nullptr;
    for (QLineEdit *e : row->findChildren<QLineEdit *>())
        if (e->text() == QStringLiteral("London")) edit = e;
    ASSERT_TRUE(edit);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Leeds"));
    EXPECT_EQ(itemAt({2, 1})->fields().test.value.toString(), QStringLiteral("Leeds"));
    EXPECT_EQ(widget->undoStack()->count(), 1);
    EXPECT_EQ(rowAt({2, 1}), row);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(row->findChildren<QLineEdit *>().contains(edit))
        << "typing must not rebuild the row";
    // The line edit's own undo (Ctrl+Z while it has the focus) keeps the model in step.
    edit->undo();
    EXPECT_EQ(itemAt({2, 1})->fields().test.value.toString(), edit->text());
    widget->undoStack()->undo();
    EXPECT_EQ(current(), original);
}

TEST_F(BuilderFixture, OperatorChangeAdaptsTheValue)
{
    ConditionRowEditor *row = rowAt({2, 0}); // country_id == GB
    QComboBox *op = nullptr;
    for (QComboBox *c : row->findChildren<QComboBox *>())
        if (c->currentData().toString() == QStringLiteral("==")) op = c;
    ASSERT_TRUE(op);
    const int in = op->findData(QStringLiteral("in"));
    ASSERT_GE(in, 0);
    op->setCurrentIndex(in);
    emit op->activated(in);
    const ConditionNode f = itemAt({2, 0})->fields();
    EXPECT_EQ(f.test.op, QStringLiteral("in"));
    EXPECT_EQ(f.test.value, QJsonValue(QJsonArray{QStringLiteral("GB")}));
    EXPECT_TRUE(widget->isValid());
    // The row now offers a multi-select with the chosen value.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    bool listShown = false;
    for (QLineEdit *e : rowAt({2, 0})->findChildren<QLineEdit *>())
        listShown = listShown ||
                    (e->text() == QStringLiteral("GB") && e->placeholderText().contains("commas"));
    EXPECT_TRUE(listShown);
    EXPECT_TRUE(rowAt({2, 0})->findChild<QToolButton *>())
        << "a Choose… button for the country list";
    widget->undoStack()->undo();
    EXPECT_EQ(current(), original);
}

TEST_F(BuilderFixture, InvalidNodesAreHighlightedWithTheValidatorsMessage)
{
    seg::SegmentDefinition d = buildertest::fourLevel();
    d.conditions.children[2].children[1].test.value = 42; // city: expected a string
    d.conditions.children[1].children[0].test.op = QStringLiteral("contains"); // not for a number
    widget->setDefinition(d);
    EXPECT_FALSE(widget->isValid());
    const QStringList messages = widget->validationMessages();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_TRUE(
        messages.join(QLatin1Char('\n')).contains(QStringLiteral("expected a string, got 42")));
    EXPECT_TRUE(messages.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("operator \"contains\" does not apply")));
    EXPECT_EQ(model->data(model->indexOf(itemAt({2, 1})), ConditionTreeModel::ErrorRole).toString(),
              QStringLiteral("expected a string, got 42"));
    EXPECT_TRUE(model->data(model->indexOf(itemAt({1, 0})), ConditionTreeModel::ErrorRole)
                    .toString()
                    .contains("contains"));
    EXPECT_TRUE(model->data(model->indexOf(itemAt({2, 0})), ConditionTreeModel::ErrorRole)
                    .toString()
                    .isEmpty());
    EXPECT_FALSE(action("showSqlAction")->isEnabled());
    if (const QString dir = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QCoreApplication::processEvents();
        QDir().mkpath(dir);
        EXPECT_TRUE(widget->grab().save(dir + QStringLiteral("/builder-invalid.png")));
    }
    // Fixing it through the editor clears the highlight.
    QLineEdit *edit = rowAt({2, 1})->findChild<QLineEdit *>();
    ASSERT_TRUE(edit);
    edit->setText(QString());
    QTest::keyClicks(edit, QStringLiteral("York"));
    ConditionNode f = itemAt({1, 0})->fields();
    f.test.op = QStringLiteral(">=");
    widget->undoStack()->push(new QUndoCommand); // an unrelated step must not break anything
    QJsonObject o = seg::DefinitionCodec::nodeToJson(f);
    ASSERT_TRUE(
        model->setData(model->indexOf(itemAt({1, 0})), o, ConditionTreeModel::NodeJsonRole));
    EXPECT_TRUE(widget->isValid())
        << widget->validationMessages().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(model->data(model->indexOf(itemAt({2, 1})), ConditionTreeModel::ErrorRole)
                    .toString()
                    .isEmpty());
}

// Every keyboard-reachable action, undone back to the original JSON (table-driven).
struct WidgetEdit
{
    const char *name;
    QList<int> select;
    const char *action;
    std::function<void(const QByteArray &before, const QByteArray &after, ConditionTreeModel &)>
        check;
};

class BuilderActions : public BuilderFixture, public ::testing::WithParamInterface<WidgetEdit>
{
};

TEST_P(BuilderActions, ActionEditsAndUndoRestores)
{
    select(GetParam().select);
    QAction *a = action(GetParam().action);
    ASSERT_TRUE(a) << GetParam().action;
    ASSERT_TRUE(a->isEnabled());
    EXPECT_FALSE(a->shortcuts().isEmpty()) << "every action has a key";
    a->trigger();
    const QByteArray after = current();
    EXPECT_NE(after, original);
    GetParam().check(original, after, *model);
    // The rows follow the model: one editor per node still.
    model->rootItem()->forEach([&](const ConditionTreeItem *item) {
        EXPECT_TRUE(view->indexWidget(model->indexOf(item)));
    });
    while (widget->undoStack()->canUndo())
        widget->undoStack()->undo();
    EXPECT_EQ(current(), original);
    while (widget->undoStack()->canRedo())
        widget->undoStack()->redo();
    EXPECT_EQ(current(), after);
}

INSTANTIATE_TEST_SUITE_P(
    Builder, BuilderActions,
    ::testing::Values(
        WidgetEdit{"Delete",
                   {2},
                   "deleteAction",
                   [](auto &, auto &, ConditionTreeModel &m) { EXPECT_EQ(m.nodeCount(), 11); }},
        WidgetEdit{"Duplicate",
                   {1, 1},
                   "duplicateAction",
                   [](auto &, auto &, ConditionTreeModel &m) {
                       EXPECT_EQ(m.nodeCount(), 17);
                       EXPECT_EQ(m.itemAtPath({1, 2})->fields().kind, seg::NodeKind::ProductsScope);
                   }},
        WidgetEdit{"Mute",
                   {0},
                   "muteAction",
                   [](auto &, auto &, ConditionTreeModel &m) {
                       EXPECT_FALSE(m.itemAtPath({0})->fields().enabled);
                   }},
        WidgetEdit{"Unmute",
                   {3},
                   "muteAction",
                   [](auto &, auto &, ConditionTreeModel &m) {
                       EXPECT_TRUE(m.itemAtPath({3})->fields().enabled);
                   }},
        WidgetEdit{
            "Wrap",
            {2, 1},
            "wrapAction",
            [](auto &, auto &, ConditionTreeModel &m) {
                EXPECT_EQ(m.itemAtPath({2, 1})->fields().kind, seg::NodeKind::Combine);
                EXPECT_EQ(m.itemAtPath({2, 1, 0})->fields().attribute, QStringLiteral("city"));
            }},
        WidgetEdit{"MoveUp",
                   {2},
                   "moveUpAction",
                   [](auto &, auto &, ConditionTreeModel &m) {
                       EXPECT_EQ(m.itemAtPath({1})->fields().kind, seg::NodeKind::AddressScope);
                   }},
        WidgetEdit{"MoveDown",
                   {0},
                   "moveDownAction",
                   [](auto &, auto &, ConditionTreeModel &m) {
                       EXPECT_EQ(m.itemAtPath({1})->fields().attribute,
                                 QStringLiteral("is_active"));
                   }},
        WidgetEdit{"MoveOutOfGroup",
                   {1, 0},
                   "moveUpAction",
                   [](auto &, auto &, ConditionTreeModel &m) {
                       // At the top of the ANY group: the orders scope steps out, before it.
                       EXPECT_EQ(m.itemAtPath({1})->fields().kind, seg::NodeKind::OrdersScope);
                       EXPECT_EQ(m.itemAtPath({2})->childCount(), 1);
                   }},
        WidgetEdit{"AddGroup",
                   {1},
                   "addGroupAction",
                   [](auto &, auto &, ConditionTreeModel &m) {
                       EXPECT_EQ(m.itemAtPath({1, 2})->fields().kind, seg::NodeKind::Combine);
                   }}),
    [](const ::testing::TestParamInfo<WidgetEdit> &info) { return std::string(info.param.name); });

TEST_F(BuilderFixture, PaletteEntryIsAddedWhereTheCursorIs)
{
    auto *palette = widget->findChild<ConditionPalette *>();
    ASSERT_TRUE(palette);
    palette->setFilter(QStringLiteral("Payment method"));
    const ConditionTemplate *entry = palette->currentTemplate();
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->label, QStringLiteral("Order: Payment method"));
    // Cursor in the orders scope's group: the plain order leaf goes there.
    select({1, 0, 0});
    emit palette->templateActivated(*entry);
    EXPECT_EQ(itemAt({1, 0, 0, 2})->fields().attribute, QStringLiteral("payment_method"));
    // Cursor on a customer leaf at the top: a new orders scope after it, holding the leaf.
    select({0});
    emit palette->templateActivated(*entry);
    EXPECT_EQ(itemAt({1})->fields().kind, seg::NodeKind::OrdersScope);
    EXPECT_EQ(itemAt({1, 0})->fields().attribute, QStringLiteral("payment_method"));
    EXPECT_EQ(widget->undoStack()->count(), 2);
    widget->undoStack()->undo();
    widget->undoStack()->undo();
    EXPECT_EQ(current(), original);
}

TEST_F(BuilderFixture, PaletteOffersEveryCatalogCategory)
{
    auto *palette = widget->findChild<ConditionPalette *>();
    QStringList categories;
    for (int i = 0; i < palette->tree()->topLevelItemCount(); ++i)
        categories << palette->tree()->topLevelItem(i)->text(0);
    for (const char *c :
         {"Customer", "Address", "Orders and lifetime value", "Ordered products", "Cart",
          "Cart products", "Wishlist", "Viewed products", "Newsletter", "Other segments"})
        EXPECT_TRUE(categories.contains(QString::fromLatin1(c))) << c;
}

TEST_F(BuilderFixture, MovingUpNeverLeavesAScope)
{
    // The group inside the orders scope holds order conditions: it may not step out of it.
    select({1, 0, 0});
    action("moveUpAction")->trigger();
    EXPECT_EQ(current(), original);
    EXPECT_EQ(widget->undoStack()->count(), 0);
}

TEST_F(BuilderFixture, KeyboardShortcutsReachTheActions)
{
    QApplication::setActiveWindow(widget.get());
    view->setFocus();
    select({2});
    QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier);
    EXPECT_FALSE(itemAt({2})->fields().enabled);
    QTest::keyClick(view, Qt::Key_Delete);
    EXPECT_EQ(model->nodeCount(), 11);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(current(), original);
    // F2 puts the focus into the current row's first field.
    select({2, 1});
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *focused = QApplication::focusWidget();
    ASSERT_TRUE(focused);
    EXPECT_TRUE(rowAt({2, 1})->isAncestorOf(focused));
}

TEST_F(BuilderFixture, EightLevelsKeepEveryEditorWhole)
{
    // root > 7 nested groups > a leaf: nine rows, the deepest at level 8.
    seg::SegmentDefinition d = buildertest::fourLevel();
    ConditionNode leaf = d.conditions.children[0];
    leaf.attribute = QStringLiteral("email");
    leaf.test = {QStringLiteral("ends_with"), QStringLiteral("@example.com")};
    ConditionNode chain = leaf;
    for (int i = 0; i < 7; ++i) {
        ConditionNode g =
            ConditionNode::combine(i % 2 ? seg::Match::Any : seg::Match::All, i % 3 != 0);
        g.children.push_back(chain);
        chain = g;
    }
    d.conditions.children = {chain};
    widget->setDefinition(d);
    QCoreApplication::processEvents();
    ConditionTreeItem *deepest = model->rootItem();
    while (deepest->childCount() > 0)
        deepest = deepest->child(0);
    EXPECT_EQ(deepest->depth(), 9);
    deepest->forEach([](const ConditionTreeItem *) {});
    model->rootItem()->forEach([&](const ConditionTreeItem *item) {
        QWidget *editor = view->indexWidget(model->indexOf(item));
        ASSERT_TRUE(editor);
        EXPECT_GE(editor->width(), editor->sizeHint().width())
            << "clipped editor at depth " << item->depth();
        EXPECT_GE(editor->height(), editor->sizeHint().height() - 2);
    });
    EXPECT_EQ(json(widget->definition().conditions), json(d.conditions));
    const QString dir = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        EXPECT_TRUE(widget->grab().save(dir + QStringLiteral("/builder-eight-levels.png")));
    }
}

// The builder on the demo store with counts, saved as docs/screenshots/builder.png when
// SEGMENTOR_SCREENSHOT_DIR is set (and SEGMENTOR_BUILDER_DEMO_DB names a demo store).
TEST_F(BuilderFixture, Screenshot)
{
    const QString db = qEnvironmentVariable("SEGMENTOR_BUILDER_DEMO_DB");
    if (!db.isEmpty() && QFileInfo::exists(db)) {
        auto settings = seg::ConnectionSettings::fromUrl(QStringLiteral("sqlite:///") +
                                                         QFileInfo(db).absoluteFilePath());
        ASSERT_TRUE(settings) << settings.error().toString().toStdString();
        widget->setStore(settings.value());
        QLabel *label = widget->findChild<QLabel *>(QStringLiteral("totalCount"));
        ASSERT_TRUE(label);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !label->text().isEmpty(); }, 60000));
        // The per-condition counts arrive too.
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                return model->data(model->indexOf(itemAt({2, 0})), ConditionTreeModel::CountRole)
                    .isValid();
            },
            60000));
        QTest::qWait(1500); // the pick lists (country names) arrive too
    }
    select({1, 0, 0, 1});
    const QImage image = widget->grab().toImage();
    EXPECT_EQ(image.size(), QSize(1280, 800));
    const QString dir = qEnvironmentVariable("SEGMENTOR_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        EXPECT_TRUE(image.save(dir + QStringLiteral("/builder.png")));
    }
    // The segment editor embeds the builder in a smaller window: nothing may clip there either.
    if (const QString compact = qEnvironmentVariable("SEGMENTOR_BUILDER_COMPACT_SHOT");
        !compact.isEmpty()) {
        widget->resize(1080, 640);
        QCoreApplication::processEvents();
        EXPECT_TRUE(widget->grab().save(compact));
    }
}

namespace {

// Sends a drag over `target`'s row and drops it there (the middle of the row: onto it).
bool dropOnRow(ConditionTreeView *view, const QModelIndex &target, QMimeData *data,
               Qt::DropActions actions, Qt::KeyboardModifiers modifiers)
{
    const QPoint pos = view->visualRect(target).center();
    QDragEnterEvent enter(pos, actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(pos, actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(view->viewport(), &move);
    if (!move.isAccepted()) return false;
    QDropEvent drop(QPointF(pos), actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(view->viewport(), &drop);
    return drop.isAccepted();
}

} // namespace

TEST_F(BuilderFixture, DropsThroughTheViewMoveCopyAndRefuse)
{
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    view->scrollToTop();
    // A plain drag inside the tree proposes a move (QDrag::exec(..., Qt::MoveAction)); synthetic
    // events have no QDrag, so the moves below offer the move alone.
    // Move the "is active" leaf onto the address scope? Refused: a customer leaf does not fit.
    std::unique_ptr<QMimeData> leaf(model->mimeData({model->indexOf(itemAt({0}))}));
    EXPECT_FALSE(
        dropOnRow(view, model->indexOf(itemAt({2})), leaf.get(), Qt::MoveAction, Qt::NoModifier));
    EXPECT_EQ(current(), original);
    // Over a leaf's row the view never offers the leaf as the parent (the model refuses that,
    // see DropOntoALeafIsRefused): the node lands beside the leaf, in the leaf's group.
    EXPECT_TRUE(
        dropOnRow(view, model->indexOf(itemAt({3})), leaf.get(), Qt::MoveAction, Qt::NoModifier));
    EXPECT_EQ(model->nodeCount(), 14);
    EXPECT_EQ(model->rowCount(model->indexOf(itemAt({}))), 4);
    EXPECT_NE(itemAt({0})->fields().attribute, QStringLiteral("is_active"));
    widget->undoStack()->undo();
    EXPECT_EQ(current(), original);
    // Onto the ANY group: moved into it, nothing removed.
    EXPECT_TRUE(
        dropOnRow(view, model->indexOf(itemAt({1})), leaf.get(), Qt::MoveAction, Qt::NoModifier));
    EXPECT_EQ(itemAt({0})->fields().kind, seg::NodeKind::Combine);
    EXPECT_EQ(itemAt({0, 2})->fields().attribute, QStringLiteral("is_active"));
    EXPECT_EQ(model->nodeCount(), 14);
    EXPECT_EQ(removed.count(), 0);
    // With Ctrl held: a copy of the address scope into the ANY group (now row 0).
    std::unique_ptr<QMimeData> scope(model->mimeData({model->indexOf(itemAt({1}))}));
    EXPECT_TRUE(dropOnRow(view, model->indexOf(itemAt({0})), scope.get(),
                          Qt::MoveAction | Qt::CopyAction, Qt::ControlModifier));
    EXPECT_EQ(model->nodeCount(), 17);
    EXPECT_EQ(itemAt({1})->fields().kind, seg::NodeKind::AddressScope);
    EXPECT_EQ(removed.count(), 0);
    // A group into its own subtree: refused.
    std::unique_ptr<QMimeData> group(model->mimeData({model->indexOf(itemAt({0}))}));
    EXPECT_FALSE(dropOnRow(view, model->indexOf(itemAt({0, 0, 0})), group.get(), Qt::MoveAction,
                           Qt::NoModifier));
    EXPECT_EQ(widget->undoStack()->count(), 2); // the undone beside-the-leaf move was dropped
    widget->undoStack()->undo();
    widget->undoStack()->undo();
    EXPECT_EQ(current(), original);
}

// The drops the model carries out are recorded by the controller: undo and redo replay them,
// and every row keeps its editor.
TEST_F(BuilderFixture, DropsThroughTheViewRedoAfterUndo)
{
    view->scrollToTop();
    // Re-nest: the address scope into the ANY group.
    std::unique_ptr<QMimeData> scope(model->mimeData({model->indexOf(itemAt({2}))}));
    ASSERT_TRUE(
        dropOnRow(view, model->indexOf(itemAt({1})), scope.get(), Qt::MoveAction, Qt::NoModifier));
    EXPECT_EQ(itemAt({1, 2})->fields().kind, seg::NodeKind::AddressScope);
    // Ctrl-drag: a copy of the "is active" leaf into the ANY group.
    std::unique_ptr<QMimeData> leaf(model->mimeData({model->indexOf(itemAt({0}))}));
    ASSERT_TRUE(dropOnRow(view, model->indexOf(itemAt({1})), leaf.get(),
                          Qt::MoveAction | Qt::CopyAction, Qt::ControlModifier));
    EXPECT_EQ(model->nodeCount(), 15);
    ASSERT_EQ(widget->undoStack()->count(), 2);
    EXPECT_EQ(widget->undoStack()->text(0), QStringLiteral("Move condition"));
    EXPECT_EQ(widget->undoStack()->text(1), QStringLiteral("Copy condition"));
    const QByteArray after = current();
    widget->undoStack()->undo();
    widget->undoStack()->undo();
    EXPECT_EQ(current(), original);
    widget->undoStack()->redo();
    widget->undoStack()->redo();
    EXPECT_EQ(current(), after);
    model->rootItem()->forEach([&](const ConditionTreeItem *item) {
        EXPECT_TRUE(qobject_cast<ConditionRowEditor *>(view->indexWidget(model->indexOf(item))))
            << "no editor for node " << item->id();
    });
    widget->undoStack()->undo();
    widget->undoStack()->undo();
    EXPECT_EQ(current(), original);
}

TEST_F(BuilderFixture, SwitchWordsRedoAfterUndo)
{
    QList<QToolButton *> words =
        rowAt({1})->findChildren<QToolButton *>(QStringLiteral("switchWord"));
    ASSERT_EQ(words.size(), 2);
    words[0]->click(); // ANY -> ALL
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    words = rowAt({1})->findChildren<QToolButton *>(QStringLiteral("switchWord"));
    ASSERT_EQ(words.size(), 2);
    words[1]->click(); // TRUE -> FALSE
    const QByteArray after = current();
    EXPECT_EQ(itemAt({1})->fields().match, seg::Match::All);
    EXPECT_FALSE(itemAt({1})->fields().expect);
    widget->undoStack()->undo();
    widget->undoStack()->undo();
    EXPECT_EQ(current(), original);
    widget->undoStack()->redo();
    widget->undoStack()->redo();
    EXPECT_EQ(current(), after);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    words = rowAt({1})->findChildren<QToolButton *>(QStringLiteral("switchWord"));
    ASSERT_EQ(words.size(), 2);
    EXPECT_EQ(words[0]->text(), QStringLiteral("ALL"));
    EXPECT_EQ(words[1]->text(), QStringLiteral("FALSE"));
}

TEST_F(BuilderFixture, ClickingARowsWordsSelectsTheRow)
{
    // The labels of a row let the mouse through to the view: a click (or the start of a drag)
    // on them acts on the row.
    ConditionRowEditor *row = rowAt({2, 1});
    QLabel *chip = row->findChild<QLabel *>(QStringLiteral("entityChip"));
    ASSERT_TRUE(chip);
    EXPECT_TRUE(chip->testAttribute(Qt::WA_TransparentForMouseEvents));
    const QPoint inRow = chip->geometry().center();
    QTest::mouseClick(row, Qt::LeftButton, Qt::NoModifier, inRow);
    EXPECT_EQ(view->currentIndex(), model->indexOf(itemAt({2, 1})));
    EXPECT_TRUE(action("deleteAction")->isEnabled());
}

TEST_F(BuilderFixture, PaletteDragPayloadDropsIntoTheTree)
{
    auto *palette = widget->findChild<ConditionPalette *>();
    palette->setFilter(QStringLiteral("Wishlist"));
    QTreeWidgetItem *entry = palette->tree()->currentItem();
    ASSERT_TRUE(entry);
    // What a drag from the palette carries: the builder's MIME type.
    std::unique_ptr<QMimeData> data(
        palette->tree()->model()->mimeData({palette->tree()->currentIndex()}));
    ASSERT_TRUE(data && data->hasFormat(ConditionDragPayload::mimeType()));
    ASSERT_TRUE(model->dropMimeData(data.get(), Qt::CopyAction, 1, 0, model->indexOf(itemAt({}))));
    EXPECT_EQ(itemAt({1})->fields().kind, seg::NodeKind::ProductsScope);
    EXPECT_EQ(itemAt({1})->fields().source, QStringLiteral("wishlist"));
    EXPECT_TRUE(rowAt({1})) << "the new node has its editor";
    widget->undoStack()->undo();
    EXPECT_EQ(current(), original);
}

TEST_F(BuilderFixture, MultiSelectChecklistForInOperators)
{
    seg::SegmentDefinition d = buildertest::fourLevel();
    seg::ConditionNode gender = d.conditions.children[0];
    gender.attribute = QStringLiteral("gender");
    gender.test = {QStringLiteral("in"), QJsonArray{QStringLiteral("female")}};
    d.conditions.children[0] = gender;
    widget->setDefinition(d);
    ConditionRowEditor *row = rowAt({0});
    auto *choose = row->findChild<QToolButton *>();
    ASSERT_TRUE(choose && choose->menu());
    emit choose->menu()->aboutToShow();
    auto *list = choose->menu()->findChild<QListWidget *>();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->count(), 3); // male, female, not specified
    QListWidgetItem *male = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == QStringLiteral("female"))
            EXPECT_EQ(list->item(i)->checkState(), Qt::Checked);
        if (list->item(i)->data(Qt::UserRole).toString() == QStringLiteral("male"))
            male = list->item(i);
    }
    ASSERT_TRUE(male);
    male->setCheckState(Qt::Checked);
    EXPECT_EQ(itemAt({0})->fields().test.value,
              QJsonValue(QJsonArray{QStringLiteral("female"), QStringLiteral("male")}));
    EXPECT_TRUE(widget->isValid());
    widget->undoStack()->undo();
    EXPECT_EQ(itemAt({0})->fields().test.value, QJsonValue(QJsonArray{QStringLiteral("female")}));
}

TEST_F(BuilderFixture, TwoHundredConditionsLoadQuickly)
{
    seg::SegmentDefinition d = buildertest::fourLevel();
    const seg::ConditionNode group = d.conditions.children[1];
    d.conditions.children.clear();
    for (int i = 0; i < 25; ++i) // 25 copies of an 8-node subtree: 200 conditions
        d.conditions.children.push_back(group);
    QElapsedTimer timer;
    timer.start();
    widget->setDefinition(d);
    QCoreApplication::processEvents();
    const qint64 ms = timer.elapsed();
    EXPECT_EQ(model->nodeCount(), 201);
    std::cout << "[ figure   ] setDefinition with 200 conditions, editors on every row: " << ms
              << " ms" << std::endl;
    EXPECT_LT(ms, 5000);
    timer.restart();
    select({3});
    action("duplicateAction")->trigger();
    QCoreApplication::processEvents();
    std::cout << "[ figure   ] duplicate an 8-node group in a 200-node tree (revalidate included): "
              << timer.elapsed() << " ms" << std::endl;
    EXPECT_EQ(model->nodeCount(), 209);
}

TEST(ConditionChooser, FilterAndEnterChooseATemplate)
{
    ConditionChooserDialog dialog;
    dialog.show();
    QLineEdit *filter = dialog.palette()->filterEdit();
    QTest::keyClicks(filter, QStringLiteral("lifetime sales"));
    QTest::keyClick(filter, Qt::Key_Return);
    ASSERT_TRUE(dialog.chosen());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.chosen()->alternatives.first().kind, seg::NodeKind::OrdersScope);
    EXPECT_EQ(dialog.chosen()->alternatives.first().metric, QStringLiteral("lifetime_sales"));
}

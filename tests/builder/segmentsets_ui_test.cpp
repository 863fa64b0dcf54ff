// Issue #17, items 5 and 6 in the widgets: the reference row's "by their stored members",
// the palette entry, the split dialog, and screenshots of the builder with a stored-members
// reference and of the set-operation action.
#include "builder/conditionbuilderwidget.h"
#include "builder/conditionroweditor.h"
#include "builder/conditiontemplates.h"
#include "builder/conditiontreemodel.h"
#include "builder/conditiontreeview.h"
#include "definition/definitioncodec.h"
#include "editor/segmenteditordialog.h"
#include "segments/segmentlistmodel.h"
#include "segments/segmentlistpane.h"
#include "segments/splitsegmentdialog.h"
#include "store/connectionsettings.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using seg::ConditionNode;
using seg::NodeKind;

namespace {

// On the demo store's examples (segmentor-cli demo, the examples imported and refreshed).
const char *kStored = R"({
  "segmentor": 1, "code": "loyal-vip", "name": "Loyal VIPs, as listed", "apply_to": "all",
  "conditions": { "type": "combine", "match": "all", "expect": true, "conditions": [
    { "type": "segment", "operator": "in", "value": ["vip-platinum"], "of": "members" },
    { "type": "segment", "operator": "not_in", "value": ["lapsed-buyers"], "of": "members" },
    { "type": "segment", "operator": "in", "value": ["uk-christmas-shoppers", "cart-abandoners"] }
  ] }
})";

QString screenshotDir()
{
    return qEnvironmentVariable("SEGMENTOR_SCREENSHOT_DIR");
}

std::optional<seg::ConnectionSettings> demoStore()
{
    const QString db = qEnvironmentVariable("SEGMENTOR_BUILDER_DEMO_DB");
    if (db.isEmpty() || !QFileInfo::exists(db)) return std::nullopt;
    auto settings = seg::ConnectionSettings::fromUrl(QStringLiteral("sqlite:///") +
                                                     QFileInfo(db).absoluteFilePath());
    if (!settings) return std::nullopt;
    return *settings;
}

class StoredMembersBuilder : public ::testing::Test
{
protected:
    void SetUp() override
    {
        widget = std::make_unique<ConditionBuilderWidget>();
        widget->resize(1280, 520);
        widget->show();
        widget->setDefinition(seg::DefinitionCodec::fromJson(kStored).value());
        model = widget->findChild<ConditionTreeModel *>();
        view = widget->findChild<ConditionTreeView *>(QStringLiteral("conditionTree"));
        ASSERT_TRUE(model && view);
        QCoreApplication::processEvents();
    }
    ConditionRowEditor *rowAt(const QList<int> &path) const
    {
        return qobject_cast<ConditionRowEditor *>(
            view->indexWidget(model->indexOf(model->itemAtPath(path))));
    }

    std::unique_ptr<ConditionBuilderWidget> widget;
    ConditionTreeModel *model = nullptr;
    ConditionTreeView *view = nullptr;
};

TEST(StoredMembersPalette, OffersAReferenceToStoredMemberLists)
{
    bool stored = false, byConditions = false;
    for (const ConditionTemplateGroup &g : ConditionTemplates::all())
        for (const ConditionTemplate &t : g.templates) {
            const ConditionNode &n = t.alternatives.first();
            if (n.kind != NodeKind::SegmentReference) continue;
            EXPECT_EQ(g.typeId.toStdString(), "segment");
            (n.referenceOf == QLatin1String("members") ? stored : byConditions) = true;
        }
    EXPECT_TRUE(stored && byConditions);
}

TEST_F(StoredMembersBuilder, ReferenceRowSwitchesWhatItReadsWithUndo)
{
    QComboBox *of = rowAt({0})->findChild<QComboBox *>(QStringLiteral("referenceOfCombo"));
    ASSERT_TRUE(of);
    EXPECT_EQ(of->count(), 2);
    EXPECT_EQ(of->currentData().toString().toStdString(), "members");
    QComboBox *third = rowAt({2})->findChild<QComboBox *>(QStringLiteral("referenceOfCombo"));
    ASSERT_TRUE(third);
    EXPECT_TRUE(third->currentData().toString().isEmpty()); // by conditions, the default

    of->setCurrentIndex(of->findData(QString()));
    emit of->activated(of->currentIndex());
    EXPECT_TRUE(model->itemAtPath({0})->fields().referenceOf.isEmpty());
    EXPECT_FALSE(seg::DefinitionCodec::nodeToJson(model->itemAtPath({0})->fields())
                     .contains(QStringLiteral("of")));
    widget->undoStack()->undo();
    EXPECT_EQ(model->itemAtPath({0})->fields().referenceOf.toStdString(), "members");
    widget->undoStack()->redo();
    EXPECT_TRUE(model->itemAtPath({0})->fields().referenceOf.isEmpty());
}

// docs/screenshots/builder-stored-members.png (counts when SEGMENTOR_BUILDER_DEMO_DB names a
// demo store with the examples saved and refreshed).
TEST_F(StoredMembersBuilder, Screenshot)
{
    if (const auto store = demoStore()) {
        widget->setStore(*store);
        QLabel *label = widget->findChild<QLabel *>(QStringLiteral("totalCount"));
        ASSERT_TRUE(label);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !label->text().isEmpty(); }, 120000));
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                for (int i = 0; i < 3; ++i)
                    if (!model
                             ->data(model->indexOf(model->itemAtPath({i})),
                                    ConditionTreeModel::CountRole)
                             .isValid())
                        return false;
                return true;
            },
            120000));
        QTest::qWait(500);
    }
    if (screenshotDir().isEmpty()) GTEST_SKIP() << "set SEGMENTOR_SCREENSHOT_DIR";
    QDir().mkpath(screenshotDir());
    EXPECT_TRUE(
        widget->grab().save(screenshotDir() + QStringLiteral("/builder-stored-members.png")));
}

TEST(SplitDialog, OffersAShareAndASeedAndRefusesABlankSeed)
{
    SplitSegmentDialog dialog(QStringLiteral("vip"));
    dialog.show();
    EXPECT_DOUBLE_EQ(dialog.percent(), 10);
    EXPECT_EQ(dialog.seed(), QStringLiteral("vip-") + QDate::currentDate().toString(Qt::ISODate));
    EXPECT_DOUBLE_EQ(dialog.percentBox()->minimum(), 0.01);
    EXPECT_DOUBLE_EQ(dialog.percentBox()->maximum(), 99.99);
    dialog.percentBox()->setValue(12.5);
    EXPECT_DOUBLE_EQ(dialog.percent(), 12.5);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_TRUE(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    dialog.seedEdit()->setText(QStringLiteral("   "));
    EXPECT_FALSE(ok->isEnabled());
    dialog.seedEdit()->setText(QStringLiteral(" spring-2027 "));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.seed().toStdString(), "spring-2027");
    if (!screenshotDir().isEmpty()) {
        QDir().mkpath(screenshotDir());
        EXPECT_TRUE(dialog.grab().save(screenshotDir() + QStringLiteral("/split-dialog.png")));
    }
    ok->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

// docs/screenshots/set-operation.png: two segments selected, their context menu with the set
// operations, and the union opened in the editor for review (needs the demo store).
TEST(SetOperationScreenshot, UnionOpensForReview)
{
    const auto store = demoStore();
    if (!store) GTEST_SKIP() << "set SEGMENTOR_BUILDER_DEMO_DB to a demo store with the examples";
    SegmentListPane pane;
    pane.resize(1100, 420);
    pane.show();
    pane.setStore(*store);
    ASSERT_TRUE(QTest::qWaitFor([&] { return pane.model()->rowCount() >= 2; }, 60000));
    pane.selectCodes({QStringLiteral("vip-platinum"), QStringLiteral("lapsed-buyers")});
    ASSERT_EQ(pane.selectedCodes().size(), 2);
    EXPECT_TRUE(pane.unionAction()->isEnabled());
    EXPECT_TRUE(pane.differenceAction()->isEnabled());
    EXPECT_FALSE(pane.splitAction()->isEnabled());

    SegmentEditorDialog *editor = nullptr;
    QObject::connect(&pane, &SegmentListPane::editorOpened,
                     [&](SegmentEditorDialog *e) { editor = e; });
    if (!screenshotDir().isEmpty()) {
        QMenu menu;
        menu.addActions(pane.view()->actions());
        menu.adjustSize();
        QPixmap shot = pane.grab();
        QPainter painter(&shot);
        painter.drawPixmap(QPoint(260, 60), menu.grab());
        painter.end();
        QDir().mkpath(screenshotDir());
        EXPECT_TRUE(shot.save(screenshotDir() + QStringLiteral("/set-operation.png")));
    }
    pane.differenceAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor != nullptr; }, 60000))
        << pane.lastMessage().toStdString();
    const seg::SegmentDefinition d = editor->definition();
    EXPECT_TRUE(d.code.startsWith(QLatin1String("vip-platinum-not-")) ||
                d.code.startsWith(QLatin1String("lapsed-buyers-not-")))
        << d.code.toStdString();
    EXPECT_FALSE(d.active);
    ASSERT_EQ(d.conditions.children.size(), 2u);
    EXPECT_EQ(d.conditions.children[1].test.op.toStdString(), "not_in");
    EXPECT_EQ(d.conditions.children[0].referenceOf.toStdString(), "members");
    EXPECT_TRUE(editor->originalCode().isEmpty()); // new: saving creates it
    if (!screenshotDir().isEmpty()) {
        editor->resize(1100, 560);
        auto *tabs = editor->findChild<QTabWidget *>();
        ASSERT_TRUE(tabs);
        tabs->setCurrentIndex(1);
        QTest::qWait(1500);
        EXPECT_TRUE(
            editor->grab().save(screenshotDir() + QStringLiteral("/set-operation-editor.png")));
    }
    editor->close();
}

} // namespace

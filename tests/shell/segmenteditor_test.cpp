// The segment editor: save validates against the store and refuses an invalid definition
// with the validator's message; a valid one is saved with every General and Actions field,
// the export after refresh included.
#include "shelltestsupport.h"

#include "definition/definitioncodec.h"
#include "editor/segmenteditordialog.h"
#include "operations/exportafterrefresh.h"
#include "session/storesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace shelltest;

namespace {

seg::SegmentDefinition parse(const char *json)
{
    seg::Result<seg::SegmentDefinition> d = seg::DefinitionCodec::fromJson(json);
    EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
    return d.ok() ? *d : seg::SegmentDefinition{};
}

bool saved(const seg::ConnectionSettings &store, const QString &code)
{
    auto session = seg::StoreSession::open(store);
    return session.ok() && session->segments->findSegment(code).has_value();
}

} // namespace

TEST(SegmentEditor, RefusesAnInvalidDefinitionWithTheValidatorsMessage)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("editor_invalid"));
    const seg::SegmentDefinition invalid =
        parse(R"({"segmentor":1,"code":"big-spenders","name":"Big spenders",
        "conditions":{"type":"combine","conditions":[
          {"type":"orders","metric":"lifetime_sales","operator":">=","value":"a lot"}]}})");
    SegmentEditorDialog editor(store, invalid);
    editor.show();
    QSignalSpy savedSpy(&editor, &SegmentEditorDialog::saved);
    editor.save();
    ASSERT_TRUE(waitFor([&] { return !editor.isSaving(); }));
    EXPECT_EQ(savedSpy.count(), 0);
    EXPECT_NE(editor.result(), QDialog::Accepted);
    EXPECT_TRUE(editor.lastError().startsWith(
        QStringLiteral("This segment cannot be saved: conditions.conditions[0].value:")))
        << editor.lastError().toStdString();
    EXPECT_FALSE(saved(store, QStringLiteral("big-spenders")));
}

TEST(SegmentEditor, RefusesAReferenceToAMissingSegment)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("editor_reference"));
    const seg::SegmentDefinition d = parse(R"({"segmentor":1,"code":"in-other","name":"In other",
        "conditions":{"type":"combine","conditions":[{"type":"segment","operator":"in","value":["nowhere"]}]}})");
    SegmentEditorDialog editor(store, d);
    editor.save();
    ASSERT_TRUE(waitFor([&] { return !editor.isSaving(); }));
    EXPECT_TRUE(editor.lastError().contains(QStringLiteral("nowhere")))
        << editor.lastError().toStdString();
    EXPECT_FALSE(saved(store, QStringLiteral("in-other")));
}

TEST(SegmentEditor, RefusesABadCodeBeforeAnyWork)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("editor_code"));
    SegmentEditorDialog editor(store, seg::SegmentDefinition{});
    editor.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Nice name"));
    editor.findChild<QLineEdit *>(QStringLiteral("code"))->setText(QStringLiteral("-bad"));
    editor.save();
    EXPECT_FALSE(editor.isSaving());
    EXPECT_TRUE(editor.lastError().startsWith(QStringLiteral("The code must start")))
        << editor.lastError().toStdString();
}

TEST(SegmentEditor, SavesTheGeneralAndActionsFields)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("editor_save"));
    seg::SegmentDefinition d = parse(R"({"segmentor":1,"code":"x","name":"x",
        "conditions":{"type":"combine","conditions":[
          {"type":"customer","attribute":"is_active","operator":"==","value":true}]}})");
    d.code.clear(); // a new segment
    d.name.clear();
    SegmentEditorDialog editor(store, d);
    QLineEdit *name = editor.findChild<QLineEdit *>(QStringLiteral("name"));
    ASSERT_TRUE(name);
    name->setText(QStringLiteral("Active customers"));
    emit name->textEdited(name->text()); // the code follows the name
    EXPECT_EQ(editor.definition().code, QStringLiteral("active-customers"));
    editor.findChild<QSpinBox *>(QStringLiteral("priority"))->setValue(7);
    QCheckBox *restore = editor.findChild<QCheckBox *>(QStringLiteral("restoreGroup"));
    ASSERT_TRUE(restore);
    EXPECT_FALSE(restore->isEnabled()); // only a segment that moves customers can restore
    editor.findChild<QCheckBox *>(QStringLiteral("moveToGroup"))->setChecked(true);
    EXPECT_TRUE(restore->isEnabled());
    restore->setChecked(true);
    QSignalSpy savedSpy(&editor, &SegmentEditorDialog::saved);
    // The customer groups arrive from the store (or a group id is typed).
    QComboBox *group = editor.findChild<QComboBox *>(QStringLiteral("group"));
    ASSERT_TRUE(group);
    waitFor([&] { return !group->isEditable(); }, 5000);
    if (group->isEditable())
        group->setEditText(QStringLiteral("2"));
    else
        group->setCurrentIndex(std::max(0, group->findData(2)));
    if (const QString out = qEnvironmentVariable("SEGMENTOR_SCREENSHOTS_DIR"); !out.isEmpty()) {
        QTabWidget *tabs = editor.findChild<QTabWidget *>();
        for (int i = 0; tabs && i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(restore)) tabs->setCurrentIndex(i);
        QDir().mkpath(out);
        EXPECT_TRUE(editor.grab().save(out + QStringLiteral("/segment-actions.png")));
    }
    editor.save();
    ASSERT_TRUE(waitFor([&] { return savedSpy.count() == 1; })) << editor.lastError().toStdString();
    EXPECT_EQ(savedSpy.first().first().toString(), QStringLiteral("active-customers"));
    auto session = seg::StoreSession::open(store);
    ASSERT_TRUE(session.ok());
    const std::optional<seg::SegmentDefinition> back =
        session->segments->findSegment(QStringLiteral("active-customers"));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->name, QStringLiteral("Active customers"));
    EXPECT_EQ(back->priority, 7);
    EXPECT_EQ(back->moveToGroup, std::optional<int>(2));
    EXPECT_TRUE(back->restoreGroupOnExit);
    EXPECT_EQ(seg::DefinitionCodec::nodeToJson(back->conditions),
              seg::DefinitionCodec::nodeToJson(d.conditions));
}

TEST(SegmentEditor, ANewSegmentPreviewsItsMembersBeforeItIsSaved)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("editor_preview"));
    seg::SegmentDefinition d = parse(R"({"segmentor":1,"code":"x","name":"x",
        "conditions":{"type":"combine","conditions":[
          {"type":"customer","attribute":"is_active","operator":"==","value":true}]}})");
    d.code.clear();
    d.name.clear();
    SegmentEditorDialog editor(store, d);
    QTabWidget *tabs = editor.findChild<QTabWidget *>();
    ASSERT_TRUE(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    // A new segment has no history yet; its members can be previewed.
    EXPECT_FALSE(titles.contains(QStringLiteral("History")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Preview of members")))
        << titles.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(titles.contains(QStringLiteral("Conditions")));
}

// Actions tab: the export after refresh is saved with the segment, shown again when the editor
// reopens, and cleared when unticked; a relative folder is refused before any work.
TEST(SegmentEditor, SavesTheExportAfterRefresh)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("editor_export"));
    const seg::SegmentDefinition d = parse(R"({"segmentor":1,"code":"actives","name":"Actives",
        "conditions":{"type":"combine","conditions":[
          {"type":"customer","attribute":"is_active","operator":"==","value":true}]}})");
    QTemporaryDir dir;
    {
        SegmentEditorDialog editor(store, d);
        auto *box = editor.findChild<QGroupBox *>(QStringLiteral("exportAfterRefresh"));
        ASSERT_TRUE(box);
        EXPECT_FALSE(box->isChecked());
        box->setChecked(true);
        editor.findChild<QLineEdit *>(QStringLiteral("exportFolder"))
            ->setText(QStringLiteral("relative/dir"));
        editor.save();
        EXPECT_TRUE(editor.lastError().contains(QLatin1String("full path")));
        editor.findChild<QLineEdit *>(QStringLiteral("exportFolder"))->setText(dir.path());
        auto *format = editor.findChild<QComboBox *>(QStringLiteral("exportFormat"));
        format->setCurrentIndex(format->findData(QStringLiteral("xlsx")));
        editor.findChild<QLineEdit *>(QStringLiteral("exportColumns"))
            ->setText(QStringLiteral("email, lastname"));
        editor.findChild<QSpinBox *>(QStringLiteral("exportKeep"))->setValue(3);
        QSignalSpy savedSpy(&editor, &SegmentEditorDialog::saved);
        editor.save();
        ASSERT_TRUE(waitFor([&] { return savedSpy.count() == 1; }))
            << editor.lastError().toStdString();
    }
    {
        auto opened = seg::StoreSession::open(store);
        ASSERT_TRUE(opened.ok());
        seg::StoreSession session = std::move(opened).value();
        auto s = seg::exportAfterRefreshSettings(session, QStringLiteral("actives"));
        ASSERT_TRUE(s.ok() && s->has_value());
        EXPECT_EQ((*s)->folder, dir.path());
        EXPECT_EQ((*s)->format, QStringLiteral("xlsx"));
        EXPECT_EQ((*s)->columns, QStringList({"email", "lastname"}));
        EXPECT_EQ((*s)->keep, 3);
    }
    {
        // Reopened: the settings are shown; unticked and saved: cleared.
        SegmentEditorDialog editor(store, d);
        auto *box = editor.findChild<QGroupBox *>(QStringLiteral("exportAfterRefresh"));
        ASSERT_TRUE(waitFor([&] { return box->isChecked(); }, 5000));
        EXPECT_EQ(editor.findChild<QSpinBox *>(QStringLiteral("exportKeep"))->value(), 3);
        box->setChecked(false);
        QSignalSpy savedSpy(&editor, &SegmentEditorDialog::saved);
        editor.save();
        ASSERT_TRUE(waitFor([&] { return savedSpy.count() == 1; }))
            << editor.lastError().toStdString();
    }
    auto opened = seg::StoreSession::open(store);
    ASSERT_TRUE(opened.ok());
    seg::StoreSession session = std::move(opened).value();
    auto cleared = seg::exportAfterRefreshSettings(session, QStringLiteral("actives"));
    ASSERT_TRUE(cleared.ok());
    EXPECT_FALSE(cleared->has_value());
}

// The segment editor's Versions tab (issue #17, item 7): the saved versions with who saved them,
// what restoring one would change as condition sentences, and the restore itself, which the
// editor shows at once. With SEGMENTOR_SCREENSHOTS_DIR set it writes segment-versions.png.
#include "shelltestsupport.h"

#include "definition/definitioncodec.h"
#include "editor/segmenteditordialog.h"
#include "editor/versionsview.h"
#include "operations/segmentdefinitions.h"
#include "session/storesession.h"

#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

using namespace shelltest;

namespace {

seg::SegmentDefinition parse(const char *json)
{
    seg::Result<seg::SegmentDefinition> d = seg::DefinitionCodec::fromJson(json);
    EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
    return d.ok() ? *d : seg::SegmentDefinition{};
}

const char *kFirst = R"({"segmentor":1,"code":"vip","name":"VIP","conditions":{"type":"combine",
  "conditions":[{"type":"customer","attribute":"email","operator":"ends_with","value":"@example.com"},
  {"type":"orders","metric":"lifetime_sales","operator":">=","value":2000,"conditions":[
    {"type":"order","attribute":"status","operator":"in","value":["complete"]}]}]}})";
const char *kSecond = R"({"segmentor":1,"code":"vip","name":"VIP Platinum","apply_to":"all",
  "conditions":{"type":"combine","conditions":[
  {"type":"orders","metric":"lifetime_sales","operator":">=","value":3000,"conditions":[
    {"type":"order","attribute":"status","operator":"in","value":["complete","processing"]}]},
  {"type":"customer","attribute":"days_since_last_login","operator":"<=","value":90}]}})";

} // namespace

TEST(SegmentVersions, ShowsTheDiffAndRestoresAVersion)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("editor_versions"));
    {
        auto session = seg::StoreSession::open(store);
        ASSERT_TRUE(session.ok());
        ASSERT_TRUE(seg::saveSegment(session.value(), parse(kFirst)).ok());
        ASSERT_TRUE(seg::saveSegment(session.value(), parse(kSecond), QStringLiteral("vip")).ok());
    }
    SegmentEditorDialog editor(store, parse(kSecond));
    editor.resize(1100, 760);
    editor.show();
    VersionsView *versions = editor.versionsView();
    ASSERT_NE(versions, nullptr);
    auto *tabs = editor.findChild<QTabWidget *>();
    tabs->setCurrentWidget(versions);
    ASSERT_TRUE(waitFor([&] { return versions->rowCount() == 2; }));
    // The older version is selected: what restoring it would change.
    EXPECT_EQ(versions->tableView()->currentIndex().row(), 1);
    const QStringList diff = versions->diffText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(diff.value(0), QStringLiteral("~ Name: \"VIP Platinum\" → \"VIP\""));
    EXPECT_EQ(diff.value(1),
              QStringLiteral("~ Apply to: registered customers and guests → registered customers"));
    EXPECT_TRUE(diff.contains(QStringLiteral("+ Email ends with \"@example.com\"")))
        << diff.join(QLatin1Char('\n')).toStdString();
    const QString out = qEnvironmentVariable("SEGMENTOR_SCREENSHOTS_DIR");
    if (!out.isEmpty()) {
        QDir().mkpath(out);
        EXPECT_TRUE(editor.grab().save(out + QStringLiteral("/segment-versions.png")));
    }

    QSignalSpy savedSpy(&editor, &SegmentEditorDialog::saved);
    editor.restoreVersion(1, false);
    ASSERT_TRUE(waitFor([&] { return !editor.isSaving() && versions->rowCount() == 3; }));
    EXPECT_EQ(savedSpy.count(), 1);
    EXPECT_TRUE(editor.lastError().isEmpty()) << editor.lastError().toStdString();
    EXPECT_EQ(editor.definition().name, QStringLiteral("VIP")); // the editor shows it at once
    EXPECT_EQ(editor.definition().conditions.children.size(), 2u);
    auto session = seg::StoreSession::open(store);
    ASSERT_TRUE(session.ok());
    EXPECT_EQ(seg::DefinitionCodec::toJson(*session->segments->findSegment(QStringLiteral("vip"))),
              seg::DefinitionCodec::toJson(parse(kFirst)));
}

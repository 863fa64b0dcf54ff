// "Evaluate as of…" in the condition builder (issue #17, item 10): the live count and the
// preview of a new segment follow the chosen past time, the rows created later ignored. With
// SEGMENTOR_SCREENSHOTS_DIR set it writes builder-as-of.png.
#include "shelltestsupport.h"

#include "builder/conditionbuilderwidget.h"
#include "builder/livecounter.h"
#include "definition/definitioncodec.h"
#include "editor/segmenteditordialog.h"
#include "members/matchedcustomersview.h"
#include "members/membertablemodel.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace shelltest;

TEST(AsOfField, LiveCountAndPreviewFollowThePastTime)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("editor_as_of"));
    seg::Result<seg::SegmentDefinition> d = seg::DefinitionCodec::fromJson(
        R"({"segmentor":1,"code":"buyers","name":"Buyers","apply_to":"all","conditions":{"type":"combine",
        "conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})");
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    seg::SegmentDefinition unsaved = *d;
    unsaved.code.clear(); // a new segment: the editor previews its members
    SegmentEditorDialog editor(store, unsaved);
    editor.resize(1280, 800);
    editor.show();
    auto *tabs = editor.findChild<QTabWidget *>();
    auto *builder = editor.findChild<ConditionBuilderWidget *>();
    ASSERT_TRUE(tabs && builder);
    tabs->setCurrentWidget(builder);
    auto *total = builder->findChild<QLabel *>(QStringLiteral("totalCount"));
    auto *detail = builder->findChild<QLabel *>(QStringLiteral("totalDetail"));
    auto count = [&] {
        QString digits = total->text();
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        return digits.isEmpty() ? -1 : digits.toInt();
    };
    ASSERT_TRUE(waitFor([&] { return detail->text().startsWith(QStringLiteral("match")); }));
    const int now = count();

    // A year before the demo store's last day: fewer buyers then.
    const QDateTime then(QDate(2025, 11, 1), QTime(12, 0), QTimeZone::utc());
    auto *counter = builder->findChild<LiveCounter *>();
    ASSERT_NE(counter, nullptr);
    ASSERT_TRUE(waitFor([&] { return !counter->isBusy(); }));
    QSignalSpy finished(counter, &LiveCounter::finished);
    builder->setEvaluationTime(then);
    EXPECT_TRUE(builder->findChild<QCheckBox *>(QStringLiteral("asOfEnabled"))->isChecked());
    ASSERT_TRUE(waitFor([&] { return finished.count() > 0; })); // the total and each condition
    EXPECT_TRUE(detail->text().contains(QStringLiteral("as of"))) << detail->text().toStdString();
    const int past = count();
    EXPECT_GT(past, 0);
    EXPECT_LT(past, now);
    const QString out = qEnvironmentVariable("SEGMENTOR_SCREENSHOTS_DIR");
    if (!out.isEmpty()) {
        QDir().mkpath(out);
        waitFor([] { return false; }, 300); // the count row lays its new texts out
        EXPECT_TRUE(editor.grab().save(out + QStringLiteral("/builder-as-of.png")));
    }

    // The preview of the new segment's members holds the same customers.
    auto *preview = editor.findChild<MatchedCustomersView *>();
    ASSERT_NE(preview, nullptr);
    tabs->setCurrentWidget(preview);
    ASSERT_TRUE(waitFor([&] {
        return preview->model()->countState() == MemberTableModel::CountState::Complete &&
               !preview->model()->isLoading();
    }));
    EXPECT_EQ(preview->model()->totalCount(), past);

    // Unticked: now again.
    builder->setEvaluationTime(std::nullopt);
    ASSERT_TRUE(waitFor([&] { return count() == now && !detail->text().contains("as of"); }));
}

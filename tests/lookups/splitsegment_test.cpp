// "Split into test and control…" (issue #17): two segments that partition the original one
// with a random sample, stable across refreshes, on every database.
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "operations/memberqueries.h"
#include "operations/segmentdefinitions.h"
#include "operations/splitsegment.h"
#include "session/storesession.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace segtest;
using namespace seg;

namespace {

class Split : public ::testing::TestWithParam<Backend>
{
};

TEST_P(Split, PartitionsTheSegmentWithASample)
{
    std::string why;
    auto store = freshStore(GetParam(), QStringLiteral("split_segment"), QString(), why);
    SEGTEST_REQUIRE_STORE(store, why);
    FixtureStore f(*store, QString());
    f.installBase();
    for (int id = 1; id <= 60; ++id) {
        f.customer(id);
        if (id % 3 != 0) f.order(id, id);
    }
    f.order(100, QVariant(), {{"customer_email", "walk.in@example.org"}});
    QTemporaryDir workspace;
    Result<StoreSession> opened = StoreSession::open(store->settings(), true, workspace.path());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    StoreSession &session = opened.value();

    Result<SegmentDefinition> buyers = DefinitionCodec::fromJson(
        R"({"segmentor":1,"code":"buyers","name":"Buyers","apply_to":"all","conditions":{"type":"combine","conditions":[{"type":"orders","metric":"number_of_orders","operator":">=","value":1}]}})");
    ASSERT_TRUE(buyers.ok());
    ASSERT_TRUE(saveSegment(session, *buyers).ok());

    Result<SplitSegments> split =
        splitTestControl(session, QStringLiteral("buyers"), 30, QStringLiteral("spring-2027"));
    ASSERT_TRUE(split.ok()) << split.error().toString().toStdString();
    EXPECT_EQ(split->testCode.toStdString(), "buyers-test");
    EXPECT_EQ(split->controlCode.toStdString(), "buyers-control");

    const TimeContext time = session.timeContext();
    auto members = [&](const QString &code) {
        const std::optional<SegmentDefinition> d = session.segments->findSegment(code);
        EXPECT_TRUE(d.has_value()) << code.toStdString();
        EXPECT_EQ(d->active, code == QStringLiteral("buyers")); // the groups start inactive
        return listMembers(session, *d, time).value();
    };
    const QList<MemberKey> all = members(QStringLiteral("buyers"));
    const QList<MemberKey> test = members(QStringLiteral("buyers-test"));
    const QList<MemberKey> control = members(QStringLiteral("buyers-control"));
    EXPECT_EQ(all.size(), 41);
    EXPECT_GT(test.size(), 0);
    EXPECT_GT(control.size(), test.size()); // 30 % against 70 %
    QList<MemberKey> both = test + control;
    std::sort(both.begin(), both.end());
    EXPECT_EQ(both, all); // disjoint, and together the whole segment

    // A second split gets free codes; a bad share or segment is refused.
    Result<SplitSegments> again = splitTestControl(session, QStringLiteral("buyers"), 50);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->testCode.toStdString(), "buyers-test-2");
    EXPECT_EQ(splitTestControl(session, QStringLiteral("buyers"), 100).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(splitTestControl(session, QStringLiteral("nobody"), 10).error().code,
              ErrorCode::NotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, Split, ::testing::ValuesIn(allBackends()),
                         [](const auto &info) { return backendName(info.param); });

} // namespace

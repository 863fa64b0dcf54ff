// Issue #17, items 5 and 6 in the definition format: a segment reference "of" its stored
// members, and the refresh mode "static". Codec and validator, with exact messages and paths.
#include "definition/definitioncodec.h"
#include "definition/definitionvalidator.h"
#include "definition/nodedescription.h"
#include "definition/segmentlookups.h"
#include "operations/segmentsets.h"

#include <gtest/gtest.h>

using namespace seg;

namespace {

QByteArray withConditions(const QString &children, const QString &extra = {})
{
    return QStringLiteral(
               R"({"segmentor":1,"code":"t","name":"T"%2,"conditions":{"type":"combine","conditions":[%1]}})")
        .arg(children, extra)
        .toUtf8();
}

SegmentDefinition segment(const QString &code, const QString &children = {})
{
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(withConditions(children));
    EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
    d.value().code = code;
    return *d;
}

// gold <- silver (members) <- loop-a (members) <-> loop-b (conditions)
InMemorySegmentLookup lookup()
{
    InMemorySegmentLookup segments;
    segments.add(segment(QStringLiteral("gold")));
    segments.add(segment(QStringLiteral("silver"),
                         R"({"type":"segment","operator":"in","value":["gold"],"of":"members"})"));
    segments.add(
        segment(QStringLiteral("loop-a"),
                R"({"type":"segment","operator":"in","value":["loop-b"],"of":"members"})"));
    segments.add(segment(QStringLiteral("loop-b"),
                         R"({"type":"segment","operator":"not_in","value":["loop-a"]})"));
    return segments;
}

struct Case
{
    const char *name;
    QString children;
    QString extra;
    QString path;
    QString message;
};

class SegmentReferencesReject : public ::testing::TestWithParam<Case>
{
};

TEST_P(SegmentReferencesReject, NamingThePlace)
{
    const Case &c = GetParam();
    const InMemorySegmentLookup segments = lookup();
    const Result<SegmentDefinition> d =
        DefinitionCodec::fromJson(withConditions(c.children, c.extra));
    const Error e = !d ? d.error() : DefinitionValidator(nullptr, &segments).validate(*d).value(0);
    EXPECT_EQ(e.path.toStdString(), c.path.toStdString());
    EXPECT_EQ(e.message.toStdString(), c.message.toStdString());
    EXPECT_EQ(e.code, ErrorCode::InvalidDefinition);
}

INSTANTIATE_TEST_SUITE_P(
    Table, SegmentReferencesReject,
    ::testing::Values(
        Case{"OfUnknown",
             R"({"type":"segment","operator":"in","value":["gold"],"of":"list"})",
             {},
             "conditions.conditions[0].of",
             "expected one of conditions, members, got \"list\""},
        Case{"OfNotString",
             R"({"type":"segment","operator":"in","value":["gold"],"of":true})",
             {},
             "conditions.conditions[0].of",
             "expected a string, got true"},
        Case{"SelfByMembers",
             R"({"type":"segment","operator":"in","value":["t"],"of":"members"})",
             {},
             "conditions.conditions[0].value[0]",
             "segment reference cycle: t -> t"},
        Case{"CycleThroughMembers",
             R"({"type":"segment","operator":"in","value":["gold","loop-a"],"of":"members"})",
             {},
             "conditions.conditions[0].value[1]",
             "segment reference cycle: loop-a -> loop-b -> loop-a"},
        Case{"UnknownByMembers",
             R"({"type":"segment","operator":"in","value":["platinum"],"of":"members"})",
             {},
             "conditions.conditions[0].value[0]",
             "unknown segment \"platinum\""},
        Case{"RefreshUnknown",
             {},
             R"(,"refresh":"frozen")",
             "refresh",
             "expected one of auto, manual, static, got \"frozen\""}),
    [](const ::testing::TestParamInfo<Case> &info) { return std::string(info.param.name); });

TEST(SegmentReferences, MembersRoundTripAndConditionsStaysImplicit)
{
    const InMemorySegmentLookup segments = lookup();
    const Result<SegmentDefinition> d = DefinitionCodec::fromJson(withConditions(
        R"({"type":"segment","operator":"in","value":["silver"],"of":"members"},
           {"type":"segment","operator":"not_in","value":["gold"],"of":"conditions"})",
        R"(,"refresh":"static")"));
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    EXPECT_TRUE(DefinitionValidator(nullptr, &segments).validate(*d).isEmpty());
    EXPECT_EQ(d->refresh, QStringLiteral("static"));
    const auto &c = d->conditions.children;
    EXPECT_EQ(c[0].referenceOf, QStringLiteral("members"));
    EXPECT_TRUE(c[1].referenceOf.isEmpty()); // the default, written as before
    EXPECT_EQ(DefinitionCodec::nodeToJson(c[0]).value(QStringLiteral("of")).toString(),
              QStringLiteral("members"));
    EXPECT_FALSE(DefinitionCodec::nodeToJson(c[1]).contains(QStringLiteral("of")));
    const Result<SegmentDefinition> again = DefinitionCodec::fromJson(DefinitionCodec::toJson(*d));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(DefinitionCodec::toJsonObject(*again), DefinitionCodec::toJsonObject(*d));
    EXPECT_EQ(describeNode(c[0]).toStdString(), R"(Stored member of any of segments ["silver"])");
    EXPECT_EQ(describeNode(c[1]).toStdString(), R"(Member of none of segments ["gold"])");
}

TEST(SegmentReferences, RefreshOrderPutsAReaderAfterTheStoredMembersItReads)
{
    InMemorySegmentLookup segments = lookup();
    // bronze reads silver's conditions, which read gold's stored members: gold first.
    segments.add(segment(QStringLiteral("bronze"),
                         R"({"type":"segment","operator":"in","value":["silver"]})"));
    const Result<QStringList> order = refreshOrder(
        segments, {QStringLiteral("bronze"), QStringLiteral("silver"), QStringLiteral("gold")});
    ASSERT_TRUE(order.ok()) << order.error().toString().toStdString();
    EXPECT_EQ(order->join(QLatin1Char(' ')).toStdString(), "gold bronze silver");
    // Unrelated segments keep the given order.
    EXPECT_EQ(refreshOrder(segments, {QStringLiteral("silver"), QStringLiteral("bronze")})
                  ->join(QLatin1Char(' '))
                  .toStdString(),
              "silver bronze");
    // An older store may hold a cycle the validator now refuses: named, not looped on.
    InMemorySegmentLookup cyclic;
    cyclic.add(segment(QStringLiteral("a"),
                       R"({"type":"segment","operator":"in","value":["b"],"of":"members"})"));
    cyclic.add(segment(QStringLiteral("b"),
                       R"({"type":"segment","operator":"in","value":["a"],"of":"members"})"));
    const Result<QStringList> loop =
        refreshOrder(cyclic, {QStringLiteral("a"), QStringLiteral("b")});
    ASSERT_FALSE(loop.ok());
    EXPECT_EQ(loop.error().message.toStdString(), "segment reference cycle: a -> b -> a");
}

} // namespace

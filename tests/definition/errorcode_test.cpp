// Errors carry a code and a place; callers switch on those, never on the message text.
#include "common/result.h"
#include "definition/definitioncodec.h"
#include "definition/definitionvalidator.h"

#include <gtest/gtest.h>

using namespace seg;

TEST(ErrorCode, NodePathFollowsConditionsSteps)
{
    EXPECT_EQ(nodePathFromJsonPath(QStringLiteral("conditions")), QList<int>{});
    EXPECT_EQ(nodePathFromJsonPath(QStringLiteral("conditions.conditions[2]")), (QList<int>{2}));
    EXPECT_EQ(nodePathFromJsonPath(QStringLiteral("conditions.conditions[1].conditions[0].value")),
              (QList<int>{1, 0}));
    EXPECT_EQ(nodePathFromJsonPath(QStringLiteral("code")), QList<int>{});
    EXPECT_EQ(nodePathFromJsonPath(QStringLiteral("--database")), QList<int>{});
}

TEST(ErrorCode, AggregateErrorsComputeTheirNodePath)
{
    const Error e{QStringLiteral("conditions.conditions[3].operator"), QStringLiteral("x"),
                  ErrorCode::InvalidDefinition};
    EXPECT_EQ(e.nodePath, QList<int>{3});
    EXPECT_TRUE(e.is(ErrorCode::InvalidDefinition));
    EXPECT_FALSE(e.is(ErrorCode::Internal));
    EXPECT_EQ(Error::cancelled().code, ErrorCode::Cancelled);
}

TEST(ErrorCode, NamesAreStableSnakeCase)
{
    EXPECT_STREQ(errorCodeName(ErrorCode::InvalidDefinition), "invalid_definition");
    EXPECT_STREQ(errorCodeName(ErrorCode::NotFound), "not_found");
    EXPECT_STREQ(errorCodeName(ErrorCode::Busy), "busy");
    EXPECT_STREQ(errorCodeName(ErrorCode::Cancelled), "cancelled");
    EXPECT_STREQ(errorCodeName(ErrorCode::Internal), "internal");
}

TEST(ErrorCode, CodecErrorsAreInvalidDefinitions)
{
    const Result<SegmentDefinition> notJson = DefinitionCodec::fromJson("{nope");
    ASSERT_FALSE(notJson.ok());
    EXPECT_EQ(notJson.error().code, ErrorCode::InvalidDefinition);

    const Result<SegmentDefinition> badType =
        DefinitionCodec::fromJson(R"({"segmentor": 1, "code": "x", "name": "X",
        "conditions": {"type": "combine", "match": "all", "expect": true,
                       "conditions": [{"type": "customer", "attribute": "email", "operator": "==", "value": "a"},
                                      {"type": "no-such-type"}]}})");
    ASSERT_FALSE(badType.ok());
    EXPECT_EQ(badType.error().code, ErrorCode::InvalidDefinition);
    EXPECT_EQ(badType.error().nodePath, QList<int>{1}) << badType.error().path.toStdString();
}

TEST(ErrorCode, ValidatorErrorsAreInvalidDefinitionsWithTheirNode)
{
    const Result<SegmentDefinition> d =
        DefinitionCodec::fromJson(R"({"segmentor": 1, "code": "x", "name": "X",
        "conditions": {"type": "combine", "match": "all", "expect": true,
                       "conditions": [{"type": "combine", "match": "any", "expect": true, "conditions": [
                           {"type": "customer", "attribute": "no_such_attribute", "operator": "==", "value": "a"}]}]}})");
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    const QList<Error> errors = DefinitionValidator(nullptr, nullptr).validate(*d);
    ASSERT_FALSE(errors.isEmpty());
    for (const Error &e : errors) {
        EXPECT_EQ(e.code, ErrorCode::InvalidDefinition) << e.toString().toStdString();
        EXPECT_EQ(e.nodePath, (QList<int>{0, 0})) << e.toString().toStdString();
    }
}

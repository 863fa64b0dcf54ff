// The conditions of issue #17 in the definition format: products count "of", RFM scores,
// random samples and locks. Codec and validator, with exact messages and paths.
#include "definition/definitioncodec.h"
#include "definition/definitionvalidator.h"
#include "definition/nodedescription.h"
#include "engine/rfmpopulation.h"
#include "engine/samplebucket.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace seg;

namespace {

QByteArray withConditions(const QString &children)
{
    return QStringLiteral(
               R"({"segmentor":1,"code":"t","name":"T","conditions":{"type":"combine","conditions":[%1]}})")
        .arg(children)
        .toUtf8();
}

struct Case
{
    const char *name;
    QString children;
    QString path;
    QString message;
};

// Either the codec (structure) or the validator (meaning) refuses it, naming the place.
Error firstError(const QString &children)
{
    const Result<SegmentDefinition> d = DefinitionCodec::fromJson(withConditions(children));
    if (!d) return d.error();
    const QList<Error> errors = DefinitionValidator(nullptr, nullptr).validate(*d);
    return errors.isEmpty() ? Error{} : errors.first();
}

class MarketingConditionsReject : public ::testing::TestWithParam<Case>
{
};

TEST_P(MarketingConditionsReject, NamingThePlace)
{
    const Case &c = GetParam();
    const Error e = firstError(c.children);
    EXPECT_EQ(e.path.toStdString(), c.path.toStdString());
    EXPECT_EQ(e.message.toStdString(), c.message.toStdString());
    EXPECT_EQ(e.code, ErrorCode::InvalidDefinition);
}

INSTANTIATE_TEST_SUITE_P(
    Table, MarketingConditionsReject,
    ::testing::Values(
        Case{
            "CountOfUnknown",
            R"({"type":"products","source":"ordered","count":{"operator":">=","value":2,"of":"lines"}})",
            "conditions.conditions[0].count.of",
            "expected one of rows, qty, amount, orders, got \"lines\""},
        Case{"CountOfNotString",
             R"({"type":"products","source":"ordered","count":{"operator":">=","value":2,"of":1}})",
             "conditions.conditions[0].count.of", "expected a string, got 1"},
        Case{
            "AmountOfWishlist",
            R"({"type":"products","source":"wishlist","count":{"operator":">=","value":200,"of":"amount"}})",
            "conditions.conditions[0].count.of",
            "\"of\": \"amount\" applies only to source ordered, cart (got \"wishlist\")"},
        Case{
            "OrdersOfCart",
            R"({"type":"products","source":"cart","count":{"operator":">=","value":2,"of":"orders"}})",
            "conditions.conditions[0].count.of",
            "\"of\": \"orders\" applies only to source ordered (got \"cart\")"},
        Case{
            "QtyOfViewed",
            R"({"type":"products","source":"viewed","count":{"operator":">=","value":2,"of":"qty"}})",
            "conditions.conditions[0].count.of",
            "\"of\": \"qty\" applies only to source ordered, cart, wishlist (got \"viewed\")"},
        Case{
            "AmountNotNumber",
            R"({"type":"products","source":"ordered","count":{"operator":">=","value":"200","of":"amount"}})",
            "conditions.conditions[0].count.value", "expected a number, got \"200\""},
        Case{"RfmScoreUnknown", R"({"type":"rfm","score":"loyalty","operator":">=","value":4})",
             "conditions.conditions[0].score",
             "expected one of recency, frequency, monetary, got \"loyalty\""},
        Case{"RfmScoreMissing", R"({"type":"rfm","operator":">=","value":4})",
             "conditions.conditions[0].score", "is required"},
        Case{"RfmValueRange", R"({"type":"rfm","score":"recency","operator":">=","value":6})",
             "conditions.conditions[0].value", "expected a score from 1 to 5, got 6"},
        Case{"RfmValueWhole", R"({"type":"rfm","score":"monetary","operator":"==","value":2.5})",
             "conditions.conditions[0].value", "expected a score from 1 to 5, got 2.5"},
        Case{"RfmInRange", R"({"type":"rfm","score":"frequency","operator":"in","value":[1,0]})",
             "conditions.conditions[0].value[1]", "expected a score from 1 to 5, got 0"},
        Case{"RfmOperator", R"({"type":"rfm","score":"recency","operator":"contains","value":4})",
             "conditions.conditions[0].operator",
             "operator \"contains\" does not apply to a number (expected one of ==, !=, >, >=, "
             "<, <=, between, in, not_in, is_empty, is_not_empty)"},
        Case{"RfmUnknownKey",
             R"({"type":"rfm","score":"recency","operator":">=","value":4,"attribute":"x"})",
             "conditions.conditions[0].attribute",
             "unknown key \"attribute\" in an RFM score condition"},
        Case{
            "RfmInsideScope",
            R"({"type":"orders","metric":"number_of_orders","operator":">","value":0,"conditions":[{"type":"rfm","score":"recency","operator":">=","value":4}]})",
            "conditions.conditions[0].conditions[0].type",
            "\"rfm\" is not allowed inside a orders scope (expected \"order\" or \"combine\")"},
        Case{"SamplePercentRange", R"({"type":"sample","percent":150,"seed":"a"})",
             "conditions.conditions[0].percent", "expected a percentage from 0 to 100, got 150"},
        Case{"SamplePercentNegative", R"({"type":"sample","percent":-1,"seed":"a"})",
             "conditions.conditions[0].percent", "expected a percentage from 0 to 100, got -1"},
        Case{"SamplePercentType", R"({"type":"sample","percent":"10","seed":"a"})",
             "conditions.conditions[0].percent", "expected a number, got \"10\""},
        Case{"SamplePercentMissing", R"({"type":"sample","seed":"a"})",
             "conditions.conditions[0].percent", "is required"},
        Case{"SampleSeedMissing", R"({"type":"sample","percent":10})",
             "conditions.conditions[0].seed", "is required"},
        Case{"SampleSeedEmpty", R"({"type":"sample","percent":10,"seed":" "})",
             "conditions.conditions[0].seed", "must not be empty (it names the sample)"},
        Case{"SampleUnknownKey", R"({"type":"sample","percent":10,"seed":"a","salt":"b"})",
             "conditions.conditions[0].salt", "unknown key \"salt\" in a random sample condition"},
        Case{
            "LockedNotBool",
            R"({"type":"customer","attribute":"email","operator":"==","value":"a","locked":"yes"})",
            "conditions.conditions[0].locked", "expected true or false, got \"yes\""}),
    [](const ::testing::TestParamInfo<Case> &info) { return std::string(info.param.name); });

TEST(MarketingConditions, RoundTripKeepsTheNewKeys)
{
    const QByteArray json = withConditions(
        R"({"type":"products","source":"ordered","count":{"operator":">=","value":200,"of":"amount"},"conditions":[{"type":"product","attribute":"category_id","operator":"in","value":[12]}]},
           {"type":"products","source":"ordered","count":{"operator":">=","value":2,"of":"orders"},"locked":true},
           {"type":"rfm","score":"recency","operator":">=","value":4},
           {"type":"sample","percent":12.5,"seed":"spring-2027","locked":true})");
    const Result<SegmentDefinition> d = DefinitionCodec::fromJson(json);
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    EXPECT_TRUE(DefinitionValidator(nullptr, nullptr).validate(*d).isEmpty());
    const auto &c = d->conditions.children;
    ASSERT_EQ(c.size(), 4u);
    EXPECT_EQ(c[0].countOf, QStringLiteral("amount"));
    EXPECT_TRUE(c[1].locked);
    EXPECT_EQ(c[2].kind, NodeKind::Rfm);
    EXPECT_EQ(c[2].score, QStringLiteral("recency"));
    EXPECT_EQ(c[3].kind, NodeKind::Sample);
    EXPECT_DOUBLE_EQ(c[3].percent, 12.5);
    EXPECT_EQ(c[3].seed, QStringLiteral("spring-2027"));

    const Result<SegmentDefinition> again = DefinitionCodec::fromJson(DefinitionCodec::toJson(*d));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(DefinitionCodec::toJsonObject(*again), DefinitionCodec::toJsonObject(*d));
    const QJsonObject sample = DefinitionCodec::nodeToJson(c[3]);
    EXPECT_EQ(sample.value(QStringLiteral("percent")).toDouble(), 12.5);
    EXPECT_TRUE(sample.value(QStringLiteral("locked")).toBool());
    // A node that is not locked does not say so: old readers keep reading new files.
    EXPECT_FALSE(DefinitionCodec::nodeToJson(c[2]).contains(QStringLiteral("locked")));
    EXPECT_FALSE(DefinitionCodec::nodeToJson(c[2]).contains(QStringLiteral("of")));
}

TEST(MarketingConditions, ReadAsSentences)
{
    const Result<SegmentDefinition> d = DefinitionCodec::fromJson(withConditions(
        R"({"type":"products","source":"ordered","count":{"operator":">=","value":200,"of":"amount"}},
           {"type":"products","source":"ordered","count":{"operator":">=","value":2,"of":"orders"}},
           {"type":"rfm","score":"monetary","operator":"==","value":5},
           {"type":"sample","percent":10,"seed":"spring-2027"})"));
    ASSERT_TRUE(d.ok());
    const auto &c = d->conditions.children;
    EXPECT_EQ(describeNode(c[0]).toStdString(), "Ordered products: amount spent is at least 200");
    EXPECT_EQ(describeNode(c[1]).toStdString(), "Ordered products: distinct orders is at least 2");
    EXPECT_EQ(describeNode(c[2]).toStdString(), "Monetary score is 5");
    EXPECT_EQ(describeNode(c[3]).toStdString(), "Random sample of 10% (seed \"spring-2027\")");
}

TEST(MarketingConditions, RfmScoreFormulaSharesTiesAndSpansOneToFive)
{
    // score = 1 + floor(5 * |{p : x(p) < x}| / |P|)
    const QList<qint64> population = {1, 2, 2, 2, 5, 7, 9, 9, 10, 12};
    EXPECT_EQ(rfmScoreAmong(population, 1), 1);  // none below
    EXPECT_EQ(rfmScoreAmong(population, 2), 1);  // 1 below: 1 + 5/10
    EXPECT_EQ(rfmScoreAmong(population, 5), 3);  // 4 below: 1 + 20/10
    EXPECT_EQ(rfmScoreAmong(population, 9), 4);  // 6 below: 1 + 30/10
    EXPECT_EQ(rfmScoreAmong(population, 12), 5); // 9 below: 1 + 45/10
    EXPECT_EQ(rfmScoreAmong({}, 3), std::nullopt);
    EXPECT_EQ(rfmValue(QStringLiteral("frequency"), {}), std::nullopt); // no orders, no score
}

TEST(MarketingConditions, SampleBucketIsMd5OfSeedAndMemberKey)
{
    // int("66a58660", 16) % 10000 = 3872 (python: hashlib.md5(b"spring-2027:42"))
    EXPECT_EQ(sampleBucket(QStringLiteral("spring-2027"), QStringLiteral("42")), 3872);
    EXPECT_EQ(sampleBucket(QStringLiteral("spring-2027"), QStringLiteral("émilie@example.fr")),
              5483); // UTF-8 bytes
    EXPECT_EQ(sampleThreshold(10), 1000);
    EXPECT_EQ(sampleThreshold(0.07), 7);
    EXPECT_EQ(sampleThreshold(12.345), 1235); // bucket < 1234.5
    EXPECT_EQ(sampleThreshold(100), 10000);
}

} // namespace

#include "definition/definitioncodec.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace seg;

namespace {

QByteArray wrap(const QString &topLevelExtra,
                const QString &conditions = QStringLiteral(
                    R"({"type":"combine","match":"all","expect":true,"conditions":[]})"))
{
    return QStringLiteral(R"({"segmentor":1,"code":"vip","name":"VIP"%1,"conditions":%2})")
        .arg(topLevelExtra.isEmpty() ? QString() : QStringLiteral(",") + topLevelExtra, conditions)
        .toUtf8();
}

struct BadCase
{
    const char *name;
    QByteArray json;
    QString path;
    QString message;
};

class CodecRejects : public ::testing::TestWithParam<BadCase>
{
};

TEST_P(CodecRejects, WithPathAndMessage)
{
    const BadCase &c = GetParam();
    const Result<SegmentDefinition> r = DefinitionCodec::fromJson(c.json);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().path.toStdString(), c.path.toStdString());
    EXPECT_EQ(r.error().message.toStdString(), c.message.toStdString());
}

const QString kLeaf =
    QStringLiteral(R"({"type":"customer","attribute":"email","operator":"==","value":"a"})");

INSTANTIATE_TEST_SUITE_P(
    Table, CodecRejects,
    ::testing::Values(
        BadCase{"NotJson", "{", "", "not valid JSON: unterminated object at offset 1"},
        BadCase{"RestoreWithoutMove", wrap(R"("actions":{"restore_group_on_exit":true})"),
                "actions.restore_group_on_exit",
                "needs move_to_group: only a customer the segment moved has a group to go back "
                "to"},
        BadCase{"RestoreNotBool",
                wrap(R"("actions":{"move_to_group":2,"restore_group_on_exit":"yes"})"),
                "actions.restore_group_on_exit", "expected true or false, got \"yes\""},
        BadCase{"NotObject", "[1]", "", "expected a JSON object at the top level"},
        BadCase{"UnknownTopKey", wrap(R"("colour":"red")"), "colour",
                "unknown key \"colour\" in a segment definition"},
        BadCase{"MissingVersion", R"({"code":"a","name":"A","conditions":{"type":"combine"}})",
                "segmentor", "is required (the format version, 1)"},
        BadCase{"FutureVersion",
                R"({"segmentor":2,"code":"a","name":"A","conditions":{"type":"combine"}})",
                "segmentor", "unsupported format version 2 (this version reads 1)"},
        BadCase{"BadCode",
                R"({"segmentor":1,"code":"Has Space","name":"A","conditions":{"type":"combine"}})",
                "code",
                "expected a slug of at most 64 characters matching [a-z0-9][a-z0-9_-]*, got \"Has "
                "Space\""},
        BadCase{"EmptyName",
                R"({"segmentor":1,"code":"a","name":" ","conditions":{"type":"combine"}})", "name",
                "must not be empty"},
        BadCase{"MissingConditions", R"({"segmentor":1,"code":"a","name":"A"})", "conditions",
                "is required"},
        BadCase{"WebsitesNotIds", wrap(R"("websites":["1"])"), "websites[0]",
                "expected a website id, got \"1\""},
        BadCase{"ApplyToEnum", wrap(R"("apply_to":"everyone")"), "apply_to",
                "expected one of registered, guests, all, got \"everyone\""},
        BadCase{"PriorityType", wrap(R"("priority":1.5)"), "priority",
                "expected an integer, got 1.5"},
        BadCase{"ActionsUnknown", wrap(R"("actions":{"move_to":1})"), "actions.move_to",
                "unknown key \"move_to\" in actions"},
        BadCase{"RootNotCombine", wrap({}, kLeaf), "conditions.type",
                "the root must be a \"combine\" condition"},
        BadCase{
            "UnknownNodeKey",
            wrap(
                {},
                QStringLiteral(
                    R"({"type":"combine","conditions":[{"type":"customer","attribute":"email","operator":"==","value":"a","negate":true}]})")),
            "conditions.conditions[0].negate", "unknown key \"negate\" in a condition"},
        BadCase{
            "UnknownType",
            wrap(
                {},
                QStringLiteral(
                    R"({"type":"combine","conditions":[{"type":"combine","conditions":[{"type":"loyalty"}]}]})")),
            "conditions.conditions[0].conditions[0].type", "unknown condition type \"loyalty\""},
        BadCase{
            "OrderOutsideScope",
            wrap(
                {},
                QStringLiteral(
                    R"({"type":"combine","conditions":[{"type":"order","attribute":"status","operator":"==","value":"x"}]})")),
            "conditions.conditions[0].type",
            "\"order\" conditions belong inside an \"orders\" scope"},
        BadCase{
            "WrongLeafInScope",
            wrap(
                {},
                QStringLiteral(
                    R"({"type":"combine","conditions":[{"type":"address","address":"any","conditions":[%1]}]})")
                    .arg(kLeaf)),
            "conditions.conditions[0].conditions[0].type",
            "\"customer\" is not allowed inside a address scope (expected \"address\" or "
            "\"combine\")"},
        BadCase{"MatchEnum", wrap({}, QStringLiteral(R"({"type":"combine","match":"some"})")),
                "conditions.match", "expected one of all, any, got \"some\""},
        BadCase{"ExpectType", wrap({}, QStringLiteral(R"({"type":"combine","expect":"yes"})")),
                "conditions.expect", "expected true or false, got \"yes\""},
        BadCase{
            "MissingOperator",
            wrap(
                {},
                QStringLiteral(
                    R"({"type":"combine","conditions":[{"type":"customer","attribute":"email"}]})")),
            "conditions.conditions[0].operator", "is required"},
        BadCase{
            "AddressKind",
            wrap({},
                 QStringLiteral(
                     R"({"type":"combine","conditions":[{"type":"address","address":"home"}]})")),
            "conditions.conditions[0].address",
            "expected one of billing, shipping, any, got \"home\""},
        BadCase{
            "CountShape",
            wrap(
                {},
                QStringLiteral(
                    R"({"type":"combine","conditions":[{"type":"products","source":"cart","count":3}]})")),
            "conditions.conditions[0].count",
            "expected an object {\"operator\", \"value\"}, got 3"}),
    [](const ::testing::TestParamInfo<BadCase> &info) { return std::string(info.param.name); });

TEST(DefinitionCodec, DefaultsFollowTheSpec)
{
    const Result<SegmentDefinition> r = DefinitionCodec::fromJson(wrap({}));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->description, QString());
    EXPECT_TRUE(r->active);
    EXPECT_TRUE(r->websites.isEmpty());
    EXPECT_EQ(r->applyTo, ApplyTo::Registered);
    EXPECT_EQ(r->refresh, QStringLiteral("manual"));
    EXPECT_EQ(r->priority, 0);
    EXPECT_FALSE(r->moveToGroup.has_value());
}

TEST(DefinitionCodec, RoundTripKeepsEverything)
{
    const QByteArray json = R"({
      "segmentor": 1, "code": "vip-platinum", "name": "VIP Platinum Tier", "description": "Top spenders",
      "active": false, "websites": [1, 2], "apply_to": "all", "refresh": "auto", "priority": 10,
      "actions": { "move_to_group": 3, "restore_group_on_exit": true },
      "conditions": { "type": "combine", "match": "any", "expect": false, "conditions": [
        { "type": "customer", "attribute": "email", "operator": "ends_with", "value": "@company.com", "enabled": false },
        { "type": "address", "address": "shipping", "match": "all", "expect": true,
          "conditions": [ { "type": "address", "attribute": "country_id", "operator": "==", "value": "GB" } ] },
        { "type": "orders", "metric": "lifetime_sales", "operator": ">=", "value": 2000, "match": "all", "expect": true,
          "conditions": [ { "type": "order", "attribute": "status", "operator": "in", "value": ["complete"] } ] },
        { "type": "products", "source": "ordered", "found": true, "match": "all", "expect": true,
          "count": { "operator": ">=", "value": 2 },
          "conditions": [ { "type": "product", "attribute": "category_id", "operator": "in", "value": [12] } ] },
        { "type": "segment", "operator": "not_in", "value": ["gold"] },
        { "type": "customer", "attribute": "dob", "operator": "is_empty" }
      ] } })";
    const Result<SegmentDefinition> first = DefinitionCodec::fromJson(json);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    const QByteArray written = DefinitionCodec::toJson(*first);
    const Result<SegmentDefinition> second = DefinitionCodec::fromJson(written);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(DefinitionCodec::toJson(*second), written);
    EXPECT_EQ(QJsonDocument::fromJson(written).object(), QJsonDocument::fromJson(json).object());
    EXPECT_FALSE(second->conditions.children[0].enabled);
    EXPECT_EQ(second->conditions.children[3].count->value.toInt(), 2);
    EXPECT_EQ(*second->moveToGroup, 3);
    EXPECT_TRUE(second->restoreGroupOnExit);
}

} // namespace

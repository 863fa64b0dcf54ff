#include "definition/conditionscope.h"
#include "definition/definitioncodec.h"
#include "definition/definitionvalidator.h"
#include "definition/segmentlookups.h"
#include "store/storeschema.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace seg;

namespace {

QByteArray withConditions(const QString &children, const QString &code = QStringLiteral("t"))
{
    return QStringLiteral(
               R"({"segmentor":1,"code":"%1","name":"T","conditions":{"type":"combine","conditions":[%2]}})")
        .arg(code, children)
        .toUtf8();
}

struct Case
{
    const char *name;
    QString children;
    QString path;
    QString message;
};

class ValidatorRejects : public ::testing::TestWithParam<Case>
{
protected:
    ValidatorRejects()
    {
        CustomAttribute loyalty;
        loyalty.code = QStringLiteral("loyalty_score");
        loyalty.attributeId = 500;
        loyalty.backendType = QStringLiteral("int");
        loyalty.kind = ValueKind::Number;
        m_schema.addCustomAttribute(loyalty);
        for (const char *code : {"gold", "loop-a", "loop-b"}) {
            SegmentDefinition d;
            d.code = QString::fromLatin1(code);
            d.name = d.code;
            m_segments.add(d);
        }
        // loop-a -> loop-b -> loop-a
        SegmentDefinition a = *m_segments.findSegment(QStringLiteral("loop-a"));
        a.conditions = *DefinitionCodec::nodeFromJson(
            QJsonDocument::fromJson(
                R"({"type":"combine","conditions":[{"type":"segment","operator":"in","value":["loop-b"]}]})")
                .object(),
            QStringLiteral("conditions"));
        m_segments.add(a);
        SegmentDefinition b = *m_segments.findSegment(QStringLiteral("loop-b"));
        b.conditions = *DefinitionCodec::nodeFromJson(
            QJsonDocument::fromJson(
                R"({"type":"combine","conditions":[{"type":"segment","operator":"in","value":["loop-a"]}]})")
                .object(),
            QStringLiteral("conditions"));
        m_segments.add(b);
    }
    StoreSchema m_schema;
    InMemorySegmentLookup m_segments;
};

TEST_P(ValidatorRejects, NamesThePlace)
{
    const Case &c = GetParam();
    const Result<SegmentDefinition> d = DefinitionCodec::fromJson(withConditions(c.children));
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    const Status st = DefinitionValidator(&m_schema, &m_segments).check(*d);
    ASSERT_FALSE(st.ok()) << c.name;
    EXPECT_EQ(st.error().toString().toStdString(),
              (c.path + QStringLiteral(": ") + c.message).toStdString());
}

INSTANTIATE_TEST_SUITE_P(
    Table, ValidatorRejects,
    ::testing::Values(
        Case{
            "WrongNumber",
            R"({"type":"orders","metric":"number_of_orders","operator":">","value":1},{"type":"combine","conditions":[{"type":"customer","attribute":"failures_num","operator":">=","value":"abc"}]})",
            "conditions.conditions[1].conditions[0].value", "expected a number, got \"abc\""},
        Case{"UnknownAttribute",
             R"({"type":"customer","attribute":"shoe_size","operator":"==","value":1})",
             "conditions.conditions[0].attribute",
             "unknown customer attribute \"shoe_size\" (not in the catalog nor in eav_attribute)"},
        Case{"OperatorForKind",
             R"({"type":"customer","attribute":"is_active","operator":"contains","value":true})",
             "conditions.conditions[0].operator",
             "operator \"contains\" does not apply to true or false (expected one of ==)"},
        Case{"EmptyIn", R"({"type":"customer","attribute":"group_id","operator":"in","value":[]})",
             "conditions.conditions[0].value", "expected a non-empty array, got an empty one"},
        Case{"InItemKind",
             R"({"type":"customer","attribute":"group_id","operator":"in","value":[1,"2"]})",
             "conditions.conditions[0].value[1]", "expected an integer id, got \"2\""},
        Case{"IsEmptyWithValue",
             R"({"type":"customer","attribute":"dob","operator":"is_empty","value":"2000-01-01"})",
             "conditions.conditions[0].value", "\"is_empty\" takes no value"},
        Case{"MissingValue", R"({"type":"customer","attribute":"email","operator":"=="})",
             "conditions.conditions[0].value", "is required for operator \"==\""},
        Case{"BadDate",
             R"({"type":"customer","attribute":"dob","operator":"==","value":"2025-02-30"})",
             "conditions.conditions[0].value", "expected a date (YYYY-MM-DD), got \"2025-02-30\""},
        Case{"BetweenOrder",
             R"({"type":"customer","attribute":"failures_num","operator":"between","value":[5,1]})",
             "conditions.conditions[0].value", "low 5 is greater than high 1"},
        Case{
            "NegativeDays",
            R"({"type":"customer","attribute":"created_at","operator":"within_last_days","value":-3})",
            "conditions.conditions[0].value", "expected a number of days of 0 or more, got -3"},
        Case{"EnumValue",
             R"({"type":"customer","attribute":"gender","operator":"==","value":"other"})",
             "conditions.conditions[0].value",
             "expected one of male, female, not_specified, got \"other\""},
        Case{"CustomKind",
             R"({"type":"customer","attribute":"loyalty_score","operator":">","value":"high"})",
             "conditions.conditions[0].value", "expected a number, got \"high\""},
        Case{"UnknownMetric", R"({"type":"orders","metric":"revenue","operator":">","value":1})",
             "conditions.conditions[0].metric",
             "unknown metric \"revenue\" (expected one of number_of_orders, lifetime_sales, "
             "average_order_value, lifetime_refunds, purchased_qty, total_discount, "
             "total_shipping, total_tax, first_order_date, last_order_date, "
             "days_since_first_order, days_since_last_order)"},
        Case{
            "SourceAttribute",
            R"({"type":"products","source":"viewed","conditions":[{"type":"product","attribute":"price","operator":">","value":1}]})",
            "conditions.conditions[0].conditions[0].attribute",
            "product attribute \"price\" is not available for source \"viewed\""},
        Case{
            "CountWithFoundFalse",
            R"({"type":"products","source":"cart","found":false,"count":{"operator":">=","value":2}})",
            "conditions.conditions[0].count", "\"count\" applies only when \"found\" is true"},
        Case{"UnknownSegment", R"({"type":"segment","operator":"in","value":["platinum"]})",
             "conditions.conditions[0].value[0]", "unknown segment \"platinum\""},
        Case{"SelfReference", R"({"type":"segment","operator":"in","value":["t"]})",
             "conditions.conditions[0].value[0]", "segment reference cycle: t -> t"},
        Case{"ReferenceCycle",
             R"({"type":"segment","operator":"not_in","value":["gold","loop-a"]})",
             "conditions.conditions[0].value[1]",
             "segment reference cycle: loop-a -> loop-b -> loop-a"},
        Case{"ReferenceEmpty", R"({"type":"segment","operator":"in","value":[]})",
             "conditions.conditions[0].value",
             "expected a non-empty array of segment codes, got an array"},
        Case{
            "OrderAttrInScope",
            R"({"type":"orders","metric":"number_of_orders","operator":">","value":0,"conditions":[{"type":"order","attribute":"colour","operator":"==","value":"x"}]})",
            "conditions.conditions[0].conditions[0].attribute",
            "unknown order attribute \"colour\" (expected one of status, state, created_at, "
            "days_since_created, updated_at, store_id, order_currency_code, payment_method, "
            "shipping_method, coupon_code, grand_total, subtotal, tax_amount, shipping_amount, "
            "discount_amount, total_qty_ordered, total_refunded, billing_country_id, "
            "shipping_country_id)"}),
    [](const ::testing::TestParamInfo<Case> &info) { return std::string(info.param.name); });

TEST(DefinitionValidator, AcceptsEveryOperatorOfEveryKind)
{
    const QByteArray json = withConditions(R"(
        {"type":"customer","attribute":"email","operator":"not_contains","value":"@spam"},
        {"type":"customer","attribute":"dob","operator":"days_ago_between","value":[1, 30.5]},
        {"type":"customer","attribute":"created_at","operator":"between","value":["2025-01-01","2025-06-01T12:00:00+02:00"]},
        {"type":"customer","attribute":"gender","operator":"in","value":["male","female"]},
        {"type":"customer","attribute":"newsletter","operator":"!=","value":"not_subscribed"},
        {"type":"customer","attribute":"days_since_registration","operator":"<","value":0.04},
        {"type":"cart","attribute":"exists","operator":"==","value":true},
        {"type":"products","source":"ordered","count":{"operator":"between","value":[2,5]},"conditions":[{"type":"product","attribute":"ordered_at","operator":"within_last_days","value":90}]},
        {"type":"segment","operator":"in","value":["gold"]})");
    InMemorySegmentLookup segments;
    SegmentDefinition gold;
    gold.code = QStringLiteral("gold");
    segments.add(gold);
    const Result<SegmentDefinition> d = DefinitionCodec::fromJson(json);
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    const QList<Error> errors = DefinitionValidator(nullptr, &segments).validate(*d);
    EXPECT_TRUE(errors.isEmpty()) << errors.value(0).toString().toStdString();
}

TEST(DefinitionValidator, CustomAttributesNeedAStore)
{
    const Result<SegmentDefinition> d = DefinitionCodec::fromJson(withConditions(
        R"({"type":"customer","attribute":"loyalty_score","operator":">","value":1})"));
    ASSERT_TRUE(d.ok());
    const Status st = DefinitionValidator().check(*d);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().message, QStringLiteral("unknown customer attribute \"loyalty_score\" "
                                                 "(custom attributes need a store connection)"));
}

// The scope grammar the codec enforces when parsing also holds for trees built in code (the
// builder's), and the builder asks the same functions (conditionscope.h).
TEST(DefinitionValidator, ChecksTheScopeGrammarOfTreesBuiltInCode)
{
    SegmentDefinition d = *DefinitionCodec::fromJson(withConditions(
        R"({"type":"orders","metric":"number_of_orders","operator":">=","value":1,"conditions":[{"type":"order","attribute":"status","operator":"==","value":"complete"}]})"));
    ASSERT_TRUE(DefinitionValidator().check(d).ok());
    ConditionNode customer = d.conditions.children[0].children[0];
    customer.type = QStringLiteral("customer");
    customer.attribute = QStringLiteral("email");
    customer.test = {QStringLiteral("is_not_empty"), QJsonValue(QJsonValue::Undefined)};
    d.conditions.children[0].children.push_back(customer); // a customer leaf inside an orders scope
    ConditionNode order = d.conditions.children[0].children[0];
    d.conditions.children.push_back(order); // an order leaf outside every scope
    const QList<Error> errors = DefinitionValidator().validate(d);
    ASSERT_GE(errors.size(), 2);
    EXPECT_EQ(errors[0].toString(),
              QStringLiteral("conditions.conditions[0].conditions[1].type: \"customer\" is not "
                             "allowed inside a orders scope (expected \"order\" or \"combine\")"));
    EXPECT_EQ(errors[1].toString(),
              QStringLiteral(
                  "conditions.conditions[1].type: \"order\" conditions belong inside a scope"));
}

TEST(ConditionScope, WhichConditionsMaySitWhere)
{
    ConditionNode customer;
    customer.kind = NodeKind::Attribute;
    customer.type = QStringLiteral("customer");
    ConditionNode order = customer;
    order.type = QStringLiteral("order");
    ConditionNode scope;
    scope.kind = NodeKind::OrdersScope;
    scope.type = QStringLiteral("orders");
    EXPECT_TRUE(allowedInScope(customer, {}));
    EXPECT_FALSE(allowedInScope(customer, QStringLiteral("orders")));
    EXPECT_TRUE(allowedInScope(order, QStringLiteral("orders")));
    EXPECT_FALSE(allowedInScope(order, {}));
    EXPECT_FALSE(allowedInScope(scope, QStringLiteral("orders")));
    EXPECT_EQ(scopeTypeOf(scope), QStringLiteral("orders"));
    EXPECT_EQ(leafTypeOf(QStringLiteral("products")), QStringLiteral("product"));
    // A combine fits where all of its subtree fits; a scope takes its own leaves.
    ConditionNode group = ConditionNode::combine();
    group.children = {order};
    EXPECT_TRUE(fitsInScope(group, QStringLiteral("orders")));
    EXPECT_FALSE(fitsInScope(group, {}));
    scope.children = {group};
    EXPECT_TRUE(fitsInScope(scope, {}));
    scope.children = {customer};
    EXPECT_FALSE(fitsInScope(scope, {}));
}

} // namespace

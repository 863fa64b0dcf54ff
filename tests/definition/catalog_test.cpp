#include "catalog/conditioncatalog.h"
#include "definition/definitioncodec.h"
#include "definition/nodedescription.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace seg;

TEST(ConditionCatalog, PaletteCoversEveryCategoryTheBuilderShows)
{
    QSet<QString> categories;
    for (const ConditionTypeSpec &t : ConditionCatalog::instance().conditionTypes())
        categories << t.category;
    for (const char *c :
         {"Customer", "Address", "Orders and lifetime value", "Ordered products", "Cart",
          "Cart products", "Wishlist", "Viewed products", "Newsletter", "Other segments"})
        EXPECT_TRUE(categories.contains(QString::fromLatin1(c))) << c;
}

TEST(ConditionCatalog, EveryAttributeHasALabelAndOperators)
{
    const ConditionCatalog &catalog = ConditionCatalog::instance();
    for (const char *entity : {"customer", "address", "order", "cart", "product"}) {
        ASSERT_FALSE(catalog.attributes(QString::fromLatin1(entity)).isEmpty()) << entity;
        for (const AttributeSpec &a : catalog.attributes(QString::fromLatin1(entity))) {
            EXPECT_FALSE(a.label.isEmpty()) << entity << "." << a.code.toStdString();
            EXPECT_FALSE(ConditionCatalog::operatorsFor(a.kind).isEmpty());
            for (const QString &op : ConditionCatalog::operatorsFor(a.kind))
                EXPECT_FALSE(ConditionCatalog::operatorLabel(op).contains(QLatin1Char('_')))
                    << "operator " << op.toStdString() << " has no label";
        }
    }
    EXPECT_EQ(ConditionCatalog::operatorLabel(QStringLiteral("==")), QStringLiteral("is"));
    EXPECT_EQ(ConditionCatalog::operatorLabel(QStringLiteral("days_ago_between")),
              QStringLiteral("was between N and M days ago"));
    EXPECT_EQ(catalog.metrics().size(), 12);
    EXPECT_EQ(ConditionCatalog::productSources().size(), 4);
    EXPECT_EQ(ConditionCatalog::addressKinds().size(), 3);
}

TEST(NodeDescription, ReadsLikeASentence)
{
    auto node = [](const char *json) {
        return *DefinitionCodec::nodeFromJson(QJsonDocument::fromJson(json).object(),
                                              QStringLiteral("conditions"));
    };
    EXPECT_EQ(describeNode(node(R"({"type":"combine","match":"any","expect":false})")),
              QStringLiteral("If ANY of these conditions are FALSE"));
    EXPECT_EQ(describeNode(node(
                  R"({"type":"customer","attribute":"city_x","operator":"==","value":"Paris"})")),
              QStringLiteral("city_x is \"Paris\""));
    EXPECT_EQ(describeNode(node(
                  R"({"type":"orders","metric":"lifetime_sales","operator":">=","value":2000})")),
              QStringLiteral("Lifetime sales is at least 2000, counting all orders"));
    EXPECT_EQ(describeNode(node(R"({"type":"products","source":"wishlist","found":false})")),
              QStringLiteral("Products in the wishlist: no item"));
    EXPECT_EQ(
        describeNode(node(R"({"type":"segment","operator":"not_in","value":["vip","gold"]})")),
        QStringLiteral("Member of none of segments [\"vip\", \"gold\"]"));
    EXPECT_EQ(
        describeNode(node(
            R"({"type":"customer","attribute":"created_at","operator":"within_last_days","value":365})")),
        QStringLiteral("Registered at is within the last 365 days"));
    EXPECT_EQ(
        describeNode(node(
            R"({"type":"customer","attribute":"created_at","operator":"days_ago_between","value":[20,400]})")),
        QStringLiteral("Registered at was between 20 and 400 days ago"));
}

#pragma once

#include "definition/definitioncodec.h"

#include <QByteArray>
#include <QJsonDocument>

namespace buildertest {

// A four-level tree of real conditions (after examples/vip-platinum.json and
// examples/uk-christmas-shoppers.json): root > ANY group > orders scope > ALL group > leaves.
inline QByteArray fourLevelJson()
{
    return R"({
  "segmentor": 1, "code": "uk-vip-christmas", "name": "UK VIP Christmas shoppers", "refresh": "manual",
  "conditions": { "type": "combine", "match": "all", "expect": true, "conditions": [
    { "type": "customer", "attribute": "is_active", "operator": "==", "value": true },
    { "type": "combine", "match": "any", "expect": true, "conditions": [
      { "type": "orders", "metric": "lifetime_sales", "operator": ">=", "value": 1000, "match": "all", "expect": true,
        "conditions": [
          { "type": "combine", "match": "all", "expect": true, "conditions": [
            { "type": "order", "attribute": "state", "operator": "in", "value": ["complete", "processing"] },
            { "type": "order", "attribute": "created_at", "operator": "within_last_days", "value": 365 } ] } ] },
      { "type": "products", "source": "ordered", "found": true, "count": { "operator": ">=", "value": 2 },
        "match": "all", "expect": true,
        "conditions": [ { "type": "product", "attribute": "name", "operator": "contains", "value": "christmas" },
                        { "type": "product", "attribute": "ordered_at", "operator": "days_ago_between", "value": [20, 400] } ] } ] },
    { "type": "address", "address": "billing", "match": "all", "expect": true,
      "conditions": [ { "type": "address", "attribute": "country_id", "operator": "==", "value": "GB" },
                      { "type": "address", "attribute": "city", "operator": "!=", "value": "London" } ] },
    { "type": "customer", "attribute": "newsletter", "operator": "==", "value": "subscribed", "enabled": false }
  ] }
})";
}

inline seg::SegmentDefinition fourLevel()
{
    return seg::DefinitionCodec::fromJson(fourLevelJson()).value();
}

inline QByteArray json(const seg::ConditionNode &node)
{
    return QJsonDocument(seg::DefinitionCodec::nodeToJson(node)).toJson(QJsonDocument::Compact);
}

} // namespace buildertest

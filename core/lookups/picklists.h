#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace seg {

struct StoreSession;

// The lists a condition editor offers instead of free entry, read from the connected store.
enum class PickListKind
{
    Countries,
    Regions,
    CustomerGroups,
    Websites,
    Stores,
    OrderStatuses,
    PaymentMethods,
    ShippingMethods,
    Categories,
    Products,
    Segments
};

// One choice: the value stored in the definition and what the marketer reads.
struct PickItem
{
    QVariant value;
    QString label;
};

// Which list feeds a condition's value editor; `type` is the node's JSON type (customer,
// address, order, product, cart, ...). nullopt = free entry.
std::optional<PickListKind> pickListFor(const QString &type, const QString &attribute);

// Reads one list from the store with bound SQL (any dialect, honouring the table prefix).
// `search` filters Products (SKU or name) and Categories (name); `limit` caps the rows.
Result<QList<PickItem>> loadPickList(const StoreSession &session, PickListKind kind,
                                     const QString &search = {}, int limit = 200);

// A readable name for the list ("Countries", "Order statuses", ...).
QString pickListName(PickListKind kind);

} // namespace seg

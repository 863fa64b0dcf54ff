#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace seg {

struct StoreSession;

struct OrderStatus
{
    QString code;  // sales_order.status
    QString label; // sales_order_status.label, or the code
};

// The order statuses a report may filter on: Magento's sales_order_status list plus any
// status the orders use that the list lacks.
class OrderStatuses
{
public:
    static Result<QList<OrderStatus>> load(const StoreSession &session);
};

} // namespace seg

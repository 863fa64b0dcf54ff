#pragma once

#include "common/result.h"
#include "store/storeconnection.h"

#include <QDate>
#include <QString>

#include <functional>

namespace seg {

struct DemoOptions
{
    int customers = 2000;
    quint64 seed = 42;
    QDate anchor = QDate(2026, 11, 1); // "today" of the generated store; all activity lies before it. Deterministic: never read the clock.
};

// Fills an empty Magento 2.4 schema (see SchemaInstaller) with a realistic, reproducible demo store:
// two websites (GBP and EUR) with four store views, a catalog of real products (the UCI "Online
// Retail" dataset, see resources/demo/README.md), customers from 14 countries with addresses and
// custom EAV attributes, orders in every status with items, payments, addresses and refunds, guests,
// carts, wishlists, viewed products and newsletter subscriptions. Every condition of the segment
// format has data, including the edge cases the engine must get right (Feb 29 birthdays, mixed-case
// e-mails, guest orders with a registered customer's e-mail, two active carts, ...).
//
// Same options => identical rows (own PRNG, no clock, no locale). Runs in one transaction: on an
// error or a cancel nothing is kept.
class DemoStoreGenerator
{
public:
    explicit DemoStoreGenerator(DemoOptions options);
    // Fills the (already created, empty) Magento tables of `connection` whose names carry `tablePrefix`.
    // Works on SQLite, MySQL/MariaDB and PostgreSQL connections. progress(percent) may return false to cancel (then return an Error "cancelled").
    Status generate(const StoreConnection &connection, const QString &tablePrefix,
                    const std::function<bool(int percent)> &progress = {});

private:
    DemoOptions m_options;
};

} // namespace seg

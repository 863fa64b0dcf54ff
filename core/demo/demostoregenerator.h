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
    // The generated store's "today": all activity (registrations, orders, carts, views...) lies
    // before this day's 00:00 UTC, the most recent of it in the last days before it; birthdays
    // fall around it. Required: the generator never reads the clock, so a seed and an anchor
    // give the same rows on any day. Front doors pass demoAnchorToday() (or --today).
    QDate anchor;
};

// Today's date in UTC: the anchor the front doors give a store created now (a store made at
// 23:30 in Sydney is anchored to the UTC day, so none of its activity lies after the present).
QDate demoAnchorToday();

// Fills an empty Magento 2.4 schema (see SchemaInstaller) with a realistic, reproducible demo
// store: two websites (GBP and EUR) with four store views, a catalog of real products (the UCI
// "Online Retail" dataset, see resources/demo/README.md), customers from 14 countries with
// addresses and custom EAV attributes, orders in every status with items, payments, addresses and
// refunds, guests, carts, wishlists, viewed products and newsletter subscriptions. Every condition
// of the segment format has data, including the edge cases the engine must get right (Feb 29
// birthdays, mixed-case e-mails, guest orders with a registered customer's e-mail, two active
// carts, ...).
//
// Same options => identical rows (own PRNG, no clock, no locale). Runs in one transaction: on an
// error or a cancel nothing is kept.
class DemoStoreGenerator
{
public:
    explicit DemoStoreGenerator(DemoOptions options);
    // Fills the (already created, empty) Magento tables of `connection` whose names carry
    // `tablePrefix`. Works on SQLite, MySQL/MariaDB and PostgreSQL connections. progress(percent)
    // may return false to cancel (then return an Error "cancelled").
    Status generate(const StoreConnection &connection, const QString &tablePrefix,
                    const std::function<bool(int percent)> &progress = {});

private:
    DemoOptions m_options;
};

} // namespace seg

#pragma once

// The people of the demo store and everything they did: customers with addresses and custom
// attributes, orders (items, payments, addresses, credit memos), guests, carts, wishlists, viewed
// products and newsletter subscriptions. Generated in chunks (customers first, then the orders in
// the order they were placed); every row id is given explicitly, and every customer, guest and
// order has its own random stream, so the rows only depend on the options.

#include "demo/bulkinserter.h"
#include "demo/demodata.h"

#include <QDate>

#include <limits>
#include <string>
#include <vector>

namespace seg::demo {

// Fixed ids of the rows the generator writes before the population (see demostoregenerator.cpp).
namespace ids {
constexpr int WebsiteMain = 1, WebsiteEu = 2;
constexpr int StoreDefault = 1, StoreIreland = 2, StoreFrench = 3, StoreGerman = 4;
constexpr int GroupNotLoggedIn = 0, GroupGeneral = 1, GroupWholesale = 2, GroupRetailer = 3;
constexpr int AttrCategoryName = 45, AttrProductName = 46, AttrLoyaltyScore = 47,
              AttrLoyaltyTier = 48;
constexpr int AttrGender = 20;
} // namespace ids

struct StoreView
{
    int id;
    int website;
    const char *code;
    const char *name;
};
const StoreView &storeView(int storeId); // 1..4
const char *storeName(int storeId);      // sales_order.store_name: website, group and view names

struct CouponRule
{
    int ruleId;
    const char *code;
    const char *name;
    int percent;       // by_percent discount (0 = none)
    qint64 fixedCents; // cart_fixed discount in base currency units of GBP (EUR adds 16 %)
    bool freeShipping; // discounts the whole shipping amount
};
const std::vector<CouponRule> &couponRules();

// Every table the population writes, in an order that satisfies the foreign keys.
struct PopulationTables
{
    explicit PopulationTables(const QString &prefix);
    TableBuffer customer, customerInt, customerVarchar, address, customerLog;
    TableBuffer order, orderItem, orderPayment, orderAddress, creditmemo;
    TableBuffer quote, quoteItem, wishlist, wishlistItem, viewed, newsletter;
    std::vector<TableBuffer *> inWriteOrder();
};

struct PopulationOptions
{
    qint64 customers = 0;
    quint64 seed = 0;
    QDate anchor;
};

class PopulationGenerator
{
public:
    static constexpr int CustomerChunk = 1000; // customers per chunk in phase 1
    static constexpr int OrderChunk = 4000;    // orders per chunk in phase 2
    static constexpr int ViewChunk = 20000;    // viewed products per chunk in phase 3

    PopulationGenerator(const DemoData &data, PopulationOptions options);
    // Fills `out` with the next chunk of rows; false when everything has been generated. Phase 1
    // writes the customers (addresses, attributes, carts, wishlists, views, newsletter) and plans
    // every order and product view; phase 2 writes the orders in the order they were placed, phase
    // 3 the viewed products in the order they were viewed (chronological ids, like Magento's, and
    // cheap appends to the date indexes).
    bool nextChunk(PopulationTables &out);
    int percentDone() const; // 0..100
    // How many orders used each of couponRules() (for salesrule.times_used), after the last chunk.
    const std::vector<qint64> &couponUses() const { return m_couponUses; }

    struct Identity
    {
        int website = 1;
        int store = 1;
        int country = GB;
        bool female = false;
        std::string first, last, email;
    };

    struct Address
    {
        qint64 id = 0; // customer_address_entity id, 0 = not saved in the address book
        int country = GB;
        std::string first, last, company, street, city, region, postcode, telephone, vatId;
        int regionId = 0;
        int vatValid = -1; // -1 = NULL
    };

    static constexpr qint64 kNoDate = std::numeric_limits<qint64>::min();

    struct Party // who places an order or owns a cart
    {
        qint64 customerId = 0;  // 0 = NULL (guest)
        bool guestFlag = false; // customer_is_guest
        int group = ids::GroupNotLoggedIn;
        int website = 1;
        int store = 1;
        std::string email, first, last, middle, prefix, suffix, taxvat;
        qint64 dobDays = kNoDate;
        int gender = 0; // 0 = NULL
        Address billing, shipping;
        bool vip = false;
        bool wholesale = false;
    };

    struct OrderFlags
    {
        const char *status = nullptr; // forced status, nullptr = by age
        bool configurable = false;    // make the first item a configurable product
        bool deletedProduct = false;  // make the first item a product deleted since
        bool withQuote = false;       // create the converted quote it came from
    };

    struct CustomerPlan;
    struct GuestPlan;

private:
    struct Line
    {
        int product = 0; // index into DemoData::products (the parent for configurables)
        int child = -1;  // configurable: the simple child
        int qty = 1;
        qint64 price = 0; // per unit, order currency
        qint64 row = 0;
        qint64 discount = 0;
        qint64 tax = 0;
        std::string sku, name;
        qint64 quoteItemId = 0, quoteChildItemId = 0;
    };

    // An order to write in phase 2.
    enum OrderOwner : quint8
    {
        CustomerOrder,
        GuestOrder,
        SameWebsiteGuestOrder,
        OtherWebsiteGuestOrder
    };
    struct PlannedOrder
    {
        qint64 time;
        quint32 owner; // customer or guest index
        quint8 kind;   // OrderOwner
        quint8 ordinal;
        bool operator<(const PlannedOrder &o) const
        {
            return time != o.time     ? time < o.time
                   : kind != o.kind   ? kind < o.kind
                   : owner != o.owner ? owner < o.owner
                                      : ordinal < o.ordinal;
        }
    };

    // A report_viewed_product_index row to write in phase 3.
    struct PlannedView
    {
        qint64 time;
        quint32 owner;   // customer_entity.entity_id, or the visitor id
        quint32 product; // catalog_product_entity.entity_id
        quint8 store;
        quint8 visitor; // 1: owner is a visitor id (customer_id NULL)
        bool operator<(const PlannedView &o) const
        {
            return time != o.time         ? time < o.time
                   : visitor != o.visitor ? visitor < o.visitor
                   : owner != o.owner     ? owner < o.owner
                                          : product < o.product;
        }
    };

    Identity identityOf(qint64 n) const;
    Identity guestIdentityOf(qint64 g) const;
    CustomerPlan planCustomer(qint64 n) const;
    GuestPlan planGuest(qint64 g) const;
    Party partyOf(const CustomerPlan &plan) const;
    Address makeAddress(Rng &rng, int country, const std::string &first, const std::string &last,
                        bool mayHaveCompany) const;
    void generateCustomerChunk(int chunk, PopulationTables &t);
    void generateOrderChunk(int chunk, PopulationTables &t);
    void generateViewChunk(int chunk, PopulationTables &t);
    void generateCustomer(qint64 n, PopulationTables &t);
    void generateGuest(qint64 g, PopulationTables &t);
    void generateGuestCart(qint64 k, PopulationTables &t);
    void generateVisitor(qint64 k, PopulationTables &t);
    void generateProspect(qint64 k, PopulationTables &t);
    void generatePlannedOrder(const PlannedOrder &order, PopulationTables &t);

    void writeAddress(const Address &a, qint64 customerId, qint64 createdAt, qint64 updatedAt,
                      Rng &rng, PopulationTables &t);
    qint64 writeOrder(Rng &rng, const Party &p, qint64 createdAt, const OrderFlags &flags,
                      PopulationTables &t);
    void writeOrderAddress(const Address &a, const Party &p, qint64 orderId, qint64 addressId,
                           const char *type, PopulationTables &t);
    // A quote with its items; returns the quote id. converted: is_active 0 (the quote of an order).
    qint64 writeQuote(Rng &rng, const Party &p, std::vector<Line> &lines, qint64 createdAt,
                      qint64 updatedAt, bool active, const CouponRule *coupon,
                      const std::string &reservedOrderId, PopulationTables &t);
    std::vector<Line> cartLines(Rng &rng, const Party &p, int count) const;
    qint64 unitPrice(int product, int website) const;
    qint64 randomTime(Rng &rng, qint64 from, qint64 to) const; // uniform in [from, to)

    const DemoData &m_data;
    PopulationOptions m_options;
    qint64 m_anchor = 0; // seconds, anchor day 00:00:00 UTC
    qint64 m_anchorDays = 0;
    int m_customerChunks = 0;
    int m_nextCustomerChunk = 0;
    int m_nextOrderChunk = 0;
    int m_nextViewChunk = 0;
    std::vector<PlannedOrder> m_plannedOrders; // sorted when phase 1 ends
    std::vector<PlannedView> m_plannedViews;   // sorted when phase 1 ends
    std::vector<quint32> m_firstAddressId;     // per customer, 0 = none
    std::vector<qint64> m_couponUses;

    struct Counters
    {
        qint64 customer = 0, address = 0, eavInt = 0, eavVarchar = 0, log = 0;
        qint64 order = 0, orderItem = 0, payment = 0, orderAddress = 0, creditmemo = 0,
               increment = 0;
        qint64 quote = 0, quoteItem = 0, wishlist = 0, wishlistItem = 0, viewed = 0, visitor = 0,
               newsletter = 0;
    } m_ids;
};

} // namespace seg::demo

// Orders and quotes of the demo population (see population.h).

#include "demo/population.h"

#include "demo/populationdetail.h"

#include <algorithm>

namespace seg::demo {

using detail::Day;
using detail::kStatuses;
using detail::remoteIp;

namespace {

enum StatusIndex
{
    Pending,
    PendingPayment,
    Processing,
    Complete,
    Closed,
    Canceled,
    Holded,
    PaymentReview,
    Fraud
};

// Status weights (per mille) by the age of the order: fresh orders are still open, old ones done.
constexpr std::array<int, 9> kFreshStatus = {300, 80, 350, 100, 0, 70, 30, 50, 20};
constexpr std::array<int, 9> kRecentStatus = {20, 10, 120, 660, 60, 80, 30, 10, 10};
constexpr std::array<int, 9> kOldStatus = {10, 5, 10, 790, 70, 100, 8, 2, 5};

int statusIndex(const char *status)
{
    for (int i = 0; i < 9; ++i)
        if (qstrcmp(kStatuses[i], status) == 0) return i;
    return Complete;
}

const char *stateOf(int status)
{
    switch (status) {
    case Pending:
        return "new";
    case Fraud:
        return "processing"; // Magento's "Suspected Fraud" status sits in the processing state
    default:
        return kStatuses[status];
    }
}

struct PaymentMethod
{
    const char *code;
    const char *title;
    bool online;
};
const PaymentMethod kPayments[] = {
    {"checkmo", "Check / Money order", false},
    {"banktransfer", "Bank Transfer Payment", false},
    {"paypal_express", "PayPal Express Checkout", true},
    {"braintree", "Credit Card (Braintree)", true},
    {"cashondelivery", "Cash On Delivery", false},
    {"free", "No Payment Information Required", false},
};
enum PaymentIndex
{
    Checkmo,
    BankTransfer,
    PaypalExpress,
    Braintree,
    CashOnDelivery,
    Free
};

std::string transactionId(Rng &rng)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    std::string id;
    for (int i = 0; i < 17; ++i)
        id += alphabet[rng.below(34)];
    return id;
}

} // namespace

qint64 PopulationGenerator::writeOrder(Rng &rng, const Party &p, qint64 createdAt,
                                       const OrderFlags &flags, PopulationTables &t)
{
    const qint64 orderId = ++m_ids.order;
    const bool eur = p.website == ids::WebsiteEu;
    const char *currency = eur ? "EUR" : "GBP";
    const qint64 ageDays = (m_anchor - createdAt) / Day;
    int year, month, day;
    civilFromDays(createdAt / Day, year, month, day);

    // Items.
    const bool isVirtual = !flags.configurable && !flags.deletedProduct && rng.permille(10);
    std::vector<Line> lines;
    if (isVirtual) {
        const int count = 1 + int(rng.below(2));
        for (int k = 0; k < count; ++k) {
            const int product =
                m_data.virtualProducts[rng.below(quint32(m_data.virtualProducts.size()))];
            if (std::any_of(lines.begin(), lines.end(),
                            [&](const Line &l) { return l.product == product; }))
                continue;
            Line line;
            line.product = product;
            line.qty = 1;
            line.price = unitPrice(product, p.website);
            line.row = line.price;
            line.sku = m_data.products[size_t(product)].sku;
            line.name = m_data.products[size_t(product)].name;
            lines.push_back(std::move(line));
        }
    } else {
        int count = 1 + rng.weighted(std::array<int, 5>{36, 28, 18, 11, 7});
        if (p.vip) count += int(rng.below(3));
        for (int k = 0; k < count; ++k) {
            Line line;
            bool renamed = ageDays > 400;
            if (k == 0 && flags.configurable) {
                std::vector<int> configurables;
                for (int index : m_data.visible)
                    if (!m_data.products[size_t(index)].children.empty())
                        configurables.push_back(index);
                line.product = configurables[rng.below(quint32(configurables.size()))];
                const auto &children = m_data.products[size_t(line.product)].children;
                line.child = children[rng.below(quint32(children.size()))];
            } else if ((k == 0 && flags.deletedProduct) || (ageDays > 365 && rng.percent(3))) {
                line.product =
                    m_data.deletedProducts[rng.below(quint32(m_data.deletedProducts.size()))];
            } else {
                const int picked = m_data.pickSellable(rng);
                const int parent = m_data.products[size_t(picked)].parentIndex;
                line.product = parent >= 0 ? parent : picked;
                line.child = parent >= 0 ? picked : -1;
            }
            if (std::any_of(lines.begin(), lines.end(), [&](const Line &l) {
                    return l.product == line.product && l.child == line.child;
                }))
                continue;
            static const int wholesaleQty[] = {6, 12, 12, 24, 24, 48};
            if (p.wholesale)
                line.qty = wholesaleQty[rng.below(6)];
            else
                line.qty = 1 + rng.weighted(std::array<int, 4>{60, 25, 10, 5});
            if (p.vip) line.qty *= 1 + int(rng.below(4));
            const int priced = line.child >= 0 ? line.child : line.product;
            const Product &prod = m_data.products[size_t(line.product)];
            line.price = unitPrice(priced, p.website);
            line.row = line.price * line.qty;
            line.sku = m_data.products[size_t(priced)].sku;
            line.name =
                renamed && line.child < 0 && !prod.oldName.empty() ? prod.oldName : prod.name;
            lines.push_back(std::move(line));
        }
    }
    qint64 subtotal = 0, qty = 0;
    int weightGrams = 0;
    for (const Line &l : lines) {
        subtotal += l.row;
        qty += l.qty;
        const Product &priced = m_data.products[size_t(l.child >= 0 ? l.child : l.product)];
        weightGrams += priced.weightGrams * l.qty;
    }

    // Coupon.
    const CouponRule *coupon = nullptr;
    if (rng.percent(15)) {
        int index = rng.weighted(std::array<int, 6>{35, 20, 20, 15, 8, 2});
        if (index == 1 && month < 11) // XMAS20 only in November and December
            index = 0;
        if (index == 4 && !p.vip && rng.percent(50)) index = 0;
        if (index == 2 && isVirtual) // nothing to ship
            index = 0;
        if (index == 3 && subtotal < (eur ? 3500 : 3000)) index = 0;
        coupon = &couponRules()[size_t(index)];
        ++m_couponUses[size_t(index)];
    }

    // Shipping.
    const char *method = nullptr;
    const char *methodTitle = nullptr;
    qint64 shipping = 0;
    if (!isVirtual) {
        int r = rng.weighted(std::array<int, 4>{50, 25, 15, 10});
        if (subtotal >= (eur ? 6000 : 5000) && rng.percent(50)) r = 3;
        if (coupon && coupon->freeShipping && r == 3) r = 0;
        switch (r) {
        case 0:
            method = "flatrate_flatrate";
            methodTitle = "Flat Rate - Fixed";
            shipping = eur ? 595 : 495;
            break;
        case 1:
            method = "tablerate_bestway";
            methodTitle = "Best Way - Table Rate";
            shipping = eur ? 750 : 650;
            break;
        case 2:
            method = "ups_GND";
            methodTitle = "United Parcel Service - Ground";
            shipping = eur ? 1490 : 1290;
            break;
        default:
            method = "freeshipping_freeshipping";
            methodTitle = "Free Shipping - Free";
            break;
        }
    }

    // Discount, split over the items, and tax per item.
    qint64 itemsDiscount = 0, shippingDiscount = 0;
    if (coupon) {
        if (coupon->percent)
            itemsDiscount = (subtotal * coupon->percent + 50) / 100;
        else if (coupon->fixedCents)
            itemsDiscount = std::min(subtotal, eur ? (coupon->fixedCents * 116 + 50) / 100
                                                   : coupon->fixedCents);
        if (coupon->freeShipping) shippingDiscount = shipping;
    }
    const Address &taxAddress = isVirtual ? p.billing : p.shipping;
    const int taxPermille = isVirtual ? 0 : countryInfo(taxAddress.country).taxPermille;
    qint64 tax = 0, allocated = 0;
    for (size_t k = 0; k < lines.size(); ++k) {
        Line &l = lines[k];
        l.discount = k + 1 == lines.size() ? itemsDiscount - allocated
                                           : (subtotal ? itemsDiscount * l.row / subtotal : 0);
        allocated += l.discount;
        l.tax = ((l.row - l.discount) * taxPermille + 500) / 1000;
        tax += l.tax;
    }
    const qint64 discount = -(itemsDiscount + shippingDiscount); // negative, as Magento stores it
    const qint64 grand = subtotal + discount + shipping + tax;

    // Status and what happened since.
    int status = flags.status ? statusIndex(flags.status)
                              : rng.weighted(ageDays < 3    ? kFreshStatus
                                             : ageDays < 30 ? kRecentStatus
                                                            : kOldStatus);
    if (status == Closed && grand == 0) // nothing to refund
        status = Complete;
    const bool invoiced = status == Processing || status == Complete || status == Closed;
    const bool shipped = status == Complete || status == Closed;
    const bool canceled = status == Canceled;
    qint64 refundTotal = 0, refundSubtotal = 0, refundTax = 0, refundShipping = 0,
           refundDiscount = 0;
    int refundedLine = -1;
    if (status == Closed) {
        refundTotal = grand;
        refundSubtotal = subtotal;
        refundTax = tax;
        refundShipping = shipping - shippingDiscount;
        refundDiscount = discount;
    } else if (status == Complete && rng.percent(7) && lines.size() >= 2) {
        refundedLine = int(rng.below(quint32(lines.size())));
        const Line &l = lines[size_t(refundedLine)];
        refundSubtotal = l.row;
        refundTax = l.tax;
        refundDiscount = -l.discount;
        refundTotal = l.row - l.discount + l.tax;
    }
    const bool refunded = refundTotal > 0;
    qint64 maxUpdate = 2 * 3600;
    switch (status) {
    case Processing:
        maxUpdate = 2 * Day;
        break;
    case Complete:
        maxUpdate = 10 * Day;
        break;
    case Closed:
        maxUpdate = 40 * Day;
        break;
    case Canceled:
        maxUpdate = 5 * Day;
        break;
    case Holded:
        maxUpdate = 3 * Day;
        break;
    default:
        break;
    }
    const qint64 updatedAt =
        randomTime(rng, createdAt, std::min(m_anchor - 1, createdAt + maxUpdate));

    // Payment method.
    int payment;
    if (grand == 0)
        payment = Free;
    else if (status == PaymentReview || status == Fraud)
        payment = rng.percent(50) ? PaypalExpress : Braintree;
    else if (status == PendingPayment)
        payment = rng.percent(70) ? PaypalExpress : BankTransfer;
    else
        payment = rng.weighted(std::array<int, 5>{12, 10, 30, 40, 8});
    const bool online = kPayments[payment].online;

    // Increment id: Magento's per-store sequences ("000000123" on store 1, "200000123" on store 2
    // ...).
    std::string increment;
    const qint64 number = ++m_ids.increment;
    if (p.store == ids::StoreDefault) {
        appendInt(increment, number, 9);
    } else {
        appendInt(increment, p.store);
        appendInt(increment, number, 8);
    }

    // The quote the order was placed from.
    qint64 quoteId = 0;
    if (flags.withQuote) {
        const qint64 quoteCreated =
            std::max(createdAt - 3 * Day, createdAt - 600 - rng.below64(3 * Day));
        quoteId = writeQuote(rng, p, lines, quoteCreated, createdAt, false, coupon, increment, t);
    }

    // Items.
    const double taxPercent = taxPermille / 10.0;
    const int discountPercent = coupon ? coupon->percent : 0;
    for (size_t k = 0; k < lines.size(); ++k) {
        const Line &l = lines[k];
        const Product &prod = m_data.products[size_t(l.product)];
        const bool configurable = l.child >= 0;
        const bool lineVirtual = prod.type == ProductType::Virtual;
        const int unitWeight =
            configurable ? m_data.products[size_t(l.child)].weightGrams : prod.weightGrams;
        const bool lineRefunded = status == Closed || int(k) == refundedLine;
        const qint64 net = l.row - l.discount;
        const qint64 itemId = ++m_ids.orderItem;
        TableBuffer &b = t.orderItem;
        b.i(itemId)
            .i(orderId)
            .null()
            .iOrNull(l.quoteItemId)
            .i(p.store)
            .ts(createdAt)
            .ts(updatedAt)
            .i(prod.id);
        b.s(configurable  ? "configurable"
            : lineVirtual ? "virtual"
                          : "simple")
            .d(unitWeight / 1000.0);
        b.i(lineVirtual ? 1 : 0).s(l.sku).s(l.name).i(0).i(0);
        b.i(canceled ? l.qty : 0)
            .i(invoiced ? l.qty : 0)
            .i(l.qty)
            .i(lineRefunded ? l.qty : 0)
            .i(shipped ? l.qty : 0);
        b.money(l.price)
            .money(l.price)
            .money(l.price)
            .money(l.price)
            .d(taxPercent)
            .money(l.tax)
            .money(l.tax);
        b.money(invoiced ? l.tax : 0)
            .money(invoiced ? l.tax : 0)
            .d(discountPercent)
            .money(l.discount)
            .money(l.discount);
        b.money(invoiced ? l.discount : 0).money(invoiced ? l.discount : 0);
        b.money(lineRefunded ? net : 0).money(lineRefunded ? net : 0).money(l.row).money(l.row);
        b.money(invoiced ? l.row : 0)
            .money(invoiced ? l.row : 0)
            .d(double(unitWeight) * l.qty / 1000.0);
        const qint64 inclTax = l.price + l.tax / l.qty;
        b.money(inclTax).money(inclTax).money(l.row + l.tax).money(l.row + l.tax).i(0).endRow();
        if (configurable) {
            const Product &child = m_data.products[size_t(l.child)];
            const std::string &childName =
                ageDays > 400 && !child.oldName.empty() ? child.oldName : child.name;
            b.i(++m_ids.orderItem)
                .i(orderId)
                .i(itemId)
                .iOrNull(l.quoteChildItemId)
                .i(p.store)
                .ts(createdAt)
                .ts(updatedAt);
            b.i(child.id)
                .s(std::string_view("simple"))
                .d(unitWeight / 1000.0)
                .i(0)
                .s(child.sku)
                .s(childName)
                .i(0)
                .i(0);
            b.i(canceled ? l.qty : 0)
                .i(invoiced ? l.qty : 0)
                .i(l.qty)
                .i(lineRefunded ? l.qty : 0)
                .i(shipped ? l.qty : 0);
            b.money(0)
                .money(0)
                .money(0)
                .money(0)
                .d(0)
                .money(0)
                .money(0)
                .money(0)
                .money(0)
                .d(0)
                .money(0)
                .money(0);
            b.money(0).money(0).money(0).money(0).money(0).money(0).money(0).money(0);
            b.d(double(unitWeight) * l.qty / 1000.0)
                .money(0)
                .money(0)
                .money(0)
                .money(0)
                .i(0)
                .endRow();
        }
    }

    // Addresses.
    const qint64 billingId = ++m_ids.orderAddress;
    writeOrderAddress(p.billing, p, orderId, billingId, "billing", t);
    qint64 shippingId = 0;
    if (!isVirtual) {
        shippingId = ++m_ids.orderAddress;
        writeOrderAddress(p.shipping, p, orderId, shippingId, "shipping", t);
    }

    // Payment.
    {
        TableBuffer &b = t.orderPayment;
        const qint64 shipNet = shipping - shippingDiscount;
        b.i(++m_ids.payment).i(orderId);
        if (invoiced)
            b.money(shipNet).money(shipNet);
        else
            b.null().null();
        if (refunded)
            b.money(refundTotal);
        else
            b.null();
        if (invoiced)
            b.money(grand);
        else
            b.null();
        if (canceled)
            b.money(grand);
        else
            b.null();
        if (online && (invoiced || status == PaymentReview || status == Fraud))
            b.money(grand);
        else
            b.null();
        if (refunded)
            b.money(refundTotal);
        else
            b.null();
        b.money(shipping).money(shipping);
        if (invoiced)
            b.money(grand);
        else
            b.null();
        if (online && (invoiced || status == PaymentReview || status == Fraud))
            b.money(grand);
        else
            b.null();
        b.money(grand).money(grand);
        if (canceled)
            b.money(grand);
        else
            b.null();
        b.s(kPayments[payment].code);
        if (payment == Braintree) {
            static const char *const types[] = {"VI", "MC", "AE"};
            std::string last4;
            appendInt(last4, rng.below(10000), 4);
            b.s(types[rng.below(3)]).s(last4);
            b.s(std::to_string(1 + rng.below(12))).s(std::to_string(year + 1 + int(rng.below(4))));
        } else {
            b.null().null().null().null();
        }
        if (online)
            b.s(transactionId(rng));
        else
            b.null();
        b.s(std::string("{\"method_title\":\"") + kPayments[payment].title + "\"}");
        b.endRow();
    }

    // Credit memo for refunds.
    if (refunded) {
        TableBuffer &b = t.creditmemo;
        const qint64 at = std::min(m_anchor - 1, updatedAt);
        b.i(++m_ids.creditmemo)
            .i(p.store)
            .money(0)
            .d(0)
            .money(refundDiscount)
            .d(1)
            .money(refundTotal)
            .money(0);
        b.money(refundSubtotal + refundTax)
            .money(refundShipping)
            .money(refundSubtotal + refundTax)
            .money(0);
        b.money(refundShipping)
            .d(0)
            .d(eur ? 0.8621 : 1.0)
            .money(0)
            .money(refundSubtotal)
            .money(refundDiscount);
        b.money(refundSubtotal)
            .money(0)
            .money(refundTotal)
            .money(0)
            .money(0)
            .money(refundTax)
            .money(0)
            .money(refundTax);
        b.i(orderId)
            .i(2)
            .s(currency)
            .s(currency)
            .s(currency)
            .s(std::string_view("GBP"))
            .s(increment)
            .ts(at)
            .ts(at);
        b.endRow();
    }

    // The order.
    TableBuffer &b = t.order;
    const auto moneyIf = [&b](bool condition, qint64 cents) {
        if (condition)
            b.money(cents);
        else
            b.null();
    };
    const qint64 shipNet = shipping - shippingDiscount;
    const qint64 paid = invoiced ? grand : 0;
    std::string protect;
    appendHex(protect, rng, 6);
    b.i(orderId)
        .s(stateOf(status))
        .s(kStatuses[status])
        .sOrNull(coupon ? std::string_view(coupon->code) : std::string_view());
    b.s(protect);
    if (methodTitle)
        b.s(methodTitle);
    else
        b.null();
    b.i(isVirtual ? 1 : 0).i(p.store).iOrNull(p.customerId);
    // base_* columns (base currency; base_to_order_rate is 1, so the order currency columns are
    // equal)
    for (int pass = 0; pass < 2; ++pass) {
        b.money(discount);
        if (pass == 0) {
            moneyIf(canceled, discount);
            moneyIf(invoiced, discount);
            moneyIf(status == Closed, refundDiscount);
            b.money(grand).money(shipping);
            moneyIf(canceled, shipping);
            moneyIf(invoiced, shipNet);
            moneyIf(refunded, refundShipping);
            b.money(0).money(subtotal);
            moneyIf(canceled, subtotal);
            moneyIf(invoiced, subtotal);
            moneyIf(refunded, refundSubtotal);
            b.money(tax);
            moneyIf(canceled, tax);
            moneyIf(invoiced, tax);
            moneyIf(refunded, refundTax);
            b.d(eur ? 0.8621 : 1.0).d(1.0);
            moneyIf(canceled, grand);
            moneyIf(invoiced, grand);
            moneyIf(refunded && !online, refundTotal);
            moneyIf(refunded && online, refundTotal);
            moneyIf(invoiced, paid);
            b.i(qty);
            moneyIf(refunded, refundTotal);
        } else {
            moneyIf(canceled, discount);
            moneyIf(invoiced, discount);
            moneyIf(status == Closed, refundDiscount);
            b.money(grand).money(shipping);
            moneyIf(canceled, shipping);
            moneyIf(invoiced, shipNet);
            moneyIf(refunded, refundShipping);
            b.money(0).d(0).d(0).money(subtotal);
            moneyIf(canceled, subtotal);
            moneyIf(invoiced, subtotal);
            moneyIf(refunded, refundSubtotal);
            b.money(tax);
            moneyIf(canceled, tax);
            moneyIf(invoiced, tax);
            moneyIf(refunded, refundTax);
            moneyIf(canceled, grand);
            moneyIf(invoiced, grand);
            moneyIf(refunded && !online, refundTotal);
            moneyIf(refunded && online, refundTotal);
            moneyIf(invoiced, paid);
            b.i(qty);
            moneyIf(refunded, refundTotal);
        }
    }
    b.i(p.guestFlag ? 1 : 0)
        .i(1)
        .i(billingId)
        .i(p.group)
        .i(1)
        .i(1)
        .iOrNull(quoteId)
        .iOrNull(shippingId);
    const qint64 due = invoiced || canceled ? 0 : grand;
    b.money(shippingDiscount)
        .money(subtotal + tax)
        .money(due)
        .money(shippingDiscount)
        .money(subtotal + tax)
        .money(due);
    b.d(weightGrams / 1000.0);
    if (p.dobDays == kNoDate)
        b.null();
    else
        b.s(dateString(p.dobDays) + " 00:00:00");
    b.s(increment);
    if (coupon)
        b.s(std::to_string(coupon->ruleId));
    else
        b.null();
    b.s(currency)
        .s(p.email)
        .sOrNull(p.first)
        .sOrNull(p.last)
        .sOrNull(p.middle)
        .sOrNull(p.prefix)
        .sOrNull(p.suffix);
    b.sOrNull(p.taxvat).sOrNull(coupon ? std::string_view(coupon->code) : std::string_view());
    b.s(std::string_view("GBP"));
    if (status == Holded)
        b.s(std::string_view("processing")).s(std::string_view("processing"));
    else
        b.null().null();
    b.s(currency).s(remoteIp(rng));
    if (method)
        b.s(method);
    else
        b.null();
    b.s(currency).s(storeName(p.store)).ts(createdAt).ts(updatedAt).i(qint64(lines.size()));
    if (p.gender)
        b.i(p.gender);
    else
        b.null();
    b.money(0).money(0).money(shipNet).money(shipNet);
    if (coupon)
        b.s(coupon->name);
    else
        b.null();
    b.i(0).endRow();
    return orderId;
}

void PopulationGenerator::writeOrderAddress(const Address &a, const Party &p, qint64 orderId,
                                            qint64 addressId, const char *type, PopulationTables &t)
{
    TableBuffer &b = t.orderAddress;
    b.i(addressId)
        .i(orderId)
        .iOrNull(a.id)
        .iOrNull(a.regionId)
        .iOrNull(p.customerId)
        .sOrNull(a.region);
    b.s(a.postcode)
        .s(a.last)
        .s(a.street)
        .s(a.city)
        .s(p.email)
        .s(a.telephone)
        .s(countryInfo(a.country).code);
    b.s(a.first).s(type).sOrNull(a.company).sOrNull(a.vatId);
    if (a.vatValid >= 0)
        b.i(a.vatValid);
    else
        b.null();
    b.endRow();
}

} // namespace seg::demo

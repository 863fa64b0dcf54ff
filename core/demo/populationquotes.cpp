// Carts (quotes) of the demo population and the prices both carts and orders use (see
// population.h).

#include "demo/population.h"

#include "demo/populationdetail.h"

#include <algorithm>

namespace seg::demo {

using detail::Day;
using detail::remoteIp;

qint64 PopulationGenerator::unitPrice(int product, int website) const
{
    const qint64 gbp = m_data.products[size_t(product)].priceCents;
    return website == ids::WebsiteEu ? (gbp * 116 + 50) / 100
                                     : gbp; // EUR base currency on the EU website
}

std::vector<PopulationGenerator::Line> PopulationGenerator::cartLines(Rng &rng, const Party &p,
                                                                      int count) const
{
    std::vector<Line> lines;
    for (int k = 0; k < count; ++k) {
        const int product = m_data.pickVisible(rng);
        const Product &prod = m_data.products[size_t(product)];
        Line line;
        line.product = product;
        if (prod.type == ProductType::Configurable && !prod.children.empty())
            line.child = prod.children[rng.below(quint32(prod.children.size()))];
        if (std::any_of(lines.begin(), lines.end(), [&](const Line &l) {
                return l.product == line.product && l.child == line.child;
            }))
            continue;
        const int priced = line.child >= 0 ? line.child : product;
        line.qty = p.wholesale ? 6 * (1 + int(rng.below(4)))
                               : 1 + rng.weighted(std::array<int, 3>{70, 22, 8});
        line.price = unitPrice(priced, p.website);
        line.row = line.price * line.qty;
        line.sku = m_data.products[size_t(priced)].sku;
        line.name = prod.name;
        lines.push_back(std::move(line));
    }
    return lines;
}

qint64 PopulationGenerator::writeQuote(Rng &rng, const Party &p, std::vector<Line> &lines,
                                       qint64 createdAt, qint64 updatedAt, bool active,
                                       const CouponRule *coupon, const std::string &reservedOrderId,
                                       PopulationTables &t)
{
    const qint64 quoteId = ++m_ids.quote;
    const bool eur = p.website == ids::WebsiteEu;
    const char *currency = eur ? "EUR" : "GBP";
    const int taxPermille = countryInfo(p.shipping.country).taxPermille;
    qint64 subtotal = 0, qty = 0, discount = 0, tax = 0;
    for (const Line &l : lines) {
        subtotal += l.row;
        qty += l.qty;
    }
    if (active && coupon && coupon->percent)
        discount = (subtotal * coupon->percent + 50) / 100;
    else if (active && coupon && coupon->fixedCents)
        discount =
            std::min(subtotal, eur ? (coupon->fixedCents * 116 + 50) / 100 : coupon->fixedCents);
    qint64 allocated = 0;
    for (size_t k = 0; k < lines.size(); ++k) {
        Line &l = lines[k];
        if (active) {
            l.discount = k + 1 == lines.size() ? discount - allocated
                                               : (subtotal ? discount * l.row / subtotal : 0);
            allocated += l.discount;
            l.tax = ((l.row - l.discount) * taxPermille + 500) / 1000;
        }
        tax += l.tax;
    }
    if (!active) // converted quotes carry the order's discount split already
        for (const Line &l : lines)
            discount += l.discount;

    for (Line &l : lines) {
        const Product &prod = m_data.products[size_t(l.product)];
        const bool configurable = l.child >= 0;
        const bool isVirtual = prod.type == ProductType::Virtual;
        const int unitWeight =
            configurable ? m_data.products[size_t(l.child)].weightGrams : prod.weightGrams;
        l.quoteItemId = ++m_ids.quoteItem;
        TableBuffer &b = t.quoteItem;
        b.i(l.quoteItemId)
            .i(quoteId)
            .ts(createdAt)
            .ts(updatedAt)
            .i(prod.id)
            .i(p.store)
            .null()
            .i(isVirtual ? 1 : 0);
        b.s(l.sku)
            .s(l.name)
            .i(0)
            .i(0)
            .d(unitWeight / 1000.0)
            .i(l.qty)
            .money(l.price)
            .money(l.price);
        b.d(coupon ? coupon->percent : 0)
            .money(l.discount)
            .money(l.discount)
            .d(taxPermille / 10.0)
            .money(l.tax)
            .money(l.tax);
        b.money(l.row)
            .money(l.row)
            .money(l.row - l.discount)
            .d(double(unitWeight) * l.qty / 1000.0);
        b.s(configurable ? "configurable" : isVirtual ? "virtual" : "simple");
        const qint64 inclTax = l.qty ? l.price + l.tax / l.qty : l.price;
        b.money(inclTax).money(inclTax).money(l.row + l.tax).money(l.row + l.tax).i(0).endRow();
        if (configurable) {
            const Product &child = m_data.products[size_t(l.child)];
            l.quoteChildItemId = ++m_ids.quoteItem;
            b.i(l.quoteChildItemId)
                .i(quoteId)
                .ts(createdAt)
                .ts(updatedAt)
                .i(child.id)
                .i(p.store)
                .i(l.quoteItemId)
                .i(0);
            b.s(child.sku)
                .s(child.name)
                .i(0)
                .i(0)
                .d(unitWeight / 1000.0)
                .i(l.qty)
                .money(0)
                .money(0);
            b.d(0).money(0).money(0).d(0).money(0).money(0).money(0).money(0).money(0);
            b.d(double(unitWeight) * l.qty / 1000.0).s(std::string_view("simple"));
            b.money(0).money(0).money(0).money(0).i(0).endRow();
        }
    }

    const bool eurCurrency = eur;
    const qint64 grand = subtotal - discount + tax;
    TableBuffer &q = t.quote;
    q.i(quoteId)
        .i(p.store)
        .ts(createdAt)
        .ts(updatedAt)
        .ts(active ? -1 : updatedAt)
        .i(active ? 1 : 0);
    const bool allVirtual =
        !lines.empty() && std::all_of(lines.begin(), lines.end(), [&](const Line &l) {
            return m_data.products[size_t(l.product)].type == ProductType::Virtual;
        });
    q.i(allVirtual ? 1 : 0).i(0).i(qint64(lines.size())).i(qty).i(0).d(0).d(0);
    q.s(currency).s(currency).s(currency).money(grand).money(grand);
    if (active)
        q.null();
    else
        q.s(p.customerId ? "customer" : "guest");
    q.iOrNull(p.customerId).i(3).i(p.group);
    if (p.customerId || !active)
        q.sOrNull(p.email).sOrNull(p.prefix).sOrNull(p.first).sOrNull(p.last);
    else
        q.null().null().null().null();
    if (p.dobDays == kNoDate)
        q.null();
    else
        q.s(dateString(p.dobDays) + " 00:00:00");
    q.i(1).i(p.customerId ? 0 : (active ? 0 : 1)).s(remoteIp(rng));
    if (coupon) {
        std::string rule;
        appendInt(rule, coupon->ruleId);
        q.s(rule);
    } else {
        q.null();
    }
    q.sOrNull(reservedOrderId)
        .sOrNull(coupon ? std::string_view(coupon->code) : std::string_view());
    q.s(std::string_view("GBP")).d(eurCurrency ? 0.8621 : 1.0).d(1.0);
    if (p.gender)
        q.s(std::to_string(p.gender));
    else
        q.null();
    q.money(subtotal)
        .money(subtotal)
        .money(subtotal - discount)
        .money(subtotal - discount)
        .i(1)
        .i(0)
        .i(0)
        .endRow();
    return quoteId;
}

} // namespace seg::demo

namespace seg::demo::detail {

std::string remoteIp(Rng &rng)
{
    static const char *const nets[] = {"192.0.2.", "198.51.100.",
                                       "203.0.113."}; // documentation ranges
    std::string ip = nets[rng.below(3)];
    appendInt(ip, 1 + rng.below(254));
    return ip;
}

} // namespace seg::demo::detail

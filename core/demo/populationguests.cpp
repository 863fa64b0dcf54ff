// Guests, guest carts, anonymous visitors, newsletter-only subscribers, and the planned orders of
// phase 2 (see population.h).

#include "demo/population.h"

#include "demo/populationdetail.h"

#include <algorithm>

namespace seg::demo {

using namespace detail;

PopulationGenerator::Identity PopulationGenerator::guestIdentityOf(qint64 g) const
{
    Identity who;
    Rng rng(streamSeed(m_options.seed, KindGuestIdentity, quint64(g)));
    who.website = rng.percent(85) ? ids::WebsiteMain : ids::WebsiteEu;
    who.country = pickCountry(rng, who.website);
    who.store = storeFor(rng, who.website, who.country);
    who.female = rng.percent(50);
    if (g == 0) {
        who.website = 1;
        who.store = 1;
        who.country = GB;
        who.first = "Guest";
        who.last = "Person";
        who.email = "guest.person@example.com";
        return who;
    }
    const NameList &names = m_data.names[size_t(who.country)];
    who.first = pick(rng, who.female ? names.femaleFirst : names.maleFirst);
    who.last = pickLastName(rng, names, who.country, who.female);
    std::string local = m_data.emailName(who.first) + '.' + m_data.emailName(who.last) + ".g";
    appendInt(local, g + 1);
    static const char *const domains[] = {"example.net", "example.org", "example.com"};
    who.email =
        local + '@' + (rng.percent(50) ? countryInfo(who.country).domain : domains[rng.below(3)]);
    return who;
}

PopulationGenerator::GuestPlan PopulationGenerator::planGuest(qint64 g) const
{
    Rng rng(streamSeed(m_options.seed, KindGuest, quint64(g)));
    GuestPlan plan;
    plan.who = guestIdentityOf(g);
    const Identity &who = plan.who;
    plan.orders = g == 0 ? 2 : g == 1 ? 3 : 1 + rng.weighted(std::array<int, 4>{70, 18, 8, 4});
    plan.mixedCase = g < 2 || (plan.orders > 1 && rng.percent(30));
    Party &p = plan.party;
    p.guestFlag = true;
    p.website = who.website;
    p.store = who.store;
    p.first = who.first;
    p.last = who.last;
    p.email = who.email;
    p.billing = makeAddress(rng, who.country, who.first, who.last, true);
    p.shipping =
        rng.percent(90) ? p.billing : makeAddress(rng, who.country, who.first, who.last, false);
    if (g % 300 == 4) { // an account deleted since: customer_id NULL but not flagged as a guest
        p.guestFlag = false;
        p.group = ids::GroupGeneral;
    }
    for (int k = 0; k < plan.orders; ++k)
        plan.times.push_back(randomTime(rng, m_anchor - 3 * 365 * Day, m_anchor - 60));
    std::sort(plan.times.begin(), plan.times.end());
    return plan;
}

void PopulationGenerator::generateGuest(qint64 g, PopulationTables &t)
{
    const GuestPlan plan = planGuest(g);
    for (int k = 0; k < plan.orders; ++k)
        m_plannedOrders.push_back({plan.times[size_t(k)], quint32(g), GuestOrder, quint8(k)});
    // Some guests subscribe to the newsletter (matched by e-mail, case-insensitively).
    Rng rng(streamSeed(m_options.seed, KindGuestActivity, quint64(g)));
    if (g == 0 || rng.percent(20)) {
        std::string code;
        appendHex(code, rng, 32);
        const std::string &email = plan.who.email;
        const std::string subscriber =
            g == 0 ? asciiUpper(email) : withCase(email, rng.percent(30) ? 1 : 0);
        const int status = g == 0 ? 1 : rng.percent(70) ? 1 : 3;
        t.newsletter.i(++m_ids.newsletter)
            .i(plan.who.store)
            .ts(randomTime(rng, plan.times.front(), m_anchor))
            .i(0);
        t.newsletter.s(subscriber).i(status).s(code).endRow();
    }
}

void PopulationGenerator::generatePlannedOrder(const PlannedOrder &order, PopulationTables &t)
{
    Rng rng(streamSeed(m_options.seed ^ ((quint64(order.ordinal) + 1) * 0xA24BAED4963EE407ull),
                       KindOrder + order.kind, order.owner));
    OrderFlags flags;
    if (order.kind == GuestOrder) {
        const GuestPlan plan = planGuest(order.owner);
        Party p = plan.party;
        if (plan.mixedCase) // the same guest, typed differently
            p.email = withCase(plan.who.email,
                               order.owner == 0 ? (order.ordinal == 0 ? 1 : 0) : int(rng.below(3)));
        flags.withQuote = rng.percent(10);
        writeOrder(rng, p, order.time, flags, t);
        return;
    }
    const CustomerPlan plan = planCustomer(order.owner);
    Party p = partyOf(plan);
    if (order.kind == CustomerOrder) {
        if (rng.percent(5)) // a gift sent elsewhere
            p.shipping = makeAddress(rng, pickCountry(rng, p.website), p.first, p.last, false);
        if (order.ordinal == 0) {
            flags.status = plan.traits.firstStatus;
            flags.configurable = plan.traits.configurable;
            flags.deletedProduct = plan.traits.deletedProduct;
        }
        flags.withQuote = rng.percent(12);
        writeOrder(rng, p, order.time, flags, t);
        return;
    }
    // A guest order placed with this customer's e-mail address: on the same website (differently
    // cased: it belongs to nobody) or on the other website (a guest there).
    p.customerId = 0;
    p.guestFlag = true;
    p.group = ids::GroupNotLoggedIn;
    p.vip = p.wholesale = false;
    p.billing.id = p.shipping.id = 0;
    p.middle.clear();
    p.prefix.clear();
    p.suffix.clear();
    p.taxvat.clear();
    p.dobDays = kNoDate;
    p.gender = 0;
    const std::string &email = plan.who.email;
    const std::string lower = QString::fromStdString(email).toLower().toStdString();
    if (order.kind == SameWebsiteGuestOrder) {
        p.email = lower == email ? withCase(lower, rng.percent(50) ? 1 : 2) : lower;
    } else {
        p.website = plan.who.website == ids::WebsiteMain ? ids::WebsiteEu : ids::WebsiteMain;
        p.store = p.website == ids::WebsiteMain ? ids::StoreDefault : ids::StoreGerman;
        p.email = rng.percent(50) ? email : capitalised(lower);
    }
    writeOrder(rng, p, order.time, flags, t);
}

void PopulationGenerator::generateGuestCart(qint64 k, PopulationTables &t)
{
    Rng rng(streamSeed(m_options.seed, KindGuestCart, quint64(k)));
    Party p;
    p.website = rng.percent(80) ? ids::WebsiteMain : ids::WebsiteEu;
    p.store = storeFor(rng, p.website, pickCountry(rng, p.website));
    const qint64 created = randomTime(rng, m_anchor - 30 * Day, m_anchor - 120);
    const qint64 updated = randomTime(rng, created, m_anchor - 60);
    std::vector<Line> lines = cartLines(rng, p, 1 + int(rng.below(3)));
    writeQuote(rng, p, lines, created, updated, true, nullptr, {}, t);
}

void PopulationGenerator::generateVisitor(qint64 k, PopulationTables &t)
{
    Rng rng(streamSeed(m_options.seed, KindVisitor, quint64(k)));
    const qint64 visitor = ++m_ids.visitor;
    const int store = rng.percent(75) ? ids::StoreDefault : ids::StoreGerman;
    const int count = 1 + int(rng.below(4));
    std::vector<int> chosen;
    for (int j = 0; j < count; ++j) {
        const int product = m_data.pickVisible(rng);
        if (std::find(chosen.begin(), chosen.end(), product) != chosen.end()) continue;
        chosen.push_back(product);
        m_plannedViews.push_back({randomTime(rng, m_anchor - 30 * Day, m_anchor - 60),
                                  quint32(visitor), quint32(m_data.products[size_t(product)].id),
                                  quint8(store), 1});
    }
}

void PopulationGenerator::generateProspect(qint64 k, PopulationTables &t)
{
    // Newsletter-only subscribers: people who never registered nor ordered.
    Rng rng(streamSeed(m_options.seed, KindProspect, quint64(k)));
    const int website = rng.percent(75) ? ids::WebsiteMain : ids::WebsiteEu;
    const int country = pickCountry(rng, website);
    const int store = storeFor(rng, website, country);
    const NameList &names = m_data.names[size_t(country)];
    std::string email =
        m_data.emailName(pick(rng, rng.percent(50) ? names.femaleFirst : names.maleFirst)) + '.';
    email += m_data.emailName(pick(rng, names.last)) + ".p";
    appendInt(email, k + 1);
    email += "@example.net";
    if (rng.percent(10)) email = withCase(email, 1);
    std::string code;
    appendHex(code, rng, 32);
    const int status = 1 + rng.weighted(std::array<int, 4>{65, 5, 20, 10});
    t.newsletter.i(++m_ids.newsletter)
        .i(store)
        .ts(randomTime(rng, m_anchor - 3 * 365 * Day, m_anchor - 60))
        .i(0);
    t.newsletter.s(email).i(status).s(code).endRow();
}

} // namespace seg::demo

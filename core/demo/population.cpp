#include "demo/population.h"

#include "demo/populationdetail.h"

#include <algorithm>

namespace seg::demo {

using namespace detail;

// --- generator
// ------------------------------------------------------------------------------------

PopulationGenerator::PopulationGenerator(const DemoData &data, PopulationOptions options)
    : m_data(data), m_options(options)
{
    m_anchorDays =
        daysFromCivil(options.anchor.year(), options.anchor.month(), options.anchor.day());
    m_anchor = m_anchorDays * Day;
    m_customerChunks = int((options.customers + CustomerChunk - 1) / CustomerChunk);
    m_firstAddressId.assign(size_t(std::max<qint64>(0, options.customers)), 0);
    m_plannedOrders.reserve(size_t(std::max<qint64>(0, options.customers)) * 5 / 2);
    m_couponUses.assign(couponRules().size(), 0);
}

qint64 PopulationGenerator::randomTime(Rng &rng, qint64 from, qint64 to) const
{
    if (to <= from) return from;
    return from + rng.below64(to - from);
}

bool PopulationGenerator::nextChunk(PopulationTables &out)
{
    if (m_nextCustomerChunk < m_customerChunks) {
        generateCustomerChunk(m_nextCustomerChunk++, out);
        if (m_nextCustomerChunk == m_customerChunks) {
            std::sort(m_plannedOrders.begin(), m_plannedOrders.end());
            std::sort(m_plannedViews.begin(), m_plannedViews.end());
        }
        return true;
    }
    if (qint64(m_nextOrderChunk) * OrderChunk < qint64(m_plannedOrders.size())) {
        generateOrderChunk(m_nextOrderChunk++, out);
        return true;
    }
    if (qint64(m_nextViewChunk) * ViewChunk < qint64(m_plannedViews.size())) {
        generateViewChunk(m_nextViewChunk++, out);
        return true;
    }
    return false;
}

int PopulationGenerator::percentDone() const
{
    // Roughly by the time each phase takes: customers 35 %, orders 55 %, viewed products 10 %.
    if (m_nextCustomerChunk < m_customerChunks)
        return 35 * m_nextCustomerChunk / std::max(1, m_customerChunks);
    const auto part = [](qint64 done, qint64 total) {
        return total ? std::min(done, total) * 1000 / total : 1000;
    };
    const qint64 orders =
        part(qint64(m_nextOrderChunk) * OrderChunk, qint64(m_plannedOrders.size()));
    const qint64 views = part(qint64(m_nextViewChunk) * ViewChunk, qint64(m_plannedViews.size()));
    return int(35 + (55 * orders + 10 * views) / 1000);
}

void PopulationGenerator::generateCustomerChunk(int chunk, PopulationTables &out)
{
    const qint64 total = m_options.customers;
    const qint64 start = qint64(chunk) * CustomerChunk;
    const qint64 end = std::min(total, start + CustomerChunk);
    for (qint64 n = start; n < end; ++n)
        generateCustomer(n, out);
    // Guests, guest carts, anonymous visitors and newsletter-only subscribers in proportion.
    const auto share = [](qint64 n, int percent) { return n * percent / 100; };
    for (qint64 g = share(start, 15); g < share(end, 15); ++g)
        generateGuest(g, out);
    for (qint64 k = share(start, 2); k < share(end, 2); ++k)
        generateGuestCart(k, out);
    for (qint64 k = share(start, 5); k < share(end, 5); ++k)
        generateVisitor(k, out);
    for (qint64 k = share(start, 3); k < share(end, 3); ++k)
        generateProspect(k, out);
}

void PopulationGenerator::generateOrderChunk(int chunk, PopulationTables &out)
{
    const size_t start = size_t(chunk) * OrderChunk;
    const size_t end = std::min(m_plannedOrders.size(), start + OrderChunk);
    for (size_t k = start; k < end; ++k)
        generatePlannedOrder(m_plannedOrders[k], out);
}

void PopulationGenerator::generateViewChunk(int chunk, PopulationTables &out)
{
    const size_t start = size_t(chunk) * ViewChunk;
    const size_t end = std::min(m_plannedViews.size(), start + ViewChunk);
    for (size_t k = start; k < end; ++k) {
        const PlannedView &v = m_plannedViews[k];
        TableBuffer &b = out.viewed;
        b.i(++m_ids.viewed);
        if (v.visitor)
            b.i(v.owner).null();
        else
            b.null().i(v.owner);
        b.i(v.product).i(v.store).ts(v.time).endRow();
    }
}

PopulationGenerator::Identity PopulationGenerator::identityOf(qint64 n) const
{
    struct Fixed
    {
        int website, store, country;
        bool female;
        const char *first, *last, *email;
    };
    static const Fixed fixed[] = {
        {2, 3, FR, true, "Émilie", "Dupont", "EMILIE.DUPONT@EXAMPLE.FR"},
        {2, 3, FR, true, "ÉMILIE", "MARTIN", "emilie.martin@example.fr"},
        {2, 3, FR, true, "Emilie", "Durand", "emilie.durand@example.fr"},
        {2, 4, DE, true, "Zoë", "Müller", "zoe.mueller@example.de"},
        {2, 4, DE, false, "Jürgen", "Weiß", "Juergen.Weiss@Example.de"},
        {2, 4, PL, false, "Łukasz", "Wiśniewski", "lukasz.wisniewski@example.pl"},
        {1, 1, IS, false, "Ólafur", "Guðmundsson", "olafur.gudmundsson@example.is"},
        {1, 1, DK, false, "Søren", "Ørsted", "soren.orsted@example.dk"},
        {1, 2, IE, true, "Sinéad", "O'Brien", "sinead.obrien@example.ie"},
        {2, 3, ES, false, "José", "García Ibáñez", "jose.garcia.ibanez@example.es"},
        {1, 1, GB, true, "Sarah", "Smith", "Sarah.Smith@Example.co.uk"},
    };
    Identity who;
    if (n >= 0 && n < qint64(std::size(fixed))) {
        const Fixed &f = fixed[n];
        who.website = f.website;
        who.store = f.store;
        who.country = f.country;
        who.female = f.female;
        who.first = f.first;
        who.last = f.last;
        who.email = f.email;
        return who;
    }
    Rng rng(streamSeed(m_options.seed, KindIdentity, quint64(n)));
    if (n == 50 || (n >= 64 && n % 1000 == 501)) {
        // Registered on both websites with the same e-mail address (allowed: accounts are per
        // website).
        who = identityOf(n - 1);
        who.website = who.website == ids::WebsiteMain ? ids::WebsiteEu : ids::WebsiteMain;
        if (who.website == ids::WebsiteMain)
            who.store = who.country == IE ? ids::StoreIreland : ids::StoreDefault;
        else
            who.store = storeFor(rng, who.website, who.country);
        return who;
    }
    who.website = rng.percent(75) ? ids::WebsiteMain : ids::WebsiteEu;
    who.country = pickCountry(rng, who.website);
    who.store = storeFor(rng, who.website, who.country);
    who.female = rng.percent(52);
    const NameList &names = m_data.names[size_t(who.country)];
    who.first = pick(rng, who.female ? names.femaleFirst : names.maleFirst);
    who.last = pickLastName(rng, names, who.country, who.female);
    std::string local;
    const int style = rng.weighted(std::array<int, 3>{80, 12, 8});
    const std::string first = m_data.emailName(who.first);
    const std::string last = m_data.emailName(who.last);
    if (style == 0)
        local = first + '.' + last + '.';
    else if (style == 1)
        local = first.substr(0, 1) + last;
    else
        local = first + '_' + last;
    appendInt(local, n + 1);
    static const char *const generic[] = {"example.com", "example.org", "example.net"};
    const char *domain = rng.percent(70) ? countryInfo(who.country).domain : generic[rng.below(3)];
    who.email = local + '@' + domain;
    const int variant = rng.below(1000);
    if (variant < 15)
        who.email = withCase(who.email, 1);
    else if (variant < 20)
        who.email = withCase(who.email, 2);
    return who;
}

PopulationGenerator::Address PopulationGenerator::makeAddress(Rng &rng, int country,
                                                              const std::string &first,
                                                              const std::string &last,
                                                              bool mayHaveCompany) const
{
    Address a;
    a.country = country;
    a.first = first;
    a.last = last;
    const City &city =
        m_data.cities[size_t(country)][rng.below(quint32(m_data.cities[size_t(country)].size()))];
    a.city = city.name;
    if (city.regionId) {
        a.region = city.region;
        a.regionId = city.regionId;
    } else if (rng.percent(40)) {
        a.region = city.region;
    }
    for (char c : city.postcodePattern) {
        if (c == '#')
            a.postcode += char('0' + rng.below(10));
        else if (c == '@')
            a.postcode += "ABDEFGHJLNPQRSTUWXYZ"[rng.below(20)];
        else
            a.postcode += c;
    }
    const std::string &street = pick(rng, m_data.streets[size_t(country)]);
    const int number = 1 + int(rng.below(180));
    switch (country) {
    case GB:
    case IE:
    case AU:
    case US:
    case FR:
        if ((country == GB || country == IE) && rng.percent(10)) {
            a.street = "Flat ";
            appendInt(a.street, 1 + rng.below(24));
            a.street += '\n';
        }
        appendInt(a.street, number);
        a.street += ' ';
        a.street += street;
        break;
    default:
        a.street = street + ' ';
        appendInt(a.street, number);
        break;
    }
    const CountryInfo &info = countryInfo(country);
    a.telephone = info.phonePrefix;
    a.telephone += ' ';
    appendInt(a.telephone, 1 + rng.below(9));
    appendInt(a.telephone, rng.below(100), 2);
    a.telephone += ' ';
    appendInt(a.telephone, rng.below(1000), 3);
    a.telephone += ' ';
    appendInt(a.telephone, rng.below(10000), 4);
    if (mayHaveCompany && rng.percent(10)) {
        a.company = last + ' ' + info.companySuffix;
        if (rng.percent(35)) {
            a.vatId = info.code;
            appendInt(a.vatId, rng.below(1000000000), 9);
            a.vatValid = rng.percent(80) ? 1 : 0;
        }
    }
    return a;
}

void PopulationGenerator::writeAddress(const Address &a, qint64 customerId, qint64 createdAt,
                                       qint64 updatedAt, Rng &rng, PopulationTables &t)
{
    TableBuffer &b = t.address;
    b.i(a.id)
        .i(customerId)
        .ts(createdAt)
        .ts(updatedAt)
        .i(1)
        .s(a.city)
        .sOrNull(a.company)
        .s(countryInfo(a.country).code);
    b.s(a.first)
        .s(a.last)
        .s(a.postcode)
        .null()
        .sOrNull(a.region)
        .iOrNull(a.regionId)
        .s(a.street)
        .s(a.telephone);
    b.sOrNull(a.vatId);
    if (a.vatValid >= 0) {
        std::string requestId;
        appendHex(requestId, rng, 16);
        b.i(a.vatValid).ts(updatedAt).s(requestId).i(1);
    } else {
        b.null().null().null().null();
    }
    b.endRow();
}

PopulationGenerator::CustomerPlan PopulationGenerator::planCustomer(qint64 n) const
{
    // Everything an order needs to know about its customer comes from this stream, so that phase 2
    // can plan the customer again instead of keeping a million customers in memory.
    Rng rng(streamSeed(m_options.seed, KindCustomer, quint64(n)));
    CustomerPlan plan;
    plan.n = n;
    plan.id = n + 1;
    plan.traits = traitsFor(n);
    const Traits &tr = plan.traits;
    plan.who = identityOf(n);
    const Identity &who = plan.who;
    int anchorY, anchorM, anchorD;
    civilFromDays(m_anchorDays, anchorY, anchorM, anchorD);

    // Registration: up to five years back, recent years more likely (the lower of two draws).
    if (tr.recentRegistration)
        plan.createdAt = m_anchor - 2 * Day + qint64(rng.below(Day));
    else if (tr.oldNoOrders)
        plan.createdAt = m_anchor - (5 * 365 - 3) * Day + qint64(rng.below(Day));
    else
        plan.createdAt =
            m_anchor - 1 - std::min(rng.below64(5 * 365 * Day), rng.below64(5 * 365 * Day));
    plan.updatedAt = rng.percent(50) ? plan.createdAt : randomTime(rng, plan.createdAt, m_anchor);

    plan.vip = tr.vip || rng.permille(5);
    const int groupPick = int(rng.below(100));
    if (groupPick < 8 || (plan.vip && groupPick < 50))
        plan.group = ids::GroupWholesale;
    else if (groupPick < 20)
        plan.group = ids::GroupRetailer;

    plan.gender = who.female ? 2 : 1;
    const int genderPick = int(rng.below(100));
    if (genderPick < 12)
        plan.gender = 0;
    else if (genderPick < 15)
        plan.gender = 3;

    // Date of birth: ages 19..82, with the calendar edge cases the engine must get right.
    const int age = 19 + int(rng.below(22) + rng.below(22) + rng.below(23));
    const int birthYear = anchorY - age;
    switch (tr.dob) {
    case 1: {
        static const int leapYears[] = {1972, 1976, 1980, 1984, 1988, 1992, 1996, 2000, 2004};
        int y = tr.fixedBirthYear ? tr.fixedBirthYear : leapYears[rng.below(9)];
        while (y > anchorY - 18)
            y -= 4;
        plan.dob = daysFromCivil(y, 2, 29);
        break;
    }
    case 2:
        plan.dob = birthDays(tr.turns18 ? anchorY - 18 : birthYear, anchorM, anchorD);
        break;
    case 3: {
        int y, m, d;
        civilFromDays(m_anchorDays + 1, y, m, d);
        plan.dob = birthDays(birthYear, m, d);
        break;
    }
    case 4:
        plan.dob = daysFromCivil(birthYear, 12, 31);
        break;
    case 5:
        plan.dob = daysFromCivil(birthYear, 1, 1);
        break;
    case 6:
        break;
    default:
        if (rng.percent(85)) plan.dob = daysFromCivil(birthYear, 1, 1) + rng.below(365);
        break;
    }

    if (rng.percent(10)) plan.prefix = prefixFor(rng, who.country, who.female);
    if (rng.percent(5)) {
        const NameList &names = m_data.names[size_t(who.country)];
        plan.middle = pick(rng, who.female ? names.femaleFirst : names.maleFirst);
    }
    if ((who.country == US || who.country == GB) && rng.percent(2)) {
        static const char *const suffixes[] = {"Jr.", "Sr.", "III", "PhD"};
        plan.suffix = suffixes[rng.below(4)];
    }
    if (rng.percent(5)) {
        plan.taxvat = countryInfo(who.country).code;
        appendInt(plan.taxvat, rng.below(1000000000), 9);
    }

    // Address book: none, one, two or three addresses (ids are given in phase 1).
    int addressCount = tr.addresses;
    if (addressCount < 0) {
        const int r = int(rng.below(100));
        addressCount = r < 8 ? 0 : r < 80 ? 1 : r < 92 ? 2 : 3;
    }
    for (int k = 0; k < addressCount; ++k) {
        int country = who.country;
        std::string first = who.first, last = who.last;
        if (k > 0 && rng.percent(30)) { // a relative, a friend or the office elsewhere
            country = pickCountry(rng, rng.percent(50) ? ids::WebsiteMain : ids::WebsiteEu);
            const NameList &names = m_data.names[size_t(country)];
            first = pick(rng, rng.percent(50) ? names.femaleFirst : names.maleFirst);
            if (rng.percent(60)) last = pick(rng, names.last);
        }
        plan.book.push_back(makeAddress(rng, country, first, last, true));
    }
    if (!plan.book.empty() && !rng.permille(15)) { // a few have addresses but no default ones
        plan.billing = 0;
        plan.shipping = 0;
        if (plan.book.size() >= 2 && (tr.splitDefaults || rng.percent(70))) plan.shipping = 1;
    }
    plan.checkout = makeAddress(rng, who.country, who.first, who.last, false);

    // Orders: a quarter never ordered, most 1-8 times, a few VIPs 15-30 times, within the last
    // three years and after registering.
    if (tr.oldNoOrders)
        plan.orderCount = 0;
    else if (plan.vip)
        plan.orderCount = 15 + int(rng.below(16));
    else if (tr.orders >= 0)
        plan.orderCount = tr.orders;
    else
        plan.orderCount =
            rng.percent(25) ? 0 : 1 + rng.weighted(std::array<int, 8>{36, 22, 14, 10, 7, 5, 3, 3});
    const qint64 windowStart = std::max(plan.createdAt + 120, m_anchor - 3 * 365 * Day);
    if (windowStart < m_anchor - 60) {
        for (int k = 0; k < plan.orderCount; ++k)
            plan.orderTimes.push_back(randomTime(rng, windowStart, m_anchor - 60));
        std::sort(plan.orderTimes.begin(), plan.orderTimes.end());
        if (!plan.orderTimes.empty() && (tr.recentOrder || rng.percent(8))) {
            const qint64 recent =
                m_anchor - 60 - qint64(rng.below64((rng.percent(50) ? 7 : 30) * Day));
            plan.orderTimes.back() = std::max({recent, windowStart, plan.orderTimes.front()});
        }
        if (tr.deletedProduct &&
            plan.orderTimes.size() >= 2) // an old order with a product deleted since
            plan.orderTimes.front() =
                std::min(plan.orderTimes.front(), std::max(windowStart, m_anchor - 700 * Day));
    }
    plan.orderCount = int(plan.orderTimes.size());
    const qint64 guestFrom = std::max(m_anchor - 3 * 365 * Day, plan.createdAt - 365 * Day);
    if (tr.guestSameSite) plan.sameWebsiteGuestOrder = randomTime(rng, guestFrom, m_anchor - 60);
    if (tr.guestOtherSite) plan.otherWebsiteGuestOrder = randomTime(rng, guestFrom, m_anchor - 60);
    return plan;
}

PopulationGenerator::Party PopulationGenerator::partyOf(const CustomerPlan &plan) const
{
    Party party;
    party.customerId = plan.id;
    party.group = plan.group;
    party.website = plan.who.website;
    party.store = plan.who.store;
    party.email = plan.who.email;
    party.first = plan.who.first;
    party.last = plan.who.last;
    party.middle = plan.middle;
    party.prefix = plan.prefix;
    party.suffix = plan.suffix;
    party.taxvat = plan.taxvat;
    party.dobDays = plan.dob;
    party.gender = plan.gender;
    party.vip = plan.vip;
    party.wholesale = plan.group == ids::GroupWholesale;
    // Orders use the default addresses; without any, the first saved one or one typed at checkout.
    const qint64 firstId =
        plan.n < qint64(m_firstAddressId.size()) ? m_firstAddressId[size_t(plan.n)] : 0;
    const auto saved = [&](int index) {
        Address a = plan.book[size_t(index)];
        a.id = firstId ? firstId + index : 0;
        return a;
    };
    party.billing =
        plan.billing >= 0 ? saved(plan.billing) : (plan.book.empty() ? plan.checkout : saved(0));
    party.shipping = plan.shipping >= 0 ? saved(plan.shipping) : party.billing;
    return party;
}

void PopulationGenerator::generateCustomer(qint64 n, PopulationTables &t)
{
    CustomerPlan plan = planCustomer(n);
    const Traits &tr = plan.traits;
    const Identity &who = plan.who;
    const qint64 id = ++m_ids.customer;
    Q_ASSERT(id == plan.id);
    Rng rng(streamSeed(m_options.seed, KindActivity, quint64(n)));
    if (!plan.book.empty()) m_firstAddressId[size_t(n)] = quint32(m_ids.address + 1);
    for (Address &a : plan.book)
        a.id = ++m_ids.address;

    // The customer row.
    {
        TableBuffer &b = t.customer;
        b.i(id)
            .i(who.website)
            .s(who.email)
            .i(plan.group)
            .null()
            .i(who.store)
            .ts(plan.createdAt)
            .ts(plan.updatedAt);
        b.i(tr.inactive || rng.percent(3) ? 0 : 1)
            .i(rng.percent(2) ? 1 : 0)
            .s(storeView(who.store).name);
        b.sOrNull(plan.prefix).s(who.first).sOrNull(plan.middle).s(who.last).sOrNull(plan.suffix);
        if (plan.dob == kNoDate)
            b.null();
        else
            b.date(plan.dob);
        if (rng.percent(97)) {
            std::string hash;
            appendHex(hash, rng, 64);
            hash += ':';
            appendHex(hash, rng, 32);
            hash += ":3_32_2_67108864";
            b.s(hash);
        } else {
            b.null();
        }
        if (rng.percent(3)) {
            std::string token;
            appendHex(token, rng, 32);
            b.s(token).ts(randomTime(rng, std::max(plan.createdAt, m_anchor - 30 * Day), m_anchor));
        } else {
            b.null().null();
        }
        b.iOrNull(plan.billing >= 0 ? plan.book[size_t(plan.billing)].id : 0);
        b.iOrNull(plan.shipping >= 0 ? plan.book[size_t(plan.shipping)].id : 0);
        b.sOrNull(plan.taxvat);
        if (tr.unconfirmed || rng.percent(5)) {
            std::string confirmation;
            appendHex(confirmation, rng, 32);
            b.s(confirmation);
        } else {
            b.null();
        }
        b.iOrNull(plan.gender);
        int lock = tr.lock;
        if (!lock && rng.permille(20)) lock = rng.percent(30) ? 1 : rng.percent(50) ? 2 : 3;
        if (lock) {
            // 1: locked beyond the anchor, 2: lock expired, 3: failed logins without a lock.
            const qint64 firstFailure =
                randomTime(rng, std::max(plan.createdAt, m_anchor - 20 * Day), m_anchor);
            b.i(lock == 3 ? 1 + rng.below(2) : 3 + rng.below(4)).ts(firstFailure);
            if (lock == 1)
                b.ts(m_anchor + 3600 + qint64(rng.below(48 * 3600)));
            else if (lock == 2)
                b.ts(firstFailure + 1800);
            else
                b.null();
        } else {
            b.i(0).null().null();
        }
        if (rng.percent(2))
            b.ts(randomTime(rng, plan.createdAt, m_anchor));
        else
            b.null();
        b.endRow();
    }
    for (const Address &a : plan.book) {
        const qint64 at =
            randomTime(rng, plan.createdAt, std::min(m_anchor, plan.createdAt + 60 * Day));
        writeAddress(a, id, at, rng.percent(70) ? at : randomTime(rng, at, m_anchor), rng, t);
    }

    // Custom attributes: loyalty_score (int) and loyalty_tier (varchar), for about 70 %.
    const bool hasLoyalty = tr.loyalty >= 0 ? tr.loyalty == 1 : rng.percent(70);
    if (hasLoyalty) {
        const int score = std::min(1000, plan.orderCount * 60 + int(rng.below(250)));
        t.customerInt.i(++m_ids.eavInt).i(ids::AttrLoyaltyScore).i(id).i(score).endRow();
        if (!rng.percent(7)) {
            std::string tier = score < 150   ? "Bronze"
                               : score < 400 ? "Silver"
                               : score < 700 ? "Gold"
                                             : "Platinum";
            const int variant = int(rng.below(100));
            if (variant < 2)
                tier = asciiUpper(tier);
            else if (variant < 4)
                tier[0] = char(tier[0] + 32);
            t.customerVarchar.i(++m_ids.eavVarchar).i(ids::AttrLoyaltyTier).i(id).s(tier).endRow();
        }
    }

    if (rng.percent(60)) {
        const qint64 login =
            randomTime(rng, std::max(plan.createdAt, m_anchor - 400 * Day), m_anchor);
        t.customerLog.i(++m_ids.log).i(id).ts(login);
        if (rng.percent(40))
            t.customerLog.ts(login + 60 + qint64(rng.below(3 * 3600)));
        else
            t.customerLog.null();
        t.customerLog.endRow();
    }

    // Orders are written in phase 2, in the order they were placed.
    for (size_t k = 0; k < plan.orderTimes.size(); ++k)
        m_plannedOrders.push_back({plan.orderTimes[k], quint32(n), CustomerOrder, quint8(k)});
    if (plan.sameWebsiteGuestOrder >= 0)
        m_plannedOrders.push_back(
            {plan.sameWebsiteGuestOrder, quint32(n), SameWebsiteGuestOrder, 0});
    if (plan.otherWebsiteGuestOrder >= 0)
        m_plannedOrders.push_back(
            {plan.otherWebsiteGuestOrder, quint32(n), OtherWebsiteGuestOrder, 0});

    const Party party = partyOf(plan);

    // Carts: the current one, sometimes two, sometimes an empty one.
    int carts = tr.carts;
    if (carts < 0) {
        const int r = int(rng.below(1000));
        carts = r < 10 ? 2 : r < 190 ? 1 : r < 200 ? 4 : r < 220 ? 3 : 0;
    }
    if (carts) {
        const qint64 from = std::max(plan.createdAt, m_anchor - 90 * Day);
        const auto cartTimes = [&](qint64 &created, qint64 &updated) {
            created = randomTime(rng, from, m_anchor - 120);
            updated = rng.percent(30)
                          ? randomTime(rng, std::max(created, m_anchor - 3 * Day), m_anchor - 60)
                          : randomTime(rng, created, std::min(m_anchor - 60, created + 30 * Day));
        };
        qint64 created = 0, updated = 0;
        if (carts == 1 || carts == 2 || carts == 4) {
            cartTimes(created, updated);
            std::vector<Line> lines =
                cartLines(rng, party, 1 + rng.weighted(std::array<int, 4>{45, 30, 15, 10}));
            qint64 subtotal = 0;
            for (const Line &l : lines)
                subtotal += l.row;
            // WELCOME10, or SPRING5 (5 off) where the cart reaches its minimum.
            const bool spring =
                rng.percent(50) && subtotal >= (party.website == ids::WebsiteEu ? 3500 : 3000);
            const CouponRule *coupon = rng.percent(10) ? &couponRules()[spring ? 3 : 0] : nullptr;
            writeQuote(rng, party, lines, created, updated, true, coupon, {}, t);
        }
        if (carts == 2) { // a second cart with items: the most recently updated one counts
            qint64 created2 = 0, updated2 = 0;
            cartTimes(created2, updated2);
            if (updated2 == updated) updated2 -= 1;
            std::vector<Line> lines = cartLines(rng, party, 1 + int(rng.below(3)));
            writeQuote(rng, party, lines, std::min(created2, updated2), updated2, true, nullptr, {},
                       t);
        }
        if (carts == 3 || carts == 4) { // an empty active cart, newer than any other
            const qint64 createdEmpty = randomTime(rng, std::max(from, updated), m_anchor - 60);
            std::vector<Line> none;
            writeQuote(rng, party, none, createdEmpty, createdEmpty, true, nullptr, {}, t);
        }
    }

    // Wishlist.
    if (tr.wishlist || rng.percent(15)) {
        const qint64 wishlistId = ++m_ids.wishlist;
        const int count = 1 + int(rng.below(6));
        qint64 last = plan.createdAt;
        std::vector<int> chosen;
        for (int k = 0; k < count; ++k) {
            const int product = m_data.pickVisible(rng);
            if (std::find(chosen.begin(), chosen.end(), product) != chosen.end()) continue;
            chosen.push_back(product);
            const qint64 added =
                randomTime(rng, std::max(plan.createdAt, m_anchor - 2 * 365 * Day), m_anchor - 60);
            last = std::max(last, added);
            TableBuffer &w = t.wishlistItem;
            w.i(++m_ids.wishlistItem)
                .i(wishlistId)
                .i(m_data.products[size_t(product)].id)
                .i(who.store)
                .ts(added);
            if (rng.percent(5))
                w.s("for the birthday");
            else
                w.null();
            w.i(rng.percent(85) ? 1 : 2).endRow();
        }
        std::string code;
        appendHex(code, rng, 32);
        // (wishlist rows are written before wishlist_item rows: see PopulationTables::inWriteOrder)
        t.wishlist.i(wishlistId).i(id).i(rng.percent(10) ? 1 : 0).s(code).ts(last).endRow();
    }

    // Recently viewed products (one row per customer and product), written in phase 3.
    if (tr.viewed || rng.percent(30)) {
        const int count = 1 + int(rng.below(6));
        std::vector<int> chosen;
        for (int k = 0; k < count; ++k) {
            const int product = m_data.pickVisible(rng);
            if (std::find(chosen.begin(), chosen.end(), product) != chosen.end()) continue;
            chosen.push_back(product);
            const qint64 at =
                randomTime(rng, std::max(plan.createdAt, m_anchor - 60 * Day), m_anchor - 60);
            m_plannedViews.push_back({at, quint32(id), quint32(m_data.products[size_t(product)].id),
                                      quint8(who.store), 0});
        }
    }

    // Newsletter: 1 subscribed, 2 not active, 3 unsubscribed, 4 unconfirmed; some with a second row
    // on the other website (the higher subscriber_id is the current one).
    int newsletter = tr.newsletter;
    if (newsletter < 0)
        newsletter =
            rng.percent(40)
                ? (rng.percent(4) ? 5 : 1 + rng.weighted(std::array<int, 4>{60, 7, 23, 10}))
                : 0;
    if (newsletter) {
        const int firstStatus = newsletter == 5 ? 1 + int(rng.below(4)) : newsletter;
        const qint64 at = randomTime(rng, plan.createdAt, m_anchor);
        std::string code;
        appendHex(code, rng, 32);
        t.newsletter.i(++m_ids.newsletter)
            .i(who.store)
            .ts(at)
            .i(id)
            .s(who.email)
            .i(firstStatus)
            .s(code)
            .endRow();
        if (newsletter == 5) {
            const int otherStore =
                who.website == ids::WebsiteMain ? ids::StoreGerman : ids::StoreDefault;
            int second = 1 + int(rng.below(4));
            if (second == firstStatus) second = second % 4 + 1;
            std::string code2;
            appendHex(code2, rng, 32);
            t.newsletter.i(++m_ids.newsletter)
                .i(otherStore)
                .ts(randomTime(rng, at, m_anchor))
                .i(id)
                .s(who.email);
            t.newsletter.i(second).s(code2).endRow();
        }
    }
}

} // namespace seg::demo

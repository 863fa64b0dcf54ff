#include "demo/populationdetail.h"

namespace seg::demo::detail {

namespace {
// Which countries shop on which website, with weights.
constexpr std::array<int, CountryCount> kMainWebsiteWeights = {70, 12, 0, 0, 0, 0, 0,
                                                               0,  0,  6, 6, 0, 3, 3};
constexpr std::array<int, CountryCount> kEuWebsiteWeights = {0, 0, 25, 25, 12, 10, 8,
                                                             8, 5, 0,  0,  5,  0,  2};
} // namespace

const char *const kStatuses[9] = {"pending",  "pending_payment", "processing",
                                  "complete", "closed",          "canceled",
                                  "holded",   "payment_review",  "fraud"};

Traits traitsFor(qint64 n)
{
    Traits t;
    if (n >= 11 && n <= 19) {
        t.orders = 2;
        t.firstStatus = kStatuses[n - 11];
    }
    switch (n) {
    case 20:
        t.dob = 1;
        t.fixedBirthYear = 1988;
        break;
    case 21:
        t.dob = 1;
        t.fixedBirthYear = 2000;
        break;
    case 22:
        t.dob = 2;
        t.turns18 = true;
        break;
    case 23:
        t.dob = 3;
        break;
    case 24:
        t.dob = 4;
        break;
    case 25:
        t.dob = 5;
        break;
    case 26:
        t.dob = 6;
        break;
    case 27:
        t.carts = 1;
        break;
    case 28:
        t.carts = 2;
        break;
    case 29:
        t.carts = 3;
        break;
    case 30:
        t.carts = 4;
        break;
    case 31:
        t.addresses = 0;
        break;
    case 32:
        t.addresses = 2;
        t.splitDefaults = true;
        break;
    case 33:
        t.addresses = 3;
        t.splitDefaults = true;
        break;
    case 34:
        t.guestSameSite = true;
        t.orders = 2;
        break;
    case 35:
        t.guestOtherSite = true;
        t.orders = 1;
        break;
    case 36:
    case 37:
    case 38:
    case 39:
        t.newsletter = int(n - 35);
        break;
    case 40:
        t.newsletter = 5;
        break;
    case 41:
        t.loyalty = 1;
        break;
    case 42:
        t.loyalty = 0;
        break;
    case 43:
        t.lock = 1;
        break;
    case 44:
        t.lock = 2;
        break;
    case 45:
        t.inactive = true;
        break;
    case 46:
        t.unconfirmed = true;
        break;
    case 47:
        t.vip = true;
        break;
    case 48:
        t.recentRegistration = true;
        t.orders = 1;
        t.recentOrder = true;
        break;
    case 49:
        t.oldNoOrders = true;
        break;
    case 51:
        t.wishlist = true;
        break;
    case 52:
        t.viewed = true;
        break;
    case 53:
        t.configurable = true;
        t.orders = 1;
        break;
    case 54:
        t.deletedProduct = true;
        t.orders = 3;
        break;
    case 55:
        t.recentOrder = true;
        t.orders = 2;
        break;
    default:
        break;
    }
    if (n >= 64) {
        if (n % 211 == 7)
            t.dob = 1;
        else if (n % 223 == 11)
            t.dob = 2;
        else if (n % 227 == 13)
            t.dob = 3;
        else if (n % 229 == 17)
            t.dob = 4;
        else if (n % 233 == 19)
            t.dob = 5;
        if (n % 40 == 7) t.guestSameSite = true;
        if (n % 97 == 11) t.guestOtherSite = true;
        if (n % 100 == 41)
            t.carts = 2;
        else if (n % 100 == 43)
            t.carts = 4;
        else if (n % 100 == 45)
            t.carts = 3;
        if (n % 25 == 3) t.newsletter = 5;
        if (n % 500 == 77) t.lock = 1;
        if ((t.guestSameSite || t.guestOtherSite) && t.orders < 0) t.orders = 1;
    }
    return t;
}

int pickCountry(Rng &rng, int website)
{
    return rng.weighted(website == ids::WebsiteMain ? kMainWebsiteWeights : kEuWebsiteWeights);
}

int storeFor(Rng &rng, int website, int country)
{
    if (website == ids::WebsiteMain) return country == IE ? ids::StoreIreland : ids::StoreDefault;
    switch (country) {
    case FR:
        return ids::StoreFrench;
    case BE:
        return rng.percent(55) ? ids::StoreFrench : ids::StoreGerman;
    case CH:
        return rng.percent(30) ? ids::StoreFrench : ids::StoreGerman;
    case ES:
    case PT:
        return rng.percent(50) ? ids::StoreFrench : ids::StoreGerman;
    default:
        return ids::StoreGerman;
    }
}

const std::string &pick(Rng &rng, const std::vector<std::string> &list)
{
    return list[rng.below(quint32(list.size()))];
}

// Icelandic family names are patronymics: -son for men, -dóttir for women.
const std::string &pickLastName(Rng &rng, const NameList &names, int country, bool female)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const std::string &name = pick(rng, names.last);
        if (country != IS ||
            (name.size() >= 7 && (name.compare(name.size() - 7, 7, "dóttir") == 0) == female))
            return name;
    }
    return pick(rng, names.last);
}

std::string capitalised(const std::string &email)
{
    // "guest.person@example.com" -> "Guest.Person@Example.com"
    std::string out = email;
    bool start = true;
    bool domain = false;
    for (char &c : out) {
        if (start && c >= 'a' && c <= 'z') c = char(c - 32);
        if (c == '@') domain = true;
        start = c == '@' || (c == '.' && !domain);
    }
    return out;
}

std::string withCase(const std::string &email, int variant)
{
    switch (variant) {
    case 1:
        return capitalised(email);
    case 2:
        return asciiUpper(email);
    default:
        return email;
    }
}

const char *prefixFor(Rng &rng, int country, bool female)
{
    switch (country) {
    case FR:
    case BE:
        return female ? "Mme" : "M.";
    case DE:
    case CH:
        return female ? "Frau" : "Herr";
    case ES:
        return female ? "Sra." : "Sr.";
    default: {
        if (rng.percent(15)) return "Dr";
        return female ? (rng.percent(50) ? "Mrs" : "Ms") : "Mr";
    }
    }
}

qint64 birthDays(int y, int m, int d)
{
    if (m == 2 && d == 29 && !isLeapYear(y))
        y -= y % 4 == 0 ? 4 : y % 4; // the leap year before (years divisible by 100 are far away)
    return daysFromCivil(y, m, d);
}

} // namespace seg::demo::detail

#pragma once

// Internals shared by the population sources (population*.cpp): random streams, the special
// customers every store has, and small pickers. Not part of the demo generator's interface.

#include "demo/population.h"

namespace seg::demo::detail {

// One random stream per purpose and index (see streamSeed), so that a customer's data does not
// depend on what is generated around it, and phase 2 can re-plan a customer.
enum StreamKind : quint64
{
    KindIdentity = 1,
    KindCustomer,
    KindActivity,
    KindGuestIdentity,
    KindGuest,
    KindGuestActivity,
    KindGuestCart,
    KindVisitor,
    KindProspect,
    KindOrder = 100, // + PopulationGenerator::OrderOwner
};

constexpr qint64 Day = 86400;

extern const char
    *const kStatuses[9]; // sales_order.status values, in the order of the status weights

// Special customers at the start of every store (so that a 300-customer test store covers every
// case), and periodic ones after that (so that big stores have them in proportion).
struct Traits
{
    int orders = -1;                   // -1 = random
    const char *firstStatus = nullptr; // forced status of the first order
    int dob = 0; // 0 random, 1 Feb 29, 2 birthday on the anchor day, 3 on the next day, 4 Dec 31, 5
                 // Jan 1, 6 none
    bool turns18 = false;
    int fixedBirthYear = 0;
    int addresses = -1; // -1 random
    bool splitDefaults = false;
    int carts = -1; // -1 random, 0 none, 1 one with items, 2 two with items, 3 only an empty one, 4
                    // items + newer empty
    bool guestSameSite = false, guestOtherSite = false;
    int newsletter = -1; // -1 random, 0 none, 1..4 status, 5 two rows
    int loyalty = -1;    // -1 random, 0 none, 1 set
    int lock = 0;        // 1 locked until after the anchor, 2 lock expired
    bool inactive = false, unconfirmed = false, vip = false, recentRegistration = false,
         oldNoOrders = false;
    bool configurable = false, deletedProduct = false, wishlist = false, viewed = false,
         recentOrder = false;
};
Traits traitsFor(qint64 n);

int pickCountry(Rng &rng, int website);
int storeFor(Rng &rng, int website, int country);
const std::string &pick(Rng &rng, const std::vector<std::string> &list);
const std::string &pickLastName(Rng &rng, const NameList &names, int country, bool female);
std::string
capitalised(const std::string &email); // "guest.person@example.com" -> "Guest.Person@Example.com"
std::string withCase(const std::string &email, int variant); // 0 as is, 1 Capitalised, 2 UPPER
const char *prefixFor(Rng &rng, int country, bool female);
qint64 birthDays(int y, int m, int d); // Feb 29 in a year without one: the leap year before
std::string remoteIp(Rng &rng);        // an address in the documentation ranges (quotes, orders)

} // namespace seg::demo::detail

namespace seg::demo {

struct PopulationGenerator::CustomerPlan
{
    qint64 n = 0;
    qint64 id = 0;
    Identity who;
    detail::Traits traits;
    qint64 createdAt = 0, updatedAt = 0;
    bool vip = false;
    int group = ids::GroupGeneral;
    int gender = 0;
    qint64 dob = kNoDate;
    std::string prefix, middle, suffix, taxvat;
    std::vector<Address> book;
    int billing = -1, shipping = -1;
    Address checkout; // typed at checkout by customers without a saved address
    int orderCount = 0;
    std::vector<qint64> orderTimes;
    qint64 sameWebsiteGuestOrder = -1, otherWebsiteGuestOrder = -1; // times, -1 = none
};

struct PopulationGenerator::GuestPlan
{
    Identity who;
    Party party;
    int orders = 1;
    bool mixedCase = false;
    std::vector<qint64> times;
};

} // namespace seg::demo

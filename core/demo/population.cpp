#include "demo/population.h"

#include <algorithm>

namespace seg::demo {

namespace {

enum StreamKind : quint64 {
    KindIdentity = 1, KindCustomer, KindActivity, KindGuestIdentity, KindGuest, KindGuestActivity, KindGuestCart,
    KindVisitor, KindProspect, KindOrder = 100, // + PopulationGenerator::OrderOwner
};

constexpr qint64 Day = 86400;

std::vector<QByteArray> cols(std::initializer_list<const char *> names)
{
    std::vector<QByteArray> out;
    for (const char *n : names)
        out.emplace_back(n);
    return out;
}

// Which countries shop on which website, with weights.
constexpr std::array<int, CountryCount> kMainWebsiteWeights = {70, 12, 0, 0, 0, 0, 0, 0, 0, 6, 6, 0, 3, 3};
constexpr std::array<int, CountryCount> kEuWebsiteWeights = {0, 0, 25, 25, 12, 10, 8, 8, 5, 0, 0, 5, 0, 2};

const char *const kStatuses[] = {"pending", "pending_payment", "processing", "complete", "closed",
                                 "canceled", "holded", "payment_review", "fraud"};

// Special customers at the start of every store (so that a 300-customer test store covers every
// case), and periodic ones after that (so that big stores have them in proportion).
struct Traits
{
    int orders = -1;                   // -1 = random
    const char *firstStatus = nullptr; // forced status of the first order
    int dob = 0;         // 0 random, 1 Feb 29, 2 birthday on the anchor day, 3 on the next day, 4 Dec 31, 5 Jan 1, 6 none
    bool turns18 = false;
    int fixedBirthYear = 0;
    int addresses = -1;  // -1 random
    bool splitDefaults = false;
    int carts = -1;      // -1 random, 0 none, 1 one with items, 2 two with items, 3 only an empty one, 4 items + newer empty
    bool guestSameSite = false, guestOtherSite = false;
    int newsletter = -1; // -1 random, 0 none, 1..4 status, 5 two rows
    int loyalty = -1;    // -1 random, 0 none, 1 set
    int lock = 0;        // 1 locked until after the anchor, 2 lock expired
    bool inactive = false, unconfirmed = false, vip = false, recentRegistration = false, oldNoOrders = false;
    bool configurable = false, deletedProduct = false, wishlist = false, viewed = false, recentOrder = false;
};

Traits traitsFor(qint64 n)
{
    Traits t;
    if (n >= 11 && n <= 19) {
        t.orders = 2;
        t.firstStatus = kStatuses[n - 11];
    }
    switch (n) {
    case 20: t.dob = 1; t.fixedBirthYear = 1988; break;
    case 21: t.dob = 1; t.fixedBirthYear = 2000; break;
    case 22: t.dob = 2; t.turns18 = true; break;
    case 23: t.dob = 3; break;
    case 24: t.dob = 4; break;
    case 25: t.dob = 5; break;
    case 26: t.dob = 6; break;
    case 27: t.carts = 1; break;
    case 28: t.carts = 2; break;
    case 29: t.carts = 3; break;
    case 30: t.carts = 4; break;
    case 31: t.addresses = 0; break;
    case 32: t.addresses = 2; t.splitDefaults = true; break;
    case 33: t.addresses = 3; t.splitDefaults = true; break;
    case 34: t.guestSameSite = true; t.orders = 2; break;
    case 35: t.guestOtherSite = true; t.orders = 1; break;
    case 36: case 37: case 38: case 39: t.newsletter = int(n - 35); break;
    case 40: t.newsletter = 5; break;
    case 41: t.loyalty = 1; break;
    case 42: t.loyalty = 0; break;
    case 43: t.lock = 1; break;
    case 44: t.lock = 2; break;
    case 45: t.inactive = true; break;
    case 46: t.unconfirmed = true; break;
    case 47: t.vip = true; break;
    case 48: t.recentRegistration = true; t.orders = 1; t.recentOrder = true; break;
    case 49: t.oldNoOrders = true; break;
    case 51: t.wishlist = true; break;
    case 52: t.viewed = true; break;
    case 53: t.configurable = true; t.orders = 1; break;
    case 54: t.deletedProduct = true; t.orders = 3; break;
    case 55: t.recentOrder = true; t.orders = 2; break;
    default: break;
    }
    if (n >= 64) {
        if (n % 211 == 7) t.dob = 1;
        else if (n % 223 == 11) t.dob = 2;
        else if (n % 227 == 13) t.dob = 3;
        else if (n % 229 == 17) t.dob = 4;
        else if (n % 233 == 19) t.dob = 5;
        if (n % 40 == 7) t.guestSameSite = true;
        if (n % 97 == 11) t.guestOtherSite = true;
        if (n % 100 == 41) t.carts = 2;
        else if (n % 100 == 43) t.carts = 4;
        else if (n % 100 == 45) t.carts = 3;
        if (n % 25 == 3) t.newsletter = 5;
        if (n % 500 == 77) t.lock = 1;
        if ((t.guestSameSite || t.guestOtherSite) && t.orders < 0)
            t.orders = 1;
    }
    return t;
}

int pickCountry(Rng &rng, int website)
{
    return rng.weighted(website == ids::WebsiteMain ? kMainWebsiteWeights : kEuWebsiteWeights);
}

int storeFor(Rng &rng, int website, int country)
{
    if (website == ids::WebsiteMain)
        return country == IE ? ids::StoreIreland : ids::StoreDefault;
    switch (country) {
    case FR: return ids::StoreFrench;
    case BE: return rng.percent(55) ? ids::StoreFrench : ids::StoreGerman;
    case CH: return rng.percent(30) ? ids::StoreFrench : ids::StoreGerman;
    case ES: case PT: return rng.percent(50) ? ids::StoreFrench : ids::StoreGerman;
    default: return ids::StoreGerman;
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
        if (country != IS || (name.size() >= 7 && (name.compare(name.size() - 7, 7, "dóttir") == 0) == female))
            return name;
    }
    return pick(rng, names.last);
}

// "first.last.123@example.fr" with some variety; case: 0 lower, 1 Capitalised, 2 UPPER.
std::string capitalised(const std::string &email)
{
    // "guest.person@example.com" -> "Guest.Person@Example.com"
    std::string out = email;
    bool start = true;
    bool domain = false;
    for (char &c : out) {
        if (start && c >= 'a' && c <= 'z')
            c = char(c - 32);
        if (c == '@')
            domain = true;
        start = c == '@' || (c == '.' && !domain);
    }
    return out;
}

std::string withCase(const std::string &email, int variant)
{
    switch (variant) {
    case 1: return capitalised(email);
    case 2: return asciiUpper(email);
    default: return email;
    }
}

const char *prefixFor(Rng &rng, int country, bool female)
{
    switch (country) {
    case FR: case BE: return female ? "Mme" : "M.";
    case DE: case CH: return female ? "Frau" : "Herr";
    case ES: return female ? "Sra." : "Sr.";
    default: {
        if (rng.percent(15))
            return "Dr";
        return female ? (rng.percent(50) ? "Mrs" : "Ms") : "Mr";
    }
    }
}

qint64 birthDays(Rng &rng, int y, int m, int d)
{
    Q_UNUSED(rng);
    if (m == 2 && d == 29 && !isLeapYear(y))
        y -= y % 4 == 0 ? 4 : y % 4; // the leap year before (years divisible by 100 are far away)
    return daysFromCivil(y, m, d);
}

} // namespace

// --- stores and coupons ---------------------------------------------------------------------------

const StoreView &storeView(int storeId)
{
    static const StoreView views[] = {
        {0, 0, "admin", "Admin"},
        {1, 1, "default", "Default Store View"},
        {2, 1, "en_ie", "Ireland (English)"},
        {3, 2, "fr", "Français"},
        {4, 2, "de", "Deutsch"},
    };
    return views[std::clamp(storeId, 0, 4)];
}

const char *storeName(int storeId)
{
    switch (storeId) {
    case 1: return "Main Website\nMain Website Store\nDefault Store View";
    case 2: return "Main Website\nMain Website Store\nIreland (English)";
    case 3: return "EU Website\nEU Store\nFrançais";
    case 4: return "EU Website\nEU Store\nDeutsch";
    default: return "Admin";
    }
}

const std::vector<CouponRule> &couponRules()
{
    static const std::vector<CouponRule> rules = {
        {1, "WELCOME10", "Welcome: 10% off your first order", 10, 0, false},
        {2, "XMAS20", "Christmas: 20% off", 20, 0, false},
        {3, "FREESHIP", "Free shipping", 0, 0, true},
        {4, "SPRING5", "Spring: 5 off orders over 30", 0, 500, false},
        {5, "VIP15", "VIP: 15% off", 15, 0, false},
        {6, "STAFF100", "Staff samples: free order", 100, 0, true},
    };
    return rules;
}

// --- tables ---------------------------------------------------------------------------------------

PopulationTables::PopulationTables(const QString &p)
    : customer(p + QStringLiteral("customer_entity"),
               cols({"entity_id", "website_id", "email", "group_id", "increment_id", "store_id", "created_at",
                     "updated_at", "is_active", "disable_auto_group_change", "created_in", "prefix", "firstname",
                     "middlename", "lastname", "suffix", "dob", "password_hash", "rp_token", "rp_token_created_at",
                     "default_billing", "default_shipping", "taxvat", "confirmation", "gender", "failures_num",
                     "first_failure", "lock_expires", "session_cutoff"})),
      customerInt(p + QStringLiteral("customer_entity_int"), cols({"value_id", "attribute_id", "entity_id", "value"})),
      customerVarchar(p + QStringLiteral("customer_entity_varchar"), cols({"value_id", "attribute_id", "entity_id", "value"})),
      address(p + QStringLiteral("customer_address_entity"),
              cols({"entity_id", "parent_id", "created_at", "updated_at", "is_active", "city", "company", "country_id",
                    "firstname", "lastname", "postcode", "prefix", "region", "region_id", "street", "telephone",
                    "vat_id", "vat_is_valid", "vat_request_date", "vat_request_id", "vat_request_success"})),
      customerLog(p + QStringLiteral("customer_log"), cols({"log_id", "customer_id", "last_login_at", "last_logout_at"})),
      order(p + QStringLiteral("sales_order"),
            cols({"entity_id", "state", "status", "coupon_code", "protect_code", "shipping_description", "is_virtual",
                  "store_id", "customer_id", "base_discount_amount", "base_discount_canceled", "base_discount_invoiced",
                  "base_discount_refunded", "base_grand_total", "base_shipping_amount", "base_shipping_canceled",
                  "base_shipping_invoiced", "base_shipping_refunded", "base_shipping_tax_amount", "base_subtotal",
                  "base_subtotal_canceled", "base_subtotal_invoiced", "base_subtotal_refunded", "base_tax_amount",
                  "base_tax_canceled", "base_tax_invoiced", "base_tax_refunded", "base_to_global_rate",
                  "base_to_order_rate", "base_total_canceled", "base_total_invoiced", "base_total_offline_refunded",
                  "base_total_online_refunded", "base_total_paid", "base_total_qty_ordered", "base_total_refunded",
                  "discount_amount", "discount_canceled", "discount_invoiced", "discount_refunded", "grand_total",
                  "shipping_amount", "shipping_canceled", "shipping_invoiced", "shipping_refunded",
                  "shipping_tax_amount", "store_to_base_rate", "store_to_order_rate", "subtotal", "subtotal_canceled",
                  "subtotal_invoiced", "subtotal_refunded", "tax_amount", "tax_canceled", "tax_invoiced",
                  "tax_refunded", "total_canceled", "total_invoiced", "total_offline_refunded",
                  "total_online_refunded", "total_paid", "total_qty_ordered", "total_refunded", "customer_is_guest",
                  "customer_note_notify", "billing_address_id", "customer_group_id", "email_sent", "send_email",
                  "quote_id", "shipping_address_id", "base_shipping_discount_amount", "base_subtotal_incl_tax",
                  "base_total_due", "shipping_discount_amount", "subtotal_incl_tax", "total_due", "weight",
                  "customer_dob", "increment_id", "applied_rule_ids", "base_currency_code", "customer_email",
                  "customer_firstname", "customer_lastname", "customer_middlename", "customer_prefix",
                  "customer_suffix", "customer_taxvat", "discount_description", "global_currency_code",
                  "hold_before_state", "hold_before_status", "order_currency_code", "remote_ip", "shipping_method",
                  "store_currency_code", "store_name", "created_at", "updated_at", "total_item_count",
                  "customer_gender", "discount_tax_compensation_amount", "base_discount_tax_compensation_amount",
                  "shipping_incl_tax", "base_shipping_incl_tax", "coupon_rule_name", "paypal_ipn_customer_notified"})),
      orderItem(p + QStringLiteral("sales_order_item"),
                cols({"item_id", "order_id", "parent_item_id", "quote_item_id", "store_id", "created_at", "updated_at",
                      "product_id", "product_type", "weight", "is_virtual", "sku", "name", "is_qty_decimal",
                      "no_discount", "qty_canceled", "qty_invoiced", "qty_ordered", "qty_refunded", "qty_shipped",
                      "price", "base_price", "original_price", "base_original_price", "tax_percent", "tax_amount",
                      "base_tax_amount", "tax_invoiced", "base_tax_invoiced", "discount_percent", "discount_amount",
                      "base_discount_amount", "discount_invoiced", "base_discount_invoiced", "amount_refunded",
                      "base_amount_refunded", "row_total", "base_row_total", "row_invoiced", "base_row_invoiced",
                      "row_weight", "price_incl_tax", "base_price_incl_tax", "row_total_incl_tax",
                      "base_row_total_incl_tax", "free_shipping"})),
      orderPayment(p + QStringLiteral("sales_order_payment"),
                   cols({"entity_id", "parent_id", "base_shipping_captured", "shipping_captured", "amount_refunded",
                         "base_amount_paid", "amount_canceled", "base_amount_authorized", "base_amount_refunded",
                         "base_shipping_amount", "shipping_amount", "amount_paid", "amount_authorized",
                         "base_amount_ordered", "amount_ordered", "base_amount_canceled", "method", "cc_type",
                         "cc_last_4", "cc_exp_month", "cc_exp_year", "last_trans_id", "additional_information"})),
      orderAddress(p + QStringLiteral("sales_order_address"),
                   cols({"entity_id", "parent_id", "customer_address_id", "region_id", "customer_id", "region",
                         "postcode", "lastname", "street", "city", "email", "telephone", "country_id", "firstname",
                         "address_type", "company", "vat_id", "vat_is_valid"})),
      creditmemo(p + QStringLiteral("sales_creditmemo"),
                 cols({"entity_id", "store_id", "base_shipping_tax_amount", "store_to_order_rate", "base_discount_amount",
                       "base_to_order_rate", "grand_total", "base_adjustment_negative", "base_subtotal_incl_tax",
                       "shipping_amount", "subtotal_incl_tax", "adjustment_negative", "base_shipping_amount",
                       "store_to_base_rate", "base_to_global_rate", "base_adjustment", "base_subtotal",
                       "discount_amount", "subtotal", "adjustment", "base_grand_total", "base_adjustment_positive",
                       "adjustment_positive", "base_tax_amount", "shipping_tax_amount", "tax_amount", "order_id",
                       "state", "store_currency_code", "order_currency_code", "base_currency_code",
                       "global_currency_code", "increment_id", "created_at", "updated_at"})),
      quote(p + QStringLiteral("quote"),
            cols({"entity_id", "store_id", "created_at", "updated_at", "converted_at", "is_active", "is_virtual",
                  "is_multi_shipping", "items_count", "items_qty", "orig_order_id", "store_to_base_rate",
                  "store_to_quote_rate", "base_currency_code", "store_currency_code", "quote_currency_code",
                  "grand_total", "base_grand_total", "checkout_method", "customer_id", "customer_tax_class_id",
                  "customer_group_id", "customer_email", "customer_prefix", "customer_firstname",
                  "customer_lastname", "customer_dob", "customer_note_notify", "customer_is_guest", "remote_ip",
                  "applied_rule_ids", "reserved_order_id", "coupon_code", "global_currency_code",
                  "base_to_global_rate", "base_to_quote_rate", "customer_gender", "subtotal", "base_subtotal",
                  "subtotal_with_discount", "base_subtotal_with_discount", "is_changed", "trigger_recollect",
                  "is_persistent"})),
      quoteItem(p + QStringLiteral("quote_item"),
                cols({"item_id", "quote_id", "created_at", "updated_at", "product_id", "store_id", "parent_item_id",
                      "is_virtual", "sku", "name", "is_qty_decimal", "no_discount", "weight", "qty", "price",
                      "base_price", "discount_percent", "discount_amount", "base_discount_amount", "tax_percent",
                      "tax_amount", "base_tax_amount", "row_total", "base_row_total", "row_total_with_discount",
                      "row_weight", "product_type", "price_incl_tax", "base_price_incl_tax", "row_total_incl_tax",
                      "base_row_total_incl_tax", "free_shipping"})),
      wishlist(p + QStringLiteral("wishlist"), cols({"wishlist_id", "customer_id", "shared", "sharing_code", "updated_at"})),
      wishlistItem(p + QStringLiteral("wishlist_item"),
                   cols({"wishlist_item_id", "wishlist_id", "product_id", "store_id", "added_at", "description", "qty"})),
      viewed(p + QStringLiteral("report_viewed_product_index"),
             cols({"index_id", "visitor_id", "customer_id", "product_id", "store_id", "added_at"})),
      newsletter(p + QStringLiteral("newsletter_subscriber"),
                 cols({"subscriber_id", "store_id", "change_status_at", "customer_id", "subscriber_email",
                       "subscriber_status", "subscriber_confirm_code"}))
{
}

std::vector<TableBuffer *> PopulationTables::inWriteOrder()
{
    return {&customer, &customerInt, &customerVarchar, &address, &customerLog, &order, &orderItem, &orderPayment,
            &orderAddress, &creditmemo, &quote, &quoteItem, &wishlist, &wishlistItem, &viewed, &newsletter};
}

// --- generator ------------------------------------------------------------------------------------

struct PopulationGenerator::CustomerPlan
{
    qint64 n = 0;
    qint64 id = 0;
    Identity who;
    Traits traits;
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

PopulationGenerator::PopulationGenerator(const DemoData &data, PopulationOptions options)
    : m_data(data), m_options(options)
{
    m_anchorDays = daysFromCivil(options.anchor.year(), options.anchor.month(), options.anchor.day());
    m_anchor = m_anchorDays * Day;
    m_customerChunks = int((options.customers + CustomerChunk - 1) / CustomerChunk);
    m_firstAddressId.assign(size_t(std::max<qint64>(0, options.customers)), 0);
    m_plannedOrders.reserve(size_t(std::max<qint64>(0, options.customers)) * 5 / 2);
    m_couponUses.assign(couponRules().size(), 0);
}

qint64 PopulationGenerator::randomTime(Rng &rng, qint64 from, qint64 to) const
{
    if (to <= from)
        return from;
    return from + rng.below64(to - from);
}

bool PopulationGenerator::nextChunk(PopulationTables &out)
{
    if (m_nextCustomerChunk < m_customerChunks) {
        generateCustomerChunk(m_nextCustomerChunk++, out);
        if (m_nextCustomerChunk == m_customerChunks)
            std::sort(m_plannedOrders.begin(), m_plannedOrders.end());
        return true;
    }
    if (qint64(m_nextOrderChunk) * OrderChunk < qint64(m_plannedOrders.size())) {
        generateOrderChunk(m_nextOrderChunk++, out);
        return true;
    }
    return false;
}

int PopulationGenerator::percentDone() const
{
    // Phase 1 is about 40 % of the rows, the orders the rest.
    if (m_nextCustomerChunk < m_customerChunks)
        return 40 * m_nextCustomerChunk / std::max(1, m_customerChunks);
    if (m_plannedOrders.empty())
        return 100;
    const qint64 done = std::min<qint64>(qint64(m_nextOrderChunk) * OrderChunk, qint64(m_plannedOrders.size()));
    return int(40 + 60 * done / qint64(m_plannedOrders.size()));
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
        // Registered on both websites with the same e-mail address (allowed: accounts are per website).
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
    who.email = local + '@' + (rng.percent(50) ? countryInfo(who.country).domain : domains[rng.below(3)]);
    return who;
}

PopulationGenerator::Address PopulationGenerator::makeAddress(Rng &rng, int country, const std::string &first,
                                                              const std::string &last, bool mayHaveCompany) const
{
    Address a;
    a.country = country;
    a.first = first;
    a.last = last;
    const City &city = m_data.cities[size_t(country)][rng.below(quint32(m_data.cities[size_t(country)].size()))];
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
    case GB: case IE: case AU: case US: case FR:
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

void PopulationGenerator::writeAddress(const Address &a, qint64 customerId, qint64 createdAt, qint64 updatedAt,
                                       Rng &rng, PopulationTables &t)
{
    TableBuffer &b = t.address;
    b.i(a.id).i(customerId).ts(createdAt).ts(updatedAt).i(1).s(a.city).sOrNull(a.company).s(countryInfo(a.country).code);
    b.s(a.first).s(a.last).s(a.postcode).null().sOrNull(a.region).iOrNull(a.regionId).s(a.street).s(a.telephone);
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
        plan.createdAt = m_anchor - 1 - std::min(rng.below64(5 * 365 * Day), rng.below64(5 * 365 * Day));
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
        plan.dob = birthDays(rng, tr.turns18 ? anchorY - 18 : birthYear, anchorM, anchorD);
        break;
    case 3: {
        int y, m, d;
        civilFromDays(m_anchorDays + 1, y, m, d);
        plan.dob = birthDays(rng, birthYear, m, d);
        break;
    }
    case 4: plan.dob = daysFromCivil(birthYear, 12, 31); break;
    case 5: plan.dob = daysFromCivil(birthYear, 1, 1); break;
    case 6: break;
    default:
        if (rng.percent(85))
            plan.dob = daysFromCivil(birthYear, 1, 1) + rng.below(365);
        break;
    }

    if (rng.percent(10))
        plan.prefix = prefixFor(rng, who.country, who.female);
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
            if (rng.percent(60))
                last = pick(rng, names.last);
        }
        plan.book.push_back(makeAddress(rng, country, first, last, true));
    }
    if (!plan.book.empty() && !rng.permille(15)) { // a few have addresses but no default ones
        plan.billing = 0;
        plan.shipping = 0;
        if (plan.book.size() >= 2 && (tr.splitDefaults || rng.percent(70)))
            plan.shipping = 1;
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
        plan.orderCount = rng.percent(25) ? 0 : 1 + rng.weighted(std::array<int, 8>{36, 22, 14, 10, 7, 5, 3, 3});
    const qint64 windowStart = std::max(plan.createdAt + 120, m_anchor - 3 * 365 * Day);
    if (windowStart < m_anchor - 60) {
        for (int k = 0; k < plan.orderCount; ++k)
            plan.orderTimes.push_back(randomTime(rng, windowStart, m_anchor - 60));
        std::sort(plan.orderTimes.begin(), plan.orderTimes.end());
        if (!plan.orderTimes.empty() && (tr.recentOrder || rng.percent(8))) {
            const qint64 recent = m_anchor - 60 - qint64(rng.below64((rng.percent(50) ? 7 : 30) * Day));
            plan.orderTimes.back() = std::max({recent, windowStart, plan.orderTimes.front()});
        }
        if (tr.deletedProduct && plan.orderTimes.size() >= 2) // an old order with a product deleted since
            plan.orderTimes.front() = std::min(plan.orderTimes.front(), std::max(windowStart, m_anchor - 700 * Day));
    }
    plan.orderCount = int(plan.orderTimes.size());
    const qint64 guestFrom = std::max(m_anchor - 3 * 365 * Day, plan.createdAt - 365 * Day);
    if (tr.guestSameSite)
        plan.sameWebsiteGuestOrder = randomTime(rng, guestFrom, m_anchor - 60);
    if (tr.guestOtherSite)
        plan.otherWebsiteGuestOrder = randomTime(rng, guestFrom, m_anchor - 60);
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
    const qint64 firstId = plan.n < qint64(m_firstAddressId.size()) ? m_firstAddressId[size_t(plan.n)] : 0;
    const auto saved = [&](int index) {
        Address a = plan.book[size_t(index)];
        a.id = firstId ? firstId + index : 0;
        return a;
    };
    party.billing = plan.billing >= 0 ? saved(plan.billing) : (plan.book.empty() ? plan.checkout : saved(0));
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
    if (!plan.book.empty())
        m_firstAddressId[size_t(n)] = quint32(m_ids.address + 1);
    for (Address &a : plan.book)
        a.id = ++m_ids.address;

    // The customer row.
    {
        TableBuffer &b = t.customer;
        b.i(id).i(who.website).s(who.email).i(plan.group).null().i(who.store).ts(plan.createdAt).ts(plan.updatedAt);
        b.i(tr.inactive || rng.percent(3) ? 0 : 1).i(rng.percent(2) ? 1 : 0).s(storeView(who.store).name);
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
        if (!lock && rng.permille(20))
            lock = rng.percent(30) ? 1 : rng.percent(50) ? 2 : 3;
        if (lock) {
            // 1: locked beyond the anchor, 2: lock expired, 3: failed logins without a lock.
            const qint64 firstFailure = randomTime(rng, std::max(plan.createdAt, m_anchor - 20 * Day), m_anchor);
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
        const qint64 at = randomTime(rng, plan.createdAt, std::min(m_anchor, plan.createdAt + 60 * Day));
        writeAddress(a, id, at, rng.percent(70) ? at : randomTime(rng, at, m_anchor), rng, t);
    }

    // Custom attributes: loyalty_score (int) and loyalty_tier (varchar), for about 70 %.
    const bool hasLoyalty = tr.loyalty >= 0 ? tr.loyalty == 1 : rng.percent(70);
    if (hasLoyalty) {
        const int score = std::min(1000, plan.orderCount * 60 + int(rng.below(250)));
        t.customerInt.i(++m_ids.eavInt).i(ids::AttrLoyaltyScore).i(id).i(score).endRow();
        if (!rng.percent(7)) {
            std::string tier = score < 150 ? "Bronze" : score < 400 ? "Silver" : score < 700 ? "Gold" : "Platinum";
            const int variant = int(rng.below(100));
            if (variant < 2)
                tier = asciiUpper(tier);
            else if (variant < 4)
                tier[0] = char(tier[0] + 32);
            t.customerVarchar.i(++m_ids.eavVarchar).i(ids::AttrLoyaltyTier).i(id).s(tier).endRow();
        }
    }

    if (rng.percent(60)) {
        const qint64 login = randomTime(rng, std::max(plan.createdAt, m_anchor - 400 * Day), m_anchor);
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
        m_plannedOrders.push_back({plan.sameWebsiteGuestOrder, quint32(n), SameWebsiteGuestOrder, 0});
    if (plan.otherWebsiteGuestOrder >= 0)
        m_plannedOrders.push_back({plan.otherWebsiteGuestOrder, quint32(n), OtherWebsiteGuestOrder, 0});

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
            updated = rng.percent(30) ? randomTime(rng, std::max(created, m_anchor - 3 * Day), m_anchor - 60)
                                      : randomTime(rng, created, std::min(m_anchor - 60, created + 30 * Day));
        };
        qint64 created = 0, updated = 0;
        if (carts == 1 || carts == 2 || carts == 4) {
            cartTimes(created, updated);
            std::vector<Line> lines = cartLines(rng, party, 1 + rng.weighted(std::array<int, 4>{45, 30, 15, 10}));
            const CouponRule *coupon = rng.percent(10) ? &couponRules()[rng.percent(50) ? 0 : 3] : nullptr;
            writeQuote(rng, party, lines, created, updated, true, coupon, {}, t);
        }
        if (carts == 2) { // a second cart with items: the most recently updated one counts
            qint64 created2 = 0, updated2 = 0;
            cartTimes(created2, updated2);
            if (updated2 == updated)
                updated2 -= 1;
            std::vector<Line> lines = cartLines(rng, party, 1 + int(rng.below(3)));
            writeQuote(rng, party, lines, std::min(created2, updated2), updated2, true, nullptr, {}, t);
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
            if (std::find(chosen.begin(), chosen.end(), product) != chosen.end())
                continue;
            chosen.push_back(product);
            const qint64 added = randomTime(rng, std::max(plan.createdAt, m_anchor - 2 * 365 * Day), m_anchor - 60);
            last = std::max(last, added);
            TableBuffer &w = t.wishlistItem;
            w.i(++m_ids.wishlistItem).i(wishlistId).i(m_data.products[size_t(product)].id).i(who.store).ts(added);
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

    // Recently viewed products (one row per customer and product).
    if (tr.viewed || rng.percent(30)) {
        const int count = 1 + int(rng.below(6));
        std::vector<int> chosen;
        for (int k = 0; k < count; ++k) {
            const int product = m_data.pickVisible(rng);
            if (std::find(chosen.begin(), chosen.end(), product) != chosen.end())
                continue;
            chosen.push_back(product);
            const qint64 at = randomTime(rng, std::max(plan.createdAt, m_anchor - 60 * Day), m_anchor - 60);
            t.viewed.i(++m_ids.viewed).null().i(id).i(m_data.products[size_t(product)].id).i(who.store).ts(at).endRow();
        }
    }

    // Newsletter: 1 subscribed, 2 not active, 3 unsubscribed, 4 unconfirmed; some with a second row
    // on the other website (the higher subscriber_id is the current one).
    int newsletter = tr.newsletter;
    if (newsletter < 0)
        newsletter = rng.percent(40) ? (rng.percent(4) ? 5 : 1 + rng.weighted(std::array<int, 4>{60, 7, 23, 10})) : 0;
    if (newsletter) {
        const int firstStatus = newsletter == 5 ? 1 + int(rng.below(4)) : newsletter;
        const qint64 at = randomTime(rng, plan.createdAt, m_anchor);
        std::string code;
        appendHex(code, rng, 32);
        t.newsletter.i(++m_ids.newsletter).i(who.store).ts(at).i(id).s(who.email).i(firstStatus).s(code).endRow();
        if (newsletter == 5) {
            const int otherStore = who.website == ids::WebsiteMain ? ids::StoreGerman : ids::StoreDefault;
            int second = 1 + int(rng.below(4));
            if (second == firstStatus)
                second = second % 4 + 1;
            std::string code2;
            appendHex(code2, rng, 32);
            t.newsletter.i(++m_ids.newsletter).i(otherStore).ts(randomTime(rng, at, m_anchor)).i(id).s(who.email);
            t.newsletter.i(second).s(code2).endRow();
        }
    }
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
    p.shipping = rng.percent(90) ? p.billing : makeAddress(rng, who.country, who.first, who.last, false);
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
        const std::string subscriber = g == 0 ? asciiUpper(email) : withCase(email, rng.percent(30) ? 1 : 0);
        const int status = g == 0 ? 1 : rng.percent(70) ? 1 : 3;
        t.newsletter.i(++m_ids.newsletter).i(plan.who.store).ts(randomTime(rng, plan.times.front(), m_anchor)).i(0);
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
            p.email = withCase(plan.who.email, order.owner == 0 ? (order.ordinal == 0 ? 1 : 0) : int(rng.below(3)));
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
        if (std::find(chosen.begin(), chosen.end(), product) != chosen.end())
            continue;
        chosen.push_back(product);
        t.viewed.i(++m_ids.viewed).i(visitor).null().i(m_data.products[size_t(product)].id).i(store);
        t.viewed.ts(randomTime(rng, m_anchor - 30 * Day, m_anchor - 60)).endRow();
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
    std::string email = m_data.emailName(pick(rng, rng.percent(50) ? names.femaleFirst : names.maleFirst)) + '.';
    email += m_data.emailName(pick(rng, names.last)) + ".p";
    appendInt(email, k + 1);
    email += "@example.net";
    if (rng.percent(10))
        email = withCase(email, 1);
    std::string code;
    appendHex(code, rng, 32);
    const int status = 1 + rng.weighted(std::array<int, 4>{65, 5, 20, 10});
    t.newsletter.i(++m_ids.newsletter).i(store).ts(randomTime(rng, m_anchor - 3 * 365 * Day, m_anchor - 60)).i(0);
    t.newsletter.s(email).i(status).s(code).endRow();
}

} // namespace seg::demo

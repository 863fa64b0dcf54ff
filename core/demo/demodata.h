#pragma once

// Building blocks of the demo store generator: a portable PRNG, calendar arithmetic without
// QDateTime (fast and independent of the local time zone), and the reference data compiled into
// the Qt resources (names, cities, streets, categories, products) under :/segmentor/demo/.

#include "common/result.h"

#include <QString>
#include <QtGlobal>

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace seg::demo {

// splitmix64: tiny, fast, and its output is fixed by its definition (unlike std:: distributions,
// whose results differ between standard library versions). Only integer arithmetic is used to turn
// it into ranges, so the generated data is the same on every platform.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n); n > 0 (multiply-shift, the bias is below 2^-32).
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    qint64 below64(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    int range(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); } // inclusive
    bool percent(int p) { return int(below(100)) < p; }
    bool permille(int p) { return int(below(1000)) < p; }
    // Picks an index by integer weights.
    template <size_t N> int weighted(const std::array<int, N> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = int(below(quint32(total)));
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i]) return int(i);
            r -= weights[i];
        }
        return int(N - 1);
    }

private:
    quint64 m_state;
};

// A seed for an independent stream: one per (seed, kind, index), so that customer 12345 gets the
// same data whatever is generated around it.
quint64 streamSeed(quint64 seed, quint64 kind, quint64 index);

// --- calendar (proleptic Gregorian, UTC) -------------------------------------------------------
qint64 daysFromCivil(int y, int m, int d);
void civilFromDays(qint64 days, int &y, int &m, int &d);
bool isLeapYear(int y);
// 'YYYY-MM-DD HH:MM:SS' from seconds since 1970-01-01 UTC; writes exactly 19 characters.
void formatDateTime(qint64 secs, char *out);
void formatDate(qint64 days, char *out); // 10 characters
std::string dateTimeString(qint64 secs);
std::string dateString(qint64 days);

// --- text ----------------------------------------------------------------------------------------
// Lower-case ASCII rendering of a name for e-mail addresses: "Émilie" -> "emilie", "Søren" ->
// "soren", "O'Brien" -> "obrien", "van den Berg" -> "vandenberg".
std::string emailPart(std::string_view utf8Name);
std::string upperUtf8(std::string_view utf8); // Unicode upper-casing (via QString)
std::string asciiUpper(std::string_view text);
void appendInt(std::string &out, qint64 value, int minDigits = 0);
void appendHex(std::string &out, Rng &rng, int digits);
void appendMoney(std::string &out, qint64 cents); // 12.34

// --- reference data -----------------------------------------------------------------------------
enum Country : int
{
    GB,
    IE,
    FR,
    DE,
    ES,
    NL,
    BE,
    CH,
    PT,
    AU,
    US,
    PL,
    IS,
    DK,
    CountryCount
};

struct CountryInfo
{
    const char *code;
    const char *domain;      // e-mail domain of the country's customers (reserved example.* names)
    const char *phonePrefix; // "+44"
    int taxPermille;         // VAT charged on orders shipped there
    const char *companySuffix;
};
const CountryInfo &countryInfo(int country);

struct City
{
    std::string name;
    std::string region;
    int regionId = 0;            // 0 = none (NULL)
    std::string postcodePattern; // '#' digit, '@' upper-case letter
};

struct Category
{
    int id = 0;
    int parentId = 0;
    QString name;
    QString path; // "1/2/..../id"
    int level = 0;
    int position = 0;
    int childrenCount = 0;
};

enum class ProductType
{
    Simple,
    Configurable,
    Virtual,
    Deleted
};

struct Product
{
    int id = 0; // catalog_product_entity.entity_id; for deleted products an id no row has
    std::string sku;
    std::string name;
    std::string oldName;   // name before a rename ("" = never renamed)
    qint64 priceCents = 0; // GBP
    int weightGrams = 0;
    ProductType type = ProductType::Simple;
    int parentIndex = -1; // index of the configurable parent in products, for its children
    std::vector<int> children;
    std::vector<int> categoryIds;
    int rank = 0; // popularity rank in the real data
};

struct NameList
{
    std::vector<std::string> femaleFirst, maleFirst, last;
};

struct DemoData
{
    std::array<NameList, CountryCount> names;
    std::array<std::vector<City>, CountryCount> cities;
    std::array<std::vector<std::string>, CountryCount> streets;
    std::vector<Category> categories; // including 1 (root) and 2 (default category)
    std::vector<Product> products;    // catalog order; deleted products at the end
    std::vector<int> sellable; // simple (incl. configurable children) products, by popularity
    std::vector<quint32> sellableCumulative; // Zipf-like weights, cumulative
    std::vector<int>
        visible; // simple without parent + configurable parents (carts, wishlists, views)
    std::vector<int> virtualProducts;
    std::vector<int> deletedProducts;
    int catalogCount = 0; // products with a catalog row (not the deleted ones)

    std::unordered_map<std::string, std::string>
        emailNames; // name -> emailPart(name), for every name in names

    static Result<DemoData> load();
    std::string emailName(const std::string &name) const; // emailPart(), cached for known names
    int pickSellable(Rng &rng) const;
    int pickVisible(Rng &rng) const;
};

} // namespace seg::demo

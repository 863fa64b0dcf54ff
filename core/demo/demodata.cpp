#include "demo/demodata.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <cstring>

namespace seg::demo {

quint64 streamSeed(quint64 seed, quint64 kind, quint64 index)
{
    Rng a(seed ^ (kind * 0xD1B54A32D192ED03ull));
    Rng b(a.next() ^ (index * 0x9E3779B97F4A7C15ull) ^ (index >> 32));
    b.next();
    return b.next();
}

// --- calendar -----------------------------------------------------------------------------------
// Howard Hinnant's days_from_civil / civil_from_days.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(qint64(yoe) + era * 400 + (m <= 2));
}

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

namespace {
inline void put2(char *out, int v)
{
    out[0] = char('0' + v / 10);
    out[1] = char('0' + v % 10);
}
} // namespace

void formatDate(qint64 days, char *out)
{
    int y, m, d;
    civilFromDays(days, y, m, d);
    put2(out, y / 100);
    put2(out + 2, y % 100);
    out[4] = '-';
    put2(out + 5, m);
    out[7] = '-';
    put2(out + 8, d);
}

void formatDateTime(qint64 secs, char *out)
{
    qint64 days = secs / 86400;
    qint64 rest = secs % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    formatDate(days, out);
    out[10] = ' ';
    put2(out + 11, int(rest / 3600));
    out[13] = ':';
    put2(out + 14, int(rest / 60 % 60));
    out[16] = ':';
    put2(out + 17, int(rest % 60));
}

std::string dateTimeString(qint64 secs)
{
    char buf[19];
    formatDateTime(secs, buf);
    return std::string(buf, 19);
}

std::string dateString(qint64 days)
{
    char buf[10];
    formatDate(days, buf);
    return std::string(buf, 10);
}

// --- text ---------------------------------------------------------------------------------------
std::string emailPart(std::string_view utf8Name)
{
    static const QHash<QChar, const char *> special = {
        {QChar(0x00DF), "ss"}, {QChar(0x00E6), "ae"}, {QChar(0x00C6), "ae"}, {QChar(0x00F8), "o"},
        {QChar(0x00D8), "o"},  {QChar(0x0142), "l"},  {QChar(0x0141), "l"},  {QChar(0x00F0), "d"},
        {QChar(0x00D0), "d"},  {QChar(0x00FE), "th"}, {QChar(0x00DE), "th"}, {QChar(0x0131), "i"},
    };
    const QString name = QString::fromUtf8(utf8Name.data(), qsizetype(utf8Name.size()));
    std::string out;
    for (const QChar ch : name) {
        if (const auto it = special.constFind(ch); it != special.constEnd()) {
            out += it.value();
            continue;
        }
        // Decompose (é -> e + combining accent) and keep the ASCII letters and digits.
        const QString decomposed = QString(ch).normalized(QString::NormalizationForm_D);
        for (const QChar part : decomposed) {
            const char16_t u = part.unicode();
            if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
                out += char(u);
            else if (u >= 'A' && u <= 'Z')
                out += char(u + 32);
        }
    }
    return out;
}

std::string upperUtf8(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).toUpper().toStdString();
}

std::string asciiUpper(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        if (c >= 'a' && c <= 'z') c = char(c - 32);
    return out;
}

void appendInt(std::string &out, qint64 value, int minDigits)
{
    char buf[24];
    int n = 0;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(-value) : quint64(value);
    do {
        buf[n++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    while (n < minDigits)
        buf[n++] = '0';
    if (negative) out += '-';
    while (n)
        out += buf[--n];
}

void appendHex(std::string &out, Rng &rng, int digits)
{
    static const char hex[] = "0123456789abcdef";
    quint64 bits = 0;
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 0) bits = rng.next();
        out += hex[bits & 15];
        bits >>= 4;
    }
}

void appendMoney(std::string &out, qint64 cents)
{
    if (cents < 0) {
        out += '-';
        cents = -cents;
    }
    appendInt(out, cents / 100);
    out += '.';
    appendInt(out, cents % 100, 2);
}

// --- countries
// ------------------------------------------------------------------------------------
const CountryInfo &countryInfo(int country)
{
    static const CountryInfo table[CountryCount] = {
        {"GB", "example.co.uk", "+44", 200, "Ltd"}, {"IE", "example.ie", "+353", 230, "Ltd"},
        {"FR", "example.fr", "+33", 200, "SARL"},   {"DE", "example.de", "+49", 190, "GmbH"},
        {"ES", "example.es", "+34", 210, "S.L."},   {"NL", "example.nl", "+31", 210, "B.V."},
        {"BE", "example.be", "+32", 210, "BV"},     {"CH", "example.ch", "+41", 0, "AG"},
        {"PT", "example.pt", "+351", 230, "Lda."},  {"AU", "example.com.au", "+61", 0, "Pty Ltd"},
        {"US", "example.com", "+1", 0, "LLC"},      {"PL", "example.pl", "+48", 230, "Sp. z o.o."},
        {"IS", "example.is", "+354", 0, "ehf."},    {"DK", "example.dk", "+45", 250, "ApS"},
    };
    return table[country];
}

namespace {

int countryIndex(const QString &code)
{
    for (int i = 0; i < CountryCount; ++i)
        if (code == QLatin1String(countryInfo(i).code)) return i;
    return -1;
}

// RFC 4180: header row, fields optionally double-quoted ("" inside quotes), "\n" line ends.
Result<std::vector<QStringList>> readCsv(const QString &resource, int columns)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{{},
                     QStringLiteral("demo data %1 is missing from the resources").arg(resource),
                     ErrorCode::Internal};
    const QString text = QString::fromUtf8(file.readAll());
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            fieldStarted = false;
            rows.push_back(row);
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows.push_back(row);
    }
    if (rows.empty())
        return Error{
            {}, QStringLiteral("demo data %1 is empty").arg(resource), ErrorCode::Internal};
    rows.erase(rows.begin()); // header
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i].size() != columns)
            return Error{{},
                         QStringLiteral("%1 line %2: expected %3 fields, got %4")
                             .arg(resource)
                             .arg(i + 2)
                             .arg(columns)
                             .arg(rows[i].size()),
                         ErrorCode::Internal};
    return rows;
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

} // namespace

Result<DemoData> DemoData::load()
{
    DemoData data;

    // names.csv: country,kind,name
    auto names = readCsv(QStringLiteral(":/segmentor/demo/names.csv"), 3);
    if (!names) return names.error();
    for (const QStringList &r : *names) {
        const int c = countryIndex(r[0]);
        if (c < 0)
            return Error{
                {}, QStringLiteral("names.csv: unknown country %1").arg(r[0]), ErrorCode::Internal};
        NameList &list = data.names[c];
        if (r[1] == QLatin1String("first_f"))
            list.femaleFirst.push_back(utf8(r[2]));
        else if (r[1] == QLatin1String("first_m"))
            list.maleFirst.push_back(utf8(r[2]));
        else if (r[1] == QLatin1String("last"))
            list.last.push_back(utf8(r[2]));
        else
            return Error{
                {}, QStringLiteral("names.csv: unknown kind %1").arg(r[1]), ErrorCode::Internal};
    }

    for (const NameList &list : data.names)
        for (const auto *names : {&list.femaleFirst, &list.maleFirst, &list.last})
            for (const std::string &name : *names)
                data.emailNames.emplace(name, emailPart(name));

    // cities.csv: country,city,region,region_id,postcode
    auto cities = readCsv(QStringLiteral(":/segmentor/demo/cities.csv"), 5);
    if (!cities) return cities.error();
    for (const QStringList &r : *cities) {
        const int c = countryIndex(r[0]);
        if (c < 0)
            return Error{{},
                         QStringLiteral("cities.csv: unknown country %1").arg(r[0]),
                         ErrorCode::Internal};
        data.cities[c].push_back(City{utf8(r[1]), utf8(r[2]), r[3].toInt(), utf8(r[4])});
    }

    // streets.csv: country,street
    auto streets = readCsv(QStringLiteral(":/segmentor/demo/streets.csv"), 2);
    if (!streets) return streets.error();
    for (const QStringList &r : *streets) {
        const int c = countryIndex(r[0]);
        if (c < 0)
            return Error{{},
                         QStringLiteral("streets.csv: unknown country %1").arg(r[0]),
                         ErrorCode::Internal};
        data.streets[c].push_back(utf8(r[1]));
    }
    for (int c = 0; c < CountryCount; ++c)
        if (data.names[c].femaleFirst.empty() || data.names[c].maleFirst.empty() ||
            data.names[c].last.empty() || data.cities[c].empty() || data.streets[c].empty())
            return Error{{},
                         QStringLiteral("demo data lacks names, cities or streets for %1")
                             .arg(QLatin1String(countryInfo(c).code)),
                         ErrorCode::Internal};

    // categories.csv: path (below "Default Category")
    auto categoryRows = readCsv(QStringLiteral(":/segmentor/demo/categories.csv"), 1);
    if (!categoryRows) return categoryRows.error();
    data.categories.push_back(
        Category{1, 0, QStringLiteral("Root Catalog"), QStringLiteral("1"), 0, 0, 0});
    data.categories.push_back(
        Category{2, 1, QStringLiteral("Default Category"), QStringLiteral("1/2"), 1, 1, 0});
    QHash<QString, int> categoryByPath; // "Bags/Jumbo Bags & Shoppers" -> index in categories
    QHash<int, int> nextPosition;
    for (const QStringList &r : *categoryRows) {
        const QString &path = r[0];
        const int slash = int(path.lastIndexOf(QLatin1Char('/')));
        int parentIndex = 1;
        if (slash >= 0) {
            const auto it = categoryByPath.constFind(path.left(slash));
            if (it == categoryByPath.constEnd())
                return Error{
                    {},
                    QStringLiteral("categories.csv: parent of %1 not listed before it").arg(path),
                    ErrorCode::Internal};
            parentIndex = it.value();
        }
        const Category &parent = data.categories[size_t(parentIndex)];
        Category cat;
        cat.id = int(data.categories.size()) + 1;
        cat.parentId = parent.id;
        cat.name = slash >= 0 ? path.mid(slash + 1) : path;
        cat.path = parent.path + QLatin1Char('/') + QString::number(cat.id);
        cat.level = parent.level + 1;
        cat.position = ++nextPosition[parent.id];
        categoryByPath.insert(path, int(data.categories.size()));
        data.categories.push_back(cat);
    }
    for (Category &cat : data.categories) // children_count = all descendants, as Magento keeps it
        for (const Category &other : data.categories)
            if (other.id != cat.id && other.path.startsWith(cat.path + QLatin1Char('/')))
                ++cat.childrenCount;

    // products.csv: sku,name,price,categories,type,parent_sku,old_name
    auto productRows = readCsv(QStringLiteral(":/segmentor/demo/products.csv"), 7);
    if (!productRows) return productRows.error();
    QHash<QString, int> productBySku;
    std::vector<int> deleted;
    int rank = 0;
    for (const QStringList &r : *productRows) {
        Product p;
        p.sku = utf8(r[0]);
        p.name = utf8(r[1]);
        p.oldName = utf8(r[6]);
        bool ok = false;
        const double price = r[2].toDouble(&ok);
        if (!ok || price < 0)
            return Error{{},
                         QStringLiteral("products.csv: bad price for %1").arg(r[0]),
                         ErrorCode::Internal};
        p.priceCents = qint64(price * 100 + 0.5);
        if (r[4] == QLatin1String("simple"))
            p.type = ProductType::Simple;
        else if (r[4] == QLatin1String("configurable"))
            p.type = ProductType::Configurable;
        else if (r[4] == QLatin1String("virtual"))
            p.type = ProductType::Virtual;
        else if (r[4] == QLatin1String("deleted"))
            p.type = ProductType::Deleted;
        else
            return Error{
                {}, QStringLiteral("products.csv: unknown type %1").arg(r[4]), ErrorCode::Internal};
        for (const QString &path : r[3].split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const auto it = categoryByPath.constFind(path);
            if (it == categoryByPath.constEnd())
                return Error{{},
                             QStringLiteral("products.csv: unknown category %1").arg(path),
                             ErrorCode::Internal};
            p.categoryIds.push_back(data.categories[size_t(it.value())].id);
        }
        // A deterministic shipping weight from the SKU: 100 g to 2.5 kg.
        quint64 h = 1469598103934665603ull;
        for (char ch : p.sku)
            h = (h ^ quint8(ch)) * 1099511628211ull;
        p.weightGrams = p.type == ProductType::Virtual ? 0 : int(100 + h % 2400);
        p.rank = rank++;
        if (!r[5].isEmpty()) {
            const auto it = productBySku.constFind(r[5]);
            if (it == productBySku.constEnd())
                return Error{{},
                             QStringLiteral("products.csv: parent %1 of %2 not listed before it")
                                 .arg(r[5], r[0]),
                             ErrorCode::Internal};
            p.parentIndex = it.value();
        }
        const int index = int(data.products.size());
        productBySku.insert(r[0], index);
        if (p.parentIndex >= 0) data.products[size_t(p.parentIndex)].children.push_back(index);
        data.products.push_back(std::move(p));
    }
    // Catalog ids: every product but the deleted ones, in file order; deleted products get ids past
    // the catalog so that no row matches them.
    int nextId = 1;
    for (Product &p : data.products)
        if (p.type != ProductType::Deleted) p.id = nextId++;
    data.catalogCount = nextId - 1;
    nextId += 1000;
    for (Product &p : data.products)
        if (p.type == ProductType::Deleted) p.id = nextId++;

    for (int i = 0; i < int(data.products.size()); ++i) {
        const Product &p = data.products[size_t(i)];
        switch (p.type) {
        case ProductType::Simple:
            data.sellable.push_back(i);
            if (p.parentIndex < 0) data.visible.push_back(i);
            break;
        case ProductType::Configurable:
            data.visible.push_back(i);
            break;
        case ProductType::Virtual:
            data.virtualProducts.push_back(i);
            break;
        case ProductType::Deleted:
            data.deletedProducts.push_back(i);
            break;
        }
    }
    if (data.sellable.empty() || data.virtualProducts.empty() || data.deletedProducts.empty())
        return Error{{},
                     QStringLiteral("products.csv needs simple, virtual and deleted products"),
                     ErrorCode::Internal};
    // Zipf-like popularity: weight 1e6 / (rank + 20).
    quint32 total = 0;
    for (int index : data.sellable) {
        total += quint32(1000000 / (data.products[size_t(index)].rank + 20));
        data.sellableCumulative.push_back(total);
    }
    return data;
}

std::string DemoData::emailName(const std::string &name) const
{
    if (const auto it = emailNames.find(name); it != emailNames.end()) return it->second;
    return emailPart(name);
}

int DemoData::pickSellable(Rng &rng) const
{
    const quint32 r = rng.below(sellableCumulative.back());
    const auto it = std::upper_bound(sellableCumulative.begin(), sellableCumulative.end(), r);
    return sellable[size_t(it - sellableCumulative.begin())];
}

int DemoData::pickVisible(Rng &rng) const
{
    // Popular products more often: the lower of two uniform picks.
    const quint32 n = quint32(visible.size());
    return visible[std::min(rng.below(n), rng.below(n))];
}

} // namespace seg::demo

// Member exports from the databases: the export query on SQLite, MariaDB and PostgreSQL with a
// table source and a compiled definition, paging, progress, cancel and the all-or-nothing file
// handling.
#include "exporttestsupport.h"
#include "fixturestore.h"
#include "testdatabases.h"

#include "definition/definitioncodec.h"
#include "definition/definitionvalidator.h"
#include "definition/segmentlookups.h"
#include "engine/sqlcompiler.h"
#include "export/csvwriter.h"
#include "export/exportcolumns.h"
#include "export/memberexporter.h"
#include "export/memberexportquery.h"
#include "export/xlsxwriter.h"
#include "export/xmlwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>

using namespace segtest;
using seg::ExportColumn;
using seg::ExportColumns;
using seg::ExportColumnType;
using namespace exporttest;

namespace {

// ---------------------------------------------------------------------------------------
// The export query on the three databases

const QString kPrefix = QStringLiteral("mg_");

void buildWorld(FixtureStore &f)
{
    f.installBase();
    f.customer(1, {{"firstname", QString::fromUtf8("Émilie")},
                   {"lastname", "Dupont"},
                   {"email", "Emilie.Dupont@Example.FR"},
                   {"default_billing", 11}});
    f.customer(2, {{"firstname", "=HYPERLINK(\"x\")"},
                   {"lastname", "O'Brien, Jr."},
                   {"group_id", 2},
                   {"website_id", 2},
                   {"store_id", 2},
                   {"created_at", "2025-02-03 04:05:06"}});
    f.customer(3, {{"default_billing", 13}});
    f.customer(4);
    const auto address = [&](int id, int parent, const char *country, const QVariant &region,
                             const char *city, const char *postcode, const char *phone) {
        f.insert(QStringLiteral("customer_address_entity"), {{"entity_id", id},
                                                             {"parent_id", parent},
                                                             {"country_id", country},
                                                             {"region", region},
                                                             {"city", city},
                                                             {"postcode", postcode},
                                                             {"firstname", "A"},
                                                             {"lastname", "B"},
                                                             {"street", "1 High St"},
                                                             {"telephone", phone}});
    };
    address(11, 1, "GB", "Greater London", "London", "SW1A 1AA", "+44 20 7946 0000");
    address(12, 1, "FR", QVariant(), "Lyon", "69001", "0400"); // not the default billing address
    address(13, 3, "FR", QVariant(), "Paris", "75001", "0123");

    f.order(1, 1, {{"base_grand_total", 150.0}, {"created_at", "2026-10-01 12:00:00"}});
    f.order(2, 1,
            {{"base_grand_total", 60.5},
             {"status", "canceled"},
             {"state", "canceled"},
             {"created_at", "2026-09-01 12:00:00"}});
    f.order(3, 3, {{"base_grand_total", 0.3333}, {"created_at", "2026-05-05 05:05:05"}});
    f.order(4, 3, {{"base_grand_total", 0.1}, {"created_at", "2026-06-06 06:06:06"}});
    // A guest under two spellings of one email: the profile comes from the latest order.
    f.order(10, QVariant(),
            {{"customer_email", "GUEST@example.com"},
             {"customer_firstname", "Gina"},
             {"customer_lastname", "Guest"},
             {"base_grand_total", 40.0},
             {"created_at", "2026-10-30 08:00:00"}});
    f.order(11, QVariant(),
            {{"customer_email", "guest@example.com"},
             {"customer_firstname", "Old"},
             {"customer_lastname", "Name"},
             {"base_grand_total", 10.0},
             {"created_at", "2026-08-01 08:00:00"},
             {"store_id", 2}});
    f.order(12, QVariant(),
            {{"customer_email", QString::fromUtf8("ÉLODIE@Example.com")},
             {"customer_firstname", QString::fromUtf8("Élodie")},
             {"base_grand_total", 25.0},
             {"created_at", "2026-07-07 07:07:07"},
             {"store_id", 2}});
    // Same created_at: the more recently updated order wins over the higher id.
    f.order(13, QVariant(),
            {{"customer_email", "tie@example.com"},
             {"customer_firstname", "Newer"},
             {"base_grand_total", 5.0},
             {"created_at", "2026-10-02 00:00:00"},
             {"updated_at", "2026-10-03 00:00:00"}});
    f.order(14, QVariant(),
            {{"customer_email", "tie@example.com"},
             {"customer_firstname", "Older"},
             {"base_grand_total", 6.0},
             {"created_at", "2026-10-02 00:00:00"},
             {"updated_at", "2026-10-02 12:00:00"}});
    const auto orderAddress = [&](int id, int order, const char *type, const char *country,
                                  const char *city, const QVariant &postcode,
                                  const QVariant &phone) {
        f.insert(QStringLiteral("sales_order_address"), {{"entity_id", id},
                                                         {"parent_id", order},
                                                         {"address_type", type},
                                                         {"country_id", country},
                                                         {"city", city},
                                                         {"postcode", postcode},
                                                         {"telephone", phone}});
    };
    orderAddress(1, 10, "shipping", "FR", "Paris", "75002", QVariant());
    orderAddress(2, 10, "billing", "GB", "London", "EC1A 1BB", "020 7946 0001");
    orderAddress(3, 11, "billing", "DE", "Berlin", "10115", QVariant()); // an older order's

    // A member table, as a saved segment would have it (with a duplicate, a deleted customer
    // and a guest key without any order).
    ASSERT_TRUE(f.connection()
                    .exec(QStringLiteral("CREATE TABLE %1export_members (customer_id INTEGER NULL, "
                                         "guest_key VARCHAR(255) NULL)")
                              .arg(kPrefix))
                    .ok());
    for (const QVariant &id : {QVariant(3), QVariant(1), QVariant(2), QVariant(1), QVariant(99)})
        f.insert(QStringLiteral("export_members"),
                 {{"customer_id", id}, {"guest_key", QVariant()}});
    for (const char *key : {"guest@example.com", "\xc3\xa9lodie@example.com", "nobody@example.com",
                            "tie@example.com"})
        f.insert(QStringLiteral("export_members"),
                 {{"customer_id", QVariant()}, {"guest_key", QString::fromUtf8(key)}});
}

struct World
{
    std::unique_ptr<seg::StoreConnection> connection;
    std::optional<FixtureStore> fixture;
    std::optional<seg::StoreSchema> schema;
};

World *world(Backend backend, const QString &pgLocale, std::string &why)
{
    static std::map<std::pair<Backend, QString>, World> worlds;
    static const bool registered = (atTestsEnd([] { worlds.clear(); }), true);
    Q_UNUSED(registered);
    auto it = worlds.find({backend, pgLocale});
    if (it != worlds.end()) return it->second.connection ? &it->second : nullptr;
    World &w = worlds[{backend, pgLocale}];
    w.connection = freshStore(
        backend, pgLocale.isEmpty() ? QStringLiteral("export") : QStringLiteral("exportc"), kPrefix,
        why, pgLocale);
    if (!w.connection) return nullptr;
    w.fixture.emplace(*w.connection, kPrefix);
    buildWorld(*w.fixture);
    w.schema = w.fixture->schema();
    return &w;
}

seg::MemberSource tableSource()
{
    return seg::MemberSource::fromSelect(
        QStringLiteral("SELECT customer_id, guest_key FROM %1export_members WHERE customer_id IS "
                       "NULL OR customer_id > ?")
            .arg(kPrefix),
        {0});
}

seg::MemberSource compiledSource(const seg::StoreSchema &schema, const QString &conditions,
                                 const QString &applyTo = "all")
{
    const QByteArray json =
        QStringLiteral(R"({"segmentor": 1, "code": "t", "name": "T", "apply_to": "%1",
        "conditions": {"type": "combine", "match": "all", "expect": true, "conditions": [%2]}})")
            .arg(applyTo, conditions)
            .toUtf8();
    auto definition = seg::DefinitionCodec::fromJson(json);
    EXPECT_TRUE(definition.ok());
    const seg::InMemorySegmentLookup segments;
    EXPECT_TRUE(seg::DefinitionValidator(&schema, &segments).check(*definition).ok());
    const seg::TimeContext time(kAsOf);
    auto compiled = seg::SqlCompiler(schema, time, &segments).compileParts(*definition);
    EXPECT_TRUE(compiled.ok()) << (compiled.ok() ? "" : compiled.error().toString().toStdString());
    return seg::memberSourceFrom(*compiled);
}

class ExportSql : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        std::string why;
        m_world = world(GetParam(), QString(), why);
        if (!m_world) {
            if (serversRequired()) FAIL() << why;
            GTEST_SKIP() << why;
        }
    }

    // Exports to CSV in a temporary directory and returns the file's text.
    QByteArray exportCsv(const seg::MemberSource &source, const QStringList &columns,
                         qint64 *rows = nullptr)
    {
        seg::ExportOptions options;
        options.columns = columns;
        options.path = m_dir.filePath("members.csv");
        auto summary = seg::exportMembers(*m_world->connection, *m_world->schema, source, options);
        EXPECT_TRUE(summary.ok()) << (summary.ok() ? "" : summary.error().toString().toStdString());
        if (!summary.ok()) return {};
        if (rows) *rows = summary->rows;
        return readAll(options.path);
    }

    World *m_world = nullptr;
    QTemporaryDir m_dir;
};

TEST_P(ExportSql, TableSourceEveryColumnExactly)
{
    qint64 rows = 0;
    const QByteArray csv = exportCsv(tableSource(), {}, &rows);
    const QByteArray expected =
        QString::fromUtf8(
            "member,customer_id,email,firstname,lastname,group,website,created_at,"
            "billing_country,billing_region,billing_city,billing_postcode,"
            "telephone,orders,lifetime_sales,last_order_at\r\n"
            "1,1,Emilie.Dupont@Example.FR,Émilie,Dupont,General,Main "
            "Website,2024-01-01 10:00:00,GB,Greater London,London,SW1A 1AA,"
            "'+44 20 7946 0000,2,210.5000,2026-10-01 12:00:00\r\n"
            "2,2,c2@example.com,\"'=HYPERLINK(\"\"x\"\")\",\"O'Brien, "
            "Jr.\",Wholesale,EU Website,2025-02-03 04:05:06,,,,,,0,0.0000,\r\n"
            "3,3,c3@example.com,Test,Customer3,General,Main Website,2024-01-01 "
            "10:00:00,FR,,Paris,75001,0123,2,0.4333,2026-06-06 06:06:06\r\n"
            "guest@example.com,,GUEST@example.com,Gina,Guest,NOT LOGGED IN,Main "
            "Website,,GB,,London,EC1A 1BB,020 7946 0001,2,50.0000,"
            "2026-10-30 08:00:00\r\n"
            // a guest without orders: the key is all there is of an e-mail
            "nobody@example.com,,nobody@example.com,,,NOT LOGGED IN,,,,,,,,0,0.0000,\r\n"
            "tie@example.com,,tie@example.com,Newer,,NOT LOGGED IN,Main "
            "Website,,,,,,,2,11.0000,2026-10-02 00:00:00\r\n"
            "élodie@example.com,,ÉLODIE@Example.com,Élodie,,NOT LOGGED IN,EU "
            "Website,,,,,,,1,25.0000,2026-07-07 07:07:07\r\n")
            .toUtf8();
    EXPECT_EQ(csv.toStdString(), expected.toStdString()) << backendName(GetParam());
    EXPECT_EQ(rows, 7);
}

TEST_P(ExportSql, TableSourceChosenColumnsInTheirOrder)
{
    const QByteArray csv =
        exportCsv(tableSource(), {"lifetime_sales", "billing_city", "member", "website"});
    EXPECT_EQ(csv.toStdString(),
              QString::fromUtf8("member,lifetime_sales,billing_city,website\r\n"
                                "1,210.5000,London,Main Website\r\n"
                                "2,0.0000,,EU Website\r\n"
                                "3,0.4333,Paris,Main Website\r\n"
                                "guest@example.com,50.0000,London,Main Website\r\n"
                                "nobody@example.com,0.0000,,\r\n"
                                "tie@example.com,11.0000,,Main Website\r\n"
                                "élodie@example.com,25.0000,,EU Website\r\n")
                  .toStdString());
}

TEST_P(ExportSql, CompiledDefinitionSources)
{
    EXPECT_EQ(exportCsv(compiledSource(*m_world->schema, {}),
                        {"email", "orders", "lifetime_sales", "group"})
                  .toStdString(),
              QString::fromUtf8("member,email,orders,lifetime_sales,group\r\n"
                                "1,Emilie.Dupont@Example.FR,2,210.5000,General\r\n"
                                "2,c2@example.com,0,0.0000,Wholesale\r\n"
                                "3,c3@example.com,2,0.4333,General\r\n"
                                "4,c4@example.com,0,0.0000,General\r\n"
                                "guest@example.com,GUEST@example.com,2,50.0000,NOT LOGGED IN\r\n"
                                "tie@example.com,tie@example.com,2,11.0000,NOT LOGGED IN\r\n"
                                "élodie@example.com,ÉLODIE@Example.com,1,25.0000,NOT LOGGED IN\r\n")
                  .toStdString());
    // Bound parameters in the compiled WITH list and body.
    const QString bigSpenders =
        R"({"type":"orders","metric":"lifetime_sales","operator":">=","value":40})";
    EXPECT_EQ(exportCsv(compiledSource(*m_world->schema, bigSpenders), {"last_order_at", "website"})
                  .toStdString(),
              "member,last_order_at,website\r\n"
              "1,2026-10-01 12:00:00,Main Website\r\n"
              "guest@example.com,2026-10-30 08:00:00,Main Website\r\n");
    EXPECT_EQ(
        exportCsv(compiledSource(*m_world->schema, bigSpenders, "registered"), {"customer_id"})
            .toStdString(),
        "member,customer_id\r\n1,1\r\n");
    EXPECT_EQ(exportCsv(compiledSource(*m_world->schema, bigSpenders, "guests"),
                        {"customer_id", "firstname"})
                  .toStdString(),
              "member,customer_id,firstname\r\nguest@example.com,,Gina\r\n");
}

TEST_P(ExportSql, SpreadsheetFormatsFromTheDatabase)
{
    seg::ExportOptions options;
    options.columns = {"customer_id", "lifetime_sales", "last_order_at"};
    options.format = seg::ExportFormat::SpreadsheetXml;
    options.path = m_dir.filePath("members.xml");
    auto summary =
        seg::exportMembers(*m_world->connection, *m_world->schema, tableSource(), options);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    QString pi, error;
    const QList<XmlSheet> sheets = parseSpreadsheetMl(readAll(options.path), pi, error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(sheets.size(), 1);
    ASSERT_EQ(sheets[0].rows.size(), 8);
    const QList<XmlCell> &first = sheets[0].rows[1];
    EXPECT_EQ(first[1].type, "Number");
    EXPECT_EQ(first[1].text, "1");
    EXPECT_EQ(first[2].text, "210.5000");
    EXPECT_EQ(first[3].type, "DateTime");
    EXPECT_EQ(first[3].text, "2026-10-01T12:00:00.000");
    EXPECT_EQ(sheets[0].rows[7][0].text, QString::fromUtf8("élodie@example.com"));

    if (!openpyxlAvailable()) GTEST_SKIP() << "python3-openpyxl is not installed";
    options.format = seg::ExportFormat::Xlsx;
    options.path = m_dir.filePath("members.xlsx");
    summary = seg::exportMembers(*m_world->connection, *m_world->schema, tableSource(), options);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              (QStringList{"members.xlsx", "members.xml"}))
        << "no temporary file left";
    QString why;
    const QJsonObject book = readXlsx(options.path, why);
    ASSERT_FALSE(book.isEmpty()) << why.toStdString();
    const QJsonArray rows = book["sheets"].toArray()[0].toObject()["rows"].toArray();
    ASSERT_EQ(rows.size(), 8);
    EXPECT_EQ(rows[1].toArray()[1].toObject()["value"].toInt(), 1);
    EXPECT_DOUBLE_EQ(rows[1].toArray()[2].toObject()["value"].toDouble(), 210.5);
    EXPECT_EQ(rows[1].toArray()[3].toObject()["value"].toString(), "2026-10-01T12:00:00");
    EXPECT_EQ(rows[4].toArray()[1].toObject()["type"].toString(), "NoneType")
        << "a guest has no customer id";
}

// Many rows without any store data: guest keys numbered by a digits CTE (a source with a WITH list;
// MariaDB stops recursive CTEs at 1000 iterations by default).
seg::MemberSource manyGuests(seg::Dialect dialect, int count)
{
    const QString key = dialect == seg::Dialect::MySql
                            ? QStringLiteral("CONCAT('g', i, '@example.com')")
                            : QStringLiteral("'g' || i || '@example.com'");
    const QString noId = dialect == seg::Dialect::MySql ? QStringLiteral("CAST(NULL AS SIGNED)")
                                                        : QStringLiteral("CAST(NULL AS INTEGER)");
    const QString with =
        QStringLiteral("WITH d(x) AS (SELECT 0 UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL "
                       "SELECT 3 UNION ALL SELECT 4 UNION ALL "
                       "SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION "
                       "ALL SELECT 9), "
                       "n AS (SELECT 1 + a.x + 10 * b.x + 100 * c.x + 1000 * e.x AS i FROM d a, d "
                       "b, d c, d e)");
    const QString select =
        QStringLiteral("SELECT %1 AS customer_id, %2 AS guest_key FROM n WHERE i <= ?")
            .arg(noId, key);
    return seg::MemberSource{with, select, {count}};
}

TEST_P(ExportSql, ProgressEveryThousandRowsAndCancelLeavesNoFile)
{
    const seg::MemberSource source = manyGuests(m_world->schema->dialect(), 2500);
    ASSERT_FALSE(source.withClause.isEmpty());
    for (const seg::ExportFormat format :
         {seg::ExportFormat::Csv, seg::ExportFormat::Xlsx, seg::ExportFormat::SpreadsheetXml}) {
        const std::string name = seg::exportFormatName(format).toStdString();
        seg::ExportOptions options;
        options.format = format;
        options.columns = {"orders"};
        options.path = m_dir.filePath("progress." + seg::exportFormatName(format));
        QList<qint64> calls;
        auto summary = seg::exportMembers(*m_world->connection, *m_world->schema, source, options,
                                          [&](qint64 done) {
                                              calls << done;
                                              return true;
                                          });
        ASSERT_TRUE(summary.ok()) << name << ": " << summary.error().toString().toStdString();
        EXPECT_EQ(summary->rows, 2500) << name;
        EXPECT_EQ(calls, (QList<qint64>{1000, 2000, 2500})) << name;

        // Cancelled in the middle: the finished file of the previous run is untouched.
        const QByteArray before = readAll(options.path);
        calls.clear();
        summary = seg::exportMembers(*m_world->connection, *m_world->schema, source, options,
                                     [&](qint64 done) {
                                         calls << done;
                                         return done < 2000;
                                     });
        ASSERT_FALSE(summary.ok()) << name;
        EXPECT_EQ(summary.error().code, seg::ErrorCode::Cancelled);
        EXPECT_EQ(summary.error().message, "cancelled");
        EXPECT_EQ(calls, (QList<qint64>{1000, 2000})) << name;
        EXPECT_EQ(readAll(options.path), before) << name;

        // Cancelled with no previous file: nothing appears, not even a temporary file.
        const QString fresh = m_dir.filePath("fresh." + seg::exportFormatName(format));
        options.path = fresh;
        summary = seg::exportMembers(*m_world->connection, *m_world->schema, source, options,
                                     [](qint64) { return false; });
        ASSERT_FALSE(summary.ok()) << name;
        EXPECT_EQ(summary.error().code, seg::ErrorCode::Cancelled);
        EXPECT_EQ(summary.error().message, "cancelled");
        EXPECT_FALSE(QFile::exists(fresh)) << name;
    }
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(left, (QStringList{"progress.csv", "progress.xlsx", "progress.xml"}))
        << left.join(", ").toStdString();
    // The guest rows themselves: keys in order, nothing else known.
    EXPECT_TRUE(readAll(m_dir.filePath("progress.csv"))
                    .startsWith("member,orders\r\ng1000@example.com,0\r\ng1001@example.com,0\r\n"));
}

TEST_P(ExportSql, ProgressIsReportedOnceForEachCount)
{
    seg::ExportOptions options;
    options.columns = {"orders"};
    options.path = m_dir.filePath("even.csv");
    QList<qint64> calls;
    const auto record = [&](qint64 done) {
        calls << done;
        return true;
    };
    auto summary =
        seg::exportMembers(*m_world->connection, *m_world->schema,
                           manyGuests(m_world->schema->dialect(), 2000), options, record);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(calls, (QList<qint64>{1000, 2000}));

    // No members: a file with the header only, and one report of 0.
    calls.clear();
    options.path = m_dir.filePath("empty.csv");
    summary = seg::exportMembers(
        *m_world->connection, *m_world->schema,
        seg::MemberSource::fromSelect(
            QStringLiteral("SELECT customer_id, guest_key FROM %1export_members WHERE 1 = 0")
                .arg(kPrefix)),
        options, record);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->rows, 0);
    EXPECT_EQ(calls, QList<qint64>{0});
    EXPECT_EQ(readAll(options.path), "member,orders\r\n");
}

TEST_P(ExportSql, ErrorsNameTheFileAndLeaveExistingFilesAlone)
{
    seg::ExportOptions options;
    options.path = QStringLiteral("/nonexistent-segmentor-dir/members.csv");
    for (const seg::ExportFormat format :
         {seg::ExportFormat::Csv, seg::ExportFormat::Xlsx, seg::ExportFormat::SpreadsheetXml}) {
        options.format = format;
        auto summary =
            seg::exportMembers(*m_world->connection, *m_world->schema, tableSource(), options);
        ASSERT_FALSE(summary.ok());
        EXPECT_TRUE(summary.error().message.startsWith(
            "cannot write /nonexistent-segmentor-dir/members.csv: "))
            << summary.error().message.toStdString();
    }
    options.format = seg::ExportFormat::Csv;
    options.path = m_dir.path();
    auto summary =
        seg::exportMembers(*m_world->connection, *m_world->schema, tableSource(), options);
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.error().message.contains(m_dir.path()))
        << summary.error().message.toStdString();

    // Unknown columns and a broken source fail before anything is written.
    options.path = m_dir.filePath("kept.csv");
    writeFile(options.path, "old content");
    options.columns = {"email", "shoe_size"};
    summary = seg::exportMembers(*m_world->connection, *m_world->schema, tableSource(), options);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().path, "columns");
    EXPECT_TRUE(summary.error().message.contains("\"shoe_size\""));
    options.columns = {};
    summary =
        seg::exportMembers(*m_world->connection, *m_world->schema,
                           seg::MemberSource::fromSelect("SELECT nothing FROM nowhere"), options);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(readAll(options.path), "old content");
    options.delimiter = QLatin1Char('|');
    EXPECT_FALSE(
        seg::exportMembers(*m_world->connection, *m_world->schema, tableSource(), options).ok());
    EXPECT_EQ(readAll(options.path), "old content");
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"kept.csv"});
}

// MySQL/MariaDB pages the export by keyset (Qt's driver buffers whole results); any page
// size gives the file of the single statement byte for byte. SQLite and PostgreSQL stream
// one statement whatever the page size (the same comparison holds trivially there).
TEST_P(ExportSql, PagedExportEqualsTheSingleStatementByteForByte)
{
    const QString bigSpenders =
        R"({"type":"orders","metric":"lifetime_sales","operator":">=","value":40})";
    const QList<std::pair<const char *, seg::MemberSource>> sources = {
        {"member table", tableSource()},
        {"definition", compiledSource(*m_world->schema, {})},
        {"definition with bound values", compiledSource(*m_world->schema, bigSpenders)},
        {"guests definition", compiledSource(*m_world->schema, {}, "guests")},
        {"many guests", manyGuests(m_world->schema->dialect(), 1234)},
    };
    for (const auto &[name, source] : sources) {
        for (const QStringList &columns :
             {QStringList{}, QStringList{"lifetime_sales", "member", "website", "billing_city"},
              QStringList{"email", "group", "telephone"}}) {
            const auto run = [&](qint64 pageSize, qint64 *rows) {
                seg::ExportOptions options;
                options.columns = columns;
                options.pageSize = pageSize;
                options.path = m_dir.filePath(QStringLiteral("paged-%1.csv").arg(pageSize));
                auto summary =
                    seg::exportMembers(*m_world->connection, *m_world->schema, source, options);
                EXPECT_TRUE(summary.ok())
                    << name << " page " << pageSize << ": "
                    << (summary.ok() ? "" : summary.error().toString().toStdString());
                *rows = summary.ok() ? summary->rows : -1;
                return readAll(options.path);
            };
            qint64 wholeRows = 0;
            const QByteArray whole = run(0, &wholeRows);
            ASSERT_GT(wholeRows, 0) << name;
            for (const qint64 pageSize : {1, 3, 1000, 10000}) {
                qint64 rows = 0;
                EXPECT_EQ(run(pageSize, &rows).toStdString(), whole.toStdString())
                    << name << ", page size " << pageSize;
                EXPECT_EQ(rows, wholeRows) << name << ", page size " << pageSize;
            }
        }
    }
    // The staging table is gone afterwards, and the connection is usable.
    if (m_world->schema->dialect() == seg::Dialect::MySql) {
        QSqlQuery q(m_world->connection->database());
        EXPECT_FALSE(q.exec(QStringLiteral("SELECT COUNT(*) FROM segmentor_export_page")))
            << "the page table was dropped";
    }
}

TEST_P(ExportSql, PagedExportProgressAndCancelLeaveNoFile)
{
    const seg::MemberSource source = manyGuests(m_world->schema->dialect(), 2500);
    for (const seg::ExportFormat format : {seg::ExportFormat::Csv, seg::ExportFormat::Xlsx}) {
        const std::string name = seg::exportFormatName(format).toStdString();
        seg::ExportOptions options;
        options.format = format;
        options.columns = {"orders"};
        options.pageSize = 3;
        options.path = m_dir.filePath("paged-cancel." + seg::exportFormatName(format));
        QList<qint64> calls;
        auto summary = seg::exportMembers(*m_world->connection, *m_world->schema, source, options,
                                          [&](qint64 done) {
                                              calls << done;
                                              return done < 2000;
                                          });
        ASSERT_FALSE(summary.ok()) << name;
        EXPECT_EQ(summary.error().code, seg::ErrorCode::Cancelled) << name;
        EXPECT_EQ(summary.error().message, "cancelled") << name;
        EXPECT_EQ(calls, (QList<qint64>{1000, 2000})) << name;
        EXPECT_FALSE(QFile::exists(options.path)) << name;

        calls.clear();
        summary = seg::exportMembers(*m_world->connection, *m_world->schema, source, options,
                                     [&](qint64 done) {
                                         calls << done;
                                         return true;
                                     });
        ASSERT_TRUE(summary.ok()) << name << ": " << summary.error().toString().toStdString();
        EXPECT_EQ(summary->rows, 2500) << name;
        EXPECT_EQ(calls, (QList<qint64>{1000, 2000, 2500})) << name;
    }
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              (QStringList{"paged-cancel.csv", "paged-cancel.xlsx"}))
        << "no temporary file left";
    EXPECT_TRUE(readAll(m_dir.filePath("paged-cancel.csv"))
                    .startsWith("member,orders\r\ng1000@example.com,0\r\ng1001@example.com,0\r\n"));
}

INSTANTIATE_TEST_SUITE_P(AllBackends, ExportSql, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return backendName(info.param);
                         });

// A PostgreSQL copy with the "C" locale: the engine folds with an ICU collation there, and
// the export must still match, fold and order guest keys.
TEST(ExportSqlPostgresCLocale, FoldsAndOrdersGuestKeys)
{
    std::string why;
    World *w = world(Backend::PostgreSql, QStringLiteral("C"), why);
    SEGTEST_REQUIRE_STORE(w, why);
    ASSERT_FALSE(w->schema->foldCollation().isEmpty());
    QTemporaryDir dir;
    seg::ExportOptions options;
    options.columns = {"email", "orders"};
    options.path = dir.filePath("c.csv");
    for (const seg::MemberSource &source :
         {compiledSource(*w->schema, {}, "guests"), tableSource()}) {
        auto summary = seg::exportMembers(*w->connection, *w->schema, source, options);
        ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
        const QByteArray csv = readAll(options.path);
        EXPECT_TRUE(csv.endsWith(
            QString::fromUtf8(
                "tie@example.com,tie@example.com,2\r\nélodie@example.com,ÉLODIE@Example.com,1\r\n")
                .toUtf8()))
            << csv.toStdString();
    }
}

} // namespace

// Member exports: the column catalog, the CSV / XLSX / SpreadsheetML writers (each read back
// by an independent reader), the export query on SQLite, MariaDB and PostgreSQL with a table
// source and a compiled definition, and the all-or-nothing file handling.
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
// Column catalog and canonical values

TEST(ExportColumnsTest, CatalogHasStableIdsWithMemberFirst)
{
    QStringList ids;
    for (const ExportColumn &c : ExportColumns::all()) {
        ids << c.id;
        EXPECT_FALSE(c.label.isEmpty()) << c.id.toStdString();
    }
    EXPECT_EQ(ids, (QStringList{"member", "customer_id", "email", "firstname", "lastname", "group",
                                "website", "created_at", "billing_country", "billing_region",
                                "billing_city", "billing_postcode", "telephone", "orders",
                                "lifetime_sales", "last_order_at"}));
    EXPECT_EQ(ExportColumns::find("orders")->type, ExportColumnType::Integer);
    EXPECT_EQ(ExportColumns::find("lifetime_sales")->type, ExportColumnType::Money);
    EXPECT_EQ(ExportColumns::find("last_order_at")->type, ExportColumnType::DateTime);
    EXPECT_EQ(ExportColumns::find("member")->type, ExportColumnType::Text);
}

TEST(ExportColumnsTest, SelectPutsMemberFirstDropsDuplicatesAndNamesUnknownIds)
{
    auto all = ExportColumns::select({});
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), ExportColumns::all().size());

    auto chosen = ExportColumns::select({"email", "orders", "member", "email"});
    ASSERT_TRUE(chosen.ok());
    QStringList ids;
    for (const ExportColumn &c : *chosen)
        ids << c.id;
    EXPECT_EQ(ids, (QStringList{"member", "email", "orders"}));

    auto unknown = ExportColumns::select({"email", "nope", "phone"});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().path, "columns");
    EXPECT_EQ(unknown.error().code, seg::ErrorCode::InvalidArgument);
    EXPECT_TRUE(unknown.error().message.contains("\"nope\", \"phone\""))
        << unknown.error().message.toStdString();
}

TEST(ExportColumnsTest, MoneyKeepsExactlyFourDecimals)
{
    const std::vector<std::pair<QString, QString>> cases = {
        {"150", "150.0000"},
        {"150.0000", "150.0000"},
        {"-3.5", "-3.5000"},
        {"1.23455", "1.2346"},
        {"1.23454", "1.2345"},
        {"0.00005", "0.0001"},
        {"-0.00004", "0.0000"},
        {"999.99995", "1000.0000"},
        {".5", "0.5000"},
        {"007.10", "7.1000"},
        {"123456789012.3456", "123456789012.3456"},
        {"abc", ""},
        {"1e5", ""},
        {"", ""}};
    for (const auto &[in, out] : cases)
        EXPECT_EQ(seg::normalizeMoneyText(in), out) << in.toStdString();

    // SQLite sums doubles: 0.1 + 0.3333 is 0.43329999999999996.
    EXPECT_EQ(seg::exportValue(ExportColumnType::Money, 0.1 + 0.3333).toString(), "0.4333");
    EXPECT_EQ(seg::exportValue(ExportColumnType::Money, 10455612.2600002).toString(),
              "10455612.2600");
    EXPECT_EQ(seg::exportValue(ExportColumnType::Money, QVariant(qint64(0))).toString(), "0.0000");
    EXPECT_EQ(seg::exportValue(ExportColumnType::Money, QVariant(QByteArray("42.1"))).toString(),
              "42.1000");
    EXPECT_TRUE(seg::exportValue(ExportColumnType::Money, QVariant()).isNull());
}

TEST(ExportColumnsTest, CanonicalValuesWhateverTheDriverReturns)
{
    EXPECT_EQ(seg::exportValue(ExportColumnType::Text, QByteArray("\xc3\xa9lodie@example.com"))
                  .toString(),
              QString::fromUtf8("élodie@example.com"));
    EXPECT_EQ(seg::exportValue(ExportColumnType::Integer, QString("42")).toLongLong(), 42);
    EXPECT_EQ(seg::exportValue(ExportColumnType::Integer, QVariant(7.0)).toLongLong(), 7);
    const QDateTime utc(QDate(2026, 10, 1), QTime(12, 0, 5), QTimeZone::utc());
    EXPECT_EQ(
        seg::exportValue(ExportColumnType::DateTime, QString("2026-10-01 12:00:05")).toDateTime(),
        utc);
    EXPECT_EQ(
        seg::exportValue(ExportColumnType::DateTime, QString("2026-10-01T12:00:05")).toDateTime(),
        utc);
    // MySQL and PostgreSQL give the stored wall time without a zone: it is UTC.
    const QVariant local = QDateTime(QDate(2026, 10, 1), QTime(12, 0, 5));
    EXPECT_EQ(seg::exportValue(ExportColumnType::DateTime, local).toDateTime(), utc);
    EXPECT_EQ(seg::exportValue(ExportColumnType::DateTime, local).toDateTime().timeSpec(), Qt::UTC);
    EXPECT_TRUE(seg::exportValue(ExportColumnType::DateTime, QString("not a date")).isNull());
    EXPECT_TRUE(seg::exportValue(ExportColumnType::Text, QVariant()).isNull());
}

// ---------------------------------------------------------------------------------------
// Member sources

TEST(MemberSourceTest, TakesTheCompilersWithClauseAndBody)
{
    seg::StoreSchema schema(seg::Dialect::MySql, QStringLiteral("mg_"));
    auto definition = seg::DefinitionCodec::fromJson(
        R"({"segmentor": 1, "code": "t", "name": "T", "apply_to": "all", "conditions": {"type": "combine", "match": "all", "expect": true,
            "conditions": [{"type": "orders", "metric": "lifetime_sales", "operator": ">=", "value": 40}]}})");
    ASSERT_TRUE(definition.ok());
    const seg::TimeContext time(kAsOf);
    auto parts = seg::SqlCompiler(schema, time).compileParts(*definition);
    ASSERT_TRUE(parts.ok());
    const seg::MemberSource source = seg::memberSourceFrom(*parts);
    auto compiled = seg::SqlCompiler(schema, time).compileMembers(*definition);
    ASSERT_TRUE(compiled.ok());
    EXPECT_TRUE(source.withClause.startsWith("WITH ") &&
                source.withClause.contains("guest_orders AS"))
        << source.withClause.toStdString();
    EXPECT_TRUE(source.withClause.endsWith(")")) << source.withClause.toStdString();
    EXPECT_TRUE(source.selectSql.startsWith("SELECT c.entity_id AS customer_id"))
        << source.selectSql.toStdString();
    EXPECT_EQ(source.withClause + " " + source.selectSql, compiled->sql.trimmed());
    EXPECT_EQ(source.params, compiled->params);
    EXPECT_FALSE(source.params.isEmpty());
}

TEST(MemberSourceTest, ExportQueryKeepsParametersInTextOrderAndNeedsMemberFirst)
{
    seg::StoreSchema schema(seg::Dialect::PostgreSql, QStringLiteral("mg_"));
    seg::MemberSource source{QStringLiteral("WITH s AS (SELECT ? AS x)"),
                             QStringLiteral("SELECT customer_id, guest_key FROM t WHERE y = ?"),
                             {7, 8}};
    auto query = seg::MemberExportQuery::build(schema, source, ExportColumns::all());
    ASSERT_TRUE(query.ok()) << query.error().toString().toStdString();
    EXPECT_TRUE(
        query->sql.startsWith("WITH s AS (SELECT ? AS x), seg_export_source AS MATERIALIZED "
                              "(SELECT customer_id, guest_key FROM t WHERE y = ?)"))
        << query->sql.toStdString();
    EXPECT_EQ(query->params, (QVariantList{7, 8, 0, QStringLiteral("billing")}));
    EXPECT_EQ(query->sql.count(QLatin1Char('?')), query->params.size());
    EXPECT_TRUE(query->sql.contains("mg_customer_entity c")) << "table prefix";

    auto profileOnly = seg::MemberExportQuery::build(schema, source, columnsOf({"email"}));
    ASSERT_TRUE(profileOnly.ok());
    EXPECT_FALSE(profileOnly->sql.contains("mg_customer_address_entity"))
        << "only the joins the columns need";
    EXPECT_FALSE(profileOnly->sql.contains("COUNT(*)"));
    EXPECT_EQ(profileOnly->params, (QVariantList{7, 8}));

    QList<ExportColumn> noMember = columnsOf({"email"});
    noMember.removeFirst();
    EXPECT_FALSE(seg::MemberExportQuery::build(schema, source, noMember).ok());
}

// ---------------------------------------------------------------------------------------
// CSV

struct CsvCase
{
    const char *name;
    ExportColumnType type;
    QVariant value;
    QByteArray expected;
    QChar delimiter = QLatin1Char(',');
    bool neutralize = true;
};

TEST(CsvWriterTest, CellsAreQuotedAndNeutralisedAsRfc4180AndOwaspSay)
{
    using T = ExportColumnType;
    const std::vector<CsvCase> cases = {
        {"plain text", T::Text, QString("plain"), "plain"},
        {"empty text", T::Text, QString(""), ""},
        {"null", T::Text, QVariant(), ""},
        {"delimiter", T::Text, QString("a,b"), "\"a,b\""},
        {"other delimiter is plain", T::Text, QString("a;b"), "a;b"},
        {"semicolon delimiter", T::Text, QString("a;b"), "\"a;b\"", QLatin1Char(';')},
        {"comma with semicolon delimiter", T::Text, QString("a,b"), "a,b", QLatin1Char(';')},
        {"quotes doubled", T::Text, QString("say \"hi\""), "\"say \"\"hi\"\"\""},
        {"line feed", T::Text, QString("line\nbreak"), "\"line\nbreak\""},
        {"carriage return inside", T::Text, QString("a\rb"), "\"a\rb\""},
        {"apostrophe is not special", T::Text, QString("O'Brien"), "O'Brien"},
        {"unicode as UTF-8", T::Text, QString::fromUtf8("Émilie Ünal"),
         QByteArray("\xc3\x89milie \xc3\x9cnal")},
        {"formula =", T::Text, QString("=1+2"), "'=1+2"},
        {"formula +", T::Text, QString("+44 20 7946 0000"), "'+44 20 7946 0000"},
        {"formula - in text", T::Text, QString("-5"), "'-5"},
        {"formula @", T::Text, QString("@SUM(A1)"), "'@SUM(A1)"},
        {"formula TAB", T::Text, QString("\tx"), "'\tx"},
        {"formula CR is also quoted", T::Text, QString("\rx"), "\"'\rx\""},
        {"formula with delimiter is quoted", T::Text, QString("=HYPERLINK(\"x\",\"y\")"),
         "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""},
        {"formula char later is fine", T::Text, QString("a=b"), "a=b"},
        {"neutralisation off", T::Text, QString("=1+2"), "=1+2", QLatin1Char(','), false},
        {"negative integer is a number", T::Integer, QVariant(qint64(-5)), "-5"},
        {"integer", T::Integer, QVariant(qint64(1234567890123)), "1234567890123"},
        {"negative money is a number", T::Money, QString("-12.5000"), "-12.5000"},
        {"money", T::Money, QString("0.4333"), "0.4333"},
        {"datetime", T::DateTime, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc()),
         "2026-01-02 03:04:05"},
        {"null number", T::Integer, QVariant(), ""},
    };
    for (const CsvCase &c : cases) {
        QBuffer buffer;
        seg::CsvExportWriter writer(&buffer, seg::CsvOptions{c.delimiter, false, c.neutralize});
        EXPECT_EQ(writer.cell(c.type, c.value), c.expected) << c.name;
    }
}

TEST(CsvWriterTest, WholeFileHasHeaderIdsCrlfAndOptionalBom)
{
    const QList<ExportColumn> columns =
        columnsOf({"email", "orders", "lifetime_sales", "last_order_at"});
    const auto write = [&](seg::CsvOptions options) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        seg::CsvExportWriter writer(&buffer, options);
        EXPECT_TRUE(writer.begin(columns).ok());
        EXPECT_TRUE(
            writer
                .row({QString("42"), QString("a;b@example.com"), qint64(3), QString("10.5000"),
                      QDateTime(QDate(2026, 10, 1), QTime(12, 0), QTimeZone::utc())})
                .ok());
        EXPECT_TRUE(writer
                        .row({QString("g@example.com"), QVariant(), qint64(0), QString("0.0000"),
                              QVariant()})
                        .ok());
        EXPECT_TRUE(writer.finish().ok());
        return buffer.data();
    };
    EXPECT_EQ(write({}), QByteArray("member,email,orders,lifetime_sales,last_order_at\r\n"
                                    "42,a;b@example.com,3,10.5000,2026-10-01 12:00:00\r\n"
                                    "g@example.com,,0,0.0000,\r\n"));
    EXPECT_EQ(write({QLatin1Char(';'), true, true}),
              QByteArray("\xEF\xBB\xBF"
                         "member;email;orders;lifetime_sales;last_order_at\r\n"
                         "42;\"a;b@example.com\";3;10.5000;2026-10-01 12:00:00\r\n"
                         "g@example.com;;0;0.0000;\r\n"));
}

// A device that fails like a full disk after `room` bytes.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (len > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_room -= len;
        return len;
    }

private:
    qint64 m_room;
};

TEST(CsvWriterTest, WriteErrorsAreReported)
{
    FullDevice device(10);
    seg::CsvExportWriter writer(&device);
    ASSERT_TRUE(writer.begin(columnsOf({"email"})).ok()); // buffered
    const seg::Status finished = writer.finish();
    ASSERT_FALSE(finished.ok());
    EXPECT_EQ(finished.error().message, "No space left on device");
}

// ---------------------------------------------------------------------------------------
// XLSX, read back with openpyxl

TEST(XlsxWriterTest, TypedCellsFrozenHeaderAutofilterAndSheetContinuation)
{
    if (!openpyxlAvailable()) GTEST_SKIP() << "python3-openpyxl is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath("members.xlsx");
    const QList<ExportColumn> columns =
        columnsOf({"customer_id", "lifetime_sales", "created_at", "email"});
    {
        seg::XlsxExportWriter writer(path, 10);
        ASSERT_TRUE(writer.begin(columns).ok());
        for (int i = 1; i <= 25; ++i) {
            const QVariant email =
                i == 2 ? QVariant()
                       : QVariant(i == 1 ? QString::fromUtf8("=1+1 <b>&\"é\x01")
                                         : QStringLiteral("c%1@example.com").arg(i));
            ASSERT_TRUE(
                writer
                    .row({QString::number(i), qint64(i), QStringLiteral("%1.2500").arg(i * 10),
                          QDateTime(QDate(2026, 1, i), QTime(10, 30, 15), QTimeZone::utc()), email})
                    .ok());
        }
        ASSERT_TRUE(writer.finish().ok());
        EXPECT_EQ(writer.sheetCount(), 3);
    }
    QString why;
    const QJsonObject book = readXlsx(path, why);
    ASSERT_FALSE(book.isEmpty()) << why.toStdString();
    const QJsonArray sheets = book["sheets"].toArray();
    ASSERT_EQ(sheets.size(), 3);
    const QStringList names = {"Members", "Members 2", "Members 3"};
    const QList<int> dataRows = {10, 10, 5};
    for (int s = 0; s < 3; ++s) {
        const QJsonObject sheet = sheets[s].toObject();
        EXPECT_EQ(sheet["name"].toString(), names[s]);
        EXPECT_EQ(sheet["freeze"].toString(), "A2");
        EXPECT_EQ(sheet["filter"].toString(), QStringLiteral("A1:E%1").arg(dataRows[s] + 1));
        const QJsonArray rows = sheet["rows"].toArray();
        ASSERT_EQ(rows.size(), dataRows[s] + 1) << names[s].toStdString();
        QStringList header;
        for (const QJsonValue &cell : rows[0].toArray())
            header << cell.toObject()["value"].toString();
        EXPECT_EQ(header, (QStringList{"Member", "Customer ID", "Lifetime sales", "Registered at",
                                       "Email"}));
        for (const QJsonValue &bold : sheet["bold"].toArray())
            EXPECT_TRUE(bold.toBool());
        EXPECT_GE(sheet["widths"].toObject()["E"].toDouble(), 15.0) << "width from the data";
        // The first data row of every sheet continues the numbering.
        const QJsonArray first = rows[1].toArray();
        const int n = s * 10 + 1;
        EXPECT_EQ(first[0].toObject()["type"].toString(), "str");
        EXPECT_EQ(first[0].toObject()["value"].toString(), QString::number(n));
        EXPECT_EQ(first[1].toObject()["type"].toString(), "int") << "a number is a number";
        EXPECT_EQ(first[1].toObject()["value"].toInt(), n);
        EXPECT_EQ(first[2].toObject()["type"].toString(), "float");
        EXPECT_DOUBLE_EQ(first[2].toObject()["value"].toDouble(), n * 10 + 0.25);
        EXPECT_EQ(first[3].toObject()["type"].toString(), "datetime") << "a date is a datetime";
        EXPECT_EQ(first[3].toObject()["value"].toString(),
                  QStringLiteral("2026-01-%1T10:30:15").arg(n, 2, 10, QLatin1Char('0')));
        EXPECT_EQ(first[3].toObject()["format"].toString(), "yyyy-mm-dd hh:mm:ss");
    }
    const QJsonArray firstSheet = sheets[0].toObject()["rows"].toArray();
    // Text stays text (no formula), escaped and without the XML-invalid control character.
    EXPECT_EQ(firstSheet[1].toArray()[4].toObject()["value"].toString(),
              QString::fromUtf8("=1+1 <b>&\"é"));
    EXPECT_EQ(firstSheet[1].toArray()[4].toObject()["type"].toString(), "str");
    EXPECT_EQ(firstSheet[2].toArray()[4].toObject()["type"].toString(), "NoneType")
        << "null is an empty cell";
}

TEST(XlsxWriterTest, AnUnfinishedWriterWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("never.xlsx");
    {
        seg::XlsxExportWriter writer(path);
        ASSERT_TRUE(writer.begin(columnsOf({})).ok());
        ASSERT_TRUE(writer.row({QString("1")}).ok());
    }
    EXPECT_FALSE(QFile::exists(path));
}

// ---------------------------------------------------------------------------------------
// SpreadsheetML, read back with QXmlStreamReader

TEST(SpreadsheetXmlWriterTest, TypedEscapedCellsAndSheetContinuation)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QList<ExportColumn> columns =
        columnsOf({"orders", "lifetime_sales", "last_order_at", "email"});
    seg::SpreadsheetXmlWriter writer(&buffer, 2);
    ASSERT_TRUE(writer.begin(columns).ok());
    ASSERT_TRUE(writer
                    .row({QString("1"), qint64(2), QString("-10.5000"),
                          QDateTime(QDate(2026, 10, 1), QTime(12, 0, 1), QTimeZone::utc()),
                          QString::fromUtf8("<a href=\"x\">&'é\x02</a>")})
                    .ok());
    ASSERT_TRUE(writer
                    .row({QString("guest@example.com"), qint64(0), QString("0.0000"), QVariant(),
                          QVariant()})
                    .ok());
    ASSERT_TRUE(
        writer.row({QString("3"), qint64(1), QString("1.0000"), QVariant(), QString("=1+1")}).ok());
    ASSERT_TRUE(writer.finish().ok());

    QString pi, error;
    const QList<XmlSheet> sheets = parseSpreadsheetMl(buffer.data(), pi, error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(buffer.data().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    EXPECT_EQ(pi, "progid=\"Excel.Sheet\"");
    ASSERT_EQ(sheets.size(), 2);
    EXPECT_EQ(sheets[0].name, "Members");
    EXPECT_EQ(sheets[1].name, "Members 2");
    EXPECT_TRUE(sheets[0].frozen);
    EXPECT_EQ(sheets[0].autoFilter, "R1C1:R3C5");
    EXPECT_EQ(sheets[1].autoFilter, "R1C1:R2C5");
    ASSERT_EQ(sheets[0].rows.size(), 3);
    ASSERT_EQ(sheets[1].rows.size(), 2);
    for (const XmlSheet &sheet : sheets) {
        QStringList header;
        for (const XmlCell &c : sheet.rows[0]) {
            header << c.text;
            EXPECT_EQ(c.style, "header");
        }
        EXPECT_EQ(header,
                  (QStringList{"Member", "Orders", "Lifetime sales", "Last order at", "Email"}));
    }
    const QList<XmlCell> &row = sheets[0].rows[1];
    ASSERT_EQ(row.size(), 5);
    EXPECT_EQ(row[0].type, "String");
    EXPECT_EQ(row[0].text, "1");
    EXPECT_EQ(row[1].type, "Number");
    EXPECT_EQ(row[1].text, "2");
    EXPECT_EQ(row[2].type, "Number");
    EXPECT_EQ(row[2].text, "-10.5000");
    EXPECT_EQ(row[3].type, "DateTime");
    EXPECT_EQ(row[3].text, "2026-10-01T12:00:01.000");
    EXPECT_EQ(row[4].type, "String");
    EXPECT_EQ(row[4].text, QString::fromUtf8("<a href=\"x\">&'é</a>"));
    const QList<XmlCell> &empty = sheets[0].rows[2];
    ASSERT_EQ(empty.size(), 5) << "empty cells keep their place";
    EXPECT_TRUE(empty[3].type.isEmpty());
    EXPECT_EQ(sheets[1].rows[1][4].text, "=1+1");
    EXPECT_EQ(sheets[1].rows[1][4].type, "String");
}

} // namespace

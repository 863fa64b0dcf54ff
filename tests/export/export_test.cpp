// Member exports: the column catalog, the CSV / XLSX / SpreadsheetML writers (each read back
// by an independent reader), the export query on SQLite, MariaDB and PostgreSQL with a table
// source and a compiled definition, and the all-or-nothing file handling.
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

namespace {

const QDateTime kAsOf(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());

QList<ExportColumn> columnsOf(const QStringList &ids)
{
    auto columns = ExportColumns::select(ids);
    EXPECT_TRUE(columns.ok()) << (columns.ok() ? "" : columns.error().toString().toStdString());
    return columns.ok() ? *columns : QList<ExportColumn>{};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "<missing>";
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// ---------------------------------------------------------------------------------------
// Column catalog and canonical values

TEST(ExportColumnsTest, CatalogHasStableIdsWithMemberFirst)
{
    QStringList ids;
    for (const ExportColumn &c : ExportColumns::all()) {
        ids << c.id;
        EXPECT_FALSE(c.label.isEmpty()) << c.id.toStdString();
    }
    EXPECT_EQ(ids, (QStringList{"member", "customer_id", "email", "firstname", "lastname", "group", "website", "created_at", "billing_country",
                                "billing_region", "billing_city", "billing_postcode", "telephone", "orders", "lifetime_sales", "last_order_at"}));
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
    EXPECT_TRUE(unknown.error().message.contains("\"nope\", \"phone\"")) << unknown.error().message.toStdString();
}

TEST(ExportColumnsTest, MoneyKeepsExactlyFourDecimals)
{
    const std::vector<std::pair<QString, QString>> cases = {
        {"150", "150.0000"},       {"150.0000", "150.0000"}, {"-3.5", "-3.5000"},       {"1.23455", "1.2346"},
        {"1.23454", "1.2345"},     {"0.00005", "0.0001"},    {"-0.00004", "0.0000"},    {"999.99995", "1000.0000"},
        {".5", "0.5000"},          {"007.10", "7.1000"},     {"123456789012.3456", "123456789012.3456"},
        {"abc", ""},               {"1e5", ""},              {"", ""}};
    for (const auto &[in, out] : cases)
        EXPECT_EQ(seg::normalizeMoneyText(in), out) << in.toStdString();

    // SQLite sums doubles: 0.1 + 0.3333 is 0.43329999999999996.
    EXPECT_EQ(seg::exportValue(ExportColumnType::Money, 0.1 + 0.3333).toString(), "0.4333");
    EXPECT_EQ(seg::exportValue(ExportColumnType::Money, 10455612.2600002).toString(), "10455612.2600");
    EXPECT_EQ(seg::exportValue(ExportColumnType::Money, QVariant(qint64(0))).toString(), "0.0000");
    EXPECT_EQ(seg::exportValue(ExportColumnType::Money, QVariant(QByteArray("42.1"))).toString(), "42.1000");
    EXPECT_TRUE(seg::exportValue(ExportColumnType::Money, QVariant()).isNull());
}

TEST(ExportColumnsTest, CanonicalValuesWhateverTheDriverReturns)
{
    EXPECT_EQ(seg::exportValue(ExportColumnType::Text, QByteArray("\xc3\xa9lodie@example.com")).toString(), QString::fromUtf8("élodie@example.com"));
    EXPECT_EQ(seg::exportValue(ExportColumnType::Integer, QString("42")).toLongLong(), 42);
    EXPECT_EQ(seg::exportValue(ExportColumnType::Integer, QVariant(7.0)).toLongLong(), 7);
    const QDateTime utc(QDate(2026, 10, 1), QTime(12, 0, 5), QTimeZone::utc());
    EXPECT_EQ(seg::exportValue(ExportColumnType::DateTime, QString("2026-10-01 12:00:05")).toDateTime(), utc);
    EXPECT_EQ(seg::exportValue(ExportColumnType::DateTime, QString("2026-10-01T12:00:05")).toDateTime(), utc);
    // MySQL and PostgreSQL give the stored wall time without a zone: it is UTC.
    const QVariant local = QDateTime(QDate(2026, 10, 1), QTime(12, 0, 5));
    EXPECT_EQ(seg::exportValue(ExportColumnType::DateTime, local).toDateTime(), utc);
    EXPECT_EQ(seg::exportValue(ExportColumnType::DateTime, local).toDateTime().timeSpec(), Qt::UTC);
    EXPECT_TRUE(seg::exportValue(ExportColumnType::DateTime, QString("not a date")).isNull());
    EXPECT_TRUE(seg::exportValue(ExportColumnType::Text, QVariant()).isNull());
}

// ---------------------------------------------------------------------------------------
// Member sources

TEST(MemberSourceTest, SplitsTheCompilersLeadingWithList)
{
    seg::StoreSchema schema(seg::Dialect::MySql, QStringLiteral("mg_"));
    auto definition = seg::DefinitionCodec::fromJson(
        R"({"segmentor": 1, "code": "t", "name": "T", "apply_to": "all", "conditions": {"type": "combine", "match": "all", "expect": true,
            "conditions": [{"type": "orders", "metric": "lifetime_sales", "operator": ">=", "value": 40}]}})");
    ASSERT_TRUE(definition.ok());
    const seg::TimeContext time(kAsOf);
    auto compiled = seg::SqlCompiler(schema, time).compileMembers(*definition);
    ASSERT_TRUE(compiled.ok());
    const seg::MemberSource source = seg::memberSourceFrom(*compiled);
    EXPECT_TRUE(source.withClause.startsWith("WITH ") && source.withClause.contains("guest_orders AS")) << source.withClause.toStdString();
    EXPECT_TRUE(source.withClause.endsWith(")")) << source.withClause.toStdString();
    EXPECT_TRUE(source.selectSql.startsWith("SELECT c.entity_id AS customer_id")) << source.selectSql.toStdString();
    EXPECT_EQ(source.withClause + " " + source.selectSql, compiled->sql.trimmed());
    EXPECT_EQ(source.params, compiled->params);
    EXPECT_FALSE(source.params.isEmpty());
}

TEST(MemberSourceTest, SplitsTrickyWithListsAndKeepsWhatItCannotRead)
{
    const auto split = [](const QString &sql) { return seg::memberSourceFrom(seg::CompiledQuery{sql, {1}}); };
    // Quoted names, a ')' in a literal and in comments, a column list, MATERIALIZED, RECURSIVE.
    const QString tricky = QStringLiteral("  with recursive \"a b\" AS (SELECT ')' AS x -- )\n), c(x) AS NOT MATERIALIZED (SELECT /* ) */ 1), "
                                          "`d` AS MATERIALIZED (SELECT 'it''s' AS y)\n SELECT x AS customer_id, NULL AS guest_key FROM c;");
    seg::MemberSource s = split(tricky);
    EXPECT_EQ(s.withClause, QStringLiteral("with recursive \"a b\" AS (SELECT ')' AS x -- )\n), c(x) AS NOT MATERIALIZED (SELECT /* ) */ 1), "
                                           "`d` AS MATERIALIZED (SELECT 'it''s' AS y)"));
    EXPECT_EQ(s.selectSql, QStringLiteral("SELECT x AS customer_id, NULL AS guest_key FROM c"));
    EXPECT_EQ(s.params, QVariantList{1});

    s = split(QStringLiteral("SELECT customer_id, guest_email AS guest_key FROM mg_segmentor_member WHERE segment_id = ?"));
    EXPECT_TRUE(s.withClause.isEmpty());
    EXPECT_EQ(s.selectSql, QStringLiteral("SELECT customer_id, guest_email AS guest_key FROM mg_segmentor_member WHERE segment_id = ?"));

    s = split(QStringLiteral("WITHOUT_A_CTE AS (SELECT 1) SELECT 1")); // not the WITH keyword
    EXPECT_TRUE(s.withClause.isEmpty());
    s = split(QStringLiteral("WITH a AS (SELECT ')' SELECT 1")); // unbalanced: kept whole
    EXPECT_TRUE(s.withClause.isEmpty());
    EXPECT_EQ(s.selectSql, QStringLiteral("WITH a AS (SELECT ')' SELECT 1"));
    s = split(QStringLiteral("WITH a AS (SELECT 1)")); // no statement after the list
    EXPECT_TRUE(s.withClause.isEmpty());
}

TEST(MemberSourceTest, ExportQueryKeepsParametersInTextOrderAndNeedsMemberFirst)
{
    seg::StoreSchema schema(seg::Dialect::PostgreSql, QStringLiteral("mg_"));
    seg::MemberSource source{QStringLiteral("WITH s AS (SELECT ? AS x)"), QStringLiteral("SELECT customer_id, guest_key FROM t WHERE y = ?"), {7, 8}};
    auto query = seg::MemberExportQuery::build(schema, source, ExportColumns::all());
    ASSERT_TRUE(query.ok()) << query.error().toString().toStdString();
    EXPECT_TRUE(query->sql.startsWith("WITH s AS (SELECT ? AS x), seg_export_source AS MATERIALIZED (SELECT customer_id, guest_key FROM t WHERE y = ?)"))
        << query->sql.toStdString();
    EXPECT_EQ(query->params, (QVariantList{7, 8, 0, QStringLiteral("billing"), 0}));
    EXPECT_EQ(query->sql.count(QLatin1Char('?')), query->params.size());
    EXPECT_TRUE(query->sql.contains("mg_customer_entity c")) << "table prefix";

    auto profileOnly = seg::MemberExportQuery::build(schema, source, columnsOf({"email"}));
    ASSERT_TRUE(profileOnly.ok());
    EXPECT_FALSE(profileOnly->sql.contains("mg_customer_address_entity")) << "only the joins the columns need";
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
        {"unicode as UTF-8", T::Text, QString::fromUtf8("Émilie Ünal"), QByteArray("\xc3\x89milie \xc3\x9cnal")},
        {"formula =", T::Text, QString("=1+2"), "'=1+2"},
        {"formula +", T::Text, QString("+44 20 7946 0000"), "'+44 20 7946 0000"},
        {"formula - in text", T::Text, QString("-5"), "'-5"},
        {"formula @", T::Text, QString("@SUM(A1)"), "'@SUM(A1)"},
        {"formula TAB", T::Text, QString("\tx"), "'\tx"},
        {"formula CR is also quoted", T::Text, QString("\rx"), "\"'\rx\""},
        {"formula with delimiter is quoted", T::Text, QString("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""},
        {"formula char later is fine", T::Text, QString("a=b"), "a=b"},
        {"neutralisation off", T::Text, QString("=1+2"), "=1+2", QLatin1Char(','), false},
        {"negative integer is a number", T::Integer, QVariant(qint64(-5)), "-5"},
        {"integer", T::Integer, QVariant(qint64(1234567890123)), "1234567890123"},
        {"negative money is a number", T::Money, QString("-12.5000"), "-12.5000"},
        {"money", T::Money, QString("0.4333"), "0.4333"},
        {"datetime", T::DateTime, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc()), "2026-01-02 03:04:05"},
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
    const QList<ExportColumn> columns = columnsOf({"email", "orders", "lifetime_sales", "last_order_at"});
    const auto write = [&](seg::CsvOptions options) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        seg::CsvExportWriter writer(&buffer, options);
        EXPECT_TRUE(writer.begin(columns).ok());
        EXPECT_TRUE(writer.row({QString("42"), QString("a;b@example.com"), qint64(3), QString("10.5000"),
                                QDateTime(QDate(2026, 10, 1), QTime(12, 0), QTimeZone::utc())}).ok());
        EXPECT_TRUE(writer.row({QString("g@example.com"), QVariant(), qint64(0), QString("0.0000"), QVariant()}).ok());
        EXPECT_TRUE(writer.finish().ok());
        return buffer.data();
    };
    EXPECT_EQ(write({}), QByteArray("member,email,orders,lifetime_sales,last_order_at\r\n"
                                    "42,a;b@example.com,3,10.5000,2026-10-01 12:00:00\r\n"
                                    "g@example.com,,0,0.0000,\r\n"));
    EXPECT_EQ(write({QLatin1Char(';'), true, true}), QByteArray("\xEF\xBB\xBF"
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

QString python()
{
    return QFile::exists("/usr/bin/python3") ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
}

// The workbook as openpyxl sees it, or an empty object (and `why`) when it cannot be read.
QJsonObject readXlsx(const QString &path, QString &why)
{
    static const char *script = R"PY(
import datetime, json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            cells.append({"type": type(v).__name__, "value": v.isoformat() if isinstance(v, datetime.datetime) else v, "format": c.number_format})
        rows.append(cells)
    out["sheets"].append({
        "name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
        "bold": [bool(c.font.b) for c in ws[1]],
        "widths": {k: d.width for k, d in ws.column_dimensions.items()},
        "rows": rows})
print(json.dumps(out))
)PY";
    QProcess p;
    p.start(python(), {"-c", QString::fromUtf8(script), path});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        why = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

bool openpyxlAvailable()
{
    QProcess p;
    p.start(python(), {"-c", "import openpyxl"});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

TEST(XlsxWriterTest, TypedCellsFrozenHeaderAutofilterAndSheetContinuation)
{
    if (!openpyxlAvailable())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath("members.xlsx");
    const QList<ExportColumn> columns = columnsOf({"customer_id", "lifetime_sales", "created_at", "email"});
    {
        seg::XlsxExportWriter writer(path, 10);
        ASSERT_TRUE(writer.begin(columns).ok());
        for (int i = 1; i <= 25; ++i) {
            const QVariant email = i == 2 ? QVariant() : QVariant(i == 1 ? QString::fromUtf8("=1+1 <b>&\"é\x01") : QStringLiteral("c%1@example.com").arg(i));
            ASSERT_TRUE(writer.row({QString::number(i), qint64(i), QStringLiteral("%1.2500").arg(i * 10),
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
        EXPECT_EQ(header, (QStringList{"Member", "Customer ID", "Lifetime sales", "Registered at", "Email"}));
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
        EXPECT_EQ(first[3].toObject()["value"].toString(), QStringLiteral("2026-01-%1T10:30:15").arg(n, 2, 10, QLatin1Char('0')));
        EXPECT_EQ(first[3].toObject()["format"].toString(), "yyyy-mm-dd hh:mm:ss");
    }
    const QJsonArray firstSheet = sheets[0].toObject()["rows"].toArray();
    // Text stays text (no formula), escaped and without the XML-invalid control character.
    EXPECT_EQ(firstSheet[1].toArray()[4].toObject()["value"].toString(), QString::fromUtf8("=1+1 <b>&\"é"));
    EXPECT_EQ(firstSheet[1].toArray()[4].toObject()["type"].toString(), "str");
    EXPECT_EQ(firstSheet[2].toArray()[4].toObject()["type"].toString(), "NoneType") << "null is an empty cell";
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

struct XmlCell
{
    QString type, text, style;
};
struct XmlSheet
{
    QString name, autoFilter;
    bool frozen = false;
    QList<QList<XmlCell>> rows;
};

QList<XmlSheet> parseSpreadsheetMl(const QByteArray &xml, QString &processingInstruction, QString &error)
{
    const QString ss = QStringLiteral("urn:schemas-microsoft-com:office:spreadsheet");
    const QString x = QStringLiteral("urn:schemas-microsoft-com:office:excel");
    QXmlStreamReader r(xml);
    QList<XmlSheet> sheets;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isProcessingInstruction() && r.processingInstructionTarget() == QLatin1String("mso-application"))
            processingInstruction = r.processingInstructionData().toString();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("Workbook") && r.namespaceUri() != ss)
            error = QStringLiteral("Workbook not in the spreadsheet namespace");
        if (r.name() == QLatin1String("Worksheet")) {
            sheets.append(XmlSheet{});
            sheets.last().name = r.attributes().value(ss, QStringLiteral("Name")).toString();
        } else if (r.name() == QLatin1String("Row")) {
            sheets.last().rows.append(QList<XmlCell>{});
        } else if (r.name() == QLatin1String("Cell")) {
            sheets.last().rows.last().append(XmlCell{{}, {}, r.attributes().value(ss, QStringLiteral("StyleID")).toString()});
        } else if (r.name() == QLatin1String("Data")) {
            XmlCell &cell = sheets.last().rows.last().last();
            cell.type = r.attributes().value(ss, QStringLiteral("Type")).toString();
            cell.text = r.readElementText();
        } else if (r.name() == QLatin1String("FreezePanes") && r.namespaceUri() == x) {
            sheets.last().frozen = true;
        } else if (r.name() == QLatin1String("AutoFilter") && r.namespaceUri() == x) {
            sheets.last().autoFilter = r.attributes().value(x, QStringLiteral("Range")).toString();
        }
    }
    if (r.hasError())
        error = r.errorString();
    return sheets;
}

TEST(SpreadsheetXmlWriterTest, TypedEscapedCellsAndSheetContinuation)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QList<ExportColumn> columns = columnsOf({"orders", "lifetime_sales", "last_order_at", "email"});
    seg::SpreadsheetXmlWriter writer(&buffer, 2);
    ASSERT_TRUE(writer.begin(columns).ok());
    ASSERT_TRUE(writer.row({QString("1"), qint64(2), QString("-10.5000"), QDateTime(QDate(2026, 10, 1), QTime(12, 0, 1), QTimeZone::utc()),
                            QString::fromUtf8("<a href=\"x\">&'é\x02</a>")})
                    .ok());
    ASSERT_TRUE(writer.row({QString("guest@example.com"), qint64(0), QString("0.0000"), QVariant(), QVariant()}).ok());
    ASSERT_TRUE(writer.row({QString("3"), qint64(1), QString("1.0000"), QVariant(), QString("=1+1")}).ok());
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
        EXPECT_EQ(header, (QStringList{"Member", "Orders", "Lifetime sales", "Last order at", "Email"}));
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

// ---------------------------------------------------------------------------------------
// The export query on the three databases

const QString kPrefix = QStringLiteral("mg_");

void buildWorld(FixtureStore &f)
{
    f.installBase();
    f.customer(1, {{"firstname", QString::fromUtf8("Émilie")}, {"lastname", "Dupont"}, {"email", "Emilie.Dupont@Example.FR"}, {"default_billing", 11}});
    f.customer(2, {{"firstname", "=HYPERLINK(\"x\")"}, {"lastname", "O'Brien, Jr."}, {"group_id", 2}, {"website_id", 2}, {"store_id", 2},
                   {"created_at", "2025-02-03 04:05:06"}});
    f.customer(3, {{"default_billing", 13}});
    f.customer(4);
    const auto address = [&](int id, int parent, const char *country, const QVariant &region, const char *city, const char *postcode,
                             const char *phone) {
        f.insert(QStringLiteral("customer_address_entity"), {{"entity_id", id}, {"parent_id", parent}, {"country_id", country}, {"region", region},
                                                            {"city", city}, {"postcode", postcode}, {"firstname", "A"}, {"lastname", "B"},
                                                            {"street", "1 High St"}, {"telephone", phone}});
    };
    address(11, 1, "GB", "Greater London", "London", "SW1A 1AA", "+44 20 7946 0000");
    address(12, 1, "FR", QVariant(), "Lyon", "69001", "0400"); // not the default billing address
    address(13, 3, "FR", QVariant(), "Paris", "75001", "0123");

    f.order(1, 1, {{"base_grand_total", 150.0}, {"created_at", "2026-10-01 12:00:00"}});
    f.order(2, 1, {{"base_grand_total", 60.5}, {"status", "canceled"}, {"state", "canceled"}, {"created_at", "2026-09-01 12:00:00"}});
    f.order(3, 3, {{"base_grand_total", 0.3333}, {"created_at", "2026-05-05 05:05:05"}});
    f.order(4, 3, {{"base_grand_total", 0.1}, {"created_at", "2026-06-06 06:06:06"}});
    // A guest under two spellings of one email: the profile comes from the latest order.
    f.order(10, QVariant(), {{"customer_email", "GUEST@example.com"}, {"customer_firstname", "Gina"}, {"customer_lastname", "Guest"},
                             {"base_grand_total", 40.0}, {"created_at", "2026-10-30 08:00:00"}});
    f.order(11, QVariant(), {{"customer_email", "guest@example.com"}, {"customer_firstname", "Old"}, {"customer_lastname", "Name"},
                             {"base_grand_total", 10.0}, {"created_at", "2026-08-01 08:00:00"}, {"store_id", 2}});
    f.order(12, QVariant(), {{"customer_email", QString::fromUtf8("ÉLODIE@Example.com")}, {"customer_firstname", QString::fromUtf8("Élodie")},
                             {"base_grand_total", 25.0}, {"created_at", "2026-07-07 07:07:07"}, {"store_id", 2}});
    // Same created_at: the more recently updated order wins over the higher id.
    f.order(13, QVariant(), {{"customer_email", "tie@example.com"}, {"customer_firstname", "Newer"}, {"base_grand_total", 5.0},
                             {"created_at", "2026-10-02 00:00:00"}, {"updated_at", "2026-10-03 00:00:00"}});
    f.order(14, QVariant(), {{"customer_email", "tie@example.com"}, {"customer_firstname", "Older"}, {"base_grand_total", 6.0},
                             {"created_at", "2026-10-02 00:00:00"}, {"updated_at", "2026-10-02 12:00:00"}});
    const auto orderAddress = [&](int id, int order, const char *type, const char *country, const char *city, const QVariant &postcode,
                                  const QVariant &phone) {
        f.insert(QStringLiteral("sales_order_address"), {{"entity_id", id}, {"parent_id", order}, {"address_type", type}, {"country_id", country},
                                                        {"city", city}, {"postcode", postcode}, {"telephone", phone}});
    };
    orderAddress(1, 10, "shipping", "FR", "Paris", "75002", QVariant());
    orderAddress(2, 10, "billing", "GB", "London", "EC1A 1BB", "020 7946 0001");
    orderAddress(3, 11, "billing", "DE", "Berlin", "10115", QVariant()); // an older order's

    // A member table, as a saved segment would have it (with a duplicate, a deleted customer
    // and a guest key without any order).
    ASSERT_TRUE(f.connection().exec(QStringLiteral("CREATE TABLE %1export_members (customer_id INTEGER NULL, guest_key VARCHAR(255) NULL)").arg(kPrefix)).ok());
    for (const QVariant &id : {QVariant(3), QVariant(1), QVariant(2), QVariant(1), QVariant(99)})
        f.insert(QStringLiteral("export_members"), {{"customer_id", id}, {"guest_key", QVariant()}});
    for (const char *key : {"guest@example.com", "\xc3\xa9lodie@example.com", "nobody@example.com", "tie@example.com"})
        f.insert(QStringLiteral("export_members"), {{"customer_id", QVariant()}, {"guest_key", QString::fromUtf8(key)}});
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
    if (it != worlds.end())
        return it->second.connection ? &it->second : nullptr;
    World &w = worlds[{backend, pgLocale}];
    w.connection = freshStore(backend, pgLocale.isEmpty() ? QStringLiteral("export") : QStringLiteral("exportc"), kPrefix, why, pgLocale);
    if (!w.connection)
        return nullptr;
    w.fixture.emplace(*w.connection, kPrefix);
    buildWorld(*w.fixture);
    w.schema = w.fixture->schema();
    return &w;
}

seg::MemberSource tableSource()
{
    return seg::MemberSource::fromSelect(
        QStringLiteral("SELECT customer_id, guest_key FROM %1export_members WHERE customer_id IS NULL OR customer_id > ?").arg(kPrefix), {0});
}

seg::MemberSource compiledSource(const seg::StoreSchema &schema, const QString &conditions, const QString &applyTo = "all")
{
    const QByteArray json = QStringLiteral(R"({"segmentor": 1, "code": "t", "name": "T", "apply_to": "%1",
        "conditions": {"type": "combine", "match": "all", "expect": true, "conditions": [%2]}})")
                                .arg(applyTo, conditions)
                                .toUtf8();
    auto definition = seg::DefinitionCodec::fromJson(json);
    EXPECT_TRUE(definition.ok());
    const seg::InMemorySegmentLookup segments;
    EXPECT_TRUE(seg::DefinitionValidator(&schema, &segments).check(*definition).ok());
    const seg::TimeContext time(kAsOf);
    auto compiled = seg::SqlCompiler(schema, time, &segments).compileMembers(*definition);
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
            if (serversRequired())
                FAIL() << why;
            GTEST_SKIP() << why;
        }
    }

    // Exports to CSV in a temporary directory and returns the file's text.
    QByteArray exportCsv(const seg::MemberSource &source, const QStringList &columns, qint64 *rows = nullptr)
    {
        seg::ExportOptions options;
        options.columns = columns;
        options.path = m_dir.filePath("members.csv");
        auto summary = seg::exportMembers(*m_world->connection, *m_world->schema, source, options);
        EXPECT_TRUE(summary.ok()) << (summary.ok() ? "" : summary.error().toString().toStdString());
        if (!summary.ok())
            return {};
        if (rows)
            *rows = summary->rows;
        return readAll(options.path);
    }

    World *m_world = nullptr;
    QTemporaryDir m_dir;
};

TEST_P(ExportSql, TableSourceEveryColumnExactly)
{
    qint64 rows = 0;
    const QByteArray csv = exportCsv(tableSource(), {}, &rows);
    const QByteArray expected = QString::fromUtf8(
        "member,customer_id,email,firstname,lastname,group,website,created_at,billing_country,billing_region,billing_city,billing_postcode,"
        "telephone,orders,lifetime_sales,last_order_at\r\n"
        "1,1,Emilie.Dupont@Example.FR,Émilie,Dupont,General,Main Website,2024-01-01 10:00:00,GB,Greater London,London,SW1A 1AA,"
        "'+44 20 7946 0000,2,210.5000,2026-10-01 12:00:00\r\n"
        "2,2,c2@example.com,\"'=HYPERLINK(\"\"x\"\")\",\"O'Brien, Jr.\",Wholesale,EU Website,2025-02-03 04:05:06,,,,,,0,0.0000,\r\n"
        "3,3,c3@example.com,Test,Customer3,General,Main Website,2024-01-01 10:00:00,FR,,Paris,75001,0123,2,0.4333,2026-06-06 06:06:06\r\n"
        "guest@example.com,,GUEST@example.com,Gina,Guest,NOT LOGGED IN,Main Website,,GB,,London,EC1A 1BB,020 7946 0001,2,50.0000,"
        "2026-10-30 08:00:00\r\n"
        "nobody@example.com,,,,,NOT LOGGED IN,,,,,,,,0,0.0000,\r\n"
        "tie@example.com,,tie@example.com,Newer,,NOT LOGGED IN,Main Website,,,,,,,2,11.0000,2026-10-02 00:00:00\r\n"
        "élodie@example.com,,ÉLODIE@Example.com,Élodie,,NOT LOGGED IN,EU Website,,,,,,,1,25.0000,2026-07-07 07:07:07\r\n")
                                  .toUtf8();
    EXPECT_EQ(csv.toStdString(), expected.toStdString()) << backendName(GetParam());
    EXPECT_EQ(rows, 7);
}

TEST_P(ExportSql, TableSourceChosenColumnsInTheirOrder)
{
    const QByteArray csv = exportCsv(tableSource(), {"lifetime_sales", "billing_city", "member", "website"});
    EXPECT_EQ(csv.toStdString(), QString::fromUtf8("member,lifetime_sales,billing_city,website\r\n"
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
    EXPECT_EQ(exportCsv(compiledSource(*m_world->schema, {}), {"email", "orders", "lifetime_sales", "group"}).toStdString(),
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
    const QString bigSpenders = R"({"type":"orders","metric":"lifetime_sales","operator":">=","value":40})";
    EXPECT_EQ(exportCsv(compiledSource(*m_world->schema, bigSpenders), {"last_order_at", "website"}).toStdString(),
              "member,last_order_at,website\r\n"
              "1,2026-10-01 12:00:00,Main Website\r\n"
              "guest@example.com,2026-10-30 08:00:00,Main Website\r\n");
    EXPECT_EQ(exportCsv(compiledSource(*m_world->schema, bigSpenders, "registered"), {"customer_id"}).toStdString(),
              "member,customer_id\r\n1,1\r\n");
    EXPECT_EQ(exportCsv(compiledSource(*m_world->schema, bigSpenders, "guests"), {"customer_id", "firstname"}).toStdString(),
              "member,customer_id,firstname\r\nguest@example.com,,Gina\r\n");
}

TEST_P(ExportSql, SpreadsheetFormatsFromTheDatabase)
{
    seg::ExportOptions options;
    options.columns = {"customer_id", "lifetime_sales", "last_order_at"};
    options.format = seg::ExportFormat::SpreadsheetXml;
    options.path = m_dir.filePath("members.xml");
    auto summary = seg::exportMembers(*m_world->connection, *m_world->schema, tableSource(), options);
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

    if (!openpyxlAvailable())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    options.format = seg::ExportFormat::Xlsx;
    options.path = m_dir.filePath("members.xlsx");
    summary = seg::exportMembers(*m_world->connection, *m_world->schema, tableSource(), options);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), (QStringList{"members.xlsx", "members.xml"})) << "no temporary file left";
    QString why;
    const QJsonObject book = readXlsx(options.path, why);
    ASSERT_FALSE(book.isEmpty()) << why.toStdString();
    const QJsonArray rows = book["sheets"].toArray()[0].toObject()["rows"].toArray();
    ASSERT_EQ(rows.size(), 8);
    EXPECT_EQ(rows[1].toArray()[1].toObject()["value"].toInt(), 1);
    EXPECT_DOUBLE_EQ(rows[1].toArray()[2].toObject()["value"].toDouble(), 210.5);
    EXPECT_EQ(rows[1].toArray()[3].toObject()["value"].toString(), "2026-10-01T12:00:00");
    EXPECT_EQ(rows[4].toArray()[1].toObject()["type"].toString(), "NoneType") << "a guest has no customer id";
}

// Many rows without any store data: guest keys numbered by a digits CTE (a WITH list to split;
// MariaDB stops recursive CTEs at 1000 iterations by default).
seg::MemberSource manyGuests(seg::Dialect dialect, int count)
{
    const QString key = dialect == seg::Dialect::MySql ? QStringLiteral("CONCAT('g', i, '@example.com')") : QStringLiteral("'g' || i || '@example.com'");
    const QString noId = dialect == seg::Dialect::MySql ? QStringLiteral("CAST(NULL AS SIGNED)") : QStringLiteral("CAST(NULL AS INTEGER)");
    const QString sql = QStringLiteral("WITH d(x) AS (SELECT 0 UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL "
                                       "SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9), "
                                       "n AS (SELECT 1 + a.x + 10 * b.x + 100 * c.x + 1000 * e.x AS i FROM d a, d b, d c, d e) "
                                       "SELECT %1 AS customer_id, %2 AS guest_key FROM n WHERE i <= ?")
                            .arg(noId, key);
    return seg::memberSourceFrom(seg::CompiledQuery{sql, {count}});
}

TEST_P(ExportSql, ProgressEveryThousandRowsAndCancelLeavesNoFile)
{
    const seg::MemberSource source = manyGuests(m_world->schema->dialect(), 2500);
    ASSERT_FALSE(source.withClause.isEmpty());
    for (const seg::ExportFormat format : {seg::ExportFormat::Csv, seg::ExportFormat::Xlsx, seg::ExportFormat::SpreadsheetXml}) {
        const std::string name = seg::exportFormatName(format).toStdString();
        seg::ExportOptions options;
        options.format = format;
        options.columns = {"orders"};
        options.path = m_dir.filePath("progress." + seg::exportFormatName(format));
        QList<qint64> calls;
        auto summary = seg::exportMembers(*m_world->connection, *m_world->schema, source, options, [&](qint64 done) {
            calls << done;
            return true;
        });
        ASSERT_TRUE(summary.ok()) << name << ": " << summary.error().toString().toStdString();
        EXPECT_EQ(summary->rows, 2500) << name;
        EXPECT_EQ(calls, (QList<qint64>{1000, 2000, 2500})) << name;

        // Cancelled in the middle: the finished file of the previous run is untouched.
        const QByteArray before = readAll(options.path);
        calls.clear();
        summary = seg::exportMembers(*m_world->connection, *m_world->schema, source, options, [&](qint64 done) {
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
        summary = seg::exportMembers(*m_world->connection, *m_world->schema, source, options, [](qint64) { return false; });
        ASSERT_FALSE(summary.ok()) << name;
        EXPECT_EQ(summary.error().code, seg::ErrorCode::Cancelled);
        EXPECT_EQ(summary.error().message, "cancelled");
        EXPECT_FALSE(QFile::exists(fresh)) << name;
    }
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(left, (QStringList{"progress.csv", "progress.xlsx", "progress.xml"})) << left.join(", ").toStdString();
    // The guest rows themselves: keys in order, nothing else known.
    EXPECT_TRUE(readAll(m_dir.filePath("progress.csv")).startsWith("member,orders\r\ng1000@example.com,0\r\ng1001@example.com,0\r\n"));
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
    auto summary = seg::exportMembers(*m_world->connection, *m_world->schema, manyGuests(m_world->schema->dialect(), 2000), options, record);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(calls, (QList<qint64>{1000, 2000}));

    // No members: a file with the header only, and one report of 0.
    calls.clear();
    options.path = m_dir.filePath("empty.csv");
    summary = seg::exportMembers(*m_world->connection, *m_world->schema,
                                 seg::MemberSource::fromSelect(QStringLiteral("SELECT customer_id, guest_key FROM %1export_members WHERE 1 = 0").arg(kPrefix)),
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
    for (const seg::ExportFormat format : {seg::ExportFormat::Csv, seg::ExportFormat::Xlsx, seg::ExportFormat::SpreadsheetXml}) {
        options.format = format;
        auto summary = seg::exportMembers(*m_world->connection, *m_world->schema, tableSource(), options);
        ASSERT_FALSE(summary.ok());
        EXPECT_TRUE(summary.error().message.startsWith("cannot write /nonexistent-segmentor-dir/members.csv: "))
            << summary.error().message.toStdString();
    }
    options.format = seg::ExportFormat::Csv;
    options.path = m_dir.path();
    auto summary = seg::exportMembers(*m_world->connection, *m_world->schema, tableSource(), options);
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.error().message.contains(m_dir.path())) << summary.error().message.toStdString();

    // Unknown columns and a broken source fail before anything is written.
    options.path = m_dir.filePath("kept.csv");
    writeFile(options.path, "old content");
    options.columns = {"email", "shoe_size"};
    summary = seg::exportMembers(*m_world->connection, *m_world->schema, tableSource(), options);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().path, "columns");
    EXPECT_TRUE(summary.error().message.contains("\"shoe_size\""));
    options.columns = {};
    summary = seg::exportMembers(*m_world->connection, *m_world->schema, seg::MemberSource::fromSelect("SELECT nothing FROM nowhere"), options);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(readAll(options.path), "old content");
    options.delimiter = QLatin1Char('|');
    EXPECT_FALSE(seg::exportMembers(*m_world->connection, *m_world->schema, tableSource(), options).ok());
    EXPECT_EQ(readAll(options.path), "old content");
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"kept.csv"});
}

// MySQL/MariaDB pages the export by keyset (Qt's driver buffers whole results); any page
// size gives the file of the single statement byte for byte. SQLite and PostgreSQL stream
// one statement whatever the page size (the same comparison holds trivially there).
TEST_P(ExportSql, PagedExportEqualsTheSingleStatementByteForByte)
{
    const QString bigSpenders = R"({"type":"orders","metric":"lifetime_sales","operator":">=","value":40})";
    const QList<std::pair<const char *, seg::MemberSource>> sources = {
        {"member table", tableSource()},
        {"definition", compiledSource(*m_world->schema, {})},
        {"definition with bound values", compiledSource(*m_world->schema, bigSpenders)},
        {"guests definition", compiledSource(*m_world->schema, {}, "guests")},
        {"many guests", manyGuests(m_world->schema->dialect(), 1234)},
    };
    for (const auto &[name, source] : sources) {
        for (const QStringList &columns :
             {QStringList{}, QStringList{"lifetime_sales", "member", "website", "billing_city"}, QStringList{"email", "group", "telephone"}}) {
            const auto run = [&](qint64 pageSize, qint64 *rows) {
                seg::ExportOptions options;
                options.columns = columns;
                options.pageSize = pageSize;
                options.path = m_dir.filePath(QStringLiteral("paged-%1.csv").arg(pageSize));
                auto summary = seg::exportMembers(*m_world->connection, *m_world->schema, source, options);
                EXPECT_TRUE(summary.ok()) << name << " page " << pageSize << ": " << (summary.ok() ? "" : summary.error().toString().toStdString());
                *rows = summary.ok() ? summary->rows : -1;
                return readAll(options.path);
            };
            qint64 wholeRows = 0;
            const QByteArray whole = run(0, &wholeRows);
            ASSERT_GT(wholeRows, 0) << name;
            for (const qint64 pageSize : {1, 3, 1000, 10000}) {
                qint64 rows = 0;
                EXPECT_EQ(run(pageSize, &rows).toStdString(), whole.toStdString()) << name << ", page size " << pageSize;
                EXPECT_EQ(rows, wholeRows) << name << ", page size " << pageSize;
            }
        }
    }
    // The staging table is gone afterwards, and the connection is usable.
    if (m_world->schema->dialect() == seg::Dialect::MySql) {
        QSqlQuery q(m_world->connection->database());
        EXPECT_FALSE(q.exec(QStringLiteral("SELECT COUNT(*) FROM segmentor_export_page"))) << "the page table was dropped";
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
        auto summary = seg::exportMembers(*m_world->connection, *m_world->schema, source, options, [&](qint64 done) {
            calls << done;
            return done < 2000;
        });
        ASSERT_FALSE(summary.ok()) << name;
        EXPECT_EQ(summary.error().code, seg::ErrorCode::Cancelled) << name;
        EXPECT_EQ(summary.error().message, "cancelled") << name;
        EXPECT_EQ(calls, (QList<qint64>{1000, 2000})) << name;
        EXPECT_FALSE(QFile::exists(options.path)) << name;

        calls.clear();
        summary = seg::exportMembers(*m_world->connection, *m_world->schema, source, options, [&](qint64 done) {
            calls << done;
            return true;
        });
        ASSERT_TRUE(summary.ok()) << name << ": " << summary.error().toString().toStdString();
        EXPECT_EQ(summary->rows, 2500) << name;
        EXPECT_EQ(calls, (QList<qint64>{1000, 2000, 2500})) << name;
    }
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), (QStringList{"paged-cancel.csv", "paged-cancel.xlsx"}))
        << "no temporary file left";
    EXPECT_TRUE(readAll(m_dir.filePath("paged-cancel.csv")).startsWith("member,orders\r\ng1000@example.com,0\r\ng1001@example.com,0\r\n"));
}

INSTANTIATE_TEST_SUITE_P(AllBackends, ExportSql, ::testing::ValuesIn(allBackends()),
                         [](const ::testing::TestParamInfo<Backend> &info) { return backendName(info.param); });

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
    for (const seg::MemberSource &source : {compiledSource(*w->schema, {}, "guests"), tableSource()}) {
        auto summary = seg::exportMembers(*w->connection, *w->schema, source, options);
        ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
        const QByteArray csv = readAll(options.path);
        EXPECT_TRUE(csv.endsWith(QString::fromUtf8("tie@example.com,tie@example.com,2\r\nélodie@example.com,ÉLODIE@Example.com,1\r\n").toUtf8()))
            << csv.toStdString();
    }
}

} // namespace

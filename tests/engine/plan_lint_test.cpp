// Plan lint (issue #13): for every condition shape (bench/shapes/shapes.h) × apply_to ×
// with/without website scope, on SQLite, MariaDB and PostgreSQL, the plan of the compiled
// statement on a small demo store after ANALYZE must not repeat a scan per outer row: a
// correlated subquery that scans a table, a dependent subquery of type ALL, an unhashed
// SubPlan over a sequential scan, or a nested loop over a scan of a table or a derived set.
// Such plans grow quadratically with the store; the failure names the shape and the plan line.
#include "testdatabases.h"

#include "../../bench/shapes/shapes.h"

#include "definition/definitioncodec.h"
#include "definition/segmentlookups.h"
#include "demo/demostoregenerator.h"
#include "engine/sqlcompiler.h"
#include "store/recommendedindexes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <iostream>
#include <map>

using namespace segtest;

namespace {

const QDateTime kAsOf(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());

// Tables small enough in any shop that scanning them per row is harmless.
bool isSmallRelation(QString name)
{
    name = name.toLower();
    static const QStringList small = {"st",
                                      "store",
                                      "store_website",
                                      "store_group",
                                      "customer_group",
                                      "eav_attribute",
                                      "eav_entity_type",
                                      "constant row",
                                      "sales_order_status",
                                      "sales_order_status_state"};
    return small.contains(name);
}

struct Variant
{
    std::string name;
    QByteArray json;
};

std::vector<Variant> variants()
{
    std::vector<Variant> out;
    for (const shapes::Shape &s : shapes::all()) {
        QList<std::pair<QString, QString>> combos = {
            {QString::fromLatin1(s.applyTo), QString::fromLatin1(s.websites)}};
        for (const char *applyTo : {"registered", "guests", "all"})
            for (const char *websites : {"[]", "[1]"})
                if (!combos.contains(
                        std::pair{QString::fromLatin1(applyTo), QString::fromLatin1(websites)}))
                    combos << std::pair{QString::fromLatin1(applyTo),
                                        QString::fromLatin1(websites)};
        for (const auto &[applyTo, websites] : combos) {
            const QString name = QStringLiteral("%1_%2%3").arg(
                QString::fromLatin1(s.name), applyTo,
                websites == QLatin1String("[]") ? QString() : QStringLiteral("_ws1"));
            const QString json =
                QStringLiteral(
                    R"({"segmentor":1,"code":"t","name":"T","apply_to":"%1","websites":%2,)"
                    R"("conditions":{"type":"combine","match":"all","expect":true,"conditions":[%3]}})")
                    .arg(applyTo, websites, QString::fromUtf8(s.conditions));
            out.push_back({name.toStdString(), json.toUtf8()});
        }
    }
    return out;
}

struct Store
{
    std::unique_ptr<seg::StoreConnection> connection;
    std::optional<seg::StoreSchema> schema;
};

Store *smallStore(Backend backend, std::string &why)
{
    static std::map<Backend, Store> stores;
    static const bool registered = (atTestsEnd([] { stores.clear(); }), true);
    Q_UNUSED(registered);
    if (auto it = stores.find(backend); it != stores.end())
        return it->second.connection ? &it->second : nullptr;
    Store &s = stores[backend];
    s.connection = freshStore(backend, QStringLiteral("planlint"), QString(), why);
    if (!s.connection) return nullptr;
    seg::DemoOptions options;
    options.customers = 1000;
    options.seed = 11;
    options.anchor = QDate(2026, 11, 1); // a pinned day: the same store whenever the lint runs
    auto fail = [&](const QString &message) {
        why = message.toStdString();
        s.connection.reset();
        return nullptr;
    };
    if (auto st = seg::DemoStoreGenerator(options).generate(*s.connection, QString()); !st)
        return fail(st.error().message);
    if (auto st = seg::RecommendedIndexes::apply(*s.connection, QString()); !st)
        return fail(st.error().message);
    // Statistics for every table: a plan that depends on them must hold with them.
    QString analyze = QStringLiteral("ANALYZE");
    if (backend == Backend::MySql)
        analyze = QStringLiteral("ANALYZE TABLE ") +
                  s.connection->database().tables().join(QStringLiteral(", "));
    if (auto st = s.connection->exec(analyze); !st) return fail(st.error().message);
    auto schema =
        seg::StoreSchema::load(s.connection->database(), s.connection->dialect(), QString());
    if (!schema) return fail(schema.error().message);
    s.schema = *schema;
    return &s;
}

// The statement with its parameters written in as literals (EXPLAIN cannot be prepared
// everywhere). Placeholders inside quoted literals are left alone.
QString inlineParams(const QString &sql, const QVariantList &params)
{
    QString out;
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\'')) quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted && next < params.size()) {
            const QVariant &v = params[next++];
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
                out += QString::number(v.toLongLong());
                break;
            case QMetaType::Double:
                out += QString::number(v.toDouble(), 'g', 17);
                break;
            case QMetaType::Bool:
                out += v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
                break;
            default:
                out += QLatin1Char('\'') +
                       v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
                       QLatin1Char('\'');
            }
            continue;
        }
        out += c;
    }
    return out;
}

// ---- SQLite: EXPLAIN QUERY PLAN rows (id, parent, notused, detail) -------------------------

struct SqliteNode
{
    int id = 0;
    QString detail;
    QList<int> children;
};

QString firstWordAfter(const QString &detail, const QString &prefix)
{
    return detail.mid(prefix.size()).section(QLatin1Char(' '), 0, 0);
}

void lintSqliteChildren(const std::map<int, SqliteNode> &nodes, const SqliteNode &node,
                        bool perOuterRow, QStringList &problems)
{
    bool outerLoop = false; // a loop that repeats the following ones runs before them
    for (int childId : node.children) {
        const SqliteNode &child = nodes.at(childId);
        const QString &d = child.detail;
        const bool scan = d.startsWith(QLatin1String("SCAN "));
        const bool loop = scan || d.startsWith(QLatin1String("SEARCH "));
        if (scan) {
            const QString table = firstWordAfter(d, QStringLiteral("SCAN "));
            if (!isSmallRelation(table) && d != QLatin1String("SCAN CONSTANT ROW")) {
                if (outerLoop)
                    problems
                        << QStringLiteral("scan repeated per row of an outer loop: \"%1\"").arg(d);
                else if (perOuterRow)
                    problems
                        << QStringLiteral(
                               "scan inside a correlated subquery (once per outer row): \"%1\"")
                               .arg(d);
            }
        }
        if (loop && !(scan && isSmallRelation(firstWordAfter(d, QStringLiteral("SCAN ")))))
            outerLoop = true;
        const bool correlated = d.startsWith(QLatin1String("CORRELATED "));
        lintSqliteChildren(nodes, child, perOuterRow || correlated, problems);
    }
}

QStringList lintSqlite(QSqlQuery &q, QString &planText)
{
    std::map<int, SqliteNode> nodes;
    nodes[0] = SqliteNode{};
    QList<std::pair<int, int>> edges;
    while (q.next()) {
        const int id = q.value(0).toInt();
        const int parent = q.value(1).toInt();
        nodes[id].id = id;
        nodes[id].detail = q.value(3).toString();
        edges << std::pair{parent, id};
        planText += QStringLiteral("  %1 <- %2: %3\n").arg(id).arg(parent).arg(nodes[id].detail);
    }
    for (const auto &[parent, id] : edges)
        nodes[parent].children << id;
    QStringList problems;
    lintSqliteChildren(nodes, nodes[0], false, problems);
    return problems;
}

// ---- MariaDB: EXPLAIN rows (id, select_type, table, type, possible_keys, key, key_len, ref, rows,
// Extra)

QStringList lintMySql(QSqlQuery &q, QString &planText)
{
    QStringList problems;
    QString currentId;
    bool outerLoop = false;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString selectType = q.value(1).toString();
        const QString table = q.value(2).toString();
        const QString type = q.value(3).toString();
        const QString key = q.value(5).toString();
        const QString extra = q.value(9).toString();
        const QString line =
            QStringLiteral("id=%1 %2 table=%3 type=%4 key=%5 rows=%6 %7")
                .arg(id, selectType, table, type, key, q.value(8).toString(), extra);
        planText += QStringLiteral("  ") + line + QLatin1Char('\n');
        if (id != currentId) {
            currentId = id;
            outerLoop = false;
        }
        const bool fullScan = type == QLatin1String("ALL") || type == QLatin1String("index");
        const bool small = isSmallRelation(table) || type == QLatin1String("const") ||
                           type == QLatin1String("system");
        if (fullScan && !small) {
            if (selectType.startsWith(QLatin1String("DEPENDENT")))
                problems << QStringLiteral(
                                "full scan in a dependent subquery (once per outer row): \"%1\"")
                                .arg(line);
            else if (outerLoop && !extra.contains(QLatin1String("BNLH")) &&
                     !extra.contains(QLatin1String("hash")))
                problems
                    << QStringLiteral(
                           "full scan repeated per row of an outer table (nested loop): \"%1\"")
                           .arg(line);
        }
        if (!small) outerLoop = true;
    }
    return problems;
}

// ---- PostgreSQL: EXPLAIN (FORMAT JSON) ------------------------------------------------------

QString pgNodeLine(const QJsonObject &n)
{
    QString line = n.value(QLatin1String("Node Type")).toString();
    for (const char *key :
         {"Relation Name", "CTE Name", "Alias", "Subplan Name", "Index Name", "Join Type"})
        if (n.contains(QLatin1String(key)))
            line += QStringLiteral(" %1=%2").arg(QLatin1String(key),
                                                 n.value(QLatin1String(key)).toString());
    line += QStringLiteral(" rows=%1").arg(n.value(QLatin1String("Plan Rows")).toDouble());
    return line;
}

// A scan of a big relation or derived set somewhere under n, with no index scan on the way.
QString unindexedScan(const QJsonObject &n)
{
    const QString type = n.value(QLatin1String("Node Type")).toString();
    if (type.contains(QLatin1String("Index")) || type == QLatin1String("Bitmap Heap Scan") ||
        type == QLatin1String("Memoize") || type == QLatin1String("Hash") ||
        type == QLatin1String("Result"))
        return {};
    if (type == QLatin1String("Seq Scan") || type == QLatin1String("CTE Scan") ||
        type == QLatin1String("WorkTable Scan")) {
        const QString rel = n.contains(QLatin1String("Relation Name"))
                                ? n.value(QLatin1String("Relation Name")).toString()
                                : n.value(QLatin1String("CTE Name")).toString();
        return isSmallRelation(rel) ? QString() : pgNodeLine(n);
    }
    for (const QJsonValue &child : n.value(QLatin1String("Plans")).toArray()) {
        const QJsonObject c = child.toObject();
        if (c.value(QLatin1String("Parent Relationship")).toString() == QLatin1String("InitPlan"))
            continue;
        if (QString s = unindexedScan(c); !s.isEmpty()) return s;
    }
    return {};
}

void lintPgNode(const QJsonObject &n, const QString &allText, QStringList &problems)
{
    const QString type = n.value(QLatin1String("Node Type")).toString();
    const QJsonArray plans = n.value(QLatin1String("Plans")).toArray();
    for (const QJsonValue &v : plans) {
        const QJsonObject c = v.toObject();
        const QString rel = c.value(QLatin1String("Parent Relationship")).toString();
        if (rel == QLatin1String("SubPlan")) {
            const QString name = c.value(QLatin1String("Subplan Name")).toString();
            if (!allText.contains(QStringLiteral("hashed %1").arg(name)))
                if (QString scan = unindexedScan(c); !scan.isEmpty())
                    problems << QStringLiteral("%1 (not hashed) scans once per outer row: \"%2\"")
                                    .arg(name, scan);
        }
        if (rel == QLatin1String("Inner") && type == QLatin1String("Nested Loop"))
            if (QString scan = unindexedScan(c); !scan.isEmpty())
                problems << QStringLiteral(
                                "nested loop over a scan (once per outer row): \"%1\" under \"%2\"")
                                .arg(scan, pgNodeLine(n));
        lintPgNode(c, allText, problems);
    }
}

void pgPlanText(const QJsonObject &n, int depth, QString &out)
{
    out += QString(2 * depth + 2, QLatin1Char(' ')) + pgNodeLine(n) + QLatin1Char('\n');
    for (const QJsonValue &v : n.value(QLatin1String("Plans")).toArray())
        pgPlanText(v.toObject(), depth + 1, out);
}

QStringList lintPg(QSqlQuery &q, QString &planText)
{
    QString json;
    while (q.next())
        json += q.value(0).toString();
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    const QJsonObject root = doc.array().at(0).toObject().value(QLatin1String("Plan")).toObject();
    pgPlanText(root, 0, planText);
    QStringList problems;
    lintPgNode(root, json, problems);
    return problems;
}

// Known to fail, not fixed yet (issue #13): on PostgreSQL, a guest set filtered by a folded
// string (order addresses, item names) is estimated at a row or two on the small store, so the
// planner probes it in a nested loop. A ratchet: such a case is skipped with its plan problem,
// and fails as soon as its plan is clean, so that it leaves this list.
bool knownQuadratic(Backend backend, const std::string &variant)
{
    if (backend != Backend::PostgreSql || variant.find("_registered") != std::string::npos)
        return false;
    for (const char *shape : {"billing_country_", "any_address_city_"})
        if (variant.rfind(shape, 0) == 0) return true;
    // Guests of all websites start from the guests the ordered-products set selects, a plan
    // without the loop; with a website scope the guest list is built first, as before.
    return variant == "ordered_name_guests_ws1" || variant == "ordered_name_all_ws1";
}

// One test per database (each ctest case is a process, and each process builds its store);
// every shape variant is checked inside it and named in its failure.
class PlanLint : public ::testing::TestWithParam<Backend>
{
};

TEST_P(PlanLint, NoScanRepeatedPerRow)
{
    const Backend backend = GetParam();
    std::string why;
    Store *store = smallStore(backend, why);
    SEGTEST_REQUIRE_STORE(store, why);

    seg::InMemorySegmentLookup segments;
    auto buyers = seg::DefinitionCodec::fromJson(QByteArray(shapes::buyersDefinition()));
    ASSERT_TRUE(bool(buyers));
    segments.add(*buyers);
    const seg::TimeContext time(kAsOf, QTimeZone::utc());
    const seg::SqlCompiler compiler(*store->schema, time, &segments);
    QString prefix = QStringLiteral("EXPLAIN QUERY PLAN ");
    if (backend == Backend::MySql)
        prefix = QStringLiteral("EXPLAIN ");
    else if (backend == Backend::PostgreSql)
        prefix = QStringLiteral("EXPLAIN (FORMAT JSON) ");

    for (const Variant &variant : variants()) {
        SCOPED_TRACE(variant.name);
        auto definition = seg::DefinitionCodec::fromJson(variant.json);
        ASSERT_TRUE(bool(definition)) << definition.error().toString().toStdString();
        auto compiled = compiler.compileMembers(*definition);
        ASSERT_TRUE(bool(compiled)) << compiled.error().toString().toStdString();
        const QString sql = inlineParams(compiled->sql, compiled->params);
        QSqlQuery q(store->connection->database());
        ASSERT_TRUE(q.exec(prefix + sql)) << q.lastError().text().toStdString() << "\n"
                                          << sql.toStdString();
        QString planText;
        const QStringList problems = backend == Backend::Sqlite  ? lintSqlite(q, planText)
                                     : backend == Backend::MySql ? lintMySql(q, planText)
                                                                 : lintPg(q, planText);
        if (knownQuadratic(backend, variant.name)) {
            EXPECT_FALSE(problems.isEmpty())
                << "shape " << variant.name << " on " << backendName(backend)
                << " now has a clean plan: remove it from knownQuadratic()";
            if (!problems.isEmpty())
                std::cout << "[  KNOWN   ] " << variant.name << " on " << backendName(backend)
                          << " (issue #13, not fixed yet): "
                          << problems.join(QStringLiteral("; ")).toStdString() << "\n";
            continue;
        }
        EXPECT_TRUE(problems.isEmpty())
            << "shape " << variant.name << " on " << backendName(backend)
            << ": a plan that grows quadratically:\n  "
            << problems.join(QStringLiteral("\n  ")).toStdString() << "\nplan:\n"
            << planText.toStdString() << "SQL:\n"
            << sql.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Shapes, PlanLint, ::testing::ValuesIn(allBackends()),
                         [](const auto &info) { return backendName(info.param); });

} // namespace

// segmentor-shapes-bench: compiled SQL against hand-written SQL, one condition shape at a time.
//
//   segmentor-shapes-bench --database URL [--database URL ...] [--runs N] [--only a,b]
//   [--max-seconds S] [--try FILE]
//
// For every shape of bench/shapes/shapes.h that has a reference query, on every database: the
// compiled member query and the hand-written one run alternately N times; their member sets
// must be equal (else the run fails); the table gives the medians, the ratio compiled / hand
// and, per database, the geometric mean of the ratios. A ratio below 1 means the
// hand-written query is the slower one, and the table says so. A query whose first run takes
// longer than --max-seconds (default 60) is timed once. --try FILE: the file's SQL (with the
// same macros) replaces the hand-written query of every shape run, to time a candidate
// rewrite of the compiled SQL against it (use it with --only).
#include "shapes/shapes.h"

#include "definition/definitioncodec.h"
#include "definition/segmentlookups.h"
#include "engine/memberkey.h"
#include "engine/memberqueryrunner.h"
#include "engine/sqlcompiler.h"
#include "engine/sqldialect.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

using namespace seg;

namespace {

const QDateTime kAsOf(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// The reference guest orders, written from the spec per dialect: orders without a customer
// and with an email, unless a registered customer of the order's website has that email
// (compared case-folded, accents kept).
QString guestOrdersCte(const SqlDialect &d)
{
    switch (d.dialect()) {
    case Dialect::Sqlite:
        // SQLite indexes an IN (SELECT ...) list once; a correlated NOT EXISTS on a folded
        // email would scan the customers per order.
        return QStringLiteral(
            "registered_keys AS (SELECT seg_fold(email) || '|' || website_id AS k FROM "
            "customer_entity "
            "WHERE email IS NOT NULL AND website_id IS NOT NULL), "
            "guest_orders AS (SELECT o.entity_id AS order_id, seg_fold(o.customer_email) AS "
            "guest_key, st.website_id AS website_id "
            "FROM sales_order o LEFT JOIN store st ON st.store_id = o.store_id "
            "WHERE o.customer_id IS NULL AND LENGTH(o.customer_email) > 0 "
            "AND (st.website_id IS NULL OR seg_fold(o.customer_email) || '|' || st.website_id NOT "
            "IN (SELECT k FROM registered_keys)))");
    case Dialect::MySql:
        // Magento's (email, website_id) index finds the case variants; the binary compare keeps
        // accents.
        return QStringLiteral(
            "guest_orders AS (SELECT o.entity_id AS order_id, CAST(LOWER(o.customer_email) AS "
            "BINARY) AS guest_key, st.website_id AS website_id "
            "FROM sales_order o LEFT JOIN store st ON st.store_id = o.store_id "
            "WHERE o.customer_id IS NULL AND CHAR_LENGTH(o.customer_email) > 0 "
            "AND NOT EXISTS (SELECT 1 FROM customer_entity ce WHERE ce.email = o.customer_email "
            "AND ce.website_id = st.website_id "
            "AND CAST(LOWER(ce.email) AS BINARY) = CAST(LOWER(o.customer_email) AS BINARY)))");
    case Dialect::PostgreSql:
        return QStringLiteral("guest_orders AS (SELECT o.entity_id AS order_id, %1 AS guest_key, "
                              "st.website_id AS website_id "
                              "FROM sales_order o LEFT JOIN store st ON st.store_id = o.store_id "
                              "WHERE o.customer_id IS NULL AND LENGTH(o.customer_email) > 0 "
                              "AND NOT EXISTS (SELECT 1 FROM customer_entity ce WHERE "
                              "ce.website_id = st.website_id AND %2 = %1))")
            .arg(d.fold(QStringLiteral("o.customer_email")), d.fold(QStringLiteral("ce.email")));
    }
    return {};
}

// Expands NAME(argument) everywhere in sql (the argument may hold parentheses).
QString expandMacro(QString sql, const QString &name,
                    const std::function<QString(const QString &)> &expand)
{
    const QString open = name + QLatin1Char('(');
    for (qsizetype at = sql.indexOf(open); at >= 0; at = sql.indexOf(open, at)) {
        qsizetype end = at + open.size();
        for (int depth = 1; end < sql.size() && depth > 0; ++end)
            depth += sql[end] == QLatin1Char('(') ? 1 : sql[end] == QLatin1Char(')') ? -1 : 0;
        const QString argument = sql.mid(at + open.size(), end - 1 - at - open.size());
        const QString replacement = expand(argument);
        sql.replace(at, end - at, replacement);
        at += replacement.size();
    }
    return sql;
}

QString handSql(const char *hand, const SqlDialect &d)
{
    QString sql = QString::fromUtf8(hand);
    sql.replace(QStringLiteral("{GUEST_ORDERS}"), guestOrdersCte(d));
    sql = expandMacro(sql, QStringLiteral("SUMMONEY"), [&](const QString &x) {
        const QString sum = QStringLiteral("SUM(COALESCE(%1, 0))").arg(x);
        return d.dialect() == Dialect::Sqlite ? QStringLiteral("ROUND(%1, 4)").arg(sum) : sum;
    });
    sql = expandMacro(sql, QStringLiteral("FOLD"), [&](const QString &x) { return d.fold(x); });
    // Folded text is compared as bytes on MariaDB, as the spec's case rule needs there.
    sql = expandMacro(sql, QStringLiteral("STR"), [&](const QString &x) {
        return d.dialect() == Dialect::MySql ? QStringLiteral("CAST(%1 AS BINARY)").arg(x) : x;
    });
    return sql;
}

struct Timed
{
    QList<double> ms;
    QSet<MemberKey> members;
    QString error;
};

void runOnce(const StoreConnection &c, const CompiledQuery &q, Timed &t)
{
    QElapsedTimer timer;
    timer.start();
    auto keys = MemberQueryRunner::members(c, q);
    t.ms << timer.nsecsElapsed() / 1e6;
    if (!keys) {
        t.error = keys.error().message;
        return;
    }
    t.members = QSet<MemberKey>(keys->begin(), keys->end());
}

// The hand-written query's time limit on the servers (MariaDB max_statement_time, PostgreSQL
// statement_timeout): some of them are the slow side by minutes; 0 = none.
void limitStatements(const StoreConnection &c, double seconds)
{
    QSqlQuery q(c.database());
    if (c.dialect() == Dialect::MySql)
        q.exec(QStringLiteral("SET SESSION max_statement_time = %1").arg(seconds));
    else if (c.dialect() == Dialect::PostgreSql)
        q.exec(QStringLiteral("SET statement_timeout = %1").arg(qint64(seconds * 1000)));
}

struct Cell
{
    double compiled = 0, hand = 0;
    qsizetype members = 0;
    bool interrupted = false; // the hand-written query hit --hand-timeout
    QString problem;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    QStringList urls, only;
    QByteArray trySql;
    int runs = 3;
    double maxSeconds = 60;
    double handTimeout = 120;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--database") && i + 1 < args.size())
            urls << args[++i];
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--only") && i + 1 < args.size())
            only = args[++i].split(QLatin1Char(','));
        else if (args[i] == QLatin1String("--hand-timeout") && i + 1 < args.size())
            handTimeout = args[++i].toDouble();
        else if (args[i] == QLatin1String("--max-seconds") && i + 1 < args.size())
            maxSeconds = args[++i].toDouble();
        else if (args[i] == QLatin1String("--try") && i + 1 < args.size()) {
            QFile f(args[++i]);
            if (!f.open(QIODevice::ReadOnly)) {
                err << args[i] << ": cannot read\n";
                return 2;
            }
            trySql = f.readAll().trimmed();
        } else {
            err << "usage: segmentor-shapes-bench --database URL [--database URL ...] [--runs N] "
                   "[--only a,b] [--max-seconds S] [--hand-timeout S] [--try FILE]\n";
            return 2;
        }
    }
    if (urls.isEmpty()) {
        err << "usage: segmentor-shapes-bench --database URL [--database URL ...] [--runs N] "
               "[--only a,b] [--max-seconds S] [--hand-timeout S] [--try FILE]\n";
        return 2;
    }

    InMemorySegmentLookup segments;
    segments.add(*DefinitionCodec::fromJson(QByteArray(shapes::buyersDefinition())));
    const TimeContext time(kAsOf);
    QStringList dbNames;
    std::map<QString, std::map<QString, Cell>> cells; // shape -> database -> cell
    bool failed = false;

    for (const QString &url : urls) {
        auto settings = ConnectionSettings::fromUrl(url);
        if (!settings) {
            err << url << ": " << settings.error().message << "\n";
            return 2;
        }
        auto connection = StoreConnection::open(*settings);
        if (!connection) {
            err << connection.error().message << "\n";
            return 1;
        }
        auto schema =
            StoreSchema::load((*connection)->database(), settings->dialect, settings->tablePrefix);
        if (!schema) {
            err << schema.error().message << "\n";
            return 1;
        }
        const QString db = settings->dialect == Dialect::Sqlite  ? QStringLiteral("SQLite")
                           : settings->dialect == Dialect::MySql ? QStringLiteral("MariaDB")
                                                                 : QStringLiteral("PostgreSQL");
        dbNames << db;
        const SqlDialect dialect(schema->dialect(), schema->foldCollation());
        const SqlCompiler compiler(*schema, time, &segments);
        for (const shapes::Shape &s : shapes::all()) {
            if (!*s.hand || (!only.isEmpty() && !only.contains(QString::fromLatin1(s.name))))
                continue;
            const QString json =
                QStringLiteral(
                    R"({"segmentor":1,"code":"b","name":"B","apply_to":"%1","websites":%2,)"
                    R"("conditions":{"type":"combine","match":"all","expect":true,"conditions":[%3]}})")
                    .arg(QString::fromLatin1(s.applyTo), QString::fromLatin1(s.websites),
                         QString::fromUtf8(s.conditions));
            auto definition = DefinitionCodec::fromJson(json.toUtf8());
            auto compiled = definition ? compiler.compileMembers(*definition)
                                       : Result<CompiledQuery>(definition.error());
            Cell &cell = cells[QString::fromLatin1(s.name)][db];
            if (!compiled) {
                cell.problem = compiled.error().toString();
                failed = true;
                continue;
            }
            const CompiledQuery hand{
                handSql(trySql.isEmpty() ? s.hand : trySql.constData(), dialect), {}};
            Timed c, h;
            for (int r = 0; r < runs; ++r) {
                // Alternate, so that a busy moment of the machine hits both.
                if (r == 0 || c.ms.first() < maxSeconds * 1000) runOnce(**connection, *compiled, c);
                if (r == 0 || h.ms.first() < maxSeconds * 1000) {
                    limitStatements(**connection, handTimeout);
                    runOnce(**connection, hand, h);
                    limitStatements(**connection, 0);
                }
                if (!c.error.isEmpty() || !h.error.isEmpty()) break;
            }
            if (c.error.isEmpty() && !h.error.isEmpty() && handTimeout > 0 &&
                h.ms.first() >= handTimeout * 1000 * 0.95) {
                // Interrupted: the hand-written query is the slow side; left out of the means.
                cell.compiled = median(c.ms);
                cell.hand = h.ms.first();
                cell.members = c.members.size();
                cell.interrupted = true;
            } else if (!c.error.isEmpty() || !h.error.isEmpty()) {
                cell.problem = c.error.isEmpty() ? QStringLiteral("hand-written query: ") + h.error
                                                 : QStringLiteral("compiled: ") + c.error;
                failed = true;
            } else if (c.members != h.members) {
                cell.problem = QStringLiteral("MEMBERS DIFFER: compiled %1, hand-written %2 (%3 "
                                              "only compiled, %4 only hand-written)")
                                   .arg(c.members.size())
                                   .arg(h.members.size())
                                   .arg((c.members - h.members).size())
                                   .arg((h.members - c.members).size());
                failed = true;
            }
            cell.compiled = median(c.ms);
            cell.hand = median(h.ms);
            cell.members = c.members.size();
            err << QStringLiteral("%1 %2: compiled %3 ms, hand %4 ms, %5 members%6\n")
                       .arg(db, QString::fromLatin1(s.name))
                       .arg(cell.compiled, 0, 'f', 1)
                       .arg(cell.hand, 0, 'f', 1)
                       .arg(cell.members)
                       .arg(cell.problem.isEmpty() ? QString()
                                                   : QStringLiteral(" — ") + cell.problem);
            err.flush();
        }
    }

    // One table: shape | members | per database: compiled ms, hand ms, ratio.
    QString header = QStringLiteral("| shape | members |");
    QString rule = QStringLiteral("|---|---|");
    for (const QString &db : dbNames) {
        header += QStringLiteral(" %1 compiled ms | %1 hand ms | %1 ratio |").arg(db);
        rule += QStringLiteral("---|---|---|");
    }
    out << header << "\n" << rule << "\n";
    std::map<QString, QList<double>> ratios;
    QStringList notes;
    for (const shapes::Shape &s : shapes::all()) {
        const auto row = cells.find(QString::fromLatin1(s.name));
        if (row == cells.end()) continue;
        QString line =
            QStringLiteral("| %1 (%2%3) |")
                .arg(QString::fromLatin1(s.name), QString::fromLatin1(s.applyTo),
                     QString::fromLatin1(s.websites) == QLatin1String("[]")
                         ? QString()
                         : QStringLiteral(", websites ") + QString::fromLatin1(s.websites));
        bool first = true;
        for (const QString &db : dbNames) {
            const Cell &cell = row->second[db];
            if (first) {
                line += QStringLiteral(" %1 |").arg(cell.members);
                first = false;
            }
            if (!cell.problem.isEmpty()) {
                line += QStringLiteral(" — | — | %1 |").arg(cell.problem);
                continue;
            }
            if (cell.interrupted) {
                line += QStringLiteral(" %1 | > %2 s | hand-written interrupted (left out) |")
                            .arg(cell.compiled, 0, 'f', 1)
                            .arg(handTimeout, 0, 'f', 0);
                continue;
            }
            const double ratio = cell.compiled / std::max(cell.hand, 0.01);
            ratios[db] << ratio;
            line += QStringLiteral(" %1 | %2 | %3%4 |")
                        .arg(cell.compiled, 0, 'f', 1)
                        .arg(cell.hand, 0, 'f', 1)
                        .arg(ratio, 0, 'f', 2)
                        .arg(ratio > 2   ? QStringLiteral(" **over 2×**")
                             : ratio < 1 ? QStringLiteral(" (hand-written slower)")
                                         : QString());
        }
        out << line << "\n";
    }
    QString geo = QStringLiteral("| geometric mean | |");
    for (const QString &db : dbNames) {
        double logSum = 0;
        for (double r : ratios[db])
            logSum += std::log(r);
        const double g = ratios[db].isEmpty() ? 0 : std::exp(logSum / ratios[db].size());
        geo += QStringLiteral(" | | %1 |").arg(g, 0, 'f', 2);
    }
    out << geo << "\n";
    return failed ? 1 : 0;
}

// segmentor-bench: how long the engine takes on a big store.
//
//   segmentor-bench --database URL [--runs N] [--as-of ISO] [--refresh] DEF.json...
//
// For each definition: compile time, then the median and min/max of N runs of the member
// count and of the full member list, plus one explain. With --refresh: the definitions are
// saved and each is refreshed N times (the first run fills the membership, later runs
// recompute and diff it). Prints a table on stdout.
#include "definition/definitioncodec.h"
#include "definition/definitionvalidator.h"
#include "definition/segmentlookups.h"
#include "definition/valueparsing.h"
#include "engine/memberevaluator.h"
#include "engine/memberqueryrunner.h"
#include "engine/membersnapshotloader.h"
#include "engine/sqlcompiler.h"
#include "refresh/refresher.h"
#include "repository/segmentorstorage.h"
#include "repository/segmentrepository.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

using namespace seg;

namespace {

struct Stats
{
    double median = 0, min = 0, max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    const double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    return {median, ms.first(), ms.last()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    QString url;
    int runs = 5;
    QDateTime asOf(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());
    QStringList files;
    bool refreshMode = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--database") && i + 1 < args.size())
            url = args[++i];
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--as-of") && i + 1 < args.size())
            asOf = parseTimeValue(QJsonValue(args[++i]))->instant;
        else if (args[i] == QLatin1String("--refresh"))
            refreshMode = true;
        else
            files << args[i];
    }
    auto settings = ConnectionSettings::fromUrl(url);
    if (url.isEmpty() || !settings || files.isEmpty()) {
        err << "usage: segmentor-bench --database URL [--runs N] [--as-of ISO] DEF.json...\n";
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
    const TimeContext time(asOf);
    if (refreshMode) {
        if (auto st = SegmentorStorage::ensure(**connection, settings->tablePrefix); !st) {
            err << st.error().message << "\n";
            return 1;
        }
        SegmentRepository repository(**connection, settings->tablePrefix);
        Refresher refresher(**connection, *schema, repository);
        out << QStringLiteral("%1 | %2 | %3 | %4\n")
                   .arg(QStringLiteral("segment"), -26)
                   .arg(QStringLiteral("members"), 9)
                   .arg(QStringLiteral("first refresh s"), 15)
                   .arg(QStringLiteral("refresh s median [min-max]"), 28);
        for (const QString &file : files) {
            QFile f(file);
            f.open(QIODevice::ReadOnly);
            auto definition = DefinitionCodec::fromJson(f.readAll());
            if (!definition || !repository.save(*definition)) {
                err << file << ": cannot save\n";
                return 2;
            }
            (void)repository.remove(definition->code); // start from an empty membership
            (void)repository.save(*definition);
            QList<double> seconds;
            qint64 members = 0;
            for (int r = 0; r <= runs; ++r) {
                RefreshOptions o;
                o.asOf = asOf;
                auto result = refresher.refresh(definition->code, o);
                if (!result) {
                    err << file << ": " << result.error().message << "\n";
                    return 1;
                }
                seconds << result->seconds;
                members = result->memberCount;
            }
            const double first = seconds.takeFirst();
            const Stats s = stats(seconds);
            out << QStringLiteral("%1 | %2 | %3 | %4\n")
                       .arg(definition->code, -26)
                       .arg(members, 9)
                       .arg(first, 15, 'f', 2)
                       .arg(QStringLiteral("%1 [%2-%3]")
                                .arg(s.median, 0, 'f', 2)
                                .arg(s.min, 0, 'f', 2)
                                .arg(s.max, 0, 'f', 2),
                            28);
            out.flush();
        }
        return 0;
    }
    const InMemorySegmentLookup segments;
    const SqlCompiler compiler(*schema, time, &segments);

    out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6\n")
               .arg(QStringLiteral("segment"), -26)
               .arg(QStringLiteral("members"), 9)
               .arg(QStringLiteral("compile ms"), 10)
               .arg(QStringLiteral("count ms median [min-max]"), 26)
               .arg(QStringLiteral("ids ms median [min-max]"), 26)
               .arg(QStringLiteral("explain ms"), 10);
    for (const QString &file : files) {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        auto definition = DefinitionCodec::fromJson(f.readAll());
        if (!definition) {
            err << file << ": " << definition.error().toString() << "\n";
            return 2;
        }
        QElapsedTimer t;
        t.start();
        auto count = compiler.compileCount(*definition);
        auto members = compiler.compileMembers(*definition);
        const double compileMs = t.nsecsElapsed() / 1e6;
        if (!count || !members) {
            err << file << ": " << (count ? members.error() : count.error()).toString() << "\n";
            return 2;
        }
        QList<double> countMs, idsMs;
        qint64 n = 0;
        QList<MemberKey> keys;
        for (int r = 0; r < runs; ++r) {
            t.restart();
            auto c = MemberQueryRunner::count(**connection, *count);
            countMs << t.nsecsElapsed() / 1e6;
            t.restart();
            auto k = MemberQueryRunner::members(**connection, *members);
            idsMs << t.nsecsElapsed() / 1e6;
            if (!c || !k) {
                err << file << ": " << (c ? k.error().message : c.error().message) << "\n";
                return 1;
            }
            n = *c;
            keys = *k;
        }
        double explainMs = 0;
        if (!keys.isEmpty()) {
            t.restart();
            const MemberSnapshotLoader loader(**connection, *schema);
            const MemberEvaluator evaluator(&*schema, time, &segments);
            auto snapshot = loader.load(keys.first());
            if (snapshot) (void)evaluator.explain(*definition, *snapshot);
            explainMs = t.nsecsElapsed() / 1e6;
        }
        const Stats c = stats(countMs), k = stats(idsMs);
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6\n")
                   .arg(definition->code, -26)
                   .arg(n, 9)
                   .arg(compileMs, 10, 'f', 2)
                   .arg(QStringLiteral("%1 [%2-%3]")
                            .arg(c.median, 0, 'f', 0)
                            .arg(c.min, 0, 'f', 0)
                            .arg(c.max, 0, 'f', 0),
                        26)
                   .arg(QStringLiteral("%1 [%2-%3]")
                            .arg(k.median, 0, 'f', 0)
                            .arg(k.min, 0, 'f', 0)
                            .arg(k.max, 0, 'f', 0),
                        26)
                   .arg(explainMs, 10, 'f', 1);
        out.flush();
    }
    return 0;
}

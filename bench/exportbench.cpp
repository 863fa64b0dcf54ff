// segmentor-export-bench: how long a member export takes on a big store, and its memory.
//
//   segmentor-export-bench --database URL --out FILE [--format csv|xlsx|xml] [--source
//   definition|table]
//                          [--definition DEF.json] [--columns id,id,...] [--bom] [--delimiter ';']
//                          [--page-size N]  (MySQL/MariaDB members per export statement; 0 = one
//                          statement)
//
// Without --definition the members are every registered customer and guest (an empty
// "apply_to: all" definition compiled by SqlCompiler). --source definition (the default)
// exports straight from the compiled definition, so the time includes evaluating the segment;
// --source table first stores the members in a temporary table (timed apart) and exports
// from it, as an export of a saved segment's member table would. Prints rows, wall time and
// peak RSS (VmHWM) and peak anonymous memory (RssAnon sampled every 1000 rows); run it under
// /usr/bin/time -v for an independent figure.
#include "definition/definitioncodec.h"
#include "definition/definitionvalidator.h"
#include "definition/segmentlookups.h"
#include "engine/sqlcompiler.h"
#include "export/memberexporter.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

using namespace seg;

namespace {

// A field of /proc/self/status in kB, or -1.
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return -1;
    const QByteArray name = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    QString url, definitionPath, sourceKind = QStringLiteral("definition");
    ExportOptions options;
    bool formatGiven = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--database") && hasValue)
            url = args[++i];
        else if (a == QLatin1String("--out") && hasValue)
            options.path = args[++i];
        else if (a == QLatin1String("--definition") && hasValue)
            definitionPath = args[++i];
        else if (a == QLatin1String("--source") && hasValue)
            sourceKind = args[++i];
        else if (a == QLatin1String("--columns") && hasValue)
            options.columns = args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (a == QLatin1String("--delimiter") && hasValue)
            options.delimiter = args[++i].at(0);
        else if (a == QLatin1String("--bom"))
            options.bom = true;
        else if (a == QLatin1String("--page-size") && hasValue)
            options.pageSize = args[++i].toLongLong();
        else if (a == QLatin1String("--format") && hasValue) {
            const auto format = exportFormatFromName(args[++i]);
            if (!format) {
                err << "unknown format " << args[i] << "\n";
                return 2;
            }
            options.format = *format;
            formatGiven = true;
        } else {
            err << "unknown argument " << a << "\n";
            return 2;
        }
    }
    if (!formatGiven)
        if (const auto format = exportFormatFromName(options.path)) options.format = *format;
    auto settings = ConnectionSettings::fromUrl(url);
    if (url.isEmpty() || !settings || options.path.isEmpty()) {
        err << "usage: segmentor-export-bench --database URL --out FILE [--format csv|xlsx|xml] "
               "[--definition DEF.json] [--columns a,b]\n";
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

    QByteArray json = R"({"segmentor": 1, "code": "everyone", "name": "Everyone", "apply_to": "all",
                          "conditions": {"type": "combine", "match": "all", "expect": true, "conditions": []}})";
    if (!definitionPath.isEmpty()) {
        QFile f(definitionPath);
        if (!f.open(QIODevice::ReadOnly)) {
            err << "cannot read " << definitionPath << "\n";
            return 1;
        }
        json = f.readAll();
    }
    auto definition = DefinitionCodec::fromJson(json);
    if (!definition) {
        err << definition.error().toString() << "\n";
        return 2;
    }
    const InMemorySegmentLookup segments;
    if (auto st = DefinitionValidator(&*schema, &segments).check(*definition); !st) {
        err << st.error().toString() << "\n";
        return 2;
    }
    const TimeContext time(QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc()));
    auto compiled = SqlCompiler(*schema, time, &segments).compileParts(*definition);
    if (!compiled) {
        err << compiled.error().toString() << "\n";
        return 2;
    }

    QElapsedTimer timer;
    MemberSource source = memberSourceFrom(*compiled);
    const SqlText whole = compiled->with + compiled->body;
    if (sourceKind == QLatin1String("table")) {
        timer.start();
        QSqlQuery q((*connection)->database());
        const QString create = settings->dialect == Dialect::Sqlite
                                   ? QStringLiteral("CREATE TEMP TABLE seg_bench_members AS ")
                                   : QStringLiteral("CREATE TEMPORARY TABLE seg_bench_members AS ");
        if (!q.prepare(create + whole.sql)) {
            err << q.lastError().text() << "\n";
            return 1;
        }
        for (const QVariant &p : whole.params)
            q.addBindValue(p);
        if (!q.exec()) {
            err << q.lastError().text() << "\n";
            return 1;
        }
        out << QStringLiteral("members stored in a temporary table in %1 ms\n")
                   .arg(timer.elapsed());
        source = MemberSource::fromSelect(
            QStringLiteral("SELECT customer_id, guest_key FROM seg_bench_members"));
    } else if (sourceKind != QLatin1String("definition")) {
        err << "--source is definition or table\n";
        return 2;
    }
    timer.start();
    qint64 progressCalls = 0;
    // VmHWM also counts the store's pages SQLite maps (mmap_size): file-backed page cache,
    // not the export's own memory. RssAnon, sampled at each progress call, is that.
    qint64 peakAnon = statusKb("RssAnon");
    auto summary = exportMembers(**connection, *schema, source, options, [&](qint64) {
        ++progressCalls;
        peakAnon = std::max(peakAnon, statusKb("RssAnon")); // every 1000 rows
        return true;
    });
    const qint64 ms = timer.elapsed();
    if (!summary) {
        err << summary.error().toString() << "\n";
        return 1;
    }
    out << QStringLiteral("format %1, %2 rows x %3 columns, %4 ms, file %5 bytes, peak RSS %6 kB "
                          "(peak anonymous %8 kB), %7 progress calls\n")
               .arg(exportFormatName(options.format))
               .arg(summary->rows)
               .arg(summary->columns.size())
               .arg(ms)
               .arg(QFileInfo(summary->path).size())
               .arg(statusKb("VmHWM"))
               .arg(progressCalls)
               .arg(std::max(peakAnon, statusKb("RssAnon")));
    return 0;
}

// segmentor-lookup-bench: how long the condition builder's services take on a store.
//
//   segmentor-lookup-bench --database URL [--runs N] [--search TEXT] [--explain MEMBER] [DEF.json]
//
// Opening a worker's StoreSession, each pick list, a product search, and — with a definition —
// its member count (what LiveCounter runs) and one explanation (what ExplainDialog runs).
// Median and min/max of N runs, in milliseconds, on stdout.
#include "definition/definitioncodec.h"
#include "engine/memberqueryrunner.h"
#include "engine/sqlcompiler.h"
#include "lookups/picklists.h"
#include "operations/explainmember.h"
#include "session/storesession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace seg;

namespace {

QString timing(int runs, const std::function<bool()> &run)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!run()) return QStringLiteral("failed");
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    const double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    return QStringLiteral("%1 ms (min %2, max %3)")
        .arg(median, 0, 'f', 1)
        .arg(ms.first(), 0, 'f', 1)
        .arg(ms.last(), 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    QString url, search = QStringLiteral("mug"), member, file;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--database") && i + 1 < args.size())
            url = args[++i];
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--search") && i + 1 < args.size())
            search = args[++i];
        else if (args[i] == QLatin1String("--explain") && i + 1 < args.size())
            member = args[++i];
        else
            file = args[i];
    }
    Result<ConnectionSettings> settings = ConnectionSettings::fromUrl(url);
    if (!settings) {
        err << "usage: segmentor-lookup-bench --database URL [--runs N] [--search TEXT] [--explain "
               "MEMBER] [DEF.json]\n";
        return 2;
    }
    out << "open a worker session: "
        << timing(runs, [&] { return StoreSession::open(*settings, false).ok(); }) << "\n";
    Result<StoreSession> session = StoreSession::open(*settings, false);
    if (!session) {
        err << "error: " << session.error().message << "\n";
        return 1;
    }
    const QList<PickListKind> kinds = {
        PickListKind::Countries,      PickListKind::Regions,         PickListKind::CustomerGroups,
        PickListKind::Websites,       PickListKind::Stores,          PickListKind::OrderStatuses,
        PickListKind::PaymentMethods, PickListKind::ShippingMethods, PickListKind::Categories,
        PickListKind::Products,       PickListKind::Segments};
    for (PickListKind kind : kinds) {
        qsizetype size = 0;
        const QString t = timing(runs, [&] {
            Result<QList<PickItem>> items =
                loadPickList(*session, kind, {}, kind == PickListKind::Products ? 200 : 10000);
            size = items ? items->size() : 0;
            return items.ok();
        });
        out << pickListName(kind) << " (" << size << "): " << t << "\n";
    }
    qsizetype found = 0;
    const QString searched = timing(runs, [&] {
        Result<QList<PickItem>> items = loadPickList(*session, PickListKind::Products, search, 100);
        found = items ? items->size() : 0;
        return items.ok();
    });
    out << "product search \"" << search << "\" (" << found << "): " << searched << "\n";

    if (file.isEmpty()) return 0;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err << "error: cannot read " << file << "\n";
        return 1;
    }
    Result<SegmentDefinition> definition = DefinitionCodec::fromJson(f.readAll());
    if (!definition) {
        err << "error: " << definition.error().toString() << "\n";
        return 1;
    }
    const TimeContext time = session->timeContext();
    qint64 count = 0;
    const QString counted = timing(runs, [&] {
        const SqlCompiler compiler(*session->schema, time, session->segments.get());
        Result<CompiledQuery> q = compiler.compileCount(*definition);
        if (!q) return false;
        Result<qint64> c = MemberQueryRunner::count(*session->connection, *q);
        count = c ? *c : -1;
        return c.ok();
    });
    out << "live count of " << definition->code << " (" << count << " members): " << counted
        << "\n";
    if (!member.isEmpty()) {
        QString verdict;
        const QString explained = timing(runs, [&] {
            Result<std::optional<MemberExplanation>> e =
                explainMember(*session, *definition, member, time);
            if (!e || !e->has_value()) return false;
            verdict = (*e)->isMember ? QStringLiteral("in") : QStringLiteral("out");
            return true;
        });
        out << "explain member " << member << " (" << verdict << "): " << explained << "\n";
    }
    return 0;
}

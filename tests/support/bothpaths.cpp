#include "bothpaths.h"

#include "definition/definitioncodec.h"
#include "engine/memberevaluator.h"
#include "engine/memberqueryrunner.h"
#include "engine/membersnapshotloader.h"
#include "engine/sqlcompiler.h"

#include <QSqlQuery>

#include <algorithm>

namespace segtest {

QByteArray definitionJson(const QString &conditions, const QString &extra)
{
    return QStringLiteral(R"({"segmentor": 1, "code": "t", "name": "Test" %1, "conditions": %2})")
        .arg(extra.isEmpty() ? QString() : QStringLiteral(", ") + extra, conditions)
        .toUtf8();
}

namespace {
QStringList sortedKeys(QList<seg::MemberKey> keys)
{
    std::sort(keys.begin(), keys.end());
    QStringList out;
    for (const seg::MemberKey &k : keys)
        out << k.toString();
    return out;
}
} // namespace

BothPaths evaluateBoth(const seg::StoreConnection &connection, const seg::StoreSchema &schema,
                       const QByteArray &json, const QList<seg::MemberKey> &universe,
                       const QDateTime &asOf, const seg::SegmentLookup *segments,
                       const QTimeZone &zone, bool rewind)
{
    BothPaths out;
    auto definition = seg::DefinitionCodec::fromJson(json);
    if (!definition) {
        out.error = definition.error().toString();
        return out;
    }
    const seg::DefinitionValidator validator(&schema, segments);
    if (auto st = validator.check(*definition); !st) {
        out.error = st.error().toString();
        return out;
    }
    const seg::TimeContext time(asOf, zone, rewind);
    const seg::SqlCompiler compiler(schema, time, segments);
    auto query = compiler.compileMembers(*definition);
    if (!query) {
        out.error = query.error().toString();
        return out;
    }
    auto members = seg::MemberQueryRunner::members(connection, *query);
    if (!members) {
        out.error = members.error().message;
        return out;
    }
    out.sql = sortedKeys(*members);

    const seg::MemberSnapshotLoader loader(connection, schema, time.rewindCutoff());
    seg::MemberEvaluator evaluator(&schema, time, segments);
    const seg::StoreRfmPopulation rfm(connection, schema, time.rewindCutoff());
    evaluator.setRfmPopulation(&rfm);
    QList<seg::MemberKey> in;
    for (const seg::MemberKey &key : universe) {
        auto snapshot = loader.load(key);
        if (!snapshot) {
            out.error = snapshot.error().message;
            return out;
        }
        auto matches = evaluator.matches(*definition, *snapshot);
        if (!matches) {
            out.error = matches.error().toString();
            return out;
        }
        if (*matches) in << key;
    }
    out.evaluated = sortedKeys(in);
    return out;
}

QList<seg::MemberKey> allMemberCandidates(const seg::StoreConnection &connection,
                                          const seg::StoreSchema &schema)
{
    QList<seg::MemberKey> out;
    QSqlQuery q(connection.database());
    q.exec(QStringLiteral("SELECT entity_id FROM %1")
               .arg(schema.table(QStringLiteral("customer_entity"))));
    while (q.next())
        out << seg::MemberKey::registered(q.value(0).toLongLong());
    QSet<QString> guests;
    q.exec(QStringLiteral("SELECT customer_email FROM %1 WHERE customer_id IS NULL")
               .arg(schema.table(QStringLiteral("sales_order"))));
    while (q.next())
        if (!q.value(0).toString().isEmpty()) guests.insert(seg::foldCase(q.value(0).toString()));
    for (const QString &g : guests)
        out << seg::MemberKey::guest(g);
    return out;
}

} // namespace segtest

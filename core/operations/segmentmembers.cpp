#include "operations/segmentmembers.h"

#include "members/memberpagequery.h"
#include "net/memberpages.h"
#include "session/storesession.h"

namespace seg {

QStringList memberProfileColumns()
{
    return {QStringLiteral("email"),    QStringLiteral("firstname"),
            QStringLiteral("lastname"), QStringLiteral("billing_country"),
            QStringLiteral("group"),    QStringLiteral("website")};
}

Result<SegmentMemberPage> readSegmentMemberPage(const StoreSession &session,
                                                const SegmentMemberPageArgs &args)
{
    const QStringList ids = args.columns.isEmpty() ? memberProfileColumns() : args.columns;
    Result<QList<ExportColumn>> selected = ExportColumns::select(ids);
    if (!selected) return selected.error();
    QList<ExportColumn> columns = *selected;
    // select() puts the member key first; a page's rows carry it already.
    if (!ids.contains(ExportColumns::memberId())) columns.removeFirst();

    Result<std::optional<SegmentRecord>> record = session.segments->find(args.code);
    if (!record) return record.error();
    if (!*record)
        return Error{{}, QStringLiteral("no segment \"%1\"").arg(args.code), ErrorCode::NotFound};

    SegmentMemberPage out;
    out.segment = **record;
    out.columns = columns;
    const MemberPages pages(*session.storage.connection, session.storage.tablePrefix);
    Result<MemberPage> page = pages.page(out.segment.id, args.after, args.limit);
    if (!page) return page.error();
    out.nextAfter = page->nextAfter;

    QList<MemberKey> keys;
    for (const MemberRow &row : page->rows)
        keys << row.key;
    Result<QHash<MemberKey, QVariantList>> values = memberColumnValues(session, keys, columns);
    if (!values) return values.error();
    for (const MemberRow &row : page->rows) {
        QVariantList v = values->value(row.key);
        while (v.size() < columns.size())
            v << QVariant(); // a member the store no longer has
        out.members << SegmentMemberEntry{row, v};
    }
    return out;
}

Result<SegmentMembership> lookupSegmentMember(const StoreSession &session, const QString &code,
                                              const QString &typed)
{
    Result<std::optional<SegmentRecord>> record = session.segments->find(code);
    if (!record) return record.error();
    if (!*record)
        return Error{{}, QStringLiteral("no segment \"%1\"").arg(code), ErrorCode::NotFound};
    SegmentMembership out;
    out.segment = **record;
    Result<ResolvedMemberKey> resolved = MemberKeyResolver(*session.connection, *session.schema)
                                             .resolve(typed, out.segment.definition);
    if (!resolved) return resolved.error();
    out.key = resolved->key.value_or(MemberKey::parse(typed));
    const MemberPages pages(*session.storage.connection, session.storage.tablePrefix);
    Result<std::optional<QDateTime>> since = pages.since(out.segment.id, out.key);
    if (!since) return since.error();
    out.since = *since;
    if (!resolved->resolved() && !out.since) {
        out.refusal = resolved->refusal;
        out.refusalMessage = resolved->message;
    }
    return out;
}

} // namespace seg

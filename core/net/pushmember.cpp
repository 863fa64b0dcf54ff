#include "net/pushmember.h"

#include "export/exportcolumns.h"
#include "export/memberexportquery.h"
#include "export/savedmembersource.h"

#include <QSqlError>
#include <QSqlQuery>

namespace seg {

Result<QList<PushMember>> PushMemberLoader::load(StoreSession &session, const QString &segmentCode,
                                                 qint64 *withoutEmail)
{
    Result<std::optional<SegmentRecord>> record = session.segments->find(segmentCode);
    if (!record) return record.error();
    if (!*record)
        return Error{{}, QStringLiteral("no segment \"%1\"").arg(segmentCode), ErrorCode::NotFound};
    Result<MemberSource> source =
        savedMembersSource(*session.connection, session.storage, (*record)->id);
    if (!source) return source.error();
    Result<QList<ExportColumn>> columns =
        ExportColumns::select({QStringLiteral("member"), QStringLiteral("email"),
                               QStringLiteral("firstname"), QStringLiteral("lastname")});
    if (!columns) return columns.error();
    Result<CompiledQuery> compiled = MemberExportQuery::build(*session.schema, *source, *columns);
    if (!compiled) return compiled.error();
    QSqlQuery q(session.connection->database());
    q.setForwardOnly(true);
    if (!q.prepare(compiled->sql))
        return Error{
            {},
            QStringLiteral("the store rejected the member query: %1").arg(q.lastError().text()),
            ErrorCode::Database};
    for (const QVariant &p : compiled->params)
        q.addBindValue(p);
    if (!q.exec())
        return Error{{},
                     QStringLiteral("the member query failed: %1").arg(q.lastError().text()),
                     ErrorCode::Database};
    auto text = [&](int column) {
        const QVariant v = exportValue(ExportColumnType::Text, q.value(column));
        return v.isNull() ? QString() : v.toString();
    };
    QList<PushMember> out;
    qint64 skipped = 0;
    while (q.next()) {
        PushMember m{text(0), text(1).trimmed(), text(2), text(3)};
        if (m.email.isEmpty() || !m.email.contains(QLatin1Char('@'))) {
            ++skipped;
            continue;
        }
        out << m;
    }
    if (withoutEmail) *withoutEmail = skipped;
    return out;
}

} // namespace seg

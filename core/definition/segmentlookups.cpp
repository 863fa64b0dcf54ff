#include "definition/segmentlookups.h"

#include "definition/definitioncodec.h"

#include <QSqlError>
#include <QSqlQuery>

namespace seg {

std::optional<SegmentDefinition> InMemorySegmentLookup::findSegment(const QString &code) const
{
    const auto it = m_segments.constFind(code);
    if (it == m_segments.constEnd())
        return std::nullopt;
    return *it;
}

Result<StoredSegmentLookup> StoredSegmentLookup::load(const QSqlDatabase &db, const QString &tablePrefix)
{
    StoredSegmentLookup lookup;
    const QString table = tablePrefix + QStringLiteral("segmentor_segment");
    if (!db.tables().contains(table, Qt::CaseInsensitive))
        return lookup;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT code, definition FROM %1").arg(table)))
        return Error{{}, QStringLiteral("cannot read saved segments: %1").arg(q.lastError().text())};
    while (q.next()) {
        Result<SegmentDefinition> d = DefinitionCodec::fromJson(q.value(1).toString().toUtf8());
        if (!d)
            return Error{{}, QStringLiteral("saved segment \"%1\" is invalid: %2").arg(q.value(0).toString(), d.error().toString())};
        lookup.m_loaded.add(*d);
    }
    return lookup;
}

std::optional<SegmentDefinition> StoredSegmentLookup::findSegment(const QString &code) const
{
    return m_loaded.findSegment(code);
}

} // namespace seg

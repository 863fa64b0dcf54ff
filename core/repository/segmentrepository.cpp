#include "repository/segmentrepository.h"

#include "definition/definitioncodec.h"
#include "definition/valueparsing.h"
#include "store/sqlrun.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace seg {

QString storageTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString historyEventLabel(const QString &event)
{
    static const QHash<QString, const char *> labels = {
        {"refresh_started", QT_TRANSLATE_NOOP("seg::History", "Refresh started")},
        {"refresh_finished", QT_TRANSLATE_NOOP("seg::History", "Refresh finished")},
        {"refresh_failed", QT_TRANSLATE_NOOP("seg::History", "Refresh failed")},
        {"refresh_cancelled", QT_TRANSLATE_NOOP("seg::History", "Refresh cancelled")},
        {"refresh_interrupted", QT_TRANSLATE_NOOP("seg::History", "Refresh interrupted")},
        {"customers_added", QT_TRANSLATE_NOOP("seg::History", "Customers added")},
        {"customers_removed", QT_TRANSLATE_NOOP("seg::History", "Customers removed")},
        {"group_changed", QT_TRANSLATE_NOOP("seg::History", "Customer group changed")},
        {"member_excluded", QT_TRANSLATE_NOOP("seg::History", "Customer excluded")},
        {"member_included", QT_TRANSLATE_NOOP("seg::History", "Customer included")},
        {"override_reset", QT_TRANSLATE_NOOP("seg::History", "Override reset")},
        {"refresh_skipped", QT_TRANSLATE_NOOP("seg::History", "Refresh skipped")},
        {"segment_frozen", QT_TRANSLATE_NOOP("seg::History", "Frozen as a static list")},
        {"segment_unfrozen", QT_TRANSLATE_NOOP("seg::History", "Unfrozen")}};
    const auto it = labels.constFind(event);
    return it == labels.constEnd() ? event
                                   : QCoreApplication::translate("seg::History", it.value());
}

namespace {

QDateTime readTime(const QVariant &v)
{
    return parseStoredTimestamp(v).value_or(QDateTime());
}

SegmentRecord readRecord(const QSqlQuery &q)
{
    SegmentRecord r;
    r.id = q.value(0).toLongLong();
    Result<SegmentDefinition> d = DefinitionCodec::fromJson(q.value(1).toString().toUtf8());
    if (d) r.definition = *d;
    r.createdAt = readTime(q.value(2));
    r.updatedAt = readTime(q.value(3));
    if (!q.value(4).isNull()) r.lastRefreshAt = readTime(q.value(4));
    r.refreshStatus = q.value(5).toString();
    r.refreshError = q.value(6).toString();
    r.memberCount = q.value(7).toLongLong();
    return r;
}

const char *kRecordColumns = "segment_id, definition, created_at, updated_at, last_refresh_at, "
                             "refresh_status, refresh_error, member_count";

QVariant customerIdOf(const MemberKey &k)
{
    return k.isGuest() ? QVariant(QMetaType::fromType<qint64>())
                       : QVariant::fromValue(k.customerId);
}

QVariant guestEmailOf(const MemberKey &k)
{
    return k.isGuest() ? QVariant(k.guestEmail) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

SegmentRepository::SegmentRepository(const StoreConnection &connection, QString tablePrefix)
    : m_connection(connection), m_prefix(std::move(tablePrefix))
{
}

Result<QList<SegmentRecord>> SegmentRepository::list() const
{
    auto q = runSql(m_connection.database(),
                    QStringLiteral("SELECT %1 FROM %2 ORDER BY code")
                        .arg(QString::fromLatin1(kRecordColumns), table("segmentor_segment")),
                    {}, QStringLiteral("cannot list segments"));
    if (!q) return q.error();
    QList<SegmentRecord> out;
    while (q.value().next())
        out << readRecord(q.value());
    return out;
}

Result<std::optional<SegmentRecord>> SegmentRepository::find(const QString &code) const
{
    auto q = runSql(m_connection.database(),
                    QStringLiteral("SELECT %1 FROM %2 WHERE code = ?")
                        .arg(QString::fromLatin1(kRecordColumns), table("segmentor_segment")),
                    {code}, QStringLiteral("cannot read segment %1").arg(code));
    if (!q) return q.error();
    if (!q.value().next()) return std::optional<SegmentRecord>();
    return std::optional<SegmentRecord>(readRecord(q.value()));
}

std::optional<SegmentDefinition> SegmentRepository::findSegment(const QString &code) const
{
    Result<std::optional<SegmentRecord>> r = find(code);
    if (!r || !*r) return std::nullopt;
    return (*r)->definition;
}

std::optional<QString> SegmentRepository::storedMembersPrefix() const
{
    return m_readableFromStore ? std::optional<QString>(m_prefix) : std::nullopt;
}

Result<bool> SegmentRepository::holdsStoredMember(const QString &code,
                                                  const QString &memberKey) const
{
    Result<qint64> id = segmentId(code);
    if (!id) return id.error();
    // A manual override decides first, as the next refresh would: include in, exclude out.
    auto o = runSql(m_connection.database(),
                    QStringLiteral("SELECT kind FROM %1 WHERE segment_id = ? AND member_key = ?")
                        .arg(table("segmentor_override")),
                    {*id, memberKey}, QStringLiteral("cannot read overrides of %1").arg(code));
    if (!o) return o.error();
    if (o.value().next()) return o.value().value(0).toString() == QLatin1String("include");
    auto m = runSql(m_connection.database(),
                    QStringLiteral("SELECT 1 FROM %1 WHERE segment_id = ? AND member_key = ?")
                        .arg(table("segmentor_member")),
                    {*id, memberKey}, QStringLiteral("cannot read the members of %1").arg(code));
    if (!m) return m.error();
    return m.value().next();
}

Result<qint64> SegmentRepository::segmentId(const QString &code) const
{
    auto q = runSql(
        m_connection.database(),
        QStringLiteral("SELECT segment_id FROM %1 WHERE code = ?").arg(table("segmentor_segment")),
        {code}, QStringLiteral("cannot read segment %1").arg(code));
    if (!q) return q.error();
    if (!q.value().next())
        return Error{{}, QStringLiteral("no segment \"%1\"").arg(code), ErrorCode::NotFound};
    return q.value().value(0).toLongLong();
}

Result<SegmentRecord> SegmentRepository::save(const SegmentDefinition &d, const QDateTime &now)
{
    QStringList websites;
    for (int w : d.websites)
        websites << QString::number(w);
    const QVariant group = d.moveToGroup ? QVariant::fromValue(qint64(*d.moveToGroup))
                                         : QVariant(QMetaType::fromType<qint64>());
    const QString json = QString::fromUtf8(DefinitionCodec::toJson(d));
    const QString ts = storageTimestamp(now);
    const QString websiteList =
        websites.isEmpty() ? QStringLiteral("") : websites.join(QLatin1Char(','));
    const QVariantList values = {d.name,           d.description, json,
                                 d.active ? 1 : 0, websiteList,   applyToName(d.applyTo),
                                 d.refresh,        d.priority,    group};
    Result<std::optional<SegmentRecord>> existing = find(d.code);
    if (!existing) return existing.error();
    if (*existing) {
        auto q = runSql(m_connection.database(),
                        QStringLiteral("UPDATE %1 SET name = ?, description = ?, definition = ?, "
                                       "is_active = ?, websites = ?, apply_to = ?, "
                                       "refresh_mode = ?, priority = ?, move_to_group = ?, "
                                       "updated_at = ? WHERE segment_id = ?")
                            .arg(table("segmentor_segment")),
                        values + QVariantList{ts, (*existing)->id},
                        QStringLiteral("cannot update segment %1").arg(d.code));
        if (!q) return q.error();
    } else {
        auto q =
            runSql(m_connection.database(),
                   QStringLiteral(
                       "INSERT INTO %1 (name, description, definition, is_active, websites, "
                       "apply_to, refresh_mode, priority, "
                       "move_to_group, created_at, updated_at, code, refresh_status, member_count) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0)")
                       .arg(table("segmentor_segment")),
                   values + QVariantList{ts, ts, d.code},
                   QStringLiteral("cannot create segment %1").arg(d.code));
        if (!q) return q.error();
    }
    Result<std::optional<SegmentRecord>> saved = find(d.code);
    if (!saved) return saved.error();
    return **saved;
}

Status SegmentRepository::remove(const QString &code)
{
    Result<qint64> id = segmentId(code);
    if (!id) return id.error();
    QSqlDatabase db = m_connection.database();
    db.transaction();
    for (const char *t :
         {"segmentor_member", "segmentor_override", "segmentor_history", "segmentor_journal",
          "segmentor_snapshot", "segmentor_refresh", "segmentor_segment"}) {
        auto q = runSql(db, QStringLiteral("DELETE FROM %1 WHERE segment_id = ?").arg(table(t)),
                        {*id}, QStringLiteral("cannot delete segment %1").arg(code));
        if (!q) {
            db.rollback();
            return q.error();
        }
    }
    if (!db.commit()) return Error{{}, db.lastError().text(), ErrorCode::Database};
    return success();
}

Result<QList<MemberRow>> SegmentRepository::members(const QString &code) const
{
    Result<qint64> id = segmentId(code);
    if (!id) return id.error();
    auto q =
        runSql(m_connection.database(),
               QStringLiteral("SELECT customer_id, guest_email, since FROM %1 WHERE segment_id = ?")
                   .arg(table("segmentor_member")),
               {*id}, QStringLiteral("cannot read the members of %1").arg(code));
    if (!q) return q.error();
    QList<MemberRow> out;
    while (q.value().next())
        out << MemberRow{MemberKey::fromColumns(q.value().value(0), q.value().value(1)),
                         readTime(q.value().value(2))};
    std::sort(out.begin(), out.end(),
              [](const MemberRow &a, const MemberRow &b) { return a.key < b.key; });
    return out;
}

Status SegmentRepository::setOverride(const QString &code, const QList<MemberKey> &members,
                                      OverrideKind kind, const QString &reason,
                                      const QDateTime &now)
{
    Result<qint64> id = segmentId(code);
    if (!id) return id.error();
    const QString kindText =
        kind == OverrideKind::Exclude ? QStringLiteral("exclude") : QStringLiteral("include");
    // A frozen segment is never recomputed: its stored list is edited here, not at a refresh.
    const std::optional<SegmentDefinition> definition = findSegment(code);
    const bool isStatic = definition && definition->refresh == QLatin1String("static");
    QSqlDatabase db = m_connection.database();
    db.transaction();
    for (const MemberKey &m : members) {
        auto del = runSql(db,
                          QStringLiteral("DELETE FROM %1 WHERE segment_id = ? AND member_key = ?")
                              .arg(table("segmentor_override")),
                          {*id, m.toString()}, QStringLiteral("cannot set an override"));
        auto ins =
            del ? runSql(db,
                         QStringLiteral("INSERT INTO %1 (segment_id, member_key, customer_id, "
                                        "guest_email, kind, reason, created_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)")
                             .arg(table("segmentor_override")),
                         {*id, m.toString(), customerIdOf(m), guestEmailOf(m), kindText,
                          reason.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(reason),
                          storageTimestamp(now)},
                         QStringLiteral("cannot set an override"))
                : Result<QSqlQuery>(del.error());
        if (!ins) {
            db.rollback();
            return ins.error();
        }
        if (isStatic) {
            if (auto st = editStoredMembers(*id, m, kind, now); !st) {
                db.rollback();
                return st;
            }
        }
        const QString message =
            reason.isEmpty() ? m.toString() : QStringLiteral("%1: %2").arg(m.toString(), reason);
        if (auto st =
                addHistory(*id,
                           kind == OverrideKind::Exclude ? QStringLiteral("member_excluded")
                                                         : QStringLiteral("member_included"),
                           QStringLiteral("manual"), std::nullopt, message, std::nullopt, now);
            !st) {
            db.rollback();
            return st;
        }
    }
    if (isStatic)
        if (auto st = updateMemberCount(*id); !st) {
            db.rollback();
            return st;
        }
    if (!db.commit()) return Error{{}, db.lastError().text(), ErrorCode::Database};
    return success();
}

Status SegmentRepository::editStoredMembers(qint64 segmentId, const MemberKey &m, OverrideKind kind,
                                            const QDateTime &now)
{
    QSqlDatabase db = m_connection.database();
    const QString members = table("segmentor_member");
    if (kind == OverrideKind::Exclude) {
        auto del = runSql(
            db,
            QStringLiteral("DELETE FROM %1 WHERE segment_id = ? AND member_key = ?").arg(members),
            {segmentId, m.toString()}, QStringLiteral("cannot edit the members"));
        return del ? success() : Status(del.error());
    }
    auto held = runSql(
        db, QStringLiteral("SELECT 1 FROM %1 WHERE segment_id = ? AND member_key = ?").arg(members),
        {segmentId, m.toString()}, QStringLiteral("cannot edit the members"));
    if (!held) return held.error();
    if (held.value().next()) return success();
    auto ins =
        runSql(db,
               QStringLiteral("INSERT INTO %1 (segment_id, member_key, customer_id, "
                              "guest_email, since) VALUES (?, ?, ?, ?, ?)")
                   .arg(members),
               {segmentId, m.toString(), customerIdOf(m), guestEmailOf(m), storageTimestamp(now)},
               QStringLiteral("cannot edit the members"));
    return ins ? success() : Status(ins.error());
}

Status SegmentRepository::updateMemberCount(qint64 segmentId)
{
    auto q = runSql(m_connection.database(),
                    QStringLiteral("UPDATE %1 SET member_count = (SELECT COUNT(*) FROM %2 WHERE "
                                   "segment_id = ?) WHERE segment_id = ?")
                        .arg(table("segmentor_segment"), table("segmentor_member")),
                    {segmentId, segmentId}, QStringLiteral("cannot count the members"));
    return q ? success() : Status(q.error());
}

Result<qint64> SegmentRepository::freezeStoredMembers(const QString &code, const QDateTime &now)
{
    Result<qint64> id = segmentId(code);
    if (!id) return id.error();
    Result<QList<OverrideEntry>> pending = overrides(code);
    if (!pending) return pending.error();
    QSqlDatabase db = m_connection.database();
    db.transaction();
    // The list as the marketer sees it: the overrides set since the last refresh applied.
    for (const OverrideEntry &o : *pending)
        if (auto st = editStoredMembers(*id, o.key, o.kind, now); !st) {
            db.rollback();
            return st.error();
        }
    if (auto st = updateMemberCount(*id); !st) {
        db.rollback();
        return st.error();
    }
    auto count = runSql(db,
                        QStringLiteral("SELECT member_count FROM %1 WHERE segment_id = ?")
                            .arg(table("segmentor_segment")),
                        {*id}, QStringLiteral("cannot count the members"));
    if (!count || !count.value().next()) {
        db.rollback();
        return count ? Error{{}, QStringLiteral("cannot count the members"), ErrorCode::Database}
                     : count.error();
    }
    const qint64 members = count.value().value(0).toLongLong();
    if (auto st =
            addHistory(*id, QStringLiteral("segment_frozen"), QStringLiteral("manual"), members,
                       QStringLiteral("frozen as a static list of %1 members").arg(members),
                       std::nullopt, now);
        !st) {
        db.rollback();
        return st.error();
    }
    if (!db.commit()) return Error{{}, db.lastError().text(), ErrorCode::Database};
    return members;
}

Status SegmentRepository::resetOverride(const QString &code, const QList<MemberKey> &members,
                                        const QString &reason, const QDateTime &now)
{
    Result<qint64> id = segmentId(code);
    if (!id) return id.error();
    QSqlDatabase db = m_connection.database();
    db.transaction();
    for (const MemberKey &m : members) {
        auto del = runSql(db,
                          QStringLiteral("DELETE FROM %1 WHERE segment_id = ? AND member_key = ?")
                              .arg(table("segmentor_override")),
                          {*id, m.toString()}, QStringLiteral("cannot reset an override"));
        if (!del) {
            db.rollback();
            return del.error();
        }
        if (del.value().numRowsAffected() > 0)
            if (auto st = addHistory(
                    *id, QStringLiteral("override_reset"), QStringLiteral("manual"), std::nullopt,
                    reason.isEmpty() ? m.toString()
                                     : QStringLiteral("%1: %2").arg(m.toString(), reason),
                    std::nullopt, now);
                !st) {
                db.rollback();
                return st;
            }
    }
    if (!db.commit()) return Error{{}, db.lastError().text(), ErrorCode::Database};
    return success();
}

Result<QList<OverrideEntry>> SegmentRepository::overrides(const QString &code) const
{
    Result<qint64> id = segmentId(code);
    if (!id) return id.error();
    auto q = runSql(m_connection.database(),
                    QStringLiteral("SELECT customer_id, guest_email, kind, reason, created_at FROM "
                                   "%1 WHERE segment_id = ?")
                        .arg(table("segmentor_override")),
                    {*id}, QStringLiteral("cannot read overrides of %1").arg(code));
    if (!q) return q.error();
    QList<OverrideEntry> out;
    while (q.value().next()) {
        OverrideEntry e;
        e.key = MemberKey::fromColumns(q.value().value(0), q.value().value(1));
        e.kind = q.value().value(2).toString() == QLatin1String("include") ? OverrideKind::Include
                                                                           : OverrideKind::Exclude;
        e.reason = q.value().value(3).toString();
        e.at = readTime(q.value().value(4));
        out << e;
    }
    return out;
}

Status SegmentRepository::addHistory(qint64 segmentId, const QString &event, const QString &trigger,
                                     std::optional<qint64> amount, const QString &message,
                                     std::optional<qint64> refreshId, const QDateTime &now) const
{
    auto q = runSql(
        m_connection.database(),
        QStringLiteral("INSERT INTO %1 (segment_id, refresh_id, created_at, event, trigger_kind, "
                       "amount, message) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .arg(table("segmentor_history")),
        {segmentId,
         refreshId ? QVariant::fromValue(*refreshId) : QVariant(QMetaType::fromType<qint64>()),
         storageTimestamp(now), event, trigger,
         amount ? QVariant::fromValue(*amount) : QVariant(QMetaType::fromType<qint64>()),
         message.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(message)},
        QStringLiteral("cannot write history"));
    if (!q) return q.error();
    return success();
}

Result<QList<HistoryEntry>> SegmentRepository::history(const QString &code, int limit) const
{
    Result<qint64> id = segmentId(code);
    if (!id) return id.error();
    auto q = runSql(m_connection.database(),
                    QStringLiteral("SELECT created_at, event, trigger_kind, amount, message, "
                                   "refresh_id FROM %1 WHERE segment_id = ? "
                                   "ORDER BY created_at DESC, history_id DESC LIMIT %2")
                        .arg(table("segmentor_history"))
                        .arg(std::max(1, limit)),
                    {*id}, QStringLiteral("cannot read the history of %1").arg(code));
    if (!q) return q.error();
    QList<HistoryEntry> out;
    while (q.value().next()) {
        HistoryEntry e;
        e.at = readTime(q.value().value(0));
        e.event = q.value().value(1).toString();
        e.trigger = q.value().value(2).toString();
        if (!q.value().value(3).isNull()) e.amount = q.value().value(3).toLongLong();
        e.message = q.value().value(4).toString();
        if (!q.value().value(5).isNull()) e.refreshId = q.value().value(5).toLongLong();
        out << e;
    }
    return out;
}

Result<qint64> SegmentRepository::purgeHistory(int days, const QDateTime &now)
{
    const QString cutoff = storageTimestamp(now.addDays(-days));
    qint64 removed = 0;
    for (const auto &[t, column] : {std::pair{"segmentor_history", "created_at"},
                                    std::pair{"segmentor_journal", "created_at"},
                                    std::pair{"segmentor_refresh", "started_at"}}) {
        auto q = runSql(m_connection.database(),
                        QStringLiteral("DELETE FROM %1 WHERE %2 < ?")
                            .arg(table(t), QString::fromLatin1(column)),
                        {cutoff}, QStringLiteral("cannot purge history"));
        if (!q) return q.error();
        removed += std::max(0, q.value().numRowsAffected());
    }
    return removed;
}

} // namespace seg

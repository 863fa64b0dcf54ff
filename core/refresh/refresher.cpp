#include "refresh/refresher.h"

#include "definition/definitionvalidator.h"
#include "engine/sqlcompiler.h"
#include "facts/memberfactsuse.h"
#include "refresh/refreshlock.h"
#include "store/sqlrun.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace seg {

struct Refresher::Run
{
    SegmentRecord record;
    RefreshOptions options;
    QDateTime now;
    QString nowText;
    QString trigger;
    qint64 stageId = 0; // the refresh id, or a negative one for a dry run
    QElapsedTimer timer;
    std::optional<FactsSource> facts; // order facts brought up to date before the transaction
};

Refresher::Refresher(const StoreConnection &store, const StoreSchema &schema,
                     SegmentRepository &repository)
    : m_store(store), m_schema(schema), m_repository(repository)
{
}

Result<QSqlQuery> Refresher::execOn(const StoreConnection &connection, const QString &sql,
                                    const QVariantList &params, const QString &doing) const
{
    return runSql(connection.database(), sql, params, doing);
}

Result<QSqlQuery> Refresher::exec(const QString &sql, const QVariantList &params,
                                  const QString &doing) const
{
    return execOn(m_repository.connection(), sql, params, doing);
}

bool Refresher::report(const Run &run, const QString &step, int percent) const
{
    const bool goOn = !run.options.progress || run.options.progress(RefreshProgress{step, percent});
    if (run.options.stepObserver) run.options.stepObserver(step);
    return goOn;
}

Result<RefreshResult> Refresher::refresh(const QString &code, const RefreshOptions &options)
{
    Run run;
    run.options = options;
    run.timer.start();
    run.now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    run.nowText = storageTimestamp(run.now);
    run.trigger = options.trigger == RefreshTrigger::Scheduled ? QStringLiteral("scheduled")
                                                               : QStringLiteral("manual");

    Result<std::optional<SegmentRecord>> found = m_repository.find(code);
    if (!found) return found.error();
    if (!*found)
        return Error{{}, QStringLiteral("no segment \"%1\"").arg(code), ErrorCode::NotFound};
    run.record = **found;
    if (run.record.definition.refresh == QLatin1String("static")) {
        // Frozen: the stored list is the segment. Said in the history, never recomputed.
        RefreshResult skipped;
        skipped.memberCount = run.record.memberCount;
        skipped.skipped = QStringLiteral("frozen as a static list: its members are not "
                                         "recomputed (unfreeze it to refresh it again)");
        if (!options.dryRun)
            if (auto st = m_repository.addHistory(run.record.id, QStringLiteral("refresh_skipped"),
                                                  run.trigger, std::nullopt, skipped.skipped,
                                                  std::nullopt, run.now);
                !st)
                return st.error();
        return skipped;
    }
    if (auto st = DefinitionValidator(&m_schema, &m_repository).check(run.record.definition); !st)
        return Error{
            {},
            QStringLiteral("segment \"%1\" is invalid: %2").arg(code, st.error().toString()),
            ErrorCode::InvalidDefinition};

    Result<std::unique_ptr<RefreshLock>> lock =
        RefreshLock::acquire(m_repository.connection(), m_repository.table(""), code);
    if (!lock) return lock.error();

    RefreshResult result;
    const qint64 segmentId = run.record.id;
    // Under the lock, "processing" can only be left over by a refresh that died.
    result.previousWasInterrupted = run.record.refreshStatus == QLatin1String("processing");
    if (options.dryRun) {
        run.stageId = -(run.now.toMSecsSinceEpoch() % 1000000000) - 1;
    } else {
        if (result.previousWasInterrupted) {
            // The dead session's rollback may still be finishing on the server: retry briefly.
            Status noted = Error{};
            for (int attempt = 0; attempt < 10 && !noted; ++attempt) {
                if (attempt > 0) QThread::msleep(200);
                auto closed =
                    exec(QStringLiteral("UPDATE %1 SET status = 'interrupted', finished_at = ? "
                                        "WHERE segment_id = ? AND status = 'running'")
                             .arg(t("segmentor_refresh")),
                         {run.nowText, segmentId},
                         QStringLiteral("cannot close the interrupted refresh"));
                noted = closed ? m_repository.addHistory(
                                     segmentId, QStringLiteral("refresh_interrupted"), run.trigger,
                                     std::nullopt,
                                     QStringLiteral("the previous refresh stopped before it "
                                                    "finished; its changes were not applied"),
                                     std::nullopt, run.now)
                               : Status(closed.error());
            }
            if (!noted) return noted.error();
        }
        auto inserted = exec(QStringLiteral("INSERT INTO %1 (segment_id, trigger_kind, started_at, "
                                            "status) VALUES (?, ?, ?, 'running')")
                                 .arg(t("segmentor_refresh")),
                             {segmentId, run.trigger, run.nowText},
                             QStringLiteral("cannot record the refresh"));
        if (!inserted) return inserted.error();
        auto id = exec(QStringLiteral("SELECT MAX(refresh_id) FROM %1 WHERE segment_id = ?")
                           .arg(t("segmentor_refresh")),
                       {segmentId}, QStringLiteral("cannot record the refresh"));
        if (!id || !id.value().next())
            return Error{{}, QStringLiteral("cannot record the refresh"), ErrorCode::Database};
        run.stageId = id.value().value(0).toLongLong();
        result.refreshId = run.stageId;
        if (auto st = m_repository.addHistory(segmentId, QStringLiteral("refresh_started"),
                                              run.trigger, std::nullopt, {}, run.stageId, run.now);
            !st)
            return st.error();
        auto status = exec(QStringLiteral("UPDATE %1 SET refresh_status = 'processing', "
                                          "refresh_error = NULL WHERE segment_id = ?")
                               .arg(t("segmentor_segment")),
                           {segmentId}, QStringLiteral("cannot mark the segment as processing"));
        if (!status) return status.error();
    }

    QSqlDatabase db = m_repository.connection().database();
    bool cancelled = false;
    auto step = [&](const QString &name, int percent) {
        if (!report(run, name, percent)) cancelled = true;
        return !cancelled;
    };
    Status outcome = success();
    // Order facts (issue #14): brought up to date in their own transaction, before this one.
    {
        const TimeContext probeTime;
        SqlCompiler probe(m_schema, probeTime, &m_repository);
        run.facts =
            useMemberFacts(probe, run.record.definition, m_store, m_schema, inWorkspace()).source;
    }
    if (!db.transaction()) {
        outcome = Error{
            {},
            QStringLiteral("cannot start the refresh transaction: %1").arg(db.lastError().text()),
            ErrorCode::Database};
    } else if (step(QStringLiteral("computing members"), 5) && (outcome = materialize(run)) &&
               step(QStringLiteral("materialized"), 55) && (outcome = applyOverrides(run))) {
        if (options.dryRun) {
            outcome = diffAndApply(run, result);
            db.rollback(); // a dry run changes nothing
            if (outcome) result.seconds = run.timer.elapsed() / 1000.0;
            return outcome ? Result<RefreshResult>(result) : Result<RefreshResult>(outcome.error());
        }
        if (step(QStringLiteral("applying changes"), 65) && (outcome = diffAndApply(run, result)) &&
            step(QStringLiteral("applied"), 85) && (outcome = moveToGroup(run, result)) &&
            step(QStringLiteral("finishing"), 92) && (outcome = finish(run, result)) &&
            step(QStringLiteral("committing"), 98)) {
            if (!db.commit())
                outcome = Error{
                    {},
                    QStringLiteral("cannot commit the refresh: %1").arg(db.lastError().text()),
                    ErrorCode::Database};
        }
    }
    if (outcome && !cancelled) {
        report(run, QStringLiteral("done"), 100);
        return result;
    }
    db.rollback();
    if (options.dryRun)
        return cancelled ? Error{{}, QStringLiteral("cancelled"), ErrorCode::Cancelled}
                         : outcome.error();

    // The membership is as it was; say what happened.
    const QString previous = run.record.refreshStatus == QLatin1String("processing")
                                 ? QStringLiteral("pending")
                                 : run.record.refreshStatus;
    if (cancelled) {
        (void)exec(QStringLiteral("UPDATE %1 SET refresh_status = ? WHERE segment_id = ?")
                       .arg(t("segmentor_segment")),
                   {previous, segmentId}, {});
        (void)exec(QStringLiteral(
                       "UPDATE %1 SET status = 'cancelled', finished_at = ? WHERE refresh_id = ?")
                       .arg(t("segmentor_refresh")),
                   {run.nowText, run.stageId}, {});
        (void)m_repository.addHistory(segmentId, QStringLiteral("refresh_cancelled"), run.trigger,
                                      std::nullopt, {}, run.stageId,
                                      QDateTime::currentDateTimeUtc());
        return Error{{}, QStringLiteral("cancelled"), ErrorCode::Cancelled};
    }
    const QString message = outcome.error().message;
    (void)exec(QStringLiteral(
                   "UPDATE %1 SET refresh_status = 'error', refresh_error = ? WHERE segment_id = ?")
                   .arg(t("segmentor_segment")),
               {message, segmentId}, {});
    (void)exec(
        QStringLiteral(
            "UPDATE %1 SET status = 'error', error = ?, finished_at = ? WHERE refresh_id = ?")
            .arg(t("segmentor_refresh")),
        {message, storageTimestamp(QDateTime::currentDateTimeUtc()), run.stageId}, {});
    (void)m_repository.addHistory(segmentId, QStringLiteral("refresh_failed"), run.trigger,
                                  std::nullopt, message, run.stageId,
                                  QDateTime::currentDateTimeUtc());
    return outcome.error();
}

Status Refresher::materialize(Run &run)
{
    const TimeContext time(run.options.asOf.isValid() ? run.options.asOf : run.now,
                           m_store.settings().storeTimeZone.isEmpty()
                               ? QTimeZone::utc()
                               : QTimeZone(m_store.settings().storeTimeZone.toUtf8()));
    SqlCompiler compiler(m_schema, time, &m_repository);
    compiler.setFacts(run.facts); // else sales_order is read directly
    Result<SqlCompiler::Parts> parts = compiler.compileParts(run.record.definition);
    if (!parts) return parts.error();
    if (inWorkspace()) return materializeAcross(run, parts->with, parts->body);
    // Member keys as text: the customer id, or the guest's folded email (bytes on MySQL).
    const bool mysql = m_store.dialect() == Dialect::MySql;
    const QString guest = mysql ? QStringLiteral("CONVERT(m.guest_key USING utf8mb4)")
                                : QStringLiteral("m.guest_key");
    const QString id = mysql ? QStringLiteral("CAST(m.customer_id AS CHAR)")
                             : QStringLiteral("CAST(m.customer_id AS TEXT)");
    const SqlText sql =
        SqlText(QStringLiteral("INSERT INTO %1 (refresh_id, member_key, customer_id, guest_email) ")
                    .arg(t("segmentor_stage"))) +
        parts->with +
        SqlText(
            QStringLiteral("SELECT ?, COALESCE(%1, %2), m.customer_id, %2 FROM (").arg(id, guest),
            {run.stageId}) +
        parts->body + SqlText(QStringLiteral(") m"));
    auto q = exec(sql.sql, sql.params, QStringLiteral("computing the members failed"));
    if (!q) return q.error();
    return success();
}

Status Refresher::materializeAcross(Run &run, const SqlText &with, const SqlText &body)
{
    // The store is only read: its member query streams into the workspace's staging table.
    const SqlText query = with + body;
    auto members =
        execOn(m_store, query.sql, query.params, QStringLiteral("computing the members failed"));
    if (!members) return members.error();
    constexpr int kRowsPerInsert = 200;
    QVariantList batch;
    int rows = 0;
    auto flush = [&]() -> Status {
        if (rows == 0) return success();
        QStringList marks;
        for (int i = 0; i < rows; ++i)
            marks << QStringLiteral("(?, ?, ?, ?)");
        auto inserted =
            exec(QStringLiteral(
                     "INSERT INTO %1 (refresh_id, member_key, customer_id, guest_email) VALUES %2")
                     .arg(t("segmentor_stage"), marks.join(QStringLiteral(", "))),
                 batch, QStringLiteral("staging the members failed"));
        batch.clear();
        rows = 0;
        return inserted ? success() : Status(inserted.error());
    };
    while (members.value().next()) {
        const MemberKey key =
            MemberKey::fromColumns(members.value().value(0), members.value().value(1));
        batch << run.stageId << key.toString()
              << (key.isGuest() ? QVariant(QMetaType::fromType<qint64>())
                                : QVariant::fromValue(key.customerId))
              << (key.isGuest() ? QVariant(key.guestEmail)
                                : QVariant(QMetaType::fromType<QString>()));
        if (++rows == kRowsPerInsert)
            if (auto st = flush(); !st) return st;
    }
    return flush();
}

Status Refresher::applyOverrides(Run &run)
{
    const qint64 segmentId = run.record.id;
    // An excluded member is never in, an included one always is.
    auto excluded =
        exec(QStringLiteral("DELETE FROM %1 WHERE refresh_id = ? AND member_key IN (SELECT "
                            "member_key FROM %2 WHERE segment_id = ? AND kind = 'exclude')")
                 .arg(t("segmentor_stage"), t("segmentor_override")),
             {run.stageId, segmentId}, QStringLiteral("applying exclusions failed"));
    if (!excluded) return excluded.error();
    auto included =
        exec(QStringLiteral(
                 "INSERT INTO %1 (refresh_id, member_key, customer_id, guest_email) SELECT ?, "
                 "o.member_key, o.customer_id, o.guest_email "
                 "FROM %2 o WHERE o.segment_id = ? AND o.kind = 'include' AND NOT EXISTS "
                 "(SELECT 1 FROM %1 s WHERE s.refresh_id = ? AND s.member_key = o.member_key)")
                 .arg(t("segmentor_stage"), t("segmentor_override")),
             {run.stageId, segmentId, run.stageId}, QStringLiteral("applying inclusions failed"));
    if (!included) return included.error();
    return success();
}

Status Refresher::diffAndApply(Run &run, RefreshResult &result)
{
    const qint64 segmentId = run.record.id;
    const QString stage = t("segmentor_stage"), member = t("segmentor_member"),
                  journal = t("segmentor_journal");
    const QString joinersWhere =
        QStringLiteral("s.refresh_id = ? AND NOT EXISTS (SELECT 1 FROM %1 m WHERE m.segment_id = ? "
                       "AND m.member_key = s.member_key)")
            .arg(member);
    const QString leaversWhere =
        QStringLiteral("m.segment_id = ? AND NOT EXISTS (SELECT 1 FROM %1 s WHERE s.refresh_id = ? "
                       "AND s.member_key = m.member_key)")
            .arg(stage);

    if (run.options.dryRun) {
        auto entering =
            exec(QStringLiteral("SELECT s.customer_id, s.guest_email FROM %1 s WHERE %2")
                     .arg(stage, joinersWhere),
                 {run.stageId, segmentId}, QStringLiteral("listing who would enter failed"));
        if (!entering) return entering.error();
        while (entering.value().next())
            result.entering << MemberKey::fromColumns(entering.value().value(0),
                                                      entering.value().value(1));
        auto leaving =
            exec(QStringLiteral("SELECT m.customer_id, m.guest_email FROM %1 m WHERE %2")
                     .arg(member, leaversWhere),
                 {segmentId, run.stageId}, QStringLiteral("listing who would leave failed"));
        if (!leaving) return leaving.error();
        while (leaving.value().next())
            result.leaving << MemberKey::fromColumns(leaving.value().value(0),
                                                     leaving.value().value(1));
        std::sort(result.entering.begin(), result.entering.end());
        std::sort(result.leaving.begin(), result.leaving.end());
        result.added = result.entering.size();
        result.removed = result.leaving.size();
        auto total = exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE refresh_id = ?").arg(stage),
                          {run.stageId}, QStringLiteral("counting failed"));
        if (total && total.value().next()) result.memberCount = total.value().value(0).toLongLong();
        return success();
    }

    // The journal first: it is the diff, and the counts come from it.
    auto entered = exec(
        QStringLiteral("INSERT INTO %1 (segment_id, refresh_id, member_key, change_kind, "
                       "created_at) SELECT ?, ?, s.member_key, 'entered', ? FROM %2 s WHERE %3")
            .arg(journal, stage, joinersWhere),
        {segmentId, run.stageId, run.nowText, run.stageId, segmentId},
        QStringLiteral("journaling who entered failed"));
    if (!entered) return entered.error();
    auto left =
        exec(QStringLiteral("INSERT INTO %1 (segment_id, refresh_id, member_key, change_kind, "
                            "created_at) SELECT ?, ?, m.member_key, 'left', ? FROM %2 m WHERE %3")
                 .arg(journal, member, leaversWhere),
             {segmentId, run.stageId, run.nowText, segmentId, run.stageId},
             QStringLiteral("journaling who left failed"));
    if (!left) return left.error();
    auto counts =
        exec(QStringLiteral(
                 "SELECT change_kind, COUNT(*) FROM %1 WHERE refresh_id = ? GROUP BY change_kind")
                 .arg(journal),
             {run.stageId}, QStringLiteral("counting the changes failed"));
    if (!counts) return counts.error();
    while (counts.value().next())
        (counts.value().value(0).toString() == QLatin1String("entered") ? result.added
                                                                        : result.removed) =
            counts.value().value(1).toLongLong();

    auto removed =
        exec(QStringLiteral("DELETE FROM %1 WHERE segment_id = ? AND NOT EXISTS (SELECT 1 FROM %2 "
                            "s WHERE s.refresh_id = ? AND s.member_key = %1.member_key)")
                 .arg(member, stage),
             {segmentId, run.stageId}, QStringLiteral("removing leavers failed"));
    if (!removed) return removed.error();
    auto added = exec(
        QStringLiteral("INSERT INTO %1 (segment_id, member_key, customer_id, guest_email, since) "
                       "SELECT ?, s.member_key, s.customer_id, s.guest_email, ? "
                       "FROM %2 s WHERE %3")
            .arg(member, stage, joinersWhere),
        {segmentId, run.nowText, run.stageId, segmentId}, QStringLiteral("adding joiners failed"));
    if (!added) return added.error();
    return success();
}

Status Refresher::moveToGroup(Run &run, RefreshResult &result)
{
    const SegmentDefinition &d = run.record.definition;
    if (inWorkspace())
        return success(); // Magento's tables are read-only here; finish() says so in the history
    if (d.restoreGroupOnExit)
        if (Status st = restoreGroups(run, result); !st) return st;
    if (!d.moveToGroup) return success();
    // New registered members move to the group, unless another segment that also moves
    // customers holds them with a lower priority value (ties: the older segment).
    const QString customers = m_schema.table(QStringLiteral("customer_entity"));
    const QString moves = t("segmentor_group_move");
    const qint64 segmentId = run.record.id;
    const QString movable =
        QStringLiteral(
            "group_id <> ? AND entity_id IN ("
            "SELECT s.customer_id FROM %2 s JOIN %3 j ON j.refresh_id = s.refresh_id AND "
            "j.member_key = s.member_key "
            "WHERE s.refresh_id = ? AND s.customer_id IS NOT NULL AND j.change_kind = 'entered') "
            "AND NOT EXISTS (SELECT 1 FROM %4 m2 JOIN %5 t2 ON t2.segment_id = m2.segment_id "
            "WHERE m2.customer_id = %1.entity_id AND t2.move_to_group IS NOT NULL AND "
            "t2.segment_id <> ? "
            "AND (t2.priority < ? OR (t2.priority = ? AND t2.segment_id < ?)))")
            .arg(customers, t("segmentor_stage"), t("segmentor_journal"), t("segmentor_member"),
                 t("segmentor_segment"));
    const QVariantList movableParams = {qint64(*d.moveToGroup), run.stageId,        segmentId,
                                        qint64(d.priority),     qint64(d.priority), segmentId};
    const QString failed =
        QStringLiteral("moving new members to group %1 failed").arg(*d.moveToGroup);
    // The group each one leaves is recorded first (the latest move per segment and customer).
    auto forget = execOn(m_store,
                         QStringLiteral("DELETE FROM %1 WHERE segment_id = ? AND customer_id IN "
                                        "(SELECT entity_id FROM %2 WHERE %3)")
                             .arg(moves, customers, movable),
                         QVariantList{segmentId} + movableParams, failed);
    if (!forget) return forget.error();
    auto record = execOn(
        m_store,
        QStringLiteral("INSERT INTO %1 (segment_id, customer_id, member_key, previous_group_id, "
                       "group_id, refresh_id, moved_at) SELECT ?, %2.entity_id, ms.member_key, "
                       "%2.group_id, ?, ?, ? FROM %2 JOIN %3 ms ON ms.refresh_id = ? AND "
                       "ms.customer_id = %2.entity_id WHERE %4")
            .arg(moves, customers, t("segmentor_stage"), movable),
        QVariantList{segmentId, qint64(*d.moveToGroup), run.stageId, run.nowText, run.stageId} +
            movableParams,
        failed);
    if (!record) return record.error();
    auto moved = execOn(m_store,
                        QStringLiteral("UPDATE %1 SET group_id = ?, updated_at = ? WHERE %2")
                            .arg(customers, movable),
                        QVariantList{qint64(*d.moveToGroup), storageTimestamp(run.now).left(19)} +
                            movableParams,
                        failed);
    if (!moved) return moved.error();
    result.groupChanged = std::max(0, moved.value().numRowsAffected());
    return success();
}

// Leavers this segment moved go back to the group they had, if they are still in the group it
// moved them to (a group changed since, by hand or by another segment, is left alone).
Status Refresher::restoreGroups(Run &run, RefreshResult &result)
{
    const QString customers = m_schema.table(QStringLiteral("customer_entity"));
    const QString moves = t("segmentor_group_move");
    const qint64 segmentId = run.record.id;
    const QString leavers =
        QStringLiteral("SELECT gm.customer_id FROM %1 gm JOIN %2 j ON j.segment_id = "
                       "gm.segment_id AND j.member_key = gm.member_key WHERE gm.segment_id = ? "
                       "AND j.refresh_id = ? AND j.change_kind = 'left'")
            .arg(moves, t("segmentor_journal"));
    const QString failed = QStringLiteral("restoring the leavers' groups failed");
    auto restored = execOn(
        m_store,
        QStringLiteral("UPDATE %1 SET group_id = (SELECT gm.previous_group_id FROM %2 gm WHERE "
                       "gm.segment_id = ? AND gm.customer_id = %1.entity_id), updated_at = ? "
                       "WHERE entity_id IN (%3) AND group_id = (SELECT gm.group_id FROM %2 gm "
                       "WHERE gm.segment_id = ? AND gm.customer_id = %1.entity_id)")
            .arg(customers, moves, leavers),
        {segmentId, storageTimestamp(run.now).left(19), segmentId, run.stageId, segmentId}, failed);
    if (!restored) return restored.error();
    result.groupRestored = std::max(0, restored.value().numRowsAffected());
    // The leavers' moves are settled, restored or not: a later entry records a new one.
    auto settled = execOn(m_store,
                          QStringLiteral("DELETE FROM %1 WHERE segment_id = ? AND customer_id IN "
                                         "(SELECT x.customer_id FROM (%2) x)")
                              .arg(moves, leavers),
                          {segmentId, segmentId, run.stageId}, failed);
    if (!settled) return settled.error();
    return success();
}

Status Refresher::finish(Run &run, RefreshResult &result)
{
    const qint64 segmentId = run.record.id;
    auto count = exec(
        QStringLiteral("SELECT COUNT(*) FROM %1 WHERE segment_id = ?").arg(t("segmentor_member")),
        {segmentId}, QStringLiteral("counting members failed"));
    if (!count || !count.value().next())
        return count ? Error{{}, QStringLiteral("counting members failed"), ErrorCode::Database}
                     : count.error();
    result.memberCount = count.value().value(0).toLongLong();
    result.seconds = run.timer.elapsed() / 1000.0;

    const std::optional<qint64> refreshId = run.stageId;
    struct Entry
    {
        const char *event;
        std::optional<qint64> amount;
        QString message;
    };
    QList<Entry> entries = {{"customers_added", result.added, {}},
                            {"customers_removed", result.removed, {}}};
    if (run.record.definition.restoreGroupOnExit)
        entries << Entry{"group_restored", result.groupRestored,
                         inWorkspace() ? QStringLiteral("not applied: the store is read-only for "
                                                        "this database user")
                                       : QStringLiteral("leavers back to their previous group")};
    if (run.record.definition.moveToGroup)
        entries << Entry{
            "group_changed", result.groupChanged,
            inWorkspace()
                ? QStringLiteral("not applied: the store is read-only for this database user")
                : QStringLiteral("to group %1").arg(*run.record.definition.moveToGroup)};
    entries << Entry{"refresh_finished", result.memberCount,
                     QStringLiteral("%1 members in %2 s")
                         .arg(result.memberCount)
                         .arg(result.seconds, 0, 'f', 2)};
    for (const Entry &e : entries)
        if (auto st = m_repository.addHistory(segmentId, QString::fromLatin1(e.event), run.trigger,
                                              e.amount, e.message, refreshId, run.now);
            !st)
            return st;

    const QList<std::pair<QString, QVariantList>> statements = {
        {QStringLiteral(
             "INSERT INTO %1 (segment_id, refresh_id, taken_at, member_count) VALUES (?, ?, ?, ?)")
             .arg(t("segmentor_snapshot")),
         {segmentId, run.stageId, run.nowText, result.memberCount}},
        {QStringLiteral("UPDATE %1 SET refresh_status = 'completed', refresh_error = NULL, "
                        "member_count = ?, last_refresh_at = ? WHERE segment_id = ?")
             .arg(t("segmentor_segment")),
         {result.memberCount, run.nowText, segmentId}},
        {QStringLiteral("UPDATE %1 SET status = 'completed', finished_at = ?, added = ?, removed = "
                        "?, group_changed = ? WHERE refresh_id = ?")
             .arg(t("segmentor_refresh")),
         {storageTimestamp(QDateTime::currentDateTimeUtc()), result.added, result.removed,
          result.groupChanged, run.stageId}},
        {QStringLiteral("DELETE FROM %1 WHERE refresh_id = ?").arg(t("segmentor_stage")),
         {run.stageId}},
    };
    for (const auto &[sql, params] : statements)
        if (auto q = exec(sql, params, QStringLiteral("finishing the refresh failed")); !q)
            return q.error();
    return success();
}

} // namespace seg

#include "members/memberpagequery.h"

#include "members/memberpagesql.h"

#include "engine/sqlcompiler.h"
#include "engine/sqldialect.h"
#include "engine/sqltext.h"
#include "export/memberexportquery.h"
#include "store/sqlrun.h"

#include <QSet>

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace seg {

// ---------------------------------------------------------------------------------------
// Columns

const QList<ExportColumn> &MemberPageQuery::columns()
{
    static const QList<ExportColumn> all = [] {
        QList<ExportColumn> c = ExportColumns::all();
        c << ExportColumn{overrideColumn(), tr("Override"), ExportColumnType::Text};
        c << ExportColumn{joinedColumn(), tr("Joined in last refresh"), ExportColumnType::Integer};
        return c;
    }();
    return all;
}

std::optional<ExportColumn> MemberPageQuery::column(const QString &id)
{
    for (const ExportColumn &c : columns())
        if (c.id == id) return c;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------
// Sources

namespace {

Status createStagedTable(const StoreConnection &store)
{
    const Dialect d = store.dialect();
    const QString drop = d == Dialect::MySql ? QStringLiteral("DROP TEMPORARY TABLE IF EXISTS %1")
                                             : QStringLiteral("DROP TABLE IF EXISTS %1");
    QString create;
    switch (d) {
    case Dialect::Sqlite:
        create = QStringLiteral("CREATE TEMP TABLE %1 (customer_id INTEGER NULL, guest_key TEXT "
                                "NULL, member_key TEXT NOT NULL, "
                                "is_member INTEGER NOT NULL, ov_kind TEXT NULL, ov_reason TEXT "
                                "NULL, is_new INTEGER NOT NULL DEFAULT 0)");
        break;
    case Dialect::MySql:
        create = QStringLiteral("CREATE TEMPORARY TABLE %1 (customer_id BIGINT NULL, guest_key "
                                "VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL, "
                                "member_key VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin "
                                "NOT NULL, is_member INT NOT NULL, "
                                "ov_kind VARCHAR(8) NULL, ov_reason TEXT NULL, is_new INT NOT NULL "
                                "DEFAULT 0, INDEX (member_key)) "
                                "DEFAULT CHARSET=utf8mb4");
        break;
    case Dialect::PostgreSql:
        create = QStringLiteral("CREATE TEMPORARY TABLE %1 (customer_id BIGINT NULL, guest_key "
                                "VARCHAR(255) NULL, member_key VARCHAR(255) NOT NULL, "
                                "is_member INTEGER NOT NULL, ov_kind VARCHAR(8) NULL, ov_reason "
                                "TEXT NULL, is_new INTEGER NOT NULL DEFAULT 0)");
        break;
    }
    for (const QString &sql : {drop.arg(kStaged), create.arg(kStaged)})
        if (Status st = store.exec(sql); !st)
            return Error{
                {},
                MemberPageQuery::tr("cannot prepare the member list in the store session: %1")
                    .arg(st.error().message),
                ErrorCode::Database};
    return success();
}

Status indexStagedTable(const StoreConnection &store)
{
    if (store.dialect() == Dialect::MySql) return success(); // indexed inline
    if (Status st =
            store.exec(QStringLiteral("CREATE INDEX %1_key ON %1 (member_key)").arg(kStaged));
        !st)
        return st;
    if (store.dialect() == Dialect::PostgreSql)
        return store.exec(QStringLiteral("ANALYZE %1").arg(kStaged));
    return success();
}

Result<std::optional<qint64>> lastCompletedRefresh(const StoreConnection &connection,
                                                   const QString &prefix, qint64 segmentId)
{
    auto q = runSql(connection.database(),
                    QStringLiteral("SELECT MAX(refresh_id) FROM %1segmentor_refresh WHERE "
                                   "segment_id = ? AND status = 'completed'")
                        .arg(prefix),
                    {segmentId}, MemberPageQuery::tr("cannot read the last refresh"));
    if (!q) return q.error();
    if (!q.value().next() || q.value().value(0).isNull()) return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

} // namespace

Result<MemberPageSource> MemberPageQuery::openSaved(StoreSession &session, const QString &code)
{
    Result<std::optional<SegmentRecord>> record = session.segments->find(code);
    if (!record) return record.error();
    if (!record.value())
        return Error{{}, tr("no segment with the code \"%1\"").arg(code), ErrorCode::NotFound};
    MemberPageSource source;
    source.segmentId = record.value()->id;
    source.tablePrefix = session.storage.tablePrefix;
    const StoreConnection &home = *session.storage.connection;
    Result<std::optional<qint64>> last =
        lastCompletedRefresh(home, source.tablePrefix, source.segmentId);
    if (!last) return last.error();
    source.lastRefreshId = *last;
    if (!session.storage.inWorkspace()) return source;

    // Workspace mode: the rows and their state are read from the workspace file and staged in
    // a temporary table of the store session, where the customers can be joined.
    MemberPageSource workspaceSource = source;
    Sql sql(*session.schema, workspaceSource);
    sql.use(overrideColumn());
    sql.use(joinedColumn());
    sql.setWithState(true);
    const SqlText read =
        sql.withBase(nullptr) +
        SqlText(QStringLiteral(
                    "SELECT b.customer_id, b.guest_key, b.member_key, b.is_member, %1, %2, %3")
                    .arg(sql.overrideKind(), sql.overrideReason(), sql.isNew())) +
        sql.from(std::nullopt);
    auto rows = runSql(home.database(), read.sql, read.params, tr("cannot read the members"));
    if (!rows) return rows.error();
    const StoreConnection &store = *session.connection;
    if (Status st = createStagedTable(store); !st) return st.error();
    QSqlDatabase db = store.database();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO %1 (customer_id, guest_key, member_key, is_member, "
                                  "ov_kind, ov_reason, is_new) VALUES (?, ?, ?, ?, ?, ?, ?)")
                       .arg(kStaged));
    while (rows.value().next()) {
        for (int i = 0; i < 7; ++i)
            insert.bindValue(i, rows.value().value(i));
        if (!insert.exec()) {
            db.rollback();
            return Error{{},
                         tr("cannot stage the members: %1").arg(insert.lastError().text()),
                         ErrorCode::Database};
        }
    }
    db.commit();
    if (Status st = indexStagedTable(store); !st) return st.error();
    source.tablePrefix.clear();
    source.stagedTable = kStaged;
    return source;
}

Result<MemberPageSource> MemberPageQuery::openPreview(StoreSession &session,
                                                      const SegmentDefinition &definition,
                                                      const QDateTime &asOf, bool rewind)
{
    const StoreConnection &store = *session.connection;
    const TimeContext time = session.timeContext(asOf, rewind);
    const SqlCompiler compiler(*session.schema, time, session.segments.get());
    Result<SqlCompiler::Parts> parts = compiler.compileParts(definition);
    if (!parts) return parts.error();
    if (Status st = createStagedTable(store); !st) return st.error();
    const bool mysql = store.dialect() == Dialect::MySql;
    const QString guest = mysql ? QStringLiteral("CONVERT(m.guest_key USING utf8mb4)")
                                : QStringLiteral("m.guest_key");
    const QString id = mysql ? QStringLiteral("CAST(m.customer_id AS CHAR)")
                             : QStringLiteral("CAST(m.customer_id AS TEXT)");
    const SqlText sql =
        SqlText(QStringLiteral(
                    "INSERT INTO %1 (customer_id, guest_key, member_key, is_member, is_new) ")
                    .arg(kStaged)) +
        parts->with +
        SqlText(QStringLiteral("SELECT m.customer_id, %1, COALESCE(%2, %1), 1, 0 FROM (")
                    .arg(guest, id)) +
        parts->body + SqlText(QStringLiteral(") m"));
    auto q = runSql(store.database(), sql.sql, sql.params, tr("computing the members failed"));
    if (!q) return q.error();
    if (Status st = indexStagedTable(store); !st) return st.error();
    MemberPageSource source;
    source.stagedTable = kStaged;
    return source;
}

// ---------------------------------------------------------------------------------------
// Queries

MemberPageQuery::MemberPageQuery(const StoreSession &session, MemberPageSource source)
    : m_session(session), m_source(std::move(source))
{
}

Status MemberPageQuery::prepareGuests() const
{
    if (m_guestsReady) return success();
    const StoreConnection &store = *m_session.connection;
    const QString drop = store.dialect() == Dialect::MySql
                             ? QStringLiteral("DROP TEMPORARY TABLE IF EXISTS %1")
                             : QStringLiteral("DROP TABLE IF EXISTS %1");
    if (Status st = store.exec(drop.arg(kGuests)); !st) return st;
    Sql sql(*m_session.schema, m_source);
    if (Status st = store.exec(sql.createGuestsTable()); !st) return st;
    const SqlText fill = sql.guestsTable();
    auto q =
        runSql(store.database(), fill.sql, fill.params, tr("reading the guests' orders failed"));
    if (!q) return q.error();
    if (store.dialect() != Dialect::MySql)
        if (Status st =
                store.exec(QStringLiteral("CREATE INDEX %1_key ON %1 (seg_key)").arg(kGuests));
            !st)
            return st;
    if (store.dialect() == Dialect::PostgreSql)
        (void)store.exec(QStringLiteral("ANALYZE %1").arg(kGuests));
    m_guestsReady = true;
    return success();
}

Result<qint64> MemberPageQuery::count(const MemberFilter &filter) const
{
    Sql sql(*m_session.schema, m_source);
    sql.use(filter);
    if (sql.needsLatestGuestOrder())
        if (Status st = prepareGuests(); !st) return st.error();
    const SqlText statement = sql.withBase(nullptr) + SqlText(QStringLiteral("SELECT COUNT(*)")) +
                              sql.from(std::nullopt) + sql.where(filter);
    auto q = runSql(m_session.connection->database(), statement.sql, statement.params,
                    tr("counting the members failed"));
    if (!q) return q.error();
    if (!q.value().next())
        return Error{{}, tr("counting the members returned no row"), ErrorCode::Database};
    return q.value().value(0).toLongLong();
}

Result<QList<MemberKey>> MemberPageQuery::keys(const MemberFilter &filter, const MemberSort &sort,
                                               qint64 offset, qint64 limit) const
{
    if (!column(sort.column))
        return Error{QStringLiteral("sort"), tr("unknown column \"%1\"").arg(sort.column),
                     ErrorCode::InvalidArgument};
    const bool memberOrder =
        (sort.column == ExportColumns::memberId() || sort.column == QLatin1String("customer_id")) &&
        !sort.descending;
    if (memberOrder && filter.isEmpty() && !m_source.staged())
        return keysInMemberOrder(offset, limit);
    Sql sql(*m_session.schema, m_source);
    sql.use(filter);
    sql.use(sort.column);
    if (sql.needsLatestGuestOrder())
        if (Status st = prepareGuests(); !st) return st.error();
    const SqlText statement =
        sql.withBase(nullptr) + SqlText(QStringLiteral("SELECT b.customer_id, b.guest_key")) +
        sql.from(std::nullopt) + sql.where(filter) + SqlText(sql.orderBy(sort)) +
        SqlText(QStringLiteral(" LIMIT ? OFFSET ?"),
                {qMax<qint64>(0, limit), qMax<qint64>(0, offset)});
    auto q = runSql(m_session.connection->database(), statement.sql, statement.params,
                    tr("reading the members failed"));
    if (!q) return q.error();
    QList<MemberKey> out;
    while (q.value().next())
        out << MemberKey::fromColumns(q.value().value(0), q.value().value(1));
    return out;
}

// A saved segment in its default order, unfiltered: registered members walk the member
// table's customer index (no sort of a million rows: the first page is a few index steps),
// then the guests by key. Members excluded by hand and out are merged into both.
Result<QList<MemberKey>> MemberPageQuery::keysInMemberOrder(qint64 offset, qint64 limit) const
{
    const QSqlDatabase db = m_session.connection->database();
    const QString p = m_source.tablePrefix;
    const Dialect d = m_session.schema->dialect();
    const QString m = p + QStringLiteral("segmentor_member"),
                  o = p + QStringLiteral("segmentor_override");
    const QString hint = d == Dialect::Sqlite
                             ? QStringLiteral(" INDEXED BY %1SEGMENTOR_MEMBER_CUSTOMER").arg(p)
                             : QString();
    const QString excluded =
        QStringLiteral("SELECT o.customer_id, o.guest_email FROM %1 o WHERE o.segment_id = ? AND "
                       "o.kind = 'exclude' AND o.customer_id %3 "
                       "AND NOT EXISTS (SELECT 1 FROM %2 x WHERE x.segment_id = ? AND x.member_key "
                       "= o.member_key)")
            .arg(o, m);
    offset = qMax<qint64>(0, offset);
    limit = qMax<qint64>(0, limit);
    if (m_registeredRows < 0 && offset > 0) {
        auto c = runSql(db,
                        QStringLiteral("SELECT (SELECT COUNT(*) FROM %1 WHERE segment_id = ? AND "
                                       "customer_id IS NOT NULL) + (SELECT COUNT(*) FROM (%2) e)")
                            .arg(m, excluded.arg(QStringLiteral("IS NOT NULL"))),
                        {m_source.segmentId, m_source.segmentId, m_source.segmentId},
                        tr("counting the members failed"));
        if (!c) return c.error();
        m_registeredRows = c.value().next() ? c.value().value(0).toLongLong() : 0;
    }
    const QString guestOrder = d == Dialect::MySql ? QStringLiteral("CAST(guest_email AS BINARY)")
                               : d == Dialect::PostgreSql
                                   ? QStringLiteral("guest_email COLLATE \"C\"")
                                   : QStringLiteral("guest_email");
    QList<MemberKey> out;
    const auto read = [&](const QString &sql, const QVariantList &params) -> Status {
        auto q = runSql(db, sql, params, tr("reading the members failed"));
        if (!q) return q.error();
        while (q.value().next())
            out << MemberKey::fromColumns(q.value().value(0), q.value().value(1));
        return success();
    };
    if (m_registeredRows < 0 || offset < m_registeredRows) {
        // The first page needs no count: fewer rows than asked means the registered ones ended.
        const qint64 n = m_registeredRows < 0 ? limit : qMin(limit, m_registeredRows - offset);
        const QString sql = QStringLiteral("SELECT customer_id, guest_key FROM (SELECT "
                                           "customer_id, guest_email AS guest_key FROM %1%2 "
                                           "WHERE segment_id = ? AND customer_id IS NOT NULL UNION "
                                           "ALL %3) r ORDER BY customer_id LIMIT ? OFFSET ?")
                                .arg(m, hint, excluded.arg(QStringLiteral("IS NOT NULL")));
        if (Status st =
                read(sql, {m_source.segmentId, m_source.segmentId, m_source.segmentId, n, offset});
            !st)
            return st.error();
        if (m_registeredRows < 0 && out.size() < n)
            m_registeredRows = out.size(); // offset is 0 here
    }
    if (m_registeredRows < 0) return out; // a full first page of registered members
    const qint64 guestOffset = qMax<qint64>(0, offset - m_registeredRows);
    const qint64 guestLimit = limit - qint64(out.size());
    if (guestLimit > 0) {
        const QString sql =
            QStringLiteral("SELECT customer_id, guest_key FROM (SELECT customer_id, guest_email AS "
                           "guest_key FROM %1 "
                           "WHERE segment_id = ? AND customer_id IS NULL UNION ALL %2) r ORDER BY "
                           "%3 LIMIT ? OFFSET ?")
                .arg(m, excluded.arg(QStringLiteral("IS NULL")),
                     QString(guestOrder)
                         .replace(QStringLiteral("guest_email"), QStringLiteral("guest_key")));
        if (Status st = read(sql, {m_source.segmentId, m_source.segmentId, m_source.segmentId,
                                   guestLimit, guestOffset});
            !st)
            return st.error();
    }
    return out;
}

Result<QList<MemberPageRow>> MemberPageQuery::page(const MemberFilter &filter,
                                                   const MemberSort &sort, qint64 offset, int limit,
                                                   const QStringList &columnIds) const
{
    QList<ExportColumn> wanted;
    for (const QString &id : columnIds) {
        const std::optional<ExportColumn> c = column(id);
        if (!c)
            return Error{QStringLiteral("columns"), tr("unknown column \"%1\"").arg(id),
                         ErrorCode::InvalidArgument};
        wanted << *c;
    }
    Result<QList<MemberKey>> pageKeys = keys(filter, sort, offset, limit);
    if (!pageKeys) return pageKeys.error();
    if (pageKeys->isEmpty()) return QList<MemberPageRow>{};

    Sql sql(*m_session.schema, m_source);
    for (const ExportColumn &c : wanted)
        sql.use(c.id);
    sql.setWithState(true);
    const bool guests = std::any_of(pageKeys->cbegin(), pageKeys->cend(),
                                    [](const MemberKey &k) { return k.isGuest(); });
    if (guests && sql.needsLatestGuestOrder())
        if (Status st = prepareGuests(); !st) return st.error();
    QString select = QStringLiteral("SELECT b.customer_id, b.guest_key, b.is_member, %1, %2, %3")
                         .arg(sql.overrideKind(), sql.overrideReason(), sql.isNew());
    for (const ExportColumn &c : wanted)
        select += QStringLiteral(", ") + sql.expr(c.id);
    const SqlText statement =
        sql.withBase(&pageKeys.value()) + SqlText(select) + sql.from(pageKeys.value());
    auto q = runSql(m_session.connection->database(), statement.sql, statement.params,
                    tr("reading the members failed"));
    if (!q) return q.error();
    QHash<MemberKey, MemberPageRow> byKey;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        MemberPageRow row;
        row.key = MemberKey::fromColumns(r.value(0), r.value(1));
        row.member = r.value(2).toInt() != 0;
        const QString kind = exportValue(ExportColumnType::Text, r.value(3)).toString();
        if (kind == QLatin1String("exclude"))
            row.override = OverrideKind::Exclude;
        else if (kind == QLatin1String("include"))
            row.override = OverrideKind::Include;
        row.overrideReason = exportValue(ExportColumnType::Text, r.value(4)).toString();
        row.joinedLastRefresh = r.value(5).toInt() != 0;
        for (qsizetype i = 0; i < wanted.size(); ++i)
            row.values << exportValue(wanted[i].type, r.value(int(6 + i)));
        byKey.insert(row.key, row);
    }
    QList<MemberPageRow> out;
    out.reserve(pageKeys->size());
    for (const MemberKey &k : *pageKeys) {
        auto it = byKey.constFind(k);
        if (it != byKey.constEnd()) out << *it;
    }
    return out;
}

Result<QHash<MemberKey, QVariantList>> memberColumnValues(const StoreSession &session,
                                                          const QList<MemberKey> &keys,
                                                          const QList<ExportColumn> &columns)
{
    QHash<MemberKey, QVariantList> out;
    if (keys.isEmpty()) return out;
    Result<MemberSource> source = stageMemberKeys(*session.connection, keys);
    if (!source) return source.error();
    // The key columns lead (the export statement wants the member first), the asked ones follow.
    QList<ExportColumn> all{*ExportColumns::find(ExportColumns::memberId()),
                            *ExportColumns::find(QStringLiteral("customer_id"))};
    all += columns;
    Result<CompiledQuery> query = MemberExportQuery::build(*session.schema, *source, all);
    if (!query) return query.error();
    auto q = runSql(session.connection->database(), query->sql, query->params,
                    MemberPageQuery::tr("cannot read the members' details"));
    if (!q) return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const QString member = exportValue(ExportColumnType::Text, r.value(0)).toString();
        const MemberKey key = r.value(1).isNull() ? MemberKey::guest(member)
                                                  : MemberKey::registered(r.value(1).toLongLong());
        QVariantList values;
        for (qsizetype i = 0; i < columns.size(); ++i)
            values << exportValue(columns[i].type, r.value(int(2 + i)));
        out.insert(key, values);
    }
    return out;
}

namespace {

struct MemberContact
{
    QString email, name;
};

Result<QHash<MemberKey, MemberContact>> memberContacts(const StoreSession &session,
                                                       const QList<MemberKey> &keys)
{
    Result<QList<ExportColumn>> columns = ExportColumns::select(
        {QStringLiteral("email"), QStringLiteral("firstname"), QStringLiteral("lastname")});
    Result<QHash<MemberKey, QVariantList>> values =
        memberColumnValues(session, keys, columns->mid(1)); // select() puts the member first
    if (!values) return values.error();
    QHash<MemberKey, MemberContact> out;
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        MemberContact c;
        c.email = it.value()[0].toString();
        c.name = QStringLiteral("%1 %2")
                     .arg(it.value()[1].toString(), it.value()[2].toString())
                     .trimmed();
        out.insert(it.key(), c);
    }
    return out;
}

} // namespace

Result<QHash<MemberKey, QString>> memberLabels(const StoreSession &session,
                                               const QList<MemberKey> &keys)
{
    Result<QHash<MemberKey, MemberContact>> contacts = memberContacts(session, keys);
    if (!contacts) return contacts.error();
    QHash<MemberKey, QString> out;
    for (const MemberKey &k : keys) {
        const auto it = contacts->constFind(k);
        if (it == contacts->constEnd())
            out.insert(k, k.toString());
        else
            out.insert(k, it->name.isEmpty() ? it->email
                                             : QStringLiteral("%1 <%2>").arg(it->name, it->email));
    }
    return out;
}

Result<QStringList> memberEmails(const StoreSession &session, const QList<MemberKey> &keys)
{
    Result<QHash<MemberKey, MemberContact>> contacts = memberContacts(session, keys);
    if (!contacts) return contacts.error();
    QStringList out;
    for (const MemberKey &k : keys) {
        const auto it = contacts->constFind(k);
        if (it != contacts->constEnd() && !it->email.isEmpty()) out << it->email;
    }
    return out;
}

// ---------------------------------------------------------------------------------------

Result<MemberSource> stageMemberKeys(const StoreConnection &store, const QList<MemberKey> &keys)
{
    const QString temp = QStringLiteral("seg_grid_keys");
    const bool mysql = store.dialect() == Dialect::MySql;
    const QString drop = mysql ? QStringLiteral("DROP TEMPORARY TABLE IF EXISTS %1")
                               : QStringLiteral("DROP TABLE IF EXISTS %1");
    const QString create =
        mysql ? QStringLiteral("CREATE TEMPORARY TABLE %1 (customer_id BIGINT NULL, guest_key "
                               "VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL)")
        : store.dialect() == Dialect::PostgreSql
            ? QStringLiteral("CREATE TEMPORARY TABLE %1 (customer_id BIGINT NULL, guest_key "
                             "VARCHAR(255) NULL)")
            : QStringLiteral(
                  "CREATE TEMP TABLE %1 (customer_id INTEGER NULL, guest_key TEXT NULL)");
    for (const QString &sql : {drop.arg(temp), create.arg(temp)})
        if (Status st = store.exec(sql); !st) return st.error();
    QSqlDatabase db = store.database();
    db.transaction();
    constexpr qsizetype kBatch = 400;
    for (qsizetype from = 0; from < keys.size(); from += kBatch) {
        const qsizetype n = qMin(kBatch, keys.size() - from);
        QStringList rows;
        QVariantList params;
        for (qsizetype i = from; i < from + n; ++i) {
            rows << QStringLiteral("(?, ?)");
            const MemberKey &k = keys[i];
            params << (k.isGuest() ? QVariant(QMetaType::fromType<qint64>())
                                   : QVariant(k.customerId))
                   << (k.isGuest() ? QVariant(k.guestEmail)
                                   : QVariant(QMetaType::fromType<QString>()));
        }
        auto q = runSql(db,
                        QStringLiteral("INSERT INTO %1 (customer_id, guest_key) VALUES %2")
                            .arg(temp, rows.join(QStringLiteral(", "))),
                        params, MemberPageQuery::tr("cannot stage the selected members"));
        if (!q) {
            db.rollback();
            return q.error();
        }
    }
    db.commit();
    return MemberSource::fromSelect(
        QStringLiteral("SELECT customer_id, guest_key FROM %1").arg(temp));
}

} // namespace seg

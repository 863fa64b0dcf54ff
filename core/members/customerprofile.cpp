#include "members/customerprofile.h"

#include "definition/valueparsing.h"
#include "engine/memberevaluator.h"
#include "engine/membersnapshotloader.h"
#include "engine/sqldialect.h"
#include "export/exportcolumns.h"
#include "store/sqlrun.h"

#include <QSqlQuery>

namespace seg {

namespace {

QDateTime timeOf(const QVariant &v)
{
    return exportValue(ExportColumnType::DateTime, v).toDateTime();
}

QString textOf(const QVariant &v)
{
    return exportValue(ExportColumnType::Text, v).toString();
}

} // namespace

Result<CustomerProfile> CustomerProfileLoader::load(StoreSession &session, const MemberKey &key,
                                                    const QString &segmentCode,
                                                    const QDateTime &asOf)
{
    const StoreSchema &schema = *session.schema;
    const QSqlDatabase store = session.connection->database();
    const SqlDialect dialect(schema.dialect(), schema.foldCollation());
    const auto t = [&](const char *name) { return schema.table(QString::fromLatin1(name)); };
    const QString reading = tr("cannot read the customer");

    CustomerProfile p;
    p.key = key;
    // The orders of this member: by customer id, or a guest's orders by folded email.
    QString ordersOf;
    QVariant who;
    if (key.isGuest()) {
        ordersOf =
            QStringLiteral("o.customer_id IS NULL AND %1 = %2")
                .arg(dialect.fold(QStringLiteral("o.customer_email")), dialect.foldedParam());
        who = key.guestEmail;
    } else {
        ordersOf = QStringLiteral("o.customer_id = ?");
        who = key.customerId;
    }

    if (!key.isGuest()) {
        auto q =
            runSql(store,
                   QStringLiteral("SELECT c.email, c.firstname, c.lastname, g.customer_group_code, "
                                  "w.name, c.created_at, c.default_billing, c.default_shipping "
                                  "FROM %1 c LEFT JOIN %2 g ON g.customer_group_id = c.group_id "
                                  "LEFT JOIN %3 w ON w.website_id = c.website_id "
                                  "WHERE c.entity_id = ?")
                       .arg(t("customer_entity"), t("customer_group"), t("store_website")),
                   {key.customerId}, reading);
        if (!q) return q.error();
        QVariant billing, shipping;
        if (q.value().next()) {
            const QSqlQuery &r = q.value();
            p.exists = true;
            p.email = textOf(r.value(0));
            p.firstname = textOf(r.value(1));
            p.lastname = textOf(r.value(2));
            p.group = textOf(r.value(3));
            p.website = textOf(r.value(4));
            p.createdAt = timeOf(r.value(5));
            billing = r.value(6);
            shipping = r.value(7);
        }
        auto a = runSql(store,
                        QStringLiteral("SELECT entity_id, firstname, lastname, street, city, "
                                       "region, postcode, country_id, telephone FROM %1 "
                                       "WHERE parent_id = ? ORDER BY entity_id")
                            .arg(t("customer_address_entity")),
                        {key.customerId}, reading);
        if (!a) return a.error();
        while (a.value().next()) {
            const QSqlQuery &r = a.value();
            CustomerAddress address;
            const qint64 id = r.value(0).toLongLong();
            const bool isBilling = !billing.isNull() && billing.toLongLong() == id;
            const bool isShipping = !shipping.isNull() && shipping.toLongLong() == id;
            address.kind = isBilling && isShipping ? tr("Default billing and shipping")
                           : isBilling             ? tr("Default billing")
                           : isShipping            ? tr("Default shipping")
                                                   : tr("Address");
            address.name =
                QStringLiteral("%1 %2").arg(textOf(r.value(1)), textOf(r.value(2))).trimmed();
            address.street = textOf(r.value(3)).replace(QLatin1Char('\n'), QStringLiteral(", "));
            address.city = textOf(r.value(4));
            address.region = textOf(r.value(5));
            address.postcode = textOf(r.value(6));
            address.country = textOf(r.value(7));
            address.telephone = textOf(r.value(8));
            p.addresses << address;
        }
    }

    // Orders summary and the most recent orders.
    auto s = runSql(store,
                    QStringLiteral("SELECT COUNT(*), SUM(o.base_grand_total), MIN(o.created_at), "
                                   "MAX(o.created_at) FROM %1 o WHERE %2")
                        .arg(t("sales_order"), ordersOf),
                    {who}, reading);
    if (!s) return s.error();
    if (s.value().next()) {
        p.orders = s.value().value(0).toLongLong();
        const QVariant sum = exportValue(ExportColumnType::Money, s.value().value(1));
        if (!sum.isNull()) p.lifetimeSales = sum.toString();
        p.firstOrderAt = timeOf(s.value().value(2));
        p.lastOrderAt = timeOf(s.value().value(3));
    }
    auto o = runSql(
        store,
        QStringLiteral("SELECT o.increment_id, o.created_at, o.status, o.base_grand_total, "
                       "o.entity_id, o.customer_email, "
                       "o.customer_firstname, o.customer_lastname, o.store_id FROM %1 o WHERE %2 "
                       "ORDER BY o.created_at DESC, o.entity_id DESC LIMIT 10")
            .arg(t("sales_order"), ordersOf),
        {who}, reading);
    if (!o) return o.error();
    QVariant latestOrderId, latestStore;
    while (o.value().next()) {
        const QSqlQuery &r = o.value();
        p.recentOrders << CustomerOrder{
            textOf(r.value(0)), timeOf(r.value(1)), textOf(r.value(2)),
            exportValue(ExportColumnType::Money, r.value(3)).toString()};
        if (latestOrderId.isNull()) {
            latestOrderId = r.value(4);
            latestStore = r.value(8);
            if (key.isGuest()) {
                p.exists = true;
                p.email = textOf(r.value(5));
                p.firstname = textOf(r.value(6));
                p.lastname = textOf(r.value(7));
            }
        }
    }
    if (key.isGuest()) {
        if (!p.exists) p.email = key.guestEmail;
        auto g =
            runSql(store,
                   QStringLiteral("SELECT customer_group_code FROM %1 WHERE customer_group_id = 0")
                       .arg(t("customer_group")),
                   {}, reading);
        if (g && g.value().next()) p.group = textOf(g.value().value(0));
        if (!latestStore.isNull()) {
            auto w = runSql(store,
                            QStringLiteral("SELECT w.name FROM %1 s JOIN %2 w ON w.website_id = "
                                           "s.website_id WHERE s.store_id = ?")
                                .arg(t("store"), t("store_website")),
                            {latestStore}, reading);
            if (w && w.value().next()) p.website = textOf(w.value().value(0));
        }
        if (!latestOrderId.isNull()) {
            auto a = runSql(store,
                            QStringLiteral("SELECT address_type, firstname, lastname, street, "
                                           "city, region, postcode, country_id, telephone FROM %1 "
                                           "WHERE parent_id = ? ORDER BY entity_id")
                                .arg(t("sales_order_address")),
                            {latestOrderId}, reading);
            if (!a) return a.error();
            while (a.value().next()) {
                const QSqlQuery &r = a.value();
                CustomerAddress address;
                address.kind = textOf(r.value(0)) == QLatin1String("shipping")
                                   ? tr("Shipping (latest order)")
                                   : tr("Billing (latest order)");
                address.name =
                    QStringLiteral("%1 %2").arg(textOf(r.value(1)), textOf(r.value(2))).trimmed();
                address.street =
                    textOf(r.value(3)).replace(QLatin1Char('\n'), QStringLiteral(", "));
                address.city = textOf(r.value(4));
                address.region = textOf(r.value(5));
                address.postcode = textOf(r.value(6));
                address.country = textOf(r.value(7));
                address.telephone = textOf(r.value(8));
                p.addresses << address;
            }
        }
    }

    // Segmentor's tables: the segments the member is in, this segment's override and journal.
    const QSqlDatabase home = session.storage.connection->database();
    const QString sp = session.storage.tablePrefix;
    const QString memberKey = key.toString();
    auto segs = runSql(
        home,
        QStringLiteral("SELECT s.code, s.name, m.since, s.segment_id FROM %1segmentor_member m "
                       "JOIN %1segmentor_segment s ON s.segment_id = m.segment_id "
                       "WHERE m.member_key = ? ORDER BY s.name, s.code")
            .arg(sp),
        {memberKey}, tr("cannot read the member's segments"));
    if (!segs) return segs.error();
    while (segs.value().next()) {
        const QSqlQuery &r = segs.value();
        SegmentMembership m{r.value(0).toString(), r.value(1).toString(),
                            parseStoredTimestamp(r.value(2)).value_or(QDateTime())};
        if (m.code == segmentCode) p.memberSince = m.since;
        p.segments << m;
    }
    if (segmentCode.isEmpty()) return p;

    Result<std::optional<SegmentRecord>> record = session.segments->find(segmentCode);
    if (!record) return record.error();
    if (!record.value()) return p;
    const qint64 segmentId = record.value()->id;
    p.definition = record.value()->definition;
    auto ov = runSql(home,
                     QStringLiteral("SELECT kind, reason, created_at FROM %1segmentor_override "
                                    "WHERE segment_id = ? AND member_key = ?")
                         .arg(sp),
                     {segmentId, memberKey}, tr("cannot read the override"));
    if (!ov) return ov.error();
    if (ov.value().next()) {
        OverrideEntry e;
        e.key = key;
        e.kind = ov.value().value(0).toString() == QLatin1String("include") ? OverrideKind::Include
                                                                            : OverrideKind::Exclude;
        e.reason = ov.value().value(1).toString();
        e.at = parseStoredTimestamp(ov.value().value(2)).value_or(QDateTime());
        p.override = e;
    }
    auto j = runSql(home,
                    QStringLiteral("SELECT created_at, change_kind FROM %1segmentor_journal WHERE "
                                   "segment_id = ? AND member_key = ? "
                                   "ORDER BY created_at DESC, journal_id DESC LIMIT 200")
                        .arg(sp),
                    {segmentId, memberKey}, tr("cannot read the member's journal"));
    if (!j) return j.error();
    while (j.value().next())
        p.journal << MemberJournalEntry{
            parseStoredTimestamp(j.value().value(0)).value_or(QDateTime()),
            j.value().value(1).toString()};

    // Explain: the in-memory evaluator on this member's data.
    const MemberSnapshotLoader loader(*session.connection, schema);
    Result<MemberSnapshot> snapshot = loader.load(key);
    if (snapshot && snapshot->exists) {
        const TimeContext time = session.timeContext(asOf);
        MemberEvaluator evaluator(&schema, time, session.segments.get());
        const StoreRfmPopulation rfm(*session.connection, schema);
        evaluator.setRfmPopulation(&rfm);
        Result<Explanation> explanation = evaluator.explain(record.value()->definition, *snapshot);
        if (explanation) {
            p.matches = explanation->result;
            p.explanation = explanation->toText();
        } else {
            p.explanation = explanation.error().toString();
        }
    } else if (!snapshot) {
        p.explanation = snapshot.error().message;
    }
    return p;
}

} // namespace seg

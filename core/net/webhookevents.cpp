#include "net/webhookevents.h"

#include "definition/valueparsing.h"
#include "engine/memberkey.h"
#include "engine/sqldialect.h"
#include "store/sqlrun.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>
#include <QUuid>

namespace seg {

namespace {

// The namespace of Segmentor's event ids (a fixed random UUID).
const QUuid kEventNamespace(QStringLiteral("{5b0b7d2e-3c1f-4f7a-9d6e-2a8c4e1f9b30}"));

QString textOf(const QVariant &v)
{
    if (v.isNull()) return {};
    return v.typeId() == QMetaType::QByteArray ? QString::fromUtf8(v.toByteArray()) : v.toString();
}

std::optional<int> intOf(const QVariant &v)
{
    if (v.isNull()) return std::nullopt;
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

struct Profile
{
    QString email, firstname, lastname, country;
    std::optional<int> groupId, websiteId;
};

QString placeholders(qsizetype n, const QString &one)
{
    QStringList out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        out << one;
    return out.join(QStringLiteral(", "));
}

} // namespace

QJsonObject WebhookEvent::toJson() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o{{"id", id},
                  {"type", type},
                  {"segment", segment},
                  {"segment_name", segmentName},
                  {"refresh_id", refreshId ? QJsonValue(double(*refreshId)) : QJsonValue()},
                  {"occurred_at", occurredAt.toUTC().toString(Qt::ISODate)}};
    if (type == QLatin1String("refresh.failed")) {
        o.insert(QStringLiteral("error"), error);
        return o;
    }
    o.insert(QStringLiteral("member"), member);
    o.insert(QStringLiteral("customer_id"),
             customerId ? QJsonValue(double(*customerId)) : QJsonValue());
    o.insert(QStringLiteral("email"), orNull(email));
    o.insert(QStringLiteral("firstname"), orNull(firstname));
    o.insert(QStringLiteral("lastname"), orNull(lastname));
    o.insert(QStringLiteral("country"), orNull(country));
    o.insert(QStringLiteral("group_id"), groupId ? QJsonValue(*groupId) : QJsonValue());
    o.insert(QStringLiteral("website_id"), websiteId ? QJsonValue(*websiteId) : QJsonValue());
    return o;
}

QByteArray webhookBody(const QList<WebhookEvent> &events)
{
    QJsonArray array;
    for (const WebhookEvent &e : events)
        array.append(e.toJson());
    return QJsonDocument(QJsonObject{{"events", array}}).toJson(QJsonDocument::Compact);
}

QByteArray webhookSignature(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    const QByteArray signedText = QByteArray::number(timestamp) + '.' + body;
    return "sha256=" +
           QMessageAuthenticationCode::hash(signedText, secret, QCryptographicHash::Sha256).toHex();
}

QString webhookEventId(const QString &what)
{
    return QUuid::createUuidV5(kEventNamespace, what).toString(QUuid::WithoutBraces);
}

Result<QList<WebhookEvent>> webhookEvents(StoreSession &session, const QString &segmentCode,
                                          const QString &segmentName,
                                          const QList<JournalChange> &changes)
{
    const StoreSchema &schema = *session.schema;
    const QSqlDatabase store = session.connection->database();
    const SqlDialect dialect(schema.dialect(), schema.foldCollation());
    const auto t = [&](const char *name) { return schema.table(QString::fromLatin1(name)); };
    const QString reading = QStringLiteral("cannot read the members' profiles");

    QVariantList customerIds, guestKeys;
    for (const JournalChange &c : changes) {
        const MemberKey key = MemberKey::parse(c.memberKey);
        if (key.isGuest())
            guestKeys << key.guestEmail;
        else
            customerIds << key.customerId;
    }
    QHash<qint64, Profile> customers;
    QHash<QString, Profile> guests;
    if (!customerIds.isEmpty()) {
        auto q = runSql(
            store,
            QStringLiteral("SELECT c.entity_id, c.email, c.firstname, c.lastname, c.group_id, "
                           "c.website_id, a.country_id FROM %1 c LEFT JOIN %2 a ON a.entity_id = "
                           "c.default_billing WHERE c.entity_id IN (%3)")
                .arg(t("customer_entity"), t("customer_address_entity"),
                     placeholders(customerIds.size(), QStringLiteral("?"))),
            customerIds, reading);
        if (!q) return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            customers.insert(r.value(0).toLongLong(),
                             Profile{textOf(r.value(1)), textOf(r.value(2)), textOf(r.value(3)),
                                     textOf(r.value(6)), intOf(r.value(4)), intOf(r.value(5))});
        }
    }
    if (!guestKeys.isEmpty()) {
        // Every order of these guests, oldest first: the latest one's profile wins.
        auto q = runSql(
            store,
            QStringLiteral(
                "SELECT %1, o.customer_email, o.customer_firstname, o.customer_lastname, "
                "o.customer_group_id, s.website_id, a.country_id FROM %2 o LEFT JOIN %3 s ON "
                "s.store_id = o.store_id LEFT JOIN %4 a ON a.parent_id = o.entity_id AND "
                "a.address_type = 'billing' WHERE o.customer_id IS NULL AND %1 IN (%5) "
                "ORDER BY o.created_at, o.entity_id")
                .arg(dialect.fold(QStringLiteral("o.customer_email")), t("sales_order"), t("store"),
                     t("sales_order_address"),
                     placeholders(guestKeys.size(), dialect.foldedParam())),
            guestKeys, reading);
        if (!q) return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            guests.insert(textOf(r.value(0)),
                          Profile{textOf(r.value(1)).trimmed(), textOf(r.value(2)),
                                  textOf(r.value(3)), textOf(r.value(6)),
                                  intOf(r.value(4)).value_or(0), intOf(r.value(5))});
        }
    }

    QList<WebhookEvent> out;
    out.reserve(changes.size());
    for (const JournalChange &c : changes) {
        const MemberKey key = MemberKey::parse(c.memberKey);
        WebhookEvent e;
        e.type = c.entered ? QStringLiteral("segment.entered") : QStringLiteral("segment.exited");
        e.id = webhookEventId(QStringLiteral("%1/%2/%3/%4")
                                  .arg(segmentCode)
                                  .arg(c.refreshId)
                                  .arg(key.toString(), e.type));
        e.segment = segmentCode;
        e.segmentName = segmentName;
        e.member = key.toString();
        e.refreshId = c.refreshId;
        e.occurredAt = c.at;
        e.journalId = c.journalId;
        Profile p;
        if (key.isGuest()) {
            p = guests.value(key.guestEmail);
            if (p.email.isEmpty()) p.email = key.guestEmail;
        } else {
            e.customerId = key.customerId;
            p = customers.value(key.customerId);
        }
        e.email = p.email;
        e.firstname = p.firstname;
        e.lastname = p.lastname;
        e.country = p.country;
        e.groupId = p.groupId;
        e.websiteId = p.websiteId;
        out << e;
    }
    return out;
}

} // namespace seg

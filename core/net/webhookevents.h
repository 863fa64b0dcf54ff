#pragma once

#include "common/result.h"
#include "net/webhookrepository.h"
#include "session/storesession.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace seg {

// One event a webhook receives: a member who entered or left a segment in a refresh
// ("segment.entered", "segment.exited"), or a scheduled refresh that failed ("refresh.failed").
struct WebhookEvent
{
    QString id;   // unique and stable: the same change always has the same id (de-duplication)
    QString type; // segment.entered, segment.exited, refresh.failed
    QString segment;
    QString segmentName;
    QString member;                   // the member key, as `evaluate --ids` prints it
    std::optional<qint64> customerId; // none for guests
    QString email, firstname, lastname, country;
    std::optional<int> groupId, websiteId;
    std::optional<qint64> refreshId;
    QDateTime occurredAt;
    QString error;        // refresh.failed only
    qint64 journalId = 0; // where it comes from (not sent)

    QJsonObject toJson() const;
};

// {"events": [ ... ]}, compact.
QByteArray webhookBody(const QList<WebhookEvent> &events);
// "sha256=" + hex HMAC-SHA256(secret, "<timestamp>.<body>").
QByteArray webhookSignature(const QByteArray &secret, qint64 timestamp, const QByteArray &body);
// A name-based UUID (version 5) of what the event is about: stable across retries and runs.
QString webhookEventId(const QString &what);

// The events of journal changes, with each member's profile as the store has it now
// (registered: customer_entity and the default billing address; guests: their latest order and
// its billing address). A member the store no longer has keeps its key and nulls.
Result<QList<WebhookEvent>> webhookEvents(StoreSession &session, const QString &segmentCode,
                                          const QString &segmentName,
                                          const QList<JournalChange> &changes);

} // namespace seg

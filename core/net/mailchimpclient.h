#pragma once

#include "net/destinationclient.h"

namespace seg {

// Mailchimp Marketing API 3.0, the subset a segment push needs:
//   POST /lists/{list}                         batch upsert, up to 500 members, update_existing
//   GET  /lists/{list}/segments?type=static    find the tag named after the segment
//   POST /lists/{list}/segments                create that tag
//   POST /lists/{list}/segments/{tag}          members_to_add / members_to_remove (tag, untag)
// Authentication: HTTP basic with any user name and the API key. Members are known to
// Mailchimp by their subscriber hash, the MD5 of the lower-cased email.
class MailchimpClient : public DestinationClient
{
public:
    MailchimpClient(const Destination &destination, const QString &apiKey,
                    const RetryPolicy &policy, const std::atomic_bool *cancelled);

    Status prepare(const QString &segmentCode) override;
    Result<BatchOutcome> upsert(const QList<PushMember> &members) override;
    Result<BatchOutcome> remove(const QList<PushMember> &members) override;
    int retries() const override { return m_http.retries(); }

    static QString subscriberHash(const QString &email);
    qint64 tagId() const { return m_tagId; }

private:
    Result<BatchOutcome> tag(const QList<PushMember> &members, bool add);
    Destination m_destination;
    HttpClient m_http;
    qint64 m_tagId = 0;
};

// The id of the audience's tag (static segment) named `name`, 0 when it has none: the push
// creates the tag when missing, the engagement import must not.
Result<qint64> findMailchimpTag(HttpClient &http, const QString &listId, const QString &name);

} // namespace seg

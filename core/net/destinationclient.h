#pragma once

#include "common/result.h"
#include "net/destination.h"
#include "net/httpclient.h"
#include "net/pushmember.h"

#include <QHash>

#include <atomic>
#include <memory>

namespace seg {

// What a destination answered for one batch that it accepted as a whole: the members it
// refused (by lower-cased email, with its reason) and the ids it knows the others by.
struct BatchOutcome
{
    QHash<QString, QString> failed;    // email (lower-cased) -> error
    QHash<QString, QString> remoteIds; // email (lower-cased) -> the destination's id
};

// One marketing tool's API, a batch at a time. A Result error means the whole batch failed
// (after HttpClient's retries, or a 4xx that retrying cannot fix); nothing of it counts as sent.
class DestinationClient
{
public:
    virtual ~DestinationClient() = default;

    // Before the first batch (e.g. find or create the Mailchimp tag named `segmentCode`).
    virtual Status prepare(const QString &segmentCode) = 0;
    // Adds or updates the members and puts them in the segment's list or tag.
    virtual Result<BatchOutcome> upsert(const QList<PushMember> &members) = 0;
    // Takes the members out of the segment's list or tag (never deletes nor unsubscribes them).
    virtual Result<BatchOutcome> remove(const QList<PushMember> &members) = 0;
    virtual int batchSize() const { return 500; }
    virtual int retries() const = 0;

    static std::unique_ptr<DestinationClient> create(const Destination &destination,
                                                     const QString &apiKey,
                                                     const RetryPolicy &policy,
                                                     const std::atomic_bool *cancelled = nullptr);
};

// The message of an API error reply: JSON "detail"/"title"/"errors[0].detail", else the body.
QString apiErrorText(const HttpReply &reply);

} // namespace seg

#pragma once

#include "net/destinationclient.h"

namespace seg {

// Klaviyo's API (JSON:API, the revision pinned by kRevision), the subset a push needs:
//   GET    /api/lists/{list}/                                     the list exists
//   POST   /api/profile-bulk-import-jobs/                         profiles, with the list as
//   relationship GET    /api/profile-bulk-import-jobs/{job}/                   until complete GET
//   /api/profile-bulk-import-jobs/{job}/import-errors/     the profiles it refused GET
//   /api/profiles/?filter=any(email,[...])                 ids of the members to remove DELETE
//   /api/lists/{list}/relationships/profiles/              take them off the list
// Authentication: "Authorization: Klaviyo-API-Key <key>".
class KlaviyoClient : public DestinationClient
{
public:
    static constexpr const char *kRevision = "2024-10-15";

    KlaviyoClient(const Destination &destination, const QString &apiKey, const RetryPolicy &policy,
                  const std::atomic_bool *cancelled);

    Status prepare(const QString &segmentCode) override;
    Result<BatchOutcome> upsert(const QList<PushMember> &members) override;
    Result<BatchOutcome> remove(const QList<PushMember> &members) override;
    int retries() const override { return m_http.retries(); }

    void setPollInterval(int ms) { m_pollMs = ms; }

private:
    Destination m_destination;
    HttpClient m_http;
    const std::atomic_bool *m_cancelled;
    int m_pollMs = 1000;
    int m_maxPolls = 1800;
};

} // namespace seg

#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <chrono>

namespace seg {

// A token bucket per client key (a token's name, or the caller's address before it is
// known): `burst` requests at once, refilled at `perMinute` a minute. Thread-safe.
class RateLimiter
{
public:
    RateLimiter(int perMinute = 600, int burst = 60);

    // 0 when the request may go ahead, else the seconds to wait (for Retry-After).
    int acquire(const QString &key);

private:
    struct Bucket
    {
        double tokens = 0;
        std::chrono::steady_clock::time_point at;
    };
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    double m_perSecond;
    double m_burst;
};

} // namespace seg

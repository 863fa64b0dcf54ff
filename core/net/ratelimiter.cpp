#include "net/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace seg {

RateLimiter::RateLimiter(int perMinute, int burst)
    : m_perSecond(std::max(1, perMinute) / 60.0), m_burst(std::max(1, burst))
{
}

int RateLimiter::acquire(const QString &key)
{
    const auto now = std::chrono::steady_clock::now();
    QMutexLocker lock(&m_mutex);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) it = m_buckets.insert(key, Bucket{m_burst, now});
    const double elapsed = std::chrono::duration<double>(now - it->at).count();
    it->tokens = std::min(m_burst, it->tokens + elapsed * m_perSecond);
    it->at = now;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - it->tokens) / m_perSecond)));
}

} // namespace seg

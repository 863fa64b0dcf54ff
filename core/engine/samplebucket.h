#pragma once

#include <QCryptographicHash>
#include <QString>

#include <cmath>

namespace seg {

// The random sample condition: a member is in a sample of `percent` when
//   int(first 8 hex digits of md5(seed + ":" + member_key), 16) mod 10000 < percent * 100
// (member_key as `evaluate --ids` prints it: the customer id or the guest's folded email).
inline qint64 sampleBucket(const QString &seed, const QString &memberKey)
{
    const QByteArray hex = QCryptographicHash::hash((seed + QLatin1Char(':') + memberKey).toUtf8(),
                                                    QCryptographicHash::Md5)
                               .toHex();
    return qint64(hex.left(8).toULongLong(nullptr, 16) % 10000);
}

// The smallest whole bucket NOT in the sample: bucket < percent * 100 <=> bucket < this. The
// product is rounded to 1e-6 first, so 0.07 % means buckets 0..6.
inline qint64 sampleThreshold(double percent)
{
    const double scaled = std::round(percent * 100.0 * 1e6) / 1e6;
    return qint64(std::ceil(scaled));
}

} // namespace seg

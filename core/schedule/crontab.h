#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

namespace seg {

// A user's crontab through the system's `crontab` program (`crontab -l`, `crontab -`), which
// checks and installs it the way cron expects. `user` non-empty: `crontab -u USER` (root only).
class Crontab
{
public:
    explicit Crontab(QString user = {}, QString program = QStringLiteral("crontab"));

    // The whole crontab; empty when the user has none yet.
    Result<QString> read() const;
    // Replaces the whole crontab.
    Status write(const QString &text) const;

    // The marked block Segmentor manages ("# >>> segmentor schedule >>>" ... "# <<< segmentor
    // schedule <<<"), without its markers; nullopt when there is none.
    static std::optional<QString> block(const QString &crontab);
    // `crontab` with the block replaced by `body` (appended when absent; every block removed when
    // `body` is nullopt), the other lines untouched.
    static QString withBlock(const QString &crontab, const std::optional<QString> &body);

private:
    QString m_user;
    QString m_program;
};

} // namespace seg

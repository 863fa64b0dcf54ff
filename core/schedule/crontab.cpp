#include "schedule/crontab.h"

#include <QProcess>
#include <QStringList>

namespace seg {

namespace {

const QString kBegin = QStringLiteral(
    "# >>> segmentor schedule >>> (managed by segmentor-cli schedule and the Segmentor app; "
    "edit with them)");
const QString kBeginPrefix = QStringLiteral("# >>> segmentor schedule >>>");
const QString kEnd = QStringLiteral("# <<< segmentor schedule <<<");

} // namespace

Crontab::Crontab(QString user, QString program)
    : m_user(std::move(user)), m_program(std::move(program))
{
}

Result<QString> Crontab::read() const
{
    QProcess p;
    QStringList args;
    if (!m_user.isEmpty()) args << QStringLiteral("-u") << m_user;
    args << QStringLiteral("-l");
    p.start(m_program, args);
    if (!p.waitForStarted(10000))
        return Error{
            {},
            QStringLiteral("cannot run %1: %2 (install cron)").arg(m_program, p.errorString()),
            ErrorCode::Io};
    p.closeWriteChannel();
    p.waitForFinished(30000);
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) return out;
    // "no crontab for USER": nothing installed yet, an empty crontab.
    if (err.startsWith(QLatin1String("no crontab for"))) return QString();
    return Error{
        {},
        QStringLiteral("%1 -l failed: %2").arg(m_program, err.isEmpty() ? p.errorString() : err),
        ErrorCode::Io};
}

Status Crontab::write(const QString &text) const
{
    QProcess p;
    QStringList args;
    if (!m_user.isEmpty()) args << QStringLiteral("-u") << m_user;
    args << QStringLiteral("-");
    p.start(m_program, args);
    if (!p.waitForStarted(10000))
        return Error{
            {},
            QStringLiteral("cannot run %1: %2 (install cron)").arg(m_program, p.errorString()),
            ErrorCode::Io};
    p.write(text.toLocal8Bit());
    p.closeWriteChannel();
    p.waitForFinished(30000);
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) return success();
    const QString err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return Error{
        {}, QStringLiteral("%1 refused the new crontab: %2").arg(m_program, err), ErrorCode::Io};
}

std::optional<QString> Crontab::block(const QString &crontab)
{
    const QStringList lines = crontab.split(QLatin1Char('\n'));
    QStringList body;
    bool inside = false;
    bool found = false;
    for (const QString &line : lines) {
        if (line.startsWith(kBeginPrefix)) {
            inside = found = true;
            continue;
        }
        if (inside && line.startsWith(kEnd)) {
            inside = false;
            continue;
        }
        if (inside) body << line;
    }
    if (!found) return std::nullopt;
    return body.join(QLatin1Char('\n'));
}

QString Crontab::withBlock(const QString &crontab, const std::optional<QString> &body)
{
    QStringList kept;
    bool inside = false;
    for (const QString &line : crontab.split(QLatin1Char('\n'))) {
        if (line.startsWith(kBeginPrefix)) {
            inside = true;
            continue;
        }
        if (inside) {
            if (line.startsWith(kEnd)) inside = false;
            continue;
        }
        kept << line;
    }
    // Splitting "a\nb\n" leaves one empty item for the final newline: dropped here, put back by
    // the join below; every other line stays as the user wrote it.
    if (!kept.isEmpty() && kept.last().isEmpty()) kept.removeLast();
    if (body) kept << kBegin << *body << kEnd;
    return kept.isEmpty() ? QString() : kept.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace seg

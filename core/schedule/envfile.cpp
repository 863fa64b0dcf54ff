#include "schedule/envfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace seg {

namespace {

Error ioError(const QString &path, const QString &what)
{
    return Error{path, what, ErrorCode::Io};
}

} // namespace

Status writeEnvFile(const QString &path, const EnvEntries &entries, const QString &comment)
{
    QByteArray text;
    for (const QString &line : comment.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        text += "# " + line.toUtf8() + '\n';
    for (const auto &[key, value] : entries) {
        if (value.contains(QLatin1Char('\n')))
            return Error{key, QStringLiteral("a value may not contain a line break"),
                         ErrorCode::InvalidArgument};
        text += key.toUtf8() + '=' + value.toUtf8() + '\n';
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return ioError(path, QStringLiteral("cannot create the folder of %1").arg(path));
#ifdef Q_OS_UNIX
    // Created 0600 (never readable by others, not even for a moment), then renamed into place.
    const QByteArray tmp = QFile::encodeName(path + QStringLiteral(".tmp"));
    ::unlink(tmp.constData());
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        return ioError(path, QStringLiteral("cannot write %1: %2")
                                 .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    qsizetype written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.constData() + written, size_t(text.size() - written));
        if (n <= 0) break;
        written += n;
    }
    const bool ok = written == text.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || std::rename(tmp.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(tmp.constData());
        return ioError(path, QStringLiteral("cannot write %1").arg(path));
    }
    return success();
#else
    Q_UNUSED(text)
    return ioError(path, QStringLiteral("private environment files need a Unix system"));
#endif
}

Result<EnvEntries> readEnvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(path, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QFileDevice::Permissions shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.permissions() & shared)
        return Error{path,
                     QStringLiteral("other users may read or change this file, and it holds a "
                                    "password: chmod 600 %1")
                         .arg(path),
                     ErrorCode::InvalidArgument};
    EnvEntries entries;
    int number = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = eq > 0 ? line.left(eq).trimmed() : QString();
        if (!key.startsWith(QLatin1String("SEGMENTOR_")))
            return Error{QStringLiteral("%1:%2").arg(path).arg(number),
                         QStringLiteral("expected SEGMENTOR_NAME=value"),
                         ErrorCode::InvalidArgument};
        QString value = QString::fromUtf8(raw);
        value = value.mid(value.indexOf(QLatin1Char('=')) + 1);
        if (value.endsWith(QLatin1Char('\r'))) value.chop(1);
        entries << qMakePair(key, value);
    }
    return entries;
}

} // namespace seg

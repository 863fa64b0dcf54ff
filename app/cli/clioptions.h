#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// The command line, split into the command, its positional arguments and its flags.
// Flags may stand anywhere; "--name value" and "--name=value" are both accepted.
struct CliOptions
{
    QString command;
    QStringList positional;
    QHash<QString, QString> values; // flags with a value
    QStringList switches;           // flags without one

    bool has(const QString &flag) const { return switches.contains(flag) || values.contains(flag); }
    QString value(const QString &flag, const QString &fallback = {}) const
    {
        return values.value(flag, fallback);
    }

    // Which flags take a value; others are switches. Returns an error message or nothing.
    static std::optional<QString> parse(const QStringList &arguments, CliOptions &out);
};

// Exit codes of the CLI contract.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

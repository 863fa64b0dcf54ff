#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace seg {

// What kind of failure an Error is. Front doors switch on it (dialog text, CLI exit status,
// HTTP status); nobody reads the message text to decide what happened.
enum class ErrorCode
{
    Internal,          // a defect or a state the code did not expect
    InvalidDefinition, // the segment definition is wrong; path/nodePath point at the place
    InvalidArgument,   // a value the caller gave is wrong (option, column, URL, member key)
    NotFound,          // no such segment, member, destination, file or resource
    AlreadyExists,     // the name, code or file is taken
    Busy,              // someone else holds the work (a refresh or push already running)
    Cancelled,         // the user asked to stop
    Connection,        // the store cannot be reached, logged in to, or is not a Magento store
    Database,          // the database refused or failed a statement
    Io,                // a file cannot be read or written
    Network,           // an HTTP peer failed, refused or timed out
    Secrets,           // the keychain failed or holds no secret
};

// Stable snake_case names, used in JSON (REST errors) and logs.
const char *errorCodeName(ErrorCode code);

// The child indexes of the node a definition path such as "conditions[1].conditions[0].value"
// points into ({1, 0}); empty when the path is not inside the condition tree.
QList<int> nodePathFromJsonPath(const QString &path);

// An error as a value: its kind, what went wrong, and where (a JSON path such as
// "conditions[1].conditions[0].value" or the name of the offending option; empty when it is not
// about one place). nodePath is the same place as child indexes in the condition tree.
struct Error
{
    QString path;
    QString message;
    ErrorCode code = ErrorCode::Internal;
    QList<int> nodePath = nodePathFromJsonPath(path);

    bool is(ErrorCode c) const { return code == c; }
    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }

    static Error cancelled()
    {
        return Error{{}, QStringLiteral("cancelled"), ErrorCode::Cancelled};
    }
};

// A minimal std::expected stand-in (C++23 is not available with g++ 12).
template <typename T> class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace seg

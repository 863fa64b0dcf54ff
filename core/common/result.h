#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace seg {

// An error as a value: what went wrong and where (a JSON path such as
// "conditions[1].conditions[0].value", or empty when it is not about one place).
struct Error
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// A minimal std::expected stand-in (C++23 is not available with g++ 12).
template <typename T>
class Result
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

inline Status success() { return Done{}; }

} // namespace seg

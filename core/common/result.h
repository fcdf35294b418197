#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace kw {

/** What went wrong, in a category the caller can act on plus a message a person understands. */
struct Error
{
    enum class Code {
        InvalidInput, ///< the user's input breaks a rule (empty text, future date, …)
        NotFound,
        Busy, ///< another program holds a lock on the database
        ReadOnly, ///< the file or folder cannot be written
        DiskFull,
        NewerSchema, ///< the file was written by a newer Kernwijzer
        Corrupt, ///< not a Kernwijzer database or damaged
        Untrusted, ///< a signature is missing or wrong, or the file is for another school
        Expired, ///< a profile past its valid-until day
        Io, ///< any other storage failure
    };

    Code code = Code::Io;
    QString message; ///< translated, one line, safe to show (never contains journal text)
};

/** A value or an Error: returned across module borders instead of throwing. */
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/** Result of an operation that yields nothing but may fail. */
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace kw

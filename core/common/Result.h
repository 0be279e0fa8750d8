#pragma once
// Core functions return Result<T>: either a value or an Error whose message is
// already translated (core uses tr() with English source texts), ready to show.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace tamkeen {

enum class ErrorCode {
    Invalid,          // bad input from the user
    NotFound,
    Conflict,         // e.g. user name taken
    PermissionDenied,
    NotTamkeenFile,
    Corrupt,
    TooNew,
    Locked,           // too many failed logins
    PossibleDuplicate, // similar records exist and were not acknowledged
    Io,
    Database,
    NeedsConfirmation, // plausible but unusual: the caller asks the user, then calls again confirming
    Cancelled,        // the caller no longer wanted the result (a newer request came)
};

struct Error {
    ErrorCode code = ErrorCode::Invalid;
    QString message;  // one translated sentence that says what happened and what to do
    QString field;    // optional: which input the message is about
    QByteArray subject; // optional: the record the message is about (e.g. the existing household)
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value, so that `for (x : f().value())` does not dangle.
    T value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message, QString field = {})
{
    return Error{code, std::move(message), std::move(field), {}};
}

} // namespace tamkeen

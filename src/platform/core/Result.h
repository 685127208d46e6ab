#pragma once
// Errors are values below the UI: every fallible call returns Result<T>, carrying a
// translated message and, for database failures, the engine's own error code.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace crm {

struct Error {
    // Unavailable: the connection to the database server was lost; nothing of the unit was saved
    // and the desk is reconnecting — the same unit may be tried again (with its unit key).
    // AlreadyApplied: a unit tried again whose first try did commit (its answer was lost).
    enum class Kind { Invalid, NotFound, PermissionDenied, Conflict, Database, Io, Auth, Unavailable, AlreadyApplied };
    Kind kind = Kind::Invalid;
    QString message; // for the user, already translated
    QString sqlCode; // engine error code (SQLite extended code / SQLSTATE), empty otherwise

    static Error invalid(QString m) { return {Kind::Invalid, std::move(m), {}}; }
    static Error notFound(QString m) { return {Kind::NotFound, std::move(m), {}}; }
    static Error denied(QString m) { return {Kind::PermissionDenied, std::move(m), {}}; }
    static Error conflict(QString m) { return {Kind::Conflict, std::move(m), {}}; }
    static Error io(QString m) { return {Kind::Io, std::move(m), {}}; }
    static Error auth(QString m) { return {Kind::Auth, std::move(m), {}}; }
    static Error database(QString m, QString code) { return {Kind::Database, std::move(m), std::move(code)}; }

    QString text() const { return sqlCode.isEmpty() ? message : message + QStringLiteral(" [") + sqlCode + u']'; }
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error e) : m_v(std::move(e)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error e) : m_e(std::move(e)) {}
    bool ok() const { return !m_e.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_e; }

private:
    std::optional<Error> m_e;
};

using Status = Result<void>;

// The success or error of a Result whose value the caller does not need.
template <typename T> Status statusOf(const Result<T> &r)
{
    return r ? Status() : Status(r.error());
}

} // namespace crm

// Early return of the error of a failed Result. Keeps service code linear.
#define CRM_TRY(expr)                                                                                                            \
    do {                                                                                                                         \
        auto &&crm_try_r_ = (expr);                                                                                              \
        if (!crm_try_r_.ok())                                                                                                    \
            return crm_try_r_.error();                                                                                           \
    } while (false)

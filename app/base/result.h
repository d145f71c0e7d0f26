// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace clearroom {

/// A failure a user must see: one translated, specific sentence (what, where, what was expected).
struct Error
{
    QString message;
    /// A mistake in how something was asked for (a command line's usage), rather than a
    /// failure of the work itself. The CLI exits with 2 for these, 1 otherwise.
    bool isUsageError = false;
};

/// The value of an operation that can fail for reasons a user must be told about.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }
    const QString &errorMessage() const { return error().message; }

private:
    std::variant<T, Error> m_state;
};

/// A result without a value: success, or an error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    const QString &errorMessage() const { return m_error->message; }

private:
    std::optional<Error> m_error;
};

} // namespace clearroom

#pragma once

#include "ApiError.h"

#include <functional>
#include <variant>

// The outcome of an asynchronous call: a value or an ApiError, never both.
template<typename T> class Result {
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(ApiError error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_state); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

// The value of a call that answers nothing but success.
struct Done { };

template<typename T> using Callback = std::function<void(const Result<T> &)>;

#pragma once
// The value every public slow operation returns: a value or an error, warnings either way, or "cancelled".
#include <functional>
#include <new>
#include <optional>
#include <vector>

#include "util/Message.h"

namespace vitrina::util {

template <class T> struct Result {
    std::optional<T> value;
    std::vector<Message> warnings;
    std::optional<Message> error;
    bool cancelled = false;

    bool ok() const { return value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& operator*() { return *value; }
    const T& operator*() const { return *value; }
    T* operator->() { return &*value; }
    const T* operator->() const { return &*value; }
};

/// Runs `body` (which returns T and may append to `warnings`), turning Error, Cancelled and bad_alloc into a
/// Result. Entry points use it so that no exception leaves the core.
template <class T, class Body> Result<T> capture(Body&& body) {
    Result<T> result;
    try {
        result.value.emplace(body(result.warnings));
    } catch (const Error& e) {
        result.error = e.message();
    } catch (const Cancelled&) {
        result.cancelled = true;
        result.error = makeMessage(MessageCode::OperationCancelled);
    } catch (const std::bad_alloc&) {
        result.error = makeMessage(MessageCode::OutOfMemory, {"allocation failed"});
    } catch (const std::exception& e) {
        result.error = makeMessage(MessageCode::InternalError, {e.what()});
    }
    return result;
}

} // namespace vitrina::util

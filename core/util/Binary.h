#pragma once
// Little-endian binary serialisation for model state stored in the project file.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include "util/Message.h"

namespace vitrina::util {

static_assert(std::endian::native == std::endian::little, "Vitrina stores little-endian data natively");

class ByteWriter {
public:
    template <class T> void put(const T& value) {
        static_assert(std::is_trivially_copyable_v<T>);
        const auto* p = reinterpret_cast<const std::byte*>(&value);
        bytes_.insert(bytes_.end(), p, p + sizeof(T));
    }
    template <class T> void putVector(std::span<const T> values) {
        static_assert(std::is_trivially_copyable_v<T>);
        put<std::uint64_t>(values.size());
        const auto* p = reinterpret_cast<const std::byte*>(values.data());
        bytes_.insert(bytes_.end(), p, p + values.size_bytes());
    }
    template <class T> void putVector(const std::vector<T>& values) { putVector(std::span<const T>(values)); }
    void putString(const std::string& s) {
        put<std::uint64_t>(s.size());
        const auto* p = reinterpret_cast<const std::byte*>(s.data());
        bytes_.insert(bytes_.end(), p, p + s.size());
    }
    const std::vector<std::byte>& bytes() const { return bytes_; }
    std::vector<std::byte> take() { return std::move(bytes_); }

private:
    std::vector<std::byte> bytes_;
};

/// Reads what ByteWriter wrote; any overrun is a clear error (a corrupt model blob), never UB.
class ByteReader {
public:
    explicit ByteReader(std::span<const std::byte> bytes) : bytes_(bytes) {}

    template <class T> T get() {
        static_assert(std::is_trivially_copyable_v<T>);
        need(sizeof(T));
        T value;
        std::memcpy(&value, bytes_.data() + pos_, sizeof(T));
        pos_ += sizeof(T);
        return value;
    }
    template <class T> std::vector<T> getVector() {
        static_assert(std::is_trivially_copyable_v<T>);
        const auto n = get<std::uint64_t>();
        if (n > (bytes_.size() - pos_) / sizeof(T)) corrupt();
        std::vector<T> values(static_cast<std::size_t>(n));
        if (!values.empty()) std::memcpy(values.data(), bytes_.data() + pos_, values.size() * sizeof(T)); // null if empty
        pos_ += values.size() * sizeof(T);
        return values;
    }
    std::string getString() {
        const auto n = get<std::uint64_t>();
        if (n > bytes_.size() - pos_) corrupt();
        std::string s(reinterpret_cast<const char*>(bytes_.data() + pos_), static_cast<std::size_t>(n));
        pos_ += s.size();
        return s;
    }
    bool atEnd() const { return pos_ == bytes_.size(); }

private:
    void need(std::size_t n) const {
        if (n > bytes_.size() - pos_) corrupt();
    }
    [[noreturn]] static void corrupt() { fail(MessageCode::InternalError, {"truncated or corrupt binary data"}); }

    std::span<const std::byte> bytes_;
    std::size_t pos_ = 0;
};

} // namespace vitrina::util

#pragma once
// SHA-256 (FIPS 180-4), incremental, for recognising the official release files by their published hashes.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace vitrina::data {

class Sha256 {
public:
    Sha256();
    void update(const void* data, std::size_t bytes);
    void update(std::string_view text) { update(text.data(), text.size()); }
    /// The digest; the object must not be updated afterwards.
    std::array<std::uint8_t, 32> finish();

    static std::string hex(const std::array<std::uint8_t, 32>& digest);

private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t totalBytes_ = 0;
};

/// Lowercase hex digest of `text`.
std::string sha256Hex(std::string_view text);

} // namespace vitrina::data

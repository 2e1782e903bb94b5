#pragma once
// Recognising the official RetailRocket release (Kaggle "retailrocket/ecommerce-dataset") by size first and
// by SHA-256 only when the size matches. Hashing ~890 MB takes seconds, so callers run it in the background
// after the import and cache the result (SourceFile::sha256); the import itself never hashes.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "data/Dataset.h"
#include "util/Progress.h"
#include "util/Result.h"

namespace vitrina::data {

struct OfficialReleaseFile {
    std::string_view role; ///< as in SourceFile::role
    std::string_view fileName;
    std::uint64_t bytes;
    std::string_view sha256; ///< lowercase hex
};

std::span<const OfficialReleaseFile> officialReleaseFiles();

/// The official file of this role and exact size, or null. (Only for such a file is hashing worthwhile.)
const OfficialReleaseFile* officialFileOfSize(std::string_view role, std::uint64_t bytes);
/// The cheap test: is `bytes` the size of an official file of this role?
bool sizeMatchesOfficialRelease(std::string_view role, std::uint64_t bytes);

/// Size and hash (hex, either case) both those of an official file of this role.
bool isOfficialRelease(std::string_view role, std::uint64_t bytes, std::string_view sha256hex);

/// Streams the file through SHA-256 in 4 MB blocks (progress and cancellation between blocks).
util::Result<std::string> sha256File(const std::string& path, const util::Progress& progress);

/// For an imported source: when its size matches, hashes the file and fills `sha256` and `officialRelease`;
/// otherwise leaves `sha256` empty, sets `officialRelease` to false and returns at once. A file whose size
/// changed since the import is not recognised.
util::Result<bool> checkOfficialRelease(SourceFile& source, const util::Progress& progress);

} // namespace vitrina::data

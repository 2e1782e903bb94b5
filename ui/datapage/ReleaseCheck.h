#pragma once
// Recognising the official RetailRocket release (Kaggle "retailrocket/ecommerce-dataset"): the size is checked
// at once; only a file whose size matches is hashed (sha256), in a background job, and the result is cached in
// the project (meta key "release.sha256.<file name>") so that reopening never hashes again.
#include <QString>

#include <cstdint>
#include <optional>
#include <string>

#include "util/Progress.h"

namespace vitrina::data {
struct SourceFile;
}

namespace vitrina::ui::datapage {

struct OfficialFile {
    const char* role;
    const char* fileName;
    std::uint64_t bytes;
    const char* sha256;
};

/// The release file with this source's role and exact size, if any.
std::optional<OfficialFile> matchOfficialSize(const data::SourceFile& source);

/// Lower-case hex sha256 of a file, reading in blocks with progress and cancellation; throws util::Error
/// (file not found / unreadable) or util::Cancelled.
std::string sha256OfFile(const std::string& path, const util::Progress& progress);

/// The project meta key of a release file's cached checksum.
std::string releaseMetaKey(const OfficialFile& file);

} // namespace vitrina::ui::datapage

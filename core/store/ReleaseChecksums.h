#pragma once
// Whether the sources of a dataset are files of the official RetailRocket release (data/ReleaseCheck.h), with
// their SHA-256 cached in the project so that reopening never hashes again. Cache entries are project facts
// under "release.sha256.<file name>" holding {"bytes", "modified_ms", "sha256"}; an entry counts only while
// the source's size and modification time (as imported) are the same. Every function here reads or writes the
// project file or hashes files: call them off the GUI thread.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "data/ReleaseCheck.h"
#include "util/Progress.h"
#include "util/Result.h"

namespace vitrina::store {

class ProjectFile;

/// The project fact key of a release file's cached checksum.
std::string releaseChecksumKey(const data::OfficialReleaseFile& file);

enum class ReleaseFileStatus : std::uint8_t {
    Verified,        ///< size and SHA-256 are the official file's
    ChecksumDiffers, ///< the official size, another SHA-256
    CannotVerify,    ///< the official size, but the file is gone, unreadable or changed since the import
};

/// What is known of one source of an official file's size.
struct ReleaseFileCheck {
    std::size_t sourceIndex = 0;
    std::string sha256; ///< lowercase hex; empty when the file could not be hashed
    ReleaseFileStatus status = ReleaseFileStatus::CannotVerify;
};

/// Checks every source whose role and size are an official file's (the others are left out): a checksum the
/// source already has (the importer's) or that `project` caches is used as is; otherwise the file is hashed and,
/// when `project` is not null, the checksum is cached in it. Progress runs over the files hashed; a cancel stops
/// between blocks. A failing cache read or write only costs time: it is not an error.
util::Result<std::vector<ReleaseFileCheck>> verifyReleaseSources(const std::vector<data::SourceFile>& sources,
                                                                 ProjectFile* project, const util::Progress& progress);

/// Caches the checksums of these checks in `project` (a project saved under a new name learns them); failures
/// are ignored.
void cacheReleaseChecks(ProjectFile& project, const std::vector<data::SourceFile>& sources,
                        const std::vector<ReleaseFileCheck>& checks);

} // namespace vitrina::store

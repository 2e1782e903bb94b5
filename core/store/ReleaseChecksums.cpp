#include "store/ReleaseChecksums.h"

#include <nlohmann/json.hpp>

#include "store/ProjectFile.h"

namespace vitrina::store {
namespace {

ReleaseFileStatus statusOf(const data::OfficialReleaseFile& file, const data::SourceFile& source,
                           const std::string& sha256) {
    if (sha256.empty()) return ReleaseFileStatus::CannotVerify;
    return data::isOfficialRelease(file.role, source.bytes, sha256) ? ReleaseFileStatus::Verified
                                                                     : ReleaseFileStatus::ChecksumDiffers;
}

std::string cachedChecksum(const ProjectFile& project, const data::OfficialReleaseFile& file,
                           const data::SourceFile& source) {
    try {
        const auto text = project.meta(releaseChecksumKey(file));
        if (!text) return {};
        const auto entry = nlohmann::json::parse(*text);
        if (entry.at("bytes").get<std::uint64_t>() != source.bytes ||
            entry.at("modified_ms").get<std::int64_t>() != source.modifiedMs)
            return {};
        return entry.at("sha256").get<std::string>();
    } catch (const std::exception&) {
        return {}; // a damaged or unreadable entry: the file is hashed again
    }
}

void writeChecksum(ProjectFile& project, const data::OfficialReleaseFile& file, const data::SourceFile& source,
                   const std::string& sha256) {
    const nlohmann::json entry{{"bytes", source.bytes}, {"modified_ms", source.modifiedMs}, {"sha256", sha256}};
    try {
        project.putMeta(releaseChecksumKey(file), entry.dump());
    } catch (const std::exception&) {
        // A read-only or busy project hashes again next time.
    }
}

} // namespace

std::string releaseChecksumKey(const data::OfficialReleaseFile& file) {
    return "release.sha256." + std::string(file.fileName);
}

util::Result<std::vector<ReleaseFileCheck>> verifyReleaseSources(const std::vector<data::SourceFile>& sources,
                                                                 ProjectFile* project, const util::Progress& progress) {
    return util::capture<std::vector<ReleaseFileCheck>>([&](std::vector<util::Message>&) {
        std::vector<ReleaseFileCheck> checks;
        std::vector<std::size_t> toHash; // into checks
        for (std::size_t i = 0; i < sources.size(); ++i) {
            const data::SourceFile& source = sources[i];
            const data::OfficialReleaseFile* file = data::officialFileOfSize(source.role, source.bytes);
            if (!file) continue;
            ReleaseFileCheck check{i, source.sha256, ReleaseFileStatus::CannotVerify};
            if (check.sha256.empty() && project) check.sha256 = cachedChecksum(*project, *file, source);
            if (check.sha256.empty()) toHash.push_back(checks.size());
            else check.status = statusOf(*file, source, check.sha256);
            checks.push_back(std::move(check));
        }
        for (std::size_t k = 0; k < toHash.size(); ++k) {
            ReleaseFileCheck& check = checks[toHash[k]];
            data::SourceFile source = sources[check.sourceIndex];
            const double n = static_cast<double>(toHash.size());
            const auto hashed = data::checkOfficialRelease(source, progress.sub(k / n, (k + 1) / n, "checksum"));
            if (hashed.cancelled) throw util::Cancelled();
            // Gone, unreadable or changed since the import: not verifiable, and nothing to cache.
            if (!hashed || source.sha256.empty()) continue;
            const data::OfficialReleaseFile& file = *data::officialFileOfSize(source.role, source.bytes);
            check.sha256 = source.sha256;
            check.status = statusOf(file, source, check.sha256);
            if (project) writeChecksum(*project, file, source, check.sha256);
        }
        return checks;
    });
}

void cacheReleaseChecks(ProjectFile& project, const std::vector<data::SourceFile>& sources,
                        const std::vector<ReleaseFileCheck>& checks) {
    for (const ReleaseFileCheck& check : checks) {
        if (check.sha256.empty() || check.sourceIndex >= sources.size()) continue;
        const data::SourceFile& source = sources[check.sourceIndex];
        if (const data::OfficialReleaseFile* file = data::officialFileOfSize(source.role, source.bytes))
            writeChecksum(project, *file, source, check.sha256);
    }
}

} // namespace vitrina::store

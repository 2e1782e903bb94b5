#pragma once
// The project file (.vitrina): SQLite with a rollback journal, synchronous=FULL, schema version + migrations.
// Large arrays are stored in chunks (no single value over 256 MB). Every write is one transaction, so an
// interrupted save leaves the previous state intact. sqlite3.h stays out of this header.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "data/Dataset.h"
#include "util/Progress.h"
#include "util/Result.h"
#include "util/WatchedMutex.h"

namespace vitrina::store {

inline constexpr int kSchemaVersion = 2;
inline constexpr std::size_t kMaxChunkBytes = 64u << 20; ///< well under SQLite's and our 256 MB value limit

enum class OpenMode { OpenExisting, CreateOrOpen };

/// Summary of an artefact without its blob: store/Artefact.h (its JSON meta keeps nlohmann/json out of here).
struct ArtefactInfo;

class ProjectFile {
public:
    ~ProjectFile();
    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;

    /// Opens (and migrates) a project. A file that is not SQLite, or SQLite without our schema, is a clear error.
    static util::Result<std::shared_ptr<ProjectFile>> open(const std::string& path, OpenMode mode);

    const std::string& path() const { return path_; }
    int schemaVersion() const;

    bool hasDataset() const;
    /// Replaces the stored dataset in one transaction. Throws util::Error / util::Cancelled.
    void saveDataset(const data::Dataset& dataset, const util::Progress& progress);
    /// Reads the dataset back without parsing any CSV. Throws util::Error / util::Cancelled.
    data::Dataset loadDataset(const util::Progress& progress) const;

    /// Named artefacts: trained models ("model"), evaluation results ("evaluation"), experiments ("abtest").
    /// Reading them needs store/Artefact.h.
    void putArtefact(const std::string& kind, const std::string& name, const nlohmann::json& meta,
                     std::span<const std::byte> blob = {});
    std::vector<ArtefactInfo> listArtefacts(const std::string& kind) const;
    std::optional<ArtefactInfo> artefactInfo(const std::string& kind, const std::string& name) const;
    std::vector<std::byte> artefactBlob(const std::string& kind, const std::string& name) const;
    void removeArtefact(const std::string& kind, const std::string& name);

    /// Small key/value facts (e.g. cached sha256 of release files).
    void putMeta(const std::string& key, const std::string& value);
    std::optional<std::string> meta(const std::string& key) const;

    struct Impl;

private:
    explicit ProjectFile(std::unique_ptr<Impl> impl, std::string path);
    std::unique_ptr<Impl> impl_;
    std::string path_;
    /// One connection, serialised. A save holds it for seconds: the GUI thread never takes it (jobs do the
    /// file's work), and util::interactiveLockStats() counts it if it ever does.
    mutable util::WatchedMutex mutex_;
};

/// Convenience: import-then-save and open-then-load as single Results.
util::Result<std::shared_ptr<ProjectFile>> saveDatasetAs(const std::string& path, const data::Dataset& dataset,
                                                         const util::Progress& progress);
util::Result<data::Dataset> loadDatasetFrom(const std::string& path, const util::Progress& progress);

} // namespace vitrina::store

#pragma once
// Follows the open dataset and tells, per source file, whether it is a file of the official RetailRocket
// release: the size at once, the SHA-256 (read from the project's cache, or hashed and cached) in a background
// job. Every project-file access and all hashing run on workers (core/store/ReleaseChecksums.h).
#include <QObject>
#include <QString>

#include <memory>
#include <string>
#include <vector>

#include "jobs/JobRunner.h"

namespace vitrina::data {
struct Dataset;
}
namespace vitrina::store {
class ProjectFile;
}
namespace vitrina::ui::session {
class ProjectSession;
}

namespace vitrina::ui::datapage {

class ReleaseVerifier : public QObject {
    Q_OBJECT
public:
    enum class Status { NotRelease, Checking, Verified, ChecksumDiffers, CannotVerify };

    ReleaseVerifier(session::ProjectSession& session, jobs::JobRunner& runner, QObject* parent = nullptr);

    jobs::JobTracker& tracker() { return tracker_; }
    /// The job that writes known checksums into a project saved under a new name (tests wait for it).
    jobs::JobTracker& cacheTracker() { return cacheTracker_; }
    /// Per source index of the current dataset (NotRelease when out of range).
    Status status(int sourceIndex) const;
    /// Translated text of a status ("" for NotRelease).
    static QString statusText(Status status);
    /// The events file is verified and no other release-sized file failed its checksum.
    bool isOfficialRelease() const;
    /// Some release-sized file is still being checked.
    bool isChecking() const;

signals:
    void changed();

private:
    struct Entry {
        int sourceIndex = -1;
        bool events = false;
        std::string sha; ///< known checksum; empty while unknown or not readable
        Status status = Status::Checking;
    };

    void onDatasetChanged();
    void onProjectChanged();
    void startChecking();
    /// Writes the checksums known so far into `project`, on a worker.
    void cacheKnownChecksums(const std::shared_ptr<store::ProjectFile>& project);

    session::ProjectSession& session_;
    jobs::JobTracker tracker_;
    jobs::JobTracker cacheTracker_;
    std::shared_ptr<const data::Dataset> dataset_;
    std::vector<Entry> entries_;
};

} // namespace vitrina::ui::datapage

#pragma once
// Follows the open dataset and tells, per source file, whether it is a file of the official RetailRocket
// release: the size at once, the sha256 in a background job (only for size matches), cached in the project.
#include <QObject>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

#include "jobs/JobRunner.h"

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
        std::string path;
        std::string expectedSha;
        std::string metaKey;
        std::uint64_t bytes = 0;
        std::int64_t modifiedMs = 0;
        std::string sha; ///< computed or cached; empty while unknown
        Status status = Status::Checking;
    };

    void onDatasetChanged();
    void onProjectChanged();
    void startHashing();
    void writeCache(const Entry& entry);

    session::ProjectSession& session_;
    jobs::JobTracker tracker_;
    std::vector<Entry> entries_;
    std::size_t sourceCount_ = 0;
};

} // namespace vitrina::ui::datapage

#include "datapage/ReleaseVerifier.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include "datapage/ReleaseCheck.h"
#include "session/ProjectSession.h"
#include "store/ProjectFile.h"

namespace vitrina::ui::datapage {

ReleaseVerifier::ReleaseVerifier(session::ProjectSession& session, jobs::JobRunner& runner, QObject* parent)
    : QObject(parent), session_(session), tracker_(runner, this) {
    connect(&session_, &session::ProjectSession::datasetChanged, this, &ReleaseVerifier::onDatasetChanged);
    connect(&session_, &session::ProjectSession::projectChanged, this, &ReleaseVerifier::onProjectChanged);
    onDatasetChanged();
}

ReleaseVerifier::Status ReleaseVerifier::status(int sourceIndex) const {
    for (const Entry& e : entries_)
        if (e.sourceIndex == sourceIndex) return e.status;
    return Status::NotRelease;
}

QString ReleaseVerifier::statusText(Status status) {
    switch (status) {
    case Status::NotRelease: return tr("no: other size");
    case Status::Checking: return tr("size matches; checking sha256…");
    case Status::Verified: return tr("yes (sha256 verified)");
    case Status::ChecksumDiffers: return tr("no: same size, different sha256");
    case Status::CannotVerify: return tr("size matches; file not available to verify");
    }
    return {};
}

bool ReleaseVerifier::isOfficialRelease() const {
    bool eventsVerified = false;
    for (const Entry& e : entries_) {
        if (e.status == Status::ChecksumDiffers) return false;
        if (e.status == Status::Verified && e.metaKey == "release.sha256.events.csv") eventsVerified = true;
    }
    return eventsVerified;
}

bool ReleaseVerifier::isChecking() const {
    for (const Entry& e : entries_)
        if (e.status == Status::Checking) return true;
    return false;
}

void ReleaseVerifier::onDatasetChanged() {
    entries_.clear();
    const auto dataset = session_.dataset();
    sourceCount_ = dataset ? dataset->sources.size() : 0;
    const auto project = session_.project();
    for (std::size_t i = 0; dataset && i < dataset->sources.size(); ++i) {
        const data::SourceFile& source = dataset->sources[i];
        const std::optional<OfficialFile> official = matchOfficialSize(source);
        if (!official) continue;
        Entry e;
        e.sourceIndex = static_cast<int>(i);
        e.path = source.path;
        e.expectedSha = official->sha256;
        e.metaKey = releaseMetaKey(*official);
        e.bytes = source.bytes;
        e.modifiedMs = source.modifiedMs;
        if (!source.sha256.empty()) e.sha = source.sha256; // the importer or an earlier check already hashed it
        if (e.sha.empty() && project) {
            try {
                if (const auto cached = project->meta(e.metaKey)) {
                    const auto j = nlohmann::json::parse(*cached);
                    if (j.at("bytes").get<std::uint64_t>() == e.bytes && j.at("modified_ms").get<std::int64_t>() == e.modifiedMs)
                        e.sha = j.at("sha256").get<std::string>();
                }
            } catch (const std::exception&) {
                // A damaged cache entry is ignored: the file is hashed again.
            }
        }
        if (!e.sha.empty()) e.status = e.sha == e.expectedSha ? Status::Verified : Status::ChecksumDiffers;
        else if (!QFileInfo::exists(QString::fromStdString(e.path))) e.status = Status::CannotVerify;
        else e.status = Status::Checking;
        entries_.push_back(std::move(e));
    }
    emit changed();
    startHashing();
}

void ReleaseVerifier::onProjectChanged() {
    if (!session_.project()) return;
    for (const Entry& e : entries_)
        if (!e.sha.empty()) writeCache(e);
}

void ReleaseVerifier::writeCache(const Entry& entry) {
    const auto project = session_.project();
    if (!project) return;
    const nlohmann::json j = {{"bytes", entry.bytes}, {"modified_ms", entry.modifiedMs}, {"sha256", entry.sha}};
    try {
        project->putMeta(entry.metaKey, j.dump());
    } catch (const std::exception&) {
        // The cache is an optimisation: a read-only or busy project just hashes again next time.
    }
}

void ReleaseVerifier::startHashing() {
    struct Job {
        int sourceIndex;
        std::string path;
    };
    std::vector<Job> jobs;
    for (const Entry& e : entries_)
        if (e.status == Status::Checking) jobs.push_back({e.sourceIndex, e.path});
    if (jobs.empty()) {
        if (tracker_.isRunning()) tracker_.cancel();
        return;
    }
    using Hashes = std::vector<std::pair<int, std::string>>; // source index, sha256 ("" = could not read)
    const quint64 revision = session_.revision();
    tracker_.start<Hashes>(
        tr("Checking the release checksums"),
        [jobs](const jobs::JobContext& job) {
            return util::capture<Hashes>([&](std::vector<util::Message>&) {
                Hashes hashes;
                for (std::size_t k = 0; k < jobs.size(); ++k) {
                    const util::Progress part = job.progress.sub(static_cast<double>(k) / static_cast<double>(jobs.size()),
                                                                 static_cast<double>(k + 1) / static_cast<double>(jobs.size()),
                                                                 "checksum");
                    std::string sha;
                    try {
                        sha = sha256OfFile(jobs[k].path, part);
                    } catch (const util::Error&) {
                        sha.clear(); // unreadable now: reported as "cannot verify"
                    }
                    hashes.emplace_back(jobs[k].sourceIndex, std::move(sha));
                }
                return hashes;
            });
        },
        [this, revision](util::Result<Hashes>& result) {
            if (!result || session_.revision() != revision) return;
            for (const auto& [index, sha] : *result) {
                for (Entry& e : entries_) {
                    if (e.sourceIndex != index) continue;
                    e.sha = sha;
                    e.status = sha.empty() ? Status::CannotVerify
                                           : (sha == e.expectedSha ? Status::Verified : Status::ChecksumDiffers);
                    if (!sha.empty()) writeCache(e);
                }
            }
            emit changed();
        });
}

} // namespace vitrina::ui::datapage

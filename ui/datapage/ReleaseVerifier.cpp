#include "datapage/ReleaseVerifier.h"

#include "data/ReleaseCheck.h"
#include "session/ProjectSession.h"
#include "store/ProjectFile.h"
#include "store/ReleaseChecksums.h"

namespace vitrina::ui::datapage {

namespace {
using Checks = std::vector<store::ReleaseFileCheck>;

ReleaseVerifier::Status statusOf(store::ReleaseFileStatus status) {
    switch (status) {
    case store::ReleaseFileStatus::Verified: return ReleaseVerifier::Status::Verified;
    case store::ReleaseFileStatus::ChecksumDiffers: return ReleaseVerifier::Status::ChecksumDiffers;
    case store::ReleaseFileStatus::CannotVerify: return ReleaseVerifier::Status::CannotVerify;
    }
    return ReleaseVerifier::Status::CannotVerify;
}
} // namespace

ReleaseVerifier::ReleaseVerifier(session::ProjectSession& session, jobs::JobRunner& runner, QObject* parent)
    : QObject(parent), session_(session), tracker_(runner, this), cacheTracker_(runner, this) {
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
        if (e.status == Status::Verified && e.events) eventsVerified = true;
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
    dataset_ = session_.dataset();
    for (std::size_t i = 0; dataset_ && i < dataset_->sources.size(); ++i) {
        const data::SourceFile& source = dataset_->sources[i];
        if (data::officialFileOfSize(source.role, source.bytes))
            entries_.push_back({static_cast<int>(i), source.role == "events", {}, Status::Checking});
    }
    emit changed();
    startChecking();
}

void ReleaseVerifier::onProjectChanged() {
    if (const auto project = session_.project()) cacheKnownChecksums(project);
}

void ReleaseVerifier::startChecking() {
    if (entries_.empty()) {
        tracker_.cancel();
        return;
    }
    const auto dataset = dataset_;
    const auto project = session_.project();
    const quint64 revision = session_.revision();
    tracker_.start<Checks>(
        tr("Checking the release checksums"),
        [dataset, project](const jobs::JobContext& job) {
            return store::verifyReleaseSources(dataset->sources, project.get(), job.progress);
        },
        [this, revision, project](util::Result<Checks>& result) {
            if (!result || session_.revision() != revision) return;
            for (const store::ReleaseFileCheck& check : *result)
                for (Entry& e : entries_)
                    if (e.sourceIndex == static_cast<int>(check.sourceIndex)) {
                        e.sha = check.sha256;
                        e.status = statusOf(check.status);
                    }
            emit changed();
            // Saved under a new name while hashing: the checksums went into the old file; the new one learns them.
            const auto current = session_.project();
            if (current && current != project) cacheKnownChecksums(current);
        });
}

void ReleaseVerifier::cacheKnownChecksums(const std::shared_ptr<store::ProjectFile>& project) {
    Checks known;
    for (const Entry& e : entries_)
        if (!e.sha.empty()) known.push_back({static_cast<std::size_t>(e.sourceIndex), e.sha, {}});
    if (known.empty() || !dataset_) return;
    const auto dataset = dataset_;
    cacheTracker_.start<bool>(
        tr("Caching the release checksums"),
        [dataset, project, known](const jobs::JobContext&) {
            return util::capture<bool>([&](std::vector<util::Message>&) {
                store::cacheReleaseChecks(*project, dataset->sources, known);
                return true;
            });
        },
        [](util::Result<bool>&) {});
}

} // namespace vitrina::ui::datapage

#pragma once
// The training sessions as session-KNN sees them: each session's distinct items (training events only,
// every event type) and the moment of its last training event, plus the inverted index item -> sessions,
// each list in recency order (latest last event first; equal times: the higher session number first).
#include <cstdint>
#include <span>
#include <vector>

#include "data/Dataset.h"
#include "util/Binary.h"
#include "util/Progress.h"

namespace vitrina::models {

class TrainingSet;

struct SessionCatalog {
    std::vector<std::uint64_t> itemOffsets;    ///< size sessions + 1
    std::vector<data::ItemIndex> items;        ///< distinct items of each session, ascending
    std::vector<std::int64_t> lastTime;        ///< last training event of each session (ms)
    std::vector<data::VisitorIndex> visitor;   ///< the session's visitor
    std::vector<std::uint64_t> postingOffsets; ///< size items + 1
    std::vector<std::uint32_t> postings;       ///< sessions holding each item, in recency order

    std::size_t size() const { return lastTime.size(); }
    std::span<const data::ItemIndex> itemsOf(std::uint32_t s) const {
        return {items.data() + itemOffsets[s], static_cast<std::size_t>(itemOffsets[s + 1] - itemOffsets[s])};
    }
    std::span<const std::uint32_t> sessionsOf(data::ItemIndex i) const {
        if (i + std::size_t{1} >= postingOffsets.size()) return {};
        return {postings.data() + postingOffsets[i], static_cast<std::size_t>(postingOffsets[i + 1] - postingOffsets[i])};
    }
    /// True when session a comes before b in recency order.
    bool moreRecent(std::uint32_t a, std::uint32_t b) const {
        return lastTime[a] > lastTime[b] || (lastTime[a] == lastTime[b] && a > b);
    }
    std::uint64_t memoryBytes() const;
};

/// Sessions of `train.sessions()` restricted to the training events; sessions without one are left out.
SessionCatalog buildSessionCatalog(const TrainingSet& train, const util::Progress& progress);

void writeSessionCatalog(util::ByteWriter& out, const SessionCatalog& catalog);
/// Reads and checks what writeSessionCatalog wrote (`items` = the dataset's item count).
SessionCatalog readSessionCatalog(util::ByteReader& in, std::size_t items);

} // namespace vitrina::models

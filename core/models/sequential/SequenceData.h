#pragma once
// Training sequences for the sequential models (GRU4Rec, SASRec): each training session (or each visitor's
// whole training history) as the item rows of its training events in log order (time order), every event
// type counting as a click. Item rows number the candidate items (items with a training event) in item
// order, so the networks' tables hold no row for an item they can never score.
#include <cstdint>
#include <span>
#include <vector>

#include "models/Query.h"
#include "models/TrainingSet.h"
#include "util/Progress.h"

namespace vitrina::models::sequential {

/// Candidate items <-> network rows.
struct ItemRows {
    std::vector<std::int32_t> rowOfItem; ///< per dataset item; -1 for items without a row
    std::vector<data::ItemIndex> itemOfRow;

    static ItemRows fromCandidates(const TrainingSet& train);
    std::size_t size() const { return itemOfRow.size(); }
    /// The rows of `items` in order, skipping items without a row.
    std::vector<std::uint32_t> rowsOf(std::span<const data::ItemIndex> items) const;
};

enum class SequenceUnit : std::uint8_t { Session, History };

struct Sequences {
    std::vector<std::uint64_t> offsets; ///< size() + 1
    std::vector<std::uint32_t> rows;
    std::vector<std::int64_t> firstTime; ///< of each sequence's first training event

    std::size_t size() const { return firstTime.size(); }
    std::span<const std::uint32_t> at(std::size_t s) const {
        return {rows.data() + offsets[s], static_cast<std::size_t>(offsets[s + 1] - offsets[s])};
    }
    /// Occurrences of each row over all sequences (the negative sampler's support).
    std::vector<double> rowSupport(std::size_t rowCount) const;
};

/// Sequences with at least `minLength` training events, ordered by first event time (ties: log order).
Sequences buildSequences(const TrainingSet& train, const ItemRows& rows, SequenceUnit unit, std::size_t minLength,
                         const util::Progress& progress);

/// The events of `query` a sequential model reads: the current session, or the whole history. An empty
/// current session is replaced by the history's last session (the longest tail whose gaps are at most `gapMs`),
/// as the session-KNN models do. Returns [begin, end) into the query's events.
std::pair<std::size_t, std::size_t> queryEvents(const Query& query, SequenceUnit unit, std::int64_t gapMs);

} // namespace vitrina::models::sequential

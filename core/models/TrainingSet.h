#pragma once
// A training view of a dataset: the events a model may learn from (a mask over the event log) and derived
// structures built once and shared by every model trained on it (thread-safe lazy caches).
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "data/InteractionMatrix.h"
#include "data/Sessions.h"

namespace vitrina::models {

class TrainingSet {
public:
    /// `eventMask[e] != 0` marks event e of `dataset` as training data. `sessions` is the session split used
    /// by session-based models (computed on the whole log; models skip masked-out events). `cutoffMs` is the
    /// moment training ends (informational; the mask is authoritative).
    TrainingSet(std::shared_ptr<const data::Dataset> dataset, std::vector<std::uint8_t> eventMask,
                std::shared_ptr<const data::SessionIndex> sessions, std::int64_t cutoffMs);

    const data::Dataset& dataset() const { return *dataset_; }
    const std::shared_ptr<const data::Dataset>& datasetPtr() const { return dataset_; }
    std::span<const std::uint8_t> mask() const { return mask_; }
    bool isTraining(std::uint64_t event) const { return mask_[event] != 0; }
    const data::SessionIndex& sessions() const { return *sessions_; }
    std::int64_t cutoffMs() const { return cutoffMs_; }
    std::size_t itemCount() const { return dataset_->items.size(); }
    std::size_t visitorCount() const { return dataset_->visitors.size(); }
    std::uint64_t trainingEvents() const { return trainingEvents_; }

    /// Training events per item (any type).
    const std::vector<std::uint32_t>& itemEventCounts() const { return itemEvents_; }
    /// Distinct training visitors per item.
    const std::vector<std::uint32_t>& itemVisitorCounts() const { return itemVisitors_; }
    /// Visitors with at least one training event.
    std::uint64_t activeVisitors() const { return activeVisitors_; }
    /// 1 for items with at least one training interaction (the evaluation's candidate set).
    const std::vector<std::uint8_t>& candidates() const { return candidates_; }
    std::uint32_t candidateCount() const { return candidateCount_; }
    /// Candidate items by training event count descending, then index ascending (the popularity fallback).
    const std::vector<data::ItemIndex>& popularityOrder() const { return popularityOrder_; }

    /// Visitor x item matrix of the training events with the given weighting (built once per weighting).
    std::shared_ptr<const data::CsrMatrix> visitorItem(const data::EventWeights& weights, data::Combine combine) const;

private:
    std::shared_ptr<const data::Dataset> dataset_;
    std::vector<std::uint8_t> mask_;
    std::shared_ptr<const data::SessionIndex> sessions_;
    std::int64_t cutoffMs_ = 0;
    std::uint64_t trainingEvents_ = 0;
    std::uint64_t activeVisitors_ = 0;
    std::vector<std::uint32_t> itemEvents_;
    std::vector<std::uint32_t> itemVisitors_;
    std::vector<std::uint8_t> candidates_;
    std::uint32_t candidateCount_ = 0;
    std::vector<data::ItemIndex> popularityOrder_;
    mutable std::mutex cacheMutex_;
    mutable std::map<std::string, std::shared_ptr<const data::CsrMatrix>> matrixCache_;
};

} // namespace vitrina::models

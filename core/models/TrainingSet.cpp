#include "models/TrainingSet.h"

#include <algorithm>
#include <numeric>
#include <sstream>

namespace vitrina::models {

TrainingSet::TrainingSet(std::shared_ptr<const data::Dataset> dataset, std::vector<std::uint8_t> eventMask,
                         std::shared_ptr<const data::SessionIndex> sessions, std::int64_t cutoffMs)
    : dataset_(std::move(dataset)), mask_(std::move(eventMask)), sessions_(std::move(sessions)), cutoffMs_(cutoffMs) {
    const auto& ev = dataset_->events;
    if (mask_.size() != ev.size()) mask_.resize(ev.size(), 0);
    const std::size_t nItems = dataset_->items.size();
    itemEvents_.assign(nItems, 0);
    itemVisitors_.assign(nItems, 0);
    std::vector<std::uint32_t> lastVisitorPlusOne(nItems, 0);
    for (std::size_t v = 0; v < ev.visitorCount(); ++v) {
        bool active = false;
        for (std::uint64_t e = ev.begin(static_cast<data::VisitorIndex>(v)); e < ev.end(static_cast<data::VisitorIndex>(v)); ++e) {
            if (!mask_[e]) continue;
            active = true;
            ++trainingEvents_;
            const data::ItemIndex i = ev.item[e];
            ++itemEvents_[i];
            if (lastVisitorPlusOne[i] != v + 1) {
                lastVisitorPlusOne[i] = static_cast<std::uint32_t>(v + 1);
                ++itemVisitors_[i];
            }
        }
        activeVisitors_ += active ? 1 : 0;
    }
    candidates_.assign(nItems, 0);
    for (std::size_t i = 0; i < nItems; ++i) {
        if (itemEvents_[i] > 0) {
            candidates_[i] = 1;
            ++candidateCount_;
            popularityOrder_.push_back(static_cast<data::ItemIndex>(i));
        }
    }
    std::stable_sort(popularityOrder_.begin(), popularityOrder_.end(),
                     [&](data::ItemIndex a, data::ItemIndex b) { return itemEvents_[a] > itemEvents_[b]; });
}

std::shared_ptr<const data::CsrMatrix> TrainingSet::visitorItem(const data::EventWeights& weights,
                                                                data::Combine combine) const {
    std::ostringstream key;
    key << weights.view << '/' << weights.addToCart << '/' << weights.transaction << '/' << static_cast<int>(combine);
    std::lock_guard lock(cacheMutex_);
    auto& slot = matrixCache_[key.str()];
    if (!slot)
        slot = std::make_shared<const data::CsrMatrix>(data::buildVisitorItemMatrix(*dataset_, weights, combine, mask_));
    return slot;
}

} // namespace vitrina::models

#include "models/SharedFits.h"

#include "models/ParamsJson.h"

namespace vitrina::models {

SharedFits::SharedFits(std::shared_ptr<const TrainingSet> train, std::uint64_t seed, int threads)
    : train_(std::move(train)), seed_(seed), threads_(threads) {}

bool SharedFits::serves(const TrainingSet& train, const FitContext& ctx) const {
    return train_.get() == &train && ctx.seed == seed_ && ctx.threads == threads_;
}

std::string SharedFits::keyOf(const Recommender& model) {
    return model.id() + " " + toJson(model.parameters().values()).dump();
}

std::shared_ptr<const Recommender> SharedFits::find(const std::string& key) const {
    const std::lock_guard lock(mutex_);
    const auto it = models_.find(key);
    return it == models_.end() ? nullptr : it->second;
}

void SharedFits::add(std::shared_ptr<const Recommender> model) {
    if (!model || !model->fitted()) return;
    const std::string key = keyOf(*model);
    const std::lock_guard lock(mutex_);
    models_[key] = std::move(model);
}

void SharedFits::retain(const std::function<bool(const std::string& key)>& keep) {
    const std::lock_guard lock(mutex_);
    std::erase_if(models_, [&](const auto& entry) { return !keep(entry.first); });
}

std::size_t SharedFits::size() const {
    const std::lock_guard lock(mutex_);
    return models_.size();
}

} // namespace vitrina::models

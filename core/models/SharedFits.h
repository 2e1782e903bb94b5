#pragma once
// Fitted models shared within one run, so that a model with the same id, parameters, training set, seed and
// thread count is fitted once (core/models/README.md, "Fitting once"). The evaluator registers every model it
// fits or reuses from the project; a hybrid asks here for each component of its full-split fit before fitting
// it, and registers the ones it had to fit (a standalone model later in the run then reuses them). Fitting is
// deterministic for a given key, so a shared model gives exactly the numbers a second fit would.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "models/Recommender.h"

namespace vitrina::models {

class SharedFits {
public:
    SharedFits(std::shared_ptr<const TrainingSet> train, std::uint64_t seed, int threads);

    /// The training set every shared model is fitted on (kept alive here).
    const std::shared_ptr<const TrainingSet>& training() const { return train_; }
    /// Whether a fit on `train` with `ctx`'s seed and threads may use this pool.
    bool serves(const TrainingSet& train, const FitContext& ctx) const;

    /// The key of a model with its parameters as set (id and every parameter value, defaults filled in).
    static std::string keyOf(const Recommender& model);
    /// A fitted model of that key, or null.
    std::shared_ptr<const Recommender> find(const std::string& key) const;
    /// Registers a model fitted on training() (replaces one of the same key).
    void add(std::shared_ptr<const Recommender> model);
    /// Drops the models whose key `keep` rejects (their memory is freed once no one else holds them).
    void retain(const std::function<bool(const std::string& key)>& keep);
    std::size_t size() const;

private:
    std::shared_ptr<const TrainingSet> train_;
    std::uint64_t seed_;
    int threads_;
    mutable std::mutex mutex_;
    std::map<std::string, std::shared_ptr<const Recommender>> models_;
};

} // namespace vitrina::models

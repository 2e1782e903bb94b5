#include "models/baseline/RandomModel.h"

#include <limits>

#include "models/baseline/QueryKey.h"
#include "util/Random.h"

namespace vitrina::models {

void RandomRecommender::fitModel(const TrainingSet&, const FitContext& ctx) { seed_ = ctx.seed; }

void RandomRecommender::score(const Query& query, std::span<float> scores) const {
    const auto& candidates = training().candidates();
    const std::uint64_t key = util::hash64(queryKey(query), seed_);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (!candidates[i]) {
            scores[i] = -std::numeric_limits<float>::infinity();
            continue;
        }
        // 24 random bits give a float in (0, 1] exactly; equal draws fall back to the index order.
        const std::uint64_t bits = util::mix64(key ^ util::mix64(i)) >> 40;
        scores[i] = static_cast<float>(bits + 1) * 0x1.0p-24f;
    }
}

} // namespace vitrina::models

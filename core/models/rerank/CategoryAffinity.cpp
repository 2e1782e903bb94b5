#include "models/rerank/CategoryAffinity.h"

#include <algorithm>
#include <numeric>

#include "models/baseline/Categories.h"

namespace vitrina::models {

const ParamSpecs& CategoryAffinityRecommender::specs() {
    using util::MessageCode;
    static const ParamSpecs specs = {
        ParamSpec::real("cat_beta", 0.3, 0.0, 1.0, MessageCode::ParamCatBeta),
        ParamSpec::integer("cat_candidates", 100, 2, 10000, MessageCode::ParamCatCandidates),
        ParamSpec::choice("cat_level", "leaf", {"leaf", "root"}, MessageCode::ParamCatLevel),
    };
    return specs;
}

std::size_t CategoryAffinityRecommender::blockSize() const {
    return static_cast<std::size_t>(parameters().integer("cat_candidates"));
}

void CategoryAffinityRecommender::prepare(const TrainingSet& train) {
    itemCategory_ = itemCategories(train.dataset(),
                                   parameters().choice("cat_level") == "root" ? CategoryLevel::Root : CategoryLevel::Leaf);
}

void CategoryAffinityRecommender::rerank(const Query& query, std::vector<data::ItemIndex>& block,
                                         const std::vector<float>& innerScores) const {
    const double beta = parameters().real("cat_beta");
    const CategoryProfile profile = categoryProfile(query, itemCategory_, data::EventWeights{});
    if (profile.empty() || beta <= 0.0) return;
    const std::vector<double> relevance = normalisedRelevance(innerScores);
    std::vector<double> blended(block.size());
    for (std::size_t r = 0; r < block.size(); ++r)
        blended[r] = (1.0 - beta) * relevance[r] + beta * profile.of(itemCategory_[block[r]]);
    std::vector<std::size_t> order(block.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return blended[a] > blended[b]; });
    std::vector<data::ItemIndex> reordered;
    reordered.reserve(block.size());
    for (const std::size_t r : order) reordered.push_back(block[r]);
    block = std::move(reordered);
}

} // namespace vitrina::models

#include "models/rerank/Mmr.h"

#include <algorithm>
#include <cmath>

#include "models/baseline/Categories.h"

namespace vitrina::models {

const ParamSpecs& MmrRecommender::specs() {
    using util::MessageCode;
    static const ParamSpecs specs = {
        ParamSpec::real("mmr_lambda", 0.7, 0.0, 1.0, MessageCode::ParamMmrLambda),
        ParamSpec::integer("mmr_candidates", 100, 2, 10000, MessageCode::ParamMmrCandidates),
        ParamSpec::choice("mmr_similarity", "category", {"category", "root_category", "cosine"},
                          MessageCode::ParamMmrSimilarity),
    };
    return specs;
}

std::size_t MmrRecommender::blockSize() const {
    return static_cast<std::size_t>(parameters().integer("mmr_candidates"));
}

void MmrRecommender::prepare(const TrainingSet& train) {
    const std::string s = parameters().choice("mmr_similarity");
    similarity_ = s == "cosine" ? Similarity::Cosine : s == "root_category" ? Similarity::RootCategory : Similarity::Category;
    itemCategory_.clear();
    visitorItem_.reset();
    itemVisitor_ = data::CsrMatrix{};
    if (similarity_ == Similarity::Cosine) {
        visitorItem_ = train.visitorItem(data::EventWeights{1.0f, 1.0f, 1.0f}, data::Combine::Binary);
        itemVisitor_ = visitorItem_->transposed();
    } else {
        itemCategory_ = itemCategories(train.dataset(), similarity_ == Similarity::RootCategory ? CategoryLevel::Root
                                                                                                 : CategoryLevel::Leaf);
    }
}

std::vector<double> MmrRecommender::blockSimilarity(const std::vector<data::ItemIndex>& block) const {
    const std::size_t n = block.size();
    std::vector<double> sim(n * n, 0.0);
    if (similarity_ != Similarity::Cosine) {
        for (std::size_t a = 0; a < n; ++a)
            for (std::size_t b = 0; b < n; ++b) {
                const data::CategoryIndex ca = itemCategory_[block[a]];
                sim[a * n + b] = ca != data::kNoCategory && ca == itemCategory_[block[b]] ? 1.0 : 0.0;
            }
        return sim;
    }
    // Co-visitor counts of the block's pairs: walk each block item's visitors and their items.
    std::vector<std::pair<data::ItemIndex, std::size_t>> position;
    for (std::size_t a = 0; a < n; ++a) position.emplace_back(block[a], a);
    std::sort(position.begin(), position.end());
    std::vector<double> degree(n, 0.0);
    for (std::size_t a = 0; a < n; ++a) {
        const data::ItemIndex i = block[a];
        if (i >= itemVisitor_.rows) continue;
        degree[a] = static_cast<double>(itemVisitor_.rowEnd(i) - itemVisitor_.rowBegin(i));
        for (std::uint64_t p = itemVisitor_.rowBegin(i); p < itemVisitor_.rowEnd(i); ++p) {
            const std::uint32_t u = itemVisitor_.indices[p];
            for (std::uint64_t q = visitorItem_->rowBegin(u); q < visitorItem_->rowEnd(u); ++q) {
                const data::ItemIndex j = visitorItem_->indices[q];
                const auto it = std::lower_bound(position.begin(), position.end(), std::make_pair(j, std::size_t{0}));
                if (it != position.end() && it->first == j) sim[a * n + it->second] += 1.0;
            }
        }
    }
    for (std::size_t a = 0; a < n; ++a)
        for (std::size_t b = 0; b < n; ++b)
            if (sim[a * n + b] > 0.0) sim[a * n + b] /= std::sqrt(degree[a]) * std::sqrt(degree[b]);
    return sim;
}

void MmrRecommender::rerank(const Query&, std::vector<data::ItemIndex>& block, const std::vector<float>& innerScores) const {
    const double lambda = parameters().real("mmr_lambda");
    const std::vector<double> relevance = normalisedRelevance(innerScores);
    const std::size_t n = block.size();
    const std::vector<double> sim = lambda < 1.0 ? blockSimilarity(block) : std::vector<double>(n * n, 0.0);
    std::vector<double> redundancy(n, 0.0); // max similarity to an item already picked
    std::vector<bool> picked(n, false);
    std::vector<data::ItemIndex> order;
    order.reserve(n);
    for (std::size_t step = 0; step < n; ++step) {
        std::size_t best = n;
        double bestValue = 0.0;
        for (std::size_t r = 0; r < n; ++r) {
            if (picked[r]) continue;
            const double value = lambda * relevance[r] - (1.0 - lambda) * redundancy[r];
            if (best == n || value > bestValue) {
                best = r;
                bestValue = value;
            }
        }
        picked[best] = true;
        order.push_back(block[best]);
        for (std::size_t r = 0; r < n; ++r) redundancy[r] = std::max(redundancy[r], sim[r * n + best]);
    }
    block = std::move(order);
}

} // namespace vitrina::models

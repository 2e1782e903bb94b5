#include "models/rerank/Reranker.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace vitrina::models {

RerankingRecommender::RerankingRecommender(std::unique_ptr<Recommender> inner, std::string suffix,
                                           const ParamSpecs& ownSpecs)
    : Recommender(inner->id() + "+" + suffix, joinSpecs(inner->parameterSpecs(), ownSpecs)), inner_(std::move(inner)),
      suffix_(std::move(suffix)) {}

void RerankingRecommender::forwardInnerParameters() {
    ParamValues innerValues;
    for (const ParamSpec& s : inner_->parameterSpecs())
        innerValues.set(std::string(s.name), *parameters().values().find(s.name));
    inner_->setParameters(innerValues);
}

// The inner model is owned by this wrapper and never outlives it, and the base class keeps the training
// set alive for as long as the wrapper uses it; the inner model gets a non-owning pointer to the same set.
std::shared_ptr<const TrainingSet> RerankingRecommender::borrowed(const TrainingSet& train) {
    return std::shared_ptr<const TrainingSet>(std::shared_ptr<const TrainingSet>(), &train);
}

void RerankingRecommender::fitModel(const TrainingSet& train, const FitContext& ctx) {
    forwardInnerParameters();
    FitContext innerCtx = ctx;
    innerCtx.progress = ctx.progress.sub(0.0, 0.95);
    inner_->fit(borrowed(train), innerCtx);
    ctx.progress.check(); // the inner fit may end on its last report; prepare() is work of its own
    prepare(train);
    ctx.progress.set(1.0);
}

void RerankingRecommender::saveState(util::ByteWriter& out) const { out.putVector(inner_->save()); }

void RerankingRecommender::loadState(util::ByteReader& in, const TrainingSet& train) {
    const std::vector<std::byte> blob = in.getVector<std::byte>();
    inner_->load(blob, borrowed(train));
    // The blob carries the inner parameters; they must agree with the wrapper's.
    for (const ParamSpec& s : inner_->parameterSpecs())
        if (!sameParamValue(*inner_->parameters().values().find(s.name), *parameters().values().find(s.name)))
            util::fail(util::MessageCode::InternalError, {id() + ": saved inner model has other parameters"});
    prepare(train);
}

void RerankingRecommender::score(const Query& query, std::span<float> scores) const {
    inner_->score(query, scores);
    const bool sparse = inner_->scoreKind() == ScoreKind::Sparse;
    std::vector<data::ItemIndex> block = topK(scores, blockSize(), sparse);
    std::vector<float> innerScores;
    innerScores.reserve(block.size());
    for (const data::ItemIndex i : block) innerScores.push_back(scores[i]);
    if (block.size() > 1) rerank(query, block, innerScores);

    double largest = 0.0;
    for (const float s : scores)
        if (std::isfinite(s)) largest = std::max(largest, std::fabs(static_cast<double>(s)));
    if (largest > 0.0)
        for (float& s : scores)
            if (std::isfinite(s)) s = static_cast<float>(s / largest);
    const double n = static_cast<double>(block.size());
    for (std::size_t r = 0; r < block.size(); ++r)
        scores[block[r]] = static_cast<float>(1.0 + (n - static_cast<double>(r)) / n);
}

std::vector<Reason> RerankingRecommender::explain(const Query& query, data::ItemIndex item) const {
    std::vector<Reason> reasons = inner_->explain(query, item);
    // Where the inner model ranked the item, when it is inside the block the wrapper reorders.
    std::vector<float> scores(training().itemCount(), 0.0f);
    inner_->score(query, scores);
    std::vector<data::ItemIndex> block = topK(scores, blockSize(), inner_->scoreKind() == ScoreKind::Sparse);
    const auto innerAt = std::find(block.begin(), block.end(), item);
    if (innerAt == block.end()) return reasons;
    Reason r;
    r.kind = ReasonKind::Reranked;
    r.component = suffix_;
    r.value = static_cast<double>(innerAt - block.begin() + 1);
    reasons.push_back(r);
    return reasons;
}

std::uint64_t RerankingRecommender::memoryBytes() const { return inner_->memoryBytes(); }

std::vector<double> normalisedRelevance(const std::vector<float>& innerScores) {
    std::vector<double> out(innerScores.size(), 1.0);
    if (innerScores.empty()) return out;
    const auto [lo, hi] = std::minmax_element(innerScores.begin(), innerScores.end());
    const double low = *lo, range = static_cast<double>(*hi) - low;
    if (range > 0.0)
        for (std::size_t r = 0; r < out.size(); ++r) out[r] = (innerScores[r] - low) / range;
    return out;
}

} // namespace vitrina::models

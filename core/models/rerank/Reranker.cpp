#include "models/rerank/Reranker.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/rerank/CategoryAffinity.h"
#include "models/rerank/Mmr.h"

namespace vitrina::models {

RerankingRecommender::RerankingRecommender(std::unique_ptr<Recommender> inner, std::string suffix)
    : inner_(std::move(inner)), suffix_(std::move(suffix)) {}

std::vector<ParamSpec> RerankingRecommender::parameterSpecs() const {
    std::vector<ParamSpec> specs = inner_->parameterSpecs();
    for (auto& s : ownSpecs()) specs.push_back(std::move(s));
    return specs;
}

void RerankingRecommender::forwardInnerParameters() {
    nlohmann::json innerValues = nlohmann::json::object();
    for (const ParamSpec& s : inner_->parameterSpecs()) innerValues[s.name] = parameters().json().at(s.name);
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
    prepare(train);
    ctx.progress.set(1.0);
}

void RerankingRecommender::saveState(util::ByteWriter& out) const { out.putVector(inner_->save()); }

void RerankingRecommender::loadState(util::ByteReader& in, const TrainingSet& train) {
    const std::vector<std::byte> blob = in.getVector<std::byte>();
    inner_->load(blob, borrowed(train));
    // The blob carries the inner parameters; they must agree with the wrapper's.
    for (const ParamSpec& s : inner_->parameterSpecs())
        if (inner_->parameters().json().at(s.name) != parameters().json().at(s.name))
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

std::vector<std::string> rerankerSuffixes() { return {"cat", "mmr"}; }

std::unique_ptr<Recommender> makeReranker(const std::string& suffix, std::unique_ptr<Recommender> inner) {
    std::unique_ptr<RerankingRecommender> wrapper;
    if (suffix == "mmr") wrapper = std::make_unique<MmrRecommender>(std::move(inner));
    else if (suffix == "cat") wrapper = std::make_unique<CategoryAffinityRecommender>(std::move(inner));
    else {
        std::string known;
        for (const auto& s : rerankerSuffixes()) known += (known.empty() ? "" : ", ") + s;
        util::failParameter("models", util::MessageCode::ParameterBadChoice, {"models", "+" + suffix, known});
    }
    // The same re-ranker twice in a chain would give two parameters one name.
    std::vector<std::string> names;
    for (const ParamSpec& s : wrapper->parameterSpecs()) names.push_back(s.name);
    std::sort(names.begin(), names.end());
    if (std::adjacent_find(names.begin(), names.end()) != names.end())
        util::failParameter("models", util::MessageCode::ParameterBadChoice,
                            {"models", wrapper->id(), "a chain using each re-ranker once"});
    return wrapper;
}

} // namespace vitrina::models

#include "models/factorisation/BprModel.h"

#include <algorithm>
#include <cmath>

#include "models/factorisation/BprTrainer.h"
#include "models/factorisation/DenseKernels.h"
#include "util/Random.h"

namespace vitrina::models {

const ParamSpecs& BprRecommender::specs() {
    using util::MessageCode;
    static const ParamSpecs specs = {
        ParamSpec::integer("factors", 64, 1, 1024, MessageCode::ParamFactors),
        ParamSpec::integer("epochs", 20, 1, 10000, MessageCode::ParamBprEpochs),
        ParamSpec::real("learning_rate", 0.4, 1e-6, 10.0, MessageCode::ParamBprLearningRate),
        ParamSpec::real("reg_user", 0.0025, 0.0, 100.0, MessageCode::ParamBprRegUser),
        ParamSpec::real("reg_positive", 0.0025, 0.0, 100.0, MessageCode::ParamBprRegPositive),
        ParamSpec::real("reg_negative", 0.00025, 0.0, 100.0, MessageCode::ParamBprRegNegative),
        ParamSpec::choice("negatives", "popularity", {"popularity", "uniform"}, MessageCode::ParamBprNegatives),
        ParamSpec::boolean("item_bias", true, MessageCode::ParamBprItemBias),
        ParamSpec::choice("sampling", "replacement", {"replacement", "epoch"}, MessageCode::ParamBprSampling),
        ParamSpec::integer("foldin_epochs", 100, 1, 10000, MessageCode::ParamBprFoldinEpochs),
    };
    return specs;
}

BprOptions BprRecommender::options() const {
    const Params& p = parameters();
    BprOptions o;
    o.factors = static_cast<std::size_t>(p.integer("factors"));
    o.epochs = static_cast<int>(p.integer("epochs"));
    o.learningRate = static_cast<float>(p.real("learning_rate"));
    o.regUser = static_cast<float>(p.real("reg_user"));
    o.regPositive = static_cast<float>(p.real("reg_positive"));
    o.regNegative = static_cast<float>(p.real("reg_negative"));
    o.popularityNegatives = p.choice("negatives") == "popularity";
    o.withReplacement = p.choice("sampling") == "replacement";
    o.itemBias = p.boolean("item_bias");
    return o;
}

void BprRecommender::prepareNegatives(const TrainingSet& train) {
    negatives_.clear();
    cumulativePairs_.clear();
    std::uint64_t running = 0;
    const auto& candidates = train.candidates();
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (!candidates[i]) continue;
        negatives_.push_back(static_cast<data::ItemIndex>(i));
        running += std::max<std::uint32_t>(train.itemVisitorCounts()[i], 1);
        cumulativePairs_.push_back(running);
    }
}

void BprRecommender::fitModel(const TrainingSet& train, const FitContext& ctx) {
    const BprOptions o = options();
    const auto matrix = train.visitorItem(data::EventWeights{1.0f, 1.0f, 1.0f}, data::Combine::Binary);
    std::vector<std::uint32_t> visitors;
    const data::CsrMatrix positives = positiveRows(*matrix, visitors);
    ctx.progress.check();
    BprFactors f = trainBpr(positives, o, ctx.seed, ctx.threads, ctx.progress);
    items_ = std::move(f.items);
    itemBias_ = std::move(f.bias);
    factors_ = o.factors;
    seed_ = ctx.seed;
    samples_ = f.samples;
    skipped_ = f.skipped;
    prepareNegatives(train);
}

std::optional<std::vector<float>> BprRecommender::visitorVector(const Query& query) const {
    return foldIn(query, nullptr);
}

std::optional<std::vector<float>> BprRecommender::foldIn(const Query& query, FoldInParts* parts) const {
    const WeightedRows history =
        candidateHistory(query, training(), data::EventWeights{1.0f, 1.0f, 1.0f}, data::Combine::Binary);
    if (history.rows.empty() || negatives_.empty()) return std::nullopt;
    const BprOptions o = options();
    const std::size_t w = static_cast<std::size_t>(items_.cols());
    std::uint64_t key = util::hash64(history.rows.size(), seed_);
    for (std::uint32_t i : history.rows) key = util::hash64(i, key);
    util::Rng rng(key);
    std::vector<float> v(w, 0.0f);
    // Steps use a copy of the item rows involved, so the const item factors are never written.
    std::vector<float> hi(w), hj(w);
    float bi = 0.0f, bj = 0.0f;
    // The decomposition keeps the parts unscaled and one common shrink factor, so a step costs O(w), not
    // O(history * w): part_h = scale * stored_h.
    double scale = 1.0;
    const double shrink = 1.0 - static_cast<double>(o.learningRate) * static_cast<double>(o.regUser);
    if (parts) {
        parts->rows = history.rows;
        parts->parts.assign(history.rows.size(), std::vector<double>(w, 0.0));
        parts->steps.assign(history.rows.size(), 0);
    }
    const auto steps = static_cast<std::uint64_t>(parameters().integer("foldin_epochs")) * history.rows.size();
    for (std::uint64_t s = 0; s < steps; ++s) {
        const std::size_t h = static_cast<std::size_t>(rng.below(history.rows.size()));
        const std::uint32_t i = history.rows[h];
        std::uint32_t j = i;
        for (int t = 0; t < kBprNegativeTries && j == i; ++t) {
            std::uint32_t candidate;
            if (o.popularityNegatives) {
                const std::uint64_t k = rng.below(cumulativePairs_.back());
                candidate = negatives_[static_cast<std::size_t>(
                    std::upper_bound(cumulativePairs_.begin(), cumulativePairs_.end(), k) - cumulativePairs_.begin())];
            } else {
                candidate = negatives_[rng.below(negatives_.size())];
            }
            if (!std::binary_search(history.rows.begin(), history.rows.end(), candidate)) j = candidate;
        }
        if (j == i) continue;
        std::copy_n(items_.data() + std::size_t{i} * w, w, hi.data());
        std::copy_n(items_.data() + std::size_t{j} * w, w, hj.data());
        const bool bias = !itemBias_.empty();
        if (bias) {
            bi = itemBias_[i];
            bj = itemBias_[j];
        }
        const float z = bprStep(v.data(), hi.data(), hj.data(), bias ? &bi : nullptr, bias ? &bj : nullptr, w, o, false);
        if (!parts) continue;
        scale *= shrink;
        if (scale < 1e-200) { // fold the factor in before it underflows
            for (auto& part : parts->parts)
                for (double& x : part) x *= scale;
            scale = 1.0;
        }
        const double step = static_cast<double>(o.learningRate) * static_cast<double>(z) / scale;
        std::vector<double>& part = parts->parts[h];
        for (std::size_t k = 0; k < w; ++k) part[k] += step * (static_cast<double>(hi[k]) - static_cast<double>(hj[k]));
        ++parts->steps[h];
    }
    if (parts)
        for (auto& part : parts->parts)
            for (double& x : part) x *= scale;
    return v;
}

std::vector<Reason> BprRecommender::explain(const Query& query, data::ItemIndex item) const {
    std::vector<Reason> reasons;
    if (item >= static_cast<std::size_t>(items_.rows()) || !training().candidates()[item]) return reasons;
    FoldInParts parts;
    if (!foldIn(query, &parts)) return reasons;
    const std::size_t w = static_cast<std::size_t>(items_.cols());
    const float* target = items_.data() + std::size_t{item} * w;
    const data::EventWeights any{1.0f, 1.0f, 1.0f};
    for (std::size_t h = 0; h < parts.rows.size(); ++h) {
        Reason r;
        r.kind = ReasonKind::BecauseViewed;
        r.item = parts.rows[h];
        r.hasItem = true;
        for (std::size_t k = 0; k < w; ++k) r.contribution += static_cast<double>(target[k]) * parts.parts[h][k];
        r.value = static_cast<double>(parts.steps[h]);
        r.eventType = strongestEventType(query, r.item, any);
        reasons.push_back(r);
    }
    if (!itemBias_.empty() && itemBias_[item] != 0.0f) {
        Reason r;
        r.kind = ReasonKind::PopularOverall;
        r.contribution = itemBias_[item];
        r.value = itemBias_[item];
        reasons.push_back(r);
    }
    finishAdditiveReasons(reasons);
    return reasons;
}

void BprRecommender::saveState(util::ByteWriter& out) const {
    saveFactors(out);
    out.put<std::uint64_t>(seed_);
}

void BprRecommender::loadState(util::ByteReader& in, const TrainingSet& train) {
    loadFactors(in, train);
    if (itemBias_.empty() == parameters().boolean("item_bias"))
        util::fail(util::MessageCode::InternalError, {"bpr: saved biases do not match the item_bias parameter"});
    seed_ = in.get<std::uint64_t>();
    prepareNegatives(train);
}

} // namespace vitrina::models

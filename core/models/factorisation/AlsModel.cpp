#include "models/factorisation/AlsModel.h"

#include <algorithm>
#include <cmath>

#include "models/factorisation/DenseKernels.h"
#include "models/neighbourhood/ItemKnnModel.h"
#include "util/Parallel.h"
#include "util/Random.h"

namespace vitrina::models {
namespace {


/// U[0, 1) * 0.01 in the first `factors` columns of every row with interactions (own random stream per row, so
/// the start does not depend on threads); 0 elsewhere.
FactorMatrix initialFactors(const data::CsrMatrix& m, const std::vector<std::uint32_t>* rowIds, std::size_t factors,
                            std::uint64_t seed, std::uint64_t streamBase, int threads) {
    const std::size_t w = kernels::paddedWidth(factors);
    FactorMatrix f = zeroFactorMatrix(m.rows, w);
    util::parallelFor(m.rows, threads, 4096, [&](std::size_t r) {
        if (m.rowEnd(static_cast<std::uint32_t>(r)) == m.rowBegin(static_cast<std::uint32_t>(r))) return;
        const std::uint64_t id = rowIds ? (*rowIds)[r] : r;
        util::Rng rng = util::Rng::forStream(seed, streamBase + id);
        float* row = f.data() + r * w;
        for (std::size_t k = 0; k < factors; ++k) row[k] = static_cast<float>(rng.uniform() * 0.01);
    });
    return f;
}

} // namespace

const ParamSpecs& AlsRecommender::specs() {
    using util::MessageCode;
    static const ParamSpecs specs = joinSpecs(
        {
            ParamSpec::integer("factors", 64, 1, 1024, MessageCode::ParamFactors),
            ParamSpec::integer("iterations", 3, 1, 1000, MessageCode::ParamAlsIterations),
            ParamSpec::real("regularization", 0.1, 1e-9, 1e6, MessageCode::ParamAlsRegularization),
            ParamSpec::real("alpha", 10.0, 0.0, 1e6, MessageCode::ParamAlsAlpha),
            ParamSpec::integer("cg_steps", 3, 1, 1024, MessageCode::ParamAlsCgSteps),
        },
        eventWeightSpecs("sum"));
    return specs;
}

void AlsRecommender::fitModel(const TrainingSet& train, const FitContext& ctx) {
    const Params& p = parameters();
    const auto f = static_cast<std::size_t>(p.integer("factors"));
    const auto iterations = static_cast<int>(p.integer("iterations"));
    const auto lambda = static_cast<float>(p.real("regularization"));
    const ConjugateGradientOptions cg{static_cast<float>(p.real("alpha")), static_cast<int>(p.integer("cg_steps"))};
    const data::EventWeights weights = eventWeightsOf(p);
    requirePositiveWeight(weights, id());

    const auto matrix = train.visitorItem(weights, combineOf(p));
    std::vector<std::uint32_t> visitors;
    const data::CsrMatrix byVisitor = positiveRows(*matrix, visitors);
    const data::CsrMatrix byItem = byVisitor.transposed();
    ctx.progress.check();

    FactorMatrix x = initialFactors(byVisitor, &visitors, f, ctx.seed, kVisitorRandomStreams, ctx.threads);
    items_ = initialFactors(byItem, nullptr, f, ctx.seed, 0, ctx.threads);
    for (int it = 0; it < iterations; ++it) {
        const util::Progress step = ctx.progress.sub(static_cast<double>(it) / iterations,
                                                     static_cast<double>(it + 1) / iterations, "als.iteration");
        conjugateGradientSweep(byVisitor, items_, gramMatrix(items_, lambda, ctx.threads), cg, x, ctx.threads,
                               step.sub(0.0, 0.5));
        conjugateGradientSweep(byItem, x, gramMatrix(x, lambda, ctx.threads), cg, items_, ctx.threads,
                               step.sub(0.5, 1.0));
    }
    gram_ = gramMatrix(items_, lambda, ctx.threads);
    factors_ = f;
    if (keepVisitors_) {
        visitorFactors_ = std::move(x);
        visitorRows_ = std::move(visitors);
    } else {
        visitorFactors_ = FactorMatrix();
        visitorRows_.clear();
    }
    ctx.progress.set(1.0);
}

WeightedRows AlsRecommender::history(const Query& query) const {
    return candidateHistory(query, training(), eventWeightsOf(parameters()), combineOf(parameters()));
}

std::optional<std::vector<float>> AlsRecommender::visitorVector(const Query& query) const {
    const WeightedRows rows = history(query);
    if (rows.rows.empty()) return std::nullopt;
    const FoldIn foldIn(items_, gram_, static_cast<float>(parameters().real("alpha")), rows);
    std::vector<float> v(static_cast<std::size_t>(foldIn.solution().size()));
    for (std::size_t k = 0; k < v.size(); ++k) v[k] = static_cast<float>(foldIn.solution()[static_cast<Eigen::Index>(k)]);
    return v;
}

AlsRecommender::Decomposition AlsRecommender::decompose(const Query& query, data::ItemIndex item) const {
    Decomposition d;
    const WeightedRows rows = history(query);
    if (rows.rows.empty() || item >= static_cast<std::size_t>(items_.rows())) return d;
    d.signal = true;
    const FoldIn foldIn(items_, gram_, static_cast<float>(parameters().real("alpha")), rows);
    const Eigen::VectorXd target = items_.row(static_cast<Eigen::Index>(item)).transpose().cast<double>();
    d.score = target.dot(foldIn.solution());
    const Eigen::VectorXd z = foldIn.solve(target); // A^-1 y_j (A is symmetric)
    for (std::size_t h = 0; h < rows.rows.size(); ++h) {
        const Eigen::VectorXd y = items_.row(static_cast<Eigen::Index>(rows.rows[h])).transpose().cast<double>();
        d.parts.push_back({rows.rows[h], rows.weights[h], foldIn.confidence(h), foldIn.confidence(h) * z.dot(y)});
    }
    return d;
}

std::vector<Reason> AlsRecommender::explain(const Query& query, data::ItemIndex item) const {
    const Decomposition d = decompose(query, item);
    std::vector<Reason> reasons;
    const data::EventWeights weights = eventWeightsOf(parameters());
    for (const auto& part : d.parts) {
        Reason r;
        r.kind = ReasonKind::BecauseViewed;
        r.item = part.item;
        r.hasItem = true;
        r.contribution = part.value;
        r.value = part.confidence;
        r.eventType = strongestEventType(query, part.item, weights);
        reasons.push_back(r);
    }
    finishAdditiveReasons(reasons, d.score); // the parts sum to d.score up to rounding
    return reasons;
}

std::optional<std::vector<float>> AlsRecommender::trainedVisitorVector(data::VisitorIndex visitor) const {
    const auto it = std::lower_bound(visitorRows_.begin(), visitorRows_.end(), visitor);
    if (it == visitorRows_.end() || *it != visitor) return std::nullopt;
    const auto row = static_cast<Eigen::Index>(it - visitorRows_.begin());
    return std::vector<float>(visitorFactors_.row(row).data(), visitorFactors_.row(row).data() + visitorFactors_.cols());
}

void AlsRecommender::saveState(util::ByteWriter& out) const {
    saveFactors(out);
    out.putVector(std::span<const float>(gram_.data(), static_cast<std::size_t>(gram_.size())));
}

void AlsRecommender::loadState(util::ByteReader& in, const TrainingSet& train) {
    loadFactors(in, train);
    const std::vector<float> gram = in.getVector<float>();
    const auto w = static_cast<std::size_t>(items_.cols());
    if (gram.size() != w * w) util::fail(util::MessageCode::InternalError, {"als: saved Gram matrix does not match"});
    gram_ = Eigen::Map<const GramMatrix>(gram.data(), static_cast<Eigen::Index>(w), static_cast<Eigen::Index>(w));
    visitorFactors_ = FactorMatrix();
    visitorRows_.clear();
}

} // namespace vitrina::models

#include "models/factorisation/EaseModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/MemoryBudget.h"
#include "models/factorisation/FactorModel.h"
#include "models/factorisation/SpdInverse.h"
#include "models/neighbourhood/ItemKnnModel.h"
#include "util/Parallel.h"
#include "util/Numbers.h"

namespace vitrina::models {
namespace {

constexpr std::size_t kGramColumns = 64; // columns of G per parallel task

/// Each visitor's modelled items (positions ascending, weights > 0), visitors without any dropped.
struct PositionLists {
    std::vector<std::uint64_t> begin{0};
    std::vector<std::uint32_t> positions;
    std::vector<float> values;
};

PositionLists positionLists(const data::CsrMatrix& m, const std::vector<std::int32_t>& position) {
    PositionLists lists;
    std::vector<std::pair<std::uint32_t, float>> row;
    for (std::uint32_t r = 0; r < m.rows; ++r) {
        row.clear();
        for (std::uint64_t k = m.rowBegin(r); k < m.rowEnd(r); ++k)
            if (position[m.indices[k]] >= 0 && m.values[k] > 0.0f)
                row.emplace_back(static_cast<std::uint32_t>(position[m.indices[k]]), m.values[k]);
        if (row.empty()) continue;
        std::sort(row.begin(), row.end());
        for (const auto& [p, v] : row) {
            lists.positions.push_back(p);
            lists.values.push_back(v);
        }
        lists.begin.push_back(lists.positions.size());
    }
    return lists;
}

/// Lower triangle of X^T X + lambda I (column-major n x n). Column blocks in parallel; each entry is summed by
/// one task in visitor order.
template <class Scalar>
void gramLower(const PositionLists& lists, std::size_t n, double lambda, Scalar* g, int threads,
               const util::Progress& progress) {
    const std::size_t visitors = lists.begin.size() - 1;
    util::parallelFor((n + kGramColumns - 1) / kGramColumns, threads, 1, [&](std::size_t task) {
        progress.check();
        const std::uint32_t c0 = static_cast<std::uint32_t>(task * kGramColumns);
        const std::uint32_t c1 = static_cast<std::uint32_t>(std::min(n, (task + 1) * kGramColumns));
        for (std::size_t v = 0; v < visitors; ++v) {
            const std::uint32_t* p = lists.positions.data();
            const std::uint64_t end = lists.begin[v + 1];
            std::uint64_t first = static_cast<std::uint64_t>(
                std::lower_bound(p + lists.begin[v], p + end, c0) - p);
            for (std::uint64_t b = first; b < end && p[b] < c1; ++b) {
                const Scalar vb = lists.values[b];
                Scalar* column = g + std::size_t{p[b]} * n;
                for (std::uint64_t a = b; a < end; ++a) column[p[a]] += vb * static_cast<Scalar>(lists.values[a]);
            }
        }
    });
    for (std::size_t j = 0; j < n; ++j) g[j * n + j] += static_cast<Scalar>(lambda);
}

/// B row i (stored contiguous) = -P(:, i) / diag(P), B_ii = 0, from the full symmetric inverse P.
template <class Scalar> void easeWeights(const Scalar* p, std::size_t n, float* b, int threads) {
    std::vector<Scalar> inverseDiagonal(n);
    for (std::size_t j = 0; j < n; ++j) inverseDiagonal[j] = Scalar(1) / p[j * n + j];
    util::parallelFor(n, threads, 64, [&](std::size_t i) {
        const Scalar* column = p + i * n;
        float* row = b + i * n;
        for (std::size_t j = 0; j < n; ++j) row[j] = static_cast<float>(-column[j] * inverseDiagonal[j]);
        row[i] = 0.0f;
    });
}

} // namespace

const ParamSpecs& EaseRecommender::specs() {
    using util::MessageCode;
    static const ParamSpecs specs = joinSpecs(
        {
            ParamSpec::integer("items", 10000, 1, 40000, MessageCode::ParamEaseItems),
            ParamSpec::real("lambda", 200.0, 1e-6, 1e9, MessageCode::ParamEaseLambda),
            ParamSpec::choice("precision", "float", {"float", "double"}, MessageCode::ParamEasePrecision),
        },
        eventWeightSpecs("max"));
    return specs;
}

std::uint64_t EaseRecommender::estimatedMemoryBytes(std::size_t items, bool doublePrecision, std::uint64_t nonZeros) {
    const auto square = static_cast<std::uint64_t>(items) * items;
    return square * (doublePrecision ? sizeof(double) + sizeof(float) : sizeof(float)) + nonZeros * 16;
}

DenseMemory EaseRecommender::denseMemory(const Params& params, DatasetSize size) {
    const auto n = static_cast<std::uint64_t>(params.integer("items"));
    const bool doublePrecision = params.choice("precision") == "double";
    DenseMemory m;
    m.side = size.items > 0 ? std::min(n, size.items) : n;
    m.bytesPerCell = doublePrecision ? 12 : 4;
    m.bytes = estimatedMemoryBytes(static_cast<std::size_t>(m.side), doublePrecision, size.events);
    m.sizeParameter = "items";
    if (doublePrecision) m.cheaperSetting = "precision=float";
    return m;
}

void EaseRecommender::indexPositions(std::size_t itemCount) {
    position_.assign(itemCount, -1);
    for (std::size_t p = 0; p < items_.size(); ++p) position_[items_[p]] = static_cast<std::int32_t>(p);
}

void EaseRecommender::fitModel(const TrainingSet& train, const FitContext& ctx) {
    requireTrainingMemory(*this, train); // before the N x N allocation, on every fit path
    const Params& params = parameters();
    const data::EventWeights weights = eventWeightsOf(params);
    requirePositiveWeight(weights, id());
    const auto& order = train.popularityOrder();
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(params.integer("items")), order.size());
    items_.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n));
    indexPositions(train.itemCount());
    b_.clear();
    if (n == 0) return;
    const double lambda = params.real("lambda");

    const PositionLists lists = positionLists(*train.visitorItem(weights, combineOf(params)), position_);
    ctx.progress.check();
    const util::Progress gramProgress = ctx.progress.sub(0.0, 0.05, "ease.gram");
    const util::Progress inverseProgress = ctx.progress.sub(0.05, 0.98, "ease.inverse");
    if (params.choice("precision") == "double") {
        std::vector<double> g(n * n, 0.0);
        gramLower(lists, n, lambda, g.data(), ctx.threads, gramProgress);
        invertSpdInPlace(g.data(), n, ctx.threads, inverseProgress);
        b_.resize(n * n);
        easeWeights(g.data(), n, b_.data(), ctx.threads);
    } else {
        std::vector<float> g(n * n, 0.0f);
        gramLower(lists, n, lambda, g.data(), ctx.threads, gramProgress);
        invertSpdInPlace(g.data(), n, ctx.threads, inverseProgress);
        easeWeights(g.data(), n, g.data(), ctx.threads); // row i only reads column i and the diagonal copy
        b_ = std::move(g);
    }
    ctx.progress.set(1.0);
}

EaseRecommender::History EaseRecommender::history(const Query& query) const {
    const WeightedRows h = candidateHistory(query, training(), eventWeightsOf(parameters()), combineOf(parameters()));
    History out;
    for (std::size_t k = 0; k < h.rows.size(); ++k) {
        const data::ItemIndex i = h.rows[k];
        if (i >= position_.size() || position_[i] < 0) continue;
        out.positions.push_back(static_cast<std::uint32_t>(position_[i]));
        out.weights.push_back(h.weights[k]);
    }
    return out;
}

void EaseRecommender::score(const Query& query, std::span<float> scores) const {
    const History h = history(query);
    if (h.positions.empty()) {
        popularityScores(training(), scores);
        return;
    }
    std::fill(scores.begin(), scores.end(), kExcluded);
    const std::size_t n = items_.size();
    std::vector<float> sum(n, 0.0f);
    for (std::size_t k = 0; k < h.positions.size(); ++k) {
        const float w = h.weights[k];
        const float* row = b_.data() + std::size_t{h.positions[k]} * n;
        for (std::size_t j = 0; j < n; ++j) sum[j] += w * row[j];
    }
    for (std::size_t j = 0; j < n; ++j) scores[items_[j]] = sum[j];
}

std::vector<Reason> EaseRecommender::explain(const Query& query, data::ItemIndex item) const {
    std::vector<Reason> reasons;
    if (item >= position_.size() || position_[item] < 0) return reasons;
    const std::size_t to = static_cast<std::size_t>(position_[item]);
    const History h = history(query);
    const data::EventWeights weights = eventWeightsOf(parameters());
    for (std::size_t k = 0; k < h.positions.size(); ++k) {
        const float b = weight(h.positions[k], to);
        if (b == 0.0f) continue;
        Reason r;
        r.kind = ReasonKind::BecauseViewed;
        r.item = items_[h.positions[k]];
        r.hasItem = true;
        r.value = b;
        r.contribution = static_cast<double>(h.weights[k]) * b;
        r.eventType = strongestEventType(query, r.item, weights);
        reasons.push_back(r);
    }
    finishAdditiveReasons(reasons);
    return reasons;
}

std::uint64_t EaseRecommender::memoryBytes() const {
    return b_.size() * sizeof(float) + items_.size() * sizeof(data::ItemIndex) + position_.size() * sizeof(std::int32_t);
}

void EaseRecommender::saveState(util::ByteWriter& out) const {
    out.putVector(items_);
    out.putVector(b_);
}

void EaseRecommender::loadState(util::ByteReader& in, const TrainingSet& train) {
    std::vector<data::ItemIndex> items = in.getVector<data::ItemIndex>();
    std::vector<float> b = in.getVector<float>();
    bool ok = items.size() <= train.itemCount() && b.size() == items.size() * items.size();
    for (std::size_t k = 0; ok && k < items.size(); ++k) ok = items[k] < train.itemCount() && train.candidates()[items[k]];
    if (!ok) util::fail(util::MessageCode::InternalError, {"ease: saved weights do not match the dataset"});
    items_ = std::move(items);
    b_ = std::move(b);
    indexPositions(train.itemCount());
}

} // namespace vitrina::models

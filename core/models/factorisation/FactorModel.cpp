#include "models/factorisation/FactorModel.h"

#include <algorithm>
#include <limits>

#include "models/factorisation/DenseKernels.h"
#include "util/Prefault.h"
#include "util/Numbers.h"

namespace vitrina::models {
namespace {
} // namespace

void popularityScores(const TrainingSet& train, std::span<float> scores) {
    std::fill(scores.begin(), scores.end(), kExcluded);
    const auto& order = train.popularityOrder();
    for (std::size_t k = 0; k < order.size(); ++k) scores[order[k]] = -static_cast<float>(k);
}

WeightedRows candidateHistory(const Query& query, const TrainingSet& train, const data::EventWeights& weights,
                              data::Combine combine) {
    // As the training matrix is built (InteractionMatrix.cpp): events of weight 0 are left out, repeats of an
    // item combine in event order.
    std::vector<std::pair<data::ItemIndex, float>> events;
    const auto& candidates = train.candidates();
    for (std::size_t e = 0; e < query.items.size(); ++e) {
        const float w = weights.of(query.types[e]);
        const data::ItemIndex i = query.items[e];
        if (w > 0.0f && i < candidates.size() && candidates[i]) events.emplace_back(i, w);
    }
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    WeightedRows rows;
    for (const auto& [item, w] : events) {
        if (!rows.rows.empty() && rows.rows.back() == item) {
            float& value = rows.weights.back();
            if (combine == data::Combine::Sum) value += w;
            else if (combine == data::Combine::Max) value = std::max(value, w);
            continue;
        }
        rows.rows.push_back(item);
        rows.weights.push_back(combine == data::Combine::Binary ? 1.0f : w);
    }
    return rows;
}

data::CsrMatrix positiveRows(const data::CsrMatrix& m, std::vector<std::uint32_t>& rowIds) {
    data::CsrMatrix out;
    out.cols = m.cols;
    util::reservePrefaulted(out.indices, m.nonZeros());
    util::reservePrefaulted(out.values, m.nonZeros());
    util::reservePrefaulted(out.indptr, std::size_t{m.rows} + 1);
    out.indptr.push_back(0);
    rowIds.clear();
    for (std::uint32_t r = 0; r < m.rows; ++r) {
        const std::size_t before = out.indices.size();
        for (std::uint64_t k = m.rowBegin(r); k < m.rowEnd(r); ++k) {
            if (!(m.values[k] > 0.0f)) continue;
            out.indices.push_back(m.indices[k]);
            out.values.push_back(m.values[k]);
        }
        if (out.indices.size() == before) continue;
        rowIds.push_back(r);
        out.indptr.push_back(out.indices.size());
    }
    out.rows = static_cast<std::uint32_t>(rowIds.size());
    return out;
}

void requirePositiveWeight(const data::EventWeights& weights, const std::string& model) {
    if (!(weights.view > 0.0f || weights.addToCart > 0.0f || weights.transaction > 0.0f))
        util::failParameter(model + ".weight_view", util::MessageCode::ParameterOutOfRange,
                            {model + ".weight_view", "0", "> 0 for at least one of weight_view, weight_cart, weight_buy"});
}

std::uint8_t strongestEventType(const Query& query, data::ItemIndex item, const data::EventWeights& weights) {
    float best = -std::numeric_limits<float>::infinity();
    std::uint8_t type = 0;
    for (std::size_t e = 0; e < query.items.size(); ++e)
        if (query.items[e] == item && weights.of(query.types[e]) >= best) {
            best = weights.of(query.types[e]);
            type = static_cast<std::uint8_t>(query.types[e]);
        }
    return type;
}

void FactorRecommender::score(const Query& query, std::span<float> scores) const {
    scoreBlock(std::span<const Query>(&query, 1), scores);
}

void FactorRecommender::scoreBlock(std::span<const Query> queries, std::span<float> scores) const {
    const std::size_t n = training().itemCount();
    const std::size_t w = static_cast<std::size_t>(items_.cols());
    if (scores.size() < queries.size() * n)
        util::fail(util::MessageCode::InternalError, {"score buffer smaller than queries x items"});
    // A query without signal keeps a zero vector in the product (cheaper than a gap) and is overwritten below.
    std::vector<float> vectors(queries.size() * w, 0.0f);
    std::vector<std::uint8_t> signal(queries.size(), 0);
    for (std::size_t q = 0; q < queries.size(); ++q) {
        if (auto v = visitorVector(queries[q])) {
            std::copy(v->begin(), v->end(), vectors.begin() + static_cast<std::ptrdiff_t>(q * w));
            signal[q] = 1;
        }
    }
    kernels::dotProducts(kernels::Rows{items_.data(), n, w}, kernels::Rows{vectors.data(), queries.size(), w}, w,
                         scores.data(), n);
    const auto& candidates = training().candidates();
    for (std::size_t q = 0; q < queries.size(); ++q) {
        float* row = scores.data() + q * n;
        if (!signal[q]) {
            popularityScores(training(), std::span<float>(row, n));
            continue;
        }
        if (!itemBias_.empty())
            for (std::size_t i = 0; i < n; ++i) row[i] += itemBias_[i];
        for (std::size_t i = 0; i < n; ++i) row[i] = candidates[i] ? row[i] : kExcluded; // vectorises
    }
}

std::uint64_t FactorRecommender::memoryBytes() const {
    return static_cast<std::uint64_t>(items_.size()) * sizeof(float) + itemBias_.size() * sizeof(float);
}

void FactorRecommender::saveFactors(util::ByteWriter& out) const {
    out.put<std::uint32_t>(static_cast<std::uint32_t>(factors_));
    out.put<std::uint64_t>(static_cast<std::uint64_t>(items_.rows()));
    out.put<std::uint64_t>(static_cast<std::uint64_t>(items_.cols()));
    out.putVector(std::span<const float>(items_.data(), static_cast<std::size_t>(items_.size())));
    out.putVector(itemBias_);
}

void FactorRecommender::loadFactors(util::ByteReader& in, const TrainingSet& train) {
    const auto factors = in.get<std::uint32_t>();
    const auto rows = in.get<std::uint64_t>();
    const auto cols = in.get<std::uint64_t>();
    std::vector<float> values = in.getVector<float>();
    std::vector<float> bias = in.getVector<float>();
    const bool ok = factors == static_cast<std::uint64_t>(parameters().integer("factors")) &&
                    rows == train.itemCount() && cols == kernels::paddedWidth(factors) &&
                    values.size() == rows * cols && (bias.empty() || bias.size() == rows);
    if (!ok) util::fail(util::MessageCode::InternalError, {id() + ": saved factors do not match the dataset"});
    factors_ = factors;
    items_ = Eigen::Map<const FactorMatrix>(values.data(), static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
    itemBias_ = std::move(bias);
}

} // namespace vitrina::models

#include "models/neighbourhood/ItemKnnModel.h"

#include <algorithm>
#include <limits>

#include "models/factorisation/FactorModel.h"
#include "models/neighbourhood/CsrIo.h"

namespace vitrina::models {

using util::MessageCode;

ParamSpecs eventWeightSpecs(std::string_view defaultCombine) {
    return {
        ParamSpec::real("weight_view", 1.0, 0.0, 1000.0, MessageCode::ParamWeightView),
        ParamSpec::real("weight_cart", 3.0, 0.0, 1000.0, MessageCode::ParamWeightCart),
        ParamSpec::real("weight_buy", 5.0, 0.0, 1000.0, MessageCode::ParamWeightBuy),
        ParamSpec::choice("combine", defaultCombine, {"sum", "max", "binary"}, MessageCode::ParamCombine),
    };
}

data::EventWeights eventWeightsOf(const Params& params) {
    data::EventWeights w;
    w.view = static_cast<float>(params.real("weight_view"));
    w.addToCart = static_cast<float>(params.real("weight_cart"));
    w.transaction = static_cast<float>(params.real("weight_buy"));
    return w;
}

data::Combine combineOf(const Params& params) {
    const std::string c = params.choice("combine");
    if (c == "max") return data::Combine::Max;
    if (c == "binary") return data::Combine::Binary;
    return data::Combine::Sum;
}

const ParamSpecs& ItemKnnRecommender::specs() {
    static const ParamSpecs specs = joinSpecs(
        {
            ParamSpec::integer("k", 100, 1, 10000, MessageCode::ParamItemKnnK),
            ParamSpec::real("shrink", 30.0, 0.0, 1e6, MessageCode::ParamItemKnnShrink),
            ParamSpec::choice("weighting", "none", {"none", "bm25", "tfidf"}, MessageCode::ParamItemKnnWeighting),
            ParamSpec::real("bm25_k1", 1.2, 0.0, 1000.0, MessageCode::ParamItemKnnBm25K1),
            ParamSpec::real("bm25_b", 0.75, 0.0, 1.0, MessageCode::ParamItemKnnBm25B),
        },
        eventWeightSpecs("binary"));
    return specs;
}

void ItemKnnRecommender::fitModel(const TrainingSet& train, const FitContext& ctx) {
    const data::EventWeights weights = eventWeightsOf(parameters());
    requirePositiveWeight(weights, id());
    ItemSimilarityOptions options;
    options.neighbours = static_cast<std::size_t>(parameters().integer("k"));
    options.shrink = parameters().real("shrink");
    const std::string weighting = parameters().choice("weighting");
    options.weighting = weighting == "bm25"    ? ItemWeighting::Bm25
                        : weighting == "tfidf" ? ItemWeighting::TfIdf
                                               : ItemWeighting::None;
    options.bm25K1 = parameters().real("bm25_k1");
    options.bm25B = parameters().real("bm25_b");
    const auto matrix = train.visitorItem(weights, combineOf(parameters()));
    ctx.progress.check();
    neighbours_ = itemNeighbours(*matrix, options, ctx.threads, ctx.progress.sub(0.05, 1.0, "itemknn.similarity"));
}

template <class Add> void ItemKnnRecommender::accumulate(const Query& query, Add&& add) const {
    const WeightedItems history = weightHistory(query, eventWeightsOf(parameters()), combineOf(parameters()));
    for (std::size_t h = 0; h < history.items.size(); ++h) {
        const data::ItemIndex i = history.items[h];
        if (i >= neighbours_.rows) continue;
        const float r = history.weights[h];
        for (std::uint64_t p = neighbours_.rowBegin(i); p < neighbours_.rowEnd(i); ++p)
            add(neighbours_.indices[p], r * neighbours_.values[p]);
    }
}

void ItemKnnRecommender::score(const Query& query, std::span<float> scores) const {
    addedScores(training().candidates(), scores, [&](auto add) { accumulate(query, add); });
}

void ItemKnnRecommender::scoreSparse(const Query& query, SparseRow& out) const {
    addedSparseScores(training().candidates(), out, [&](auto add) { accumulate(query, add); });
}

std::vector<Reason> ItemKnnRecommender::explain(const Query& query, data::ItemIndex item) const {
    const data::EventWeights weights = eventWeightsOf(parameters());
    const WeightedItems history = weightHistory(query, weights, combineOf(parameters()));
    std::vector<Reason> reasons;
    for (std::size_t h = 0; h < history.items.size(); ++h) {
        const data::ItemIndex i = history.items[h];
        if (i >= neighbours_.rows) continue;
        for (std::uint64_t p = neighbours_.rowBegin(i); p < neighbours_.rowEnd(i); ++p) {
            if (neighbours_.indices[p] != item) continue;
            Reason r;
            r.kind = ReasonKind::BecauseViewed;
            r.item = i;
            r.hasItem = true;
            r.value = neighbours_.values[p]; // the similarity s_ij
            r.contribution = static_cast<double>(history.weights[h]) * neighbours_.values[p];
            r.eventType = strongestEventType(query, i, weights);
            reasons.push_back(r);
            break;
        }
    }
    finishAdditiveReasons(reasons);
    return reasons;
}

std::uint64_t ItemKnnRecommender::memoryBytes() const {
    return neighbours_.indptr.size() * sizeof(std::uint64_t) + neighbours_.indices.size() * sizeof(std::uint32_t) +
           neighbours_.values.size() * sizeof(float);
}

void ItemKnnRecommender::saveState(util::ByteWriter& out) const { writeItemMatrix(out, neighbours_); }

void ItemKnnRecommender::loadState(util::ByteReader& in, const TrainingSet& train) {
    neighbours_ = readItemMatrix(in, train.itemCount(), "itemknn");
}

} // namespace vitrina::models

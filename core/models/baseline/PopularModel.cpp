#include "models/baseline/PopularModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/baseline/Categories.h"

namespace vitrina::models {

const ParamSpecs& PopularRecommender::specs() {
    using util::MessageCode;
    static const ParamSpecs specs = {
        ParamSpec::real("half_life_days", 0.0, 0.0, 3650.0, MessageCode::ParamPopularHalfLife),
        ParamSpec::choice("per_category", "none", {"none", "most_frequent", "most_recent"},
                          MessageCode::ParamPopularPerCategory),
        ParamSpec::real("category_blend", 0.5, 0.0, 1.0, MessageCode::ParamPopularCategoryBlend),
    };
    return specs;
}

void PopularRecommender::fitModel(const TrainingSet& train, const FitContext& ctx) {
    const auto& events = train.dataset().events;
    const double halfLifeMs = parameters().real("half_life_days") * 86'400'000.0;
    std::int64_t latest = std::numeric_limits<std::int64_t>::min();
    for (std::size_t e = 0; e < events.size(); ++e)
        if (train.isTraining(e)) latest = std::max(latest, events.timestamp[e]);

    popularity_.assign(train.itemCount(), 0.0);
    for (std::size_t e = 0; e < events.size(); ++e) {
        if ((e & 0xFFFFF) == 0) ctx.progress.check();
        if (!train.isTraining(e)) continue;
        double w = 1.0;
        if (halfLifeMs > 0.0) w = std::exp2(-static_cast<double>(latest - events.timestamp[e]) / halfLifeMs);
        popularity_[events.item[e]] += w;
    }
    itemCategory_ = itemCategories(train.dataset(), CategoryLevel::Leaf);
    categoryMax_.assign(train.dataset().categories.size(), 0.0);
    globalMax_ = 0.0;
    for (std::size_t i = 0; i < popularity_.size(); ++i) {
        globalMax_ = std::max(globalMax_, popularity_[i]);
        const data::CategoryIndex c = itemCategory_[i];
        if (c == data::kNoCategory) continue;
        if (c < 0 || static_cast<std::size_t>(c) >= categoryMax_.size()) {
            itemCategory_[i] = data::kNoCategory; // a category the tree does not know: treat as uncategorised
            continue;
        }
        categoryMax_[static_cast<std::size_t>(c)] = std::max(categoryMax_[static_cast<std::size_t>(c)], popularity_[i]);
    }
    cacheGlobalScores(train);
    ctx.progress.set(1.0);
}

data::CategoryIndex PopularRecommender::visitorCategory(const Query& query) const {
    const std::string mode = parameters().choice("per_category");
    if (mode == "most_frequent") return mostFrequentCategory(query, itemCategory_);
    if (mode == "most_recent") return mostRecentCategory(query, itemCategory_);
    return data::kNoCategory;
}

double PopularRecommender::blendFor(data::CategoryIndex visitorCategory) const {
    return visitorCategory == data::kNoCategory ? 0.0 : parameters().real("category_blend");
}

PopularRecommender::Parts PopularRecommender::parts(data::ItemIndex item, data::CategoryIndex visitorCategory,
                                                    double blend) const {
    Parts p;
    if (globalMax_ > 0.0) p.global = (1.0 - blend) * popularity_[item] / globalMax_;
    if (blend > 0.0 && itemCategory_[item] == visitorCategory) {
        const double top = categoryMax_[static_cast<std::size_t>(visitorCategory)];
        if (top > 0.0) p.category = blend * popularity_[item] / top;
    }
    return p;
}

void PopularRecommender::score(const Query& query, std::span<float> scores) const {
    const auto& candidates = training().candidates();
    const data::CategoryIndex c = visitorCategory(query);
    const double blend = blendFor(c);
    if (blend == 0.0) { // no category part: the same scores for every query, computed once
        std::copy(global_.scores.begin(), global_.scores.end(), scores.begin());
        return;
    }
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (!candidates[i]) {
            scores[i] = -std::numeric_limits<float>::infinity();
            continue;
        }
        const Parts p = parts(static_cast<data::ItemIndex>(i), c, blend);
        scores[i] = static_cast<float>(p.global + p.category);
    }
}

std::vector<Reason> PopularRecommender::explain(const Query& query, data::ItemIndex item) const {
    if (item >= popularity_.size() || !training().candidates()[item]) return {};
    const data::CategoryIndex c = visitorCategory(query);
    const Parts p = parts(item, c, blendFor(c));
    const double total = p.global + p.category;
    std::vector<Reason> reasons;
    if (total <= 0.0) return reasons;
    if (p.category > 0.0) {
        Reason r;
        r.kind = ReasonKind::PopularInCategory;
        r.category = c;
        r.contribution = p.category;
        r.share = p.category / total;
        r.value = popularity_[item];
        reasons.push_back(r);
    }
    if (p.global > 0.0) {
        Reason r;
        r.kind = ReasonKind::PopularOverall;
        r.contribution = p.global;
        r.share = p.global / total;
        r.value = popularity_[item];
        reasons.push_back(r);
    }
    return reasons;
}

std::uint64_t PopularRecommender::memoryBytes() const {
    return popularity_.size() * sizeof(double) + itemCategory_.size() * sizeof(data::CategoryIndex) +
           categoryMax_.size() * sizeof(double) + (global_.scores.size() + global_.order.size()) * 4;
}

void PopularRecommender::saveState(util::ByteWriter& out) const {
    out.putVector(popularity_);
    out.putVector(itemCategory_);
    out.putVector(categoryMax_);
    out.put(globalMax_);
}

void PopularRecommender::loadState(util::ByteReader& in, const TrainingSet& train) {
    popularity_ = in.getVector<double>();
    itemCategory_ = in.getVector<data::CategoryIndex>();
    categoryMax_ = in.getVector<double>();
    globalMax_ = in.get<double>();
    if (popularity_.size() != train.itemCount() || itemCategory_.size() != train.itemCount())
        util::fail(util::MessageCode::InternalError, {"popular: saved state does not match the dataset's items"});
    for (const data::CategoryIndex c : itemCategory_)
        if (c != data::kNoCategory && (c < 0 || static_cast<std::size_t>(c) >= categoryMax_.size()))
            util::fail(util::MessageCode::InternalError, {"popular: saved state has an unknown category"});
    cacheGlobalScores(train);
}

void PopularRecommender::cacheGlobalScores(const TrainingSet& train) {
    const auto& candidates = train.candidates();
    global_.scores.resize(popularity_.size());
    global_.order.clear();
    for (std::size_t i = 0; i < popularity_.size(); ++i) {
        global_.scores[i] = candidates[i] ? static_cast<float>(parts(static_cast<data::ItemIndex>(i), data::kNoCategory, 0.0).global)
                                          : -std::numeric_limits<float>::infinity();
        if (candidates[i]) global_.order.push_back(static_cast<data::ItemIndex>(i));
    }
    std::stable_sort(global_.order.begin(), global_.order.end(),
                     [&](data::ItemIndex a, data::ItemIndex b) { return global_.scores[a] > global_.scores[b]; });
}

const Recommender::FixedRanking* PopularRecommender::fixedRanking(const Query& query) const {
    return blendFor(visitorCategory(query)) == 0.0 ? &global_ : nullptr;
}

} // namespace vitrina::models

#include "models/neighbourhood/Cooccurrence.h"

#include <algorithm>
#include <limits>

#include "models/neighbourhood/CsrIo.h"

namespace vitrina::models {

CooccurrenceCounts countCooccurrence(const std::vector<std::vector<data::ItemIndex>>& baskets, std::size_t itemCount) {
    CooccurrenceCounts counts;
    counts.baskets = baskets.size();
    counts.itemBaskets.assign(itemCount, 0);
    std::vector<std::uint64_t> pairs;
    for (const auto& basket : baskets) {
        for (const data::ItemIndex i : basket) {
            if (i >= itemCount) util::fail(util::MessageCode::InternalError, {"cooc: basket item out of range"});
            ++counts.itemBaskets[i];
        }
        for (std::size_t a = 0; a < basket.size(); ++a)
            for (std::size_t b = 0; b < basket.size(); ++b)
                if (a != b) pairs.push_back((std::uint64_t{basket[a]} << 32) | basket[b]);
    }
    std::sort(pairs.begin(), pairs.end());
    for (std::size_t p = 0; p < pairs.size();) {
        std::size_t q = p;
        while (q < pairs.size() && pairs[q] == pairs[p]) ++q;
        counts.first.push_back(static_cast<std::uint32_t>(pairs[p] >> 32));
        counts.second.push_back(static_cast<std::uint32_t>(pairs[p] & 0xFFFFFFFFu));
        counts.together.push_back(static_cast<std::uint32_t>(q - p));
        p = q;
    }
    return counts;
}

std::vector<std::vector<data::ItemIndex>> trainingBaskets(const TrainingSet& train) {
    const auto& ev = train.dataset().events;
    const auto& sessions = train.sessions();
    const auto sortedDistinct = [](std::vector<data::ItemIndex>& v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    std::vector<std::vector<data::ItemIndex>> baskets;
    std::vector<data::ItemIndex> basket;
    for (std::size_t s = 0; s < sessions.size(); ++s) {
        basket.clear();
        for (std::uint64_t e = sessions.start[s]; e < sessions.start[s + 1]; ++e)
            if (train.isTraining(e) && ev.type[e] != data::EventType::View) basket.push_back(ev.item[e]);
        if (basket.empty()) continue;
        sortedDistinct(basket);
        baskets.push_back(basket);
    }
    // Transactions spread over more than one session form baskets of their own.
    std::vector<std::pair<std::int64_t, std::uint64_t>> bought; // (transaction id, event)
    for (std::uint64_t e = 0; e < ev.size(); ++e)
        if (train.isTraining(e) && ev.type[e] == data::EventType::Transaction && ev.transaction[e] >= 0)
            bought.emplace_back(ev.transaction[e], e);
    std::sort(bought.begin(), bought.end());
    for (std::size_t p = 0; p < bought.size();) {
        std::size_t q = p;
        bool oneSession = true;
        basket.clear();
        while (q < bought.size() && bought[q].first == bought[p].first) {
            oneSession = oneSession && sessions.sessionOfEvent[bought[q].second] == sessions.sessionOfEvent[bought[p].second];
            basket.push_back(ev.item[bought[q].second]);
            ++q;
        }
        if (!oneSession) {
            sortedDistinct(basket);
            baskets.push_back(basket);
        }
        p = q;
    }
    return baskets;
}

std::vector<std::vector<data::ItemIndex>> sessionViewBaskets(const TrainingSet& train) {
    const auto& ev = train.dataset().events;
    const auto& sessions = train.sessions();
    std::vector<std::vector<data::ItemIndex>> baskets;
    std::vector<data::ItemIndex> basket;
    for (std::size_t s = 0; s < sessions.size(); ++s) {
        basket.clear();
        for (std::uint64_t e = sessions.start[s]; e < sessions.start[s + 1]; ++e)
            if (train.isTraining(e)) basket.push_back(ev.item[e]);
        std::sort(basket.begin(), basket.end());
        basket.erase(std::unique(basket.begin(), basket.end()), basket.end());
        if (!basket.empty()) baskets.push_back(basket);
    }
    return baskets;
}

bool anyPair(const std::vector<std::vector<data::ItemIndex>>& baskets) {
    return std::any_of(baskets.begin(), baskets.end(), [](const auto& b) { return b.size() >= 2; });
}

const ParamSpecs& CoocRecommender::specs() {
    using util::MessageCode;
    static const ParamSpecs specs = {
        ParamSpec::integer("min_support", 1, 1, 1'000'000'000, MessageCode::ParamCoocMinSupport),
        ParamSpec::integer("k", 100, 1, 10000, MessageCode::ParamCoocK),
        ParamSpec::real("view_weight", 0.25, 0.0, 1.0, MessageCode::ParamCoocViewWeight),
    };
    return specs;
}

void CoocRecommender::fitModel(const TrainingSet& train, const FitContext& ctx) {
    if (train.sessions().sessionOfEvent.size() != train.dataset().events.size())
        util::fail(util::MessageCode::InternalError, {"cooc: the session index does not cover the event log"});
    auto baskets = trainingBaskets(train);
    fromSessionViews_ = !anyPair(baskets);
    if (fromSessionViews_) baskets = sessionViewBaskets(train); // a view-only split: viewed together
    ctx.progress.check();
    ctx.progress.set(0.3);
    const CooccurrenceCounts counts = countCooccurrence(baskets, train.itemCount());
    ctx.progress.check();
    const auto minSupport = static_cast<std::uint32_t>(parameters().integer("min_support"));
    const auto keep = static_cast<std::size_t>(parameters().integer("k"));
    const double n = static_cast<double>(counts.baskets);

    struct Entry {
        std::uint32_t item;
        float lift;
    };
    lifts_ = data::CsrMatrix{};
    lifts_.rows = lifts_.cols = static_cast<std::uint32_t>(train.itemCount());
    lifts_.indptr.assign(lifts_.rows + std::size_t{1}, 0);
    std::vector<Entry> row;
    for (std::size_t p = 0, anchor = 0; anchor < lifts_.rows; ++anchor) {
        row.clear();
        for (; p < counts.first.size() && counts.first[p] == anchor; ++p) {
            if (counts.together[p] < minSupport) continue;
            const std::uint32_t j = counts.second[p];
            const double lift = n * counts.together[p] /
                                (static_cast<double>(counts.itemBaskets[anchor]) * counts.itemBaskets[j]);
            row.push_back({j, static_cast<float>(lift)});
        }
        std::sort(row.begin(), row.end(), [](const Entry& a, const Entry& b) {
            return a.lift > b.lift || (a.lift == b.lift && a.item < b.item);
        });
        if (row.size() > keep) row.resize(keep);
        for (const Entry& e : row) {
            lifts_.indices.push_back(e.item);
            lifts_.values.push_back(e.lift);
        }
        lifts_.indptr[anchor + 1] = lifts_.indices.size();
    }
    basketCount_ = counts.baskets;
    ctx.progress.set(1.0);
}

std::vector<std::pair<data::ItemIndex, float>> CoocRecommender::anchors(const Query& query) const {
    const auto viewWeight = static_cast<float>(parameters().real("view_weight"));
    std::vector<std::pair<data::ItemIndex, float>> out;
    for (std::size_t e = 0; e < query.items.size(); ++e) {
        const float w = query.types[e] == data::EventType::View ? viewWeight : 1.0f;
        if (w > 0.0f) out.emplace_back(query.items[e], w);
    }
    std::sort(out.begin(), out.end());
    std::vector<std::pair<data::ItemIndex, float>> merged; // one entry per anchor, its largest weight
    for (const auto& a : out) {
        if (!merged.empty() && merged.back().first == a.first) merged.back().second = std::max(merged.back().second, a.second);
        else merged.push_back(a);
    }
    return merged;
}

template <class Add> void CoocRecommender::accumulate(const Query& query, Add&& add) const {
    for (const auto& [anchor, weight] : anchors(query)) {
        if (anchor >= lifts_.rows) continue;
        for (std::uint64_t p = lifts_.rowBegin(anchor); p < lifts_.rowEnd(anchor); ++p)
            add(lifts_.indices[p], weight * lifts_.values[p]);
    }
}

void CoocRecommender::score(const Query& query, std::span<float> scores) const {
    addedScores(training().candidates(), scores, [&](auto add) { accumulate(query, add); });
}

void CoocRecommender::scoreSparse(const Query& query, SparseRow& out) const {
    addedSparseScores(training().candidates(), out, [&](auto add) { accumulate(query, add); });
}

std::vector<Reason> CoocRecommender::explain(const Query& query, data::ItemIndex item) const {
    std::vector<Reason> reasons;
    for (const auto& [anchor, weight] : anchors(query)) {
        if (anchor >= lifts_.rows) continue;
        for (std::uint64_t p = lifts_.rowBegin(anchor); p < lifts_.rowEnd(anchor); ++p) {
            if (lifts_.indices[p] != item) continue;
            Reason r;
            r.kind = fromSessionViews_ ? ReasonKind::BecauseViewed : ReasonKind::BoughtTogether;
            r.item = anchor;
            r.hasItem = true;
            r.value = lifts_.values[p];
            r.contribution = static_cast<double>(weight) * lifts_.values[p];
            std::uint8_t strongest = 0;
            for (std::size_t e = 0; e < query.items.size(); ++e)
                if (query.items[e] == anchor) strongest = std::max(strongest, static_cast<std::uint8_t>(query.types[e]));
            r.eventType = strongest;
            reasons.push_back(r);
            break;
        }
    }
    finishAdditiveReasons(reasons);
    return reasons;
}

std::uint64_t CoocRecommender::memoryBytes() const {
    return lifts_.indptr.size() * sizeof(std::uint64_t) + lifts_.indices.size() * (sizeof(std::uint32_t) + sizeof(float));
}

void CoocRecommender::saveState(util::ByteWriter& out) const {
    out.put(basketCount_);
    writeItemMatrix(out, lifts_);
}

void CoocRecommender::loadState(util::ByteReader& in, const TrainingSet& train) {
    basketCount_ = in.get<std::uint64_t>();
    lifts_ = readItemMatrix(in, train.itemCount(), "cooc");
    fromSessionViews_ = !anyPair(trainingBaskets(train)); // as fitModel decided, from the same split
}

} // namespace vitrina::models

// The paths of Recommender that avoid a dense row per list: sparse scoring (SparseScores.h; the default collection
// from dense scores and the top-K selection from a sparse row) and fixed rankings. Both give the list selectTop()
// gives from the dense row.
#include <algorithm>

#include "models/ExclusionFilter.h"
#include "models/Recommender.h"

namespace vitrina::models {

void Recommender::scoreSparse(const Query& query, SparseRow& out) const {
    thread_local std::vector<float> buffer;
    const std::size_t n = train_->itemCount();
    buffer.assign(n, 0.0f);
    score(query, buffer);
    const auto& candidates = train_->candidates();
    out.clear();
    for (std::size_t i = 0; i < n; ++i)
        if (candidates[i] && buffer[i] > 0.0f) {
            out.items.push_back(static_cast<data::ItemIndex>(i));
            out.values.push_back(buffer[i]);
        }
}

void Recommender::scoreSparseBlock(std::span<const Query> queries, std::span<SparseRow> rows) const {
    for (std::size_t q = 0; q < queries.size(); ++q) scoreSparse(queries[q], rows[q]);
}

RecommendationList Recommender::selectTopSparse(const Query& query, const SparseRow& row,
                                                const RecommendOptions& options) const {
    const TrainingSet& train = *train_;
    const ExclusionFilter filter(query, options.exclusions, train.dataset());
    const std::size_t k = static_cast<std::size_t>(options.k);
    struct Entry {
        float score;
        data::ItemIndex item;
    };
    std::vector<Entry> kept;
    kept.reserve(row.items.size());
    for (std::size_t p = 0; p < row.items.size(); ++p)
        if (!filter.excluded(row.items[p])) kept.push_back({row.values[p], row.items[p]});
    // As topK: score descending, ties by ascending item.
    const auto better = [](const Entry& a, const Entry& b) { return a.score > b.score || (a.score == b.score && a.item < b.item); };
    if (kept.size() > k) {
        std::partial_sort(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(k), kept.end(), better);
        kept.resize(k);
    } else {
        std::sort(kept.begin(), kept.end(), better);
    }
    RecommendationList list;
    list.items.reserve(k);
    list.scores.reserve(k);
    for (const Entry& e : kept) {
        list.items.push_back(e.item);
        list.scores.push_back(e.score);
    }
    list.modelItems = list.items.size();
    if (options.fillWithFallback) appendFallback(list.items, k, [&](data::ItemIndex i) { return filter.excluded(i); });
    list.scores.resize(list.items.size(), 0.0f); // every candidate without a positive score scores 0
    return list;
}

RecommendationList Recommender::selectTopFixed(const Query& query, const FixedRanking& ranking,
                                               const RecommendOptions& options) const {
    const ExclusionFilter filter(query, options.exclusions, training().dataset());
    const std::size_t k = static_cast<std::size_t>(options.k);
    RecommendationList list;
    for (const data::ItemIndex i : ranking.order) {
        if (list.items.size() >= k) break;
        if (filter.excluded(i)) continue;
        list.items.push_back(i);
        list.scores.push_back(ranking.scores[i]);
    }
    list.modelItems = list.items.size();
    return list;
}

} // namespace vitrina::models

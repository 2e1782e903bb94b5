#include "models/Recommender.h"

#include <algorithm>
#include <limits>

#include "models/ExclusionFilter.h"
#include "models/ParamsJson.h"
#include "util/Parallel.h"
#include "util/Numbers.h"

namespace vitrina::models {
namespace {

constexpr std::uint32_t kModelMagic = 0x4D525456; // "VTRM"
constexpr std::uint32_t kModelFormat = 1;

} // namespace

Query Query::fromLog(const data::EventLog& log, std::uint64_t begin, std::uint64_t end, std::uint64_t sessionBegin,
                     std::int64_t at, std::optional<data::VisitorIndex> visitor) {
    Query q;
    const std::size_t n = static_cast<std::size_t>(end - begin);
    q.items = std::span<const data::ItemIndex>(log.item.data() + begin, n);
    q.types = std::span<const data::EventType>(log.type.data() + begin, n);
    q.times = std::span<const std::int64_t>(log.timestamp.data() + begin, n);
    q.sessionBegin = static_cast<std::size_t>(std::clamp(sessionBegin, begin, end) - begin);
    q.at = at;
    q.visitor = visitor;
    return q;
}

WeightedItems weightHistory(const Query& query, const data::EventWeights& weights, data::Combine combine,
                            bool sessionOnly) {
    std::vector<std::pair<data::ItemIndex, float>> entries;
    const std::size_t from = sessionOnly ? query.sessionBegin : 0;
    entries.reserve(query.items.size() - from);
    for (std::size_t e = from; e < query.items.size(); ++e) entries.emplace_back(query.items[e], weights.of(query.types[e]));
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    WeightedItems out;
    for (const auto& [item, w] : entries) {
        if (!out.items.empty() && out.items.back() == item) {
            float& acc = out.weights.back();
            switch (combine) {
            case data::Combine::Sum: acc += w; break;
            case data::Combine::Max: acc = std::max(acc, w); break;
            case data::Combine::Binary: acc = 1.0f; break;
            }
        } else {
            out.items.push_back(item);
            out.weights.push_back(combine == data::Combine::Binary ? 1.0f : w);
        }
    }
    return out;
}

std::vector<data::ItemIndex> topK(std::span<const float> scores, std::size_t k, bool sparse) {
    // Min-heap of the best k so far; items arrive in ascending index order, so on equal scores the earlier
    // (smaller) index already in the heap wins and a later one is never better.
    struct Entry {
        float score;
        data::ItemIndex item;
    };
    const auto worse = [](const Entry& a, const Entry& b) {
        return a.score > b.score || (a.score == b.score && a.item < b.item);
    };
    std::vector<Entry> heap;
    if (k == 0) return {};
    heap.reserve(k);
    // One comparison per item in the common case: `floor` rejects excluded items (-infinity), NaN (never
    // greater), non-positive scores of a sparse model, and, once the heap is full, anything not above its worst.
    const float lowest = sparse ? 0.0f : kExcluded;
    float floor = lowest;
    const auto consider = [&](std::size_t i) {
        const float s = scores[i];
        if (!(s > floor)) return;
        if (heap.size() < k) {
            heap.push_back({s, static_cast<data::ItemIndex>(i)});
            std::push_heap(heap.begin(), heap.end(), worse);
            if (heap.size() == k) floor = std::max(lowest, heap.front().score);
        } else {
            std::pop_heap(heap.begin(), heap.end(), worse);
            heap.back() = {s, static_cast<data::ItemIndex>(i)};
            std::push_heap(heap.begin(), heap.end(), worse);
            floor = std::max(lowest, heap.front().score);
        }
    };
    // Blocks of 16 are first tested as a whole (a branch-free comparison that vectorises): most blocks of a
    // catalogue-sized row hold nothing above the floor and are skipped.
    constexpr std::size_t kBlock = 16;
    const float* row = scores.data();
    const std::size_t n = scores.size(), blocked = n - n % kBlock;
    for (std::size_t b = 0; b < blocked; b += kBlock) {
        int above = 0;
        for (std::size_t j = 0; j < kBlock; ++j) above |= static_cast<int>(row[b + j] > floor);
        if (!above) continue;
        for (std::size_t j = 0; j < kBlock; ++j) consider(b + j);
    }
    for (std::size_t i = blocked; i < n; ++i) consider(i);
    std::sort_heap(heap.begin(), heap.end(), worse);
    std::vector<data::ItemIndex> out;
    out.reserve(heap.size());
    for (const auto& e : heap) out.push_back(e.item);
    return out;
}

void Recommender::ensureParams() {
    if (!paramsSet_) {
        params_ = Params::validate(specs_, ParamValues{}, id_);
        paramsSet_ = true;
    }
}

void Recommender::setParameters(const ParamValues& given) {
    params_ = Params::validate(specs_, given, id_);
    paramsSet_ = true;
}

void Recommender::setParameters(const nlohmann::json& given) { setParameters(paramValuesFromJson(given, id_)); }

void Recommender::fit(std::shared_ptr<const TrainingSet> train, const FitContext& ctx) {
    ensureParams();
    fitted_ = false;
    ctx.progress.check(); // a model whose fit has no loop to check in still honours a token already fired
    train_ = std::move(train);
    fitModel(*train_, ctx);
    fitted_ = true;
}

void Recommender::scoreBlock(std::span<const Query> queries, std::span<float> scores) const {
    const std::size_t n = train_->itemCount();
    for (std::size_t q = 0; q < queries.size(); ++q) score(queries[q], scores.subspan(q * n, n));
}

void Recommender::checkReady(const RecommendOptions& options) const {
    if (!fitted_) util::fail(util::MessageCode::InternalError, {"model '" + id() + "' is not trained"});
    if (options.k < 1 || options.k > 10000)
        util::failParameter("k", util::MessageCode::ParameterOutOfRange, {"k", std::to_string(options.k), "[1, 10000]"});
}

RecommendationList Recommender::recommend(const Query& query, const RecommendOptions& options) const {
    checkReady(options);
    if (const FixedRanking* ranking = fixedRanking(query)) return selectTopFixed(query, *ranking, options);
    if (scoreKind() == ScoreKind::Sparse) {
        thread_local SparseRow row;
        scoreSparse(query, row);
        return selectTopSparse(query, row, options);
    }
    thread_local std::vector<float> buffer;
    buffer.assign(train_->itemCount(), 0.0f);
    score(query, buffer);
    return selectTop(query, buffer, options);
}

RecommendationList Recommender::selectTop(const Query& query, std::span<float> scores,
                                          const RecommendOptions& options) const {
    const TrainingSet& train = *train_;
    const auto& candidates = train.candidates();
    for (std::size_t i = 0; i < scores.size(); ++i) // an unconditional store: the loop vectorises
        scores[i] = candidates[i] ? scores[i] : kExcluded;
    ExclusionFilter(query, options.exclusions, train.dataset()).apply(scores);

    const std::size_t k = static_cast<std::size_t>(options.k);
    RecommendationList list;
    list.items = topK(scores, k, scoreKind() == ScoreKind::Sparse);
    list.modelItems = list.items.size();
    if (options.fillWithFallback) appendFallback(list.items, k, [&](data::ItemIndex i) { return scores[i] == kExcluded; });
    list.scores.reserve(list.items.size());
    for (data::ItemIndex i : list.items) list.scores.push_back(scores[i]);
    return list;
}

void Recommender::appendFallback(std::vector<data::ItemIndex>& items, std::size_t k,
                                 const std::function<bool(data::ItemIndex)>& excluded) const {
    if (items.size() >= k) return;
    std::vector<data::ItemIndex> chosen = items;
    std::sort(chosen.begin(), chosen.end());
    for (const data::ItemIndex i : train_->popularityOrder()) { // candidates only
        if (items.size() >= k) break;
        if (excluded(i) || std::binary_search(chosen.begin(), chosen.end(), i)) continue;
        items.push_back(i);
    }
}

std::vector<RecommendationList> Recommender::recommendBatch(std::span<const Query> queries,
                                                            const RecommendOptions& options, int threads) const {
    checkReady(options);
    constexpr std::size_t kBlock = 32; // rows scored together: item factors are read once per block
    const std::size_t n = train_->itemCount();
    const std::size_t blocks = (queries.size() + kBlock - 1) / kBlock;
    std::vector<RecommendationList> out(queries.size());
    if (scoreKind() == ScoreKind::Sparse) { // work in proportion to what each query touches, not the catalogue
        util::parallelFor(blocks, threads, 1, [&](std::size_t b) {
            thread_local std::vector<SparseRow> rows;
            const std::size_t begin = b * kBlock;
            const std::size_t count = std::min(kBlock, queries.size() - begin);
            rows.resize(count);
            scoreSparseBlock(queries.subspan(begin, count), std::span<SparseRow>(rows.data(), count));
            for (std::size_t q = 0; q < count; ++q) out[begin + q] = selectTopSparse(queries[begin + q], rows[q], options);
        });
        return out;
    }
    util::parallelFor(blocks, threads, 1, [&](std::size_t b) {
        thread_local std::vector<float> buffer;
        const std::size_t begin = b * kBlock;
        const std::size_t count = std::min(kBlock, queries.size() - begin);
        bool fixed = true;
        for (std::size_t q = 0; q < count && fixed; ++q) fixed = fixedRanking(queries[begin + q]) != nullptr;
        if (fixed) { // the same ranking for every query of the block: no scoring at all
            for (std::size_t q = 0; q < count; ++q)
                out[begin + q] = selectTopFixed(queries[begin + q], *fixedRanking(queries[begin + q]), options);
            return;
        }
        if (scoresEveryItem()) buffer.resize(count * n);
        else buffer.assign(count * n, 0.0f);
        scoreBlock(queries.subspan(begin, count), buffer);
        for (std::size_t q = 0; q < count; ++q)
            out[begin + q] = selectTop(queries[begin + q], std::span<float>(buffer).subspan(q * n, n), options);
    });
    return out;
}

std::vector<Reason> Recommender::explain(const Query&, data::ItemIndex) const { return {}; }

std::vector<std::byte> Recommender::save() const {
    if (!fitted_) util::fail(util::MessageCode::InternalError, {"model '" + id() + "' is not trained"});
    util::ByteWriter out;
    out.put(kModelMagic);
    out.put(kModelFormat);
    out.putString(id());
    out.putString(toJson(params_.values()).dump());
    saveState(out);
    return out.take();
}

void Recommender::load(std::span<const std::byte> bytes, std::shared_ptr<const TrainingSet> train) {
    util::ByteReader in(bytes);
    if (in.get<std::uint32_t>() != kModelMagic || in.get<std::uint32_t>() != kModelFormat)
        util::fail(util::MessageCode::InternalError, {"not a Vitrina model blob"});
    const std::string storedId = in.getString();
    if (storedId != id())
        util::fail(util::MessageCode::InternalError, {"model blob is for '" + storedId + "', not '" + id() + "'"});
    const nlohmann::json stored = nlohmann::json::parse(in.getString(), nullptr, false);
    if (stored.is_discarded()) util::fail(util::MessageCode::InternalError, {"unreadable parameters in model blob"});
    setParameters(stored);
    fitted_ = false;
    train_ = std::move(train);
    loadState(in, *train_);
    if (!in.atEnd()) util::fail(util::MessageCode::InternalError, {"trailing bytes in model blob"});
    fitted_ = true;
}

} // namespace vitrina::models

#include "models/session/SessionKnnModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/baseline/QueryKey.h"
#include "util/Random.h"
#include "util/Numbers.h"

namespace vitrina::models {
namespace {

// session-rec ContextKNN's reminder constants: the last three clicks get (score + 5) * 5 + position / 100.
constexpr double kReminderScore = 5.0;
constexpr std::size_t kReminderClicks = 3;

const std::vector<std::string_view> kDecayNames = {"div", "linear", "quadratic", "log", "same"};

ParamSpecs sessionSpecs(SessionKnnVariant variant) {
    using util::MessageCode;
    const bool v = variant == SessionKnnVariant::Vsknn;
    ParamSpecs specs = {
        ParamSpec::integer("k", 100, 1, 100000, MessageCode::ParamSessionK),
        ParamSpec::integer("sample_size", 1000, 0, 100'000'000, MessageCode::ParamSessionSampleSize),
        ParamSpec::choice("sampling", "recent", {"recent", "random"}, MessageCode::ParamSessionSampling),
        v ? ParamSpec::choice("similarity", "vec", {"vec", "cosine", "jaccard"}, MessageCode::ParamSessionSimilarity)
          : ParamSpec::choice("similarity", "jaccard", {"jaccard", "cosine", "vec"}, MessageCode::ParamSessionSimilarity),
    };
    if (v) {
        specs.push_back(ParamSpec::choice("weighting", "div", kDecayNames, MessageCode::ParamSessionWeighting));
        specs.push_back(ParamSpec::choice("weighting_score", "div", kDecayNames, MessageCode::ParamSessionWeightingScore));
        specs.push_back(ParamSpec::integer("last_n_clicks", 0, 0, 100000, MessageCode::ParamSessionLastClicks));
        specs.push_back(ParamSpec::boolean("remind", true, MessageCode::ParamVsknnRemind));
    } else {
        specs.push_back(ParamSpec::boolean("remind", false, MessageCode::ParamSknnRemind));
    }
    specs.push_back(ParamSpec::boolean("normalize", true, MessageCode::ParamSessionNormalize));
    return specs;
}

} // namespace

const ParamSpecs& SessionKnnRecommender::specs(SessionKnnVariant variant) {
    static const ParamSpecs sknn = sessionSpecs(SessionKnnVariant::Sknn);
    static const ParamSpecs vsknn = sessionSpecs(SessionKnnVariant::Vsknn);
    return variant == SessionKnnVariant::Sknn ? sknn : vsknn;
}

void SessionKnnRecommender::readSettings() {
    const Params& p = parameters();
    Settings s;
    s.k = static_cast<std::size_t>(p.integer("k"));
    s.sampleSize = static_cast<std::size_t>(p.integer("sample_size"));
    s.randomSampling = p.choice("sampling") == "random";
    const std::string similarity = p.choice("similarity");
    s.similarity = similarity == "jaccard" ? Similarity::Jaccard
                   : similarity == "cosine" ? Similarity::Cosine
                                            : Similarity::Vec;
    if (variant_ == SessionKnnVariant::Vsknn) {
        s.weighting = parseSessionDecay(p.choice("weighting"));
        s.weightingScore = parseSessionDecay(p.choice("weighting_score"));
        s.lastClicks = static_cast<std::size_t>(p.integer("last_n_clicks"));
    }
    s.remind = p.boolean("remind");
    s.normalize = p.boolean("normalize");
    settings_ = s;
}

void SessionKnnRecommender::fitModel(const TrainingSet& train, const FitContext& ctx) {
    readSettings();
    catalog_ = buildSessionCatalog(train, ctx.progress);
    seed_ = ctx.seed;
    gapMs_ = train.sessions().gapMs;
}

SessionKnnRecommender::Clicks SessionKnnRecommender::clicksOf(const Query& query) const {
    const std::size_t n = query.items.size();
    std::size_t begin = std::min(query.sessionBegin, n);
    if (begin == n && n > 0) { // Ours: no current session yet -> the history's last session stands in
        begin = n - 1;
        while (begin > 0 && query.times[begin] - query.times[begin - 1] <= gapMs_) --begin;
    }
    Clicks c;
    c.all = query.items.subspan(begin);
    c.used = c.all;
    if (settings_.lastClicks > 0 && c.used.size() > settings_.lastClicks) c.used = c.all.last(settings_.lastClicks);
    c.firstTime = begin < n ? query.times[begin] : 0;
    return c;
}

std::vector<SessionKnnRecommender::SessionItem>
SessionKnnRecommender::sessionItems(std::span<const data::ItemIndex> used) const {
    const std::size_t m = used.size();
    const bool weighted = variant_ == SessionKnnVariant::Vsknn;
    std::vector<SessionItem> all;
    all.reserve(m);
    for (std::size_t p = 1; p <= m; ++p)
        all.push_back({used[p - 1], weighted ? positionWeight(settings_.weighting, p, m) : 1.0, p});
    std::stable_sort(all.begin(), all.end(), [](const SessionItem& a, const SessionItem& b) { return a.item < b.item; });
    std::vector<SessionItem> out; // a distinct item takes the weight of its last occurrence
    for (const SessionItem& s : all) {
        if (!out.empty() && out.back().item == s.item) out.back() = s;
        else out.push_back(s);
    }
    return out;
}

std::vector<std::uint32_t> SessionKnnRecommender::candidates(const Query& query, const Clicks& clicks) const {
    std::vector<data::ItemIndex> distinct(clicks.all.begin(), clicks.all.end());
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const auto excluded = [&](std::uint32_t s) {
        return query.visitor && catalog_.visitor[s] == *query.visitor && catalog_.lastTime[s] >= clicks.firstTime;
    };
    const std::size_t limit = settings_.sampleSize;
    std::vector<std::uint32_t> out;

    if (!settings_.randomSampling) {
        // Merge the items' recency-ordered lists, most recent first, until `limit` distinct sessions.
        struct Cursor {
            const std::uint32_t* at;
            const std::uint32_t* end;
        };
        const auto lowerPriority = [&](const Cursor& a, const Cursor& b) { return catalog_.moreRecent(*b.at, *a.at); };
        std::vector<Cursor> heap;
        for (const data::ItemIndex i : distinct) {
            const auto list = catalog_.sessionsOf(i);
            if (!list.empty()) heap.push_back({list.data(), list.data() + list.size()});
        }
        std::make_heap(heap.begin(), heap.end(), lowerPriority);
        std::int64_t last = -1;
        while (!heap.empty() && (limit == 0 || out.size() < limit)) {
            std::pop_heap(heap.begin(), heap.end(), lowerPriority);
            Cursor& top = heap.back();
            const std::uint32_t s = *top.at;
            if (static_cast<std::int64_t>(s) != last) { // equal sessions meet in a row: they share one key
                last = s;
                if (!excluded(s)) out.push_back(s);
            }
            if (++top.at == top.end) heap.pop_back();
            else std::push_heap(heap.begin(), heap.end(), lowerPriority);
        }
        return out;
    }

    for (const data::ItemIndex i : distinct)
        for (const std::uint32_t s : catalog_.sessionsOf(i)) out.push_back(s);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    out.erase(std::remove_if(out.begin(), out.end(), excluded), out.end());
    if (limit > 0 && out.size() > limit) { // partial Fisher-Yates with a per-query seeded stream
        util::Rng rng(util::hash64(queryKey(query), seed_));
        for (std::size_t i = 0; i < limit; ++i) std::swap(out[i], out[i + rng.below(out.size() - i)]);
        out.resize(limit);
    }
    std::sort(out.begin(), out.end(), [&](std::uint32_t a, std::uint32_t b) { return catalog_.moreRecent(a, b); });
    return out;
}

std::vector<SessionKnnRecommender::Neighbour>
SessionKnnRecommender::neighboursOf(const Query& query, const Clicks& clicks, const std::vector<SessionItem>& items) const {
    std::vector<Neighbour> found;
    if (items.empty()) return found;
    const double sizeS = static_cast<double>(items.size());
    double squares = 0.0;
    for (const SessionItem& s : items) squares += s.weight * s.weight;
    const std::size_t m = clicks.used.size();
    for (const std::uint32_t session : candidates(query, clicks)) {
        const auto other = catalog_.itemsOf(session);
        std::size_t shared = 0, latest = 0;
        double weightShared = 0.0;
        for (std::size_t a = 0, b = 0; a < items.size() && b < other.size();) {
            if (items[a].item < other[b]) ++a;
            else if (other[b] < items[a].item) ++b;
            else {
                ++shared;
                weightShared += items[a].weight;
                latest = std::max(latest, items[a].lastPosition);
                ++a;
                ++b;
            }
        }
        if (shared == 0) continue;
        const double sizeN = static_cast<double>(other.size());
        double similarity = 0.0;
        switch (settings_.similarity) {
        case Similarity::Jaccard: similarity = static_cast<double>(shared) / (sizeS + sizeN - static_cast<double>(shared)); break;
        case Similarity::Cosine: similarity = weightShared / (std::sqrt(squares) * std::sqrt(sizeN)); break;
        case Similarity::Vec: similarity = weightShared / sizeS; break;
        }
        if (!(similarity > 0.0)) continue;
        Neighbour nb{session, similarity, 1.0};
        if (variant_ == SessionKnnVariant::Vsknn) nb.decay = stepDecay(settings_.weightingScore, m - latest + 1);
        found.push_back(nb);
    }
    // Candidates come in recency order; the stable sort keeps it among equal similarities.
    std::stable_sort(found.begin(), found.end(),
                     [](const Neighbour& a, const Neighbour& b) { return a.similarity > b.similarity; });
    if (found.size() > settings_.k) found.resize(settings_.k);
    return found;
}

std::vector<SessionKnnRecommender::Neighbour> SessionKnnRecommender::neighbours(const Query& query) const {
    const Clicks clicks = clicksOf(query);
    return neighboursOf(query, clicks, sessionItems(clicks.used));
}

double SessionKnnRecommender::rawScores(const Query& query, std::span<float> scores,
                                        std::vector<data::ItemIndex>& touched) const {
    const auto& candidateItems = training().candidates();
    touched.clear();
    const Clicks clicks = clicksOf(query);
    if (clicks.all.empty()) return 0.0;
    const auto items = sessionItems(clicks.used);
    const bool dropSessionItems = variant_ == SessionKnnVariant::Vsknn && !settings_.remind;
    const auto inSession = [&](data::ItemIndex j) {
        const auto it = std::lower_bound(items.begin(), items.end(), j,
                                         [](const SessionItem& s, data::ItemIndex key) { return s.item < key; });
        return it != items.end() && it->item == j;
    };
    for (const Neighbour& nb : neighboursOf(query, clicks, items)) {
        const auto contribution = static_cast<float>(nb.similarity * nb.decay);
        for (const data::ItemIndex j : catalog_.itemsOf(nb.session)) {
            if (j >= scores.size() || !candidateItems[j] || (dropSessionItems && inSession(j))) continue;
            scores[j] += contribution;
            touched.push_back(j);
        }
    }
    if (variant_ == SessionKnnVariant::Sknn && settings_.remind) {
        const auto last = clicks.all.last(std::min(kReminderClicks, clicks.all.size()));
        for (std::size_t c = 0; c < last.size(); ++c) {
            const data::ItemIndex item = last[c];
            if (item >= scores.size() || !candidateItems[item]) continue;
            scores[item] = static_cast<float>((scores[item] + kReminderScore) * kReminderScore +
                                              static_cast<double>(c + 1) / 100.0);
            touched.push_back(item);
        }
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    double largest = 0.0; // every other item scores 0
    for (const data::ItemIndex j : touched) largest = std::max(largest, static_cast<double>(scores[j]));
    return largest;
}

void SessionKnnRecommender::score(const Query& query, std::span<float> scores) const {
    const auto& candidateItems = training().candidates();
    for (std::size_t i = 0; i < scores.size(); ++i) scores[i] = candidateItems[i] ? 0.0f : kExcluded;
    std::vector<data::ItemIndex> touched;
    const double largest = rawScores(query, scores, touched);
    if (!settings_.normalize || !(largest > 0.0)) return;
    for (const data::ItemIndex j : touched) scores[j] = static_cast<float>(scores[j] / largest);
}

void SessionKnnRecommender::scoreSparse(const Query& query, SparseRow& out) const {
    thread_local std::vector<float> row; // all zero between calls: only the touched entries are read and reset
    const std::size_t n = training().itemCount();
    if (row.size() != n) row.assign(n, 0.0f);
    std::vector<data::ItemIndex> touched;
    struct Reset { // also when scoring throws half-way
        std::vector<float>& row;
        std::vector<data::ItemIndex>& touched;
        ~Reset() {
            for (const data::ItemIndex j : touched) row[j] = 0.0f;
        }
    } reset{row, touched};
    const double largest = rawScores(query, row, touched);
    const bool normalise = settings_.normalize && largest > 0.0;
    out.clear();
    for (const data::ItemIndex j : touched) {
        const float value = normalise ? static_cast<float>(row[j] / largest) : row[j];
        if (!(value > 0.0f)) continue;
        out.items.push_back(j);
        out.values.push_back(value);
    }
}

std::vector<Reason> SessionKnnRecommender::explain(const Query& query, data::ItemIndex item) const {
    std::vector<float> raw(training().itemCount());
    std::vector<data::ItemIndex> touched;
    const double largest = rawScores(query, raw, touched);
    if (item >= raw.size() || !(raw[item] > 0.0f)) return {};
    const Clicks clicks = clicksOf(query);
    const auto items = sessionItems(clicks.used);
    const bool dropped = variant_ == SessionKnnVariant::Vsknn && !settings_.remind &&
                         std::any_of(items.begin(), items.end(), [&](const SessionItem& s) { return s.item == item; });
    std::size_t holding = 0;
    double fromNeighbours = 0.0;
    if (!dropped) {
        for (const Neighbour& nb : neighboursOf(query, clicks, items)) {
            const auto other = catalog_.itemsOf(nb.session);
            if (!std::binary_search(other.begin(), other.end(), item)) continue;
            ++holding;
            fromNeighbours += nb.similarity * nb.decay;
        }
    }
    double total = fromNeighbours, neighbourPart = fromNeighbours;
    if (variant_ == SessionKnnVariant::Sknn && settings_.remind) {
        const auto last = clicks.all.last(std::min(kReminderClicks, clicks.all.size()));
        for (std::size_t c = 0; c < last.size(); ++c) {
            if (last[c] != item) continue;
            total = (total + kReminderScore) * kReminderScore + static_cast<double>(c + 1) / 100.0;
            neighbourPart *= kReminderScore;
        }
    }
    if (!(total > 0.0)) return {};
    const double scale = settings_.normalize && largest > 0.0 ? largest : 1.0;
    std::vector<Reason> reasons;
    if (holding > 0) {
        Reason r;
        r.kind = ReasonKind::SimilarSessions;
        r.value = static_cast<double>(holding);
        r.contribution = neighbourPart / scale;
        r.share = neighbourPart / total;
        reasons.push_back(r);
    }
    if (total > neighbourPart) {
        Reason r;
        r.kind = ReasonKind::RecentlyViewed;
        r.item = item;
        r.hasItem = true;
        r.contribution = (total - neighbourPart) / scale;
        r.share = (total - neighbourPart) / total;
        reasons.push_back(r);
    }
    return reasons;
}

void SessionKnnRecommender::saveState(util::ByteWriter& out) const {
    out.put(seed_);
    out.put(gapMs_);
    writeSessionCatalog(out, catalog_);
}

void SessionKnnRecommender::loadState(util::ByteReader& in, const TrainingSet& train) {
    readSettings();
    seed_ = in.get<std::uint64_t>();
    gapMs_ = in.get<std::int64_t>();
    catalog_ = readSessionCatalog(in, train.itemCount());
}

} // namespace vitrina::models

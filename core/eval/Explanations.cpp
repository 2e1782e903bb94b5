#include "eval/Explanations.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <ctime>

#include "explain/ExplainList.h"
#include "util/Parallel.h"
#include "util/Random.h"
#include "util/SystemInfo.h"

namespace vitrina::eval {
namespace {

/// What one list contributes (merged in list order, so the totals do not depend on threads).
struct ListAudit {
    std::uint64_t items = 0, modelItems = 0, covered = 0, coveredModelItems = 0;
    std::uint64_t withHistoryReason = 0, cases = 0, drops = 0, emptied = 0;
};

bool isCovered(const std::vector<models::Reason>& reasons, double threshold) {
    return std::any_of(reasons.begin(), reasons.end(), [&](const models::Reason& r) {
        return explain::isScoreShare(r) && std::fabs(r.share) >= threshold;
    });
}

/// The query without any event of `removed` (the current session shrinks with it).
struct ReducedQuery {
    std::vector<data::ItemIndex> items;
    std::vector<data::EventType> types;
    std::vector<std::int64_t> times;
    models::Query query;

    ReducedQuery(const models::Query& q, data::ItemIndex removed) {
        std::size_t sessionBegin = 0;
        for (std::size_t e = 0; e < q.items.size(); ++e) {
            if (q.items[e] == removed) continue;
            if (e < q.sessionBegin) ++sessionBegin;
            items.push_back(q.items[e]);
            types.push_back(q.types[e]);
            times.push_back(q.times[e]);
        }
        query.items = items;
        query.types = types;
        query.times = times;
        query.sessionBegin = sessionBegin;
        query.at = q.at;
        query.visitor = q.visitor;
    }
};

ListAudit auditList(const models::Recommender& model, const models::TrainingSet& train, const models::Query& query,
                    const ExplanationAuditOptions& options) {
    ListAudit a;
    models::RecommendOptions recommend;
    recommend.k = options.k;
    const models::RecommendationList list = model.recommend(query, recommend);
    const auto explained = explain::explainList(model, train, query, list);
    // Scores after removing each history item, computed once per removed item.
    std::vector<std::pair<data::ItemIndex, std::vector<float>>> rescored;
    for (const auto& e : explained) {
        ++a.items;
        const bool covered = isCovered(e.reasons, options.coverageShare);
        a.covered += covered;
        if (!e.fromModel) continue;
        ++a.modelItems;
        a.coveredModelItems += covered;
        const std::optional<data::ItemIndex> strongest = explain::strongestHistoryItem(e.reasons);
        if (!strongest) continue;
        ++a.withHistoryReason;
        const data::ItemIndex removed = *strongest;
        auto it = std::find_if(rescored.begin(), rescored.end(), [&](const auto& r) { return r.first == removed; });
        if (it == rescored.end()) {
            const ReducedQuery reduced(query, removed);
            std::vector<float> scores;
            if (!reduced.items.empty()) {
                scores.assign(train.itemCount(), 0.0f);
                model.score(reduced.query, scores);
            }
            rescored.emplace_back(removed, std::move(scores));
            it = rescored.end() - 1;
        }
        if (it->second.empty()) {
            ++a.emptied;
            continue;
        }
        ++a.cases;
        a.drops += it->second[e.item] < e.score;
    }
    return a;
}

} // namespace

void ExplanationAuditOptions::validate() const {
    if (visitors < 1 || visitors > 10'000'000)
        util::failParameter("visitors", util::MessageCode::ParameterOutOfRange,
                            {"visitors", std::to_string(visitors), "[1, 10000000]"});
    if (k < 1 || k > 1000)
        util::failParameter("k", util::MessageCode::ParameterOutOfRange, {"k", std::to_string(k), "[1, 1000]"});
    if (minHistory > 1'000'000)
        util::failParameter("min_history", util::MessageCode::ParameterOutOfRange,
                            {"min_history", std::to_string(minHistory), "[0, 1000000]"});
    if (!(coverageShare > 0.0 && coverageShare <= 1.0))
        util::failParameter("coverage_share", util::MessageCode::ParameterOutOfRange,
                            {"coverage_share", std::to_string(coverageShare), "(0, 1]"});
    if (threads < 1 || threads > 256)
        util::failParameter("threads", util::MessageCode::ParameterOutOfRange,
                            {"threads", std::to_string(threads), "[1, 256]"});
}

std::vector<std::size_t> explanationAuditLists(const ProtocolSplit& split, const ExplanationAuditOptions& options) {
    // Lists of one visitor are adjacent in the list protocols, but do not rely on it: group by visitor.
    std::vector<std::pair<data::VisitorIndex, std::size_t>> eligible;
    for (std::size_t l = 0; l < split.lists.size(); ++l)
        if (split.lists[l].historySize() >= options.minHistory) eligible.emplace_back(split.lists[l].visitor, l);
    std::sort(eligible.begin(), eligible.end());
    std::vector<std::size_t> perVisitor;
    for (std::size_t p = 0; p < eligible.size();) {
        std::size_t q = p;
        while (q < eligible.size() && eligible[q].first == eligible[p].first) ++q;
        util::Rng rng = util::Rng::forStream(options.seed, eligible[p].first);
        perVisitor.push_back(eligible[p + static_cast<std::size_t>(rng.below(q - p))].second);
        p = q;
    }
    std::sort(perVisitor.begin(), perVisitor.end());
    std::vector<std::size_t> chosen;
    for (const std::size_t index : detail::sampleIndexes(perVisitor.size(), options.visitors, options.seed))
        chosen.push_back(perVisitor[index]);
    return chosen;
}

util::Result<ExplanationAudit> auditExplanations(const models::Recommender& model, const models::TrainingSet& train,
                                                 const ProtocolSplit& split, const std::vector<std::size_t>& lists,
                                                 const ExplanationAuditOptions& options, const util::Progress& progress) {
    return util::capture<ExplanationAudit>([&](std::vector<util::Message>&) {
        options.validate();
        if (split.isSessionProtocol())
            util::failParameter("protocol", util::MessageCode::ParameterBadChoice,
                                {"protocol", std::string(protocolName(split.options.kind)), "temporal, leave-last-out"});
        if (!model.fitted()) util::fail(util::MessageCode::InternalError, {"model '" + model.id() + "' is not trained"});
        const util::Stopwatch watch;
        const std::clock_t cpu = std::clock();
        const data::Dataset& dataset = train.dataset();
        std::vector<ListAudit> perList(lists.size());
        std::atomic<std::size_t> done{0};
        util::parallelFor(lists.size(), options.threads, 4, [&](std::size_t i) {
            progress.check();
            const ListCase& list = split.lists.at(lists[i]);
            perList[i] = auditList(model, train, split.query(dataset, list), options);
            progress.set(static_cast<double>(++done) / static_cast<double>(lists.size()));
        });
        ExplanationAudit audit;
        audit.model = model.id();
        audit.lists = lists.size();
        for (const ListAudit& a : perList) {
            audit.items += a.items;
            audit.modelItems += a.modelItems;
            audit.covered += a.covered;
            audit.coveredModelItems += a.coveredModelItems;
            audit.withHistoryReason += a.withHistoryReason;
            audit.cases += a.cases;
            audit.drops += a.drops;
            audit.emptied += a.emptied;
        }
        audit.seconds = watch.seconds();
        audit.cpuSeconds = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
        return audit;
    });
}

} // namespace vitrina::eval

#include "models/hybrid/HybridValidation.h"

#include <algorithm>
#include <limits>
#include <numeric>

#include "analytics/Calendar.h"
#include "util/Message.h"
#include "util/Random.h"

namespace vitrina::models::hybrid {


Query ValidationSplit::query(const data::Dataset& dataset, const ValidationList& list) const {
    return Query::fromLog(dataset.events, list.historyBegin, list.historyEnd, list.sessionBegin, list.at, list.visitor);
}

analytics::FunnelStage stageOf(const Query& query) {
    analytics::StageTracker tracker;
    for (const data::EventType t : query.types) tracker.add(t);
    return tracker.stage();
}

ValidationSplit carveValidation(const TrainingSet& train, int days, std::uint64_t maxLists, std::uint64_t seed,
                                const std::string& parameter) {
    const data::EventLog& log = train.dataset().events;
    std::int64_t last = std::numeric_limits<std::int64_t>::min();
    for (std::size_t e = 0; e < log.size(); ++e)
        if (train.isTraining(e)) last = std::max(last, log.timestamp[e]);
    if (last == std::numeric_limits<std::int64_t>::min())
        util::failParameter(parameter, util::MessageCode::EvalNoTrainingEvents, {"hybrid validation", "no training event"});
    const std::int64_t dayEnd = (analytics::dayOfMs(last) + 1) * analytics::kMsPerDay;
    ValidationSplit split;
    split.validationBeginMs = dayEnd - static_cast<std::int64_t>(days) * analytics::kMsPerDay;
    const std::int64_t V = split.validationBeginMs;

    std::vector<std::uint8_t> subMask(log.size(), 0);
    std::uint64_t subEvents = 0;
    for (std::size_t e = 0; e < log.size(); ++e)
        if (train.isTraining(e) && log.timestamp[e] < V) subMask[e] = 1, ++subEvents;
    if (subEvents == 0)
        util::failParameter(parameter, util::MessageCode::EvalNoTrainingEvents,
                            {"hybrid validation", parameter + " = " + std::to_string(days) + " leaves no sub-training event"});

    const data::SessionIndex& sessions = train.sessions();
    std::vector<ValidationList> all;
    for (data::VisitorIndex v = 0; v < log.visitorCount(); ++v) {
        const std::uint64_t begin = log.begin(v), end = log.end(v);
        if (end == begin || log.timestamp[end - 1] < V) continue;
        std::uint64_t historyEnd = begin; // first event of v at or after the target's moment
        for (std::uint64_t e = begin; e < end; ++e) {
            const auto type = log.type[e];
            if (!train.isTraining(e) || log.timestamp[e] < V || type == data::EventType::View) continue;
            while (historyEnd < e && log.timestamp[historyEnd] < log.timestamp[e]) ++historyEnd;
            ValidationList l;
            l.visitor = v;
            l.historyBegin = begin;
            l.historyEnd = historyEnd;
            l.at = log.timestamp[e];
            l.sessionBegin = historyEnd;
            if (historyEnd > begin && l.at - log.timestamp[historyEnd - 1] <= sessions.gapMs)
                l.sessionBegin = std::max(begin, sessions.start[sessions.sessionOfEvent[historyEnd - 1]]);
            l.relevant = log.item[e];
            analytics::StageTracker tracker;
            for (std::uint64_t h = begin; h < historyEnd; ++h) tracker.add(log.type[h]);
            l.stage = tracker.stage();
            all.push_back(l);
        }
    }
    split.listsBeforeSampling = all.size();
    if (all.empty())
        util::failParameter(parameter, util::MessageCode::EvalNoTestLists,
                            {"hybrid validation", parameter + " = " + std::to_string(days) + " holds no addtocart or transaction"});
    if (maxLists > 0 && maxLists < all.size()) {
        // Partial Fisher-Yates over indexes, then back to log order.
        std::vector<std::size_t> index(all.size());
        std::iota(index.begin(), index.end(), std::size_t{0});
        util::Rng rng(util::hash64(0x68796276u, seed));
        for (std::size_t i = 0; i < maxLists; ++i) std::swap(index[i], index[i + rng.below(all.size() - i)]);
        index.resize(maxLists);
        std::sort(index.begin(), index.end());
        for (const std::size_t i : index) split.lists.push_back(all[i]);
    } else {
        split.lists = std::move(all);
    }
    // The sub-train borrows the outer session index (the caller keeps `train` alive).
    const std::shared_ptr<const data::SessionIndex> borrowed(std::shared_ptr<const data::SessionIndex>(), &sessions);
    split.subTrain = std::make_shared<const TrainingSet>(train.datasetPtr(), std::move(subMask), borrowed, V);
    return split;
}

} // namespace vitrina::models::hybrid

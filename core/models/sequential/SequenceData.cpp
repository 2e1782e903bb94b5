#include "models/sequential/SequenceData.h"

#include <algorithm>
#include <numeric>

namespace vitrina::models::sequential {

ItemRows ItemRows::fromCandidates(const TrainingSet& train) {
    ItemRows r;
    const auto& candidates = train.candidates();
    r.rowOfItem.assign(candidates.size(), -1);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (!candidates[i]) continue;
        r.rowOfItem[i] = static_cast<std::int32_t>(r.itemOfRow.size());
        r.itemOfRow.push_back(static_cast<data::ItemIndex>(i));
    }
    return r;
}

std::vector<std::uint32_t> ItemRows::rowsOf(std::span<const data::ItemIndex> items) const {
    std::vector<std::uint32_t> out;
    out.reserve(items.size());
    for (const data::ItemIndex i : items)
        if (i < rowOfItem.size() && rowOfItem[i] >= 0) out.push_back(static_cast<std::uint32_t>(rowOfItem[i]));
    return out;
}

std::vector<double> Sequences::rowSupport(std::size_t rowCount) const {
    std::vector<double> support(rowCount, 0.0);
    for (const std::uint32_t r : rows) support[r] += 1.0;
    return support;
}

Sequences buildSequences(const TrainingSet& train, const ItemRows& itemRows, SequenceUnit unit, std::size_t minLength,
                         const util::Progress& progress) {
    const auto& log = train.dataset().events;
    const auto& sessions = train.sessions();
    Sequences raw;
    raw.offsets.push_back(0);
    const auto emit = [&](std::uint64_t begin, std::uint64_t end) {
        const std::size_t before = raw.rows.size();
        std::int64_t first = 0;
        for (std::uint64_t e = begin; e < end; ++e) {
            if (!train.isTraining(e)) continue;
            const std::int32_t row = itemRows.rowOfItem[log.item[e]];
            if (row < 0) continue;
            if (raw.rows.size() == before) first = log.timestamp[e];
            raw.rows.push_back(static_cast<std::uint32_t>(row));
        }
        if (raw.rows.size() - before < std::max<std::size_t>(minLength, 1)) {
            raw.rows.resize(before);
            return;
        }
        raw.offsets.push_back(raw.rows.size());
        raw.firstTime.push_back(first);
    };
    if (unit == SequenceUnit::Session) {
        for (std::size_t s = 0; s < sessions.size(); ++s) {
            if ((s & 0xFFFF) == 0) progress.check();
            emit(sessions.start[s], sessions.start[s + 1]);
        }
    } else {
        for (data::VisitorIndex v = 0; v < log.visitorCount(); ++v) {
            if ((v & 0xFFFF) == 0) progress.check();
            emit(log.begin(v), log.end(v));
        }
    }
    // Time order of the first events (GRU4Rec's session order); a stable sort keeps log order on ties.
    std::vector<std::size_t> order(raw.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return raw.firstTime[a] < raw.firstTime[b]; });
    Sequences out;
    out.offsets.reserve(raw.offsets.size());
    out.offsets.push_back(0);
    out.rows.reserve(raw.rows.size());
    out.firstTime.reserve(raw.size());
    for (const std::size_t s : order) {
        const auto seq = raw.at(s);
        out.rows.insert(out.rows.end(), seq.begin(), seq.end());
        out.offsets.push_back(out.rows.size());
        out.firstTime.push_back(raw.firstTime[s]);
    }
    return out;
}

std::pair<std::size_t, std::size_t> queryEvents(const Query& query, SequenceUnit unit, std::int64_t gapMs) {
    const std::size_t n = query.items.size();
    if (unit == SequenceUnit::History) return {0, n};
    std::size_t begin = std::min(query.sessionBegin, n);
    if (begin == n && n > 0) {
        begin = n - 1;
        while (begin > 0 && query.times[begin] - query.times[begin - 1] <= gapMs) --begin;
    }
    return {begin, n};
}

} // namespace vitrina::models::sequential

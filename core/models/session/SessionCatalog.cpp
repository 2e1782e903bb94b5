#include "models/session/SessionCatalog.h"

#include <algorithm>
#include <numeric>

#include "models/TrainingSet.h"

namespace vitrina::models {

std::uint64_t SessionCatalog::memoryBytes() const {
    return itemOffsets.size() * sizeof(std::uint64_t) + items.size() * sizeof(data::ItemIndex) +
           lastTime.size() * sizeof(std::int64_t) + visitor.size() * sizeof(data::VisitorIndex) +
           postingOffsets.size() * sizeof(std::uint64_t) + postings.size() * sizeof(std::uint32_t);
}

SessionCatalog buildSessionCatalog(const TrainingSet& train, const util::Progress& progress) {
    const auto& ev = train.dataset().events;
    const auto& sessions = train.sessions();
    if (sessions.sessionOfEvent.size() != ev.size() || (sessions.size() > 0 && sessions.start.back() != ev.size()))
        util::fail(util::MessageCode::InternalError, {"session-KNN: the session index does not cover the event log"});
    SessionCatalog c;
    c.itemOffsets.push_back(0);
    std::vector<data::ItemIndex> distinct;
    for (std::size_t s = 0; s < sessions.size(); ++s) {
        if ((s & 0xFFFF) == 0) progress.check();
        distinct.clear();
        std::int64_t last = 0;
        for (std::uint64_t e = sessions.start[s]; e < sessions.start[s + 1]; ++e) {
            if (!train.isTraining(e)) continue;
            distinct.push_back(ev.item[e]);
            last = ev.timestamp[e]; // events are in time order within a visitor
        }
        if (distinct.empty()) continue;
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        c.items.insert(c.items.end(), distinct.begin(), distinct.end());
        c.itemOffsets.push_back(c.items.size());
        c.lastTime.push_back(last);
        c.visitor.push_back(ev.visitor[sessions.start[s]]);
    }
    progress.set(0.6);
    progress.check();

    // Filling the postings in global recency order leaves every item's list in recency order.
    std::vector<std::uint32_t> order(c.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return c.moreRecent(a, b); });
    const std::size_t items = train.itemCount();
    c.postingOffsets.assign(items + 1, 0);
    for (const data::ItemIndex i : c.items) ++c.postingOffsets[i + 1];
    std::partial_sum(c.postingOffsets.begin(), c.postingOffsets.end(), c.postingOffsets.begin());
    c.postings.resize(c.items.size());
    std::vector<std::uint64_t> fill(c.postingOffsets.begin(), c.postingOffsets.end() - 1);
    for (const std::uint32_t s : order)
        for (const data::ItemIndex i : c.itemsOf(s)) c.postings[fill[i]++] = s;
    progress.set(1.0);
    return c;
}

void writeSessionCatalog(util::ByteWriter& out, const SessionCatalog& c) {
    out.putVector(c.itemOffsets);
    out.putVector(c.items);
    out.putVector(c.lastTime);
    out.putVector(c.visitor);
    out.putVector(c.postingOffsets);
    out.putVector(c.postings);
}

SessionCatalog readSessionCatalog(util::ByteReader& in, std::size_t items) {
    SessionCatalog c;
    c.itemOffsets = in.getVector<std::uint64_t>();
    c.items = in.getVector<data::ItemIndex>();
    c.lastTime = in.getVector<std::int64_t>();
    c.visitor = in.getVector<data::VisitorIndex>();
    c.postingOffsets = in.getVector<std::uint64_t>();
    c.postings = in.getVector<std::uint32_t>();
    const std::size_t n = c.lastTime.size();
    bool ok = c.itemOffsets.size() == n + 1 && c.visitor.size() == n && c.itemOffsets.front() == 0 &&
              c.itemOffsets.back() == c.items.size() && c.postingOffsets.size() == items + 1 &&
              c.postingOffsets.front() == 0 && c.postingOffsets.back() == c.postings.size();
    for (std::size_t s = 0; ok && s < n; ++s) ok = c.itemOffsets[s] <= c.itemOffsets[s + 1];
    for (std::size_t i = 0; ok && i < items; ++i) ok = c.postingOffsets[i] <= c.postingOffsets[i + 1];
    for (std::size_t p = 0; ok && p < c.items.size(); ++p) ok = c.items[p] < items;
    for (std::size_t p = 0; ok && p < c.postings.size(); ++p) ok = c.postings[p] < n;
    if (!ok) util::fail(util::MessageCode::InternalError, {"session-KNN: saved sessions do not match the dataset"});
    return c;
}

} // namespace vitrina::models

#include "analytics/Summary.h"

#include <algorithm>
#include <limits>
#include <string>

#include "analytics/Calendar.h"
#include "analytics/Quantiles.h"
#include "util/Message.h"
#include "util/Prefault.h"

namespace vitrina::analytics {
namespace {

void requireMatchingSessions(const data::EventLog& events, const data::SessionIndex& sessions) {
    if (sessions.sessionOfEvent.size() != events.size() || sessions.visitorSessions.size() != events.visitorCount() + 1)
        util::fail(util::MessageCode::AnalysisSessionsMismatch,
                   {std::to_string(sessions.sessionOfEvent.size()),
                    std::to_string(sessions.visitorSessions.empty() ? 0 : sessions.visitorSessions.size() - 1),
                    std::to_string(events.size()), std::to_string(events.visitorCount())});
}

/// Rows that repeat an earlier row exactly. Such rows share visitor and timestamp, so they sit in the same
/// (visitor, timestamp) run of the ordered log; runs are tiny, so comparing pairs inside a run is cheap.
std::uint64_t countDuplicateRows(const data::EventLog& events) {
    std::uint64_t duplicates = 0;
    const std::size_t n = events.size();
    std::size_t runStart = 0;
    for (std::size_t i = 1; i <= n; ++i) {
        if (i < n && events.visitor[i] == events.visitor[runStart] && events.timestamp[i] == events.timestamp[runStart])
            continue;
        for (std::size_t a = runStart + 1; a < i; ++a) {
            for (std::size_t b = runStart; b < a; ++b) {
                if (events.item[a] == events.item[b] && events.type[a] == events.type[b] &&
                    events.transaction[a] == events.transaction[b]) {
                    ++duplicates;
                    break;
                }
            }
        }
        runStart = i;
    }
    return duplicates;
}

std::uint64_t countDistinctTransactions(const data::EventLog& events) {
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events.type[i] == data::EventType::Transaction && events.transaction[i] >= 0)
            ids.push_back(events.transaction[i]);
    std::sort(ids.begin(), ids.end());
    return static_cast<std::uint64_t>(std::unique(ids.begin(), ids.end()) - ids.begin());
}

bool hasKnownCategory(const data::ItemCatalog& items, data::ItemIndex item) {
    if (!items.category.has(item)) return false;
    for (std::uint64_t k = items.category.offsets[item]; k < items.category.offsets[item + 1]; ++k)
        if (items.category.value[k] != data::kNoCategory) return true;
    return false;
}

} // namespace

DatasetSummary summarize(const data::Dataset& dataset, const data::SessionIndex& sessions) {
    const data::EventLog& events = dataset.events;
    requireMatchingSessions(events, sessions);
    DatasetSummary s;
    s.events = events.size();
    s.visitors = events.visitorCount();
    s.categories = dataset.categories.size();
    s.sessions = sessions.size();
    s.transactions = countDistinctTransactions(events);
    s.duplicateRows = countDuplicateRows(events);

    // Event types, time span, events per day and distinct (visitor, item) pairs in one pass over the log.
    std::size_t itemSlots = dataset.items.size();
    for (const data::ItemIndex item : events.item) itemSlots = std::max<std::size_t>(itemSlots, item + std::size_t{1});
    constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> lastVisitorOfItem(itemSlots, kNone); // dedupes (visitor, item) pairs without sorting
    std::uint64_t pairs = 0;
    std::int64_t firstMs = std::numeric_limits<std::int64_t>::max();
    std::int64_t lastMs = std::numeric_limits<std::int64_t>::min();
    for (std::size_t i = 0; i < events.size(); ++i) {
        ++s.eventsByType[static_cast<int>(events.type[i])];
        firstMs = std::min(firstMs, events.timestamp[i]);
        lastMs = std::max(lastMs, events.timestamp[i]);
        std::uint32_t& last = lastVisitorOfItem[events.item[i]];
        if (last != events.visitor[i]) {
            last = events.visitor[i];
            ++pairs;
        }
    }
    if (s.events > 0) {
        s.firstMs = firstMs;
        s.lastMs = lastMs;
        const std::int64_t firstDay = dayOfMs(firstMs);
        s.eventsPerDay.resize(static_cast<std::size_t>(dayOfMs(lastMs) - firstDay + 1));
        for (std::size_t d = 0; d < s.eventsPerDay.size(); ++d)
            s.eventsPerDay[d].day = firstDay + static_cast<std::int64_t>(d);
        for (std::size_t i = 0; i < events.size(); ++i)
            ++s.eventsPerDay[static_cast<std::size_t>(dayOfMs(events.timestamp[i]) - firstDay)]
                  .byType[static_cast<int>(events.type[i])];
    }

    // Items: distinct event items, those with a category and those with any property history.
    std::uint64_t withCategory = 0, withProperties = 0;
    for (std::size_t item = 0; item < itemSlots; ++item) {
        if (lastVisitorOfItem[item] == kNone) continue;
        ++s.items;
        const auto i = static_cast<data::ItemIndex>(item);
        if (item < dataset.items.size()) {
            if (hasKnownCategory(dataset.items, i)) ++withCategory;
            if (dataset.items.category.has(i) || dataset.items.available.has(i) || dataset.items.price.has(i))
                ++withProperties;
        }
    }
    if (s.items > 0) {
        s.shareItemsWithCategory = static_cast<double>(withCategory) / static_cast<double>(s.items);
        s.shareItemsWithProperties = static_cast<double>(withProperties) / static_cast<double>(s.items);
    }
    const double cells = static_cast<double>(s.visitors) * static_cast<double>(s.items);
    s.sparsity = cells > 0 ? 1.0 - static_cast<double>(pairs) / cells : 0.0;

    std::vector<std::uint64_t> perVisitor;
    util::resizePrefaulted(perVisitor, s.visitors);
    for (std::size_t v = 0; v < s.visitors; ++v) perVisitor[v] = events.visitorOffsets[v + 1] - events.visitorOffsets[v];
    s.eventsPerVisitor = describeCounts(perVisitor);
    std::vector<std::uint64_t> perSession;
    util::resizePrefaulted(perSession, s.sessions);
    for (std::size_t k = 0; k < s.sessions; ++k) perSession[k] = sessions.start[k + 1] - sessions.start[k];
    s.eventsPerSession = describeCounts(perSession);
    return s;
}

} // namespace vitrina::analytics

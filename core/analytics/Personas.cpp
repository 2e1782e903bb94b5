#include "analytics/Personas.h"

#include <algorithm>
#include <limits>
#include <tuple>

#include "analytics/Calendar.h"
#include "util/Random.h"

namespace vitrina::analytics {
namespace {

constexpr std::uint64_t kCap = 10;             // "more events" stops counting here: no outliers as personas
constexpr std::uint64_t kRandomStream = 0x7069636b; // "pick"
constexpr data::VisitorIndex kCheckEvery = 1u << 16;

std::uint64_t capped(std::uint64_t n) { return std::min(n, kCap); }

/// Events of `v` with timestamp < t.
std::uint64_t countBefore(const data::EventLog& log, data::VisitorIndex v, std::int64_t t) {
    const auto first = log.timestamp.begin() + static_cast<std::ptrdiff_t>(log.begin(v));
    const auto last = log.timestamp.begin() + static_cast<std::ptrdiff_t>(log.end(v));
    return static_cast<std::uint64_t>(std::lower_bound(first, last, t) - first);
}

/// Keeps the candidate with the largest key; the first one seen (smallest visitor index) wins ties.
template <class Key> struct Best {
    std::optional<VisitorPick> pick;
    Key key{};
    void offer(const Key& k, const VisitorPick& p) {
        if (!pick || key < k) {
            pick = p;
            key = k;
        }
    }
};

} // namespace

std::int64_t defaultTestBegin(const data::EventLog& log, int testDays) {
    if (log.size() == 0) return 0;
    return testBeginAfter(*std::max_element(log.timestamp.begin(), log.timestamp.end()), testDays);
}

std::int64_t testBeginAfter(std::int64_t last, int testDays) {
    const std::int64_t day = dayOfMs(last);
    return (day + 1) * kMsPerDay - static_cast<std::int64_t>(testDays) * kMsPerDay;
}

std::int64_t defaultMoment(const data::EventLog& log, data::VisitorIndex visitor, std::int64_t testBeginMs) {
    const std::uint64_t begin = log.begin(visitor), end = log.end(visitor);
    if (begin == end) return testBeginMs;
    const std::uint64_t firstTest = begin + countBefore(log, visitor, testBeginMs);
    if (firstTest < end) return log.timestamp[firstTest];
    return log.timestamp[end - 1] + 1;
}

VisitorPick pickAt(const data::EventLog& log, data::VisitorIndex visitor, std::int64_t at) {
    return {visitor, at, log.end(visitor) - log.begin(visitor), countBefore(log, visitor, at)};
}

PersonaPicks findPersonas(const data::EventLog& log, const PersonaOptions& options, const util::Progress& progress) {
    const std::int64_t T = options.testBeginMs;
    const auto visitors = static_cast<data::VisitorIndex>(log.visitorCount());
    PersonaPicks picks;

    // newcomer key: (events capped, a later cart or purchase); browsing: (spans T, before, after);
    // intent: (cart in the test period, anything after the moment, before).
    Best<std::tuple<std::uint64_t, bool>> newcomer;
    Best<std::tuple<bool, std::uint64_t, std::uint64_t>> browsing;
    Best<std::tuple<bool, bool, std::uint64_t>> intent;
    std::vector<std::pair<std::uint64_t, data::VisitorIndex>> activity;
    activity.reserve(visitors);

    for (data::VisitorIndex v = 0; v < visitors; ++v) {
        if (v % kCheckEvery == 0) {
            progress.check();
            progress.set(static_cast<double>(v) / std::max<double>(1.0, visitors), "personas");
        }
        const std::uint64_t begin = log.begin(v), end = log.end(v), count = end - begin;
        if (count == 0) continue;
        activity.emplace_back(count, v);

        bool viewsOnly = true, laterCartOrPurchase = false;
        std::int64_t firstTransaction = std::numeric_limits<std::int64_t>::max();
        for (std::uint64_t e = begin; e < end; ++e) {
            const data::EventType type = log.type[e];
            if (type != data::EventType::View) viewsOnly = false;
            if (type != data::EventType::View && e > begin) laterCartOrPurchase = true;
            if (type == data::EventType::Transaction) firstTransaction = std::min(firstTransaction, log.timestamp[e]);
        }

        const std::int64_t first = log.timestamp[begin];
        if (first >= T) newcomer.offer({capped(count), laterCartOrPurchase}, {v, first, count, 0});

        if (viewsOnly) {
            const std::int64_t at = defaultMoment(log, v, T);
            const std::uint64_t before = countBefore(log, v, at);
            const bool spans = before > 0 && log.timestamp[end - 1] >= T;
            if (before > 0) browsing.offer({spans, capped(before), capped(count - before)}, {v, at, count, before});
        }

        // The first addtocart at/after T before any purchase, else the first addtocart before any purchase.
        std::optional<std::int64_t> cart, testCart;
        for (std::uint64_t e = begin; e < end && log.timestamp[e] < firstTransaction; ++e) {
            if (log.type[e] != data::EventType::AddToCart) continue;
            if (!cart) cart = log.timestamp[e];
            if (log.timestamp[e] >= T) {
                testCart = log.timestamp[e];
                break;
            }
        }
        if (const auto chosen = testCart ? testCart : cart) {
            const std::int64_t at = *chosen + 1;
            const std::uint64_t before = countBefore(log, v, at);
            intent.offer({testCart.has_value(), before < count, capped(before)}, {v, at, count, before});
        }
    }

    const std::size_t top = std::min(options.listSize, activity.size());
    std::partial_sort(activity.begin(), activity.begin() + static_cast<std::ptrdiff_t>(top), activity.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    for (std::size_t i = 0; i < top; ++i) {
        const data::VisitorIndex v = activity[i].second;
        picks.mostActive.push_back(pickAt(log, v, defaultMoment(log, v, T)));
    }

    // Random sample without repeats: draws until listSize distinct visitors (or all of them).
    util::Rng rng = util::Rng::forStream(options.seed, kRandomStream);
    const std::size_t wanted = std::min<std::size_t>(options.listSize, activity.size());
    std::vector<data::VisitorIndex> drawn;
    while (drawn.size() < wanted) {
        const auto v = static_cast<data::VisitorIndex>(rng.below(visitors));
        if (log.end(v) == log.begin(v) || std::find(drawn.begin(), drawn.end(), v) != drawn.end()) continue;
        drawn.push_back(v);
        picks.random.push_back(pickAt(log, v, defaultMoment(log, v, T)));
    }

    picks.personas[static_cast<std::size_t>(PersonaKind::New)] = newcomer.pick;
    picks.personas[static_cast<std::size_t>(PersonaKind::Browsing)] = browsing.pick;
    picks.personas[static_cast<std::size_t>(PersonaKind::Intent)] = intent.pick;
    progress.set(1.0, "personas");
    return picks;
}

} // namespace vitrina::analytics

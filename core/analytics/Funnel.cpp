// The funnel in single passes over the columnar event log. Per visitor, the loop derives every fact a unit or a
// filter needs (segment at the event, at the session start, by total events; first session or not) from the
// offsets alone; deduplication of visitors and sessions per (slice, stage) uses stamp arrays instead of sets.
#include "analytics/Funnel.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <string>

#include "analytics/Calendar.h"
#include "analytics/Quantiles.h"
#include "analytics/VisitorState.h"
#include "util/Message.h"
#include "util/Prefault.h"

namespace vitrina::analytics {
namespace {

using data::EventType;

constexpr int kStages = 3;
constexpr std::uint32_t kNoStamp = std::numeric_limits<std::uint32_t>::max();

/// counts[(slice * units + unit) * stages + stage], flat so that the hot loop does no lookups.
class SliceCounts {
public:
    explicit SliceCounts(std::size_t slices) : counts_(slices * kFunnelUnitCount * kStages, 0) {}
    void add(std::uint32_t slice, FunnelUnit unit, int stage) { ++counts_[index(slice, unit, stage)]; }
    FunnelCounts get(std::uint32_t slice, FunnelUnit unit) const {
        FunnelCounts c;
        for (int s = 0; s < kStages; ++s) c.stage[static_cast<std::size_t>(s)] = counts_[index(slice, unit, s)];
        return c;
    }
    void fill(std::uint32_t slice, FunnelRow& row) const {
        for (int u = 0; u < kFunnelUnitCount; ++u)
            row.byUnit[static_cast<std::size_t>(u)] = get(slice, static_cast<FunnelUnit>(u));
    }

private:
    static std::size_t index(std::uint32_t slice, FunnelUnit unit, int stage) {
        return (static_cast<std::size_t>(slice) * kFunnelUnitCount + static_cast<std::size_t>(unit)) * kStages +
               static_cast<std::size_t>(stage);
    }
    std::vector<std::uint64_t> counts_;
};

/// What the slicing and the filter look at for one event (definitions in Funnel.h).
struct EventFacts {
    std::uint64_t event = 0;
    ActivitySegment eventSegment{};   ///< segment at the event (events strictly before its timestamp)
    ActivitySegment sessionSegment{}; ///< segment at the first event of the event's session
    ActivitySegment visitorSegment{}; ///< segment by the visitor's total events
    bool sessionReturning = false;    ///< the event's session is not the visitor's first
    bool visitorReturning = false;    ///< the visitor has more than one session
};

/// The slice each unit counts this event in.
struct UnitSlices {
    std::uint32_t event = 0;
    std::uint32_t session = 0;
    std::uint32_t visitor = 0;
};

struct OrderedEvent {
    std::uint32_t slice;
    data::ItemIndex item;
    std::uint64_t order; ///< position in the log: time, then file order
    EventType type;
};

struct PassResult {
    explicit PassResult(std::size_t slices) : counts(slices) {}
    SliceCounts counts;
    std::vector<double> viewToCartMs;
    std::vector<double> viewToPurchaseMs;
    std::uint64_t purchasesWithoutCart = 0;
    std::uint64_t buyersWithoutCart = 0;
};

bool passes(const FunnelFilter& filter, ActivitySegment segment, bool returning) {
    return (filter.activitySegment < 0 || filter.activitySegment == static_cast<int>(segment)) &&
           (filter.returning < 0 || filter.returning == (returning ? 1 : 0));
}

/// Adds each (slice, ordered stage) a visitor completed: stage 2 = a view then an addtocart of the same item,
/// stage 3 = then a transaction of that item after the addtocart, within one slice.
void countOrdered(std::vector<OrderedEvent>& buffer, SliceCounts& counts) {
    std::sort(buffer.begin(), buffer.end(), [](const OrderedEvent& a, const OrderedEvent& b) {
        if (a.slice != b.slice) return a.slice < b.slice;
        if (a.item != b.item) return a.item < b.item;
        return a.order < b.order;
    });
    std::size_t i = 0;
    while (i < buffer.size()) {
        const std::uint32_t slice = buffer[i].slice;
        int best = 0;
        while (i < buffer.size() && buffer[i].slice == slice) {
            const data::ItemIndex item = buffer[i].item;
            int step = 0;
            for (; i < buffer.size() && buffer[i].slice == slice && buffer[i].item == item; ++i) {
                const EventType t = buffer[i].type;
                if (t == EventType::View && step == 0) step = 1;
                else if (t == EventType::AddToCart && step >= 1) step = std::max(step, 2);
                else if (t == EventType::Transaction && step >= 2) step = 3;
            }
            best = std::max(best, step);
        }
        if (best >= 2) counts.add(slice, FunnelUnit::OrderedVisitors, 1);
        if (best >= 3) counts.add(slice, FunnelUnit::OrderedVisitors, 2);
    }
}

/// One pass over the log; `slicesOf(facts)` returns the slice of each unit. `extras` adds the durations and the
/// purchases without a cart (computed once, for the overall row).
template <class SlicesOf>
PassResult countPass(const data::EventLog& events, const data::SessionIndex& sessions, const FunnelFilter& filter,
                     std::size_t sliceCount, std::size_t itemSlots, bool extras, const util::Progress& progress,
                     SlicesOf&& slicesOf) {
    PassResult out(sliceCount);
    std::vector<std::uint32_t> visitorStamp(sliceCount * kStages, kNoStamp);
    std::vector<std::uint32_t> sessionStamp(sliceCount * kStages, kNoStamp);
    std::vector<std::uint32_t> cartStamp(extras ? itemSlots : 0, kNoStamp); // item carted earlier by visitor v
    std::vector<OrderedEvent> ordered;
    const std::int64_t* time = events.timestamp.data();
    const EventType* type = events.type.data();
    const std::size_t visitorCount = events.visitorCount();

    for (std::size_t vIndex = 0; vIndex < visitorCount; ++vIndex) {
        if ((vIndex & 0x3FFF) == 0) {
            progress.check();
            progress.set(static_cast<double>(vIndex) / static_cast<double>(visitorCount));
        }
        const auto v = static_cast<std::uint32_t>(vIndex);
        const std::uint64_t begin = events.visitorOffsets[vIndex];
        const std::uint64_t end = events.visitorOffsets[vIndex + 1];
        if (begin == end) continue;
        const std::uint64_t firstSession = sessions.visitorSessions[vIndex];
        EventFacts facts;
        facts.visitorSegment = segmentForCount(end - begin);
        facts.visitorReturning = sessions.visitorSessions[vIndex + 1] - firstSession > 1;
        const bool visitorPass = passes(filter, facts.visitorSegment, facts.visitorReturning);
        bool hasCart = false;
        if (visitorPass)
            for (std::uint64_t i = begin; i < end && !hasCart; ++i) hasCart = type[i] == EventType::AddToCart;
        ordered.clear();

        std::uint64_t sameTimeStart = begin; // first event of the run sharing the current timestamp
        std::uint64_t firstView = end, cartAfterView = end, purchaseAfterView = end;
        bool anyCart = false, anyPurchase = false;
        for (std::uint64_t i = begin; i < end; ++i) {
            if (time[i] != time[sameTimeStart]) sameTimeStart = i;
            const std::uint32_t s = sessions.sessionOfEvent[i];
            facts.event = i;
            facts.eventSegment = segmentForCount(sameTimeStart - begin);
            facts.sessionSegment = segmentForCount(sessions.start[s] - begin);
            facts.sessionReturning = s > firstSession;
            const UnitSlices slice = slicesOf(facts);
            const EventType t = type[i];
            const int stage = static_cast<int>(t);
            const bool eventPass = passes(filter, facts.eventSegment, facts.sessionReturning);

            if (eventPass) out.counts.add(slice.event, FunnelUnit::Events, stage);
            if (passes(filter, facts.sessionSegment, facts.sessionReturning)) {
                std::uint32_t& stamp = sessionStamp[slice.session * kStages + static_cast<std::size_t>(stage)];
                if (stamp != s) {
                    stamp = s;
                    out.counts.add(slice.session, FunnelUnit::Sessions, stage);
                }
            }
            if (visitorPass) {
                std::uint32_t& stamp = visitorStamp[slice.visitor * kStages + static_cast<std::size_t>(stage)];
                if (stamp != v) {
                    stamp = v;
                    out.counts.add(slice.visitor, FunnelUnit::Visitors, stage);
                    if (t == EventType::View) out.counts.add(slice.visitor, FunnelUnit::OrderedVisitors, 0);
                }
                if (hasCart) ordered.push_back({slice.visitor, events.item[i], i, t});
            }
            if (!extras) continue;
            if (t == EventType::View) {
                if (firstView == end) firstView = i;
            } else if (t == EventType::AddToCart) {
                anyCart = true;
                cartStamp[events.item[i]] = v;
                if (firstView != end && cartAfterView == end) cartAfterView = i;
            } else {
                anyPurchase = true;
                if (firstView != end && purchaseAfterView == end) purchaseAfterView = i;
                if (eventPass && cartStamp[events.item[i]] != v) ++out.purchasesWithoutCart;
            }
        }
        if (visitorPass && hasCart) countOrdered(ordered, out.counts);
        if (extras && visitorPass) {
            if (cartAfterView != end) out.viewToCartMs.push_back(static_cast<double>(time[cartAfterView] - time[firstView]));
            if (purchaseAfterView != end)
                out.viewToPurchaseMs.push_back(static_cast<double>(time[purchaseAfterView] - time[firstView]));
            if (anyPurchase && !anyCart) ++out.buyersWithoutCart;
        }
    }
    progress.set(1.0);
    return out;
}

/// Slices that split events by a key of their own (category, day, week): every unit uses the event's key.
struct EventKeyedSlices {
    std::vector<std::uint32_t> keyOfEvent;
    std::vector<FunnelRow> rows; ///< key and label per slice index
};

EventKeyedSlices categorySlices(const data::Dataset& dataset, const util::Progress& progress) {
    const data::EventLog& events = dataset.events;
    const data::CategoryTree& tree = dataset.categories;
    const auto treeSize = static_cast<data::CategoryIndex>(tree.size());
    EventKeyedSlices out;
    util::resizePrefaulted(out.keyOfEvent, events.size());
    std::vector<std::uint32_t> sliceOfRoot(tree.size(), kNoStamp);
    std::vector<data::CategoryIndex> rootOfSlice;
    std::uint32_t unknownSlice = kNoStamp;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if ((i & 0xFFFF) == 0) progress.check();
        const data::ItemIndex item = events.item[i];
        const data::CategoryIndex c =
            item < dataset.items.size() ? dataset.items.categoryAt(item, events.timestamp[i]) : data::kNoCategory;
        data::CategoryIndex root = (c >= 0 && c < treeSize) ? tree.root[static_cast<std::size_t>(c)] : data::kNoCategory;
        if (root < 0 || root >= treeSize) root = data::kNoCategory;
        std::uint32_t& slot = root == data::kNoCategory ? unknownSlice : sliceOfRoot[static_cast<std::size_t>(root)];
        if (slot == kNoStamp) {
            slot = static_cast<std::uint32_t>(rootOfSlice.size());
            rootOfSlice.push_back(root);
        }
        out.keyOfEvent[i] = slot;
    }
    for (const data::CategoryIndex root : rootOfSlice) {
        FunnelRow row;
        if (root == data::kNoCategory) {
            row.key = "unknown";
            row.label = "unknown category";
        } else {
            row.key = std::to_string(tree.ids.raw(static_cast<std::uint32_t>(root)));
            row.label = tree.pathText(root);
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

EventKeyedSlices timeSlices(const data::EventLog& events, bool weeks) {
    EventKeyedSlices out;
    if (events.size() == 0) return out;
    const auto [minIt, maxIt] = std::minmax_element(events.timestamp.begin(), events.timestamp.end());
    const auto unitOf = [weeks](std::int64_t ms) {
        const std::int64_t day = dayOfMs(ms);
        // Day 4 (1970-01-05) is a Monday, so (monday - 4) / 7 numbers weeks exactly.
        return weeks ? floorDiv(isoWeekMonday(day) - 4, 7) : day;
    };
    const std::int64_t first = unitOf(*minIt);
    const std::int64_t last = unitOf(*maxIt);
    util::resizePrefaulted(out.keyOfEvent, events.size());
    for (std::size_t i = 0; i < events.size(); ++i)
        out.keyOfEvent[i] = static_cast<std::uint32_t>(unitOf(events.timestamp[i]) - first);
    for (std::int64_t u = first; u <= last; ++u) {
        FunnelRow row;
        if (weeks) {
            const std::int64_t monday = u * 7 + 4;
            row.key = formatIsoWeek(isoWeekOfDay(monday));
            row.label = row.key + ": " + formatDay(monday) + ".." + formatDay(monday + 6);
        } else {
            row.key = formatDay(u);
            row.label = row.key;
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

/// Categories by events in the slice (descending, ties by key), the unknown category last.
std::vector<FunnelRow> orderCategoryRows(std::vector<FunnelRow> rows) {
    const auto total = [](const FunnelRow& r) {
        const auto& c = r[FunnelUnit::Events].stage;
        return c[0] + c[1] + c[2];
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const FunnelRow& a, const FunnelRow& b) {
        const bool aUnknown = a.key == "unknown", bUnknown = b.key == "unknown";
        if (aUnknown != bUnknown) return bUnknown;
        if (total(a) != total(b)) return total(a) > total(b);
        if (a.key.size() != b.key.size()) return a.key.size() < b.key.size(); // numeric order of raw ids
        return a.key < b.key;
    });
    return rows;
}

void validateInputs(const data::Dataset& dataset, const data::SessionIndex& sessions, const FunnelFilter& filter) {
    const data::EventLog& events = dataset.events;
    if (sessions.sessionOfEvent.size() != events.size() || sessions.visitorSessions.size() != events.visitorCount() + 1)
        util::fail(util::MessageCode::AnalysisSessionsMismatch,
                   {std::to_string(sessions.sessionOfEvent.size()),
                    std::to_string(sessions.visitorSessions.empty() ? 0 : sessions.visitorSessions.size() - 1),
                    std::to_string(events.size()), std::to_string(events.visitorCount())});
    if (filter.activitySegment < -1 || filter.activitySegment >= kActivitySegmentCount)
        util::failParameter("activitySegment", util::MessageCode::ParameterOutOfRange,
                            {"activitySegment", std::to_string(filter.activitySegment), "[-1, 3]"});
    if (filter.returning < -1 || filter.returning > 1)
        util::failParameter("returning", util::MessageCode::ParameterOutOfRange,
                            {"returning", std::to_string(filter.returning), "[-1, 1]"});
}

} // namespace

FunnelReport computeFunnel(const data::Dataset& dataset, const data::SessionIndex& sessions, FunnelSlicing slicing,
                           const FunnelFilter& filter, const util::Progress& progress) {
    validateInputs(dataset, sessions, filter);
    const data::EventLog& events = dataset.events;
    std::size_t itemSlots = dataset.items.size();
    for (const data::ItemIndex item : events.item) itemSlots = std::max<std::size_t>(itemSlots, item + std::size_t{1});

    FunnelReport report;
    report.slicing = slicing;
    const bool sliced = slicing != FunnelSlicing::None;
    const util::Progress overallProgress = progress.sub(0.0, sliced ? 0.5 : 1.0);
    PassResult overall = countPass(events, sessions, filter, 1, itemSlots, true, overallProgress,
                                   [](const EventFacts&) { return UnitSlices{}; });
    report.overall.key = "all";
    report.overall.label = "all";
    overall.counts.fill(0, report.overall);
    report.viewToCart = describeDurations(std::move(overall.viewToCartMs));
    report.viewToPurchase = describeDurations(std::move(overall.viewToPurchaseMs));
    report.purchasesWithoutCart = overall.purchasesWithoutCart;
    report.buyersWithoutCart = overall.buyersWithoutCart;
    if (!sliced) return report;

    const util::Progress sliceProgress = progress.sub(0.5, 1.0);
    if (slicing == FunnelSlicing::ActivitySegment) {
        const PassResult pass =
            countPass(events, sessions, filter, kActivitySegmentCount, itemSlots, false, sliceProgress,
                      [](const EventFacts& f) {
                          return UnitSlices{static_cast<std::uint32_t>(f.eventSegment),
                                            static_cast<std::uint32_t>(f.sessionSegment),
                                            static_cast<std::uint32_t>(f.visitorSegment)};
                      });
        for (int s = 0; s < kActivitySegmentCount; ++s) {
            FunnelRow row;
            row.key = std::string(segmentName(static_cast<ActivitySegment>(s)));
            row.label = row.key;
            pass.counts.fill(static_cast<std::uint32_t>(s), row);
            report.slices.push_back(std::move(row));
        }
        return report;
    }
    if (slicing == FunnelSlicing::NewVsReturning) {
        const PassResult pass = countPass(events, sessions, filter, 2, itemSlots, false, sliceProgress,
                                          [](const EventFacts& f) {
                                              const std::uint32_t session = f.sessionReturning ? 1 : 0;
                                              return UnitSlices{session, session, f.visitorReturning ? 1u : 0u};
                                          });
        for (std::uint32_t s = 0; s < 2; ++s) {
            FunnelRow row;
            row.key = s == 0 ? "new" : "returning";
            row.label = row.key;
            pass.counts.fill(s, row);
            report.slices.push_back(std::move(row));
        }
        return report;
    }

    EventKeyedSlices keyed = slicing == FunnelSlicing::TopCategory
                                 ? categorySlices(dataset, sliceProgress.sub(0.0, 0.3))
                                 : timeSlices(events, slicing == FunnelSlicing::IsoWeek);
    const std::uint32_t* keyOf = keyed.keyOfEvent.data();
    const PassResult pass =
        countPass(events, sessions, filter, keyed.rows.size(), itemSlots, false, sliceProgress.sub(0.3, 1.0),
                  [keyOf](const EventFacts& f) {
                      const std::uint32_t k = keyOf[f.event];
                      return UnitSlices{k, k, k};
                  });
    for (std::size_t s = 0; s < keyed.rows.size(); ++s) pass.counts.fill(static_cast<std::uint32_t>(s), keyed.rows[s]);
    report.slices = slicing == FunnelSlicing::TopCategory ? orderCategoryRows(std::move(keyed.rows))
                                                          : std::move(keyed.rows);
    return report;
}

} // namespace vitrina::analytics

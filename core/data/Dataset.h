#pragma once
// The in-memory dataset: columnar (struct of arrays), dense ids, events ordered by visitor then time with ties
// kept in file order. Immutable once built; shared between threads as std::shared_ptr<const Dataset>.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/Ids.h"
#include "util/Message.h"

namespace vitrina::data {

struct EventLog {
    std::vector<std::int64_t> timestamp;   ///< milliseconds since the Unix epoch, UTC
    std::vector<VisitorIndex> visitor;     ///< dense visitor index
    std::vector<ItemIndex> item;           ///< dense item index
    std::vector<EventType> type;
    std::vector<std::int64_t> transaction; ///< raw transaction id, -1 when absent
    /// Events of visitor v are [visitorOffsets[v], visitorOffsets[v + 1]); size = visitors + 1.
    std::vector<std::uint64_t> visitorOffsets;

    std::size_t size() const { return timestamp.size(); }
    std::size_t visitorCount() const { return visitorOffsets.empty() ? 0 : visitorOffsets.size() - 1; }
    std::uint64_t begin(VisitorIndex v) const { return visitorOffsets[v]; }
    std::uint64_t end(VisitorIndex v) const { return visitorOffsets[v + 1]; }
};

/// A per-item step function over time: entries of item i are [offsets[i], offsets[i+1]), sorted by time.
template <class V> struct TimedValues {
    std::vector<std::uint64_t> offsets; ///< size = items + 1 (empty when nothing was loaded)
    std::vector<std::int64_t> time;
    std::vector<V> value;

    bool loaded() const { return !offsets.empty(); }
    bool has(ItemIndex i) const { return loaded() && offsets[i + 1] > offsets[i]; }
    /// Latest value with time <= t; when t precedes every entry, the latest known value (nullopt if none).
    std::optional<V> at(ItemIndex i, std::int64_t t) const {
        if (!has(i)) return std::nullopt;
        std::uint64_t lo = offsets[i], hi = offsets[i + 1];
        if (time[lo] > t) return value[hi - 1];
        while (hi - lo > 1) { // invariant: time[lo] <= t, and time[hi] > t or hi is the end
            const std::uint64_t mid = lo + (hi - lo) / 2;
            if (time[mid] <= t) lo = mid;
            else hi = mid;
        }
        return value[lo];
    }
    std::optional<V> latest(ItemIndex i) const {
        if (!has(i)) return std::nullopt;
        return value[offsets[i + 1] - 1];
    }
};

struct CategoryTree {
    IdMap ids;                          ///< dense category index <-> raw categoryid
    std::vector<CategoryIndex> parent;  ///< kNoCategory for a root
    std::vector<CategoryIndex> root;    ///< the top-level ancestor (itself for a root)
    std::vector<std::uint8_t> level;    ///< 1 for a root
    std::vector<std::string> names;     ///< display names; empty vector or empty string = none

    std::size_t size() const { return ids.size(); }
    /// Root first, `c` last.
    std::vector<CategoryIndex> path(CategoryIndex c) const;
    /// The name when known, otherwise the raw id.
    std::string displayName(CategoryIndex c) const;
    /// e.g. "Phones › Smartphones" (or "1016" ids without names).
    std::string pathText(CategoryIndex c, const std::string& separator = " \u203A ") const;
};

struct ItemCatalog {
    IdMap ids;                           ///< event items, dense index <-> raw itemid
    TimedValues<CategoryIndex> category; ///< property "categoryid" history
    TimedValues<std::uint8_t> available; ///< property "available" history (0/1)
    TimedValues<float> price;            ///< property "790" (price proxy; unit is whatever the data holds)
    std::vector<std::string> names;      ///< display names; empty vector or empty string = none

    std::size_t size() const { return ids.size(); }
    CategoryIndex categoryAt(ItemIndex i, std::int64_t t) const { return category.at(i, t).value_or(kNoCategory); }
    CategoryIndex latestCategory(ItemIndex i) const { return category.latest(i).value_or(kNoCategory); }
    std::string displayName(ItemIndex i) const;
};

/// What the importer skipped and why, per file: counts per reason and the first line numbers of each reason.
struct SkippedRows {
    util::MessageCode reason{};
    std::uint64_t count = 0;
    std::vector<std::int64_t> firstLines; ///< at most kMaxLinesPerReason, ascending
};
inline constexpr std::size_t kMaxLinesPerReason = 10;

struct SourceFile {
    std::string role;          ///< "events", "item_properties", "category_tree", "category_names", "item_names"
    std::string path;          ///< as given at import
    std::uint64_t bytes = 0;
    std::int64_t modifiedMs = 0;
    std::uint64_t rowsRead = 0; ///< data rows (header and blank lines excluded)
    std::uint64_t rowsKept = 0;
    std::vector<SkippedRows> skipped;
    std::string sha256;        ///< filled by the background release check when the size matches
    bool officialRelease = false;
};

struct Dataset {
    std::string name;
    EventLog events;
    IdMap visitors;
    ItemCatalog items;
    CategoryTree categories;
    std::vector<SourceFile> sources;
    std::vector<util::Message> warnings; ///< import warnings (e.g. dangling category parents)
    std::uint64_t duplicateRows = 0;     ///< exact duplicate event rows (kept, as in the release)

    const SourceFile* source(const std::string& role) const;
};

} // namespace vitrina::data

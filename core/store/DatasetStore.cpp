#include "store/DatasetStore.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "store/ArrayCodecs.h"
#include "store/BlobStore.h"
#include "store/RecordChecksum.h"
#include "util/Message.h"
#include "util/Prefault.h"

namespace vitrina::store {
namespace {

using nlohmann::json;

template <class T> inline constexpr bool kIsStrings = std::is_same_v<std::remove_cvref_t<T>, std::vector<std::string>>;

/// Every array stored byte for byte, named in one place so that saving and loading cannot drift apart.
/// D is `const data::Dataset` when saving and `data::Dataset` when loading. The arrays with a compact form
/// (ArrayCodecs.h) are handled beside it: the visitor offsets, the transaction ids and the three id tables.
template <class D, class Visit> void visitPlainArrays(D& d, Visit&& visit) {
    visit("events.timestamp", d.events.timestamp);
    visit("events.item", d.events.item);
    visit("events.type", d.events.type);
    visit("items.category.offsets", d.items.category.offsets);
    visit("items.category.time", d.items.category.time);
    visit("items.category.value", d.items.category.value);
    visit("items.available.offsets", d.items.available.offsets);
    visit("items.available.time", d.items.available.time);
    visit("items.available.value", d.items.available.value);
    visit("items.price.offsets", d.items.price.offsets);
    visit("items.price.time", d.items.price.time);
    visit("items.price.value", d.items.price.value);
    visit("items.names", d.items.names);
    visit("categories.parent", d.categories.parent);
    visit("categories.root", d.categories.root);
    visit("categories.level", d.categories.level);
    visit("categories.names", d.categories.names);
}

[[noreturn]] void corrupt(const sql::Database& db, const std::string& detail) {
    util::failAt(util::MessageCode::StoreCorrupt, db.path(), 0, {detail});
}

template <class T> std::span<const std::byte> bytesOf(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    return std::as_bytes(std::span<const T>(v));
}

/// A list of strings as two arrays: offsets (size n + 1, or empty for an empty list) and the joined bytes.
struct PackedStrings {
    std::vector<std::uint64_t> offsets;
    std::vector<char> bytes;
};

PackedStrings pack(const std::vector<std::string>& strings) {
    PackedStrings p;
    if (strings.empty()) return p;
    p.offsets.reserve(strings.size() + 1);
    p.offsets.push_back(0);
    for (const auto& s : strings) {
        p.bytes.insert(p.bytes.end(), s.begin(), s.end());
        p.offsets.push_back(p.bytes.size());
    }
    return p;
}

// ---- the JSON part -------------------------------------------------------------------------------------

const std::unordered_map<std::string, util::MessageCode>& codesByName() {
    static const auto map = [] {
        std::unordered_map<std::string, util::MessageCode> m;
        for (const auto code : util::allMessageCodes()) m.emplace(std::string(util::codeName(code)), code);
        return m;
    }();
    return map;
}

util::MessageCode codeFromName(const sql::Database& db, const std::string& name) {
    const auto it = codesByName().find(name);
    if (it == codesByName().end()) corrupt(db, "unknown message code '" + name + "'");
    return it->second;
}

json messageJson(const util::Message& m) {
    // Codes are stored by their dotted name: enum values shift when modules add codes.
    return {{"code", std::string(util::codeName(m.code))}, {"severity", static_cast<int>(m.severity)},
            {"args", m.args},   {"file", m.file}, {"line", m.line}, {"parameter", m.parameter}};
}

util::Message messageFromJson(const sql::Database& db, const json& j) {
    util::Message m;
    m.code = codeFromName(db, j.at("code").get<std::string>());
    const int severity = j.at("severity").get<int>();
    if (severity < 0 || severity > static_cast<int>(util::Severity::Error)) corrupt(db, "bad message severity");
    m.severity = static_cast<util::Severity>(severity);
    m.args = j.at("args").get<std::vector<std::string>>();
    m.file = j.at("file").get<std::string>();
    m.line = j.at("line").get<std::int64_t>();
    m.parameter = j.at("parameter").get<std::string>();
    return m;
}

json infoJson(const data::Dataset& d) {
    json sources = json::array();
    for (const auto& s : d.sources) {
        json skipped = json::array();
        for (const auto& k : s.skipped)
            skipped.push_back({{"reason", std::string(util::codeName(k.reason))},
                               {"count", k.count},
                               {"first_lines", k.firstLines}});
        sources.push_back({{"role", s.role},
                           {"path", s.path},
                           {"bytes", s.bytes},
                           {"modified_ms", s.modifiedMs},
                           {"rows_read", s.rowsRead},
                           {"rows_kept", s.rowsKept},
                           {"skipped", skipped},
                           {"sha256", s.sha256},
                           {"official_release", s.officialRelease}});
    }
    json warnings = json::array();
    for (const auto& w : d.warnings) warnings.push_back(messageJson(w));
    return {{"duplicate_rows", d.duplicateRows}, {"sources", sources}, {"warnings", warnings}};
}

void readInfo(const sql::Database& db, const std::string& text, data::Dataset& d) {
    try {
        const json j = json::parse(text);
        d.duplicateRows = j.at("duplicate_rows").get<std::uint64_t>();
        for (const auto& s : j.at("sources")) {
            data::SourceFile f;
            f.role = s.at("role").get<std::string>();
            f.path = s.at("path").get<std::string>();
            f.bytes = s.at("bytes").get<std::uint64_t>();
            f.modifiedMs = s.at("modified_ms").get<std::int64_t>();
            f.rowsRead = s.at("rows_read").get<std::uint64_t>();
            f.rowsKept = s.at("rows_kept").get<std::uint64_t>();
            for (const auto& k : s.at("skipped")) {
                data::SkippedRows rows;
                rows.reason = codeFromName(db, k.at("reason").get<std::string>());
                rows.count = k.at("count").get<std::uint64_t>();
                rows.firstLines = k.at("first_lines").get<std::vector<std::int64_t>>();
                f.skipped.push_back(std::move(rows));
            }
            f.sha256 = s.at("sha256").get<std::string>();
            f.officialRelease = s.at("official_release").get<bool>();
            d.sources.push_back(std::move(f));
        }
        for (const auto& w : j.at("warnings")) d.warnings.push_back(messageFromJson(db, w));
    } catch (const json::exception& e) {
        corrupt(db, std::string("the dataset description is unreadable (") + e.what() + ")");
    }
}

// ---- invariants checked after loading (cheap linear passes; a damaged file must not crash the app later) ----

template <class T> bool ascending(const std::vector<T>& v) { return std::is_sorted(v.begin(), v.end()); }

void checkOffsets(const sql::Database& db, const char* what, const std::vector<std::uint64_t>& offsets,
                  std::size_t owners, std::size_t entries, bool mayBeEmpty) {
    if (offsets.empty() && mayBeEmpty && entries == 0) return;
    if (offsets.size() != owners + 1 || offsets.front() != 0 || offsets.back() != entries || !ascending(offsets))
        corrupt(db, std::string(what) + " offsets are inconsistent");
}

template <class V>
void checkTimed(const sql::Database& db, const char* what, const data::TimedValues<V>& t, std::size_t items) {
    if (t.time.size() != t.value.size()) corrupt(db, std::string(what) + " arrays differ in length");
    checkOffsets(db, what, t.offsets, items, t.time.size(), true);
}

void validate(const sql::Database& db, const data::Dataset& d) {
    const data::EventLog& e = d.events;
    const std::size_t n = e.timestamp.size();
    if (e.visitor.size() != n || e.item.size() != n || e.type.size() != n || e.transaction.size() != n)
        corrupt(db, "the event arrays differ in length");
    checkOffsets(db, "visitor", e.visitorOffsets, d.visitors.size(), n, d.visitors.size() == 0);
    const auto* types = reinterpret_cast<const std::uint8_t*>(e.type.data());
    std::uint8_t maxType = 0;
    for (std::size_t i = 0; i < n; ++i) maxType = std::max(maxType, types[i]);
    if (maxType >= data::kEventTypeCount) corrupt(db, "unknown event type code");
    if (n > 0 && *std::max_element(e.item.begin(), e.item.end()) >= d.items.size())
        corrupt(db, "an event refers to an unknown item");
    const auto strictly = [](const std::vector<std::int64_t>& raw) {
        return std::adjacent_find(raw.begin(), raw.end(), std::greater_equal<>()) == raw.end();
    };
    if (!strictly(d.visitors.raws()) || !strictly(d.items.ids.raws()) || !strictly(d.categories.ids.raws()))
        corrupt(db, "an id table is not strictly ascending");

    const std::size_t items = d.items.size();
    checkTimed(db, "item category", d.items.category, items);
    checkTimed(db, "item availability", d.items.available, items);
    checkTimed(db, "item price", d.items.price, items);
    const auto categories = static_cast<data::CategoryIndex>(d.categories.size());
    const auto validCategory = [categories](data::CategoryIndex c) { return c >= data::kNoCategory && c < categories; };
    if (!std::all_of(d.items.category.value.begin(), d.items.category.value.end(), validCategory))
        corrupt(db, "an item refers to an unknown category");
    if (!d.items.names.empty() && d.items.names.size() != items) corrupt(db, "item names do not match the items");

    const std::size_t c = d.categories.size();
    const auto& tree = d.categories;
    if (tree.parent.size() != c || tree.root.size() != c || tree.level.size() != c ||
        (!tree.names.empty() && tree.names.size() != c))
        corrupt(db, "the category arrays differ in length");
    if (!std::all_of(tree.parent.begin(), tree.parent.end(), validCategory) ||
        !std::all_of(tree.root.begin(), tree.root.end(), validCategory))
        corrupt(db, "a category refers to an unknown category");
}

} // namespace

bool datasetPresent(const sql::Database& db) { return db.queryInt("SELECT count(*) FROM dataset").value_or(0) > 0; }

void writeDataset(sql::Database& db, const data::Dataset& dataset, const util::Progress& progress) {
    const std::int64_t generation = db.queryInt("SELECT generation FROM dataset WHERE id = 1").value_or(0) + 1;

    // Collect every array (compact forms encoded first) so that progress knows the total.
    struct Pending {
        std::string name;
        std::span<const std::byte> bytes;
        std::size_t elementBytes;
    };
    std::vector<Pending> pending;
    std::deque<std::vector<std::uint64_t>> ownedU64; // deques keep element addresses stable
    std::deque<std::vector<std::int64_t>> ownedI64;
    std::deque<std::vector<std::uint32_t>> ownedU32;
    std::deque<std::vector<char>> ownedChars;
    const auto add = [&]<class T>(std::string name, const std::vector<T>& v) {
        pending.push_back({std::move(name), bytesOf(v), sizeof(T)});
    };
    visitPlainArrays(dataset, [&](const char* name, const auto& x) {
        if constexpr (kIsStrings<decltype(x)>) {
            PackedStrings packed = pack(x);
            add(std::string(name) + ".offsets", ownedU64.emplace_back(std::move(packed.offsets)));
            add(std::string(name) + ".bytes", ownedChars.emplace_back(std::move(packed.bytes)));
        } else {
            add(name, x);
        }
    });
    add("events.visitor_event_counts", ownedU32.emplace_back(offsetsToCounts(dataset.events.visitorOffsets)));
    SparseColumn transactions = sparseExcept(dataset.events.transaction, -1);
    add("events.transaction.position", ownedU64.emplace_back(std::move(transactions.position)));
    add("events.transaction.id", ownedI64.emplace_back(std::move(transactions.value)));
    for (const auto& [name, ids] : {std::pair{"visitors.raw", &dataset.visitors}, std::pair{"items.raw", &dataset.items.ids},
                                    std::pair{"categories.raw", &dataset.categories.ids}}) {
        IdRuns runs = idRuns(ids->raws());
        if (storedBytes(runs) < ids->raws().size() * sizeof(std::int64_t)) {
            add(std::string(name) + ".run_start", ownedI64.emplace_back(std::move(runs.start)));
            add(std::string(name) + ".run_length", ownedU32.emplace_back(std::move(runs.length)));
        } else {
            add(name, ids->raws());
        }
    }

    std::size_t totalBytes = 1, doneBytes = 0; // 1 avoids 0/0 for an empty dataset
    for (const auto& p : pending) totalBytes += p.bytes.size();
    sql::Statement record = db.prepare(
        "INSERT INTO dataset_arrays(generation, name, element_bytes, count, blob, checksum) VALUES (?, ?, ?, ?, ?, ?)");
    for (const auto& p : pending) {
        const std::size_t before = doneBytes;
        const std::int64_t blob = writeBlob(db, p.bytes, [&](std::size_t done) {
            progress.check();
            progress.set(static_cast<double>(before + done) / static_cast<double>(totalBytes));
        });
        doneBytes += p.bytes.size();
        const auto elementBytes = static_cast<std::int64_t>(p.elementBytes);
        const auto count = static_cast<std::int64_t>(p.bytes.size() / p.elementBytes);
        record.bind(1, generation).bind(2, p.name).bind(3, elementBytes).bind(4, count).bind(5, blob);
        record.bind(6, arrayRowChecksum(generation, p.name, elementBytes, count, blob).value()).run();
        record.reset();
    }

    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch()).count();
    const std::string info = infoJson(dataset).dump();
    const auto savedMs = static_cast<std::int64_t>(now);
    sql::Statement row = db.prepare(
        "INSERT OR REPLACE INTO dataset(id, generation, name, info, saved_ms, checksum) VALUES (1, ?, ?, ?, ?, ?)");
    row.bind(1, generation).bind(2, dataset.name).bind(3, info).bind(4, savedMs);
    row.bind(5, datasetRowChecksum(generation, dataset.name, info, savedMs).value()).run();
    // Only now free the previous generation (see the header for why the order matters).
    const std::string old = "SELECT blob FROM dataset_arrays WHERE generation <> " + std::to_string(generation);
    deleteBlobs(db, old);
    db.exec("DELETE FROM dataset_arrays WHERE generation <> " + std::to_string(generation), "removing old data");
    progress.set(1.0);
}

data::Dataset readDataset(const sql::Database& db, const util::Progress& progress) {
    sql::Statement head = db.prepare("SELECT generation, name, info, saved_ms, checksum FROM dataset WHERE id = 1");
    if (!head.step()) util::failAt(util::MessageCode::StoreNoDataset, db.path(), 0);
    const std::int64_t generation = head.columnInt(0);
    data::Dataset d;
    d.name = head.columnText(1);
    const std::string info = head.columnText(2);
    requireChecksum(db, head.columnInt(4), datasetRowChecksum(generation, d.name, info, head.columnInt(3)),
                    "the dataset description and import report");
    readInfo(db, info, d);

    struct Stored {
        std::int64_t elementBytes, count, blob;
    };
    std::unordered_map<std::string, Stored> stored;
    sql::Statement list =
        db.prepare("SELECT name, element_bytes, count, blob, checksum FROM dataset_arrays WHERE generation = ?");
    list.bind(1, generation);
    std::int64_t totalBytes = 1, doneBytes = 0;
    while (list.step()) {
        const std::string name = list.columnText(0);
        const Stored s{list.columnInt(1), list.columnInt(2), list.columnInt(3)};
        requireChecksum(db, list.columnInt(4), arrayRowChecksum(generation, name, s.elementBytes, s.count, s.blob),
                        "the header of array '" + name + "'");
        if (s.elementBytes <= 0 || s.elementBytes > 64 || s.count < 0 || s.count > (std::int64_t{1} << 40))
            corrupt(db, "bad array header");
        totalBytes += s.elementBytes * s.count;
        stored.emplace(name, s);
    }
    const auto load = [&]<class T>(const std::string& name, std::vector<T>& out) {
        const auto it = stored.find(name);
        if (it == stored.end()) corrupt(db, "array '" + name + "' is missing");
        if (it->second.elementBytes != static_cast<std::int64_t>(sizeof(T)))
            corrupt(db, "array '" + name + "' has the wrong element size");
        // The element count is checked against the bytes really stored before anything is allocated.
        const std::size_t storedBytes = blobSize(db, it->second.blob, "array '" + name + "'");
        if (static_cast<std::uint64_t>(it->second.count) * sizeof(T) != storedBytes)
            corrupt(db, "array '" + name + "' records " + std::to_string(it->second.count) + " elements in " +
                            std::to_string(storedBytes) + " bytes");
        progress.check();
        out.clear();
        util::resizePrefaulted(out, static_cast<std::size_t>(it->second.count));
        readBlobInto(db, it->second.blob, reinterpret_cast<std::byte*>(out.data()), out.size() * sizeof(T),
                     "array '" + name + "'");
        doneBytes += it->second.elementBytes * it->second.count;
        progress.set(static_cast<double>(doneBytes) / static_cast<double>(totalBytes));
    };
    const auto has = [&](const std::string& name) { return stored.count(name) > 0; };
    visitPlainArrays(d, [&](const char* name, auto& x) {
        if constexpr (kIsStrings<decltype(x)>) {
            PackedStrings packed;
            load(std::string(name) + ".offsets", packed.offsets);
            load(std::string(name) + ".bytes", packed.bytes);
            if (!packed.offsets.empty()) {
                if (packed.offsets.front() != 0 || packed.offsets.back() != packed.bytes.size() ||
                    !ascending(packed.offsets))
                    corrupt(db, std::string("the string list '") + name + "' is inconsistent");
                x.reserve(packed.offsets.size() - 1);
                for (std::size_t k = 0; k + 1 < packed.offsets.size(); ++k)
                    x.emplace_back(packed.bytes.data() + packed.offsets[k], packed.offsets[k + 1] - packed.offsets[k]);
            } else if (!packed.bytes.empty()) {
                corrupt(db, std::string("the string list '") + name + "' is inconsistent");
            }
        } else {
            load(name, x);
        }
    });
    data::EventLog& events = d.events;
    std::vector<std::uint32_t> counts;
    load("events.visitor_event_counts", counts);
    // Runs of ids expand to more ids than are stored, so each table's size is bounded by the arrays that refer
    // to it (one count per visitor, one parent per category; every item occurs in the events or has a
    // history, availability, price or name entry) before anything is allocated.
    const std::size_t itemBound = std::max({events.timestamp.size(), d.items.category.offsets.size(),
                                            d.items.available.offsets.size(), d.items.price.offsets.size(),
                                            d.items.names.size()});
    for (const auto& [name, ids, bound] : {std::tuple{"visitors.raw", &d.visitors, counts.size()},
                                           std::tuple{"items.raw", &d.items.ids, itemBound},
                                           std::tuple{"categories.raw", &d.categories.ids, d.categories.parent.size()}}) {
        std::vector<std::int64_t> raw;
        if (has(std::string(name) + ".run_start")) {
            IdRuns runs;
            load(std::string(name) + ".run_start", runs.start);
            load(std::string(name) + ".run_length", runs.length);
            if (!expandRuns(runs, bound, raw)) corrupt(db, std::string("the id runs of '") + name + "' are inconsistent");
        } else {
            load(name, raw);
        }
        *ids = data::IdMap(std::move(raw)); // ascending order is verified in validate()
    }
    if (!countsToOffsets(counts, events.visitorOffsets)) corrupt(db, "the visitor offsets do not start at 0");
    checkOffsets(db, "visitor", events.visitorOffsets, d.visitors.size(), events.timestamp.size(), d.visitors.size() == 0);
    ownersFromOffsets(events.visitorOffsets, events.visitor);
    SparseColumn transactions;
    load("events.transaction.position", transactions.position);
    load("events.transaction.id", transactions.value);
    if (!expandSparse(transactions, events.timestamp.size(), -1, events.transaction))
        corrupt(db, "the transaction ids are inconsistent");
    validate(db, d);
    progress.set(1.0);
    return d;
}

} // namespace vitrina::store

#include "generator/PropertyWriter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <vector>

#include "generator/Calendar.h"
#include "generator/CsvOut.h"
#include "util/Parallel.h"
#include "util/Random.h"

namespace vitrina::gen {
namespace {

// Shape of the release (datasets/README.md): ~1,100 hashed property ids, about 48 rows and 44 bytes per row
// per item; part 1 holds 54.2 % of the bytes.
constexpr int kPropertyIdRange = 1104;
constexpr int kPriceProperty = 790;
constexpr std::size_t kCommonProperties = 14;
constexpr std::size_t kLeafProperties = 16;
constexpr double kCommonPresence = 0.95, kLeafPresence = 0.80;
constexpr double kPriceChange = 0.08;
// Items per batch (rows are shuffled within a batch): at most 2048, and at least 64 batches so that the
// part1/part2 split keeps its share at small scales too.
constexpr std::size_t kMaxBatchItems = 2048, kMinBatches = 64, kMinBatchItems = 64;
constexpr double kPart1Share = 0.542;

constexpr std::uint64_t kSchemaStream = 0x736368656d61ULL; // "schema"
constexpr std::uint64_t kValueStream = 0x76616c7565ULL;    // "value"
constexpr std::uint64_t kOrderStream = 0x6f72646572ULL;    // "order"

enum class ValueKind : std::uint8_t { Token, Number, Text, Pair };

struct PropertyDef {
    std::string id;
    ValueKind kind = ValueKind::Token;
    double volatility = 0.0;     ///< chance per weekly snapshot that the value changes
    std::uint64_t vocabulary = 1; ///< distinct values of a Token property (brands, colours, ... shared by items)
    std::uint64_t numberRange = 1;
};

double unitOf(std::uint64_t h) { return static_cast<double>(h >> 11) * 0x1.0p-53; }

struct Schema {
    std::vector<PropertyDef> pool;
    std::vector<std::uint32_t> common;
    std::vector<std::array<std::uint32_t, kLeafProperties>> perLeaf;

    Schema(std::size_t leafCount, std::uint64_t seed) {
        util::Rng rng = util::Rng::forStream(seed, kSchemaStream);
        std::vector<int> ids;
        for (int id = 0; id < kPropertyIdRange; ++id)
            if (id != kPriceProperty) ids.push_back(id);
        for (std::size_t i = ids.size(); i > 1; --i) std::swap(ids[i - 1], ids[rng.below(i)]);
        for (int id : ids) {
            PropertyDef def;
            def.id = std::to_string(id);
            const double kind = rng.uniform();
            def.kind = kind < 0.42 ? ValueKind::Token
                       : kind < 0.67 ? ValueKind::Number
                       : kind < 0.87 ? ValueKind::Text
                                     : ValueKind::Pair;
            const double change = rng.uniform();
            def.volatility = change < 0.70 ? 0.0 : change < 0.90 ? 0.05 : rng.uniform(0.2, 0.45);
            def.vocabulary = 3 + static_cast<std::uint64_t>(std::exp(rng.uniform(0.0, 10.8)));
            def.numberRange = 10 + static_cast<std::uint64_t>(std::exp(rng.uniform(1.0, 9.0)));
            pool.push_back(std::move(def));
        }
        // The common properties: every item has most of them; two are long, often-changing texts.
        for (std::uint32_t p = 0; p < kCommonProperties; ++p) common.push_back(p);
        pool[0].kind = ValueKind::Text;
        pool[0].volatility = 0.22;
        pool[1].kind = ValueKind::Text;
        pool[1].volatility = 0.2;
        perLeaf.resize(leafCount);
        for (auto& props : perLeaf) {
            for (std::size_t k = 0; k < props.size(); ++k) {
                std::uint32_t p;
                do {
                    p = static_cast<std::uint32_t>(kCommonProperties + rng.below(pool.size() - kCommonProperties));
                } while (std::find(props.begin(), props.begin() + static_cast<std::ptrdiff_t>(k), p) !=
                         props.begin() + static_cast<std::ptrdiff_t>(k));
                props[k] = p;
            }
        }
    }
};

void appendHashedToken(std::string& out, std::uint64_t h) { appendUint(out, 1000 + (h % 1400000)); }

void appendNumberToken(std::string& out, std::uint64_t h, std::uint64_t range) {
    out.push_back('n');
    appendUint(out, h % range);
    out.push_back('.');
    const std::uint64_t fraction = (h >> 40) % 1000;
    if (((h >> 20) & 3) != 0 || fraction == 0) { // most numbers are whole, as in the release
        out += "000";
    } else {
        if (fraction < 100) out.push_back('0');
        if (fraction < 10) out.push_back('0');
        appendUint(out, fraction);
    }
}

class ItemRowWriter {
public:
    ItemRowWriter(const Catalog& catalog, const CategoryForest& forest, const Schema& schema, std::uint64_t seed)
        : catalog_(catalog), forest_(forest), schema_(schema), seed_(seed ^ kValueStream) {
        for (int s = 0; s < kSnapshots; ++s) {
            std::string text;
            appendInt(text, snapshotTime(s));
            snapshotText_[static_cast<std::size_t>(s)] = text;
        }
    }

    /// Appends every row of `item` to `rows`, recording where each row starts.
    void write(std::uint32_t item, std::string& rows, std::vector<std::uint32_t>& starts) {
        rows_ = &rows;
        starts_ = &starts;
        item_ = item;
        itemRaw_.clear();
        appendInt(itemRaw_, catalog_.rawId[item]);
        first_ = catalog_.launchWeek[item] == 0 ? 0 : catalog_.launchWeek[item] - 1;

        if (!(catalog_.flags[item] & Catalog::CategoryHidden)) {
            const std::int32_t node = forest_.leaves[static_cast<std::size_t>(catalog_.leaf[item])];
            const int move = catalog_.moveSnapshot[item];
            if (move > first_) {
                row(first_, "categoryid").append(std::to_string(rawCategory(catalog_.previousCategory[item]))).push_back('\n');
                row(move, "categoryid").append(std::to_string(rawCategory(node))).push_back('\n');
            } else {
                row(first_, "categoryid").append(std::to_string(rawCategory(node))).push_back('\n');
            }
        }
        int previous = -1;
        for (int s = first_; s < kSnapshots; ++s) { // snapshot s shows week s + 1
            const int inStock = catalog_.available(item, s + 1) ? 1 : 0;
            if (inStock != previous) row(s, "available").append(inStock ? "1\n" : "0\n");
            previous = inStock;
        }
        writePrice();
        for (std::uint32_t p : schema_.common)
            if (unitOf(hash(p, 1000)) < kCommonPresence) writeProperty(p);
        for (std::uint32_t p : schema_.perLeaf[static_cast<std::size_t>(catalog_.leaf[item])])
            if (unitOf(hash(p, 1000)) < kLeafPresence) writeProperty(p);
    }

private:
    std::uint64_t hash(std::uint64_t property, std::uint64_t salt) const {
        // item < 2^32, property and salt < 2^16: distinct inputs never share a key.
        return util::hash64((static_cast<std::uint64_t>(item_) << 32) | (property << 16) | salt, seed_);
    }
    std::int32_t rawCategory(std::int32_t node) const { return forest_.nodes[static_cast<std::size_t>(node)].rawId; }

    std::string& row(int snapshot, std::string_view property) {
        starts_->push_back(static_cast<std::uint32_t>(rows_->size()));
        std::string& r = *rows_;
        r += snapshotText_[static_cast<std::size_t>(snapshot)];
        r.push_back(',');
        r += itemRaw_;
        r.push_back(',');
        r += property;
        r.push_back(',');
        return r;
    }

    void writePrice() {
        // A category price level times an item factor, rounded like shop prices; occasional changes.
        const std::int32_t leafPosition = catalog_.leaf[item_];
        const double level = 3000.0 * std::exp(1.2 * (unitOf(util::hash64(static_cast<std::uint64_t>(leafPosition), seed_)) * 4.0 - 2.0));
        double price = level * std::exp(0.5 * (unitOf(hash(kPriceProperty, 1)) * 4.0 - 2.0));
        auto rounded = [](double p) { return p > 600.0 ? std::round(p / 60.0) * 60.0 : std::max(1.0, std::round(p)); };
        price = rounded(price);
        emitPrice(first_, price);
        for (int s = first_ + 1; s < kSnapshots; ++s) {
            const std::uint64_t h = hash(kPriceProperty, 100 + static_cast<std::uint64_t>(s));
            if (unitOf(h) >= kPriceChange) continue;
            constexpr std::array<double, 6> factors = {0.8, 0.9, 0.95, 1.05, 1.1, 1.2};
            price = rounded(price * factors[(h >> 8) % factors.size()]);
            emitPrice(s, price);
        }
    }
    void emitPrice(int snapshot, double price) {
        std::string& r = row(snapshot, "790");
        r.push_back('n');
        appendUint(r, static_cast<std::uint64_t>(price));
        r += ".000\n";
    }

    void writeProperty(std::uint32_t p) {
        const PropertyDef& def = schema_.pool[p];
        std::uint64_t version = 0;
        writeValue(row(first_, def.id), def, p, version);
        if (def.volatility <= 0.0) return;
        for (int s = first_ + 1; s < kSnapshots; ++s) {
            if (unitOf(hash(p, 2000 + static_cast<std::uint64_t>(s))) >= def.volatility) continue;
            writeValue(row(s, def.id), def, p, ++version);
        }
    }

    void writeValue(std::string& r, const PropertyDef& def, std::uint32_t p, std::uint64_t version) const {
        const std::uint64_t h = hash(p, 5000 + version);
        // Token values come from a per-property vocabulary shared by all items (like brands or colours).
        auto sharedToken = [&](std::uint64_t key) {
            appendHashedToken(r, util::hash64((static_cast<std::uint64_t>(p) << 32) ^ (key % def.vocabulary), seed_));
        };
        switch (def.kind) {
        case ValueKind::Token: sharedToken(h); break;
        case ValueKind::Number: appendNumberToken(r, h, def.numberRange); break;
        case ValueKind::Pair:
            sharedToken(h);
            r.push_back(' ');
            appendNumberToken(r, util::mix64(h), def.numberRange);
            break;
        case ValueKind::Text: {
            const int tokens = 2 + static_cast<int>(h % 8);
            std::uint64_t t = h;
            for (int k = 0; k < tokens; ++k) {
                t = util::mix64(t);
                if (k > 0) r.push_back(' ');
                if ((t & 7) < 2) appendNumberToken(r, t >> 3, def.numberRange);
                else appendHashedToken(r, t >> 3);
            }
            break;
        }
        }
        r.push_back('\n');
    }

    const Catalog& catalog_;
    const CategoryForest& forest_;
    const Schema& schema_;
    std::uint64_t seed_;
    std::array<std::string, kSnapshots> snapshotText_;
    std::string* rows_ = nullptr;
    std::vector<std::uint32_t>* starts_ = nullptr;
    std::uint32_t item_ = 0;
    std::string itemRaw_;
    int first_ = 0;
};

} // namespace

PropertyFilesStats writeItemProperties(const Catalog& catalog, const CategoryForest& forest,
                                       const std::string& part1Path, const std::string& part2Path,
                                       std::uint64_t seed, int threads, const util::Progress& progress) {
    const Schema schema(forest.leaves.size(), seed);
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < catalog.size(); ++i)
        if (catalog.flags[i] & Catalog::HasProperties) order.push_back(i);
    {
        util::Rng rng = util::Rng::forStream(seed, kOrderStream);
        for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
    }
    const std::size_t batchItems = std::clamp(order.size() / kMinBatches, kMinBatchItems, kMaxBatchItems);
    const std::size_t batches = (order.size() + batchItems - 1) / batchItems;
    const auto part1Batches = static_cast<std::size_t>(std::llround(kPart1Share * static_cast<double>(batches)));

    CsvOut part1(part1Path), part2(part2Path);
    const std::string header = "timestamp,itemid,property,value\n";
    part1.write(header);
    part2.write(header);

    PropertyFilesStats stats;
    stats.items = order.size();
    const std::size_t threadCount = static_cast<std::size_t>(std::max(threads, 1));
    const std::size_t perRound = 2 * threadCount;
    std::vector<std::string> output(perRound);
    std::vector<std::uint64_t> rowCounts(perRound);
    for (std::size_t firstBatch = 0; firstBatch < batches; firstBatch += perRound) {
        progress.check();
        const std::size_t roundSize = std::min(perRound, batches - firstBatch);
        util::parallelChunks(roundSize, threads, [&](std::size_t begin, std::size_t end, std::size_t) {
            ItemRowWriter writer(catalog, forest, schema, seed);
            std::string rows;
            std::vector<std::uint32_t> starts;
            for (std::size_t b = begin; b < end; ++b) {
                const std::size_t batch = firstBatch + b;
                rows.clear();
                starts.clear();
                const std::size_t from = batch * batchItems, to = std::min(order.size(), from + batchItems);
                for (std::size_t k = from; k < to; ++k) writer.write(order[k], rows, starts);
                // Shuffle the batch's rows so the file is not grouped by item or time, like the release's.
                util::Rng rng = util::Rng::forStream(seed ^ kOrderStream, batch);
                std::vector<std::uint32_t> rowOrder(starts.size());
                std::iota(rowOrder.begin(), rowOrder.end(), 0U);
                for (std::size_t i = rowOrder.size(); i > 1; --i) std::swap(rowOrder[i - 1], rowOrder[rng.below(i)]);
                std::string& out = output[b];
                out.clear();
                out.reserve(rows.size());
                for (std::uint32_t r : rowOrder) {
                    const std::size_t s = starts[r];
                    const std::size_t e = r + 1 < starts.size() ? starts[r + 1] : rows.size();
                    out.append(rows, s, e - s);
                }
                rowCounts[b] = starts.size();
            }
        });
        for (std::size_t b = 0; b < roundSize; ++b) {
            (firstBatch + b < part1Batches ? part1 : part2).write(output[b]);
            stats.rows += rowCounts[b];
        }
        progress.set(static_cast<double>(firstBatch + roundSize) / static_cast<double>(batches));
    }
    part1.close();
    part2.close();
    stats.bytes = part1.bytesWritten() + part2.bytesWritten();
    return stats;
}

} // namespace vitrina::gen

#include "generator/EventFile.h"

#include <algorithm>
#include <cmath>

#include "generator/Behaviour.h"
#include "generator/Calendar.h"
#include "generator/CsvOut.h"
#include "generator/IdPool.h"
#include "util/Parallel.h"

namespace vitrina::gen {
namespace {

constexpr std::uint64_t kVisitorIdRange = 1407580;    // real visitor ids are 0 .. 1,407,579
constexpr std::uint64_t kTransactionIdRange = 17672;  // real transaction ids are 0 .. 17,671
constexpr double kDuplicateShare = 460.0 / 2756101.0; // exact duplicate rows of the release

constexpr std::uint64_t kVisitorStream = 0x7669736974ULL;   // "visit"
constexpr std::uint64_t kVisitorIdStream = 0x76697369ULL;   // "visi"
constexpr std::uint64_t kTransactionStream = 0x7478ULL;     // "tx"
constexpr std::uint64_t kDuplicateStream = 0x647570ULL;     // "dup"
constexpr std::uint64_t kShuffleStream = 0x73687566ULL;     // "shuf"

std::vector<SimEvent> simulateAll(const Catalog& catalog, std::uint32_t visitors, std::uint64_t seed, int threads,
                                  const util::Progress& progress) {
    const Calendar calendar;
    const VisitorSimulator simulator(catalog, calendar, seed ^ kVisitorStream);
    const std::size_t chunks = std::max<std::size_t>(1, static_cast<std::size_t>(std::max(threads, 1)));
    std::vector<std::vector<SimEvent>> parts(chunks);
    util::parallelChunks(visitors, static_cast<int>(chunks), [&](std::size_t begin, std::size_t end, std::size_t chunk) {
        auto& out = parts[chunk];
        out.reserve((end - begin) * 2);
        for (std::size_t v = begin; v < end; ++v) {
            if ((v - begin) % 8192 == 0) {
                progress.check();
                if (chunk == 0) progress.set(static_cast<double>(v - begin) / static_cast<double>(end - begin));
            }
            simulator.simulate(static_cast<std::uint32_t>(v), out);
        }
    });
    std::size_t total = 0;
    for (const auto& p : parts) total += p.size();
    std::vector<SimEvent> events;
    events.reserve(total + total / 1000 + 16);
    for (auto& p : parts) {
        events.insert(events.end(), p.begin(), p.end());
        std::vector<SimEvent>().swap(p);
    }
    return events;
}

} // namespace

EventFileStats writeEvents(const Catalog& catalog, const std::string& path, double scale, std::uint64_t seed,
                           int threads, const util::Progress& progress) {
    const auto visitors = static_cast<std::uint32_t>(std::max(1.0, std::round(kFullVisitors * scale)));
    std::vector<SimEvent> events = simulateAll(catalog, visitors, seed, threads, progress.sub(0.0, 0.7));

    // Purchases: every (visitor, basket) pair is one order with one transaction id, ids spread like the release's.
    std::vector<std::int64_t> orderIndex(events.size(), -1);
    std::uint64_t orders = 0;
    {
        std::uint32_t lastVisitor = 0xFFFFFFFFU, lastBasket = 0;
        std::int64_t current = -1;
        for (std::size_t i = 0; i < events.size(); ++i) {
            const SimEvent& e = events[i];
            if (e.type != data::EventType::Transaction) continue;
            if (e.visitor != lastVisitor || e.basket != lastBasket) {
                current = static_cast<std::int64_t>(orders++);
                lastVisitor = e.visitor;
                lastBasket = e.basket;
            }
            orderIndex[i] = current;
        }
    }
    util::Rng idRng = util::Rng::forStream(seed, kTransactionStream);
    const std::vector<std::int64_t> transactionIds = randomIdSubset(orders, kTransactionIdRange, idRng);
    util::Rng visitorRng = util::Rng::forStream(seed, kVisitorIdStream);
    const std::vector<std::int64_t> visitorIds = randomIdSubset(visitors, kVisitorIdRange, visitorRng);

    // Rows as (event index); duplicates repeat an index. Then one deterministic shuffle of all rows.
    std::vector<std::uint32_t> rows(events.size());
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = static_cast<std::uint32_t>(i);
    {
        util::Rng rng = util::Rng::forStream(seed, kDuplicateStream);
        const auto duplicates = static_cast<std::size_t>(std::llround(kDuplicateShare * static_cast<double>(events.size())));
        std::vector<bool> duplicated(events.size(), false);
        for (std::size_t d = 0; d < duplicates && d < events.size(); ++d) {
            std::uint32_t i;
            do i = static_cast<std::uint32_t>(rng.below(events.size()));
            while (duplicated[i]);
            duplicated[i] = true;
            rows.push_back(i);
        }
        util::Rng shuffle = util::Rng::forStream(seed, kShuffleStream);
        for (std::size_t i = rows.size(); i > 1; --i) std::swap(rows[i - 1], rows[shuffle.below(i)]);
    }
    progress.check();

    EventFileStats stats;
    stats.rows = rows.size();
    stats.visitors = visitors;
    stats.itemUsed.assign(catalog.size(), false);
    for (const SimEvent& e : events) {
        if (!stats.itemUsed[e.item]) ++stats.distinctItems;
        stats.itemUsed[e.item] = true;
    }
    CsvOut out(path);
    std::string buffer = "timestamp,visitorid,event,itemid,transactionid\n";
    buffer.reserve(1 << 20);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::uint32_t i = rows[r];
        const SimEvent& e = events[i];
        appendInt(buffer, e.time);
        buffer.push_back(',');
        appendInt(buffer, visitorIds[e.visitor]);
        buffer.push_back(',');
        buffer += data::eventTypeName(e.type);
        buffer.push_back(',');
        appendInt(buffer, catalog.rawId[e.item]);
        buffer.push_back(',');
        if (orderIndex[i] >= 0) appendInt(buffer, transactionIds[static_cast<std::size_t>(orderIndex[i])]);
        buffer.push_back('\n');
        if (buffer.size() > (1 << 20) - 128) {
            out.write(buffer);
            buffer.clear();
            progress.check();
            progress.sub(0.7, 1.0).set(static_cast<double>(r) / static_cast<double>(rows.size()));
        }
    }
    out.write(buffer);
    out.close();
    stats.bytes = out.bytesWritten();
    return stats;
}

} // namespace vitrina::gen

// libFuzzer target: events.csv through readEvents (header matching, both row paths, skip log, ordering).
// Options byte: bit 0 strict mode. A util::Error is an expected outcome (bad file, strict stop); anything
// else (a crash, a sanitizer report, an uncaught exception) is a finding.
#include <cstdint>

#include "FuzzSupport.h"
#include "data/EventsReader.h"

using namespace vitrina;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const fuzz::Split in = fuzz::splitOptions(bytes, size);
    const std::string path = fuzz::writeScratch("events.csv", in.data, in.size);
    data::ImportOptions options;
    options.strict = (in.options & 1) != 0;
    options.threads = 1;
    try {
        const data::EventsTable table = data::readEvents(path, options, {});
        // The log is ordered by visitor, then time, and every dense id is in range.
        const auto& log = table.log;
        if (log.visitorOffsets.size() != table.visitors.size() + 1 || log.visitorOffsets.back() != log.size()) std::abort();
        for (std::size_t e = 0; e < log.size(); ++e)
            if (log.visitor[e] >= table.visitors.size() || log.item[e] >= table.items.size()) std::abort();
        if (table.source.rowsKept != log.size() || table.source.rowsKept > table.source.rowsRead) std::abort();
    } catch (const util::Error&) {
    }
    return 0;
}

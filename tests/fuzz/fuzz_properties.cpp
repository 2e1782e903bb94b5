// libFuzzer target: item_properties through readItemProperties with tiny read blocks and several ranges, so
// that lines straddle block and range boundaries. Options byte: bit 0 strict, bits 1-2 ranges (1-4), bits 3-5
// block size (16 << k bytes). Items 0-99 and a few release-like ids are the event items.
#include <cstdint>
#include <numeric>
#include <vector>

#include "FuzzSupport.h"
#include "data/ItemPropertiesReader.h"

using namespace vitrina;

namespace {

const data::IdMap& eventItems() {
    static const data::IdMap items = [] {
        std::vector<std::int64_t> ids(100);
        std::iota(ids.begin(), ids.end(), 0);
        ids.insert(ids.end(), {355908, 248676, 318965, 461686});
        return data::IdMap(std::move(ids));
    }();
    return items;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const fuzz::Split in = fuzz::splitOptions(bytes, size);
    const std::string path = fuzz::writeScratch("item_properties.csv", in.data, in.size);
    data::ImportOptions options;
    options.strict = (in.options & 1) != 0;
    options.threads = 1 + ((in.options >> 1) & 3);
    data::PropertyReadTuning tuning;
    tuning.blockBytes = std::size_t{16} << ((in.options >> 3) & 7);
    tuning.minRangeBytes = 8;
    try {
        const data::PropertyHistories h = data::readItemProperties({path}, eventItems(), options, {}, tuning);
        const std::size_t items = eventItems().size();
        for (const auto* offsets : {&h.rawCategory.offsets, &h.available.offsets, &h.price.offsets})
            if (!offsets->empty() && offsets->size() != items + 1) std::abort();
        if (h.rawCategory.time.size() != h.rawCategory.value.size()) std::abort();
    } catch (const util::Error&) {
    }
    return 0;
}

// libFuzzer target: category_names.csv / item_names.csv through readNames (quoted names, UTF-8 checks,
// repeated ids). Options byte: bit 0 strict, bit 1 item names instead of category names.
#include <cstdint>
#include <numeric>
#include <vector>

#include "FuzzSupport.h"
#include "data/CsvValues.h"
#include "data/NamesReader.h"

using namespace vitrina;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    static const data::IdMap ids = [] {
        std::vector<std::int64_t> raw(64);
        std::iota(raw.begin(), raw.end(), 1);
        return data::IdMap(std::move(raw));
    }();
    const fuzz::Split in = fuzz::splitOptions(bytes, size);
    const std::string path = fuzz::writeScratch("names.csv", in.data, in.size);
    const auto kind = (in.options & 2) != 0 ? data::NameKind::Item : data::NameKind::Category;
    try {
        const data::NamesFile names = data::readNames(path, kind, ids, (in.options & 1) != 0, {});
        if (names.names.size() != ids.size()) std::abort();
        for (const auto& name : names.names)
            if (!data::isValidUtf8(name)) std::abort(); // only valid UTF-8 reaches the dataset
    } catch (const util::Error&) {
    }
    return 0;
}

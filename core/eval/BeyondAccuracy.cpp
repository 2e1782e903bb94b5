#include "eval/BeyondAccuracy.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "util/Message.h"
#include "util/Numbers.h"

namespace vitrina::eval {
namespace {


void requireTableSize(const std::string& name, std::size_t size, std::size_t itemCount) {
    if (size != 0 && size != itemCount)
        util::failParameter(name, util::MessageCode::MetricsTableSize,
                            {name, std::to_string(size), std::to_string(itemCount)});
}

} // namespace

ItemStatistics::ItemStatistics(const ItemStatisticsInput& input) : itemCount_(input.itemCount) {
    requireTableSize("categories", input.categories.size(), itemCount_);
    requireTableSize("trainingVisitors", input.trainingVisitors.size(), itemCount_);
    requireTableSize("interactions", input.interactions.size(), itemCount_);
    categories_ = input.categories;

    if (!input.trainingVisitors.empty()) {
        if (input.trainingVisitorCount == 0)
            util::failParameter("trainingVisitorCount", util::MessageCode::ParameterOutOfRange,
                                {"trainingVisitorCount", "0", "[1, inf)"});
        const auto visitors = static_cast<double>(input.trainingVisitorCount);
        novelty_.resize(itemCount_);
        for (std::size_t i = 0; i < itemCount_; ++i) {
            const std::uint32_t users = input.trainingVisitors[i];
            if (users > input.trainingVisitorCount)
                util::failParameter("trainingVisitors", util::MessageCode::StatsCountAboveTotal,
                                    {"trainingVisitors[" + std::to_string(i) + "]", std::to_string(users),
                                     "trainingVisitorCount", std::to_string(input.trainingVisitorCount)});
            // Cold items (no training visitor) count as seen by one visitor: finite, maximal novelty.
            novelty_[i] = -std::log2(static_cast<double>(std::max<std::uint32_t>(users, 1)) / visitors);
        }
    }

    if (!input.interactions.empty()) {
        std::vector<std::uint64_t> sorted = input.interactions;
        std::sort(sorted.begin(), sorted.end());
        percentile_.resize(itemCount_);
        for (std::size_t i = 0; i < itemCount_; ++i) {
            const auto atMost = std::upper_bound(sorted.begin(), sorted.end(), input.interactions[i]) - sorted.begin();
            percentile_[i] = 100.0 * static_cast<double>(atMost) / static_cast<double>(itemCount_);
        }
    }
}

void ItemStatistics::requireItems(std::span<const ItemIndex> items, const std::string& what) const {
    for (const ItemIndex item : items)
        if (item >= itemCount_)
            util::failParameter(what, util::MessageCode::MetricsItemOutOfRange,
                                {std::to_string(item), what, std::to_string(itemCount_)});
}

double intraListDiversity(std::span<const ItemIndex> items, const ItemStatistics& statistics) {
    if (!statistics.hasCategories()) return kNaN;
    const std::size_t m = items.size();
    if (m < 2) return 0.0;
    std::uint64_t different = 0;
    for (std::size_t a = 0; a < m; ++a) {
        const data::CategoryIndex ca = statistics.category(items[a]);
        for (std::size_t b = a + 1; b < m; ++b) different += ca != statistics.category(items[b]) ? 1 : 0;
    }
    const double pairs = static_cast<double>(m) * static_cast<double>(m - 1) / 2.0;
    return static_cast<double>(different) / pairs;
}

double meanNovelty(std::span<const ItemIndex> items, const ItemStatistics& statistics) {
    if (items.empty() || !statistics.hasNovelty()) return kNaN;
    double sum = 0.0;
    for (const ItemIndex item : items) sum += statistics.novelty(item);
    return sum / static_cast<double>(items.size());
}

double meanPopularityPercentile(std::span<const ItemIndex> items, const ItemStatistics& statistics) {
    if (items.empty() || !statistics.hasPopularity()) return kNaN;
    double sum = 0.0;
    for (const ItemIndex item : items) sum += statistics.popularityPercentile(item);
    return sum / static_cast<double>(items.size());
}

double giniIndex(std::span<const std::uint64_t> counts) {
    std::vector<std::uint64_t> sorted(counts.begin(), counts.end());
    std::sort(sorted.begin(), sorted.end());
    const auto n = static_cast<double>(sorted.size());
    double total = 0.0;
    double weighted = 0.0;
    for (std::size_t j = 0; j < sorted.size(); ++j) {
        const auto c = static_cast<double>(sorted[j]);
        total += c;
        weighted += (2.0 * static_cast<double>(j + 1) - n - 1.0) * c;
    }
    return total > 0.0 ? weighted / (n * total) : kNaN;
}

double itemCoverage(std::span<const std::uint64_t> counts) {
    if (counts.empty()) return kNaN;
    const auto shown = std::count_if(counts.begin(), counts.end(), [](std::uint64_t c) { return c > 0; });
    return static_cast<double>(shown) / static_cast<double>(counts.size());
}

} // namespace vitrina::eval

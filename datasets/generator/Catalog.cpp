#include "generator/Catalog.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "generator/Calendar.h"
#include "generator/IdPool.h"
#include "util/Parallel.h"

namespace vitrina::gen {
namespace {

// Calibrated against the release's shape (see datasets/README.md): 417 k of the 463 k catalogue items have
// properties, 88 % of those name their category, so about 79 % of event items can be given a category.
constexpr double kFullCatalogItems = 463400.0;
constexpr std::uint64_t kItemIdRange = 466868; // real item ids are below 466,868
constexpr double kPropertiesShare = 0.90;
constexpr double kCategoryHiddenShare = 0.12;
constexpr double kMovedShare = 0.03;
constexpr double kPopularitySigma = 2.0;
constexpr double kQualitySigma = 0.7;
constexpr double kNewArrivalShare = 0.20;
constexpr double kFadingShare = 0.15;
constexpr double kMaxMultiplier = 2.2;
constexpr double kUnavailableFactor = 0.3;
constexpr int kSameLeafNeighbours = 6;
constexpr int kNeighbourWindow = 12;  // similar items lie within this many style ranks
constexpr double kStyleScale = 4.0;    // how fast similarity decays with the style-rank distance
constexpr double kRelatedNeighbourShare = 0.12;

constexpr std::uint64_t kItemStream = 0x6974656d73ULL;     // "items"
constexpr std::uint64_t kIdStream = 0x6974656d6964ULL;     // "itemid"
constexpr std::uint64_t kNeighbourStream = 0x6e65696768ULL; // "neigh"

std::size_t pickCumulative(const double* cumulative, std::size_t n, double u) {
    return static_cast<std::size_t>(std::upper_bound(cumulative, cumulative + n, u) - cumulative);
}

} // namespace

double Catalog::multiplier(std::uint32_t item, int week) const {
    if (week < launchWeek[item]) return 0.0;
    double m = 1.0;
    if (trend[item] == NewArrival) m = 1.0 + 1.2 * std::exp(-(week - launchWeek[item]) / trendRate[item]);
    else if (trend[item] == Fading) m = std::exp(-trendRate[item] * week);
    return available(item, week) ? m : m * kUnavailableFactor;
}

bool Catalog::accept(std::uint32_t item, int week, util::Rng& rng) const {
    return rng.uniform() * kMaxMultiplier < multiplier(item, week);
}

std::uint32_t Catalog::sampleGlobal(int week, util::Rng& rng) const {
    const double total = globalCumulative_.back();
    std::uint32_t candidate = 0;
    for (int tries = 0; tries < 64; ++tries) {
        const auto i = static_cast<std::uint32_t>(
            std::min(pickCumulative(globalCumulative_.data(), globalCumulative_.size(), rng.uniform() * total),
                     globalCumulative_.size() - 1));
        if (accept(i, week, rng)) return i;
        if (multiplier(i, week) > 0.0) candidate = i;
    }
    return candidate;
}

std::uint32_t Catalog::staticInLeaf(std::int32_t leafPosition, util::Rng& rng) const {
    const auto l = static_cast<std::size_t>(leafPosition);
    const std::uint64_t begin = leafOffsets_[l], end = leafOffsets_[l + 1];
    const double before = begin == 0 ? 0.0 : leafCumulative_[begin - 1];
    const double u = before + rng.uniform() * (leafCumulative_[end - 1] - before);
    const std::size_t k = std::min<std::size_t>(
        begin + pickCumulative(leafCumulative_.data() + begin, end - begin, u), end - 1);
    return leafItems_[k];
}

std::uint32_t Catalog::sampleInLeaf(std::int32_t leafPosition, int week, util::Rng& rng) const {
    const auto l = static_cast<std::size_t>(leafPosition);
    if (leafOffsets_[l] == leafOffsets_[l + 1]) return sampleGlobal(week, rng);
    for (int tries = 0; tries < 24; ++tries) {
        const std::uint32_t i = staticInLeaf(leafPosition, rng);
        if (accept(i, week, rng)) return i;
    }
    return sampleGlobal(week, rng); // nothing of this category is in the shop this week
}

std::int32_t Catalog::sampleEntryLeaf(util::Rng& rng) const {
    const double u = rng.uniform() * entryLeafCumulative_.back();
    return static_cast<std::int32_t>(
        std::min(pickCumulative(entryLeafCumulative_.data(), entryLeafCumulative_.size(), u),
                 entryLeafCumulative_.size() - 1));
}

std::uint32_t Catalog::sampleNeighbour(std::uint32_t item, int week, util::Rng& rng) const {
    const std::size_t base = static_cast<std::size_t>(item) * kNeighbours;
    const float total = neighbourCumulative_[base + kNeighbours - 1];
    if (total > 0.0F) {
        for (int tries = 0; tries < 8; ++tries) {
            const float u = static_cast<float>(rng.uniform()) * total;
            int k = 0;
            while (k + 1 < kNeighbours && neighbourCumulative_[base + static_cast<std::size_t>(k)] <= u) ++k;
            const std::uint32_t j = neighbours_[base + static_cast<std::size_t>(k)];
            if (j != kNoItem && accept(j, week, rng)) return j;
        }
    }
    return sampleInLeaf(leaf[item], week, rng);
}

std::uint32_t Catalog::sampleComplement(std::uint32_t item, int week, util::Rng& rng) const {
    const std::size_t base = static_cast<std::size_t>(item) * kComplements;
    for (int tries = 0; tries < 6; ++tries) {
        const std::uint32_t j = complements_[base + rng.below(kComplements)];
        if (j != kNoItem && accept(j, week, rng)) return j;
    }
    const auto& leaves = forest_->complements[static_cast<std::size_t>(leaf[item])];
    if (leaves.empty()) return sampleGlobal(week, rng);
    return sampleInLeaf(leaves[rng.below(leaves.size())], week, rng);
}

std::int32_t Catalog::sampleRelatedLeaf(std::int32_t leafPosition, util::Rng& rng) const {
    const auto& related = forest_->related[static_cast<std::size_t>(leafPosition)];
    if (related.empty()) return leafPosition;
    return related[rng.below(related.size())];
}

Catalog Catalog::build(const CategoryForest& forest, double scale, std::uint64_t seed, int threads,
                       const util::Progress& progress) {
    Catalog c;
    c.forest_ = &forest;
    const auto n = static_cast<std::size_t>(std::max(1.0, std::round(kFullCatalogItems * scale)));
    const std::size_t leafCount = forest.leaves.size();
    c.rawId.resize(n);
    c.leaf.resize(n);
    c.weight.resize(n);
    c.quality.resize(n);
    c.trend.resize(n);
    c.launchWeek.resize(n);
    c.trendRate.resize(n);
    c.availableWeeks.resize(n);
    c.flags.resize(n);
    c.moveSnapshot.assign(n, -1);
    c.previousCategory.assign(n, -1);

    {
        util::Rng idRng = util::Rng::forStream(seed, kIdStream);
        const std::vector<std::int64_t> ids = randomIdSubset(n, kItemIdRange, idRng);
        for (std::size_t i = 0; i < n; ++i) c.rawId[i] = static_cast<std::int32_t>(ids[i]);
    }
    std::vector<double> leafSizeCumulative(leafCount);
    double sum = 0.0;
    for (std::size_t l = 0; l < leafCount; ++l) leafSizeCumulative[l] = (sum += forest.leafWeight[l]);

    // Latent attributes, one random stream per item (independent of the thread count).
    util::parallelFor(n, threads, 4096, [&](std::size_t i) {
        util::Rng rng = util::Rng::forStream(seed ^ kItemStream, i);
        c.leaf[i] = static_cast<std::int32_t>(std::min(
            pickCumulative(leafSizeCumulative.data(), leafCount, rng.uniform() * sum), leafCount - 1));
        c.weight[i] = static_cast<float>(std::exp(kPopularitySigma * rng.normal()));
        c.quality[i] = static_cast<float>(std::exp(kQualitySigma * rng.normal() - 0.5 * kQualitySigma * kQualitySigma));
        const double kind = rng.uniform();
        if (kind < kNewArrivalShare) {
            c.trend[i] = NewArrival;
            c.launchWeek[i] = static_cast<std::uint8_t>(1 + rng.below(kWeeks - 1));
            c.trendRate[i] = static_cast<float>(rng.uniform(1.5, 5.0));
        } else if (kind < kNewArrivalShare + kFadingShare) {
            c.trend[i] = Fading;
            c.trendRate[i] = static_cast<float>(rng.uniform(0.03, 0.15));
        } else {
            c.trend[i] = Evergreen;
            c.trendRate[i] = 1.0F;
        }
        // Stock: a two-state chain over the weeks, mostly in stock.
        bool inStock = rng.bernoulli(0.9);
        std::uint32_t mask = 0;
        for (int w = 0; w < kWeeks; ++w) {
            if (inStock) mask |= 1U << w;
            inStock = inStock ? !rng.bernoulli(0.06) : rng.bernoulli(0.3);
        }
        c.availableWeeks[i] = mask;
        std::uint8_t f = 0;
        if (rng.bernoulli(kPropertiesShare)) {
            f |= HasProperties;
            if (rng.bernoulli(kCategoryHiddenShare)) f |= CategoryHidden;
        }
        c.flags[i] = f;
        if (rng.bernoulli(kMovedShare)) {
            const auto& related = forest.related[static_cast<std::size_t>(c.leaf[i])];
            if (!related.empty()) {
                const int first = c.launchWeek[i] == 0 ? 0 : c.launchWeek[i] - 1;
                if (first + 1 < kSnapshots) {
                    c.moveSnapshot[i] = static_cast<std::int8_t>(first + 1 + static_cast<int>(rng.below(
                                                                                  static_cast<std::uint64_t>(kSnapshots - first - 1))));
                    c.previousCategory[i] = forest.leaves[static_cast<std::size_t>(related[rng.below(related.size())])];
                }
            }
        }
    });
    progress.check();
    progress.set(0.3);

    // Items per leaf, sorted by a latent style axis: neighbours on the axis are similar items.
    std::vector<std::uint64_t> styleKey(n);
    for (std::size_t i = 0; i < n; ++i) styleKey[i] = util::hash64(i, seed ^ kNeighbourStream);
    c.leafOffsets_.assign(leafCount + 1, 0);
    for (std::size_t i = 0; i < n; ++i) ++c.leafOffsets_[static_cast<std::size_t>(c.leaf[i]) + 1];
    for (std::size_t l = 0; l < leafCount; ++l) c.leafOffsets_[l + 1] += c.leafOffsets_[l];
    c.leafItems_.resize(n);
    {
        std::vector<std::uint64_t> fill(c.leafOffsets_.begin(), c.leafOffsets_.end() - 1);
        for (std::size_t i = 0; i < n; ++i) c.leafItems_[fill[static_cast<std::size_t>(c.leaf[i])]++] = static_cast<std::uint32_t>(i);
    }
    c.leafCumulative_.resize(n);
    c.entryLeafCumulative_.resize(leafCount);
    double entrySum = 0.0;
    for (std::size_t l = 0; l < leafCount; ++l) {
        const auto begin = c.leafItems_.begin() + static_cast<std::ptrdiff_t>(c.leafOffsets_[l]);
        const auto end = c.leafItems_.begin() + static_cast<std::ptrdiff_t>(c.leafOffsets_[l + 1]);
        std::sort(begin, end, [&](std::uint32_t a, std::uint32_t b) { return styleKey[a] < styleKey[b]; });
        double leafSum = 0.0; // cumulative sums continue across leaves so one array serves every leaf
        const double before = c.leafOffsets_[l] == 0 ? 0.0 : c.leafCumulative_[c.leafOffsets_[l] - 1];
        for (std::uint64_t k = c.leafOffsets_[l]; k < c.leafOffsets_[l + 1]; ++k)
            c.leafCumulative_[k] = before + (leafSum += c.weight[c.leafItems_[k]]);
        entrySum += std::pow(leafSum, 0.6);
        c.entryLeafCumulative_[l] = entrySum;
    }
    c.globalCumulative_.resize(n);
    sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) c.globalCumulative_[i] = (sum += c.weight[i]);
    progress.check();
    progress.set(0.5);

    // Similar items: a popularity-weighted sample (without replacement) of nearby style ranks in the leaf,
    // plus related-category items; complements: popular items of the complementary leaves.
    c.neighbours_.assign(n * kNeighbours, kNoItem);
    c.neighbourCumulative_.assign(n * kNeighbours, 0.0F);
    c.complements_.assign(n * kComplements, kNoItem);
    util::parallelFor(leafCount, threads, 16, [&](std::size_t l) {
        const std::uint64_t begin = c.leafOffsets_[l], end = c.leafOffsets_[l + 1];
        const auto size = static_cast<std::int64_t>(end - begin);
        std::vector<std::pair<double, std::uint32_t>> candidates;
        for (std::int64_t p = 0; p < size; ++p) {
            const std::uint32_t item = c.leafItems_[begin + static_cast<std::uint64_t>(p)];
            util::Rng rng = util::Rng::forStream(seed ^ kNeighbourStream, item);
            candidates.clear();
            for (std::int64_t q = std::max<std::int64_t>(0, p - kNeighbourWindow);
                 q < std::min(size, p + kNeighbourWindow + 1); ++q) {
                if (q == p) continue;
                const std::uint32_t other = c.leafItems_[begin + static_cast<std::uint64_t>(q)];
                const double affinity =
                    std::pow(c.weight[other], 0.85) * std::exp(-static_cast<double>(std::abs(q - p)) / kStyleScale);
                double u = rng.uniform();
                while (u <= 0.0) u = rng.uniform();
                candidates.emplace_back(-std::log(u) / affinity, other); // exponential race = weighted sample
            }
            const std::size_t keep = std::min<std::size_t>(kSameLeafNeighbours, candidates.size());
            std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(keep),
                              candidates.end());
            const std::size_t base = static_cast<std::size_t>(item) * kNeighbours;
            double total = 0.0;
            for (std::size_t k = 0; k < keep; ++k) {
                const std::uint32_t other = candidates[k].second;
                c.neighbours_[base + k] = other;
                total += std::pow(c.weight[other], 0.85);
                c.neighbourCumulative_[base + k] = static_cast<float>(total);
            }
            const double relatedWeight = keep == 0 ? 1.0 : total * kRelatedNeighbourShare / (1.0 - kRelatedNeighbourShare) / 2.0;
            for (std::size_t k = kSameLeafNeighbours; k < kNeighbours; ++k) {
                const std::int32_t rl = c.sampleRelatedLeaf(static_cast<std::int32_t>(l), rng);
                if (c.leafOffsets_[static_cast<std::size_t>(rl)] != c.leafOffsets_[static_cast<std::size_t>(rl) + 1] &&
                    static_cast<std::size_t>(rl) != l) {
                    c.neighbours_[base + k] = c.staticInLeaf(rl, rng);
                    total += relatedWeight;
                }
                c.neighbourCumulative_[base + k] = static_cast<float>(total);
            }
            for (std::size_t k = keep; k < kSameLeafNeighbours; ++k) c.neighbourCumulative_[base + k] =
                c.neighbourCumulative_[base + (keep == 0 ? k : keep - 1)];
            const auto& complementLeaves = forest.complements[l];
            for (std::size_t k = 0; k < kComplements && !complementLeaves.empty(); ++k) {
                const std::int32_t cl = complementLeaves[rng.below(complementLeaves.size())];
                if (c.leafOffsets_[static_cast<std::size_t>(cl)] != c.leafOffsets_[static_cast<std::size_t>(cl) + 1])
                    c.complements_[static_cast<std::size_t>(item) * kComplements + k] = c.staticInLeaf(cl, rng);
            }
        }
    });
    progress.check();
    progress.set(1.0);
    return c;
}

} // namespace vitrina::gen

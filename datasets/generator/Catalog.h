#pragma once
// The generated shop's items: each lives in a leaf category, has a heavy-tailed latent popularity, a latent
// quality (how readily it is added to a cart), a life cycle over the weeks (evergreen, new arrival, fading),
// weekly availability, a short list of "similar items" (browsing neighbours: nearby items of the same
// category plus a few of related categories) and a few complements (items of complementary categories that
// are bought together with it). The behaviour model samples from it; the property writer describes it.
#include <cstdint>
#include <vector>

#include "generator/CategoryForest.h"
#include "util/Progress.h"
#include "util/Random.h"

namespace vitrina::gen {

inline constexpr std::uint32_t kNoItem = 0xFFFFFFFFU;

class Catalog {
public:
    static constexpr int kNeighbours = 8;  ///< similar items per item (6 in its category, 2 in related ones)
    static constexpr int kComplements = 3; ///< complementary items per item

    enum Flag : std::uint8_t { HasProperties = 1, CategoryHidden = 2 };
    enum Trend : std::uint8_t { Evergreen = 0, NewArrival = 1, Fading = 2 };

    /// Items are proportional to scale (463,400 at 1.0: 417 k with properties, as in the release).
    static Catalog build(const CategoryForest& forest, double scale, std::uint64_t seed, int threads,
                         const util::Progress& progress);

    std::size_t size() const { return rawId.size(); }

    // Per item.
    std::vector<std::int32_t> rawId;
    std::vector<std::int32_t> leaf;          ///< position in forest.leaves
    std::vector<float> weight;               ///< latent popularity (log-normal, heavy-tailed)
    std::vector<float> quality;              ///< cart propensity factor, mean 1
    std::vector<std::uint8_t> trend;         ///< Trend
    std::vector<std::uint8_t> launchWeek;    ///< first week the item exists (0 = before the period)
    std::vector<float> trendRate;            ///< decay of a new arrival's buzz or of a fading item
    std::vector<std::uint32_t> availableWeeks; ///< bit w set = in stock during week w
    std::vector<std::uint8_t> flags;         ///< Flag bits
    std::vector<std::int8_t> moveSnapshot;   ///< snapshot at which the item was re-filed into `leaf`, -1 = never
    std::vector<std::int32_t> previousCategory; ///< node index of the category before the move

    /// Relative attraction in a week: life cycle times availability (0 before launch).
    double multiplier(std::uint32_t item, int week) const;
    bool available(std::uint32_t item, int week) const { return (availableWeeks[item] >> week) & 1U; }

    /// An item drawn by popularity (times the week's multiplier) from the whole shop or from one leaf.
    std::uint32_t sampleGlobal(int week, util::Rng& rng) const;
    std::uint32_t sampleInLeaf(std::int32_t leafPosition, int week, util::Rng& rng) const;
    /// A leaf drawn by its traffic, flattened so that small categories get visitors too.
    std::int32_t sampleEntryLeaf(util::Rng& rng) const;
    /// One of the item's similar items (falls back to its category when none is in the shop this week).
    std::uint32_t sampleNeighbour(std::uint32_t item, int week, util::Rng& rng) const;
    std::uint32_t sampleComplement(std::uint32_t item, int week, util::Rng& rng) const;
    std::int32_t sampleRelatedLeaf(std::int32_t leafPosition, util::Rng& rng) const;

private:
    bool accept(std::uint32_t item, int week, util::Rng& rng) const;
    std::uint32_t staticInLeaf(std::int32_t leafPosition, util::Rng& rng) const;

    const CategoryForest* forest_ = nullptr;
    std::vector<std::uint64_t> leafOffsets_; ///< items of leaf l: leafItems_[leafOffsets_[l] .. leafOffsets_[l+1])
    std::vector<std::uint32_t> leafItems_;   ///< sorted by a latent "style" axis within the leaf
    std::vector<double> leafCumulative_;     ///< cumulative popularity within each leaf
    std::vector<double> globalCumulative_;
    std::vector<double> entryLeafCumulative_;
    std::vector<std::uint32_t> neighbours_;  ///< kNeighbours per item, kNoItem where a category is too small
    std::vector<float> neighbourCumulative_;
    std::vector<std::uint32_t> complements_; ///< kComplements per item
};

} // namespace vitrina::gen

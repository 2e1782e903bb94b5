#include "generator/CategoryForest.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include "generator/Taxonomy.h"
#include "util/Random.h"

namespace vitrina::gen {
namespace {

constexpr std::array<int, 6> kRealLevelSizes = {25, 174, 702, 665, 90, 13};
constexpr std::array<int, 6> kMinLevelSizes = {8, 24, 40, 30, 4, 1};
constexpr int kCategoryIdRange = 1700; // real category ids are below 1,700
constexpr std::size_t kMaxRelated = 12;
constexpr std::size_t kComplementLeaves = 2;
constexpr std::uint64_t kTreeStream = 0x7472656573ULL; // "trees"

template <class T> void shuffle(std::vector<T>& v, util::Rng& rng) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.below(i)]);
}

std::size_t childCapacity(const CategoryNode& parent, int childLevel) {
    if (childLevel == 2) return taxonomy::subcategoryCount(parent.department);
    return taxonomy::maxChildren(childLevel);
}

/// Adds `count` children at `level` to the nodes of level - 1, parents drawn by a heavy-tailed fan-out weight,
/// each parent's children named by distinct words in a random order.
void addLevel(CategoryForest& forest, int level, int count, util::Rng& rng) {
    std::vector<std::int32_t> parents;
    for (std::size_t i = 0; i < forest.nodes.size(); ++i)
        if (forest.nodes[i].level == level - 1) parents.push_back(static_cast<std::int32_t>(i));
    std::vector<double> weight(parents.size());
    std::vector<std::vector<std::uint32_t>> wordOrder(parents.size());
    std::size_t capacityLeft = 0;
    for (std::size_t p = 0; p < parents.size(); ++p) {
        weight[p] = std::exp(0.9 * rng.normal());
        const std::size_t capacity = childCapacity(forest.nodes[static_cast<std::size_t>(parents[p])], level);
        wordOrder[p].resize(capacity);
        std::iota(wordOrder[p].begin(), wordOrder[p].end(), 0U);
        shuffle(wordOrder[p], rng);
        capacityLeft += capacity;
    }
    const std::size_t total = std::min<std::size_t>(static_cast<std::size_t>(count), capacityLeft);
    std::vector<std::size_t> used(parents.size(), 0);

    auto addChild = [&](std::size_t p) {
        const std::int32_t parentIndex = parents[p];
        CategoryNode child;
        const CategoryNode& parent = forest.nodes[static_cast<std::size_t>(parentIndex)];
        child.parent = parentIndex;
        child.level = static_cast<std::uint8_t>(level);
        child.department = parent.department;
        const std::uint32_t word = wordOrder[p][used[p]++];
        if (level == 2) {
            child.subcategory = static_cast<std::uint16_t>(word);
            child.name = std::string(taxonomy::subcategoryPlural(parent.department, word));
            child.plural = child.name;
        } else {
            child.subcategory = parent.subcategory;
            child.name = taxonomy::childName(level, word, parent.plural);
            child.plural = level == 3 ? child.name : parent.plural;
        }
        const auto childIndex = static_cast<std::int32_t>(forest.nodes.size());
        child.branch = level == 2 ? childIndex : parent.branch;
        forest.nodes.push_back(std::move(child));
        forest.nodes[static_cast<std::size_t>(parentIndex)].children.push_back(childIndex);
    };

    std::size_t added = 0;
    if (level == 2 && total >= parents.size()) // every department gets at least one subcategory
        for (std::size_t p = 0; p < parents.size(); ++p, ++added) addChild(p);
    for (; added < total; ++added) {
        double sum = 0.0;
        for (std::size_t p = 0; p < parents.size(); ++p)
            if (used[p] < wordOrder[p].size()) sum += weight[p];
        double u = rng.uniform() * sum;
        std::size_t chosen = parents.size();
        for (std::size_t p = 0; p < parents.size(); ++p) {
            if (used[p] >= wordOrder[p].size()) continue;
            chosen = p;
            u -= weight[p];
            if (u < 0.0) break;
        }
        addChild(chosen);
    }
}

void linkLeaves(CategoryForest& forest, util::Rng& rng) {
    for (std::size_t i = 0; i < forest.nodes.size(); ++i)
        if (forest.nodes[i].children.empty()) forest.leaves.push_back(static_cast<std::int32_t>(i));
    const std::size_t leafCount = forest.leaves.size();
    forest.leafWeight.resize(leafCount);
    for (double& w : forest.leafWeight) w = std::exp(1.0 * rng.normal());

    auto rootOf = [&](std::int32_t node) {
        while (forest.nodes[static_cast<std::size_t>(node)].parent >= 0)
            node = forest.nodes[static_cast<std::size_t>(node)].parent;
        return node;
    };
    std::vector<std::int32_t> leafRoot(leafCount);
    for (std::size_t l = 0; l < leafCount; ++l) leafRoot[l] = rootOf(forest.leaves[l]);

    forest.related.assign(leafCount, {});
    forest.complements.assign(leafCount, {});
    for (std::size_t l = 0; l < leafCount; ++l) {
        const CategoryNode& node = forest.nodes[static_cast<std::size_t>(forest.leaves[l])];
        std::vector<std::int32_t> sameBranch, otherBranch;
        for (std::size_t m = 0; m < leafCount; ++m) {
            if (m == l || leafRoot[m] != leafRoot[l]) continue;
            const std::int32_t branch = forest.nodes[static_cast<std::size_t>(forest.leaves[m])].branch;
            if (node.branch >= 0 && branch == node.branch) sameBranch.push_back(static_cast<std::int32_t>(m));
            else otherBranch.push_back(static_cast<std::int32_t>(m));
        }
        std::vector<std::int32_t> related = sameBranch.empty() ? otherBranch : sameBranch;
        shuffle(related, rng);
        if (related.size() > kMaxRelated) related.resize(kMaxRelated);
        forest.related[l] = related;

        std::vector<std::int32_t> complements = otherBranch.empty() ? sameBranch : otherBranch;
        shuffle(complements, rng);
        if (complements.size() > kComplementLeaves) complements.resize(kComplementLeaves);
        while (complements.size() < kComplementLeaves && leafCount > 1) { // a lone leaf borrows from anywhere
            const auto m = static_cast<std::int32_t>(rng.below(leafCount));
            if (static_cast<std::size_t>(m) != l) complements.push_back(m);
        }
        forest.complements[l] = complements;
    }
}

} // namespace

CategoryForest buildCategoryForest(double scale, std::uint64_t seed) {
    util::Rng rng = util::Rng::forStream(seed, kTreeStream);
    const double treeScale = std::min(1.0, std::sqrt(scale));
    std::array<int, 6> sizes{};
    for (std::size_t l = 0; l < sizes.size(); ++l)
        sizes[l] = std::max(kMinLevelSizes[l], static_cast<int>(std::lround(kRealLevelSizes[l] * treeScale)));
    sizes[0] = std::min(sizes[0], static_cast<int>(taxonomy::departmentCount()));

    CategoryForest forest;
    std::vector<std::uint32_t> departments(taxonomy::departmentCount());
    std::iota(departments.begin(), departments.end(), 0U);
    shuffle(departments, rng);
    for (int r = 0; r < sizes[0]; ++r) {
        CategoryNode root;
        root.department = static_cast<std::uint16_t>(departments[static_cast<std::size_t>(r)]);
        root.name = std::string(taxonomy::departmentName(root.department));
        root.plural = root.name;
        root.subcategory = static_cast<std::uint16_t>(rng.below(taxonomy::subcategoryCount(root.department)));
        forest.nodes.push_back(std::move(root));
    }
    for (int level = 2; level <= 6; ++level) addLevel(forest, level, sizes[static_cast<std::size_t>(level - 1)], rng);

    // Raw ids: a random subset of the real id range, in random order.
    std::vector<std::int32_t> ids(kCategoryIdRange);
    std::iota(ids.begin(), ids.end(), 0);
    shuffle(ids, rng);
    for (std::size_t i = 0; i < forest.nodes.size(); ++i) forest.nodes[i].rawId = ids[i];

    linkLeaves(forest, rng);
    return forest;
}

} // namespace vitrina::gen

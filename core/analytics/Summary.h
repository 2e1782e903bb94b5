#pragma once
// Dataset summary for the Data page and `vitrina-cli stats`.
#include <array>
#include <cstdint>
#include <vector>

#include "data/Dataset.h"
#include "data/Sessions.h"

namespace vitrina::analytics {

/// Distribution of a non-negative count (events per visitor, per session).
struct CountDistribution {
    std::vector<std::uint64_t> histogram; ///< histogram[k] = number of units with count k (k = 0..max)
    std::uint64_t units = 0;
    double mean = 0.0;
    double median = 0.0;
    double p90 = 0.0;
    double p99 = 0.0;
    std::uint64_t max = 0;
    double shareExactlyOne = 0.0;
};

struct DayCount {
    std::int64_t day = 0;                 ///< days since 1970-01-01 (UTC)
    std::array<std::uint64_t, 3> byType{}; ///< view, addtocart, transaction
};

struct DatasetSummary {
    std::uint64_t events = 0;
    std::array<std::uint64_t, 3> eventsByType{};
    std::uint64_t visitors = 0;
    std::uint64_t items = 0;             ///< distinct event items
    std::uint64_t categories = 0;        ///< categories in the tree
    std::uint64_t transactions = 0;      ///< distinct transaction ids
    std::uint64_t sessions = 0;
    std::int64_t firstMs = 0;
    std::int64_t lastMs = 0;
    std::vector<DayCount> eventsPerDay;  ///< every day from the first to the last, zeros included
    CountDistribution eventsPerVisitor;
    CountDistribution eventsPerSession;
    double shareItemsWithCategory = 0.0; ///< event items with a known category
    double shareItemsWithProperties = 0.0;
    double sparsity = 0.0;               ///< 1 - distinct (visitor, item) pairs / (visitors * items)
    std::uint64_t duplicateRows = 0;
};

DatasetSummary summarize(const data::Dataset& dataset, const data::SessionIndex& sessions);

} // namespace vitrina::analytics

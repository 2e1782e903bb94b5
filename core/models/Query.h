#pragma once
// What a model is asked: a visitor's history (time order) and the moment of recommendation, plus exclusions.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "data/Dataset.h"
#include "data/InteractionMatrix.h"

namespace vitrina::models {

/// The events a model may use for one recommendation, oldest first. Spans point into the dataset's event
/// columns (evaluation) or into a live what-if session (GUI); they must outlive the call.
struct Query {
    std::span<const data::ItemIndex> items;
    std::span<const data::EventType> types;
    std::span<const std::int64_t> times;
    /// The current session is [sessionBegin, items.size()); earlier events are long-term history.
    std::size_t sessionBegin = 0;
    /// The moment the list is made (ms); every history event is strictly before it.
    std::int64_t at = 0;
    /// The dataset's visitor, when the history belongs to one (informational; models fold in from the history).
    std::optional<data::VisitorIndex> visitor;

    std::size_t size() const { return items.size(); }
    bool empty() const { return items.empty(); }
    /// Query over events [begin, end) of an event log.
    static Query fromLog(const data::EventLog& log, std::uint64_t begin, std::uint64_t end, std::uint64_t sessionBegin,
                         std::int64_t at, std::optional<data::VisitorIndex> visitor);
};

/// A sparse weighted item vector made from a query's events (repeats combined), items ascending.
struct WeightedItems {
    std::vector<data::ItemIndex> items;
    std::vector<float> weights;
};
WeightedItems weightHistory(const Query& query, const data::EventWeights& weights, data::Combine combine,
                            bool sessionOnly = false);

struct Exclusions {
    bool alreadyBought = false;  ///< items the query's history bought
    bool alreadySeen = false;    ///< items in the query's history (the protocol's "exclude seen" option)
    std::vector<data::ItemIndex> items;
    /// Keep only items whose category (latest known) is, or descends from, one of these (empty = all).
    std::vector<data::CategoryIndex> includeCategories;
    /// Drop items whose category is, or descends from, one of these.
    std::vector<data::CategoryIndex> excludeCategories;

    bool empty() const {
        return !alreadyBought && !alreadySeen && items.empty() && includeCategories.empty() && excludeCategories.empty();
    }
};

struct RecommendOptions {
    int k = 20;
    Exclusions exclusions;
    /// Fill positions the model has no signal for with the training popularity order (each model's fallback).
    bool fillWithFallback = true;
};

struct RecommendationList {
    std::vector<data::ItemIndex> items;
    std::vector<float> scores;
    std::size_t modelItems = 0; ///< the first modelItems entries come from the model, the rest from the fallback
};

} // namespace vitrina::models

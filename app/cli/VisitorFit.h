#pragma once
// What `recommend` and `explain` share: the model of --model with its --param values, trained on every event
// before the moment asked (--at; default just after the visitor's last event), and the query of --visitor at
// that moment (its history, the current session when the moment falls inside one), with -k and --exclude-seen.
#include <cstdint>
#include <memory>

#include "Args.h"
#include "data/Dataset.h"
#include "models/Query.h"
#include "models/Recommender.h"
#include "models/TrainingSet.h"

namespace vitrina::cli {

struct VisitorFit {
    std::shared_ptr<const data::Dataset> dataset;
    std::shared_ptr<const models::TrainingSet> train;
    std::unique_ptr<models::Recommender> model;
    std::string modelId;
    long long rawVisitor = 0;
    data::VisitorIndex visitor = 0;
    std::int64_t at = 0;
    std::uint64_t historyEvents = 0;
    models::Query query; ///< views into `dataset`
    models::RecommendOptions options;
    long long k = 10;
    double fitSeconds = 0.0, fitCpuSeconds = 0.0;
};

/// Validates the options (before the slow project load), loads the project and trains the model.
VisitorFit fitForVisitor(const Args& args);

} // namespace vitrina::cli

#pragma once
// Replay simulator (issue 5): the last D days of the log replayed as if each arm's model had served its
// visitors, with the models trained on every event before those days.
// - Visitors are split by Assigner (seeded hash of the raw visitor id). Each session that starts inside the
//   test days gets one list of `listLength` items, shown at the session's first event and made from the
//   visitor's events before the session (the whole earlier log, test days included; never the session itself).
//   Visitors without earlier events get the arm's fallback: the model's own list for an empty history.
// - Click: the visitor views, carts or buys a listed item later in that session (events after the first, in
//   log order); the list's click is the click model's weight of the best-placed such item, in [0, 1].
// - Conversion / addtocart: the visitor buys / carts a listed item later (after the session's first event)
//   within the horizon. Each purchase or cart counts for one list only: the latest earlier list of the visitor
//   that showed the item within the horizon. Revenue: property 790 of the bought item at the purchase time.
// Deterministic for a seed: lists come from Recommender::recommendBatch (bit-identical to recommend()), the
// outcomes of each visitor are computed on their own and summed in a fixed order, whatever the thread count.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "abtest/Experiment.h"
#include "data/Dataset.h"
#include "data/Sessions.h"
#include "models/Recommender.h"
#include "models/TrainingSet.h"
#include "util/Parallel.h"
#include "util/Progress.h"
#include "util/Result.h"

namespace vitrina::abtest {

struct ArmSpec {
    std::string model;        ///< catalogue id ("als")
    nlohmann::json params = nlohmann::json::object(); ///< model parameters ("factors": 32)
    std::string name;         ///< display name; empty = the model id (with "#2" ... for repeats)
};

/// Position weight of a listed item (rank 1 = top): geometric decay^(rank-1), reciprocal 1/rank, flat 1.
struct ClickModel {
    enum class Kind : std::uint8_t { Geometric, Reciprocal, Flat };
    Kind kind = Kind::Geometric;
    double decay = 0.8; ///< geometric only, in (0, 1]
    double weight(std::size_t rank) const;
};
/// "geometric", "reciprocal", "flat"; fails naming "click_model".
ClickModel::Kind parseClickModel(const std::string& name);
std::string clickModelName(ClickModel::Kind kind);

struct ReplayOptions {
    std::vector<ArmSpec> arms;       ///< arms[0] is the control; at least two
    std::vector<double> split;       ///< planned shares; empty = equal
    std::uint64_t seed = 42;         ///< assignment seed
    std::uint64_t modelSeed = 42;    ///< training seed of every model
    int days = 14;                   ///< test days (UTC days ending with the last day of the log)
    int listLength = 10;
    ClickModel clickModel;
    std::int64_t horizonMs = 24LL * 3600 * 1000;
    std::int64_t sessionGapMs = data::kDefaultSessionGapMs;
    int threads = util::defaultThreadCount();
};

/// Checks the options (arms known to the registry, split, days, list length, decay, horizon, threads); fails
/// naming the parameter ("arms", "split", "days", ...).
void requireReplayOptions(const ReplayOptions& options);
/// The display names the arms get (the model id, "#2", "#3" for repeats, unless named).
std::vector<std::string> armNames(const std::vector<ArmSpec>& arms);

/// The trained arms. Arms with the same model and parameters share one trained model (A/A mode).
struct ReplaySetup {
    std::shared_ptr<const data::Dataset> dataset;
    std::shared_ptr<const data::SessionIndex> sessions;
    std::shared_ptr<const models::TrainingSet> training;
    std::vector<std::shared_ptr<const models::Recommender>> models; ///< one per arm
    std::int64_t startMs = 0; ///< 00:00 UTC of the first test day
    int dayCount = 0;
    double trainingSeconds = 0.0;
};

/// Splits the log, trains every arm (progress: the fits). Errors: bad options, no event before the test days,
/// no session inside them.
util::Result<ReplaySetup> prepareReplay(std::shared_ptr<const data::Dataset> dataset, const ReplayOptions& options,
                                        const util::Progress& progress = {});
/// Replays the test days with the trained arms (progress: lists, then outcomes). Training is not repeated.
util::Result<ExperimentData> runReplay(const ReplaySetup& setup, const ReplayOptions& options,
                                       const util::Progress& progress = {});

} // namespace vitrina::abtest

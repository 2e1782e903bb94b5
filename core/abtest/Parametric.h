#pragma once
// Parametric simulator (issue 5): arms with known conversion rates (a planted lift, or none for A/A), for power
// and calibration studies. Visitors arrive evenly over the days (the remainder on the first days); each day's
// arrivals are split between the arms by the planned shares (sequential binomials, so the split itself is random
// as in a real test) and each arm's converters are one binomial draw. Cost grows with arms x days, not visitors.
// A study runs many such experiments through the same analysis as a single one (no bootstrap, no Monte Carlo)
// and counts how often each procedure rejects: fixed horizon, naive daily peeking, always-valid mSPRT.
// Experiment t draws from Rng::forStream(seed, t): identical results for any thread count.
#include <cstdint>
#include <vector>

#include "abtest/Analysis.h"
#include "abtest/Experiment.h"
#include "stats/Calibration.h"
#include "util/Parallel.h"
#include "util/Progress.h"
#include "util/Random.h"
#include "util/Result.h"

namespace vitrina::abtest {

struct ParametricOptions {
    std::vector<double> rates = {0.05, 0.05}; ///< true conversion rate of each arm; rates[0] is the control
    std::vector<double> split;                ///< planned shares; empty = equal
    std::int64_t visitors = 20000;            ///< total over arms and days
    int days = 14;
    std::uint64_t seed = 42;
};
/// rates[0] = baseline, every other arm baseline * (1 + lift) (lift = 0: A/A).
std::vector<double> plantedRates(double baseline, double relativeLift, std::size_t arms);
/// Fails naming "rates", "split", "visitors" or "days".
void requireParametricOptions(const ParametricOptions& options);

/// One experiment from `rng` (options already checked).
ExperimentData simulateParametric(const ParametricOptions& options, util::Rng& rng);
/// One experiment from Rng(options.seed).
util::Result<ExperimentData> runParametric(const ParametricOptions& options);

struct StudyOptions {
    ParametricOptions experiment;          ///< experiment.seed seeds the whole study
    std::uint32_t experiments = 10000;
    AnalysisOptions analysis;              ///< metric conversion; bootstrap and Monte Carlo are ignored
    int threads = util::defaultThreadCount();
};

struct StudyResult {
    std::uint32_t experiments = 0;
    double tau2 = 0.0;                 ///< mixing variance of the mSPRT (the plan's)
    stats::RejectionRate fixedHorizon; ///< adjusted (Holm over treatment arms) p at the last day <= alpha
    stats::RejectionRate dailyPeeking; ///< some day's unadjusted fixed p <= alpha (arm 1)
    stats::RejectionRate sequential;   ///< the always-valid p of arm 1 ever <= alpha
    stats::RejectionRate srm;          ///< sample ratio mismatch flagged
    double seconds = 0.0;
};

/// Runs `experiments` parametric experiments and their analyses. Progress and cancel every few hundred.
util::Result<StudyResult> runParametricStudy(const StudyOptions& options, const util::Progress& progress = {});

} // namespace vitrina::abtest

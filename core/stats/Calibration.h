#pragma once
// Parametric A/A (or A/B) calibration of the tests (issue 5): many simulated experiments with Bernoulli arms,
// daily looks, and the share of experiments each procedure rejects:
// - fixed horizon: the pooled two-proportion z-test once, at the end;
// - naive peeking: the same z-test after every day, rejecting at the first p <= alpha (inflated);
// - mSPRT: the always-valid p-value (normal mixture, plug-in variance) at every daily look;
// - GrowthBook confidence sequence at every daily look (rejects when it excludes 0).
// Visitors arrive evenly (visitorsPerArm / days per day, the remainder on the first days); each day's
// conversions per arm are one binomial draw, so cost grows with tests x days, not with visitors.
// Experiment t draws from Rng::forStream(seed, t): identical results for any thread count.
#include <cstdint>

#include "stats/Distributions.h"
#include "util/Parallel.h"
#include "util/Progress.h"

namespace vitrina::stats {

struct CalibrationOptions {
    std::uint32_t tests = 10000;
    std::int64_t visitorsPerArm = 10000;
    std::uint32_t days = 14;
    double controlRate = 0.05;
    double treatmentRate = -1.0; ///< < 0: the control rate (A/A); else a planted effect (power study)
    double alpha = 0.05;
    /// mSPRT mixing variance; 0 = the default rule at the planned horizon (stats/Sequential.h):
    /// tau^2 = c(alpha) * 2 p (1 - p) / visitorsPerArm with p = controlRate.
    double tau2 = 0.0;
    double growthbookTuningSize = 0.0; ///< N*; 0 = the planned total 2 * visitorsPerArm
    std::uint64_t seed = 42;
    int threads = util::defaultThreadCount();
};

struct RejectionRate {
    std::uint64_t rejections = 0;
    double rate = 0.0;
    ConfidenceInterval interval; ///< Wilson 95 % interval of the rate
};
/// `rejections` out of `tests` (>= 1) with the Wilson interval (stats/ScoreIntervals.h).
RejectionRate rejectionRate(std::uint64_t rejections, std::uint32_t tests);

struct CalibrationResult {
    std::uint32_t tests = 0;
    double tau2 = 0.0;             ///< the mixing variance used
    double growthbookTuningSize = 0.0;
    RejectionRate fixedHorizon;
    RejectionRate dailyPeeking;
    RejectionRate msprt;
    RejectionRate growthbook;
};

/// Fails naming the option on tests < 1, visitorsPerArm < days, days < 1, rates outside (0, 1), alpha
/// outside (0, 1), tau2 < 0, threads < 1.
CalibrationResult runCalibration(const CalibrationOptions& options, const util::Progress& progress = {});

} // namespace vitrina::stats

#include "stats/Calibration.h"

#include <cmath>
#include <vector>

#include "stats/Checks.h"
#include "stats/Sampling.h"
#include "stats/ScoreIntervals.h"
#include "stats/Sequential.h"
#include "util/Message.h"
#include "util/Random.h"

namespace vitrina::stats {
namespace {

struct Outcome {
    bool fixedHorizon = false, peeking = false, msprt = false, growthbook = false;
};

void requireRange(const char* name, double value, bool ok, const char* range) {
    if (!ok) util::failParameter(name, util::MessageCode::ParameterOutOfRange, {name, numberText(value), range});
}

/// One simulated experiment with daily looks.
Outcome simulate(util::Rng& rng, const CalibrationOptions& o, double treatmentRate, double zCritical, double tau2,
                 double tuningSize) {
    Outcome out;
    std::int64_t visitors = 0, conversionsA = 0, conversionsB = 0;
    const std::int64_t perDay = o.visitorsPerArm / o.days, extra = o.visitorsPerArm % o.days;
    const double logThreshold = std::log(1.0 / o.alpha);
    for (std::uint32_t day = 0; day < o.days; ++day) {
        const std::int64_t today = perDay + (static_cast<std::int64_t>(day) < extra ? 1 : 0);
        conversionsA += static_cast<std::int64_t>(sampleBinomial(rng, static_cast<std::uint64_t>(today), o.controlRate));
        conversionsB += static_cast<std::int64_t>(sampleBinomial(rng, static_cast<std::uint64_t>(today), treatmentRate));
        visitors += today;
        const auto n = static_cast<double>(visitors);
        const double pA = static_cast<double>(conversionsA) / n, pB = static_cast<double>(conversionsB) / n;
        const double difference = pB - pA;
        // Pooled z-test (the fixed-horizon test, also used for naive peeking).
        const double pooled = (pA + pB) / 2.0;
        const double pooledSe = std::sqrt(pooled * (1.0 - pooled) * 2.0 / n);
        const bool zRejects = pooledSe > 0.0 && std::fabs(difference) / pooledSe >= zCritical;
        out.peeking = out.peeking || zRejects;
        if (day + 1 == o.days) out.fixedHorizon = zRejects;
        // Sequential tests with the unpooled plug-in variance of the difference.
        const double variance = (pA * (1.0 - pA) + pB * (1.0 - pB)) / n;
        if (variance > 0.0) {
            out.msprt = out.msprt || msprtLogLikelihoodRatio(difference, variance, tau2) >= logThreshold;
            const GrowthbookSequential gb = growthbookSequential(difference, std::sqrt(variance), 2.0 * n, o.alpha, tuningSize);
            out.growthbook = out.growthbook || !gb.interval.contains(0.0);
        }
    }
    return out;
}

} // namespace

RejectionRate rejectionRate(std::uint64_t rejections, std::uint32_t tests) {
    return {rejections, static_cast<double>(rejections) / static_cast<double>(tests),
            wilsonInterval({static_cast<std::int64_t>(rejections), static_cast<std::int64_t>(tests)}, 0.05)};
}

CalibrationResult runCalibration(const CalibrationOptions& o, const util::Progress& progress) {
    requireRange("tests", o.tests, o.tests >= 1, "[1, 4294967295]");
    requireRange("days", o.days, o.days >= 1, "[1, 4294967295]");
    requireRange("visitorsPerArm", static_cast<double>(o.visitorsPerArm), o.visitorsPerArm >= o.days,
                 "[days, inf)");
    requireRange("controlRate", o.controlRate, o.controlRate > 0.0 && o.controlRate < 1.0, "(0, 1)");
    const double treatmentRate = o.treatmentRate < 0.0 ? o.controlRate : o.treatmentRate;
    requireRange("treatmentRate", o.treatmentRate, treatmentRate > 0.0 && treatmentRate < 1.0, "(0, 1) or < 0");
    requireOpenUnit("alpha", o.alpha);
    requireRange("tau2", o.tau2, o.tau2 >= 0.0 && std::isfinite(o.tau2), "[0, inf)");
    requireRange("growthbookTuningSize", o.growthbookTuningSize,
                 o.growthbookTuningSize >= 0.0 && std::isfinite(o.growthbookTuningSize), "[0, inf)");
    requireRange("threads", o.threads, o.threads >= 1, "[1, 1024]");

    CalibrationResult result;
    result.tests = o.tests;
    const auto perArm = static_cast<double>(o.visitorsPerArm);
    result.tau2 = o.tau2 > 0.0
                      ? o.tau2
                      : mixingVarianceForHorizon(plannedProportionEffectVariance(o.controlRate, perArm), o.alpha);
    result.growthbookTuningSize = o.growthbookTuningSize > 0.0 ? o.growthbookTuningSize : 2.0 * perArm;
    const double zCritical = normalQuantile(1.0 - o.alpha / 2.0);

    std::vector<Outcome> outcomes(o.tests);
    util::parallelChunks(o.tests, o.threads, [&](std::size_t begin, std::size_t end, std::size_t chunk) {
        for (std::size_t t = begin; t < end; ++t) {
            if ((t - begin) % 64 == 0) {
                progress.check();
                if (chunk == 0) progress.set(static_cast<double>(t - begin) / static_cast<double>(end - begin));
            }
            util::Rng rng = util::Rng::forStream(o.seed, t);
            outcomes[t] = simulate(rng, o, treatmentRate, zCritical, result.tau2, result.growthbookTuningSize);
        }
    });
    progress.set(1.0);
    std::uint64_t fixed = 0, peeking = 0, msprt = 0, growthbook = 0;
    for (const Outcome& out : outcomes) {
        fixed += out.fixedHorizon;
        peeking += out.peeking;
        msprt += out.msprt;
        growthbook += out.growthbook;
    }
    result.fixedHorizon = rejectionRate(fixed, o.tests);
    result.dailyPeeking = rejectionRate(peeking, o.tests);
    result.msprt = rejectionRate(msprt, o.tests);
    result.growthbook = rejectionRate(growthbook, o.tests);
    return result;
}

} // namespace vitrina::stats

#include "stats/Bayesian.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stats/Checks.h"
#include "util/Message.h"
#include "util/Random.h"
#include "util/Numbers.h"

namespace vitrina::stats {
namespace {

constexpr std::uint64_t kDrawsPerBlock = 4096;

void requireWhole(const std::string& name, double value) {
    if (!(value >= 1.0) || value != std::floor(value) || value > 1e12)
        util::failParameter(name, util::MessageCode::ParameterNotInteger, {name, numberText(value)});
}

} // namespace

double probabilityGreater(double aX, double bX, double aY, double bY, const util::Progress& progress) {
    requireWhole("alpha", aX);
    requirePositive("beta", bX);
    requirePositive("alpha", aY);
    requirePositive("beta", bY);
    // Miller: sum_{i=0}^{aX-1} T_i, T_i = B(aY+i, bX+bY) / ((bX+i) B(1+i, bX) B(aY, bY)); every term positive.
    // T_i is evaluated with log-Beta every kAnchorEvery terms and by the exact ratio
    // T_{i+1}/T_i = (aY+i)/(aY+i+bX+bY) * (bX+i)/(1+i) in between (a large arm has ~10^5 terms).
    constexpr std::uint64_t kAnchorEvery = 256;
    const double logConstant = logBeta(aY, bY);
    double sum = 0.0;
    double term = 0.0;
    const auto terms = static_cast<std::uint64_t>(aX);
    for (std::uint64_t k = 0; k < terms; ++k) {
        const auto i = static_cast<double>(k);
        if ((k & 0xFFFF) == 0) progress.check();
        if (k % kAnchorEvery == 0)
            term = std::exp(logBeta(aY + i, bX + bY) - std::log(bX + i) - logBeta(1.0 + i, bX) - logConstant);
        sum += term;
        term *= (aY + i) / (aY + i + bX + bY) * (bX + i) / (1.0 + i);
    }
    return std::min(1.0, sum);
}

BayesianResult betaBinomial(const ProportionArm& control, const ProportionArm& treatment,
                            const BayesianOptions& options) {
    requireCountWithin("control.conversions", control.conversions, "control.visitors", control.visitors);
    requireCountWithin("treatment.conversions", treatment.conversions, "treatment.visitors", treatment.visitors);
    requireWhole("prior.alpha", options.prior.alpha);
    requirePositive("prior.beta", options.prior.beta);
    requireOpenUnit("credibleLevel", options.credibleLevel);
    if (options.threads < 1)
        util::failParameter("threads", util::MessageCode::ParameterOutOfRange,
                            {"threads", std::to_string(options.threads), "[1, 1024]"});

    BayesianResult r;
    const double aA = options.prior.alpha + static_cast<double>(control.conversions);
    const double bA = options.prior.beta + static_cast<double>(control.visitors - control.conversions);
    const double aB = options.prior.alpha + static_cast<double>(treatment.conversions);
    const double bB = options.prior.beta + static_cast<double>(treatment.visitors - treatment.conversions);
    r.alphaControl = aA;
    r.betaControl = bA;
    r.alphaTreatment = aB;
    r.betaTreatment = bB;
    const double mA = aA / (aA + bA), mB = aB / (aB + bB);
    const util::Progress& progress = options.progress;
    r.probabilityTreatmentBetter = probabilityGreater(aB, bB, aA, bA, progress);
    r.expectedLossTreatment = std::max(0.0, mA * probabilityGreater(aA + 1, bA, aB, bB, progress) -
                                                mB * probabilityGreater(aA, bA, aB + 1, bB, progress));
    r.expectedLossControl = std::max(0.0, mB * probabilityGreater(aB + 1, bB, aA, bA, progress) -
                                              mA * probabilityGreater(aB, bB, aA + 1, bA, progress));
    const double tail = (1.0 - options.credibleLevel) / 2.0;
    r.credibleControl = {betaQuantile(tail, aA, bA), betaQuantile(1.0 - tail, aA, bA)};
    r.credibleTreatment = {betaQuantile(tail, aB, bB), betaQuantile(1.0 - tail, aB, bB)};

    r.draws = options.monteCarloDraws;
    r.credibleDifference = {kNaN, kNaN};
    r.credibleRelativeLift = {kNaN, kNaN};
    if (r.draws == 0) return r;
    std::vector<double> differences(r.draws), lifts(r.draws);
    const std::uint64_t blocks = (r.draws + kDrawsPerBlock - 1) / kDrawsPerBlock;
    std::vector<double> better(blocks), lossB(blocks), lossA(blocks);
    util::parallelFor(blocks, options.threads, 1, [&](std::size_t block) {
        progress.check();
        util::Rng rng = util::Rng::forStream(options.seed, block);
        const std::uint64_t begin = block * kDrawsPerBlock, end = std::min(r.draws, begin + kDrawsPerBlock);
        double wins = 0, lostB = 0, lostA = 0;
        for (std::uint64_t s = begin; s < end; ++s) {
            const double pA = rng.beta(aA, bA);
            const double pB = rng.beta(aB, bB);
            wins += pB > pA ? 1.0 : 0.0;
            lostB += std::max(pA - pB, 0.0);
            lostA += std::max(pB - pA, 0.0);
            differences[s] = pB - pA;
            lifts[s] = pA > 0.0 ? pB / pA - 1.0 : kNaN;
        }
        better[block] = wins;
        lossB[block] = lostB;
        lossA[block] = lostA;
    });
    double wins = 0, lostB = 0, lostA = 0;
    for (std::uint64_t b = 0; b < blocks; ++b) {
        wins += better[b];
        lostB += lossB[b];
        lostA += lossA[b];
    }
    const auto draws = static_cast<double>(r.draws);
    r.probabilityTreatmentBetterMc = wins / draws;
    r.expectedLossTreatmentMc = lostB / draws;
    r.expectedLossControlMc = lostA / draws;
    std::sort(differences.begin(), differences.end());
    r.credibleDifference = {sortedQuantile(differences, tail), sortedQuantile(differences, 1.0 - tail)};
    lifts.erase(std::remove_if(lifts.begin(), lifts.end(), [](double v) { return std::isnan(v); }), lifts.end());
    std::sort(lifts.begin(), lifts.end());
    if (!lifts.empty()) r.credibleRelativeLift = {sortedQuantile(lifts, tail), sortedQuantile(lifts, 1.0 - tail)};
    return r;
}

} // namespace vitrina::stats

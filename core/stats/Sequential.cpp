#include "stats/Sequential.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stats/Checks.h"
#include "util/Message.h"
#include "util/Numbers.h"

namespace vitrina::stats {
namespace {


void requireOptions(const MsprtOptions& options) {
    requireOpenUnit("alpha", options.alpha);
    requireFinite("theta0", options.theta0);
    requirePositive("tau2", options.tau2);
}

} // namespace

double mixtureBoundaryConstant(double alpha) {
    requireOpenUnit("alpha", alpha);
    const double twiceLog = -2.0 * std::log(alpha);
    return twiceLog + std::log(1.0 + twiceLog);
}

double mixingVarianceForHorizon(double plannedEffectVariance, double alpha) {
    requirePositive("plannedEffectVariance", plannedEffectVariance);
    return mixtureBoundaryConstant(alpha) * plannedEffectVariance;
}

double plannedProportionEffectVariance(double rate, double visitorsPerArm) {
    if (!(rate > 0.0 && rate < 1.0))
        util::failParameter("rate", util::MessageCode::ParameterOutOfRange, {"rate", numberText(rate), "(0, 1)"});
    requirePositive("visitorsPerArm", visitorsPerArm);
    return 2.0 * rate * (1.0 - rate) / visitorsPerArm;
}

double msprtLogLikelihoodRatio(double effect, double effectVariance, double tau2, double theta0) {
    requirePositive("effectVariance", effectVariance);
    requirePositive("tau2", tau2);
    const double total = effectVariance + tau2;
    const double deviation = effect - theta0;
    return 0.5 * std::log(effectVariance / total) + tau2 * deviation * deviation / (2.0 * effectVariance * total);
}

double msprtHalfWidth(double effectVariance, double tau2, double alpha) {
    requirePositive("effectVariance", effectVariance);
    requirePositive("tau2", tau2);
    requireOpenUnit("alpha", alpha);
    const double total = effectVariance + tau2;
    return std::sqrt(effectVariance * total / tau2 * (2.0 * std::log(1.0 / alpha) + std::log(total / effectVariance)));
}

std::vector<SequentialPoint> msprtSequence(std::span<const EffectLook> looks, const MsprtOptions& options) {
    requireOptions(options);
    std::vector<SequentialPoint> out;
    out.reserve(looks.size());
    double p = 1.0;
    ConfidenceInterval running{-kInfinity, kInfinity};
    for (std::size_t k = 0; k < looks.size(); ++k) {
        const EffectLook& look = looks[k];
        requireFinite("looks[" + std::to_string(k) + "].effect", look.effect);
        if (!(look.variance >= 0.0) || !std::isfinite(look.variance))
            util::failParameter("looks", util::MessageCode::ParameterOutOfRange,
                                {"looks[" + std::to_string(k) + "].variance", numberText(look.variance), "[0, inf)"});
        SequentialPoint point;
        point.effect = look.effect;
        point.variance = look.variance;
        point.logLikelihoodRatio = -kInfinity;
        if (look.variance > 0.0) {
            point.logLikelihoodRatio = msprtLogLikelihoodRatio(look.effect, look.variance, options.tau2, options.theta0);
            p = std::min(p, std::exp(-point.logLikelihoodRatio));
            const double half = msprtHalfWidth(look.variance, options.tau2, options.alpha);
            running.lower = std::max(running.lower, look.effect - half);
            running.upper = std::min(running.upper, look.effect + half);
        }
        point.alwaysValidP = std::min(1.0, p);
        point.interval = running;
        point.reject = point.alwaysValidP <= options.alpha;
        out.push_back(point);
    }
    return out;
}

std::vector<SequentialPoint> msprtProportions(std::span<const ProportionLook> looks, const MsprtOptions& options) {
    std::vector<EffectLook> effects;
    effects.reserve(looks.size());
    for (std::size_t k = 0; k < looks.size(); ++k) {
        const std::string name = "looks[" + std::to_string(k) + "]";
        const ProportionArm& a = looks[k].control;
        const ProportionArm& b = looks[k].treatment;
        requireCountWithin(name + ".control.conversions", a.conversions, name + ".control.visitors", a.visitors);
        requireCountWithin(name + ".treatment.conversions", b.conversions, name + ".treatment.visitors", b.visitors);
        EffectLook look;
        if (a.visitors > 0 && b.visitors > 0) {
            const double pA = a.rate(), pB = b.rate();
            look.effect = pB - pA;
            look.variance = pA * (1.0 - pA) / static_cast<double>(a.visitors) + pB * (1.0 - pB) / static_cast<double>(b.visitors);
        }
        effects.push_back(look);
    }
    return msprtSequence(effects, options);
}

double growthbookRho(double alpha, double tuningSize) {
    requirePositive("tuningSize", tuningSize);
    return std::sqrt(mixtureBoundaryConstant(alpha) / tuningSize);
}

GrowthbookSequential growthbookSequential(double effect, double standardError, double totalUnits, double alpha,
                                          double tuningSize, double mu0) {
    requireFinite("effect", effect);
    requirePositive("standardError", standardError);
    requirePositive("totalUnits", totalUnits);
    requireFinite("mu0", mu0);
    const double rho = growthbookRho(alpha, tuningSize);
    const double n = totalUnits, rho2 = rho * rho;
    const double spread = n * rho2 + 1.0;
    GrowthbookSequential r;
    r.halfWidth = standardError * std::sqrt(n) * std::sqrt(2.0 * spread / (n * n * rho2) * std::log(std::sqrt(spread) / alpha));
    r.interval = {effect - r.halfWidth, effect + r.halfWidth};
    const double s = n * (effect - mu0) * (effect - mu0) / (standardError * standardError);
    const double logE = rho2 * s / (2.0 * spread) - 0.5 * std::log(spread);
    r.pValue = std::min(1.0, std::exp(-logE));
    return r;
}

} // namespace vitrina::stats

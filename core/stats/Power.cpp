#include "stats/Power.h"

#include <cmath>
#include <limits>

#include "stats/Checks.h"
#include "stats/Distributions.h"
#include "util/Message.h"

namespace vitrina::stats {
namespace {

void requireRate(const char* name, double p) {
    if (!(p > 0.0 && p < 1.0))
        util::failParameter(name, util::MessageCode::ParameterOutOfRange, {name, numberText(p), "(0, 1)"});
}

double fleissSize(double p1, double p2, double zAlpha, double zBeta) {
    const double pbar = (p1 + p2) / 2.0;
    const double delta = p2 - p1;
    const double root = zAlpha * std::sqrt(2.0 * pbar * (1.0 - pbar)) + zBeta * std::sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2));
    return root * root / (delta * delta);
}

/// Power of the two-sided test with the h effect size (statsmodels NormalIndPower, equal allocation).
double cohenPower(double h, double n, double zAlpha) {
    const double shift = std::fabs(h) * std::sqrt(n / 2.0);
    return normalCdf(shift - zAlpha) + normalCdf(-shift - zAlpha);
}

} // namespace

double cohensH(double p1, double p2) {
    requireProbability("p1", p1);
    requireProbability("p2", p2);
    return 2.0 * std::asin(std::sqrt(p2)) - 2.0 * std::asin(std::sqrt(p1));
}

SampleSizeResult sampleSizePerArm(double p1, double p2, double alpha, double power) {
    requireRate("p1", p1);
    requireRate("p2", p2);
    requireOpenUnit("alpha", alpha);
    requireOpenUnit("power", power);
    if (p1 == p2) util::failParameter("p2", util::MessageCode::StatsNoEffect, {"p2", numberText(p2)});
    const double zAlpha = normalQuantile(1.0 - alpha / 2.0), zBeta = normalQuantile(power);
    SampleSizeResult r;
    r.fleiss = fleissSize(p1, p2, zAlpha, zBeta);
    r.perArm = static_cast<std::uint64_t>(std::ceil(r.fleiss));
    const double delta = p2 - p1;
    r.unpooled = (zAlpha + zBeta) * (zAlpha + zBeta) * (p1 * (1.0 - p1) + p2 * (1.0 - p2)) / (delta * delta);
    r.cohensH = cohensH(p1, p2);
    r.cohensHClosedForm = 2.0 * (zAlpha + zBeta) * (zAlpha + zBeta) / (r.cohensH * r.cohensH);
    // cohenPower increases with n: bisection between a bracket around the closed form.
    double lo = 0.0, hi = 2.0 * r.cohensHClosedForm + 2.0;
    while (cohenPower(r.cohensH, hi, zAlpha) < power) hi *= 2.0;
    for (int iteration = 0; iteration < 200 && hi - lo > 1e-10 * hi; ++iteration) {
        const double mid = 0.5 * (lo + hi);
        (cohenPower(r.cohensH, mid, zAlpha) < power ? lo : hi) = mid;
    }
    r.cohensHSolved = 0.5 * (lo + hi);
    return r;
}

double powerForSampleSize(double p1, double p2, double visitorsPerArm, double alpha) {
    requireRate("p1", p1);
    requireRate("p2", p2);
    requireOpenUnit("alpha", alpha);
    requirePositive("visitorsPerArm", visitorsPerArm);
    const double zAlpha = normalQuantile(1.0 - alpha / 2.0);
    const double pbar = (p1 + p2) / 2.0;
    const double nullSd = std::sqrt(2.0 * pbar * (1.0 - pbar));
    const double alternativeSd = std::sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2));
    const double shift = std::fabs(p2 - p1) * std::sqrt(visitorsPerArm);
    return normalCdf((shift - zAlpha * nullSd) / alternativeSd) + normalCdf((-shift - zAlpha * nullSd) / alternativeSd);
}

double minimumDetectableEffect(double p1, double visitorsPerArm, double alpha, double power) {
    requireRate("p1", p1);
    requireOpenUnit("alpha", alpha);
    requireOpenUnit("power", power);
    requirePositive("visitorsPerArm", visitorsPerArm);
    const double zAlpha = normalQuantile(1.0 - alpha / 2.0), zBeta = normalQuantile(power);
    // fleissSize falls as delta grows on (0, 1 - p1); find delta with fleissSize = visitorsPerArm.
    double lo = 0.0, hi = 1.0 - p1;
    const double largest = hi * (1.0 - 1e-12);
    if (fleissSize(p1, p1 + largest, zAlpha, zBeta) > visitorsPerArm) return std::numeric_limits<double>::quiet_NaN();
    hi = largest;
    for (int iteration = 0; iteration < 200 && hi - lo > 1e-15; ++iteration) {
        const double mid = 0.5 * (lo + hi);
        (fleissSize(p1, p1 + mid, zAlpha, zBeta) > visitorsPerArm ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

} // namespace vitrina::stats

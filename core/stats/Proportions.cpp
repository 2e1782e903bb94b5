#include "stats/Proportions.h"

#include <cmath>
#include <limits>

#include "stats/Checks.h"
#include "util/Message.h"
#include "util/Numbers.h"

namespace vitrina::stats {
namespace {


/// z = difference / se with the degenerate cases of the file comment.
double ratioOrLimit(double difference, double se) {
    if (se > 0.0) return difference / se;
    return difference == 0.0 ? 0.0 : std::copysign(kInfinity, difference);
}

ConfidenceInterval around(double centre, double half) { return {centre - half, centre + half}; }


RelativeLift deltaLift(double meanA, double varianceA, double nA, double meanB, double varianceB, double nB,
                       double alpha) {
    if (meanA == 0.0)
        util::failParameter("control", util::MessageCode::StatsZeroBaseline, {"control"});
    RelativeLift r;
    r.lift = meanB / meanA - 1.0;
    const double a2 = meanA * meanA;
    const double variance = varianceB / (nB * a2) + meanB * meanB * varianceA / (nA * a2 * a2);
    r.standardError = std::sqrt(variance);
    r.interval = around(r.lift, twoSidedCriticalZ(alpha) * r.standardError);
    return r;
}

void requireSummary(const SampleSummary& s, const std::string& name) {
    requireAtLeast(name, static_cast<std::size_t>(std::max<std::int64_t>(s.n, 0)), 2);
    requireFinite(name + ".mean", s.mean);
    if (!(s.variance >= 0.0) || !std::isfinite(s.variance))
        util::failParameter(name + ".variance", util::MessageCode::ParameterOutOfRange,
                            {name + ".variance", numberText(s.variance), "[0, inf)"});
}

} // namespace

void requireArm(const ProportionArm& arm, const std::string& name) {
    requireCountWithin(name + ".conversions", arm.conversions, name + ".visitors", arm.visitors);
    requireAtLeast(name + ".visitors", static_cast<std::size_t>(arm.visitors), 2);
}

TwoProportionTest twoProportionTest(const ProportionArm& control, const ProportionArm& treatment, double alpha) {
    requireArm(control, "control");
    requireArm(treatment, "treatment");
    requireOpenUnit("alpha", alpha);
    TwoProportionTest r;
    const auto nA = static_cast<double>(control.visitors), nB = static_cast<double>(treatment.visitors);
    r.rateControl = control.rate();
    r.rateTreatment = treatment.rate();
    r.difference = r.rateTreatment - r.rateControl;
    r.pooledRate = static_cast<double>(control.conversions + treatment.conversions) / (nA + nB);
    r.pooledStandardError = std::sqrt(r.pooledRate * (1.0 - r.pooledRate) * (1.0 / nA + 1.0 / nB));
    r.z = ratioOrLimit(r.difference, r.pooledStandardError);
    r.pValue = twoSidedNormalP(r.z);
    r.unpooledStandardError = std::sqrt(r.rateControl * (1.0 - r.rateControl) / nA +
                                        r.rateTreatment * (1.0 - r.rateTreatment) / nB);
    r.unpooledZ = ratioOrLimit(r.difference, r.unpooledStandardError);
    r.unpooledPValue = twoSidedNormalP(r.unpooledZ);
    r.interval = around(r.difference, twoSidedCriticalZ(alpha) * r.unpooledStandardError);
    return r;
}

SampleSummary summarize(std::span<const double> values) {
    requireFinite("values", values);
    SampleSummary s;
    s.n = static_cast<std::int64_t>(values.size());
    if (values.empty()) return s;
    double sum = 0.0;
    for (const double v : values) sum += v;
    s.mean = sum / static_cast<double>(values.size());
    double squares = 0.0;
    for (const double v : values) squares += (v - s.mean) * (v - s.mean);
    s.variance = values.size() > 1 ? squares / static_cast<double>(values.size() - 1) : 0.0;
    return s;
}

WelchTest welchTest(const SampleSummary& control, const SampleSummary& treatment, double alpha) {
    requireSummary(control, "control");
    requireSummary(treatment, "treatment");
    requireOpenUnit("alpha", alpha);
    WelchTest r;
    const auto nA = static_cast<double>(control.n), nB = static_cast<double>(treatment.n);
    const double vA = control.variance / nA, vB = treatment.variance / nB;
    r.meanControl = control.mean;
    r.meanTreatment = treatment.mean;
    r.difference = treatment.mean - control.mean;
    r.standardError = std::sqrt(vA + vB);
    r.t = ratioOrLimit(r.difference, r.standardError);
    // With both variances 0 the Welch-Satterthwaite df is 0/0; Student's pooled df is the natural limit.
    const double denominator = vA * vA / (nA - 1.0) + vB * vB / (nB - 1.0);
    r.degreesOfFreedom = denominator > 0.0 ? (vA + vB) * (vA + vB) / denominator : nA + nB - 2.0;
    r.pValue = twoSidedStudentP(r.t, r.degreesOfFreedom);
    r.interval = around(r.difference, studentQuantile(1.0 - alpha / 2.0, r.degreesOfFreedom) * r.standardError);
    return r;
}

WelchTest welchTest(std::span<const double> control, std::span<const double> treatment, double alpha) {
    requireFinite("control", control);
    requireFinite("treatment", treatment);
    return welchTest(summarize(control), summarize(treatment), alpha);
}

RelativeLift relativeLift(const SampleSummary& control, const SampleSummary& treatment, double alpha) {
    requireSummary(control, "control");
    requireSummary(treatment, "treatment");
    requireOpenUnit("alpha", alpha);
    return deltaLift(control.mean, control.variance, static_cast<double>(control.n), treatment.mean, treatment.variance,
                     static_cast<double>(treatment.n), alpha);
}

RelativeLift relativeLift(const ProportionArm& control, const ProportionArm& treatment, double alpha) {
    requireArm(control, "control");
    requireArm(treatment, "treatment");
    requireOpenUnit("alpha", alpha);
    const double pA = control.rate(), pB = treatment.rate();
    return deltaLift(pA, pA * (1.0 - pA), static_cast<double>(control.visitors), pB, pB * (1.0 - pB),
                     static_cast<double>(treatment.visitors), alpha);
}

RatioSums ratioSums(std::span<const double> numerators, std::span<const double> denominators) {
    requireSameLength("numerators", numerators.size(), "denominators", denominators.size());
    requireFinite("numerators", numerators);
    requireFinite("denominators", denominators);
    RatioSums s;
    s.units = static_cast<std::int64_t>(numerators.size());
    for (std::size_t i = 0; i < numerators.size(); ++i) {
        const double x = numerators[i], y = denominators[i];
        s.numerator += x;
        s.denominator += y;
        s.numeratorSquares += x * x;
        s.denominatorSquares += y * y;
        s.crossProducts += x * y;
    }
    return s;
}

RatioEstimate ratioEstimate(const RatioSums& s) {
    requireAtLeast("units", static_cast<std::size_t>(std::max<std::int64_t>(s.units, 0)), 2);
    if (!(s.denominator > 0.0))
        util::failParameter("denominator", util::MessageCode::StatsZeroBaseline, {"denominator"});
    const auto n = static_cast<double>(s.units);
    const double meanX = s.numerator / n, meanY = s.denominator / n;
    // Sample (co)variances with the n - 1 denominator, from the sums.
    const double varX = (s.numeratorSquares - n * meanX * meanX) / (n - 1.0);
    const double varY = (s.denominatorSquares - n * meanY * meanY) / (n - 1.0);
    const double covXY = (s.crossProducts - n * meanX * meanY) / (n - 1.0);
    RatioEstimate r;
    r.ratio = s.numerator / s.denominator;
    r.variance = std::max(0.0, (varX - 2.0 * r.ratio * covXY + r.ratio * r.ratio * varY) / (n * meanY * meanY));
    r.standardError = std::sqrt(r.variance);
    return r;
}

RatioTest ratioTest(const RatioSums& control, const RatioSums& treatment, double alpha) {
    requireOpenUnit("alpha", alpha);
    RatioTest r;
    r.control = ratioEstimate(control);
    r.treatment = ratioEstimate(treatment);
    r.difference = r.treatment.ratio - r.control.ratio;
    r.standardError = std::sqrt(r.control.variance + r.treatment.variance);
    r.z = ratioOrLimit(r.difference, r.standardError);
    r.pValue = twoSidedNormalP(r.z);
    r.interval = around(r.difference, twoSidedCriticalZ(alpha) * r.standardError);
    if (r.control.ratio == 0.0) util::failParameter("control", util::MessageCode::StatsZeroBaseline, {"control"});
    // Var(R_B/R_A) for independent arms, with each arm's variance already that of its estimate (n = 1).
    r.lift = deltaLift(r.control.ratio, r.control.variance, 1.0, r.treatment.ratio, r.treatment.variance, 1.0, alpha);
    return r;
}

SampleRatioCheck sampleRatioMismatch(std::span<const std::int64_t> observed, std::span<const double> weights,
                                     double threshold) {
    requireAtLeast("observed", observed.size(), 2);
    requireOpenUnit("threshold", threshold);
    std::int64_t total = 0;
    for (std::size_t k = 0; k < observed.size(); ++k) {
        requireNonNegative("observed[" + std::to_string(k) + "]", observed[k]);
        total += observed[k];
    }
    requireAtLeast("observed total", static_cast<std::size_t>(total), 1);
    std::vector<double> w(weights.begin(), weights.end());
    if (w.empty()) w.assign(observed.size(), 1.0 / static_cast<double>(observed.size()));
    requireSameLength("observed", observed.size(), "weights", w.size());
    double sum = 0.0;
    bool positive = true;
    for (const double x : w) {
        sum += x;
        positive = positive && x > 0.0 && std::isfinite(x);
    }
    if (!positive || std::fabs(sum - 1.0) > 1e-6)
        util::failParameter("weights", util::MessageCode::StatsWeightsNotNormalised, {"weights", numberText(sum)});
    SampleRatioCheck r;
    for (std::size_t k = 0; k < observed.size(); ++k) {
        const double expected = static_cast<double>(total) * w[k];
        const double deviation = static_cast<double>(observed[k]) - expected;
        r.expected.push_back(expected);
        r.chiSquare += deviation * deviation / expected;
    }
    r.degreesOfFreedom = static_cast<double>(observed.size() - 1);
    r.pValue = chiSquaredSurvival(r.chiSquare, r.degreesOfFreedom);
    r.mismatch = r.pValue < threshold;
    return r;
}

} // namespace vitrina::stats

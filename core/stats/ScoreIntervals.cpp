#include "stats/ScoreIntervals.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

#include "stats/Checks.h"
#include "util/Message.h"
#include "util/Numbers.h"

namespace vitrina::stats {
namespace {


struct Counts {
    double xA, nA, xB, nB;
    double rateA() const { return xA / nA; }
    double rateB() const { return xB / nB; }
};

Counts countsOf(const ProportionArm& control, const ProportionArm& treatment, double alpha) {
    requireArm(control, "control");
    requireArm(treatment, "treatment");
    requireOpenUnit("alpha", alpha);
    return {static_cast<double>(control.conversions), static_cast<double>(control.visitors),
            static_cast<double>(treatment.conversions), static_cast<double>(treatment.visitors)};
}

double statistic(double numerator, double variance) {
    if (variance > 0.0) return numerator / std::sqrt(variance);
    return numerator == 0.0 ? 0.0 : std::copysign(kInfinity, numerator);
}

double correctionFactor(const Counts& k, const ScoreOptions& o) {
    const double n = k.nA + k.nB;
    return o.smallSampleCorrection ? n / (n - 1.0) : 1.0;
}

/// The pooled two-proportion z, written as stats::twoProportionTest writes it (the same double).
double pooledZ(const Counts& k, const ScoreOptions& o) {
    const double pooled = (k.xA + k.xB) / (k.nA + k.nB);
    const double variance = pooled * (1.0 - pooled) * (1.0 / k.nA + 1.0 / k.nB) * correctionFactor(k, o);
    return statistic(k.rateB() - k.rateA(), variance);
}

/// Control rate maximising the likelihood under p_B = p_A + delta, by bisection on the score equation (the
/// profile log-likelihood is concave); for the rare inputs where the closed form loses its footing.
double restrictedControlRateByBisection(const Counts& k, double delta) {
    double lo = std::max(0.0, -delta), hi = std::min(1.0, 1.0 - delta);
    const auto slope = [&](double p) {
        const double q = p + delta;
        double s = 0.0;
        if (k.xA > 0.0) s += k.xA / p;
        if (k.nA > k.xA) s -= (k.nA - k.xA) / (1.0 - p);
        if (k.xB > 0.0) s += k.xB / q;
        if (k.nB > k.xB) s -= (k.nB - k.xB) / (1.0 - q);
        return s;
    };
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (mid <= lo || mid >= hi) break;
        (slope(mid) > 0.0 ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

/// Control rate maximising the likelihood under p_B = p_A + delta: the trigonometric root of the cubic for the
/// treatment's rate (Farrington & Manning, Stat. Med. 1990, eq. 3; the form Miettinen & Nurminen derive), with
/// theta = n_A / n_B. (statsmodels 0.13.5 writes a variant of this cubic whose root misses the maximum, e.g. by
/// 3e-5 at 200/10000 vs 250/10000 and delta 0.00914; the tests check the likelihood equation instead.)
double restrictedControlRate(const Counts& k, double delta) {
    const double theta = k.nA / k.nB, pB = k.rateB(), pA = k.rateA();
    const double a = 1.0 + theta;
    const double b = -(1.0 + theta + pB + theta * pA + delta * (theta + 2.0));
    const double c = delta * delta + delta * (2.0 * pB + theta + 1.0) + pB + theta * pA;
    const double d = -pB * delta * (1.0 + delta);
    const double third = b / (3.0 * a);
    const double v = third * third * third - b * c / (6.0 * a * a) + d / (2.0 * a);
    const double u = std::copysign(std::sqrt(std::max(0.0, third * third - c / (3.0 * a))), v);
    const double lo = std::max(0.0, -delta), hi = std::min(1.0, 1.0 - delta);
    if (u != 0.0) {
        const double w = (std::numbers::pi + std::acos(std::clamp(v / (u * u * u), -1.0, 1.0))) / 3.0;
        const double controlRate = 2.0 * u * std::cos(w) - third - delta;
        constexpr double kSlack = 1e-12;
        if (std::isfinite(controlRate) && controlRate >= lo - kSlack && controlRate <= hi + kSlack)
            return std::clamp(controlRate, lo, hi);
    }
    return restrictedControlRateByBisection(k, delta);
}

double differenceStatistic(const Counts& k, double delta, const ScoreOptions& o) {
    if (delta == 0.0) return pooledZ(k, o);
    const double pA = restrictedControlRate(k, delta);
    const double pB = std::clamp(pA + delta, 0.0, 1.0);
    const double variance = (pB * (1.0 - pB) / k.nB + pA * (1.0 - pA) / k.nA) * correctionFactor(k, o);
    return statistic(k.rateB() - k.rateA() - delta, variance);
}

double ratioStatistic(const Counts& k, double ratio, const ScoreOptions& o) {
    if (ratio == 1.0) return pooledZ(k, o);
    // N rho p^2 - (n_B rho + x_B + n_A + x_A rho) p + (x_A + x_B) = 0; the smaller root, written without the
    // cancellation of -b - sqrt(b^2 - 4ac) (also right for rho = 0, where the equation is linear).
    const double a = (k.nA + k.nB) * ratio;
    const double b = -(k.nB * ratio + k.xB + k.nA + k.xA * ratio);
    const double c = k.xA + k.xB;
    const double pA = c > 0.0 ? std::min(1.0, 2.0 * c / (-b + std::sqrt(std::max(0.0, b * b - 4.0 * a * c)))) : 0.0;
    const double pB = std::min(1.0, ratio * pA);
    const double variance = (pB * (1.0 - pB) / k.nB + ratio * ratio * pA * (1.0 - pA) / k.nA) * correctionFactor(k, o);
    return statistic(k.rateB() - ratio * k.rateA(), variance);
}

/// The point in [lo, hi] where a decreasing `z` crosses `level`: z(lo) >= level >= z(hi). Returns the side that
/// the interval keeps (|z| <= critical), so that the bound itself is never rejected.
template <class Z> double crossing(const Z& z, double lo, double hi, double level, bool keepHigh) {
    for (int i = 0; i < 400; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (mid <= lo || mid >= hi) break;
        (z(mid) > level ? lo : hi) = mid;
    }
    return keepHigh ? hi : lo;
}

} // namespace

double scoreStatisticDifference(const ProportionArm& control, const ProportionArm& treatment, double delta,
                                const ScoreOptions& options) {
    const Counts k = countsOf(control, treatment, options.alpha);
    if (!(delta >= -1.0 && delta <= 1.0))
        util::failParameter("delta", util::MessageCode::ParameterOutOfRange, {"delta", numberText(delta), "[-1, 1]"});
    return differenceStatistic(k, delta, options);
}

double scoreStatisticRatio(const ProportionArm& control, const ProportionArm& treatment, double ratio,
                           const ScoreOptions& options) {
    const Counts k = countsOf(control, treatment, options.alpha);
    if (!(ratio >= 0.0) || !std::isfinite(ratio))
        util::failParameter("ratio", util::MessageCode::ParameterOutOfRange, {"ratio", numberText(ratio), "[0, inf)"});
    return ratioStatistic(k, ratio, options);
}

ConfidenceInterval scoreIntervalDifference(const ProportionArm& control, const ProportionArm& treatment,
                                           const ScoreOptions& options) {
    const Counts k = countsOf(control, treatment, options.alpha);
    const double c = normalQuantile(1.0 - options.alpha / 2.0);
    const double estimate = k.rateB() - k.rateA();
    const auto z = [&](double delta) { return differenceStatistic(k, delta, options); };
    // z falls from +inf at delta = -1 through 0 at the estimate to -inf at delta = 1.
    const double lower = z(-1.0) > c ? crossing(z, -1.0, estimate, c, true) : -1.0;
    const double upper = z(1.0) < -c ? crossing(z, estimate, 1.0, -c, false) : 1.0;
    return {lower, upper};
}

ConfidenceInterval scoreIntervalRatio(const ProportionArm& control, const ProportionArm& treatment,
                                      const ScoreOptions& options) {
    const Counts k = countsOf(control, treatment, options.alpha);
    if (k.xA == 0.0 && k.xB == 0.0) return {kNaN, kNaN};
    const double c = normalQuantile(1.0 - options.alpha / 2.0);
    const auto z = [&](double ratio) { return ratioStatistic(k, ratio, options); };
    if (k.xA == 0.0) {
        // No upper bound; the lower one is where z, falling from +inf at 0 towards 0 at infinity, crosses c.
        double hi = 1.0;
        for (int i = 0; i < 1000 && z(hi) > c; ++i) hi *= 2.0;
        return {crossing(z, 0.0, hi, c, true), kInfinity};
    }
    const double estimate = k.rateB() / k.rateA();
    const double lower = k.xB == 0.0 ? 0.0 : crossing(z, 0.0, estimate, c, true);
    double hi = std::max(1.0, 2.0 * estimate);
    for (int i = 0; i < 1000 && z(hi) >= -c; ++i) hi *= 2.0;
    return {lower, crossing(z, estimate, hi, -c, false)};
}

FiellerInterval fiellerInterval(const FiellerInput& in) {
    for (const auto& [name, value] : {std::pair{"meanControl", in.meanControl}, std::pair{"meanTreatment", in.meanTreatment}})
        requireFinite(name, value);
    for (const auto& [name, value] :
         {std::pair{"varianceControl", in.varianceControl}, std::pair{"varianceTreatment", in.varianceTreatment}})
        if (!(value >= 0.0) || !std::isfinite(value))
            util::failParameter(name, util::MessageCode::ParameterOutOfRange, {name, numberText(value), "[0, inf)"});
    requirePositive("critical", in.critical);
    const double a = in.meanControl, b = in.meanTreatment, c2 = in.critical * in.critical;
    // (a^2 - c^2 v_a) rho^2 - 2 a b rho + (b^2 - c^2 v_b) <= 0.
    const double quadratic = a * a - c2 * in.varianceControl;
    FiellerInterval out;
    if (!(quadratic > 0.0)) {
        out.interval = {kNaN, kNaN};
        return out;
    }
    const double constant = b * b - c2 * in.varianceTreatment;
    const double root = std::sqrt(std::max(0.0, a * a * b * b - quadratic * constant));
    // The two roots without cancellation: q / quadratic and constant / q.
    const double q = a * b + std::copysign(root, a * b == 0.0 ? 1.0 : a * b);
    double r1 = q / quadratic, r2 = q != 0.0 ? constant / q : r1;
    if (r1 > r2) std::swap(r1, r2);
    out.bounded = true;
    out.interval = {in.nonNegative ? std::max(0.0, r1) : r1, in.nonNegative ? std::max(0.0, r2) : r2};
    return out;
}

ConfidenceInterval wilsonInterval(const ProportionArm& arm, double alpha) {
    requireCountWithin("conversions", arm.conversions, "visitors", arm.visitors);
    requireAtLeast("visitors", static_cast<std::size_t>(arm.visitors), 1);
    requireOpenUnit("alpha", alpha);
    const double n = static_cast<double>(arm.visitors), p = arm.rate();
    const double z = normalQuantile(1.0 - alpha / 2.0), z2 = z * z;
    const double centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    const double half = z / (1.0 + z2 / n) * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

} // namespace vitrina::stats

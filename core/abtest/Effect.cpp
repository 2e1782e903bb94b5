#include "abtest/Effect.h"

#include <algorithm>
#include <cmath>

#include "stats/ScoreIntervals.h"
#include "util/Numbers.h"

namespace vitrina::abtest {
namespace {



stats::ConfidenceInterval around(double centre, double half) { return {centre - half, centre + half}; }

/// The lift from Fieller's interval of the ratio of two non-negative means (see the file comment of Effect.h).
void setFiellerLift(Effect& e, const stats::FiellerInput& input) {
    const stats::FiellerInterval f = stats::fiellerInterval(input);
    if (!f.bounded) return;
    e.liftDefined = true;
    e.lift = input.meanTreatment / input.meanControl - 1.0;
    e.liftInterval = {f.interval.lower - 1.0, f.interval.upper - 1.0};
}

} // namespace

bool isRate(Metric metric) { return metric == Metric::Conversion || metric == Metric::AddToCart; }

std::optional<MetricResult> compareMetric(const ExperimentData& data, std::size_t arm, Metric metric,
                                          std::size_t day, double alpha) {
    const ArmData& a = data.arms[0];
    const ArmData& b = data.arms[arm];
    MetricResult r;
    r.metric = metric;
    Effect& e = r.effect;
    e.level = 1.0 - alpha;
    e.liftInterval = {kNaN, kNaN};
    if (isRate(metric)) {
        const auto c = a.proportion(metric, day), t = b.proportion(metric, day);
        if (c.visitors < 2 || t.visitors < 2) return std::nullopt;
        const stats::TwoProportionTest z = stats::twoProportionTest(c, t, alpha);
        r.test = "score";
        r.control = z.rateControl;
        r.treatment = z.rateTreatment;
        r.controlCount = c.conversions;
        r.statistic = z.z;
        r.pValue = z.pValue;
        r.proportions = z;
        r.standardError = z.unpooledStandardError;
        stats::ScoreOptions so;
        so.alpha = alpha;
        e.difference = z.difference;
        e.differenceInterval = stats::scoreIntervalDifference(c, t, so);
        if (c.conversions > 0) {
            const stats::ConfidenceInterval ratio = stats::scoreIntervalRatio(c, t, so);
            e.liftDefined = true;
            e.lift = z.rateTreatment / z.rateControl - 1.0;
            e.liftInterval = {ratio.lower - 1.0, ratio.upper - 1.0};
        }
        return r;
    }
    if (metric == Metric::Ctr) {
        const auto& cs = a.days[day].cumCtr;
        const auto& ts = b.days[day].cumCtr;
        if (cs.units < 2 || ts.units < 2 || cs.denominator <= 0.0 || ts.denominator <= 0.0) return std::nullopt;
        const auto ec = stats::ratioEstimate(cs), et = stats::ratioEstimate(ts);
        const double se = std::sqrt(ec.variance + et.variance);
        r.test = "delta";
        r.control = ec.ratio;
        r.treatment = et.ratio;
        e.difference = et.ratio - ec.ratio;
        e.differenceInterval = around(e.difference, stats::twoSidedCriticalZ(alpha) * se);
        r.statistic = se > 0.0 ? e.difference / se : (e.difference == 0.0 ? 0.0 : std::copysign(INFINITY, e.difference));
        r.pValue = stats::twoSidedNormalP(r.statistic);
        r.standardError = se;
        setFiellerLift(e, {ec.ratio, ec.variance, et.ratio, et.variance, stats::twoSidedCriticalZ(alpha), true});
        return r;
    }
    const auto& cs = a.days[day].cumRevenueSummary;
    const auto& ts = b.days[day].cumRevenueSummary;
    if (cs.n < 2 || ts.n < 2) return std::nullopt;
    const stats::WelchTest w = stats::welchTest(cs, ts, alpha);
    r.test = "welch";
    r.control = w.meanControl;
    r.treatment = w.meanTreatment;
    r.statistic = w.t;
    r.pValue = w.pValue;
    r.welch = w;
    r.standardError = w.standardError;
    e.difference = w.difference;
    e.differenceInterval = w.interval;
    setFiellerLift(e, {cs.mean, cs.variance / static_cast<double>(cs.n), ts.mean,
                       ts.variance / static_cast<double>(ts.n),
                       stats::studentQuantile(1.0 - alpha / 2.0, w.degreesOfFreedom), true});
    return r;
}

ArmValue armValue(const ArmData& arm, Metric metric, std::size_t day, double alpha) {
    ArmValue v;
    const double z = stats::twoSidedCriticalZ(alpha);
    if (isRate(metric)) {
        const auto p = arm.proportion(metric, day);
        if (p.visitors < 1) return v;
        v.value = p.rate();
        v.standardError = std::sqrt(v.value * (1.0 - v.value) / static_cast<double>(p.visitors));
        v.interval = stats::wilsonInterval(p, alpha);
        return v;
    }
    if (metric == Metric::Ctr) {
        const auto& s = arm.days[day].cumCtr;
        if (s.units < 2 || s.denominator <= 0.0) return v;
        const auto e = stats::ratioEstimate(s);
        v.value = e.ratio;
        v.standardError = e.standardError;
    } else {
        const auto& s = arm.days[day].cumRevenueSummary;
        if (s.n < 1) return v;
        v.value = s.mean;
        v.standardError = std::sqrt(s.variance / static_cast<double>(s.n));
    }
    v.interval = around(v.value, z * v.standardError);
    v.interval.lower = std::max(0.0, v.interval.lower); // both metrics are non-negative
    return v;
}

} // namespace vitrina::abtest

#include "abtest/Analysis.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include "stats/Checks.h"
#include "stats/MultipleTesting.h"
#include "stats/Paired.h"
#include "stats/Power.h"

namespace vitrina::abtest {

using util::MessageCode;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const stats::ConfidenceInterval kNoInterval{kNaN, kNaN};

/// Runs f; a util::Error (degenerate data such as a zero baseline) gives nullopt.
template <class F> auto attempt(F&& f) -> std::optional<decltype(f())> {
    try {
        return f();
    } catch (const util::Error&) {
        return std::nullopt;
    }
}

double criticalZ(double alpha) { return stats::normalQuantile(1.0 - alpha / 2.0); }

stats::ConfidenceInterval around(double center, double half) { return {center - half, center + half}; }

std::string percentText(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.2f %%", x * 100.0);
    return buffer;
}

std::string pText(double p) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3g", p);
    return buffer;
}

/// Comparison of one metric on the cumulative data after `day` (nullopt while an arm lacks data).
std::optional<MetricResult> compare(const ExperimentData& data, std::size_t arm, Metric metric, std::size_t day,
                                    double alpha) {
    const ArmData& a = data.arms[0];
    const ArmData& b = data.arms[arm];
    MetricResult r;
    r.metric = metric;
    if (metric == Metric::Conversion || metric == Metric::AddToCart) {
        const auto c = a.proportion(metric, day), t = b.proportion(metric, day);
        if (c.visitors < 2 || t.visitors < 2) return std::nullopt;
        const auto z = stats::twoProportionTest(c, t, alpha);
        r.test = "z";
        r.control = z.rateControl;
        r.treatment = z.rateTreatment;
        r.difference = z.difference;
        r.differenceInterval = z.interval;
        r.statistic = z.z;
        r.pValue = z.pValue;
        r.proportions = z;
        if (auto lift = attempt([&] { return stats::relativeLift(c, t, alpha); }); lift && c.conversions > 0) {
            r.lift = *lift;
            r.liftDefined = true;
        }
    } else if (metric == Metric::Ctr) {
        const auto& c = a.days[day].cumCtr;
        const auto& t = b.days[day].cumCtr;
        if (c.units < 2 || t.units < 2 || c.denominator <= 0.0 || t.denominator <= 0.0) return std::nullopt;
        const auto ec = stats::ratioEstimate(c), et = stats::ratioEstimate(t);
        r.test = "delta";
        r.control = ec.ratio;
        r.treatment = et.ratio;
        r.difference = et.ratio - ec.ratio;
        const double se = std::sqrt(ec.variance + et.variance);
        r.differenceInterval = around(r.difference, criticalZ(alpha) * se);
        r.statistic = se > 0.0 ? r.difference / se : (r.difference == 0.0 ? 0.0 : std::copysign(INFINITY, r.difference));
        r.pValue = stats::twoSidedNormalP(r.statistic);
        if (auto ratio = attempt([&] { return stats::ratioTest(c, t, alpha); })) {
            r.ratio = *ratio;
            r.lift = ratio->lift;
            r.liftDefined = true;
        }
    } else {
        const auto& c = a.days[day].cumRevenueSummary;
        const auto& t = b.days[day].cumRevenueSummary;
        if (c.n < 2 || t.n < 2) return std::nullopt;
        const auto w = stats::welchTest(c, t, alpha);
        r.test = "welch";
        r.control = w.meanControl;
        r.treatment = w.meanTreatment;
        r.difference = w.difference;
        r.differenceInterval = w.interval;
        r.statistic = w.t;
        r.pValue = w.pValue;
        r.welch = w;
        if (c.mean > 0.0)
            if (auto lift = attempt([&] { return stats::relativeLift(c, t, alpha); })) {
                r.lift = *lift;
                r.liftDefined = true;
            }
    }
    return r;
}

/// Per-arm value and its standard error on the cumulative data after `day`.
std::pair<double, double> valueAndError(const ArmData& arm, Metric metric, std::size_t day) {
    if (metric == Metric::Conversion || metric == Metric::AddToCart) {
        const auto p = arm.proportion(metric, day);
        if (p.visitors < 1) return {kNaN, kNaN};
        const double rate = p.rate();
        return {rate, std::sqrt(rate * (1.0 - rate) / static_cast<double>(p.visitors))};
    }
    if (metric == Metric::Ctr) {
        const auto& s = arm.days[day].cumCtr;
        if (s.units < 2 || s.denominator <= 0.0) return {kNaN, kNaN};
        const auto e = stats::ratioEstimate(s);
        return {e.ratio, e.standardError};
    }
    const auto& s = arm.days[day].cumRevenueSummary;
    if (s.n < 1) return {kNaN, kNaN};
    return {s.mean, std::sqrt(s.variance / static_cast<double>(s.n))};
}

bool isRate(Metric metric) { return metric == Metric::Conversion || metric == Metric::AddToCart; }

double planTau2(const ExperimentData& data, std::size_t arm, const AnalysisOptions& o) {
    if (o.tau2 > 0.0) return o.tau2;
    const std::size_t lastDay = static_cast<std::size_t>(data.dayCount - 1);
    if (isRate(o.metric)) {
        const auto c = data.arms[0].proportion(o.metric, lastDay), t = data.arms[arm].proportion(o.metric, lastDay);
        const double n = o.plannedVisitorsPerArm > 0.0 ? o.plannedVisitorsPerArm
                                                       : 0.5 * static_cast<double>(c.visitors + t.visitors);
        double rate = o.plannedRate;
        if (rate <= 0.0 && c.visitors + t.visitors > 0)
            rate = static_cast<double>(c.conversions + t.conversions) / static_cast<double>(c.visitors + t.visitors);
        if (!(rate > 0.0 && rate < 1.0) || !(n > 0.0)) return 0.0;
        return stats::mixingVarianceForHorizon(stats::plannedProportionEffectVariance(rate, n), o.alpha);
    }
    const auto [vc, ec] = valueAndError(data.arms[0], o.metric, lastDay);
    const auto [vt, et] = valueAndError(data.arms[arm], o.metric, lastDay);
    const double v = ec * ec + et * et;
    return std::isfinite(v) && v > 0.0 ? stats::mixingVarianceForHorizon(v, o.alpha) : 0.0;
}

double detectableLift(const MetricResult& m, std::size_t n, const AnalysisOptions& o) {
    if (m.control <= 0.0) return kNaN;
    if (isRate(m.metric)) {
        if (m.control >= 1.0) return kNaN;
        const auto delta = attempt([&] { return stats::minimumDetectableEffect(m.control, static_cast<double>(n), o.alpha, o.power); });
        return delta ? *delta / m.control : kNaN;
    }
    const double se = (m.differenceInterval.upper - m.differenceInterval.lower) / (2.0 * criticalZ(o.alpha));
    return (criticalZ(o.alpha) + stats::normalQuantile(o.power)) * se / m.control;
}

} // namespace

std::string verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::Better: return "better";
    case Verdict::Worse: return "worse";
    case Verdict::Inconclusive: return "inconclusive";
    case Verdict::SampleRatioMismatch: return "srm";
    }
    return "?";
}

void requireAnalysisOptions(const AnalysisOptions& o, const ExperimentData& data) {
    stats::requireOpenUnit("alpha", o.alpha);
    stats::requireOpenUnit("power", o.power);
    if (!data.hasMetric(o.metric))
        util::failParameter("metric", MessageCode::AbMetricUnavailable,
                            {metricName(o.metric), data.mode == Mode::Parametric
                                                       ? "the parametric simulator models conversions only"
                                                       : "property 790 (the price) is not loaded"});
    if (!(o.tau2 >= 0.0) || !std::isfinite(o.tau2))
        util::failParameter("tau2", MessageCode::ParameterOutOfRange, {"tau2", stats::numberText(o.tau2), ">= 0"});
    if (!(o.plannedRate >= 0.0 && o.plannedRate < 1.0))
        util::failParameter("planned_rate", MessageCode::ParameterOutOfRange,
                            {"planned_rate", stats::numberText(o.plannedRate), "[0, 1)"});
    if (!(o.plannedVisitorsPerArm >= 0.0) || !std::isfinite(o.plannedVisitorsPerArm))
        util::failParameter("planned_visitors", MessageCode::ParameterOutOfRange,
                            {"planned_visitors", stats::numberText(o.plannedVisitorsPerArm), ">= 0"});
    if (data.arms.size() < 2 || data.dayCount < 1)
        util::failParameter("arms", MessageCode::ParameterOutOfRange,
                            {"arms", std::to_string(data.arms.size()), "at least 2 arms and 1 day"});
    for (const auto& arm : data.arms)
        if (arm.days.empty() || arm.last().cumVisitors < 2) util::fail(MessageCode::AbEmptyArm, {arm.name});
}

std::vector<DayPoint> dailySeries(const ExperimentData& data, std::size_t arm, const AnalysisOptions& o, double& tau2) {
    tau2 = planTau2(data, arm, o);
    const double z = criticalZ(o.alpha);
    std::vector<DayPoint> points(static_cast<std::size_t>(data.dayCount));
    std::vector<stats::EffectLook> looks(points.size());
    for (std::size_t d = 0; d < points.size(); ++d) {
        DayPoint& p = points[d];
        p.day = static_cast<int>(d);
        const auto [vc, ec] = valueAndError(data.arms[0], o.metric, d);
        const auto [vt, et] = valueAndError(data.arms[arm], o.metric, d);
        p.control = vc;
        p.treatment = vt;
        p.controlInterval = std::isfinite(ec) ? around(vc, z * ec) : kNoInterval;
        p.treatmentInterval = std::isfinite(et) ? around(vt, z * et) : kNoInterval;
        p.lift = kNaN;
        p.liftInterval = kNoInterval;
        p.difference = kNaN;
        if (const auto m = compare(data, arm, o.metric, d, o.alpha)) {
            p.difference = m->difference;
            p.fixedP = m->pValue;
            if (m->liftDefined) {
                p.lift = m->lift.lift;
                p.liftInterval = m->lift.interval;
            }
            const double v = ec * ec + et * et; // plug-in variance of the difference
            if (std::isfinite(v) && v > 0.0) looks[d] = {m->difference, v};
        }
    }
    if (tau2 > 0.0) {
        stats::MsprtOptions mo;
        mo.alpha = o.alpha;
        mo.tau2 = tau2;
        const auto seq = stats::msprtSequence(looks, mo);
        for (std::size_t d = 0; d < points.size(); ++d) {
            points[d].alwaysValidP = seq[d].alwaysValidP;
            points[d].sequentialInterval = seq[d].interval;
        }
    } else {
        for (auto& p : points) p.sequentialInterval = kNoInterval;
    }
    return points;
}

util::Result<Analysis> analyse(const ExperimentData& data, const AnalysisOptions& o, const util::Progress& progress) {
    return util::capture<Analysis>([&](std::vector<util::Message>&) {
        requireAnalysisOptions(o, data);
        Analysis result;
        result.options = o;
        const std::size_t lastDay = static_cast<std::size_t>(data.dayCount - 1);
        std::vector<std::int64_t> observed;
        std::vector<double> weights;
        for (const auto& arm : data.arms) {
            observed.push_back(arm.last().cumVisitors);
            weights.push_back(arm.plannedShare);
        }
        result.srm = stats::sampleRatioMismatch(observed, weights);

        std::vector<Metric> metrics{o.metric};
        for (int m = 0; m < kMetricCount; ++m)
            if (static_cast<Metric>(m) != o.metric && data.hasMetric(static_cast<Metric>(m)))
                metrics.push_back(static_cast<Metric>(m));
        std::vector<double> primaryP, allP;
        // The resampling and the Bayesian sums poll this for Ctrl-C / Cancel; their own fractions would jump
        // the overall progress back and forth, so it carries the token only.
        const util::Progress cancelOnly({}, progress.token());
        for (std::size_t arm = 1; arm < data.arms.size(); ++arm) {
            progress.check();
            Comparison c;
            c.arm = arm;
            for (const Metric m : metrics) {
                auto r = compare(data, arm, m, lastDay, o.alpha);
                if (!r) util::fail(MessageCode::AbEmptyArm, {data.arms[arm].name});
                allP.push_back(r->pValue);
                c.metrics.push_back(std::move(*r));
            }
            primaryP.push_back(c.metrics[0].pValue);
            c.series = dailySeries(data, arm, o, c.tau2);
            const auto& ca = data.arms[0];
            const auto& ta = data.arms[arm];
            stats::BootstrapOptions bo;
            bo.resamples = o.bootstrapResamples;
            bo.alpha = o.alpha;
            bo.seed = util::hash64(arm, o.seed);
            bo.threads = o.threads;
            bo.keepDistribution = o.keepBootstrapDistribution;
            if (o.bootstrapResamples > 0 && isRate(o.metric)) {
                const auto pc = ca.proportion(o.metric, lastDay), pt = ta.proportion(o.metric, lastDay);
                c.bootstrap = stats::bootstrapTwoSamples(stats::bernoulliSample(pc.conversions, pc.visitors),
                                                         stats::bernoulliSample(pt.conversions, pt.visitors), bo,
                                                         cancelOnly);
            } else if (o.bootstrapResamples > 0 && o.metric == Metric::Revenue) {
                c.bootstrap = stats::bootstrapTwoSamples(stats::distinctValues(ca.revenuePerVisitor, "revenue"),
                                                         stats::distinctValues(ta.revenuePerVisitor, "revenue"), bo,
                                                         cancelOnly);
            }
            if (isRate(o.metric)) {
                stats::BayesianOptions bay;
                bay.monteCarloDraws = o.bayesianDraws;
                bay.seed = util::hash64(arm + 1000, o.seed);
                bay.threads = o.threads;
                bay.progress = cancelOnly;
                c.bayesian = stats::betaBinomial(ca.proportion(o.metric, lastDay), ta.proportion(o.metric, lastDay), bay);
            }
            const std::size_t n = static_cast<std::size_t>((ca.last().cumVisitors + ta.last().cumVisitors) / 2);
            c.detectableLift = detectableLift(c.metrics[0], n, o);
            result.comparisons.push_back(std::move(c));
            progress.set(static_cast<double>(arm) / static_cast<double>(data.arms.size() - 1), "abtest.analysis");
        }
        const auto holmPrimary = stats::holmAdjusted(primaryP);
        const auto holmAll = stats::holmAdjusted(allP);
        const auto bhAll = stats::benjaminiHochbergAdjusted(allP);
        std::size_t k = 0;
        double bestLift = -INFINITY;
        bool anyBetter = false, allWorse = true;
        for (std::size_t i = 0; i < result.comparisons.size(); ++i) {
            Comparison& c = result.comparisons[i];
            c.primaryAdjustedP = holmPrimary[i];
            for (auto& m : c.metrics) {
                m.holmAll = holmAll[k];
                m.bhAll = bhAll[k++];
            }
            const MetricResult& m = c.metrics[0];
            const std::string& name = data.arms[c.arm].name;
            const std::string& control = data.arms[0].name;
            const bool significant = c.primaryAdjustedP <= o.alpha;
            if (result.srm.mismatch) c.verdict = Verdict::SampleRatioMismatch;
            else if (significant && m.difference > 0.0) c.verdict = Verdict::Better;
            else if (significant && m.difference < 0.0) c.verdict = Verdict::Worse;
            else c.verdict = Verdict::Inconclusive;
            const std::string lift = m.liftDefined ? percentText(m.lift.lift) : "n/a";
            const std::string lo = m.liftDefined ? percentText(m.lift.interval.lower) : "n/a";
            const std::string hi = m.liftDefined ? percentText(m.lift.interval.upper) : "n/a";
            if (c.verdict == Verdict::Inconclusive || c.verdict == Verdict::SampleRatioMismatch)
                c.verdictMessage = util::makeMessage(
                    MessageCode::AbVerdictInconclusive,
                    {name, control, metricName(o.metric), pText(c.primaryAdjustedP),
                     std::isfinite(c.detectableLift) ? percentText(c.detectableLift) : "n/a"},
                    util::Severity::Info);
            else
                c.verdictMessage = util::makeMessage(c.verdict == Verdict::Better ? MessageCode::AbVerdictBetter
                                                                                  : MessageCode::AbVerdictWorse,
                                                     {name, control, metricName(o.metric), lift, lo, hi,
                                                      pText(c.primaryAdjustedP)},
                                                     util::Severity::Info);
            if (c.verdict == Verdict::Better && m.lift.lift > bestLift) {
                bestLift = m.lift.lift;
                result.bestArm = c.arm;
            }
            anyBetter = anyBetter || c.verdict == Verdict::Better;
            allWorse = allWorse && c.verdict == Verdict::Worse;
        }
        if (result.srm.mismatch) {
            result.overall = Verdict::SampleRatioMismatch;
            result.messages.push_back(util::makeMessage(MessageCode::AbVerdictSampleRatioMismatch,
                                                        {pText(result.srm.pValue)}, util::Severity::Warning));
        } else {
            result.overall = anyBetter ? Verdict::Better : allWorse ? Verdict::Worse : Verdict::Inconclusive;
        }
        for (const auto& c : result.comparisons) result.messages.push_back(c.verdictMessage);
        progress.set(1.0, "abtest.analysis");
        return result;
    });
}

} // namespace vitrina::abtest

#include "abtest/Analysis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "stats/Checks.h"
#include "stats/MultipleTesting.h"
#include "stats/Paired.h"
#include "stats/Power.h"
#include "util/Precision.h"
#include "util/Numbers.h"

namespace vitrina::abtest {

using util::MessageCode;

namespace {

const stats::ConfidenceInterval kNoInterval{kNaN, kNaN};

/// Runs f; a util::Error (degenerate data such as a zero baseline) gives nullopt.
template <class F> auto attempt(F&& f) -> std::optional<decltype(f())> {
    try {
        return f();
    } catch (const util::Error&) {
        return std::nullopt;
    }
}


/// A level as English text: "95 %", "97.5 %".
std::string levelText(double level) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g %%", 100.0 * level);
    return buffer;
}

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
    const ArmValue c = armValue(data.arms[0], o.metric, lastDay, o.alpha);
    const ArmValue t = armValue(data.arms[arm], o.metric, lastDay, o.alpha);
    const double v = c.standardError * c.standardError + t.standardError * t.standardError;
    return std::isfinite(v) && v > 0.0 ? stats::mixingVarianceForHorizon(v, o.alpha) : 0.0;
}

/// Relative lift detectable with `power` for CTR and revenue: (z_{1-a/2} + z_power) SE / control.
double detectableLiftOfMeans(const MetricResult& m, double alpha, double power) {
    if (!(m.control > 0.0)) return kNaN;
    return (stats::twoSidedCriticalZ(alpha) + stats::normalQuantile(power)) * m.standardError / m.control;
}

/// The verdict's words: lift and its interval when the lift is defined, else the difference.
util::Message verdictMessage(const Comparison& c, const ExperimentData& data, const AnalysisOptions& o) {
    const Decision& d = c.decision;
    const Effect& e = d.effect;
    const bool rate = isRate(o.metric);
    const double scale = rate || e.liftDefined ? 100.0 : 1.0;
    const double value = e.liftDefined ? e.lift : e.difference;
    const stats::ConfidenceInterval ci = e.liftDefined ? e.liftInterval : e.differenceInterval;
    const int decimals = util::displayDecimals(scale * value, 0.5 * scale * (ci.upper - ci.lower));
    const std::string unit = e.liftDefined ? " %" : rate ? " pp" : "";
    const auto text = [&](double x) { return util::fixedText(scale * x, decimals, true) + unit; };
    std::vector<std::string> args{data.arms[c.arm].name, data.arms[0].name, metricName(o.metric), text(value),
                                  levelText(d.level), text(ci.lower), text(ci.upper),
                                  util::pValueText(d.adjustedP, o.alpha)};
    MessageCode code{};
    if (c.verdict == Verdict::Better) code = e.liftDefined ? MessageCode::AbVerdictBetter : MessageCode::AbVerdictBetterByDifference;
    else if (c.verdict == Verdict::Worse) code = e.liftDefined ? MessageCode::AbVerdictWorse : MessageCode::AbVerdictWorseByDifference;
    else if (c.verdict == Verdict::SampleRatioMismatch)
        code = e.liftDefined ? MessageCode::AbVerdictUntrusted : MessageCode::AbVerdictUntrustedByDifference;
    else {
        code = e.liftDefined ? MessageCode::AbVerdictInconclusive : MessageCode::AbVerdictInconclusiveByDifference;
        const double mde = 100.0 * c.detectableLift;
        args.push_back(std::isfinite(mde) ? util::fixedText(mde, util::displayDecimals(mde, 0.0), true) + " %" : "n/a");
        args.push_back(levelText(o.power));
    }
    return util::makeMessage(code, std::move(args), util::Severity::Info);
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

double comparisonAlpha(const ExperimentData& data, const AnalysisOptions& o) {
    return o.alpha / static_cast<double>(std::max<std::size_t>(1, data.arms.size() - 1));
}

std::optional<PowerPlan> powerPlan(const ExperimentData& data, std::size_t arm, const AnalysisOptions& o) {
    if (!isRate(o.metric)) return std::nullopt;
    const std::size_t lastDay = static_cast<std::size_t>(data.dayCount - 1);
    const auto c = data.arms[0].proportion(o.metric, lastDay), t = data.arms[arm].proportion(o.metric, lastDay);
    PowerPlan plan;
    plan.baselineRate = c.rate();
    if (!(plan.baselineRate > 0.0 && plan.baselineRate < 1.0)) return std::nullopt;
    plan.visitorsPerArm = static_cast<double>((c.visitors + t.visitors) / 2);
    plan.alpha = comparisonAlpha(data, o);
    plan.power = o.power;
    return plan;
}

double detectableLift(const PowerPlan& plan) {
    const auto delta = attempt([&] {
        return stats::minimumDetectableEffect(plan.baselineRate, plan.visitorsPerArm, plan.alpha, plan.power);
    });
    return delta ? *delta / plan.baselineRate : kNaN;
}

std::vector<DayPoint> dailySeries(const ExperimentData& data, std::size_t arm, const AnalysisOptions& o, double& tau2,
                                  const SeriesOptions& seriesOptions) {
    tau2 = planTau2(data, arm, o);
    const double verdictAlpha = comparisonAlpha(data, o);
    std::vector<DayPoint> points(static_cast<std::size_t>(data.dayCount));
    std::vector<stats::EffectLook> looks(points.size());
    for (std::size_t d = 0; d < points.size(); ++d) {
        DayPoint& p = points[d];
        p.day = static_cast<int>(d);
        const ArmValue c = armValue(data.arms[0], o.metric, d, o.alpha);
        const ArmValue t = armValue(data.arms[arm], o.metric, d, o.alpha);
        p.control = c.value;
        p.treatment = t.value;
        p.controlInterval = c.interval;
        p.treatmentInterval = t.interval;
        p.effect.level = 1.0 - verdictAlpha;
        p.effect.difference = kNaN;
        p.effect.differenceInterval = kNoInterval;
        p.effect.liftInterval = kNoInterval;
        if (const auto m = compareMetric(data, arm, o.metric, d, verdictAlpha)) {
            p.fixedP = m->pValue;
            if (seriesOptions.effects) p.effect = m->effect;
            else p.effect.difference = m->effect.difference;
            // The mSPRT's plug-in variance of the difference: the arms' own standard errors.
            const double v = c.standardError * c.standardError + t.standardError * t.standardError;
            if (std::isfinite(v) && v > 0.0) looks[d] = {m->effect.difference, v};
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
        const std::size_t family = data.arms.size() - 1;
        const double verdictAlpha = comparisonAlpha(data, o);
        std::vector<double> allP;
        // The resampling and the Bayesian sums poll this for Ctrl-C / Cancel; their own fractions would jump
        // the overall progress back and forth, so it carries the token only.
        const util::Progress cancelOnly({}, progress.token());
        for (std::size_t arm = 1; arm < data.arms.size(); ++arm) {
            progress.check();
            Comparison c;
            c.arm = arm;
            for (const Metric m : metrics) {
                auto r = compareMetric(data, arm, m, lastDay, o.alpha);
                if (!r) util::fail(MessageCode::AbEmptyArm, {data.arms[arm].name});
                allP.push_back(r->pValue);
                c.metrics.push_back(std::move(*r));
            }
            // The verdict's analysis: the primary test again, its intervals at the Bonferroni level.
            const MetricResult primary = *compareMetric(data, arm, o.metric, lastDay, verdictAlpha);
            Decision& decision = c.decision;
            decision.family = family;
            decision.level = 1.0 - verdictAlpha;
            decision.pValue = primary.pValue;
            decision.adjustedP = std::min(1.0, static_cast<double>(family) * primary.pValue);
            decision.effect = primary.effect;
            decision.significant = decision.adjustedP <= o.alpha;
            c.series = dailySeries(data, arm, o, c.tau2);
            const auto& ca = data.arms[0];
            const auto& ta = data.arms[arm];
            stats::BootstrapOptions bo;
            bo.resamples = o.bootstrapResamples;
            bo.alpha = verdictAlpha; // a check of the verdict at its own level
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
            if (const auto plan = powerPlan(data, arm, o)) c.detectableLift = detectableLift(*plan);
            else c.detectableLift = isRate(o.metric) ? kNaN : detectableLiftOfMeans(primary, verdictAlpha, o.power);
            if (!decision.effect.liftDefined)
                c.liftNote = util::makeMessage(isRate(o.metric) ? MessageCode::AbLiftNoControlConversions
                                                                : MessageCode::AbLiftControlNearZero,
                                               {ca.name, metricName(o.metric)}, util::Severity::Info);
            result.comparisons.push_back(std::move(c));
            progress.set(static_cast<double>(arm) / static_cast<double>(data.arms.size() - 1), "abtest.analysis");
        }
        const auto holmAll = stats::holmAdjusted(allP);
        const auto bhAll = stats::benjaminiHochbergAdjusted(allP);
        std::size_t k = 0;
        double bestLift = -INFINITY;
        bool anyBetter = false, allWorse = true;
        for (Comparison& c : result.comparisons) {
            for (auto& m : c.metrics) {
                m.holmAll = holmAll[k];
                m.bhAll = bhAll[k++];
            }
            const Effect& e = c.decision.effect;
            if (result.srm.mismatch) c.verdict = Verdict::SampleRatioMismatch;
            else if (c.decision.significant && e.difference > 0.0) c.verdict = Verdict::Better;
            else if (c.decision.significant && e.difference < 0.0) c.verdict = Verdict::Worse;
            else c.verdict = Verdict::Inconclusive;
            c.verdictMessage = verdictMessage(c, data, o);
            // The best arm by its relative lift, or by its difference when a lift is undefined.
            const double score = e.liftDefined ? e.lift : e.difference;
            if (c.verdict == Verdict::Better && score > bestLift) {
                bestLift = score;
                result.bestArm = c.arm;
            }
            anyBetter = anyBetter || c.verdict == Verdict::Better;
            allWorse = allWorse && c.verdict == Verdict::Worse;
        }
        if (result.srm.mismatch) {
            result.overall = Verdict::SampleRatioMismatch;
            result.messages.push_back(util::makeMessage(MessageCode::AbVerdictSampleRatioMismatch,
                                                        {util::pValueText(result.srm.pValue, 0.001)},
                                                        util::Severity::Warning));
        } else {
            result.overall = anyBetter ? Verdict::Better : allWorse ? Verdict::Worse : Verdict::Inconclusive;
        }
        if (family > 1)
            result.messages.push_back(util::makeMessage(MessageCode::AbVerdictBonferroni,
                                                        {std::to_string(family), levelText(1.0 - verdictAlpha)},
                                                        util::Severity::Info));
        for (const auto& c : result.comparisons) {
            result.messages.push_back(c.verdictMessage);
            if (c.liftNote) result.messages.push_back(*c.liftNote);
        }
        progress.set(1.0, "abtest.analysis");
        return result;
    });
}

} // namespace vitrina::abtest

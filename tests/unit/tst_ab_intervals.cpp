// Intervals that agree with their test (stats/ScoreIntervals.h, abtest/Effect.h) and the A/B verdict built on
// them (abtest/Analysis.h), plus the display precision rule (util/Precision.h); core/abtest/README.md
// explains them and lists the vectors A7 (score), A8 (Fieller) and A9 (Wilson).
// Expected values, computed once with /usr/bin/python3 (Debian 12: scipy 1.10.1, statsmodels 0.13.5):
// - "ztest": statsmodels proportions_ztest([x_B, x_A], [n_B, n_A]) (pooled);
// - "sm ratio": statsmodels confint_proportions_2indep(x_B, n_B, x_A, n_A, method='score', compare='ratio',
//   correction=False or True as noted, alpha);
// - "diff root": the score interval of p_B - p_A computed independently: the restricted rate by
//   scipy.optimize.brentq on the profile likelihood's score equation (or its boundary), the bounds by brentq on
//   z(delta) = +-z_{1-alpha/2}. (statsmodels 0.13.5's difference branch forces the N/(N-1) factor and its cubic
//   misses the restricted maximum: at 200/10000 vs 250/10000 and delta 0.00914 its root has a likelihood slope
//   of 31 instead of 0; so it is not used as a reference);
// - "wilson": statsmodels proportion_confint(x, n, method='wilson');
// - "fieller root": brentq on (b - rho a) / sqrt(v_b + rho^2 v_a) = +-c; "ttest": scipy ttest_ind(equal_var=False).
#include <QTest>

#include <cmath>
#include <functional>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum)
#include "abtest/Analysis.h"
#include "abtest/Effect.h"
#include "stats/Significance.h"
#include "stats/ScoreIntervals.h"
#include "util/Message.h"
#include "util/Precision.h"
#include "util/Random.h"
#endif

using namespace vitrina;

namespace {

bool relativelyClose(double actual, double expected, double tolerance) {
    return std::fabs(actual - expected) <= tolerance * std::max(1e-300, std::fabs(expected));
}
#define CHECK_REL(actual, expected, tol)                                                                           \
    QVERIFY2(relativelyClose((actual), (expected), (tol)),                                                         \
             qPrintable(QString("%1 = %2, expected %3").arg(#actual).arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))

std::string failedParameter(const std::function<void()>& body) {
    try {
        body();
    } catch (const util::Error& e) {
        return e.message().parameter;
    }
    return {};
}

struct ScoreCase {
    stats::ProportionArm control, treatment;
    double alpha;
    double diffLower, diffUpper;   // diff root
    double ratioLower, ratioUpper; // sm ratio, correction=False (upper inf: the control has no conversion)
};

const ScoreCase kScoreCases[] = {
    {{200, 10000}, {250, 10000}, 0.05, 0.0008929085277895349, 0.009144650098810134, 1.0403550954943486, 1.5019560273881623},
    {{2, 1315}, {9, 1310}, 0.05, 0.000493937909101795, 0.01165776322432216, 1.103431700042728, 18.517701095700343},
    {{48, 1200}, {75, 1500}, 0.05, -0.006016320773958789, 0.025675937128165998, 0.879152458695901, 1.778944041273541},
    {{5, 400}, {0, 380}, 0.05, -0.02892373619596748, -0.0024311996835898815, 0.0, 0.8041169306975294},
    {{0, 500}, {7, 520}, 0.05, 0.005787035570209274, 0.02752315118254602, NAN, INFINITY},
    {{3, 20}, {9, 25}, 0.05, -0.05364487049769959, 0.44081528968433853, 0.8311705448188705, 7.550640565193577},
    {{200, 10000}, {250, 10000}, 0.025, 0.000300630882316362, 0.009748346835012777, 1.013383480245355, 1.5419514992348484},
    {{2, 1315}, {9, 1310}, 0.025, -0.0003876589406005231, 0.01284965571860239, 0.9312135166712511, 21.94873672779423},
    {{48, 1200}, {75, 1500}, 0.025, -0.008417139649424614, 0.02796951665139309, 0.8364163758570089, 1.8703542471268744},
    {{5, 400}, {0, 380}, 0.025, -0.0323192092961812, 0.0006277317142309525, 0.0, 1.050709426309835},
    {{0, 500}, {7, 520}, 0.025, 0.0034481918941456657, 0.030313578654582417, NAN, INFINITY},
    {{3, 20}, {9, 25}, 0.025, -0.09407401716250073, 0.4709903775311032, 0.7282049312274201, 8.762369823597615},
};

/// One-day experiment data with the given (conversions, visitors) per arm, control first; the planned shares
/// are the observed ones (no sample ratio mismatch).
abtest::ExperimentData oneDay(const std::vector<stats::ProportionArm>& arms) {
    abtest::ExperimentData data;
    data.mode = abtest::Mode::Parametric;
    data.dayCount = 1;
    double total = 0.0;
    for (const auto& a : arms) total += static_cast<double>(a.visitors);
    for (std::size_t k = 0; k < arms.size(); ++k) {
        abtest::ArmData arm;
        arm.name = k == 0 ? "control" : "arm" + std::to_string(k);
        arm.plannedShare = static_cast<double>(arms[k].visitors) / total;
        abtest::ArmDay day;
        day.visitors = day.cumVisitors = arms[k].visitors;
        day.converters = day.cumConverters = arms[k].conversions;
        arm.days.push_back(day);
        data.arms.push_back(std::move(arm));
    }
    return data;
}


} // namespace

class TestAbIntervals : public QObject {
    Q_OBJECT
private slots:
    void scoreIntervalsMatchTheReferences() {
        for (const ScoreCase& c : kScoreCases) {
            const QByteArray label = QStringLiteral("%1/%2 vs %3/%4 alpha %5")
                                         .arg(c.control.conversions).arg(c.control.visitors)
                                         .arg(c.treatment.conversions).arg(c.treatment.visitors).arg(c.alpha).toUtf8();
            stats::ScoreOptions o;
            o.alpha = c.alpha;
            const auto d = stats::scoreIntervalDifference(c.control, c.treatment, o);
            QVERIFY2(relativelyClose(d.lower, c.diffLower, 1e-9) && relativelyClose(d.upper, c.diffUpper, 1e-9),
                     label + qPrintable(QString(": difference [%1, %2]").arg(d.lower, 0, 'g', 17).arg(d.upper, 0, 'g', 17)));
            const auto r = stats::scoreIntervalRatio(c.control, c.treatment, o);
            if (std::isinf(c.ratioUpper)) {
                QVERIFY2(std::isinf(r.upper), label.constData());
                continue;
            }
            const bool lowerOk = c.ratioLower == 0.0 ? r.lower == 0.0 : relativelyClose(r.lower, c.ratioLower, 1e-8);
            QVERIFY2(lowerOk && relativelyClose(r.upper, c.ratioUpper, 1e-8),
                     label + qPrintable(QString(": ratio [%1, %2]").arg(r.lower, 0, 'g', 17).arg(r.upper, 0, 'g', 17)));
        }
    }

    void scoreStatisticsAtTheNullAreThePooledZ() {
        // ztest: 2.3839951328405053 for 200/10000 vs 250/10000; -2.1864686508821305 for 5/400 vs 0/380.
        const stats::ProportionArm a{200, 10000}, b{250, 10000};
        CHECK_REL(stats::scoreStatisticDifference(a, b, 0.0), 2.3839951328405053, 1e-13);
        CHECK_REL(stats::scoreStatisticRatio(a, b, 1.0), 2.3839951328405053, 1e-13);
        CHECK_REL(stats::scoreStatisticDifference({5, 400}, {0, 380}, 0.0), -2.1864686508821305, 1e-13);
        // Away from the null: sm score_test_proportions_2indep(..., value=1.5, compare='ratio', correction=False);
        // diff root at delta = 0.01 (restricted control rate 0.018030552117883687).
        CHECK_REL(stats::scoreStatisticRatio(a, b, 1.5), -1.9460172890076184, 1e-10);
        CHECK_REL(stats::scoreStatisticDifference(a, b, 0.01), -2.358325504401768, 1e-10);
        // With Miettinen-Nurminen's N/(N-1) factor, as statsmodels' default: sm ratio, correction=True.
        stats::ScoreOptions corrected;
        corrected.smallSampleCorrection = true;
        const auto rc = stats::scoreIntervalRatio(a, b, corrected);
        CHECK_REL(rc.lower, 1.0403503344932696, 1e-8);
        CHECK_REL(rc.upper, 1.5019629040764406, 1e-8);
        // Nothing to compare: both rates 0.
        const auto none = stats::scoreIntervalRatio({0, 100}, {0, 100});
        QVERIFY(std::isnan(none.lower) && std::isnan(none.upper));
        QCOMPARE(stats::scoreStatisticDifference({0, 100}, {0, 100}, 0.0), 0.0);
    }

    void wilsonAndFiellerMatchTheReferences() {
        // wilson
        auto w = stats::wilsonInterval({9, 1310});
        CHECK_REL(w.lower, 0.0036186281905747015, 1e-12);
        CHECK_REL(w.upper, 0.013005492378964222, 1e-12);
        w = stats::wilsonInterval({0, 500});
        QVERIFY(w.lower >= 0.0 && w.lower < 1e-15);
        CHECK_REL(w.upper, 0.007624340461552245, 1e-12);
        w = stats::wilsonInterval({250, 10000});
        CHECK_REL(w.lower, 0.02211756158552442, 1e-12);
        CHECK_REL(w.upper, 0.02824723686661834, 1e-12);
        w = stats::wilsonInterval({20, 20});
        CHECK_REL(w.lower, 0.8388748419471804, 1e-12);
        QVERIFY(w.upper <= 1.0);
        // fieller root, c = z_0.975
        auto f = stats::fiellerInterval({0.02, 4e-6, 0.03, 9e-6});
        QVERIFY(f.bounded);
        CHECK_REL(f.interval.lower, 1.1317155172800586, 1e-10);
        CHECK_REL(f.interval.upper, 1.9881321459721633, 1e-10);
        // The Welch data of tst_ab_stats (scipy ttest_ind) with Welch's critical value t_{10.7064, 0.975} = 2.2083704199001724.
        const double ma = 13.333333333333334, mb = 15.542857142857143;
        f = stats::fiellerInterval({ma, 1.7226666666666666 / 6.0, mb, 1.7328571428571429 / 7.0, 2.2083704199001724});
        CHECK_REL(f.interval.lower, 1.041858243136112, 1e-9);
        CHECK_REL(f.interval.upper, 1.3080788875103568, 1e-9);
        // A treatment indistinguishable from 0: the raw lower root (-0.31044809760909) is cut at 0.
        f = stats::fiellerInterval({0.5, 0.01, 0.05, 0.01});
        QCOMPARE(f.interval.lower, 0.0);
        CHECK_REL(f.interval.upper, 0.5467592854943045, 1e-10);
        stats::FiellerInput signedMeans{0.5, 0.01, 0.05, 0.01};
        signedMeans.nonNegative = false;
        CHECK_REL(stats::fiellerInterval(signedMeans).interval.lower, -0.31044809760909, 1e-9);
        // A control indistinguishable from 0: no bounded interval.
        QVERIFY(!stats::fiellerInterval({0.01, 0.0001, 0.5, 0.01}).bounded);
    }

    void intervalsAndTestNeverDisagreeOnRandomSmallCounts() {
        // 3,000 seeded draws of small arms (2-60 visitors, or up to 5,000 with rates below 2 %), three levels:
        // the pooled z-test rejects exactly when the score interval of the difference excludes 0, and, with a
        // control conversion, exactly when the ratio's excludes 1; the ratio never goes below 0.
        util::Rng rng(20261207);
        int rejections = 0, checkedRatios = 0;
        for (int i = 0; i < 3000; ++i) {
            const bool sparse = i % 2 == 1;
            const auto arm = [&] {
                const auto n = static_cast<std::int64_t>(sparse ? 50 + rng.below(4950) : 2 + rng.below(59));
                const double rate = sparse ? rng.uniform(0.0, 0.02) : rng.uniform();
                std::int64_t x = 0;
                for (std::int64_t v = 0; v < n; ++v) x += rng.bernoulli(rate) ? 1 : 0;
                return stats::ProportionArm{x, n};
            };
            const stats::ProportionArm a = arm(), b = arm();
            const double alpha = i % 3 == 0 ? 0.05 : i % 3 == 1 ? 0.025 : 0.01;
            stats::ScoreOptions o;
            o.alpha = alpha;
            const bool rejects = stats::twoProportionTest(a, b, alpha).pValue <= alpha;
            rejections += rejects ? 1 : 0;
            const auto d = stats::scoreIntervalDifference(a, b, o);
            const QString label = QString("%1/%2 vs %3/%4 alpha %5").arg(a.conversions).arg(a.visitors)
                                      .arg(b.conversions).arg(b.visitors).arg(alpha);
            QVERIFY2(excludesZero(d) == rejects, qPrintable(label + " difference"));
            QVERIFY2(d.contains(b.rate() - a.rate()), qPrintable(label + " estimate"));
            if (a.conversions > 0) {
                const auto r = stats::scoreIntervalRatio(a, b, o);
                QVERIFY2((r.lower > 1.0 || r.upper < 1.0) == rejects, qPrintable(label + " ratio"));
                QVERIFY2(r.lower >= 0.0 && r.contains(b.rate() / a.rate()), qPrintable(label + " ratio bounds"));
                ++checkedRatios;
            }
        }
        // The draws exercise both outcomes.
        QVERIFY2(rejections > 300 && rejections < 2700, qPrintable(QString::number(rejections)));
        QVERIFY(checkedRatios > 1500);
    }

    void fiellerAgreesWithItsWaldTest() {
        // Random means and variances: 1 lies outside Fieller's interval exactly when |b - a| / sqrt(v_a + v_b) > c.
        util::Rng rng(77);
        for (int i = 0; i < 2000; ++i) {
            stats::FiellerInput in;
            in.meanControl = rng.uniform(0.0, 2.0);
            in.meanTreatment = rng.uniform(0.0, 2.0);
            in.varianceControl = std::pow(rng.uniform(0.0, 0.6), 2);
            in.varianceTreatment = std::pow(rng.uniform(0.0, 0.6), 2);
            const auto f = stats::fiellerInterval(in);
            if (!f.bounded) {
                QVERIFY(in.meanControl * in.meanControl <= in.critical * in.critical * in.varianceControl);
                continue;
            }
            const double z = (in.meanTreatment - in.meanControl) / std::sqrt(in.varianceControl + in.varianceTreatment);
            QCOMPARE(f.interval.lower > 1.0 || f.interval.upper < 1.0, std::fabs(z) > in.critical);
            QVERIFY(f.interval.lower >= 0.0);
        }
    }

    void verdictAndItsIntervalNeverDisagree() {
        // Whole analyses of random one-day experiments with 2 or 3 arms (Bonferroni over the treatments): the
        // verdict is significant exactly when the shown interval of the difference excludes 0 and, when the
        // lift is defined, exactly when the lift's does; the lift never goes below -100 %; the words follow.
        util::Rng rng(4242);
        abtest::AnalysisOptions o;
        o.bootstrapResamples = 0;
        o.bayesianDraws = 0;
        o.threads = 1;
        int significant = 0, undefinedLifts = 0;
        for (int i = 0; i < 1500; ++i) {
            const std::size_t arms = i % 4 == 0 ? 3 : 2;
            std::vector<stats::ProportionArm> counts;
            for (std::size_t k = 0; k < arms; ++k) {
                const auto n = static_cast<std::int64_t>(20 + rng.below(2000));
                const double rate = rng.uniform(0.0, i % 2 == 0 ? 0.01 : 0.3);
                std::int64_t x = 0;
                for (std::int64_t v = 0; v < n; ++v) x += rng.bernoulli(rate) ? 1 : 0;
                counts.push_back({x, n});
            }
            const abtest::ExperimentData data = oneDay(counts);
            o.alpha = i % 3 == 0 ? 0.01 : 0.05;
            const auto a = abtest::analyse(data, o);
            QVERIFY2(a.ok(), a.error ? a.error->text().c_str() : "");
            for (const abtest::Comparison& c : a->comparisons) {
                const abtest::Decision& d = c.decision;
                const QString label = QString("run %1 arm %2").arg(i).arg(c.arm);
                QCOMPARE(d.family, arms - 1);
                QVERIFY2(d.significant == d.effect.excludesZero(), qPrintable(label));
                QVERIFY2(d.significant == (d.adjustedP <= o.alpha), qPrintable(label));
                if (d.effect.liftDefined) {
                    QVERIFY2((d.effect.liftInterval.lower > 0.0 || d.effect.liftInterval.upper < 0.0) == d.significant,
                             qPrintable(label + " lift"));
                    QVERIFY(d.effect.liftInterval.lower >= -1.0);
                } else {
                    ++undefinedLifts;
                    QVERIFY(c.liftNote.has_value());
                    QCOMPARE(c.liftNote->code, util::MessageCode::AbLiftNoControlConversions);
                }
                const bool claims = c.verdict == abtest::Verdict::Better || c.verdict == abtest::Verdict::Worse;
                if (c.verdict != abtest::Verdict::SampleRatioMismatch) QCOMPARE(claims, d.significant);
                if (c.verdict == abtest::Verdict::Better) QVERIFY(d.effect.differenceInterval.lower > 0.0);
                if (c.verdict == abtest::Verdict::Worse) QVERIFY(d.effect.differenceInterval.upper < 0.0);
                const auto code = c.verdictMessage.code;
                const bool liftWords = code == util::MessageCode::AbVerdictBetter || code == util::MessageCode::AbVerdictWorse ||
                                       code == util::MessageCode::AbVerdictInconclusive ||
                                       code == util::MessageCode::AbVerdictUntrusted;
                QCOMPARE(liftWords, d.effect.liftDefined);
                // The level printed is the Bonferroni level of the intervals.
                QCOMPARE(d.level, 1.0 - o.alpha / static_cast<double>(arms - 1));
                QCOMPARE(d.effect.level, d.level);
                significant += d.significant ? 1 : 0;
            }
        }
        QVERIFY2(significant > 100 && undefinedLifts > 20, qPrintable(QString("%1 %2").arg(significant).arg(undefinedLifts)));
    }

    void verdictWordsOfTheTourCase() {
        // 2 conversions of 1,315 against 9 of 1,310 (the defence tour's old replay): significant (ztest p =
        // 0.0339), the lift interval is the score interval (sm ratio: 1.1034 to 18.518), not -340 % to +1,043 %.
        const auto a = abtest::analyse(oneDay({{2, 1315}, {9, 1310}}), [] {
            abtest::AnalysisOptions o;
            o.bootstrapResamples = 0;
            o.bayesianDraws = 0;
            return o;
        }());
        QVERIFY(a.ok());
        const abtest::Comparison& c = a->comparisons.front();
        QCOMPARE(c.verdict, abtest::Verdict::Better);
        CHECK_REL(c.decision.pValue, 0.033892356882184296, 1e-10);
        CHECK_REL(c.decision.effect.liftInterval.lower, 0.103431700042728, 1e-7);
        CHECK_REL(c.decision.effect.liftInterval.upper, 17.517701095700343, 1e-8);
        QCOMPARE(c.verdictMessage.code, util::MessageCode::AbVerdictBetter);
        // Precision that fits: lift 351.7 % with a half-width of ~870 % -> tens of percent.
        QCOMPARE(c.verdictMessage.args[3], std::string("+350 %"));
        QCOMPARE(c.verdictMessage.args[4], std::string("95 %"));
        QCOMPARE(c.verdictMessage.args[5], std::string("+10 %"));
        QCOMPARE(c.verdictMessage.args[6], std::string("+1750 %"));
        QCOMPARE(c.verdictMessage.args[7], std::string("0.034"));
        // The control without a conversion: no lift, the difference and the reason instead.
        const auto z = abtest::analyse(oneDay({{0, 500}, {7, 520}}), [] {
            abtest::AnalysisOptions o;
            o.bootstrapResamples = 0;
            o.bayesianDraws = 0;
            return o;
        }());
        QVERIFY(z.ok());
        const abtest::Comparison& zc = z->comparisons.front();
        QVERIFY(!zc.decision.effect.liftDefined);
        QCOMPARE(zc.verdictMessage.code, util::MessageCode::AbVerdictBetterByDifference);
        QVERIFY(zc.liftNote && zc.liftNote->code == util::MessageCode::AbLiftNoControlConversions);
        CHECK_REL(zc.decision.effect.differenceInterval.lower, 0.005787035570209274, 1e-9); // diff root
        QCOMPARE(zc.verdictMessage.args[3], std::string("+1.3 pp"));
    }

    void aBrokenSplitIsNotInterpreted() {
        // The same counts under a planned 80/20 split: the SRM check fails, and the words neither claim a winner
        // nor call a significant test "no significant difference".
        abtest::ExperimentData data = oneDay({{20, 1315}, {45, 1310}});
        data.arms[0].plannedShare = 0.8;
        data.arms[1].plannedShare = 0.2;
        abtest::AnalysisOptions o;
        o.bootstrapResamples = 0;
        o.bayesianDraws = 0;
        const auto a = abtest::analyse(data, o);
        QVERIFY(a.ok());
        QCOMPARE(a->overall, abtest::Verdict::SampleRatioMismatch);
        const abtest::Comparison& c = a->comparisons.front();
        QVERIFY(c.decision.significant);
        QCOMPARE(c.verdictMessage.code, util::MessageCode::AbVerdictUntrusted);
        QCOMPARE(a->messages.front().code, util::MessageCode::AbVerdictSampleRatioMismatch);
    }

    void detectableLiftIsThePowerPlans() {
        // The verdict's detectable lift and the plan the power calculator receives are one computation.
        abtest::AnalysisOptions o;
        o.bootstrapResamples = 0;
        o.bayesianDraws = 0;
        const abtest::ExperimentData data = oneDay({{20, 13150}, {24, 13101}});
        const auto a = abtest::analyse(data, o);
        QVERIFY(a.ok());
        const auto plan = abtest::powerPlan(data, 1, o);
        QVERIFY(plan.has_value());
        QCOMPARE(plan->visitorsPerArm, 13125.0);
        QCOMPARE(plan->baselineRate, 20.0 / 13150.0);
        QCOMPARE(a->comparisons.front().detectableLift, abtest::detectableLift(*plan));
        QVERIFY(std::isfinite(abtest::detectableLift(*plan)));
    }

    void precisionRule() {
        // Half-width to two significant digits sets the last place.
        QCOMPARE(util::displayDecimals(352.47, 930.0), -1);
        QCOMPARE(util::fixedText(352.47, -1, true), std::string("+350"));
        QCOMPARE(util::fixedText(1904.3, -1, true), std::string("+1900"));
        QCOMPARE(util::displayDecimals(3.52, 1.2), 1);
        QCOMPARE(util::fixedText(3.52, 1, true), std::string("+3.5"));
        QCOMPARE(util::displayDecimals(0.535, 0.49), 2);
        QCOMPARE(util::displayDecimals(5.0, 0.0), 2); // no spread: three significant digits
        QCOMPARE(util::displayDecimals(1e-9, 1e-12), util::kMaxDisplayDecimals);
        QCOMPARE(util::fixedText(-0.004, 2), std::string("0.00")); // no "-0.00"
        // p-values: two significant digits unless that would cross alpha.
        QCOMPARE(util::pValueText(0.033892356882184296, 0.05), std::string("0.034"));
        QCOMPARE(util::pValueText(0.0496, 0.05), std::string("0.050")); // 0.050 <= alpha, as 0.0496 is
        QCOMPARE(util::pValueText(0.0504, 0.05), std::string("0.0504")); // "0.050" would read as significant
        QCOMPARE(util::pValueText(0.21562334225216884, 0.05), std::string("0.22"));
        QCOMPARE(util::pValueText(0.00005, 0.05), std::string("< 0.0001"));
        QCOMPARE(util::pValueText(1.0, 0.05), std::string("1.0"));
    }

    void badInput() {
        QCOMPARE(failedParameter([] { stats::scoreIntervalRatio({5, 3}, {1, 10}); }), std::string("control.conversions"));
        QCOMPARE(failedParameter([] { stats::scoreStatisticDifference({1, 10}, {1, 10}, 1.5); }), std::string("delta"));
        QCOMPARE(failedParameter([] { stats::scoreStatisticRatio({1, 10}, {1, 10}, -1.0); }), std::string("ratio"));
        stats::ScoreOptions o;
        o.alpha = 1.0;
        QCOMPARE(failedParameter([&] { stats::scoreIntervalDifference({1, 10}, {1, 10}, o); }), std::string("alpha"));
        QCOMPARE(failedParameter([] { stats::wilsonInterval({0, 0}); }), std::string("visitors"));
        QCOMPARE(failedParameter([] { stats::fiellerInterval({1.0, -1.0, 1.0, 1.0}); }), std::string("varianceControl"));
        QCOMPARE(failedParameter([] { stats::fiellerInterval({NAN, 1.0, 1.0, 1.0}); }), std::string("meanControl"));
    }
};

QTEST_GUILESS_MAIN(TestAbIntervals)
#include "tst_ab_intervals.moc"

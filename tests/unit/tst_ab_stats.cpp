// Fixed-horizon A/B statistics (core/abtest/README.md): two-proportion z-test, Welch t-test, delta-method
// lift, bootstrap of the difference and lift, Bayesian beta-binomial, SRM, sample size / power / MDE, ratio
// metrics.
// Constants: "A1" ... "A4" = the worked vectors of core/abtest/README.md (6 significant digits);
// "statsmodels" = 0.13.5 and "scipy" = 1.10.1 from /usr/bin/python3 (Debian 12), called as named beside each
// value; "quad" = scipy.integrate.quad of the posterior integrals (1-D forms, error < 1e-14).
// Beta densities, means and standard deviations: scipy.stats.beta (scipy 1.10.1), as named in the test.
#include <QTest>

#include <cmath>
#include <functional>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum)
#include "stats/Bayesian.h"
#include "stats/Bootstrap.h"
#include "stats/Distributions.h"
#include "stats/Power.h"
#include "stats/Proportions.h"
#include "util/Message.h"
#endif

using namespace vitrina;

namespace {

bool sixDigits(double actual, double expected) {
    if (expected == 0.0) return std::fabs(actual) < 1e-12;
    const double unit = std::pow(10.0, std::floor(std::log10(std::fabs(expected))) - 5.0);
    return std::fabs(actual - expected) <= 0.5 * unit * (1.0 + 1e-9);
}
bool relativelyClose(double actual, double expected, double tolerance) {
    return std::fabs(actual - expected) <= tolerance * std::fabs(expected);
}
#define CHECK6(actual, expected)                                                                                   \
    QVERIFY2(sixDigits((actual), (expected)),                                                                      \
             qPrintable(QString("%1 = %2, expected %3").arg(#actual).arg((actual), 0, 'g', 12).arg((expected), 0, 'g', 12)))
#define CHECK_REL(actual, expected, tol)                                                                           \
    QVERIFY2(relativelyClose((actual), (expected), (tol)),                                                         \
             qPrintable(QString("%1 = %2, expected %3").arg(#actual).arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))

std::string failedParameter(const std::function<void()>& body) {
    try {
        body();
    } catch (const util::Error& e) {
        return e.message().parameter.empty() ? "<no parameter>" : e.message().parameter;
    }
    return {};
}

const stats::ProportionArm kControl{200, 10000};   // A1
const stats::ProportionArm kTreatment{250, 10000}; // A1
const std::vector<double> kWelchA = {12.1, 14.3, 11.8, 15.2, 13.7, 12.9};       // A2
const std::vector<double> kWelchB = {14.8, 16.1, 13.9, 17.4, 15.6, 16.8, 14.2}; // A2

} // namespace

class TestAbStats : public QObject {
    Q_OBJECT
private slots:
    void twoProportionWorkedVector() {
        const auto r = stats::twoProportionTest(kControl, kTreatment);
        CHECK6(r.z, 2.38400);                   // A1 pooled
        CHECK6(r.pValue, 0.0171258);            // A1
        CHECK6(r.pooledStandardError, 0.00209732);
        CHECK6(r.unpooledStandardError, 0.00209702);
        CHECK6(r.unpooledZ, 2.38433);
        CHECK6(r.unpooledPValue, 0.0171101);
        CHECK6(r.difference, 0.00500000);
        CHECK6(r.interval.lower, 0.000889913); // A1 Wald
        CHECK6(r.interval.upper, 0.00911009);
        CHECK_REL(r.z, 2.3839951328405053, 1e-12);         // statsmodels proportions_ztest([250,200],[1e4,1e4])
        CHECK_REL(r.pValue, 0.01712582887219501, 1e-9);
        CHECK_REL(r.interval.lower, 0.0008899129980008431, 1e-9); // confint_proportions_2indep(method='wald')
    }

    void twoProportionUnequalArms() {
        // proportions_ztest([75, 48], [1500, 1200]); confint_proportions_2indep(75,1500,48,1200,'wald').
        const auto r = stats::twoProportionTest({48, 1200}, {75, 1500});
        CHECK_REL(r.z, 1.2382500940360697, 1e-12);
        CHECK_REL(r.pValue, 0.21562334225216884, 1e-9);
        CHECK_REL(r.interval.lower, -0.005638825986974193, 1e-9);
        CHECK_REL(r.interval.upper, 0.025638825986974197, 1e-9);
        // Degenerate: no conversion anywhere -> z = 0, p = 1.
        const auto none = stats::twoProportionTest({0, 100}, {0, 100});
        QCOMPARE(none.z, 0.0);
        QCOMPARE(none.pValue, 1.0);
    }

    void welchWorkedVector() {
        const auto r = stats::welchTest(kWelchA, kWelchB);
        CHECK6(r.t, 3.02175);                // A2
        CHECK6(r.pValue, 0.0119534);         // A2
        CHECK6(r.degreesOfFreedom, 10.7064); // A2
        CHECK6(r.meanControl, 13.3333);
        CHECK6(r.meanTreatment, 15.5429);
        CHECK6(r.difference, 2.20952);
        CHECK6(r.standardError, 0.731206);
        CHECK6(r.interval.lower, 0.594750);
        CHECK6(r.interval.upper, 3.82430);
        CHECK_REL(r.t, 3.021753077591006, 1e-12);       // scipy ttest_ind(B, A, equal_var=False)
        CHECK_REL(r.pValue, 0.01195343456934298, 1e-9);
        CHECK_REL(r.degreesOfFreedom, 10.706444482764494, 1e-12);
        CHECK_REL(r.interval.upper, 3.8242973855657976, 1e-9);
        const auto summary = stats::summarize(kWelchA);
        CHECK6(summary.variance, 1.72267);
    }

    void welchUnequalSizes() {
        // numpy default_rng(3).exponential, rounded: scipy ttest_ind(y, x, equal_var=False).
        const std::vector<double> x = {0.22, 0.779, 2.799, 4.4, 0.687, 0.516, 0.869, 0.205, 2.002, 0.133, 0.903, 6.695, 0.533,
                                       2.571, 1.032, 4.069, 1.815, 2.97, 0.579, 0.355, 0.004, 2.33, 1.789, 2.432, 1.307};
        const std::vector<double> y = {1.494, 1.533, 1.518, 0.108, 5.608, 3.677, 0.171, 3.789, 7.96,  0.535,
                                       2.014, 0.333, 3.197, 5.531, 2.356, 3.524, 3.009, 1.971, 4.603, 1.011,
                                       5.304, 11.544, 0.511, 6.187, 1.856, 1.345, 0.531, 8.136, 0.326, 3.812,
                                       1.591, 6.544, 3.009, 11.061, 0.535, 0.485, 4.684, 1.141, 7.124, 2.892};
        const auto r = stats::welchTest(x, y);
        CHECK_REL(r.t, 2.899857745592489, 1e-12);
        CHECK_REL(r.pValue, 0.005154331977828386, 1e-8);
    }

    void relativeLiftDeltaMethod() {
        const auto r = stats::relativeLift(kControl, kTreatment);
        CHECK6(r.lift, 0.250000);          // A1
        CHECK6(r.standardError, 0.117260); // A1
        CHECK6(r.interval.lower, 0.0201739);
        CHECK6(r.interval.upper, 0.479826);
        // Means (Welch data): Var = s_B^2/(n_B m_A^2) + m_B^2 s_A^2/(n_A m_A^4), computed in numpy.
        const auto m = stats::relativeLift(stats::summarize(kWelchA), stats::summarize(kWelchB));
        CHECK_REL(m.lift, 0.16571428571428548, 1e-12);
        CHECK_REL(m.standardError, 0.05989224916634938, 1e-12);
        CHECK_REL(m.interval.lower, 0.04832763439514162, 1e-9);
        QCOMPARE(failedParameter([] { stats::relativeLift(stats::ProportionArm{0, 100}, kTreatment); }),
                 std::string("control"));
    }

    void bootstrapDifferenceAndLift() {
        stats::BootstrapOptions o;
        o.seed = 7;
        o.threads = 2;
        const auto r = stats::bootstrapTwoSamples(stats::bernoulliSample(200, 10000), stats::bernoulliSample(250, 10000), o);
        QCOMPARE(r.difference.method, stats::ResamplingMethod::DistinctValues);
        QCOMPARE(r.difference.dropped, 0u);
        CHECK_REL(r.difference.estimate, 0.005, 1e-12);
        // The bootstrap interval of the difference agrees with the Wald one within a few percent of its width.
        QVERIFY(std::fabs(r.difference.interval.lower - 0.000889913) < 0.0004);
        QVERIFY(std::fabs(r.difference.interval.upper - 0.00911009) < 0.0004);
        QVERIFY(r.relativeLift.interval.contains(0.25));
        o.threads = 1;
        const auto again = stats::bootstrapTwoSamples(stats::bernoulliSample(200, 10000), stats::bernoulliSample(250, 10000), o);
        QCOMPARE(again.relativeLift.interval.lower, r.relativeLift.interval.lower);
        // A control with 1 conversion in 20: P(no conversion in a resample) = 0.95^20 = 0.358 -> ~717 of 2000
        // lift resamples dropped (binomial sd ~21); the difference keeps all of them.
        const auto sparse = stats::bootstrapTwoSamples(stats::bernoulliSample(1, 20), stats::bernoulliSample(5, 20), o);
        QVERIFY2(sparse.relativeLift.dropped > 600 && sparse.relativeLift.dropped < 830,
                 qPrintable(QString::number(sparse.relativeLift.dropped)));
        QCOMPARE(sparse.difference.dropped, 0u);
        // Continuous arms take the index path.
        const auto cont = stats::bootstrapTwoSamples(kWelchA, kWelchB, o);
        QCOMPARE(cont.difference.method, stats::ResamplingMethod::Indexes);
        QVERIFY(cont.difference.interval.contains(2.2095238095238097));
    }

    void bayesianWorkedVector() {
        stats::BayesianOptions o;
        o.monteCarloDraws = 400000;
        o.threads = 2;
        const auto r = stats::betaBinomial(kControl, kTreatment, o);
        CHECK6(r.probabilityTreatmentBetter, 0.991423); // A1 Miller sum (= quad)
        CHECK6(r.expectedLossTreatment, 6.01558e-06);   // A1
        CHECK6(r.expectedLossControl, 0.00500502);      // A1
        // Credible intervals: scipy beta.ppf(0.025 / 0.975, 201, 9801) and (251, 9751).
        CHECK_REL(r.credibleControl.lower, 0.017438047410725063, 1e-9);
        CHECK_REL(r.credibleControl.upper, 0.022935634653144476, 1e-9);
        CHECK_REL(r.credibleTreatment.lower, 0.022120765199460813, 1e-9);
        CHECK_REL(r.credibleTreatment.upper, 0.028249037197104705, 1e-9);
        // Monte Carlo agrees with the exact values (SE of the share ~1.5e-4; of the loss ~2e-5 relative 1 %).
        QVERIFY(std::fabs(r.probabilityTreatmentBetterMc - 0.991423) < 8e-4);
        CHECK_REL(r.expectedLossControlMc, 0.00500502, 0.01);
        QVERIFY(r.credibleDifference.lower > 0.0 && r.credibleDifference.contains(0.005));
        QVERIFY(r.credibleRelativeLift.contains(0.25));
        o.threads = 1;
        QCOMPARE(stats::betaBinomial(kControl, kTreatment, o).credibleDifference.upper, r.credibleDifference.upper);
    }

    void bayesianSmallArms() {
        // A 3/20, B 9/25 with Beta(1,1): quad of f_B(t) F_A(t) = 0.9367322089712597; losses by quad of
        // f_A(a) (a F_B(a) - m_B F_{B+1}(a)) = 0.0036055426860510053 and the mirror = 0.19215773123823948.
        stats::BayesianOptions o;
        o.monteCarloDraws = 0;
        const auto r = stats::betaBinomial({3, 20}, {9, 25}, o);
        CHECK_REL(r.probabilityTreatmentBetter, 0.9367322089712597, 1e-10);
        CHECK_REL(r.expectedLossTreatment, 0.0036055426860510053, 1e-9);
        CHECK_REL(r.expectedLossControl, 0.19215773123823948, 1e-10);
        QVERIFY(std::isnan(r.credibleDifference.lower));
        // Symmetry: P(A > B) + P(B > A) = 1.
        CHECK_REL(stats::probabilityGreater(4, 18, 10, 17) + r.probabilityTreatmentBetter, 1.0, 1e-12);
    }

    void betaDensityMatchesScipy() {
        // scipy.stats.beta.pdf(x, a, b), .mean(a, b) and .std(a, b) (scipy 1.10.1). Beta(501, 9501) is the
        // posterior of 500 conversions in 10,000 visitors under the uniform prior, as the A/B posterior chart draws it.
        CHECK_REL(stats::betaDensity(0.3, 2, 5), 2.1608999999999994, 1e-12);
        CHECK_REL(stats::betaDensity(0.05, 501, 9501), 183.03498812630428, 1e-10);
        CHECK_REL(stats::betaDensity(0.055, 501, 9501), 15.374722590879804, 1e-10);
        CHECK_REL(stats::betaDensity(0.062, 501, 9501), 0.00033580801190399645, 1e-9); // far tail
        CHECK_REL(stats::betaDensity(0.0625, 1251, 18751), 233.0730489085169, 1e-10);
        CHECK_REL(stats::betaDensity(0.9, 3, 1.5), 1.680948218733254, 1e-12);
        CHECK_REL(stats::betaDensity(0.5, 0.5, 0.5), 0.6366197723675814, 1e-12);
        // The ends: bounded (a = 1, b = 1) and unbounded (a < 1); outside [0, 1] nothing.
        CHECK_REL(stats::betaDensity(0.0, 1, 3), 3.0, 1e-12);
        CHECK_REL(stats::betaDensity(1.0, 4, 1), 4.0, 1e-12);
        QVERIFY(std::isinf(stats::betaDensity(0.0, 0.5, 0.5)));
        QCOMPARE(stats::betaDensity(1.5, 2, 5), 0.0);
        QCOMPARE(stats::betaDensity(-0.1, 2, 5), 0.0);
        CHECK_REL(stats::betaMean(501, 9501), 0.05008998200359928, 1e-14);
        CHECK_REL(stats::betaStandardDeviation(501, 9501), 0.0021809792684656577, 1e-12);
        CHECK_REL(stats::betaStandardDeviation(2, 5), 0.15971914124998499, 1e-12);
    }

    void sampleRatioMismatch() {
        const std::vector<std::int64_t> mild = {5050, 4950}, strong = {50600, 49400};
        const auto a = stats::sampleRatioMismatch(mild);
        CHECK6(a.chiSquare, 1.0);       // A4 (scipy chisquare)
        CHECK6(a.pValue, 0.317311);
        QVERIFY(!a.mismatch);
        const auto b = stats::sampleRatioMismatch(strong);
        CHECK6(b.chiSquare, 14.4);
        CHECK6(b.pValue, 0.000147802);  // A4
        QVERIFY(b.mismatch);            // p < 0.001
        // Three arms, planned 50/25/25: scipy chisquare([5120,2400,2480], f_exp=[5000,2500,2500]).
        const std::vector<std::int64_t> three = {5120, 2400, 2480};
        const std::vector<double> weights = {0.5, 0.25, 0.25};
        const auto c = stats::sampleRatioMismatch(three, weights);
        CHECK_REL(c.chiSquare, 7.04, 1e-12);
        CHECK_REL(c.pValue, 0.02959943516789199, 1e-9);
        QCOMPARE(c.degreesOfFreedom, 2.0);
        const std::vector<double> bad = {0.5, 0.4, 0.25};
        QCOMPARE(failedParameter([&] { stats::sampleRatioMismatch(three, bad); }), std::string("weights"));
        const std::vector<std::int64_t> negative = {10, -1};
        QCOMPARE(failedParameter([&] { stats::sampleRatioMismatch(negative); }), std::string("observed[1]"));
    }

    void sampleSizeWorkedVector() {
        const auto r = stats::sampleSizePerArm(0.05, 0.055);
        CHECK6(r.cohensH, 0.0224243);            // A3 proportion_effectsize(0.055, 0.05)
        CHECK6(r.cohensHSolved, 31217.4);        // A3 NormalIndPower().solve_power
        CHECK_REL(r.cohensHSolved, 31217.423430777748, 1e-8); // statsmodels, full precision
        CHECK6(r.cohensHClosedForm, 31217.5);    // A3
        CHECK6(r.fleiss, 31233.4);               // A3
        QCOMPARE(r.perArm, std::uint64_t{31234}); // A3
        CHECK6(r.unpooled, 31230.7);             // A3
        // Power and MDE invert the Fleiss form (power also counts the far tail, Phi(-4.76) ~ 1e-6).
        CHECK_REL(stats::powerForSampleSize(0.05, 0.055, r.fleiss), 0.8, 2e-6);
        CHECK_REL(stats::minimumDetectableEffect(0.05, r.fleiss), 0.005, 1e-7);
        QVERIFY(stats::powerForSampleSize(0.05, 0.055, 1000) < 0.1);
        QVERIFY(std::isnan(stats::minimumDetectableEffect(0.5, 1.0)));
        QCOMPARE(failedParameter([] { stats::sampleSizePerArm(0.05, 0.05); }), std::string("p2"));
        QCOMPARE(failedParameter([] { stats::sampleSizePerArm(0.0, 0.05); }), std::string("p1"));
        QCOMPARE(failedParameter([] { stats::sampleSizePerArm(0.05, 0.06, 0.05, 1.0); }), std::string("power"));
    }

    void ratioMetricDeltaMethod() {
        // numpy default_rng(11): exposures and clicks per visitor. Reference by the linearisation route:
        // z_i = (x_i - R y_i) / mean(y), Var(R) = var(z, ddof=1) / n (algebraically the same estimator).
        const std::vector<double> expoA = {1, 1, 6, 4, 5, 5, 5, 1, 4, 2, 3, 7, 4, 1, 4, 1, 6, 7, 7, 5, 7, 3, 2, 4, 4, 5, 7, 2, 6, 1};
        const std::vector<double> clicksA = {1, 0, 2, 2, 2, 4, 1, 0, 1, 0, 1, 1, 2, 1, 0, 0, 1, 1, 4, 1, 1, 1, 0, 2, 0, 0, 1, 0, 2, 1};
        const std::vector<double> expoB = {5, 5, 6, 3, 7, 1, 3, 2, 1, 7, 1, 4, 6, 5, 6, 1, 4, 1, 2, 6, 1, 5, 1, 3, 7, 3, 3, 1, 6, 2, 4, 1, 1, 6, 1};
        const std::vector<double> clicksB = {1, 3, 1, 0, 3, 1, 0, 1, 0, 1, 0, 1, 3, 2, 4, 0, 1, 0, 2, 4, 0, 2, 0, 2, 1, 0, 1, 0, 4, 1, 2, 1, 1, 3, 1};
        const auto r = stats::ratioTest(stats::ratioSums(clicksA, expoA), stats::ratioSums(clicksB, expoB));
        CHECK_REL(r.control.ratio, 0.275, 1e-12);
        CHECK_REL(r.control.variance, 0.0018305495689655172, 1e-10);
        CHECK_REL(r.treatment.ratio, 0.3884297520661157, 1e-12);
        CHECK_REL(r.treatment.variance, 0.0020240849654150515, 1e-10);
        CHECK_REL(r.z, 1.826986670513337, 1e-10);
        CHECK_REL(r.pValue, 0.06770177357477074, 1e-8);
        CHECK_REL(r.lift.lift, 0.412471825694966, 1e-12);
        CHECK_REL(r.lift.standardError, 0.27396498979971967, 1e-10);
        // With every denominator 1 the ratio is a mean and its SE is s / sqrt(n).
        const std::vector<double> ones(6, 1.0);
        const auto mean = stats::ratioEstimate(stats::ratioSums(kWelchA, ones));
        CHECK_REL(mean.standardError, std::sqrt(stats::summarize(kWelchA).variance / 6.0), 1e-12);
        QCOMPARE(failedParameter([&] { stats::ratioSums(clicksA, expoB); }), std::string("denominators"));
    }

    void badInput() {
        QCOMPARE(failedParameter([] { stats::twoProportionTest({5, 4}, kTreatment); }), std::string("control.conversions"));
        QCOMPARE(failedParameter([] { stats::twoProportionTest({-1, 10}, kTreatment); }), std::string("control.conversions"));
        QCOMPARE(failedParameter([] { stats::twoProportionTest(kControl, {1, -3}); }), std::string("treatment.visitors"));
        QCOMPARE(failedParameter([] { stats::twoProportionTest(kControl, {1, 1}); }), std::string("treatment.visitors"));
        QCOMPARE(failedParameter([] { stats::twoProportionTest(kControl, kTreatment, 1.0); }), std::string("alpha"));
        const std::vector<double> one = {1.0};
        QCOMPARE(failedParameter([&] { stats::welchTest(one, kWelchB); }), std::string("control"));
        QCOMPARE(failedParameter([&] { stats::welchTest(kWelchA, kWelchB, -0.1); }), std::string("alpha"));
        stats::BayesianOptions o;
        o.prior.alpha = 0.5;
        QCOMPARE(failedParameter([&] { stats::betaBinomial(kControl, kTreatment, o); }), std::string("prior.alpha"));
        o.prior.alpha = 1.0;
        o.credibleLevel = 1.0;
        QCOMPARE(failedParameter([&] { stats::betaBinomial(kControl, kTreatment, o); }), std::string("credibleLevel"));
    }
};

QTEST_GUILESS_MAIN(TestAbStats)
#include "tst_ab_stats.moc"

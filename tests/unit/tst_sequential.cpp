// Sequential testing (core/abtest/README.md): mSPRT normal mixture (likelihood ratio, always-valid p,
// confidence sequence), the default mixing variance, GrowthBook confidence sequences and their equivalence
// with the mixture, and the parametric A/A calibration (small size here; full size in bench_stats).
// Constants: "A5", "A6" = the worked vectors of core/abtest/README.md (6 significant digits);
// "quad" = scipy.integrate.quad of the mixture integral
//   int N(Z; theta, V) N(theta; theta0, tau^2) dtheta / N(Z; theta0, V)  (scipy 1.10.1, rel. error 1e-13);
// "numpy" = the closed forms evaluated in numpy for the constant c(alpha) and GrowthBook's rho.
#include <QTest>

#include <cmath>
#include <functional>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum)
#include "stats/Calibration.h"
#include "stats/Sequential.h"
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

} // namespace

class TestSequential : public QObject {
    Q_OBJECT
private slots:
    void msprtWorkedVector() {
        // sigma^2 = 1, tau^2 = 0.01, n = 1000 pairs, Ybar - Xbar = 0.1, theta0 = 0: V = 2 sigma^2 / n = 0.002.
        const double logLambda = stats::msprtLogLikelihoodRatio(0.1, 0.002, 0.01);
        CHECK6(std::exp(logLambda), 3.27872);              // A5
        CHECK6(std::exp(-logLambda), 0.304997);            // A5: 1/Lambda
        CHECK_REL(std::exp(logLambda), 3.2787216275263904, 1e-12); // quad
        CHECK6(stats::msprtHalfWidth(0.002, 0.01), 0.136674);      // A5
        // Another point with theta0 != 0: Z = 0.03, V = 1e-4, tau^2 = 5e-4, theta0 = 0.01 (quad).
        CHECK_REL(std::exp(stats::msprtLogLikelihoodRatio(0.03, 1e-4, 5e-4, 0.01)), 2.1614665119823195, 1e-12);
    }

    void confidenceSequenceInvertsTheTest() {
        // The interval at one look is exactly the set of theta0 with Lambda(theta0) < 1/alpha.
        const double v = 3e-4, tau2 = 2e-3, z = 0.04;
        const double half = stats::msprtHalfWidth(v, tau2, 0.05);
        CHECK_REL(stats::msprtLogLikelihoodRatio(z, v, tau2, z + half), std::log(20.0), 1e-10);
        CHECK_REL(stats::msprtLogLikelihoodRatio(z, v, tau2, z - half), std::log(20.0), 1e-10);
    }

    void defaultMixingVariance() {
        CHECK_REL(stats::mixtureBoundaryConstant(0.05), 7.936154601737565, 1e-14); // numpy
        const double planned = stats::plannedProportionEffectVariance(0.05, 10000); // 2 p q / n
        CHECK_REL(planned, 2 * 0.05 * 0.95 / 10000, 1e-14);
        CHECK_REL(stats::mixingVarianceForHorizon(planned), 7.936154601737565 * planned, 1e-14);
    }

    void msprtSequenceOverLooks() {
        // Cumulative Bernoulli looks; the first has no visitor in one arm, the second no conversion at all.
        const std::vector<stats::ProportionLook> looks = {
            {{0, 0}, {0, 10}},        {{0, 100}, {0, 100}},     {{10, 1000}, {18, 1000}},
            {{25, 2000}, {52, 2000}}, {{40, 3000}, {72, 3000}}, {{52, 4000}, {84, 4000}},
        };
        stats::MsprtOptions o;
        o.tau2 = stats::mixingVarianceForHorizon(stats::plannedProportionEffectVariance(0.012, 4000));
        const auto points = stats::msprtProportions(looks, o);
        QCOMPARE(points.size(), looks.size());
        QCOMPARE(points[0].alwaysValidP, 1.0);
        QVERIFY(std::isinf(points[1].interval.lower)); // still no information
        double previousP = 1.0, width = INFINITY;
        for (std::size_t k = 2; k < points.size(); ++k) {
            const auto& p = points[k];
            // p at look k = min over looks of 1 / Lambda, computed independently here.
            const double expected = std::min(previousP, std::exp(-stats::msprtLogLikelihoodRatio(p.effect, p.variance, o.tau2)));
            CHECK_REL(p.alwaysValidP, std::min(1.0, expected), 1e-12);
            QVERIFY(p.interval.upper - p.interval.lower <= width); // intersection only shrinks
            width = p.interval.upper - p.interval.lower;
            previousP = p.alwaysValidP;
            QCOMPARE(p.reject, p.alwaysValidP <= 0.05);
        }
        CHECK_REL(points[3].effect, 27.0 / 2000.0, 1e-12);
        CHECK_REL(points[3].variance, 0.0125 * 0.9875 / 2000 + 0.026 * 0.974 / 2000, 1e-12);
        QCOMPARE(failedParameter([&] { stats::msprtProportions(looks, stats::MsprtOptions{}); }), std::string("tau2"));
        const std::vector<stats::ProportionLook> bad = {{{5, 4}, {0, 4}}};
        QCOMPARE(failedParameter([&] { stats::msprtProportions(bad, o); }), std::string("looks[0].control.conversions"));
    }

    void growthbookVectors() {
        CHECK6(stats::growthbookRho(0.05, 5000), 0.0398401); // A6
        CHECK_REL(stats::growthbookRho(0.05, 5000), 0.03984006677137368, 1e-13);
        // Half-width / SE at N = 1000, 5000, 20000 (A6; numpy full precision beside).
        CHECK6(stats::growthbookSequential(0.0, 1.0, 1000).halfWidth, 3.36389);
        CHECK6(stats::growthbookSequential(0.0, 1.0, 5000).halfWidth, 3.03521);
        CHECK6(stats::growthbookSequential(0.0, 1.0, 20000).halfWidth, 3.12711);
        CHECK_REL(stats::growthbookSequential(0.2, 0.01, 20000).halfWidth, 0.031271141436879906, 1e-12);
    }

    void growthbookEqualsTheNormalMixture() {
        // core/abtest/README.md: the GrowthBook interval is the mSPRT interval with V = SE^2 and
        // tau^2 = rho^2 SE^2 N,
        // and its p-value is that mixture's 1/Lambda (no running minimum).
        const double se = 0.004, n = 12000, effect = 0.011;
        const double rho = stats::growthbookRho(0.05, 5000);
        const double tau2 = rho * rho * se * se * n;
        const auto gb = stats::growthbookSequential(effect, se, n);
        CHECK_REL(gb.halfWidth, stats::msprtHalfWidth(se * se, tau2, 0.05), 1e-12);
        CHECK_REL(gb.pValue, std::exp(-stats::msprtLogLikelihoodRatio(effect, se * se, tau2)), 1e-12);
        // Duality: the interval excludes 0 exactly when p <= alpha.
        QCOMPARE(!gb.interval.contains(0.0), gb.pValue <= 0.05);
        QCOMPARE(failedParameter([] { stats::growthbookSequential(0.1, 0.0, 100); }), std::string("standardError"));
    }

    void calibrationSmall() {
        // 2,000 A/A experiments, 2,000 visitors per arm, 10 daily looks, p = 0.1.
        stats::CalibrationOptions o;
        o.tests = 2000;
        o.visitorsPerArm = 2000;
        o.days = 10;
        o.controlRate = 0.1;
        o.threads = 2;
        const auto r = stats::runCalibration(o);
        // Fixed horizon: 5 % nominal, binomial sd 0.49 % at 2,000 tests -> within +-1.5 %.
        QVERIFY2(r.fixedHorizon.rate > 0.035 && r.fixedHorizon.rate < 0.065, qPrintable(QString::number(r.fixedHorizon.rate)));
        // Peeking after every one of 10 days inflates the error far beyond 5 % (~15-20 % expected).
        QVERIFY2(r.dailyPeeking.rate > r.fixedHorizon.rate + 0.05, qPrintable(QString::number(r.dailyPeeking.rate)));
        // The always-valid tests stay within alpha (plus sampling noise).
        QVERIFY2(r.msprt.rate <= 0.06, qPrintable(QString::number(r.msprt.rate)));
        QVERIFY2(r.growthbook.rate <= 0.06, qPrintable(QString::number(r.growthbook.rate)));
        QVERIFY(r.fixedHorizon.interval.contains(r.fixedHorizon.rate));
        CHECK_REL(r.tau2, 7.936154601737565 * 2 * 0.1 * 0.9 / 2000, 1e-12);
        // Same seed, other thread count: the same experiments.
        o.threads = 1;
        const auto again = stats::runCalibration(o);
        QCOMPARE(again.fixedHorizon.rejections, r.fixedHorizon.rejections);
        QCOMPARE(again.dailyPeeking.rejections, r.dailyPeeking.rejections);
        QCOMPARE(again.msprt.rejections, r.msprt.rejections);
        // A planted effect (0.10 -> 0.13): z ~ 2.97 at the horizon, fixed-horizon power ~ 0.84.
        o.treatmentRate = 0.13;
        o.tests = 500;
        const auto power = stats::runCalibration(o);
        QVERIFY2(power.fixedHorizon.rate > 0.75 && power.fixedHorizon.rate < 0.92,
                 qPrintable(QString::number(power.fixedHorizon.rate)));
        QVERIFY(power.msprt.rate > 0.3);
    }

    void calibrationBadInput() {
        stats::CalibrationOptions o;
        o.tests = 0;
        QCOMPARE(failedParameter([&] { stats::runCalibration(o); }), std::string("tests"));
        o.tests = 10;
        o.controlRate = 1.0;
        QCOMPARE(failedParameter([&] { stats::runCalibration(o); }), std::string("controlRate"));
        o.controlRate = 0.1;
        o.visitorsPerArm = 5;
        QCOMPARE(failedParameter([&] { stats::runCalibration(o); }), std::string("visitorsPerArm"));
        o.visitorsPerArm = 100;
        o.alpha = 0.0;
        QCOMPARE(failedParameter([&] { stats::runCalibration(o); }), std::string("alpha"));
        o.alpha = 0.05;
        o.tau2 = -1;
        QCOMPARE(failedParameter([&] { stats::runCalibration(o); }), std::string("tau2"));
    }
};

QTEST_GUILESS_MAIN(TestSequential)
#include "tst_sequential.moc"

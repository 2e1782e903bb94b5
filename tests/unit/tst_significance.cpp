// Significance between models (core/eval/README.md section 7): paired t, Wilcoxon (wilcox/pratt, continuity),
// Cohen's d_z, Holm and BH, the paired bootstrap (determinism, coverage, both resampling paths), the exact
// binomial sampler behind it, the significance matrix, and bad input.
// Constants: "S1" / "S2" = the worked vectors of core/eval/README.md; "scipy" = scipy 1.10.1
// (/usr/bin/python3, Debian 12): stats.wilcoxon(..., method='approx'), stats.ttest_rel, stats.t.ppf;
// "statsmodels" = 0.13.5 multipletests; "scipy bootstrap" (S3) = stats.bootstrap((d,), np.mean,
// method='percentile', n_resamples=400000, random_state=np.random.default_rng(1)) at the level noted (a Monte
// Carlo reference: compared within 4 steps of the data's lattice of means, 0.0005).
#include <QTest>

#include <cmath>
#include <functional>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum)
#include "stats/Bootstrap.h"
#include "stats/Distributions.h"
#include "stats/MultipleTesting.h"
#include "stats/Paired.h"
#include "stats/Sampling.h"
#include "stats/Significance.h"
#include "util/Message.h"
#endif

#include <boost/math/distributions/binomial.hpp>

using namespace vitrina;

namespace {

bool sixDigits(double actual, double expected) {
    if (expected == 0.0) return std::fabs(actual) < 1e-12;
    const double unit = std::pow(10.0, std::floor(std::log10(std::fabs(expected))) - 5.0);
    return std::fabs(actual - expected) <= 0.5 * unit * (1.0 + 1e-9);
}
bool relativelyClose(double actual, double expected, double tolerance) {
    return std::fabs(actual - expected) <= tolerance * std::max(1e-300, std::fabs(expected));
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

// S1: x, y and d = x - y (4 zeros; |d| ties: three 1s, three 2s, five 3s).
const std::vector<double> kX = {5, 3, 4, 6, 2, 7, 5, 4, 3, 6, 5, 4, 8, 6, 5};
const std::vector<double> kY = {3, 3, 5, 4, 2, 4, 3, 4, 4, 3, 2, 5, 5, 6, 2};

// A continuous pair drawn once in numpy (default_rng(7), rounded to 2 decimals): d = b - a has no zeros.
const std::vector<double> kA = {0.0,  0.3,   -0.27, -0.89, -0.45, -0.99, 0.06,  1.34,  -0.49, -0.62,
                                0.49, 0.36,  0.11,  -0.93, -0.03, 0.7,   -1.34, -0.46, -1.9,  -1.29,
                                -1.84, -0.24, -1.27, 0.27, 0.16,  -0.19, -2.52, -0.54, -0.05, 0.11,
                                -1.53, -0.48, -0.98, -0.81, 1.06, -0.81, -0.03, 0.88,  -0.58, -0.11};
const std::vector<double> kB = {0.41, 0.66,  -1.2,  -0.51, 1.21,  -2.24, 1.22,  1.76,  -0.83, 1.68,
                                1.55, -0.54, 0.48,  -0.05, 0.08,  1.68,  -1.11, 0.51,  -0.16, -1.67,
                                -1.34, -0.4, -0.84, -0.62, -0.12, -0.09, -1.32, 0.91,  -1.07, -0.38,
                                -0.58, -2.17, -1.14, -0.61, 2.62, 0.18,  -0.06, 0.81,  -0.53, 1.71};

std::vector<double> normalSample(std::uint64_t seed, std::size_t n, double mean, double sd) {
    util::Rng rng(seed);
    std::vector<double> v(n);
    for (double& x : v) x = rng.normal(mean, sd);
    return v;
}

} // namespace

class TestSignificance : public QObject {
    Q_OBJECT
private slots:
    void pairedTTestWorkedVector() {
        const auto d = stats::pairedDifferences(kY, kX); // x - y
        const auto t = stats::pairedTTest(d);
        CHECK6(t.t, 2.80624);        // S1
        CHECK6(t.pValue, 0.0140071); // S1
        QCOMPARE(t.degreesOfFreedom, 14.0);
        CHECK_REL(t.meanDifference, 1.2, 1e-12);
        CHECK_REL(t.interval.lower, 0.28285063384013875, 1e-9); // scipy: mean -+ t.ppf(0.975, 14) s/sqrt n
        CHECK_REL(t.interval.upper, 2.117149366159861, 1e-9);
        CHECK_REL(t.cohensDz, 0.724568837309472, 1e-12); // numpy: mean / std(ddof=1)
        const auto t2 = stats::pairedTTest(stats::pairedDifferences(kA, kB));
        CHECK_REL(t2.t, 2.368515473735254, 1e-10);    // scipy ttest_rel(b, a)
        CHECK_REL(t2.pValue, 0.02290977027952157, 1e-8);
    }

    void wilcoxonWorkedVector() {
        const auto d = stats::pairedDifferences(kY, kX);
        const auto w = stats::wilcoxonSignedRank(d);
        QCOMPARE(w.statistic, 6.0); // S1: T = 6, R+ = 60, R- = 6, n = 11, mu = 33, sigma^2 = 123
        QCOMPARE(w.rankSumPositive, 60.0);
        QCOMPARE(w.rankSumNegative, 6.0);
        QCOMPARE(w.n, std::uint64_t{11});
        QCOMPARE(w.zeros, std::uint64_t{4});
        QCOMPARE(w.mean, 33.0);
        QCOMPARE(w.variance, 123.0);
        CHECK6(w.z, -2.43451);
        CHECK6(w.pValue, 0.0149120); // S1
        CHECK_REL(w.pValue, 0.014912049655215934, 1e-9); // scipy
        stats::WilcoxonOptions corrected;
        corrected.continuityCorrection = true;
        CHECK6(stats::wilcoxonSignedRank(d, corrected).pValue, 0.0168748); // S1
        stats::WilcoxonOptions pratt;
        pratt.zeroMethod = stats::ZeroMethod::Pratt;
        const auto wp = stats::wilcoxonSignedRank(d, pratt);
        QCOMPARE(wp.statistic, 18.0);      // S1
        CHECK6(wp.pValue, 0.0323737);      // S1
        pratt.continuityCorrection = true;
        CHECK_REL(stats::wilcoxonSignedRank(d, pratt).pValue, 0.03478524973575808, 1e-9); // scipy
    }

    void wilcoxonContinuousVector() {
        const auto d = stats::pairedDifferences(kA, kB);
        const auto w = stats::wilcoxonSignedRank(d);
        QCOMPARE(w.statistic, 239.0);                             // scipy wilcoxon(b, a)
        CHECK_REL(w.pValue, 0.02153551737775828, 1e-9);           // scipy
        stats::WilcoxonOptions corrected;
        corrected.continuityCorrection = true;
        CHECK_REL(stats::wilcoxonSignedRank(d, corrected).pValue, 0.021920581992278355, 1e-9); // scipy
    }

    void degenerateDifferences() {
        const std::vector<double> zeros(10, 0.0);
        const auto t = stats::pairedTTest(zeros);
        QCOMPARE(t.t, 0.0);
        QCOMPARE(t.pValue, 1.0);
        QCOMPARE(t.cohensDz, 0.0);
        const auto w = stats::wilcoxonSignedRank(zeros);
        QCOMPARE(w.pValue, 1.0);
        const std::vector<double> constant(10, 0.5);
        const auto tc = stats::pairedTTest(constant);
        QVERIFY(std::isinf(tc.t) && tc.t > 0);
        QCOMPARE(tc.pValue, 0.0);
        QCOMPARE(tc.interval.lower, 0.5);
    }

    void holmAndBenjaminiHochberg() {
        const std::vector<double> p = {0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205}; // S2
        const auto holm = stats::holmAdjusted(p);
        const std::vector<double> holmExpected = {0.008, 0.056, 0.234, 0.234, 0.234, 0.234, 0.234, 0.234};
        for (std::size_t i = 0; i < p.size(); ++i) CHECK_REL(holm[i], holmExpected[i], 1e-12);
        QCOMPARE(stats::rejections(holm, 0.05), std::size_t{1});
        const auto bh = stats::benjaminiHochbergAdjusted(p);
        const std::vector<double> bhExpected = {0.008, 0.032, 0.0672, 0.0672, 0.0672, 0.08, 0.08457142857142856, 0.205};
        for (std::size_t i = 0; i < p.size(); ++i) CHECK_REL(bh[i], bhExpected[i], 1e-12);
        QCOMPARE(stats::rejections(bh, 0.05), std::size_t{2});
        // Unsorted input with ties and a zero (statsmodels): results come back in the input order.
        const std::vector<double> q = {0.04, 0.01, 0.03, 0.04, 0.5, 0.0};
        const std::vector<double> holmQ = {0.12, 0.05, 0.12, 0.12, 0.5, 0.0};
        const std::vector<double> bhQ = {0.048, 0.03, 0.048, 0.048, 0.5, 0.0};
        const auto hq = stats::holmAdjusted(q), bq = stats::benjaminiHochbergAdjusted(q);
        for (std::size_t i = 0; i < q.size(); ++i) {
            QVERIFY(std::fabs(hq[i] - holmQ[i]) < 1e-15);
            QVERIFY(std::fabs(bq[i] - bhQ[i]) < 1e-15);
        }
        QVERIFY(stats::holmAdjusted({}).empty());
    }

    void binomialSamplerMatchesThePmf() {
        // Chi-square goodness of fit of 20,000 draws for inversion and BTRS regimes (fixed seeds: deterministic).
        struct Case {
            std::uint64_t n;
            double p;
        };
        for (const Case c : {Case{20, 0.3}, Case{1000, 0.3}, Case{714, 0.05}, Case{1'000'000, 4e-6}, Case{50, 0.93},
                             Case{100000, 0.5}}) {
            util::Rng rng(1234 + c.n);
            const boost::math::binomial_distribution<double> dist(static_cast<double>(c.n), c.p);
            const double mean = static_cast<double>(c.n) * c.p, sd = std::sqrt(mean * (1 - c.p));
            const auto lo = static_cast<std::int64_t>(std::max(0.0, std::floor(mean - 6 * sd)));
            const auto hi = static_cast<std::int64_t>(std::min(static_cast<double>(c.n), std::ceil(mean + 6 * sd)));
            std::vector<double> observed(static_cast<std::size_t>(hi - lo + 1), 0.0);
            const int draws = 20000;
            for (int i = 0; i < draws; ++i) {
                const auto k = static_cast<std::int64_t>(stats::sampleBinomial(rng, c.n, c.p));
                QVERIFY(k >= 0 && k <= static_cast<std::int64_t>(c.n));
                observed[static_cast<std::size_t>(std::clamp(k, lo, hi) - lo)] += 1;
            }
            // Pool cells until each expects >= 5 draws.
            double chi2 = 0, pooledObserved = 0, pooledExpected = 0;
            int cells = 0;
            for (std::int64_t k = lo; k <= hi; ++k) {
                double pk = boost::math::pdf(dist, static_cast<double>(k));
                if (k == lo) pk = boost::math::cdf(dist, static_cast<double>(k));
                if (k == hi) pk = boost::math::cdf(boost::math::complement(dist, static_cast<double>(k) - 1));
                pooledObserved += observed[static_cast<std::size_t>(k - lo)];
                pooledExpected += pk * draws;
                if (pooledExpected >= 5 || k == hi) {
                    chi2 += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
                    pooledObserved = pooledExpected = 0;
                    ++cells;
                }
            }
            const double p = stats::chiSquaredSurvival(chi2, cells - 1);
            QVERIFY2(p > 0.001, qPrintable(QString("n=%1 p=%2: chi2 %3 over %4 cells").arg(c.n).arg(c.p).arg(chi2).arg(cells)));
        }
        util::Rng rng(1);
        QCOMPARE(stats::sampleBinomial(rng, 0, 0.5), std::uint64_t{0});
        QCOMPARE(stats::sampleBinomial(rng, 7, 1.0), std::uint64_t{7});
        QCOMPARE(stats::sampleBinomial(rng, 7, 0.0), std::uint64_t{0});
        std::vector<std::uint64_t> counts = {5, 0, 3, 2}, out(4);
        stats::sampleMultinomial(rng, 10, counts, out);
        QCOMPARE(out[0] + out[1] + out[2] + out[3], std::uint64_t{10});
        QCOMPARE(out[1], std::uint64_t{0});
    }

    void bootstrapIsDeterministic() {
        const auto d = normalSample(5, 3000, 0.1, 1.0);
        stats::BootstrapOptions o;
        o.resamples = 400;
        o.seed = 99;
        o.threads = 1;
        const auto one = stats::bootstrapMean(d, o);
        o.threads = 2;
        const auto two = stats::bootstrapMean(d, o);
        QCOMPARE(one.interval.lower, two.interval.lower); // bit-identical: resample b has its own stream
        QCOMPARE(one.interval.upper, two.interval.upper);
        QCOMPARE(one.method, stats::ResamplingMethod::Indexes);
        o.seed = 100;
        QVERIFY(stats::bootstrapMean(d, o).interval.lower != one.interval.lower);
        QVERIFY(one.interval.contains(one.estimate));
    }

    void bootstrapResamplingPathsAgreeWithTheory() {
        // The bootstrap SE of a mean is sd_pop / sqrt(n); both paths must reproduce it (B = 2000: ~1.6 % noise).
        stats::BootstrapOptions o;
        o.threads = 2;
        const auto continuous = normalSample(11, 2000, 0.0, 2.0);
        const auto dv = stats::distinctValues(continuous);
        const auto rc = stats::bootstrapMean(dv, o);
        QCOMPARE(rc.method, stats::ResamplingMethod::Indexes);
        const double seC = std::sqrt(dv.variance() * (2000.0 - 1) / 2000.0 / 2000.0);
        CHECK_REL(rc.standardError, seC, 0.06);
        const auto bernoulli = stats::bernoulliSample(300, 10000);
        const auto rb = stats::bootstrapMean(bernoulli, o);
        QCOMPARE(rb.method, stats::ResamplingMethod::DistinctValues);
        CHECK_REL(rb.standardError, std::sqrt(0.03 * 0.97 / 10000.0), 0.06);
        CHECK_REL(rb.estimate, 0.03, 1e-12);
    }

    void poissonBootstrapForLargeSamples() {
        // Poisson(1) weights: mean 1, variance 1, P(0) = e^-1 (1,000,000 draws: sd of the mean 0.001).
        static stats::PoissonOneWeights poisson; // 24 KB: not on the test's stack
        util::Rng rng(8);
        double sum = 0, squares = 0, zeros = 0;
        const int blocks = 500;
        const std::size_t block = stats::PoissonOneWeights::kBlock;
        for (int b = 0; b < blocks; ++b) {
            poisson.next(rng);
            for (std::size_t i = 0; i < block; ++i) {
                const std::uint32_t x = poisson.weights()[i];
                sum += x;
                squares += static_cast<double>(x) * x;
                zeros += x == 0 ? 1 : 0;
            }
        }
        const double count = blocks * static_cast<double>(block);
        QVERIFY(std::fabs(sum / count - 1.0) < 0.005);
        QVERIFY(std::fabs(squares / count - 2.0) < 0.02); // E[W^2] = 2
        QVERIFY(std::fabs(zeros / count - std::exp(-1.0)) < 0.003);
        // 100,000 continuous values take the Poisson path; its SE matches sd / sqrt(n) and it is deterministic.
        const auto big = stats::distinctValues(normalSample(21, 100000, 0.0, 1.0));
        QCOMPARE(stats::MeanResampler::methodFor(big), stats::ResamplingMethod::PoissonWeights);
        stats::BootstrapOptions o;
        o.resamples = 1000;
        o.threads = 2;
        const auto r = stats::bootstrapMean(big, o);
        QCOMPARE(r.method, stats::ResamplingMethod::PoissonWeights);
        CHECK_REL(r.standardError, std::sqrt(big.variance() / 100000.0), 0.08); // B = 1000: ~2.2 % noise
        QVERIFY(r.interval.contains(big.mean()));
        o.threads = 1;
        QCOMPARE(stats::bootstrapMean(big, o).interval.lower, r.interval.lower);
    }

    void bootstrapCoverage() {
        // 400 simulated paired samples (d ~ N(0.3, 1), n = 60) with fixed seeds: the 95 % percentile interval
        // contains the true mean in 91-98 % of them (expected ~94-95 %; percentile intervals undercover a little).
        stats::BootstrapOptions o;
        o.resamples = 500;
        o.threads = 2;
        int covered = 0;
        for (int s = 0; s < 400; ++s) {
            o.seed = 1000 + static_cast<std::uint64_t>(s);
            const auto d = normalSample(static_cast<std::uint64_t>(s), 60, 0.3, 1.0);
            covered += stats::bootstrapMean(d, o).interval.contains(0.3) ? 1 : 0;
        }
        QVERIFY2(covered >= 364 && covered <= 392, qPrintable(QString("covered %1 of 400").arg(covered)));
        // Discrete metric differences (values in {-1, 0, 1}) take the multinomial path; same check.
        covered = 0;
        for (int s = 0; s < 400; ++s) {
            o.seed = 5000 + static_cast<std::uint64_t>(s);
            util::Rng rng(static_cast<std::uint64_t>(s) + 77);
            std::vector<double> d(200);
            for (double& x : d) x = rng.bernoulli(0.3) ? 1.0 : (rng.bernoulli(0.2) ? -1.0 : 0.0);
            const auto dv = stats::distinctValues(d);
            QCOMPARE(stats::MeanResampler::methodFor(dv), stats::ResamplingMethod::DistinctValues);
            covered += stats::bootstrapMean(dv, o).interval.contains(0.3 - 0.7 * 0.2) ? 1 : 0;
        }
        QVERIFY2(covered >= 364 && covered <= 392, qPrintable(QString("covered %1 of 400").arg(covered)));
    }

    void comparePairedAndMatrix() {
        std::vector<std::vector<float>> models(3, std::vector<float>(500));
        util::Rng rng(3);
        for (std::size_t i = 0; i < 500; ++i) {
            const double base = rng.uniform();
            models[0][i] = static_cast<float>(base);
            models[1][i] = static_cast<float>(base + rng.normal(0.05, 0.2));
            models[2][i] = static_cast<float>(base + rng.normal(0.0, 0.2));
        }
        const std::vector<std::span<const float>> spans(models.begin(), models.end());
        stats::SignificanceOptions o;
        o.bootstrap.resamples = 500;
        const auto matrix = stats::significanceMatrix(spans, o);
        QCOMPARE(matrix.entries.size(), std::size_t{3});
        QCOMPARE(matrix.bootstrapMethod, stats::ResamplingMethod::Indexes); // continuous: shared index resamples
        const auto pair = stats::comparePaired(models[0], models[1], o);
        const auto& e01 = matrix.entry(1, 0);
        QCOMPARE(e01.first, std::size_t{0});
        QCOMPARE(e01.wilcoxonP, pair.wilcoxon.pValue);
        QCOMPARE(e01.tTestP, pair.tTest.pValue);
        QCOMPARE(e01.cohensDz, pair.tTest.cohensDz);
        QCOMPARE(matrix.difference(1, 0), -e01.meanDifference);
        QVERIFY(e01.bootstrapInterval.contains(e01.meanDifference));
        QVERIFY(e01.bootstrapInterval.lower > 0.0); // a planted +0.05 on 500 lists with sd 0.2
        // Holm over the three Wilcoxon p-values of the matrix.
        const std::vector<double> raw = {matrix.entries[0].wilcoxonP, matrix.entries[1].wilcoxonP, matrix.entries[2].wilcoxonP};
        const auto holm = stats::holmAdjusted(raw);
        for (std::size_t p = 0; p < 3; ++p) QCOMPARE(matrix.entries[p].wilcoxonPHolm, holm[p]);
        // The same seed and thread count give the same matrix; another thread count too (per-resample streams).
        o.bootstrap.threads = 1;
        const auto again = stats::significanceMatrix(spans, o);
        for (std::size_t p = 0; p < 3; ++p) QCOMPARE(again.entries[p].bootstrapInterval.upper, matrix.entries[p].bootstrapInterval.upper);

        // More than 65,536 continuous lists: the shared resamples use Poisson weights.
        std::vector<std::vector<float>> large(3, std::vector<float>(70000));
        for (std::size_t i = 0; i < 70000; ++i) {
            const double base = rng.uniform();
            large[0][i] = static_cast<float>(base);
            large[1][i] = static_cast<float>(base + rng.normal(0.01, 0.2));
            large[2][i] = static_cast<float>(base + rng.normal(0.0, 0.2));
        }
        const std::vector<std::span<const float>> largeSpans(large.begin(), large.end());
        o.bootstrap.resamples = 400;
        o.bootstrap.threads = 2;
        const auto lm = stats::significanceMatrix(largeSpans, o);
        QCOMPARE(lm.bootstrapMethod, stats::ResamplingMethod::PoissonWeights);
        for (const auto& e : lm.entries) {
            QVERIFY(e.bootstrapInterval.contains(e.meanDifference));
            // Half-width ~ z sd(d) / sqrt(n), z = z_{1 - 0.05/6} (three simultaneous intervals), sd(d) ~ 0.2 or
            // 0.28, within 15 %.
            const double sdD = e.first == 0 ? 0.2 : 0.2 * std::sqrt(2.0);
            CHECK_REL(e.bootstrapInterval.halfWidth(), stats::normalQuantile(1.0 - 0.05 / 6.0) * sdD / std::sqrt(70000.0), 0.15);
        }
        o.bootstrap.resamples = 500;
        o.bootstrap.threads = 1;

        // Hit-rate-like 0/1 values: every pair has few distinct differences -> per-pair multinomial path.
        std::vector<std::vector<float>> hits(2, std::vector<float>(1000));
        for (std::size_t i = 0; i < 1000; ++i) {
            hits[0][i] = rng.bernoulli(0.2) ? 1.0f : 0.0f;
            hits[1][i] = rng.bernoulli(0.3) ? 1.0f : 0.0f;
        }
        const std::vector<std::span<const float>> hitSpans(hits.begin(), hits.end());
        const auto hm = stats::significanceMatrix(hitSpans, o);
        QCOMPARE(hm.bootstrapMethod, stats::ResamplingMethod::DistinctValues);
        const auto hp = stats::comparePaired(hits[0], hits[1], o);
        QCOMPARE(hm.entries[0].bootstrapInterval.lower, hp.bootstrap.interval.lower);
    }

    void simultaneousIntervalsMatchScipy() {
        // d_i = ((37 i) mod 11 - 5) / 10 + 0.02, i < 200 (mean 0.017, sd 0.3175); scipy bootstrap at the levels
        // of families of 3 and 10 comparisons: [-0.036, 0.0705] and [-0.0455, 0.08].
        std::vector<double> d(200);
        for (std::size_t i = 0; i < d.size(); ++i) d[i] = static_cast<double>(static_cast<int>((i * 37) % 11) - 5) / 10.0 + 0.02;
        stats::BootstrapOptions base;
        base.resamples = 20000;
        base.threads = 2;
        const std::pair<std::size_t, stats::ConfidenceInterval> references[] = {{3, {-0.036, 0.0705}}, {10, {-0.0455, 0.08}}};
        for (const auto& [m, expected] : references) {
            const auto o = stats::simultaneousBootstrap(base, 0.05, m);
            QCOMPARE(o.alpha, 0.05 / static_cast<double>(m));
            const auto r = stats::bootstrapMean(d, o);
            QVERIFY2(std::fabs(r.interval.lower - expected.lower) <= 0.002 && std::fabs(r.interval.upper - expected.upper) <= 0.002,
                     qPrintable(QString("m = %1: [%2, %3]").arg(m).arg(r.interval.lower).arg(r.interval.upper)));
        }
        // B is raised so that about ten resamples lie beyond each bound: 20 m / alpha.
        stats::BootstrapOptions few;
        few.resamples = 2000;
        QCOMPARE(stats::simultaneousBootstrap(few, 0.05, 3).resamples, 2000u);
        QCOMPARE(stats::simultaneousBootstrap(few, 0.05, 21).resamples, 8400u);
        QCOMPARE(failedParameter([&] { stats::simultaneousBootstrap(few, 0.05, 0); }), std::string("comparisons"));
    }

    void matrixFlagFollowsItsIntervalOnRandomSmallData() {
        // 300 seeded matrices of 2-5 models over 6-80 lists, values on a coarse grid (ties and zeros) or
        // continuous: a pair is flagged exactly when its shown interval excludes 0, the interval is at level
        // 1 - alpha/m for the m pairs shown, and the Wilcoxon flag is the Holm p at alpha (the marked check).
        util::Rng rng(5150);
        int flagged = 0, disagreements = 0;
        for (int t = 0; t < 300; ++t) {
            const std::size_t modelCount = 2 + rng.below(4), lists = 6 + rng.below(75);
            const bool coarse = t % 2 == 0;
            std::vector<std::vector<float>> models(modelCount, std::vector<float>(lists));
            for (std::size_t k = 0; k < modelCount; ++k) {
                const double shift = rng.uniform(-0.3, 0.3);
                for (std::size_t i = 0; i < lists; ++i) {
                    const double v = coarse ? (rng.bernoulli(0.4 + shift) ? 1.0 : rng.bernoulli(0.3) ? 0.5 : 0.0)
                                            : rng.normal(shift, 0.5);
                    models[k][i] = static_cast<float>(v);
                }
            }
            const std::vector<std::span<const float>> spans(models.begin(), models.end());
            stats::SignificanceOptions o;
            o.bootstrap.resamples = 300;
            o.bootstrap.seed = static_cast<std::uint64_t>(t);
            o.bootstrap.threads = 1;
            const auto matrix = stats::significanceMatrix(spans, o);
            const double m = static_cast<double>(matrix.entries.size());
            QCOMPARE(matrix.intervalLevel, 1.0 - 0.05 / m);
            QVERIFY(static_cast<double>(matrix.resamples) >= 20.0 * m / 0.05 - 1e-6);
            for (const auto& e : matrix.entries) {
                const bool excludes = e.bootstrapInterval.lower > 0.0 || e.bootstrapInterval.upper < 0.0;
                QVERIFY2(e.significant == excludes, qPrintable(QString("matrix %1").arg(t)));
                QCOMPARE(e.wilcoxonSignificant, e.wilcoxonPHolm <= 0.05);
                QCOMPARE(e.checksAgree(), e.significant == e.wilcoxonSignificant);
                flagged += e.significant ? 1 : 0;
                disagreements += e.checksAgree() ? 0 : 1;
            }
            if (t == 0) {
                // The matrix's interval of a pair is comparePaired's with the family's options.
                stats::SignificanceOptions pairOptions = o;
                pairOptions.bootstrap = stats::simultaneousBootstrap(o.bootstrap, o.alpha, matrix.entries.size());
                const auto& e = matrix.entries.front();
                if (matrix.bootstrapMethod == stats::ResamplingMethod::DistinctValues)
                    QCOMPARE(stats::comparePaired(models[e.first], models[e.second], pairOptions).bootstrap.interval.lower,
                             e.bootstrapInterval.lower);
            }
        }
        QVERIFY2(flagged > 50, qPrintable(QString::number(flagged)));
        QVERIFY2(disagreements > 0, "the draws should include pairs where the two checks disagree");
    }

    void badInput() {
        const std::vector<double> one = {1.0};
        QCOMPARE(failedParameter([&] { stats::pairedTTest(one); }), std::string("differences"));
        QCOMPARE(failedParameter([&] { stats::pairedTTest(kX, 1.5); }), std::string("alpha"));
        QCOMPARE(failedParameter([&] { stats::pairedTTest(kX, 0.0); }), std::string("alpha"));
        QCOMPARE(failedParameter([&] { stats::pairedDifferences(kX, kA); }), std::string("b"));
        const std::vector<double> withNaN = {1.0, std::nan("")};
        QCOMPARE(failedParameter([&] { stats::wilcoxonSignedRank(withNaN); }), std::string("differences"));
        QCOMPARE(failedParameter([&] { stats::holmAdjusted(std::vector<double>{0.5, 1.2}); }), std::string("p"));
        stats::BootstrapOptions o;
        o.resamples = 0;
        QCOMPARE(failedParameter([&] { stats::bootstrapMean(kX, o); }), std::string("resamples"));
        o.resamples = 10;
        o.threads = 0;
        QCOMPARE(failedParameter([&] { stats::bootstrapMean(kX, o); }), std::string("threads"));
        QCOMPARE(failedParameter([&] { stats::bootstrapMean(one); }), std::string("sample"));
        QCOMPARE(failedParameter([] { stats::bernoulliSample(5, 3); }), std::string("successes"));
        QCOMPARE(failedParameter([] { stats::bernoulliSample(-1, 3); }), std::string("successes"));
        std::vector<float> a(5, 1.0f), b(4, 1.0f);
        const std::vector<std::span<const float>> mismatched = {a, b};
        QCOMPARE(failedParameter([&] { stats::significanceMatrix(mismatched); }), std::string("models[1]"));
        const std::vector<std::span<const float>> single = {a};
        QCOMPARE(failedParameter([&] { stats::significanceMatrix(single); }), std::string("models"));
    }
};

QTEST_GUILESS_MAIN(TestSignificance)
#include "tst_significance.moc"

// Simulated A/B tests (core/abtest): visitor assignment, a replay on a hand-made log with every click and
// conversion computed by hand, the parametric simulator (planted lift recovered; 10,000 A/A tests calibrated
// through the whole analysis), and bad parameters. The statistics themselves are tested in tst_ab_stats and
// tst_sequential against scipy/statsmodels values.
#include <QTest>

#include <cmath>
#include <string>

#include "ModelTestData.h"
#include "abtest/Aggregate.h"
#include "abtest/Analysis.h"
#include "abtest/Assignment.h"
#include "abtest/Parametric.h"
#include "abtest/Replay.h"
#include "report/AbTestJson.h"

using namespace vitrina;
using data::EventType;

namespace {

template <class F> std::string failedParameter(F&& f) {
    try {
        f();
    } catch (const util::Error& e) {
        return e.message().parameter;
    }
    return "(no error)";
}

constexpr std::int64_t kHour = 3600LL * 1000, kMinute = 60LL * 1000, kDay = 24 * kHour;
constexpr std::int64_t kT0 = 1433116800000LL; // 2015-06-01 00:00 UTC

/// The first raw ids >= from that the assigner puts into arm 0 and arm 1 (two each).
std::pair<std::vector<std::int64_t>, std::vector<std::int64_t>> idsByArm(const abtest::Assigner& assigner) {
    std::vector<std::int64_t> a, b;
    for (std::int64_t id = 100; a.size() < 2 || b.size() < 2; ++id) {
        auto& list = assigner.arm(id) == 0 ? a : b;
        if (list.size() < 2) list.push_back(id);
    }
    return {a, b};
}

} // namespace

class TestAbTest : public QObject {
    Q_OBJECT
private slots:
    void splitParsing() {
        const auto half = abtest::parseSplit("50/50", 2);
        QCOMPARE(half, (std::vector<double>{0.5, 0.5}));
        QCOMPARE(abtest::parseSplit("1/1/2", 3), (std::vector<double>{0.25, 0.25, 0.5}));
        QCOMPARE(abtest::parseSplit("90/10", 2)[1], 0.1);
        QCOMPARE(failedParameter([] { abtest::parseSplit("0/100", 2); }), std::string("split"));
        QCOMPARE(failedParameter([] { abtest::parseSplit("50", 2); }), std::string("split"));
        QCOMPARE(failedParameter([] { abtest::parseSplit("a/b", 2); }), std::string("split"));
        QCOMPARE(failedParameter([] { abtest::parseSplit("50//50", 2); }), std::string("split"));
        QCOMPARE(failedParameter([] { abtest::Assigner({0.7, 0.7}, 1); }), std::string("split"));
        QCOMPARE(abtest::splitText(half), std::string("50/50"));
    }

    void assignmentIsDeterministicAndFollowsTheSplit() {
        const abtest::Assigner a({0.5, 0.5}, 7), again({0.5, 0.5}, 7), other({0.5, 0.5}, 8);
        // The hash is the project's SplitMix64 finaliser: pinned so that a change of it would be noticed.
        QCOMPARE(a.unit(123456), static_cast<double>(util::hash64(123456, 7) >> 11) * 0x1.0p-53);
        std::int64_t counts[2] = {0, 0}, differ = 0;
        const std::int64_t n = 200000;
        for (std::int64_t id = 0; id < n; ++id) { // consecutive raw ids, as the release numbers visitors
            const auto arm = a.arm(id);
            QCOMPARE(arm, again.arm(id));
            ++counts[arm];
            differ += arm != other.arm(id) ? 1 : 0;
        }
        // Chi-square against 50/50 below the 0.1 % critical value 10.83 (df 1), and a new seed reshuffles about
        // half of the visitors.
        const double e = n / 2.0;
        const double chi = (counts[0] - e) * (counts[0] - e) / e + (counts[1] - e) * (counts[1] - e) / e;
        QVERIFY2(chi < 10.83, qPrintable(QString::number(chi)));
        QVERIFY(std::abs(static_cast<double>(differ) / n - 0.5) < 0.01);
        // Unequal three-way split: df 2, critical value 13.82.
        const abtest::Assigner three({0.6, 0.3, 0.1}, 99);
        std::int64_t c3[3] = {0, 0, 0};
        for (std::int64_t id = 1000000; id < 1000000 + n; ++id) ++c3[three.arm(id)];
        double chi3 = 0.0;
        for (int k = 0; k < 3; ++k) {
            const double ek = n * three.weights()[static_cast<std::size_t>(k)];
            chi3 += (c3[k] - ek) * (c3[k] - ek) / ek;
        }
        QVERIFY2(chi3 < 13.82, qPrintable(QString::number(chi3)));
    }

    void replayOnAHandLog() {
        // Training day (2015-06-01): popularity 10 x3, 20 x2, 30 x1. Test days 06-02 and 06-03 (D = 2).
        const abtest::Assigner assigner({0.5, 0.5}, 42);
        const auto [controlIds, treatmentIds] = idsByArm(assigner);
        const std::int64_t A1 = controlIds[0], A2 = controlIds[1], B1 = treatmentIds[0], B2 = treatmentIds[1];
        const std::int64_t W = kT0 + kDay;
        std::vector<test::HandEvent> events{
            {900, kT0 + kHour, 10, EventType::View}, {900, kT0 + kHour + kMinute, 20, EventType::View},
            {900, kT0 + kHour + 2 * kMinute, 10, EventType::View}, {901, kT0 + 5 * kHour, 10, EventType::View},
            {901, kT0 + 5 * kHour + kMinute, 20, EventType::View}, {B1, kT0 + 2 * kHour, 30, EventType::View},
            // Day 0 of the test. A1 (new): list [10, 20]; views 20 (rank 2), carts and buys it.
            {A1, W + kHour, 40, EventType::View}, {A1, W + kHour + kMinute, 20, EventType::View},
            {A1, W + kHour + 2 * kMinute, 20, EventType::AddToCart}, {A1, W + kHour + 3 * kMinute, 20, EventType::Transaction, 1},
            // A2 (new): a one-event session, then a session clicking 10 (rank 1); buys 10 on day 1 in a new session,
            // which counts for the day-0 list (within 24 h, the latest earlier list that showed it).
            {A2, W + 2 * kHour, 10, EventType::View}, {A2, W + 5 * kHour, 30, EventType::View},
            {A2, W + 5 * kHour + kMinute, 10, EventType::View}, {A2, W + 27 * kHour, 10, EventType::Transaction, 2},
            // B1 (history: 30): recent gives [30, 10]; views 30 (rank 1) and carts it.
            {B1, W + 3 * kHour, 10, EventType::View}, {B1, W + 3 * kHour + kMinute, 30, EventType::View},
            {B1, W + 3 * kHour + 2 * kMinute, 30, EventType::AddToCart},
            // Day 1. B2 (new): fallback [10, 20]; views 10 (rank 1); 40 min later buys 20 in a new session.
            {B2, W + kDay + 4 * kHour, 20, EventType::View}, {B2, W + kDay + 4 * kHour + kMinute, 10, EventType::View},
            {B2, W + kDay + 4 * kHour + 40 * kMinute, 20, EventType::Transaction, 3},
        };
        auto ds = test::handDataset(events);
        // Price (property 790) of item 20: 7.5 from the start.
        auto& price = ds->items.price;
        price.offsets.assign(ds->items.size() + 1, 0);
        const auto i20 = test::itemOf(*ds, 20);
        for (std::size_t i = i20 + 1; i < price.offsets.size(); ++i) price.offsets[i] = 1;
        price.time = {0};
        price.value = {7.5f};

        abtest::ReplayOptions o;
        o.arms = {{"popular", nlohmann::json::object(), ""}, {"recent", nlohmann::json::object(), ""}};
        o.days = 2;
        o.listLength = 2;
        o.clickModel.decay = 0.5;
        o.threads = 2;
        const auto setup = abtest::prepareReplay(ds, o);
        QVERIFY2(setup.ok(), setup.error ? setup.error->text().c_str() : "");
        QCOMPARE(setup->startMs, W);
        const auto r = abtest::runReplay(*setup, o);
        QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
        const auto& c = r->arms[0];
        const auto& t = r->arms[1];
        QCOMPARE(c.name, std::string("popular"));
        // Control, day 0: A1 and A2, 3 lists, clicks 0.5 + 0 + 1, both converted (A2 through the day-1 purchase),
        // A1 carted, revenue 7.5 (item 10 has no price).
        QCOMPARE(c.days[0].visitors, std::int64_t{2});
        QCOMPARE(c.days[0].exposures, std::int64_t{3});
        QCOMPARE(c.days[0].clicks, 1.5);
        QCOMPARE(c.days[0].converters, std::int64_t{2});
        QCOMPARE(c.days[0].carters, std::int64_t{1});
        QCOMPARE(c.days[0].revenue, 7.5);
        // Control, day 1: A2's one-event session (the purchase itself opens it: no click, no conversion).
        QCOMPARE(c.days[1].visitors, std::int64_t{1});
        QCOMPARE(c.days[1].exposures, std::int64_t{1});
        QCOMPARE(c.days[1].clicks, 0.0);
        QCOMPARE(c.days[1].converters, std::int64_t{0});
        QCOMPARE(c.days[1].cumVisitors, std::int64_t{2});
        QCOMPARE(c.days[1].cumExposures, std::int64_t{4});
        QCOMPARE(c.days[1].cumConverters, std::int64_t{2});
        QCOMPARE(c.days[1].cumCarters, std::int64_t{1});
        QCOMPARE(c.fallbackLists, std::uint64_t{2});
        // Per-visitor CTR sums: A1 (0.5, 1), A2 (1, 3).
        QCOMPARE(c.days[1].cumCtr.units, std::int64_t{2});
        QCOMPARE(c.days[1].cumCtr.numerator, 1.5);
        QCOMPARE(c.days[1].cumCtr.denominator, 4.0);
        QCOMPARE(c.days[1].cumCtr.numeratorSquares, 0.25 + 1.0);
        QCOMPARE(c.days[1].cumCtr.denominatorSquares, 1.0 + 9.0);
        QCOMPARE(c.days[1].cumCtr.crossProducts, 0.5 + 3.0);
        QCOMPARE(c.days[0].cumCtr.denominatorSquares, 1.0 + 4.0);
        // Revenue per visitor: A1 7.5, A2 0 -> mean 3.75, variance 28.125.
        QCOMPARE(c.days[1].cumRevenueSummary.mean, 3.75);
        QCOMPARE(c.days[1].cumRevenueSummary.variance, 28.125);
        // Treatment, day 0: B1, one list [30, 10], click 1 (30 at rank 1), carted, no purchase.
        QCOMPARE(t.days[0].visitors, std::int64_t{1});
        QCOMPARE(t.days[0].exposures, std::int64_t{1});
        QCOMPARE(t.days[0].clicks, 1.0);
        QCOMPARE(t.days[0].carters, std::int64_t{1});
        QCOMPARE(t.days[0].converters, std::int64_t{0});
        // Treatment, day 1: B2, 2 lists, click 1 + 0, converted through the first list, revenue 7.5.
        QCOMPARE(t.days[1].visitors, std::int64_t{1});
        QCOMPARE(t.days[1].exposures, std::int64_t{2});
        QCOMPARE(t.days[1].clicks, 1.0);
        QCOMPARE(t.days[1].converters, std::int64_t{1});
        QCOMPARE(t.days[1].carters, std::int64_t{0});
        QCOMPARE(t.days[1].revenue, 7.5);
        QCOMPARE(t.days[1].cumVisitors, std::int64_t{2});
        QCOMPARE(t.days[1].cumExposures, std::int64_t{3});
        QCOMPARE(t.days[1].cumClicks, 2.0);
        QCOMPARE(t.days[1].cumConverters, std::int64_t{1});
        QCOMPARE(t.fallbackLists, std::uint64_t{1});
        QVERIFY(r->hasRevenue);
        bool truncated = false;
        for (const auto& w : r->warnings) truncated |= w.code == util::MessageCode::AbHorizonTruncated;
        QVERIFY(truncated);

        // The same run on one thread, and an analysis of it, give identical documents.
        o.threads = 1;
        const auto single = abtest::runReplay(*setup, o);
        QVERIFY(single.ok());
        QCOMPARE(report::experimentJson(*single).dump(), report::experimentJson(*r).dump());
        abtest::AnalysisOptions ao;
        ao.bootstrapResamples = 200;
        ao.bayesianDraws = 1000;
        const auto analysis = abtest::analyse(*r, ao);
        QVERIFY2(analysis.ok(), analysis.error ? analysis.error->text().c_str() : "");
        QCOMPARE(analysis->comparisons.size(), std::size_t{1});
        QCOMPARE(analysis->comparisons[0].metrics.size(), std::size_t{4}); // conversion, addtocart, ctr, revenue
        QCOMPARE(analysis->comparisons[0].metrics[0].control, 1.0);        // 2 of 2 control visitors converted
        QCOMPARE(analysis->comparisons[0].metrics[0].treatment, 0.5);
    }

    void replayIsDeterministicAcrossThreads() {
        auto data = test::coviewData(5, 1500);
        abtest::ReplayOptions o;
        o.arms = {{"als", {{"factors", 8}, {"iterations", 3}}, ""}, {"itemknn", nlohmann::json::object(), ""}};
        o.days = 7;
        o.threads = 2;
        const auto setup = abtest::prepareReplay(data.dataset, o);
        QVERIFY2(setup.ok(), setup.error ? setup.error->text().c_str() : "");
        const auto two = abtest::runReplay(*setup, o);
        o.threads = 1;
        const auto one = abtest::runReplay(*setup, o);
        QVERIFY(two.ok() && one.ok());
        QVERIFY(two->arms[0].last().cumVisitors > 100 && two->arms[1].last().cumVisitors > 100);
        QCOMPARE(report::experimentJson(*one).dump(), report::experimentJson(*two).dump());
        // A cancelled run stops with "cancelled", not with partial results.
        util::CancelToken token;
        token.cancel();
        const auto cancelled = abtest::runReplay(*setup, o, util::Progress([](double, const std::string&) {}, token));
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.cancelled);
    }

    void parametricRecoversThePlantedLift() {
        abtest::ParametricOptions p;
        p.rates = abtest::plantedRates(0.05, 0.2, 2);
        QCOMPARE(p.rates[1], 0.06);
        p.visitors = 400000;
        p.seed = 11;
        const auto data = abtest::runParametric(p);
        QVERIFY(data.ok());
        QCOMPARE(data->arms[0].last().cumVisitors + data->arms[1].last().cumVisitors, std::int64_t{400000});
        abtest::AnalysisOptions ao;
        ao.bayesianDraws = 0;
        ao.bootstrapResamples = 500;
        ao.plannedRate = 0.05;
        ao.plannedVisitorsPerArm = 200000;
        const auto a = abtest::analyse(*data, ao);
        QVERIFY2(a.ok(), a.error ? a.error->text().c_str() : "");
        const auto& m = a->comparisons[0].metrics[0];
        // SE of the lift ~ 0.0246 here: the estimate lies within 3 SE of 0.2 and its score interval holds it.
        QVERIFY(m.effect.liftDefined);
        QVERIFY2(std::abs(m.effect.lift - 0.2) < 0.075, qPrintable(QString::number(m.effect.lift)));
        QVERIFY(m.effect.liftInterval.contains(0.2));
        QVERIFY(a->comparisons[0].bootstrap->relativeLift.interval.contains(m.effect.lift));
        QCOMPARE(a->overall, abtest::Verdict::Better);
        QCOMPARE(a->comparisons[0].verdictMessage.code, util::MessageCode::AbVerdictBetter);
        QVERIFY(a->comparisons[0].bayesian->probabilityTreatmentBetter > 0.999);
        QVERIFY(!a->srm.mismatch);
        // Over 300 smaller experiments the score interval covers the planted lift about 95 % of the time.
        p.visitors = 40000;
        int covered = 0;
        double meanLift = 0.0;
        util::Rng rng(3);
        for (int e = 0; e < 300; ++e) {
            const auto one = abtest::simulateParametric(p, rng);
            double tau2 = 0.0;
            const auto series = abtest::dailySeries(one, 1, ao, tau2);
            covered += series.back().effect.liftInterval.contains(0.2) ? 1 : 0;
            meanLift += series.back().effect.lift / 300.0;
        }
        QVERIFY2(covered >= 270 && covered <= 297, qPrintable(QString::number(covered)));
        QVERIFY2(std::abs(meanLift - 0.2) < 0.02, qPrintable(QString::number(meanLift)));
    }

    void aaCalibrationThroughTheAnalysis() {
        // 10,000 A/A experiments, 10,000 visitors per arm, 14 daily looks, p = 0.05 (issue 5).
        abtest::StudyOptions s;
        s.experiment.rates = {0.05, 0.05};
        s.experiment.visitors = 20000;
        s.experiment.days = 14;
        s.experiment.seed = 2024;
        s.experiments = 10000;
        s.threads = 2;
        const auto r = abtest::runParametricStudy(s);
        QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
        const auto text = QString("fixed %1 peeking %2 msprt %3 srm %4")
                              .arg(r->fixedHorizon.rate).arg(r->dailyPeeking.rate).arg(r->sequential.rate).arg(r->srm.rate);
        // Fixed horizon: 5 % within +-0.6 % (binomial sd 0.22 % at 10,000 tests).
        QVERIFY2(std::abs(r->fixedHorizon.rate - 0.05) <= 0.006, qPrintable(text));
        // Peeking after each of 14 days inflates the error (about 15-20 %).
        QVERIFY2(r->dailyPeeking.rate > 0.10, qPrintable(text));
        // The always-valid p-value stays within alpha (plus 3 sd of sampling noise).
        QVERIFY2(r->sequential.rate <= 0.0565, qPrintable(text));
        // SRM at p < 0.001 flags about 0.1 % of correctly split experiments.
        QVERIFY2(r->srm.rate < 0.004, qPrintable(text));
        // Same seed on one thread: the same experiments (a smaller study to stay fast).
        s.experiments = 500;
        const auto two = abtest::runParametricStudy(s);
        s.threads = 1;
        const auto one = abtest::runParametricStudy(s);
        QCOMPARE(one->fixedHorizon.rejections, two->fixedHorizon.rejections);
        QCOMPARE(one->dailyPeeking.rejections, two->dailyPeeking.rejections);
        QCOMPARE(one->sequential.rejections, two->sequential.rejections);
    }

    void badParameters() {
        abtest::ReplayOptions o;
        o.arms = {{"als", nlohmann::json::object(), ""}, {"popular", nlohmann::json::object(), ""}};
        QCOMPARE(failedParameter([&] { abtest::requireReplayOptions(o); }), std::string("(no error)"));
        o.days = 0;
        QCOMPARE(failedParameter([&] { abtest::requireReplayOptions(o); }), std::string("days"));
        o.days = 14;
        o.split = {0.0, 1.0};
        QCOMPARE(failedParameter([&] { abtest::requireReplayOptions(o); }), std::string("split"));
        o.split = {};
        o.arms[0].model = "no-such-model";
        try {
            abtest::requireReplayOptions(o);
            QFAIL("an unknown arm passed");
        } catch (const util::Error& e) {
            QCOMPARE(e.message().parameter, std::string("arms"));
            QVERIFY(e.message().text().find("no-such-model") != std::string::npos);
        }
        o.arms.resize(1);
        QCOMPARE(failedParameter([&] { abtest::requireReplayOptions(o); }), std::string("arms"));
        abtest::ParametricOptions p;
        p.days = 0;
        QCOMPARE(failedParameter([&] { abtest::requireParametricOptions(p); }), std::string("days"));
        p.days = 14;
        p.rates = {0.05, 1.5};
        QCOMPARE(failedParameter([&] { abtest::requireParametricOptions(p); }), std::string("rates"));
        p.rates = {0.05, 0.05};
        const auto data = abtest::runParametric(p);
        abtest::AnalysisOptions ao;
        ao.metric = abtest::Metric::Ctr;
        const auto a = abtest::analyse(*data, ao);
        QVERIFY(!a.ok());
        QCOMPARE(a.error->parameter, std::string("metric"));
        QCOMPARE(failedParameter([] { abtest::parseMetric("clicks"); }), std::string("metric"));
        // A model parameter error names the model's parameter; a log without test days names the problem.
        o.arms = {{"als", {{"factors", 0}}, ""}, {"popular", nlohmann::json::object(), ""}};
        const auto ds = test::handDataset({{1, kT0, 10, EventType::View}, {2, kT0 + kHour, 20, EventType::View}});
        const auto bad = abtest::prepareReplay(ds, o);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error->parameter, std::string("als.factors"));
        o.arms[0].params = nlohmann::json::object();
        const auto noTraining = abtest::prepareReplay(ds, o);
        QVERIFY(!noTraining.ok());
        QCOMPARE(noTraining.error->code, util::MessageCode::AbNoTestPeriod);
    }
};

QTEST_GUILESS_MAIN(TestAbTest)
#include "tst_abtest.moc"

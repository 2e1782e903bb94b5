// SKNN and V-SKNN against hand calculations of session-rec's formulas on a tiny session log, the training
// session catalogue, sampling, the "Ours" rules, round trips, parameters and a held-out comparison.
#include <QTest>

#include <cmath>
#include <set>

// moc cannot parse the X-macro message list that the core headers include; it does not need them.
#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "models/baseline/PopularModel.h"
#include "models/session/SessionKnnModel.h"
#endif

using namespace vitrina;
using data::EventType;
using models::SessionKnnRecommender;
using models::SessionKnnVariant;

namespace {

// Training sessions (one visitor each; raw item ids 1..7 are dense 0..6):
//   S0 visitor 100: 1 2 3   (last event at 3000)
//   S1 visitor 101: 2 4     (5000)
//   S2 visitor 102: 3 4 5   (8000)
//   S3 visitor 103: 1 5     (10000)
//   S4 visitor 104: 6 7     (12000)
std::shared_ptr<data::Dataset> sessionLog() {
    return test::handDataset({{100, 1000, 1}, {100, 2000, 2}, {100, 3000, 3},
                              {101, 4000, 2}, {101, 5000, 4},
                              {102, 6000, 3}, {102, 7000, 4}, {102, 8000, 5},
                              {103, 9000, 1}, {103, 10000, 5},
                              {104, 11000, 6}, {104, 12000, 7}});
}

data::ItemIndex dense(std::int64_t raw) { return static_cast<data::ItemIndex>(raw - 1); }

/// The current session of every hand test: clicks 1 2 1 4.
test::OwnedQuery currentSession() {
    test::OwnedQuery q;
    for (const std::int64_t raw : {1, 2, 1, 4}) q.add(dense(raw), EventType::View, 20000 + 1000 * static_cast<std::int64_t>(q.items.size()));
    return q;
}

std::unique_ptr<SessionKnnRecommender> fit(SessionKnnVariant v, const std::shared_ptr<models::TrainingSet>& train,
                                           const nlohmann::json& params, std::uint64_t seed = 42) {
    return test::fitted(std::make_unique<SessionKnnRecommender>(v), train, params, seed);
}

/// Scores of raw items 1..7.
std::vector<double> scoresOf(const SessionKnnRecommender& m, const models::Query& q) {
    std::vector<float> s(7);
    m.score(q, s);
    return {s.begin(), s.end()};
}

bool near(const std::vector<double>& got, const std::vector<double>& expected, double tol = 1e-6) {
    if (got.size() != expected.size()) return false;
    for (std::size_t i = 0; i < got.size(); ++i)
        if (std::fabs(got[i] - expected[i]) > tol) {
            qWarning("item %zu: got %.9f, expected %.9f", i + 1, got[i], expected[i]);
            return false;
        }
    return true;
}

std::vector<std::uint32_t> sessionsOf(const std::vector<SessionKnnRecommender::Neighbour>& n) {
    std::vector<std::uint32_t> out;
    for (const auto& x : n) out.push_back(x.session);
    return out;
}

} // namespace

class TstSknn : public QObject {
    Q_OBJECT

private slots:
    void catalogKeepsTrainingEventsInRecencyOrder() {
        const auto ds = sessionLog();
        auto model = fit(SessionKnnVariant::Sknn, test::trainingBefore(ds, 7500), {});
        const auto& c = model->catalog();
        QCOMPARE(c.size(), std::size_t{3}); // S3 and S4 lie after the cutoff; S2 loses its last event
        QCOMPARE(std::vector<data::ItemIndex>(c.itemsOf(2).begin(), c.itemsOf(2).end()),
                 (std::vector<data::ItemIndex>{dense(3), dense(4)}));
        QCOMPARE(c.lastTime[2], std::int64_t{7000});
        QCOMPARE(std::vector<std::uint32_t>(c.sessionsOf(dense(4)).begin(), c.sessionsOf(dense(4)).end()),
                 (std::vector<std::uint32_t>{2, 1}));
        QCOMPARE(std::vector<std::uint32_t>(c.sessionsOf(dense(3)).begin(), c.sessionsOf(dense(3)).end()),
                 (std::vector<std::uint32_t>{2, 0}));
        QVERIFY(c.sessionsOf(dense(5)).empty());
    }

    void sknnJaccardCosineVec() {
        const auto train = test::trainingBefore(sessionLog());
        const auto session = currentSession();
        const auto q = session.query();
        // S = {1, 2, 4}. Jaccard: S0 2/4, S1 2/3, S2 1/5, S3 1/4; S4 shares nothing.
        const double j0 = 2.0 / 4, j1 = 2.0 / 3, j2 = 1.0 / 5, j3 = 1.0 / 4;
        auto jaccard = fit(SessionKnnVariant::Sknn, train, {{"normalize", false}});
        QCOMPARE(sessionsOf(jaccard->neighbours(q)), (std::vector<std::uint32_t>{1, 0, 3, 2}));
        QVERIFY(near(scoresOf(*jaccard, q), {j0 + j3, j0 + j1, j0 + j2, j1 + j2, j2 + j3, 0, 0}));
        auto normalised = fit(SessionKnnVariant::Sknn, train, {});
        const double top = j0 + j1;
        QVERIFY(near(scoresOf(*normalised, q), {(j0 + j3) / top, 1, (j0 + j2) / top, (j1 + j2) / top, (j2 + j3) / top, 0, 0}));
        // k = 2: S1 and S0.
        auto k2 = fit(SessionKnnVariant::Sknn, train, {{"normalize", false}, {"k", 2}});
        QVERIFY(near(scoresOf(*k2, q), {j0, j0 + j1, j0, j1, 0, 0, 0}));
        // Cosine |S n N| / (sqrt|S| sqrt|N|).
        auto cosine = fit(SessionKnnVariant::Sknn, train, {{"normalize", false}, {"similarity", "cosine"}});
        const double c0 = 2 / (std::sqrt(3.0) * std::sqrt(3.0)), c1 = 2 / (std::sqrt(3.0) * std::sqrt(2.0)),
                     c2 = 1 / (std::sqrt(3.0) * std::sqrt(3.0)), c3 = 1 / (std::sqrt(3.0) * std::sqrt(2.0));
        QVERIFY(near(scoresOf(*cosine, q), {c0 + c3, c0 + c1, c0 + c2, c1 + c2, c2 + c3, 0, 0}));
        // vec |S n N| / |S|: S0 = S1 = 2/3 and S2 = S3 = 1/3; equal similarities go to the more recent session.
        auto vec = fit(SessionKnnVariant::Sknn, train, {{"normalize", false}, {"similarity", "vec"}});
        QCOMPARE(sessionsOf(vec->neighbours(q)), (std::vector<std::uint32_t>{1, 0, 3, 2}));
        auto vec3 = fit(SessionKnnVariant::Sknn, train, {{"normalize", false}, {"similarity", "vec"}, {"k", 3}});
        QVERIFY(near(scoresOf(*vec3, q), {2.0 / 3 + 1.0 / 3, 4.0 / 3, 2.0 / 3, 2.0 / 3, 1.0 / 3, 0, 0}));
    }

    void sknnReminderAndSampling() {
        const auto train = test::trainingBefore(sessionLog());
        const auto session = currentSession();
        const auto q = session.query();
        const double j0 = 2.0 / 4, j1 = 2.0 / 3, j2 = 1.0 / 5, j3 = 1.0 / 4;
        // Reminders: the last three clicks 2, 1, 4 get (score + 5) * 5 + position / 100.
        auto remind = fit(SessionKnnVariant::Sknn, train, {{"normalize", false}, {"remind", true}});
        QVERIFY(near(scoresOf(*remind, q),
                     {(j0 + j3 + 5) * 5 + 0.02, (j0 + j1 + 5) * 5 + 0.01, j0 + j2, (j1 + j2 + 5) * 5 + 0.03, j2 + j3, 0, 0},
                     1e-5));
        const auto reasons = remind->explain(q, dense(2));
        QCOMPARE(reasons.size(), std::size_t{2});
        QCOMPARE(reasons[0].kind, models::ReasonKind::SimilarSessions);
        QCOMPARE(reasons[0].value, 2.0);
        QVERIFY(std::fabs(reasons[0].share - 5 * (j0 + j1) / ((j0 + j1 + 5) * 5 + 0.01)) < 1e-9);
        QCOMPARE(reasons[1].kind, models::ReasonKind::RecentlyViewed);
        QVERIFY(std::fabs(reasons[0].share + reasons[1].share - 1) < 1e-12);
        // Sampling by recency: of S0..S3 the three most recent (S3, S2, S1) stay.
        auto recent = fit(SessionKnnVariant::Sknn, train, {{"normalize", false}, {"sample_size", 3}});
        QCOMPARE(sessionsOf(recent->neighbours(q)), (std::vector<std::uint32_t>{1, 3, 2}));
        QVERIFY(near(scoresOf(*recent, q), {j3, j1, j2, j1 + j2, j2 + j3, 0, 0}));
        // Random sampling: two of the four, always the same two for the same query and seed.
        std::set<std::vector<std::uint32_t>> samples;
        for (std::uint64_t seed = 1; seed <= 12; ++seed) {
            auto random = fit(SessionKnnVariant::Sknn, train, {{"sample_size", 2}, {"sampling", "random"}}, seed);
            auto chosen = sessionsOf(random->neighbours(q));
            QCOMPARE(chosen.size(), std::size_t{2});
            QCOMPARE(sessionsOf(random->neighbours(q)), chosen);
            std::sort(chosen.begin(), chosen.end());
            samples.insert(chosen);
        }
        QVERIFY(samples.size() > 1);
    }

    void vsknnWeightsAndDecays() {
        const auto train = test::trainingBefore(sessionLog());
        const auto session = currentSession();
        const auto q = session.query();
        // Clicks 1 2 1 4 (m = 4): item 1 at position 3, item 2 at 2, item 4 at 4. vec = sum of shared weights / 3.
        // Steps: S0 and S3 share item 1 (position 3, step 2); S1 and S2 share item 4 (step 1).
        // Expected scores of items 1..5 per weighting = weighting_score, computed by hand (see the formulas):
        struct Case {
            const char* weighting;
            std::vector<double> raw;
        };
        const std::vector<Case> cases = {
            // div: w = .75 .5 1; S0 (1.25/3)/2, S1 1.5/3, S2 1/3, S3 (.75/3)/2
            {"div", {0.333333333, 0.708333333, 0.541666667, 0.833333333, 0.458333333}},
            // linear: w = .9 .8 1; decay 1 - .1 step
            {"linear", {0.693333333, 0.993333333, 0.753333333, 0.84, 0.54}},
            // quadratic: w = (3/4)^2 (2/4)^2 1; decay 1/step^2
            {"quadratic", {0.114583333, 0.484375, 0.401041667, 0.75, 0.380208333}},
            // log: w = 1/log10(2.7) 1/log10(3.7) 1/log10(1.7); decay 1/log10(step + 1.7)
            {"log", {3.75242109, 7.105628408, 5.745648358, 8.066394687, 4.713187369}},
            {"same", {1.0, 4.0 / 3, 1.0, 1.0, 2.0 / 3}},
        };
        for (const Case& c : cases) {
            auto model = fit(SessionKnnVariant::Vsknn, train,
                             {{"normalize", false}, {"weighting", c.weighting}, {"weighting_score", c.weighting}});
            auto expected = c.raw;
            expected.push_back(0);
            expected.push_back(0);
            QVERIFY2(near(scoresOf(*model, q), expected), c.weighting);
        }
        auto normalised = fit(SessionKnnVariant::Vsknn, train, {});
        QVERIFY(near(scoresOf(*normalised, q), {0.4, 0.85, 0.65, 1.0, 0.55, 0, 0}));
        const auto reasons = normalised->explain(q, dense(2));
        QCOMPARE(reasons.size(), std::size_t{1});
        QCOMPARE(reasons[0].value, 2.0);
        QCOMPARE(reasons[0].share, 1.0);
        QVERIFY(std::fabs(reasons[0].contribution - 0.85) < 1e-6);
        // remind = false drops the current session's items 1, 2, 4.
        auto noRemind = fit(SessionKnnVariant::Vsknn, train, {{"remind", false}});
        QVERIFY(near(scoresOf(*noRemind, q), {0, 0, 1.0, 0, 0.458333333 / 0.541666667, 0, 0}));
        QVERIFY(noRemind->explain(q, dense(2)).empty());
        // Cosine: shared weight / (sqrt(.75^2 + .5^2 + 1) sqrt|N|), decayed.
        auto cosine = fit(SessionKnnVariant::Vsknn, train, {{"normalize", false}, {"similarity", "cosine"}});
        const double root = std::sqrt(0.75 * 0.75 + 0.25 + 1.0);
        const double s0 = 1.25 / (root * std::sqrt(3.0)) / 2, s1 = 1.5 / (root * std::sqrt(2.0)),
                     s2 = 1.0 / (root * std::sqrt(3.0)), s3 = 0.75 / (root * std::sqrt(2.0)) / 2;
        QVERIFY(near(scoresOf(*cosine, q), {s0 + s3, s0 + s1, s0 + s2, s1 + s2, s2 + s3, 0, 0}));
        // Jaccard (unweighted) with the step decay.
        auto jaccard = fit(SessionKnnVariant::Vsknn, train, {{"normalize", false}, {"similarity", "jaccard"}});
        const double a0 = 0.5 / 2, a1 = 2.0 / 3, a2 = 0.2, a3 = 0.25 / 2;
        QVERIFY(near(scoresOf(*jaccard, q), {a0 + a3, a0 + a1, a0 + a2, a1 + a2, a2 + a3, 0, 0}));
        // last_n_clicks = 2: clicks 1 4 (m = 2, weights .5 and 1, |S| = 2); candidates still come from 1, 2, 4.
        auto lastTwo = fit(SessionKnnVariant::Vsknn, train, {{"normalize", false}, {"last_n_clicks", 2}});
        QVERIFY(near(scoresOf(*lastTwo, q), {0.25, 0.625, 0.625, 1.0, 0.625, 0, 0}));
    }

    void oursRulesForTheTemporalProtocol() {
        const auto ds = sessionLog();
        const auto train = test::trainingBefore(ds);
        auto model = fit(SessionKnnVariant::Vsknn, train, {{"normalize", false}});
        // An empty current session: the history's last session (gaps <= 30 min) stands in for it.
        test::OwnedQuery withHistory;
        withHistory.add(dense(6), EventType::View, 20000 - 5'000'000);
        for (const std::int64_t raw : {1, 2, 1, 4}) withHistory.add(dense(raw), EventType::View, 20000 + 1000 * static_cast<std::int64_t>(withHistory.items.size()));
        withHistory.sessionBegin = withHistory.items.size();
        withHistory.at += 3'600'000;
        QVERIFY(near(scoresOf(*model, withHistory.query()), scoresOf(*model, currentSession().query())));
        // A visitor's own training session is never its own neighbour.
        test::OwnedQuery own;
        own.add(dense(1), EventType::View, 9000);
        own.add(dense(5), EventType::View, 10000);
        own.visitor = *ds->visitors.find(103);
        QCOMPARE(sessionsOf(model->neighbours(own.query())), (std::vector<std::uint32_t>{2, 0}));
        own.visitor.reset();
        QCOMPARE(sessionsOf(model->neighbours(own.query())).front(), std::uint32_t{3});
        // No history at all: no signal (the fallback fills the list).
        QVERIFY(near(scoresOf(*model, test::OwnedQuery{}.query()), {0, 0, 0, 0, 0, 0, 0}));
    }

    void roundTripsAndParameters() {
        const auto data = test::coviewData(8, 800);
        const auto queries = test::queriesOf(data);
        for (const auto v : {SessionKnnVariant::Sknn, SessionKnnVariant::Vsknn}) {
            for (const nlohmann::json& p : {nlohmann::json::object(), nlohmann::json{{"sampling", "random"}, {"sample_size", 50}}}) {
                auto model = fit(v, data.train, p);
                SessionKnnRecommender fresh(v);
                QVERIFY(test::roundTripAgrees(*model, fresh, data.train, queries));
            }
        }
        const auto parameterOf = [](SessionKnnVariant v, const nlohmann::json& p) {
            try {
                SessionKnnRecommender m(v);
                m.setParameters(p);
            } catch (const util::Error& e) {
                return e.message().parameter;
            }
            return std::string();
        };
        QCOMPARE(parameterOf(SessionKnnVariant::Sknn, {{"k", 0}}), std::string("sknn.k"));
        QCOMPARE(parameterOf(SessionKnnVariant::Sknn, {{"sample_size", -1}}), std::string("sknn.sample_size"));
        QCOMPARE(parameterOf(SessionKnnVariant::Sknn, {{"sampling", "oldest"}}), std::string("sknn.sampling"));
        QCOMPARE(parameterOf(SessionKnnVariant::Sknn, {{"weighting", "div"}}), std::string("sknn.weighting"));
        QCOMPARE(parameterOf(SessionKnnVariant::Vsknn, {{"weighting", "cubic"}}), std::string("vsknn.weighting"));
        QCOMPARE(parameterOf(SessionKnnVariant::Vsknn, {{"weighting_score", 1}}), std::string("vsknn.weighting_score"));
        QCOMPARE(parameterOf(SessionKnnVariant::Vsknn, {{"similarity", "tanimoto"}}), std::string("vsknn.similarity"));
        QCOMPARE(parameterOf(SessionKnnVariant::Vsknn, {{"remind", "maybe"}}), std::string("vsknn.remind"));
        QCOMPARE(parameterOf(SessionKnnVariant::Vsknn, {{"last_n_clicks", -2}}), std::string("vsknn.last_n_clicks"));
    }

    void vsknnBeatsPopularOnHeldOutData() {
        const auto data = test::coviewData(42);
        auto vsknn = fit(SessionKnnVariant::Vsknn, data.train, {});
        auto sknn = fit(SessionKnnVariant::Sknn, data.train, {});
        auto popular = test::fitted(std::make_unique<models::PopularRecommender>(), data.train);
        const double hrV = test::hitRate(*vsknn, data, 10), hrS = test::hitRate(*sknn, data, 10),
                     hrP = test::hitRate(*popular, data, 10);
        qInfo("HR@10 over %zu lists: vsknn %.4f, sknn %.4f, popular %.4f", data.queries.size(), hrV, hrS, hrP);
        QVERIFY(hrV > 1.5 * hrP);
        QVERIFY(hrS > 1.5 * hrP);
    }
};

QTEST_APPLESS_MAIN(TstSknn)
#include "tst_sknn.moc"

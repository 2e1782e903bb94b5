// EASE: the blocked in-place SPD inverse against Eigen, B against the ridge regression of each column on the
// others (core/models/README.md, EASE), float against double precision, the top-N restriction and its
// fallback, exact explanations, batch = single scoring, round trips, parameters, the memory estimate,
// cancellation, and a held-out comparison with Random and Popular.
#include <QTest>

#include <cmath>
#include <limits>

// moc cannot parse the X-macro message list that the core headers include; it does not need them.
#ifndef Q_MOC_RUN
#include <Eigen/Dense>

#include "ModelTestData.h"
#include "models/Catalogue.h"
#include "models/baseline/PopularModel.h"
#include "models/baseline/RandomModel.h"
#include "models/factorisation/EaseModel.h"
#include "util/Denormals.h"
#include "models/factorisation/SpdInverse.h"
#include "util/Random.h"
#endif

using namespace vitrina;
using data::EventType;

namespace {

template <class Body> std::string failingParameter(Body&& body) {
    try {
        body();
    } catch (const util::Error& e) {
        return e.message().parameter;
    }
    return "";
}

struct Ranking {
    double hitRate20 = 0.0, ndcg10 = 0.0;
};

Ranking rank(const models::Recommender& model, const test::CoviewData& data) {
    std::vector<models::Query> queries;
    for (const auto& q : data.queries) queries.push_back(q.query());
    models::RecommendOptions options;
    options.k = 20;
    const auto lists = model.recommendBatch(queries, options, 2);
    Ranking r;
    for (std::size_t q = 0; q < lists.size(); ++q) {
        const auto& items = lists[q].items;
        const auto at = std::find(items.begin(), items.end(), data.targets[q]);
        if (at == items.end()) continue;
        const auto position = static_cast<double>(at - items.begin()) + 1.0;
        r.hitRate20 += 1.0;
        if (position <= 10) r.ndcg10 += 1.0 / std::log2(position + 1.0);
    }
    r.hitRate20 /= static_cast<double>(lists.size());
    r.ndcg10 /= static_cast<double>(lists.size());
    return r;
}

Eigen::MatrixXd randomSpd(Eigen::Index n, std::uint64_t seed) {
    util::Rng rng(seed);
    Eigen::MatrixXd x(n + 40, n);
    for (Eigen::Index r = 0; r < x.rows(); ++r)
        for (Eigen::Index c = 0; c < n; ++c) x(r, c) = rng.bernoulli(0.1) ? 1.0 + static_cast<double>(rng.below(3)) : 0.0;
    return x.transpose() * x + 5.0 * Eigen::MatrixXd::Identity(n, n);
}

/// Visitor x modelled item matrix (columns in the model's order) with the model's default weights (max of
/// 1 / 3 / 5).
Eigen::MatrixXd denseX(const models::EaseRecommender& model, const models::TrainingSet& train) {
    const auto& items = model.modelledItems();
    const auto& log = train.dataset().events;
    Eigen::MatrixXd x = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(log.visitorCount()),
                                              static_cast<Eigen::Index>(items.size()));
    const data::EventWeights w;
    for (std::size_t e = 0; e < log.size(); ++e) {
        if (!train.isTraining(e)) continue;
        const auto at = std::find(items.begin(), items.end(), log.item[e]);
        if (at == items.end()) continue;
        double& cell = x(log.visitor[e], at - items.begin());
        cell = std::max(cell, static_cast<double>(w.of(log.type[e])));
    }
    return x;
}

} // namespace

class TstEase : public QObject {
    Q_OBJECT

private slots:
    void denormalsFlushOnlyInScope() {
        if (!util::FlushDenormals::supported()) QSKIP("this processor has no flush-to-zero mode the code knows");
        volatile float tiny = 1e-39f; // subnormal in float
        volatile float half = 0.0f;
        {
            const util::FlushDenormals flush;
            half = tiny * 0.5f;
            QCOMPARE(static_cast<float>(half), 0.0f);
        }
        half = tiny * 0.5f; // the thread's mode is back
        QVERIFY(half > 0.0f);
        volatile double tinyDouble = 1e-310;
        QVERIFY(tinyDouble * 0.5 > 0.0);
    }

    void blockedInverseMatchesEigen() {
        for (const Eigen::Index n : {1, 7, 256, 700}) { // below, at and across the 256-wide panels
            const Eigen::MatrixXd g = randomSpd(n, static_cast<std::uint64_t>(n));
            const Eigen::MatrixXd want = g.inverse();
            Eigen::MatrixXd d = g;
            d.triangularView<Eigen::StrictlyUpper>().setConstant(12345.0); // the upper triangle is ignored
            models::invertSpdInPlace(d.data(), static_cast<std::size_t>(n), 2, {});
            const double scale = want.cwiseAbs().maxCoeff();
            QVERIFY((d - want).cwiseAbs().maxCoeff() < 1e-12 * scale * n);
            Eigen::MatrixXf f1 = g.cast<float>(), f2 = f1;
            models::invertSpdInPlace(f1.data(), static_cast<std::size_t>(n), 1, {});
            models::invertSpdInPlace(f2.data(), static_cast<std::size_t>(n), 2, {});
            QVERIFY(f1 == f2); // the thread count does not change a bit
            const double floatError = (f1.cast<double>() - want).cwiseAbs().maxCoeff() / scale;
            qInfo("n = %ld: float inverse max error %.2e of the largest entry", static_cast<long>(n), floatError);
            QVERIFY(floatError < 1e-4);
        }
        Eigen::MatrixXd notSpd = -Eigen::MatrixXd::Identity(5, 5);
        QVERIFY_THROWS_EXCEPTION(util::Error, models::invertSpdInPlace(notSpd.data(), 5, 1, {}));
    }

    void weightsAreRidgeRegressionsOfEachColumn() {
        const auto data = test::coviewData(3, 400, 4, 6); // 24 items
        for (const std::string precision : {"double", "float"}) {
            const double lambda = 7.0;
            auto model = test::fitted(std::make_unique<models::EaseRecommender>(), data.train,
                                      {{"lambda", lambda}, {"precision", precision}});
            const Eigen::MatrixXd x = denseX(*model, *data.train);
            const Eigen::Index n = x.cols();
            QCOMPARE(static_cast<std::size_t>(n), data.train->candidateCount());
            double worst = 0.0, largest = 0.0;
            for (Eigen::Index j = 0; j < n; ++j) {
                // beta = argmin |x_j - X_-j beta|^2 + lambda |beta|^2
                Eigen::MatrixXd others(x.rows(), n - 1);
                others << x.leftCols(j), x.rightCols(n - j - 1);
                const Eigen::VectorXd beta =
                    (others.transpose() * others + lambda * Eigen::MatrixXd::Identity(n - 1, n - 1))
                        .ldlt()
                        .solve(others.transpose() * x.col(j));
                QCOMPARE(model->weight(static_cast<std::size_t>(j), static_cast<std::size_t>(j)), 0.0f);
                for (Eigen::Index i = 0; i < n; ++i) {
                    if (i == j) continue;
                    const double b = model->weight(static_cast<std::size_t>(i), static_cast<std::size_t>(j));
                    worst = std::max(worst, std::fabs(b - beta[i < j ? i : i - 1]));
                    largest = std::max(largest, std::fabs(beta[i < j ? i : i - 1]));
                }
            }
            qInfo("%s precision: B vs ridge regression, max difference %.2e (largest weight %.3f)", precision.c_str(),
                  worst, largest);
            QVERIFY(worst < (precision == "double" ? 1e-6 : 1e-4) * std::max(1.0, largest));
        }
    }

    void floatAndDoublePrecisionAgree() {
        const auto data = test::coviewData(4, 3000, 40, 25); // 1,000 items
        auto single = test::fitted(std::make_unique<models::EaseRecommender>(), data.train, {{"precision", "float"}}, 1, 2);
        auto dbl = test::fitted(std::make_unique<models::EaseRecommender>(), data.train, {{"precision", "double"}}, 1, 2);
        const std::size_t n = single->modelledItems().size();
        double worst = 0.0, largest = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) {
                worst = std::max(worst, static_cast<double>(std::fabs(single->weight(i, j) - dbl->weight(i, j))));
                largest = std::max(largest, static_cast<double>(std::fabs(dbl->weight(i, j))));
            }
        const auto queries = test::queriesOf(data, 1000);
        const auto a = test::listsOf(*single, queries, 20).single, b = test::listsOf(*dbl, queries, 20).single;
        std::size_t same = 0;
        for (std::size_t q = 0; q < a.size(); ++q) same += a[q].items == b[q].items ? 1 : 0;
        qInfo("%zu items: float vs double B max difference %.2e (largest |B| %.3f); identical top-20 lists %zu of %zu",
              n, worst, largest, same, a.size());
        QVERIFY(worst < 1e-4 * largest);
        QVERIFY(same >= a.size() * 95 / 100);
    }

    void onlyTheTopNItemsAreScored() {
        const auto data = test::coviewData(5, 1500);
        auto model = test::fitted(std::make_unique<models::EaseRecommender>(), data.train, {{"items", 50}});
        const auto& order = data.train->popularityOrder();
        QCOMPARE(model->modelledItems(), std::vector<data::ItemIndex>(order.begin(), order.begin() + 50));
        test::OwnedQuery inside, outside;
        inside.add(order[3], EventType::View, 10);
        outside.add(order[70], EventType::View, 10);
        std::vector<float> scores(data.train->itemCount());
        model->score(inside.query(), scores);
        for (std::size_t i = 0; i < scores.size(); ++i) {
            const bool modelled = std::find(order.begin(), order.begin() + 50, i) != order.begin() + 50;
            QCOMPARE(std::isfinite(scores[i]), modelled);
        }
        QCOMPARE(scores[order[3]], 0.0f); // B_ii = 0
        model->score(outside.query(), scores); // no signal: the popularity order over every candidate
        for (std::size_t k = 0; k < order.size(); ++k) QCOMPARE(scores[order[k]], -static_cast<float>(k));
        models::RecommendOptions options;
        options.k = 4;
        const auto list = model->recommend(outside.query(), options);
        QCOMPARE(list.items, std::vector<data::ItemIndex>(order.begin(), order.begin() + 4));
    }

    void scoresAndExplanationsByHand() {
        const auto ds = test::handDataset({{0, 1, 10}, {0, 2, 11}, {1, 1, 10}, {1, 2, 12}, {2, 1, 11}, {2, 2, 12},
                                           {3, 1, 10}, {3, 2, 11, EventType::AddToCart}, {4, 1, 12}});
        const auto train = test::trainingBefore(ds);
        auto model = test::fitted(std::make_unique<models::EaseRecommender>(), train, {{"lambda", 2.0}});
        test::OwnedQuery q;
        q.add(test::itemOf(*ds, 10), EventType::View, 5);
        q.add(test::itemOf(*ds, 11), EventType::AddToCart, 6);
        std::vector<float> scores(train->itemCount());
        model->score(q.query(), scores);
        const auto pos = [&](std::int64_t raw) {
            const auto& items = model->modelledItems();
            return static_cast<std::size_t>(std::find(items.begin(), items.end(), test::itemOf(*ds, raw)) - items.begin());
        };
        const float expected = 1.0f * model->weight(pos(10), pos(12)) + 3.0f * model->weight(pos(11), pos(12));
        QVERIFY(std::fabs(scores[test::itemOf(*ds, 12)] - expected) < 1e-6);
        const auto reasons = model->explain(q.query(), test::itemOf(*ds, 12));
        QCOMPARE(reasons.size(), std::size_t{2});
        double sum = 0.0, shares = 0.0;
        for (const auto& r : reasons) {
            QCOMPARE(r.kind, models::ReasonKind::BecauseViewed);
            sum += r.contribution;
            shares += r.share;
        }
        QVERIFY(std::fabs(sum - expected) < 1e-6);
        if (expected > 0) QVERIFY(std::fabs(shares - 1.0) < 1e-9);
        const auto& cart = reasons[0].item == test::itemOf(*ds, 11) ? reasons[0] : reasons[1];
        QCOMPARE(cart.eventType, static_cast<std::uint8_t>(EventType::AddToCart));
    }

    void batchEqualsSingleAndRoundTrips() {
        const auto data = test::coviewData(6, 1500);
        auto model = test::fitted(std::make_unique<models::EaseRecommender>(), data.train, {{"items", 300}}, 1, 2);
        const auto queries = test::queriesOf(data);
        const auto lists = test::listsOf(*model, queries);
        QVERIFY(test::sameLists(lists.single, lists.batch));
        models::EaseRecommender fresh;
        QVERIFY(test::roundTripAgrees(*model, fresh, data.train, queries));
        auto bytes = model->save();
        bytes.resize(bytes.size() / 2);
        QVERIFY_THROWS_EXCEPTION(util::Error, fresh.load(bytes, data.train));
        const auto created = models::createModel("ease");
        QCOMPARE(created->id(), std::string("ease"));
    }

    void threadCountDoesNotChangeTheModel() {
        const auto data = test::coviewData(7, 1500);
        auto one = test::fitted(std::make_unique<models::EaseRecommender>(), data.train, {}, 1, 1);
        auto two = test::fitted(std::make_unique<models::EaseRecommender>(), data.train, {}, 1, 2);
        const std::size_t n = one->modelledItems().size();
        bool same = true;
        for (std::size_t i = 0; i < n && same; ++i)
            for (std::size_t j = 0; j < n && same; ++j) same = one->weight(i, j) == two->weight(i, j);
        QVERIFY(same);
    }

    void parametersAndMemoryEstimate() {
        models::EaseRecommender m;
        QCOMPARE(failingParameter([&] { m.setParameters({{"items", 0}}); }), std::string("ease.items"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"items", 1e6}}); }), std::string("ease.items"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"lambda", -1}}); }), std::string("ease.lambda"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"lambda", "NaN"}}); }), std::string("ease.lambda"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"precision", "half"}}); }), std::string("ease.precision"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"factors", 8}}); }), std::string("ease.factors"));
        QCOMPARE(models::EaseRecommender::estimatedMemoryBytes(10000), std::uint64_t{400'000'000});
        QCOMPARE(models::EaseRecommender::estimatedMemoryBytes(10000, true), std::uint64_t{1'200'000'000});
        QCOMPARE(models::EaseRecommender::estimatedMemoryBytes(100, false, 1000), std::uint64_t{40'000 + 16'000});
        const auto data = test::coviewData(8, 200);
        auto model = test::fitted(std::make_unique<models::EaseRecommender>(), data.train);
        QCOMPARE(model->memoryBytes() >= 4 * model->modelledItems().size() * model->modelledItems().size(), true);
    }

    void cancellationStopsTraining() {
        const auto data = test::coviewData(9, 300);
        models::EaseRecommender model;
        util::CancelToken token;
        token.cancel();
        models::FitContext ctx;
        ctx.progress = util::Progress([](double, const std::string&) {}, token);
        QVERIFY_THROWS_EXCEPTION(util::Cancelled, model.fit(data.train, ctx));
        QVERIFY(!model.fitted());
    }

    void beatsRandomAndPopularOnHeldOutData() {
        const auto data = test::coviewData(42);
        auto ease = test::fitted(std::make_unique<models::EaseRecommender>(), data.train, {}, 42, 2);
        auto popular = test::fitted(std::make_unique<models::PopularRecommender>(), data.train);
        auto random = test::fitted(std::make_unique<models::RandomRecommender>(), data.train);
        const Ranking e = rank(*ease, data), p = rank(*popular, data), r = rank(*random, data);
        qInfo("%zu lists, HR@20 / NDCG@10: ease %.4f / %.4f, popular %.4f / %.4f, random %.4f / %.4f",
              data.queries.size(), e.hitRate20, e.ndcg10, p.hitRate20, p.ndcg10, r.hitRate20, r.ndcg10);
        QVERIFY(e.hitRate20 > 1.5 * p.hitRate20);
        QVERIFY(e.ndcg10 > 1.5 * p.ndcg10);
        QVERIFY(e.hitRate20 > 3.0 * r.hitRate20);
    }
};

QTEST_APPLESS_MAIN(TstEase)
#include "tst_ease.moc"

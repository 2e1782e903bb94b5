// ALS: Gram matrix and CG half-sweep against exact solves, exact fold-in against the trained vectors, the
// score decomposition behind explanations, batch = single scoring, determinism, round trips, parameters,
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
#include "models/factorisation/AlsModel.h"
#include "models/factorisation/DenseKernels.h"
#include "util/Random.h"
#endif

using namespace vitrina;

namespace {

template <class Body> std::string failingParameter(Body&& body) {
    try {
        body();
    } catch (const util::Error& e) {
        return e.message().parameter;
    }
    return "";
}

/// A random sparse matrix (rows x cols) with about `perRow` positive entries per row, some rows empty.
data::CsrMatrix randomInteractions(std::uint32_t rows, std::uint32_t cols, int perRow, std::uint64_t seed) {
    util::Rng rng(seed);
    data::CsrMatrix m;
    m.rows = rows;
    m.cols = cols;
    m.indptr.push_back(0);
    for (std::uint32_t r = 0; r < rows; ++r) {
        if (r % 7 != 3) { // every 7th row stays empty
            std::vector<std::uint32_t> picked;
            for (int k = 0; k < perRow; ++k) picked.push_back(static_cast<std::uint32_t>(rng.below(cols)));
            std::sort(picked.begin(), picked.end());
            picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
            for (auto c : picked) {
                m.indices.push_back(c);
                m.values.push_back(static_cast<float>(1 + rng.below(5)));
            }
        }
        m.indptr.push_back(m.indices.size());
    }
    return m;
}

models::FactorMatrix randomFactors(std::size_t rows, std::size_t factors, std::uint64_t seed) {
    util::Rng rng(seed);
    models::FactorMatrix f = models::FactorMatrix::Zero(static_cast<Eigen::Index>(rows),
                                                        static_cast<Eigen::Index>(models::kernels::paddedWidth(factors)));
    for (Eigen::Index r = 0; r < f.rows(); ++r)
        for (Eigen::Index k = 0; k < static_cast<Eigen::Index>(factors); ++k) f(r, k) = static_cast<float>(rng.normal(0, 0.5));
    return f;
}

/// The exact solution of row r's ALS system (core/models/README.md, als) in double.
Eigen::VectorXd exactRow(const data::CsrMatrix& m, std::uint32_t r, const models::FactorMatrix& y, double lambda,
                         double alpha) {
    const Eigen::MatrixXd yd = y.cast<double>();
    Eigen::MatrixXd a = yd.transpose() * yd + lambda * Eigen::MatrixXd::Identity(yd.cols(), yd.cols());
    Eigen::VectorXd b = Eigen::VectorXd::Zero(yd.cols());
    for (std::uint64_t k = m.rowBegin(r); k < m.rowEnd(r); ++k) {
        const Eigen::VectorXd f = yd.row(m.indices[k]).transpose();
        a += alpha * m.values[k] * f * f.transpose();
        b += (1 + alpha * m.values[k]) * f;
    }
    return a.ldlt().solve(b);
}

double relativeError(const Eigen::VectorXd& got, const Eigen::VectorXd& want) {
    return (got - want).norm() / std::max(want.norm(), 1e-12);
}

struct Ranking {
    double hitRate20 = 0.0, ndcg10 = 0.0;
};

/// HitRate@20 and NDCG@10 of the coview targets (one relevant item per list).
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

} // namespace

class TstAls : public QObject {
    Q_OBJECT

private slots:
    void gramMatrixMatchesEigenAndIgnoresThreads() {
        const auto y = randomFactors(5000, 12, 3); // 2.4 fixed chunks of rows, padded width 16
        const auto one = models::gramMatrix(y, 0.5f, 1);
        const auto two = models::gramMatrix(y, 0.5f, 2);
        QVERIFY(one == two);
        const Eigen::MatrixXd yd = y.cast<double>();
        const Eigen::MatrixXd want = yd.transpose() * yd + 0.5 * Eigen::MatrixXd::Identity(16, 16);
        QVERIFY((one.cast<double>() - want).cwiseAbs().maxCoeff() < 1e-5 * want.cwiseAbs().maxCoeff());
        QCOMPARE(one(13, 13), 0.5f); // padding: lambda only
        QCOMPARE(one(13, 2), 0.0f);
    }

    void conjugateGradientConvergesToTheExactSolve() {
        const auto m = randomInteractions(150, 40, 4, 11);
        const auto y = randomFactors(40, 10, 12);
        const float lambda = 0.3f, alpha = 2.0f;
        const auto gram = models::gramMatrix(y, lambda, 1);
        models::FactorMatrix start = randomFactors(150, 10, 13);

        models::FactorMatrix many = start;
        models::conjugateGradientSweep(m, y, gram, {alpha, 40}, many, 2, {});
        models::FactorMatrix three = start;
        models::conjugateGradientSweep(m, y, gram, {alpha, 3}, three, 1, {});
        double worstMany = 0.0;
        int improved = 0, active = 0;
        for (std::uint32_t r = 0; r < m.rows; ++r) {
            const Eigen::VectorXd exact = exactRow(m, r, y, lambda, alpha);
            if (m.rowEnd(r) == m.rowBegin(r)) { // no interactions -> 0
                QVERIFY(many.row(r).isZero(0.0f) && three.row(r).isZero(0.0f));
                continue;
            }
            ++active;
            worstMany = std::max(worstMany, relativeError(many.row(r).transpose().cast<double>(), exact));
            const double before = relativeError(start.row(r).transpose().cast<double>(), exact);
            const double after = relativeError(three.row(r).transpose().cast<double>(), exact);
            improved += after < 0.5 * before ? 1 : 0;
            QCOMPARE(three.row(r).tail(6).norm(), 0.0f); // padding stays 0
        }
        qInfo("CG: worst relative error after 40 steps %.2e; 3 steps halved the error in %d of %d rows", worstMany,
              improved, active);
        QVERIFY(worstMany < 1e-4);
        QCOMPARE(improved, active);
    }

    void halfSweepDoesNotDependOnThreads() {
        const auto m = randomInteractions(700, 90, 6, 21);
        const auto y = randomFactors(90, 24, 22);
        const auto gram = models::gramMatrix(y, 0.1f, 1);
        models::FactorMatrix a = randomFactors(700, 24, 23), b = a;
        models::conjugateGradientSweep(m, y, gram, {5.0f, 3}, a, 1, {});
        models::conjugateGradientSweep(m, y, gram, {5.0f, 3}, b, 2, {});
        QVERIFY(a == b);
    }

    void foldInOfATrainingVisitorMatchesItsTrainedVector() {
        const auto data = test::coviewData(5, 1500);
        auto model = std::make_unique<models::AlsRecommender>();
        model->keepVisitorFactors(true);
        model = test::fitted(std::move(model), data.train,
                             {{"factors", 16}, {"iterations", 100}, {"cg_steps", 16}, {"regularization", 1.0}}, 9, 2);
        const auto& log = data.dataset->events;
        int checked = 0;
        double worst = 0.0;
        for (data::VisitorIndex v = 0; v < 300; ++v) {
            test::OwnedQuery q;
            for (std::uint64_t e = log.begin(v); e < log.end(v); ++e)
                if (data.train->isTraining(e)) q.add(log.item[e], log.type[e], log.timestamp[e]);
            const auto trained = model->trainedVisitorVector(v);
            if (q.items.empty()) {
                QVERIFY(!trained);
                continue;
            }
            QVERIFY(trained);
            const auto folded = model->visitorVector(q.query());
            QVERIFY(folded);
            const Eigen::Map<const Eigen::VectorXf> a(trained->data(), static_cast<Eigen::Index>(trained->size()));
            const Eigen::Map<const Eigen::VectorXf> b(folded->data(), static_cast<Eigen::Index>(folded->size()));
            worst = std::max(worst, static_cast<double>((a - b).norm() / a.norm()));
            ++checked;
        }
        qInfo("fold-in vs trained vector: worst relative difference %.2e over %d visitors", worst, checked);
        QVERIFY(checked > 100);
        QVERIFY(worst < 1e-2);
    }

    void decompositionSumsToTheScoreAndExplains() {
        const auto data = test::coviewData(6, 1500);
        auto model = test::fitted(std::make_unique<models::AlsRecommender>(), data.train, {{"factors", 24}}, 3, 2);
        std::vector<float> scores(data.train->itemCount());
        int checked = 0;
        for (std::size_t k = 0; k < 60 && k < data.queries.size(); ++k) {
            const auto q = data.queries[k].query();
            model->score(q, scores);
            const auto list = model->recommend(q, {});
            for (const data::ItemIndex item : list.items) {
                const auto d = model->decompose(q, item);
                QVERIFY(d.signal);
                double sum = 0.0;
                for (const auto& part : d.parts) sum += part.value;
                QVERIFY(std::fabs(sum - d.score) <= 1e-9 * std::max(1.0, std::fabs(d.score)));
                QVERIFY(std::fabs(d.score - scores[item]) <= 1e-4 * std::max(1.0, std::fabs(d.score)));
                const auto reasons = model->explain(q, item);
                QCOMPARE(reasons.size(), d.parts.size());
                double shares = 0.0;
                for (std::size_t r = 0; r < reasons.size(); ++r) {
                    QCOMPARE(reasons[r].kind, models::ReasonKind::BecauseViewed);
                    if (r > 0) QVERIFY(reasons[r - 1].contribution >= reasons[r].contribution);
                    shares += reasons[r].share;
                }
                if (d.score > 0) QVERIFY(std::fabs(shares - 1.0) < 1e-9);
                ++checked;
            }
        }
        QVERIFY(checked > 500);
        QVERIFY(model->explain(test::OwnedQuery{}.query(), 0).empty());
    }

    void decompositionByHand() {
        // One item with factors: x = (G + a r y y^T)^-1 (1 + a r) y for a single history item; the only
        // contribution is the whole score.
        const auto ds = test::handDataset({{0, 10, 1}, {0, 20, 2}, {1, 10, 1}, {1, 20, 3}, {2, 10, 2}, {2, 20, 3}});
        const auto train = test::trainingBefore(ds);
        auto model = test::fitted(std::make_unique<models::AlsRecommender>(), train, {{"factors", 2}, {"alpha", 4}});
        test::OwnedQuery q;
        q.add(test::itemOf(*ds, 1), data::EventType::AddToCart, 5);
        const Eigen::MatrixXd y = model->itemFactors().cast<double>();
        const Eigen::MatrixXd g = model->itemGram().cast<double>();
        const Eigen::VectorXd y1 = y.row(test::itemOf(*ds, 1)).transpose();
        const double r = 3.0, alpha = 4.0; // addtocart weighs 3
        const Eigen::VectorXd x = (g + alpha * r * y1 * y1.transpose()).ldlt().solve((1 + alpha * r) * y1);
        const auto v = model->visitorVector(q.query());
        QVERIFY(v);
        for (Eigen::Index k = 0; k < x.size(); ++k) QVERIFY(std::fabs((*v)[static_cast<std::size_t>(k)] - x[k]) < 1e-5);
        const auto d = model->decompose(q.query(), test::itemOf(*ds, 3));
        QCOMPARE(d.parts.size(), std::size_t{1});
        QCOMPARE(d.parts[0].confidence, 1 + alpha * r);
        QVERIFY(std::fabs(d.parts[0].value - y.row(test::itemOf(*ds, 3)).dot(x)) < 1e-9);
    }

    void batchScoringEqualsSingleScoring() {
        const auto data = test::coviewData(7, 1200);
        auto model = test::fitted(std::make_unique<models::AlsRecommender>(), data.train, {{"factors", 20}}, 1, 2);
        const auto queries = test::queriesOf(data, 70);
        const std::size_t n = data.train->itemCount();
        std::vector<float> block(queries.size() * n), single(n);
        model->scoreBlock(queries, block);
        for (std::size_t q = 0; q < queries.size(); ++q) {
            model->score(queries[q], single);
            QVERIFY(std::equal(single.begin(), single.end(), block.begin() + static_cast<std::ptrdiff_t>(q * n)));
        }
        const auto lists = test::listsOf(*model, queries);
        QVERIFY(test::sameLists(lists.single, lists.batch));
    }

    void historyWithoutSignalGetsThePopularityOrder() {
        const auto data = test::coviewData(8, 800);
        auto model = test::fitted(std::make_unique<models::AlsRecommender>(), data.train, {{"factors", 8}});
        std::vector<float> scores(data.train->itemCount());
        model->score(test::OwnedQuery{}.query(), scores);
        const auto& popular = data.train->popularityOrder();
        for (std::size_t k = 0; k < popular.size(); ++k) QCOMPARE(scores[popular[k]], -static_cast<float>(k));
        models::RecommendOptions options;
        options.k = 5;
        const auto list = model->recommend(test::OwnedQuery{}.query(), options);
        QCOMPARE(list.items, std::vector<data::ItemIndex>(popular.begin(), popular.begin() + 5));
        test::OwnedQuery unseen; // an item without training interactions carries no signal either
        for (data::ItemIndex i = 0; i < data.train->itemCount(); ++i)
            if (!data.train->candidates()[i]) {
                unseen.add(i, data::EventType::View, 1);
                break;
            }
        if (!unseen.items.empty()) QCOMPARE(model->recommend(unseen.query(), options).items, list.items);
    }

    void seedAndThreadsDetermineTheFactors() {
        const auto data = test::coviewData(9, 1000);
        const nlohmann::json params = {{"factors", 16}, {"iterations", 5}};
        auto a = test::fitted(std::make_unique<models::AlsRecommender>(), data.train, params, 77, 2);
        auto b = test::fitted(std::make_unique<models::AlsRecommender>(), data.train, params, 77, 2);
        auto c = test::fitted(std::make_unique<models::AlsRecommender>(), data.train, params, 77, 1);
        auto d = test::fitted(std::make_unique<models::AlsRecommender>(), data.train, params, 78, 2);
        QVERIFY(a->itemFactors() == b->itemFactors());
        QVERIFY(a->itemFactors() == c->itemFactors()); // every row's solve is independent of the thread count
        QVERIFY(a->itemFactors() != d->itemFactors());
    }

    void saveLoadGivesIdenticalRecommendations() {
        const auto data = test::coviewData(10, 1000);
        auto model = test::fitted(std::make_unique<models::AlsRecommender>(), data.train, {{"factors", 12}}, 4, 2);
        models::AlsRecommender fresh;
        QVERIFY(test::roundTripAgrees(*model, fresh, data.train, test::queriesOf(data)));
        QVERIFY(fresh.itemFactors() == model->itemFactors());
        auto bytes = model->save();
        bytes.resize(bytes.size() - 7);
        QVERIFY_THROWS_EXCEPTION(util::Error, fresh.load(bytes, data.train));
        const auto created = models::createModel("als");
        QCOMPARE(created->id(), std::string("als"));
    }

    void parametersAreValidated() {
        models::AlsRecommender m;
        QCOMPARE(failingParameter([&] { m.setParameters({{"factors", 0}}); }), std::string("als.factors"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"factors", 8.5}}); }), std::string("als.factors"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"alpha", -1}}); }), std::string("als.alpha"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"regularization", "nan"}}); }), std::string("als.regularization"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"regularization", 0}}); }), std::string("als.regularization"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"iterations", 0}}); }), std::string("als.iterations"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"cg_steps", -2}}); }), std::string("als.cg_steps"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"combine", "mean"}}); }), std::string("als.combine"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"factorz", 8}}); }), std::string("als.factorz"));
        const auto data = test::coviewData(11, 200);
        QCOMPARE(failingParameter([&] {
                     test::fitted(std::make_unique<models::AlsRecommender>(), data.train,
                                  {{"weight_view", 0}, {"weight_cart", 0}, {"weight_buy", 0}});
                 }),
                 std::string("als.weight_view"));
    }

    void cancellationStopsTraining() {
        const auto data = test::coviewData(12, 500);
        models::AlsRecommender model;
        util::CancelToken token;
        token.cancel();
        models::FitContext ctx;
        ctx.progress = util::Progress([](double, const std::string&) {}, token);
        QVERIFY_THROWS_EXCEPTION(util::Cancelled, model.fit(data.train, ctx));
        QVERIFY(!model.fitted());
    }

    void beatsRandomAndPopularOnHeldOutData() {
        const auto data = test::coviewData(42);
        auto als = test::fitted(std::make_unique<models::AlsRecommender>(), data.train, {}, 42, 2);
        auto popular = test::fitted(std::make_unique<models::PopularRecommender>(), data.train);
        auto random = test::fitted(std::make_unique<models::RandomRecommender>(), data.train);
        const Ranking a = rank(*als, data), p = rank(*popular, data), r = rank(*random, data);
        qInfo("%zu lists, HR@20 / NDCG@10: als %.4f / %.4f, popular %.4f / %.4f, random %.4f / %.4f (kernels: %s)",
              data.queries.size(), a.hitRate20, a.ndcg10, p.hitRate20, p.ndcg10, r.hitRate20, r.ndcg10,
              models::kernels::isaName(models::kernels::activeIsa()).c_str());
        QVERIFY(a.hitRate20 > 1.5 * p.hitRate20);
        QVERIFY(a.ndcg10 > 1.5 * p.ndcg10);
        QVERIFY(a.hitRate20 > 3.0 * r.hitRate20);
    }
};

QTEST_APPLESS_MAIN(TstAls)
#include "tst_als.moc"

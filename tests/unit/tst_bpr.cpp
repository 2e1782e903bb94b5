// BPR-MF: the SGD step against the formula, sample counts per epoch, determinism of the blocked parallel SGD,
// the fold-in rule, batch = single scoring, round trips, parameters, cancellation, and a held-out comparison
// with Random and Popular (uniform and popularity negatives).
#include <QTest>

#include <cmath>
#include <limits>

// moc cannot parse the X-macro message list that the core headers include; it does not need them.
#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "models/Catalogue.h"
#include "models/baseline/PopularModel.h"
#include "models/baseline/RandomModel.h"
#include "models/factorisation/BprModel.h"
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

std::uint64_t trainingPairs(const models::TrainingSet& train) {
    const auto m = train.visitorItem(data::EventWeights{1, 1, 1}, data::Combine::Binary);
    return m->nonZeros();
}

} // namespace

class TstBpr : public QObject {
    Q_OBJECT

private slots:
    void stepFollowsTheUpdateRule() {
        models::BprOptions o;
        o.learningRate = 0.1f;
        o.regUser = 0.02f;
        o.regPositive = 0.03f;
        o.regNegative = 0.05f;
        float w[8] = {0.5f, -0.2f, 0.1f, 0.0f, 0.3f, 0.0f, 0.0f, 0.0f};
        float hi[8] = {0.4f, 0.1f, -0.3f, 0.2f, 0.0f, 0.0f, 0.0f, 0.0f};
        float hj[8] = {-0.1f, 0.2f, 0.2f, 0.1f, 0.5f, 0.0f, 0.0f, 0.0f};
        float bi = 0.2f, bj = -0.1f;
        double x = 0.0;
        for (int k = 0; k < 8; ++k) x += double(w[k]) * (double(hi[k]) - double(hj[k]));
        x += 0.2 - -0.1;
        const double z = 1.0 / (1.0 + std::exp(x));
        double ew[8], ei[8], ej[8];
        for (int k = 0; k < 8; ++k) {
            ew[k] = w[k] + 0.1 * (z * (double(hi[k]) - hj[k]) - 0.02 * w[k]);
            ei[k] = hi[k] + 0.1 * (z * w[k] - 0.03 * hi[k]); // the old w on the right-hand side
            ej[k] = hj[k] + 0.1 * (-z * w[k] - 0.05 * hj[k]);
        }
        const double ebi = 0.2 + 0.1 * (z - 0.03 * 0.2), ebj = -0.1 + 0.1 * (-z - 0.05 * -0.1);
        const float got = models::bprStep(w, hi, hj, &bi, &bj, 8, o, true);
        QVERIFY(std::fabs(got - z) < 1e-6);
        for (int k = 0; k < 8; ++k) {
            QVERIFY(std::fabs(w[k] - ew[k]) < 1e-6);
            QVERIFY(std::fabs(hi[k] - ei[k]) < 1e-6);
            QVERIFY(std::fabs(hj[k] - ej[k]) < 1e-6);
        }
        QVERIFY(std::fabs(bi - ebi) < 1e-6 && std::fabs(bj - ebj) < 1e-6);
        // Visitor only (fold-in): items untouched.
        float hi2[8] = {1, 0, 0, 0, 0, 0, 0, 0}, hj2[8] = {0, 1, 0, 0, 0, 0, 0, 0}, w2[8] = {};
        models::bprStep(w2, hi2, hj2, nullptr, nullptr, 8, o, false);
        QCOMPARE(hi2[0], 1.0f);
        QCOMPARE(hj2[1], 1.0f);
        QVERIFY(std::fabs(w2[0] - 0.05f) < 1e-7 && std::fabs(w2[1] + 0.05f) < 1e-7); // z = 1/2 at w = 0
    }

    void anEpochDrawsAsManySamplesAsNonZeros() {
        const auto data = test::coviewData(3, 600);
        for (int threads : {1, 2, 3}) {
            auto model = test::fitted(std::make_unique<models::BprRecommender>(), data.train,
                                      {{"factors", 8}, {"epochs", 7}}, 5, threads);
            QCOMPARE(model->trainingSamples(), 7 * trainingPairs(*data.train));
            QVERIFY(model->skippedSamples() < model->trainingSamples() / 100);
        }
    }

    void seedAndThreadsDetermineTheFactors() {
        const auto data = test::coviewData(4, 800);
        models::FactorMatrix bySampling[2];
        for (const std::string sampling : {"replacement", "epoch"}) {
            for (int threads : {1, 2}) {
                const nlohmann::json params = {{"factors", 16}, {"epochs", 10}, {"sampling", sampling}};
                auto a = test::fitted(std::make_unique<models::BprRecommender>(), data.train, params, 11, threads);
                auto b = test::fitted(std::make_unique<models::BprRecommender>(), data.train, params, 11, threads);
                auto c = test::fitted(std::make_unique<models::BprRecommender>(), data.train, params, 12, threads);
                QVERIFY(a->itemFactors() == b->itemFactors());
                QVERIFY(a->itemBiases() == b->itemBiases());
                QVERIFY(a->itemFactors() != c->itemFactors());
                const auto queries = test::queriesOf(data, 50);
                QVERIFY(test::sameLists(test::listsOf(*a, queries).single, test::listsOf(*b, queries).single));
                auto& seen = bySampling[sampling == "epoch" ? 1 : 0];
                if (seen.size() == 0) seen = a->itemFactors();
                QVERIFY(seen == a->itemFactors()); // the thread count changes nothing
            }
        }
        QVERIFY(bySampling[0] != bySampling[1]); // the two sampling schemes really differ
    }

    void foldInDependsOnTheItemSetOnly() {
        const auto data = test::coviewData(5, 800);
        auto model = test::fitted(std::make_unique<models::BprRecommender>(), data.train, {{"factors", 16}, {"epochs", 20}});
        const data::ItemIndex i3 = test::itemOf(*data.dataset, 3), i7 = test::itemOf(*data.dataset, 7);
        test::OwnedQuery a, b, c;
        a.add(i3, data::EventType::View, 10);
        a.add(i7, data::EventType::View, 20);
        a.add(i3, data::EventType::AddToCart, 30);
        b.add(i7, data::EventType::Transaction, 5); // the same items, other types and order
        b.add(i3, data::EventType::View, 6);
        c.add(i3, data::EventType::View, 10);
        const auto va = model->visitorVector(a.query()), vb = model->visitorVector(b.query()),
                   vc = model->visitorVector(c.query());
        QVERIFY(va && vb && vc);
        QVERIFY(*va == *vb);
        QVERIFY(*va != *vc);
        QVERIFY(!model->visitorVector(test::OwnedQuery{}.query()));
        // The fold-in vector ranks the history's cluster (items 0-19) above the rest on average.
        std::vector<float> scores(data.train->itemCount());
        model->score(c.query(), scores);
        double inside = 0.0, outside = 0.0;
        int nIn = 0, nOut = 0;
        for (std::size_t i = 0; i < scores.size(); ++i) {
            if (!std::isfinite(scores[i])) continue;
            const auto raw = data.dataset->items.ids.raw(static_cast<data::ItemIndex>(i));
            (raw < 20 ? inside : outside) += scores[i];
            (raw < 20 ? nIn : nOut) += 1;
        }
        QVERIFY(inside / nIn > outside / nOut);
    }

    void batchScoringEqualsSingleScoring() {
        const auto data = test::coviewData(6, 800);
        auto model = test::fitted(std::make_unique<models::BprRecommender>(), data.train, {{"factors", 12}, {"epochs", 10}});
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

    void saveLoadGivesIdenticalRecommendations() {
        const auto data = test::coviewData(7, 800);
        for (const bool bias : {true, false}) {
            auto model = test::fitted(std::make_unique<models::BprRecommender>(), data.train,
                                      {{"factors", 12}, {"epochs", 10}, {"item_bias", bias}}, 3, 2);
            models::BprRecommender fresh;
            QVERIFY(test::roundTripAgrees(*model, fresh, data.train, test::queriesOf(data)));
            QCOMPARE(fresh.itemBiases().empty(), !bias);
        }
        QCOMPARE(models::createModel("bpr")->id(), std::string("bpr"));
    }

    void parametersAreValidated() {
        models::BprRecommender m;
        QCOMPARE(failingParameter([&] { m.setParameters({{"factors", 0}}); }), std::string("bpr.factors"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"epochs", -1}}); }), std::string("bpr.epochs"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"learning_rate", 0}}); }), std::string("bpr.learning_rate"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"learning_rate", "inf"}}); }), std::string("bpr.learning_rate"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"reg_user", -0.1}}); }), std::string("bpr.reg_user"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"negatives", "hard"}}); }), std::string("bpr.negatives"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"item_bias", "maybe"}}); }), std::string("bpr.item_bias"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"alpha", 1}}); }), std::string("bpr.alpha"));
    }

    void cancellationStopsTraining() {
        const auto data = test::coviewData(8, 300);
        models::BprRecommender model;
        util::CancelToken token;
        token.cancel();
        models::FitContext ctx;
        ctx.progress = util::Progress([](double, const std::string&) {}, token);
        QVERIFY_THROWS_EXCEPTION(util::Cancelled, model.fit(data.train, ctx));
        QVERIFY(!model.fitted());
    }

    void beatsRandomAndPopularOnHeldOutData() {
        const auto data = test::coviewData(42);
        auto popular = test::fitted(std::make_unique<models::PopularRecommender>(), data.train);
        auto random = test::fitted(std::make_unique<models::RandomRecommender>(), data.train);
        const Ranking p = rank(*popular, data), r = rank(*random, data);
        for (const auto& [negatives, sampling] : std::vector<std::pair<std::string, std::string>>{
                 {"uniform", "replacement"}, {"popularity", "replacement"}, {"uniform", "epoch"}}) {
            auto bpr = test::fitted(std::make_unique<models::BprRecommender>(), data.train,
                                    {{"negatives", negatives}, {"sampling", sampling}}, 42, 2);
            const Ranking b = rank(*bpr, data);
            qInfo("%zu lists, HR@20 / NDCG@10: bpr (%s negatives, %s sampling) %.4f / %.4f, popular %.4f / %.4f, "
                  "random %.4f / %.4f",
                  data.queries.size(), negatives.c_str(), sampling.c_str(), b.hitRate20, b.ndcg10, p.hitRate20,
                  p.ndcg10, r.hitRate20, r.ndcg10);
            QVERIFY(b.hitRate20 > 1.5 * p.hitRate20);
            QVERIFY(b.ndcg10 > 1.5 * p.ndcg10);
            QVERIFY(b.hitRate20 > 3.0 * r.hitRate20);
        }
    }
};

QTEST_APPLESS_MAIN(TstBpr)
#include "tst_bpr.moc"

// The funnel-aware hybrid: stage at the query moment, normalisation and blending on hand-computed vectors,
// the weight search, weights learned on validation only, save/load, explanations, bad parameters, and a
// held-out comparison with Popular on the synthetic co-view log.
#include <QTest>

#include <cmath>

#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "models/Catalogue.h"
#include "models/baseline/PopularModel.h"
#include "models/SharedFits.h"
#include "models/hybrid/HybridModel.h"
#include "models/hybrid/HybridValidation.h"
#endif

using namespace vitrina;
using data::EventType;
using models::hybrid::ColumnTop;
using models::hybrid::HybridRecommender;
constexpr auto kPerStage = models::hybrid::HybridWeighting::PerStage;
constexpr auto kStatic = models::hybrid::HybridWeighting::Static;
using models::hybrid::Normalisation;
using models::hybrid::PoolSet;

namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();

/// Small, quick settings for the co-view log (600 items).
nlohmann::json quick() {
    return {{"components", "popular,recent,itemknn,als,cooc"},
            {"session_views", "itemknn"},
            {"component_params", R"({"als": {"factors": 8, "iterations": 4}})"},
            {"pool", 30}};
}

std::string failedParameter(const nlohmann::json& params) {
    try {
        HybridRecommender(kPerStage).setParameters(params);
        auto model = std::make_unique<HybridRecommender>(kPerStage);
        model->setParameters(params);
        models::hybrid::readConfig(model->parameters(), "hybrid");
    } catch (const util::Error& e) {
        return e.message().parameter;
    }
    return "(no error)";
}

} // namespace

class TestHybrid : public QObject {
    Q_OBJECT
private slots:
    void stageFromTheQueryHistory() {
        test::OwnedQuery q;
        QCOMPARE(models::hybrid::stageOf(q.query()), analytics::FunnelStage::New);
        q.add(1, EventType::View, 1000);
        q.add(2, EventType::View, 2000);
        QCOMPARE(models::hybrid::stageOf(q.query()), analytics::FunnelStage::Browsing);
        q.add(2, EventType::AddToCart, 3000);
        QCOMPARE(models::hybrid::stageOf(q.query()), analytics::FunnelStage::Intent);
        q.add(2, EventType::Transaction, 4000);
        QCOMPARE(models::hybrid::stageOf(q.query()), analytics::FunnelStage::Converted);
        q.add(3, EventType::AddToCart, 5000); // a later open cart: still converted (core/README.md)
        QCOMPARE(models::hybrid::stageOf(q.query()), analytics::FunnelStage::Converted);
    }

    void validationListsAndTheirStages() {
        // Day 0: training history; day 1 (the last training day) is the validation period.
        constexpr std::int64_t D = 86'400'000;
        auto ds = test::handDataset({{1, 1000, 10}, {1, D + 1000, 11}, {1, D + 2000, 11, EventType::AddToCart},
                                     {1, D + 3000, 11, EventType::Transaction, 7},
                                     {2, 2000, 10, EventType::AddToCart}, {2, D + 5000, 12, EventType::AddToCart},
                                     {3, D + 9000, 10, EventType::AddToCart}, {4, 3 * D, 10, EventType::View}});
        auto train = test::trainingBefore(ds, 2 * D); // visitor 4's event is the outer test period
        const auto v = models::hybrid::carveValidation(*train, 1, 0, 42, "hybrid.validation_days");
        QCOMPARE(v.validationBeginMs, D);
        QCOMPARE(v.lists.size(), std::size_t(4));
        QCOMPARE(v.lists[0].stage, analytics::FunnelStage::Browsing);  // v1 cart: after two views
        QCOMPARE(v.lists[1].stage, analytics::FunnelStage::Intent);    // v1 purchase: after the cart
        QCOMPARE(v.lists[2].stage, analytics::FunnelStage::Intent);    // v2 cart: an earlier open cart
        QCOMPARE(v.lists[3].stage, analytics::FunnelStage::New);       // v3: first event
        QCOMPARE(v.lists[1].historyEnd - v.lists[1].historyBegin, std::uint64_t(3));
        QCOMPARE(v.lists[1].sessionBegin, v.lists[1].historyBegin + 1); // day-0 view is another session
        QCOMPARE(v.subTrain->trainingEvents(), std::uint64_t(2));
        QCOMPARE(v.lists[2].relevant, test::itemOf(*ds, 12));
        const auto sampled = models::hybrid::carveValidation(*train, 1, 2, 42, "hybrid.validation_days");
        QCOMPARE(sampled.lists.size(), std::size_t(2));
        QCOMPARE(sampled.listsBeforeSampling, std::uint64_t(4));
    }

    void rankAndMinMaxNormalisation() {
        const std::vector<float> s = {0.5f, 2.0f, -kInf, 1.0f, 0.0f};
        const ColumnTop r = models::hybrid::normaliseTop(s, 3, true, Normalisation::Rank);
        QCOMPARE(r.items, (std::vector<data::ItemIndex>{1, 3, 0}));
        QCOMPARE(r.values, (std::vector<float>{1.0f, 2.0f / 3.0f, 1.0f / 3.0f}));
        const ColumnTop m = models::hybrid::normaliseTop(s, 3, true, Normalisation::MinMax);
        QCOMPARE(m.values[0], 1.0f);
        QVERIFY(std::fabs(m.values[1] - 5.0f / 9.0f) < 1e-6f); // 1/3 + 2/3 * (1 - 0.5) / 1.5
        QVERIFY(std::fabs(m.values[2] - 1.0f / 3.0f) < 1e-6f);
        const ColumnTop sparse = models::hybrid::normaliseTop(std::vector<float>{0.0f, 3.0f, 0.0f}, 3, true, Normalisation::Rank);
        QCOMPARE(sparse.items, (std::vector<data::ItemIndex>{1})); // zeros carry no signal in a Sparse model
    }

    void blendOnAHandPool() {
        ColumnTop a{{5, 2}, {1.0f, 0.5f}}, b{{2, 9}, {1.0f, 0.5f}};
        const std::vector<const ColumnTop*> row = {&a, &b};
        PoolSet pools(2);
        const data::ItemIndex relevant = 9;
        pools.add(row, std::span<const data::ItemIndex>(&relevant, 1), 1);
        QCOMPARE(std::vector<data::ItemIndex>(pools.items(0).begin(), pools.items(0).end()), (std::vector<data::ItemIndex>{2, 5, 9}));
        std::vector<float> out;
        pools.blend(0, std::vector<double>{0.25, 0.75}, out);
        // item 2: .25*.5 + .75*1 = .875; item 5: .25; item 9: .375
        QCOMPARE(out, (std::vector<float>{0.875f, 0.25f, 0.375f}));
        QCOMPARE(models::hybrid::rankPool(pools.items(0), out, 10), (std::vector<data::ItemIndex>{2, 9, 5}));
        // NDCG@10 of relevant 9 at position 2: 1 / log2(3)
        QVERIFY(std::fabs(models::hybrid::meanPoolNdcg(pools, std::vector<double>{0.25, 0.75}, {}) - 1.0 / std::log2(3.0)) < 1e-12);
        QCOMPARE(pools.value(0, 1, 2), 0.5f);
        QCOMPARE(pools.value(0, 0, 2), 0.0f);
    }

    void searchFindsTheHelpfulColumn() {
        // Column 0 ranks the relevant item first, column 1 last of its three. Start (1, 1): relevant 1.25 <
        // item 1's 1.5. Column 0's grid: 1.5 ties item 1 (1.75, smaller index first), 2.0 wins (2.25 > 2.0) and
        // gives NDCG 1; column 1 then cannot improve, and ties keep its current 1: (2, 1) / 3.
        PoolSet pools(2);
        for (data::ItemIndex l = 0; l < 4; ++l) {
            const data::ItemIndex rel = 100 + l;
            ColumnTop good{{rel, 1}, {1.0f, 0.5f}}, bad{{1, 2, rel}, {1.0f, 0.75f, 0.25f}};
            const std::vector<const ColumnTop*> row = {&good, &bad};
            pools.add(row, std::span<const data::ItemIndex>(&rel, 1), 1);
        }
        models::hybrid::WeightSearch search;
        const auto r = models::hybrid::searchWeights(pools, search);
        QCOMPARE(r.weights, (std::vector<double>{2.0 / 3.0, 1.0 / 3.0}));
        QCOMPARE(r.ndcg, 1.0);
        search.active = {0, 1};
        search.lists = {0, 1};
        QCOMPARE(models::hybrid::searchWeights(pools, search).lists, std::uint64_t(2));
    }

    void badParametersNameTheParameter() {
        QCOMPARE(failedParameter({{"components", "popular,nope"}}), std::string("hybrid.components"));
        QCOMPARE(failedParameter({{"components", "popular,popular"}}), std::string("hybrid.components"));
        QCOMPARE(failedParameter({{"components", "hybrid-static"}}), std::string("hybrid.components"));
        QCOMPARE(failedParameter({{"components", ""}}), std::string("hybrid.components"));
        QCOMPARE(failedParameter({{"components", "popular,als"}, {"session_views", "itemknn"}}), std::string("hybrid.session_views"));
        QCOMPARE(failedParameter({{"component_params", "{not json"}}), std::string("hybrid.component_params"));
        QCOMPARE(failedParameter({{"component_params", R"({"bpr": {}})"}}), std::string("hybrid.component_params"));
        QCOMPARE(failedParameter({{"component_params", R"({"als": {"factors": 0}})"}}),
                 std::string("hybrid.component_params.als.factors"));
        QCOMPARE(failedParameter({{"pool", 3}}), std::string("hybrid.pool"));
        QCOMPARE(failedParameter({{"weight_view", 0}, {"weight_cart", 0}, {"weight_buy", 0}}), std::string("hybrid.weight_view"));
        QCOMPARE(failedParameter({{"components", 5}}), std::string("hybrid.components"));
        QCOMPARE(failedParameter(quick()), std::string("(no error)"));
        QVERIFY(models::createModel("hybrid-static")->id() == "hybrid-static");
    }

    void beatsPopularAndRoundTrips() {
        const auto data = test::coviewData(7, 1500);
        auto hybrid = test::fitted(std::make_unique<HybridRecommender>(kPerStage), data.train, quick(), 42, 2);
        auto popular = test::fitted(std::make_unique<models::PopularRecommender>(), data.train);
        const double h = test::hitRate(*hybrid, data, 10), p = test::hitRate(*popular, data, 10);
        QVERIFY2(h > p + 0.1, qPrintable(QStringLiteral("hybrid HR@10 %1, popular %2").arg(h).arg(p)));
        // Weights: one vector per stage, each summing to 1.
        for (const auto& w : hybrid->learned().stageWeights) {
            QCOMPARE(w.size(), std::size_t(6));
            double sum = 0.0;
            for (const double x : w) sum += x;
            QVERIFY(std::fabs(sum - 1.0) < 1e-9);
        }
        HybridRecommender fresh(kPerStage);
        QVERIFY(test::roundTripAgrees(*hybrid, fresh, data.train, test::queriesOf(data, 120)));
        QCOMPARE(fresh.learned().staticWeights, hybrid->learned().staticWeights);
        HybridRecommender wrong(kStatic);
        QVERIFY_THROWS_EXCEPTION(util::Error, wrong.load(hybrid->save(), data.train));
    }

    void componentsComeFromTheRunsSharedFits() {
        const auto data = test::coviewData(7, 1500);
        auto alone = test::fitted(std::make_unique<HybridRecommender>(kPerStage), data.train, quick(), 42, 2);
        // A standalone ALS with the component's parameters (the hybrid's event weights are ALS's defaults).
        std::shared_ptr<models::Recommender> als = models::createModel("als");
        als->setParameters(nlohmann::json{{"factors", 8}, {"iterations", 4}});
        const auto keys = alone->componentFitKeys();
        QCOMPARE(keys.size(), std::size_t(5));
        QCOMPARE(keys[3], models::SharedFits::keyOf(*als));
        als->fit(data.train, models::FitContext(42, 2));
        models::SharedFits shared(data.train, 42, 2);
        shared.add(als);
        HybridRecommender model(kPerStage);
        model.setParameters(quick());
        models::FitContext ctx(42, 2);
        ctx.shared = &shared;
        model.fit(data.train, ctx);
        QCOMPARE(&model.component(3), als.get());            // taken, not fitted again
        QCOMPARE(shared.size(), std::size_t(5));              // the components it fitted are offered to the run
        QVERIFY(shared.find(keys[0]) && &model.component(0) == shared.find(keys[0]).get());
        const auto queries = test::queriesOf(data, 120);
        models::RecommendOptions options;
        options.k = 10;
        for (const auto& q : queries) QCOMPARE(model.recommend(q, options).items, alone->recommend(q, options).items);
        // Another seed (or thread count) is another fit: nothing is taken.
        HybridRecommender otherSeed(kPerStage);
        otherSeed.setParameters(quick());
        models::FitContext seven(7, 2);
        seven.shared = &shared;
        otherSeed.fit(data.train, seven);
        QVERIFY(&otherSeed.component(3) != als.get());
    }

    void validationEffortCutsOnlyTheValidationFits() {
        const auto data = test::coviewData(7, 1500);
        nlohmann::json params = quick();
        params["validation_effort"] = 1.0;
        auto full = test::fitted(std::make_unique<HybridRecommender>(kPerStage), data.train, params, 42, 1);
        params["validation_effort"] = 0.25;
        auto cheap = test::fitted(std::make_unique<HybridRecommender>(kPerStage), data.train, params, 42, 1);
        // The served ALS keeps its 4 iterations; the weights were searched over a 1-iteration ALS (4 at effort 1).
        QCOMPARE(cheap->component(3).parameters().integer("iterations"), 4LL);
        QCOMPARE(cheap->component(3).save(), full->component(3).save());
        QVERIFY(cheap->learned().staticWeights != full->learned().staticWeights ||
                cheap->learned().staticNdcg != full->learned().staticNdcg);
        QCOMPARE(failedParameter({{"validation_effort", 0.0}}), std::string("hybrid.validation_effort"));
        QCOMPARE(failedParameter({{"validation_effort", 1.5}}), std::string("hybrid.validation_effort"));
    }

    void weightsComeFromTrainingDataOnly() {
        // Two logs that agree before the outer cutoff and differ after it: the learned weights must agree.
        const auto a = test::coviewData(11, 1200);
        auto changed = std::make_shared<data::Dataset>(*a.dataset);
        const std::int64_t cutoff = 53LL * 86'400'000;
        auto& log = changed->events;
        for (std::size_t e = 0; e < log.size(); ++e)
            if (log.timestamp[e] >= cutoff) {
                log.item[e] = static_cast<data::ItemIndex>((log.item[e] * 7 + 3) % changed->items.size());
                log.type[e] = EventType::AddToCart;
            }
        auto trainB = test::trainingBefore(changed, cutoff);
        auto ha = test::fitted(std::make_unique<HybridRecommender>(kPerStage), a.train, quick());
        auto hb = test::fitted(std::make_unique<HybridRecommender>(kPerStage), trainB, quick());
        QCOMPARE(ha->learned().staticWeights, hb->learned().staticWeights);
        for (std::size_t s = 0; s < 4; ++s) QCOMPARE(ha->learned().stageWeights[s], hb->learned().stageWeights[s]);
        // ... and the search really found something (not a constant vector).
        QVERIFY(ha->learned().staticNdcg > 0.0);
    }

    void cancelledFitStops() {
        const auto data = test::coviewData(5, 400);
        HybridRecommender model(kPerStage);
        model.setParameters(quick());
        util::CancelToken token;
        token.cancel();
        models::FitContext ctx;
        ctx.progress = util::Progress([](double, const std::string&) {}, token);
        QVERIFY_THROWS_EXCEPTION(util::Cancelled, model.fit(data.train, ctx));
        QVERIFY(!model.fitted());
    }

    void explanationSharesAddUp() {
        const auto data = test::coviewData(3, 800);
        auto hybrid = test::fitted(std::make_unique<HybridRecommender>(kStatic), data.train, quick());
        const auto q = data.queries.front().query();
        models::RecommendOptions options;
        options.k = 5;
        const auto list = hybrid->recommend(q, options);
        QVERIFY(list.modelItems > 0);
        const auto reasons = hybrid->explain(q, list.items.front());
        QCOMPARE(reasons.front().kind, models::ReasonKind::HybridStage);
        QCOMPARE(reasons.front().stage, static_cast<int>(models::hybrid::stageOf(q)));
        double shares = 0.0, contributions = 0.0;
        for (const auto& r : reasons)
            if (r.kind == models::ReasonKind::HybridComponent) shares += r.share, contributions += r.contribution;
        QVERIFY(std::fabs(shares - 1.0) < 1e-9);
        QVERIFY(std::fabs(contributions - list.scores.front()) < 1e-5); // the blend is the sum of the parts
    }
};

QTEST_APPLESS_MAIN(TestHybrid)
#include "tst_hybrid.moc"

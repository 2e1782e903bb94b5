// Random, Popular (time decay, per category), Recent, the catalogue's ids, parameters and round trips.
#include <QTest>

#include <cmath>

// moc cannot parse the X-macro message list that the core headers include; it does not need them.
#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "models/Catalogue.h"
#include "models/baseline/PopularModel.h"
#include "models/baseline/RandomModel.h"
#include "models/baseline/RecentModel.h"
#endif

using namespace vitrina;
using data::EventType;
using test::HandEvent;

namespace {

constexpr std::int64_t kHour = 3'600'000;

/// The parameter named in the util::Error thrown by `body`, or "" when nothing was thrown.
template <class Body> std::string failingParameter(Body&& body) {
    try {
        body();
    } catch (const util::Error& e) {
        return e.message().parameter.empty() ? "<no parameter>" : e.message().parameter;
    }
    return "";
}

} // namespace

class TstBaselines : public QObject {
    Q_OBJECT

private slots:
    void randomIsDeterministicPerQuery() {
        const auto data = test::coviewData(7, 300);
        auto model = test::fitted(std::make_unique<models::RandomRecommender>(), data.train, {}, 11);
        models::RecommendOptions options;
        options.k = 10;
        const auto q0 = data.queries[0].query(), q1 = data.queries[1].query();
        const auto a = model->recommend(q0, options);
        QCOMPARE(model->recommend(q0, options).items, a.items);
        QVERIFY(model->recommend(q1, options).items != a.items);
        auto other = test::fitted(std::make_unique<models::RandomRecommender>(), data.train, {}, 12);
        QVERIFY(other->recommend(q0, options).items != a.items);
        // Non-candidates (no training interaction) are never scored.
        std::vector<float> scores(data.train->itemCount());
        model->score(q0, scores);
        for (std::size_t i = 0; i < scores.size(); ++i)
            QCOMPARE(std::isinf(scores[i]) && scores[i] < 0, data.train->candidates()[i] == 0);
        models::RandomRecommender fresh;
        QVERIFY(test::roundTripAgrees(*model, fresh, data.train, test::queriesOf(data)));
    }

    void popularCountsAndTimeDecay() {
        // Latest training event at T. Item 10: one event at T; item 11: three at T - h; item 12: four at T - 3h.
        const std::int64_t h = 24 * kHour, T = 100 * h;
        std::vector<HandEvent> ev = {{1, T, 10}};
        for (int k = 0; k < 3; ++k) ev.push_back({2 + k, T - h, 11});
        for (int k = 0; k < 4; ++k) ev.push_back({5 + k, T - 3 * h, 12});
        const auto ds = test::handDataset(ev);
        const auto train = test::trainingBefore(ds, T + 1);
        const test::OwnedQuery empty;
        std::vector<float> s(ds->items.size());

        auto plain = test::fitted(std::make_unique<models::PopularRecommender>(), train);
        plain->score(empty.query(), s);
        // Plain counts 1, 3, 4 divided by the largest.
        QCOMPARE(s[test::itemOf(*ds, 10)], 0.25f);
        QCOMPARE(s[test::itemOf(*ds, 11)], 0.75f);
        QCOMPARE(s[test::itemOf(*ds, 12)], 1.0f);

        auto decayed = test::fitted(std::make_unique<models::PopularRecommender>(), train, {{"half_life_days", 1.0}});
        decayed->score(empty.query(), s);
        // Weights: 1; 3 * 2^-1 = 1.5; 4 * 2^-3 = 0.5  ->  / 1.5
        QVERIFY(std::fabs(s[test::itemOf(*ds, 10)] - 1.0 / 1.5) < 1e-6);
        QVERIFY(std::fabs(s[test::itemOf(*ds, 11)] - 1.0) < 1e-6);
        QVERIFY(std::fabs(s[test::itemOf(*ds, 12)] - 0.5 / 1.5) < 1e-6);
        models::RecommendOptions options;
        options.k = 3;
        QCOMPARE(decayed->recommend(empty.query(), options).items,
                 (std::vector<data::ItemIndex>{test::itemOf(*ds, 11), test::itemOf(*ds, 10), test::itemOf(*ds, 12)}));
        const auto reasons = decayed->explain(empty.query(), test::itemOf(*ds, 11));
        QCOMPARE(reasons.size(), std::size_t{1});
        QCOMPARE(reasons[0].kind, models::ReasonKind::PopularOverall);
        QCOMPARE(reasons[0].share, 1.0);
    }

    void popularPerCategory() {
        // Category 1: items 0 (10 events), 1 (2); category 2: items 2 (6), 3 (4).
        std::vector<HandEvent> ev;
        const std::vector<std::pair<int, int>> counts = {{0, 10}, {1, 2}, {2, 6}, {3, 4}};
        int visitor = 100;
        for (const auto& [item, n] : counts)
            for (int k = 0; k < n; ++k) ev.push_back({visitor++, 1000 + k, item});
        const auto ds = test::handDataset(ev, {{0, 1}, {1, 1}, {2, 2}, {3, 2}}, {{1, -1}, {2, -1}});
        const auto train = test::trainingBefore(ds);
        auto model = test::fitted(std::make_unique<models::PopularRecommender>(), train,
                                  {{"per_category", "most_frequent"}, {"category_blend", 0.5}});
        // History: categories 1, 2, 2, 2, then 1 last: most frequent = 2, most recent = 1.
        test::OwnedQuery q;
        q.add(0, EventType::View, 10);
        q.add(2, EventType::View, 20);
        q.add(3, EventType::View, 30);
        q.add(2, EventType::View, 35);
        q.add(1, EventType::View, 40);
        std::vector<float> s(4);
        model->score(q.query(), s);
        QVERIFY(std::fabs(s[2] - (0.5 * 6 / 10 + 0.5 * 6 / 6)) < 1e-6);
        QVERIFY(std::fabs(s[3] - (0.5 * 4 / 10 + 0.5 * 4 / 6)) < 1e-6);
        QVERIFY(std::fabs(s[0] - 0.5 * 10 / 10) < 1e-6);
        QVERIFY(std::fabs(s[1] - 0.5 * 2 / 10) < 1e-6);
        const auto reasons = model->explain(q.query(), 3);
        QCOMPARE(reasons.size(), std::size_t{2});
        QCOMPARE(reasons[0].kind, models::ReasonKind::PopularInCategory);
        QCOMPARE(reasons[0].category, ds->categories.ids.find(2).value());
        QVERIFY(std::fabs(reasons[0].share - (0.5 * 4 / 6) / (0.5 * 4 / 10 + 0.5 * 4 / 6)) < 1e-9);
        QVERIFY(std::fabs(reasons[0].share + reasons[1].share - 1.0) < 1e-12);

        auto recent = test::fitted(std::make_unique<models::PopularRecommender>(), train,
                                   {{"per_category", "most_recent"}, {"category_blend", 1.0}});
        recent->score(q.query(), s);
        QCOMPARE(s[0], 1.0f);
        QVERIFY(std::fabs(s[1] - 0.2) < 1e-6);
        QCOMPARE(s[2], 0.0f);
        // No history: the global list.
        recent->score(test::OwnedQuery{}.query(), s);
        QCOMPARE(s[0], 1.0f);
        QVERIFY(std::fabs(s[2] - 0.6) < 1e-6);
    }

    void recentOrderThenFallback() {
        // Popularity: item 5 is the most popular, then 4; the visitor saw 1, 2, 1 (cart), 3.
        std::vector<HandEvent> ev;
        for (int k = 0; k < 5; ++k) ev.push_back({100 + k, 10, 5});
        for (int k = 0; k < 3; ++k) ev.push_back({200 + k, 10, 4});
        for (int item = 1; item <= 3; ++item) ev.push_back({300, 10, item});
        const auto ds = test::handDataset(ev);
        const auto train = test::trainingBefore(ds);
        auto model = test::fitted(std::make_unique<models::RecentRecommender>(), train);
        test::OwnedQuery q;
        q.add(test::itemOf(*ds, 1), EventType::View, 1000);
        q.add(test::itemOf(*ds, 2), EventType::View, 2000);
        q.add(test::itemOf(*ds, 1), EventType::AddToCart, 3000);
        q.add(test::itemOf(*ds, 3), EventType::View, 4000);
        models::RecommendOptions options;
        options.k = 5;
        auto list = model->recommend(q.query(), options);
        const auto id = [&](std::int64_t raw) { return test::itemOf(*ds, raw); };
        QCOMPARE(list.items, (std::vector<data::ItemIndex>{id(3), id(1), id(2), id(5), id(4)}));
        QCOMPARE(list.modelItems, std::size_t{3});
        QCOMPARE(list.scores[0], 1.0f);
        QCOMPARE(list.scores[1], 0.5f);
        // Views only: the cart of item 1 no longer counts, its view at 1000 does.
        auto views = test::fitted(std::make_unique<models::RecentRecommender>(), train, {{"events", "view"}, {"max_items", 2}});
        list = views->recommend(q.query(), options);
        QCOMPARE(list.items, (std::vector<data::ItemIndex>{id(3), id(2), id(5), id(4), id(1)}));
        QCOMPARE(list.modelItems, std::size_t{2});
        const auto reasons = model->explain(q.query(), id(1));
        QCOMPARE(reasons.size(), std::size_t{1});
        QCOMPARE(reasons[0].kind, models::ReasonKind::RecentlyViewed);
        QCOMPARE(reasons[0].eventType, static_cast<std::uint8_t>(EventType::AddToCart));
        QVERIFY(model->explain(q.query(), id(5)).empty());
    }

    void roundTripsAndBatch() {
        const auto data = test::coviewData(3, 400);
        const auto queries = test::queriesOf(data);
        for (const nlohmann::json& params :
             {nlohmann::json::object(), nlohmann::json{{"half_life_days", 2.5}, {"per_category", "most_frequent"}}}) {
            auto model = test::fitted(std::make_unique<models::PopularRecommender>(), data.train, params);
            models::PopularRecommender fresh;
            QVERIFY(test::roundTripAgrees(*model, fresh, data.train, queries));
        }
        auto recent = test::fitted(std::make_unique<models::RecentRecommender>(), data.train);
        models::RecentRecommender freshRecent;
        QVERIFY(test::roundTripAgrees(*recent, freshRecent, data.train, queries));
        // A blob of another model, or a truncated one, is an error.
        auto bytes = recent->save();
        models::PopularRecommender popular;
        QVERIFY_THROWS_EXCEPTION(util::Error, popular.load(bytes, data.train));
        auto popularFit = test::fitted(std::make_unique<models::PopularRecommender>(), data.train);
        bytes = popularFit->save();
        bytes.resize(bytes.size() / 2);
        QVERIFY_THROWS_EXCEPTION(util::Error, popular.load(bytes, data.train));
    }

    void parametersAreValidated() {
        models::PopularRecommender popular;
        QCOMPARE(failingParameter([&] { popular.setParameters({{"half_life_days", -1}}); }),
                 std::string("popular.half_life_days"));
        QCOMPARE(failingParameter([&] { popular.setParameters({{"per_category", "brand"}}); }),
                 std::string("popular.per_category"));
        QCOMPARE(failingParameter([&] { popular.setParameters({{"category_blend", 1.5}}); }),
                 std::string("popular.category_blend"));
        QCOMPARE(failingParameter([&] { popular.setParameters({{"halflife", 3}}); }), std::string("popular.halflife"));
        models::RecentRecommender recent;
        QCOMPARE(failingParameter([&] { recent.setParameters({{"max_items", 0}}); }), std::string("recent.max_items"));
        QCOMPARE(failingParameter([&] { recent.setParameters({{"events", "cart"}}); }), std::string("recent.events"));
        QCOMPARE(failingParameter([&] { recent.setParameters({{"max_items", "ten"}}); }), std::string("recent.max_items"));
    }

    void catalogueKnowsTheModels() {
        for (const std::string id : {"random", "popular", "recent", "itemknn", "cooc", "sknn", "vsknn"}) {
            const auto model = models::createModel(id);
            QCOMPARE(model->id(), id);
        }
        QCOMPARE(models::createModel("popular+mmr")->id(), std::string("popular+mmr"));
        QCOMPARE(models::createModel("itemknn+cat+mmr")->id(), std::string("itemknn+cat+mmr"));
        QCOMPARE(failingParameter([] { models::createModel("nonsense"); }), std::string("models"));
        QCOMPARE(failingParameter([] { models::createModel("popular+zzz"); }), std::string("models"));
        QCOMPARE(failingParameter([] { models::createModel("popular+mmr+mmr"); }), std::string("models"));
        QCOMPARE(failingParameter([] { models::createModel("nonsense+mmr"); }), std::string("models"));
    }

    void popularBeatsRandom() {
        const auto data = test::coviewData(42);
        auto random = test::fitted(std::make_unique<models::RandomRecommender>(), data.train);
        auto popular = test::fitted(std::make_unique<models::PopularRecommender>(), data.train);
        const double hrRandom = test::hitRate(*random, data, 10), hrPopular = test::hitRate(*popular, data, 10);
        qInfo("HR@10 over %zu lists: random %.4f, popular %.4f", data.queries.size(), hrRandom, hrPopular);
        QVERIFY(data.queries.size() > 300);
        QVERIFY(hrPopular > 2.0 * hrRandom + 0.02);
    }
};

QTEST_APPLESS_MAIN(TstBaselines)
#include "tst_baselines.moc"

// Re-rankers on top of any model: MMR and category affinity by hand, the identities (lambda = 1, beta = 0),
// parameters forwarded to the inner model, exclusions, round trips and the catalogue's "<inner>+<suffix>" ids.
#include <QTest>

#include <cmath>
#include <set>

// moc cannot parse the X-macro message list that the core headers include; it does not need them.
#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "models/Catalogue.h"
#include "models/baseline/Categories.h"
#include "models/rerank/Reranker.h"
#endif

using namespace vitrina;
using data::EventType;
using test::HandEvent;

namespace {

// Items A..E (raw 1..5) with 10, 9, 8, 7, 6 events; A and B in category X (raw 100), C and D in Y (200),
// E uncategorised. Popular's list is A B C D E.
std::shared_ptr<data::Dataset> catalogue() {
    std::vector<HandEvent> ev;
    std::int64_t visitor = 1;
    for (std::int64_t item = 1; item <= 5; ++item)
        for (std::int64_t k = 0; k < 11 - item; ++k) ev.push_back({visitor++, 1000, item});
    return test::handDataset(ev, {{1, 100}, {2, 100}, {3, 200}, {4, 200}}, {{100, -1}, {200, -1}});
}

std::unique_ptr<models::Recommender> fitModel(const std::string& id, const std::shared_ptr<models::TrainingSet>& train,
                                              const nlohmann::json& params = nlohmann::json::object()) {
    return test::fitted(models::createModel(id), train, params);
}

std::vector<data::ItemIndex> listOf(const models::Recommender& m, const models::Query& q, int k = 5) {
    models::RecommendOptions options;
    options.k = k;
    return m.recommend(q, options).items;
}

std::vector<data::ItemIndex> raw(std::initializer_list<std::int64_t> ids) {
    std::vector<data::ItemIndex> out;
    for (const auto id : ids) out.push_back(static_cast<data::ItemIndex>(id - 1));
    return out;
}

} // namespace

class TstRerank : public QObject {
    Q_OBJECT

private slots:
    void mmrByHand() {
        const auto train = test::trainingBefore(catalogue());
        const test::OwnedQuery empty;
        QCOMPARE(listOf(*fitModel("popular", train), empty.query()), raw({1, 2, 3, 4, 5}));
        // rel = 1, .75, .5, .25, 0; lambda .5; sim = same category.
        // Pick A; then C (.25) beats D (.125), E (0) and B (.375 - .5); then E (0) beats B (-.125) and D
        // (.125 - .5); then B; then D.
        auto mmr = fitModel("popular+mmr", train, {{"mmr_lambda", 0.5}});
        QCOMPARE(listOf(*mmr, empty.query()), raw({1, 3, 5, 2, 4}));
        models::RecommendOptions options;
        options.k = 5;
        QCOMPARE(mmr->recommend(empty.query(), options).scores, (std::vector<float>{2.0f, 1.8f, 1.6f, 1.4f, 1.2f}));
        // Lambda 0 ignores relevance after the first pick: A, then C (first without A's category), then E ...
        auto diverse = fitModel("popular+mmr", train, {{"mmr_lambda", 0.0}});
        QCOMPARE(listOf(*diverse, empty.query()), raw({1, 3, 5, 2, 4}));
        // A block of 3: only A B C are reordered; D and E follow in the inner order.
        auto small = fitModel("popular+mmr", train, {{"mmr_lambda", 0.5}, {"mmr_candidates", 3}});
        QCOMPARE(listOf(*small, empty.query()), raw({1, 3, 2, 4, 5}));
    }

    void categoryAffinityByHand() {
        const auto train = test::trainingBefore(catalogue());
        test::OwnedQuery q;
        q.add(3, EventType::View, 5000); // item D (raw 4), category Y: profile Y = 1, X = 0
        // beta .5: A .5, B .375, C .25 + .5, D .125 + .5, E 0.
        auto cat = fitModel("popular+cat", train, {{"cat_beta", 0.5}});
        QCOMPARE(listOf(*cat, q.query()), raw({3, 4, 1, 2, 5}));
        // Profile weights by event type: a cart of B (3) and a view of D (1) -> X = 1, Y = 1/3.
        test::OwnedQuery mixed = q;
        mixed.add(1, EventType::AddToCart, 6000);
        const auto profile = models::categoryProfile(mixed.query(),
                                                     models::itemCategories(train->dataset(), models::CategoryLevel::Leaf),
                                                     data::EventWeights{});
        QCOMPARE(profile.of(*train->dataset().categories.ids.find(100)), 1.0);
        QVERIFY(std::fabs(profile.of(*train->dataset().categories.ids.find(200)) - 1.0 / 3) < 1e-12);
        // With an empty history nothing moves.
        QCOMPARE(listOf(*cat, test::OwnedQuery{}.query()), raw({1, 2, 3, 4, 5}));
    }

    void identitiesOnRealisticData() {
        const auto data = test::coviewData(21, 1500);
        const auto queries = test::queriesOf(data, 300);
        for (const std::string inner : {"popular", "itemknn", "vsknn"}) {
            const auto base = fitModel(inner, data.train);
            const auto mmr = fitModel(inner + "+mmr", data.train, {{"mmr_lambda", 1.0}});
            const auto cat = fitModel(inner + "+cat", data.train, {{"cat_beta", 0.0}});
            const auto cosine = fitModel(inner + "+mmr", data.train, {{"mmr_lambda", 1.0}, {"mmr_similarity", "cosine"}});
            for (const auto& q : queries) {
                const auto expected = listOf(*base, q, 20);
                QCOMPARE(listOf(*mmr, q, 20), expected);
                QCOMPARE(listOf(*cat, q, 20), expected);
                QCOMPARE(listOf(*cosine, q, 20), expected);
            }
        }
    }

    void mmrDiversifies() {
        const auto data = test::coviewData(22, 1500);
        const auto queries = test::queriesOf(data, 300);
        const auto categories = models::itemCategories(*data.dataset, models::CategoryLevel::Leaf);
        const auto distinctCategories = [&](const models::Recommender& m) {
            double total = 0.0;
            for (const auto& q : queries) {
                std::set<data::CategoryIndex> seen;
                for (const auto i : listOf(m, q, 10)) seen.insert(categories[i]);
                total += static_cast<double>(seen.size());
            }
            return total / static_cast<double>(queries.size());
        };
        const auto base = fitModel("itemknn", data.train);
        const auto byCategory = fitModel("itemknn+mmr", data.train, {{"mmr_lambda", 0.5}});
        const auto byCosine = fitModel("itemknn+mmr", data.train, {{"mmr_lambda", 0.3}, {"mmr_similarity", "cosine"}});
        const double b = distinctCategories(*base), c = distinctCategories(*byCategory);
        qInfo("distinct categories in the top 10: itemknn %.3f, +mmr(category) %.3f, +mmr(cosine) %.3f", b, c,
              distinctCategories(*byCosine));
        QVERIFY(c > b + 0.5);
        std::size_t changed = 0;
        for (const auto& q : queries) changed += listOf(*byCosine, q, 10) != listOf(*base, q, 10);
        QVERIFY(changed > queries.size() / 4);
    }

    void parametersForwardAndValidate() {
        const auto mmr = models::createModel("popular+mmr");
        std::set<std::string> names;
        for (const auto& s : mmr->parameterSpecs()) names.insert(std::string(s.name));
        QVERIFY(names.count("half_life_days") && names.count("mmr_lambda") && names.count("mmr_similarity"));
        const auto data = test::coviewData(23, 600);
        auto fittedMmr = fitModel("popular+mmr", data.train, {{"per_category", "most_recent"}, {"mmr_lambda", 1.0}});
        const auto& inner = dynamic_cast<const models::RerankingRecommender&>(*fittedMmr).inner();
        QCOMPARE(inner.parameters().choice("per_category"), std::string("most_recent"));
        const auto innerAlone = fitModel("popular", data.train, {{"per_category", "most_recent"}});
        const auto q = data.queries[0].query();
        QCOMPARE(listOf(*fittedMmr, q, 10), listOf(*innerAlone, q, 10));

        const auto parameterOf = [](const std::string& id, const nlohmann::json& p) {
            try {
                models::createModel(id)->setParameters(p);
            } catch (const util::Error& e) {
                return e.message().parameter;
            }
            return std::string();
        };
        QCOMPARE(parameterOf("popular+mmr", {{"mmr_lambda", 1.5}}), std::string("popular+mmr.mmr_lambda"));
        QCOMPARE(parameterOf("popular+mmr", {{"mmr_candidates", 1}}), std::string("popular+mmr.mmr_candidates"));
        QCOMPARE(parameterOf("popular+mmr", {{"mmr_similarity", "brand"}}), std::string("popular+mmr.mmr_similarity"));
        QCOMPARE(parameterOf("itemknn+cat", {{"cat_beta", -0.1}}), std::string("itemknn+cat.cat_beta"));
        QCOMPARE(parameterOf("itemknn+cat", {{"cat_level", "middle"}}), std::string("itemknn+cat.cat_level"));
        QCOMPARE(parameterOf("itemknn+cat", {{"k", 0}}), std::string("itemknn+cat.k"));
        QCOMPARE(parameterOf("itemknn+cat", {{"mmr_lambda", 0.5}}), std::string("itemknn+cat.mmr_lambda"));
    }

    void exclusionsRoundTripsAndBatches() {
        const auto data = test::coviewData(24, 1500);
        const auto queries = test::queriesOf(data);
        for (const std::string id : {"itemknn+cat+mmr", "vsknn+mmr", "popular+cat"}) {
            const auto model = fitModel(id, data.train, {});
            const auto fresh = models::createModel(id);
            QVERIFY2(test::roundTripAgrees(*model, *fresh, data.train, queries), id.c_str());
        }
        const auto model = fitModel("itemknn+mmr", data.train, {{"mmr_lambda", 0.5}});
        models::RecommendOptions options;
        options.k = 10;
        options.exclusions.alreadySeen = true;
        for (const auto& q : queries) {
            const auto list = model->recommend(q, options);
            QCOMPARE(list.items.size(), std::size_t{10});
            for (const auto i : list.items) QVERIFY(std::find(q.items.begin(), q.items.end(), i) == q.items.end());
        }
        // A saved inner blob must agree with the wrapper's parameters.
        const auto other = fitModel("itemknn+mmr", data.train, {{"k", 7}});
        const auto blob = other->save();
        const auto reloaded = models::createModel("itemknn+mmr");
        reloaded->load(blob, data.train);
        QCOMPARE(reloaded->parameters().integer("k"), 7LL);
    }
};

QTEST_APPLESS_MAIN(TstRerank)
#include "tst_rerank.moc"

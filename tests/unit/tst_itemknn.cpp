// ItemKNN: cosine with shrinkage, BM25 / TF-IDF weights, top-k pruning, scoring, exact explanation shares,
// determinism across thread counts, round trips, parameters, and a held-out comparison with Popular.
#include <QTest>

#include <cmath>

// moc cannot parse the X-macro message list that the core headers include; it does not need them.
#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "models/baseline/PopularModel.h"
#include "models/baseline/RandomModel.h"
#include "models/neighbourhood/ItemKnnModel.h"
#include "models/neighbourhood/ItemSimilarity.h"
#endif

using namespace vitrina;
using data::EventType;
using test::HandEvent;

namespace {

// The visitor x item matrix of every hand test (views weigh 1, carts 3):
//        i0 i1 i2 i3
//   u0   1  1  .  .
//   u1   1  3  1  .
//   u2   .  1  1  1
//   u3   1  .  .  3
std::shared_ptr<data::Dataset> handLog() {
    return test::handDataset({
        {0, 10, 0}, {0, 20, 1},
        {1, 10, 0}, {1, 20, 1, EventType::AddToCart}, {1, 30, 2},
        {2, 10, 1}, {2, 20, 2}, {2, 30, 3},
        {3, 10, 0}, {3, 20, 3, EventType::AddToCart},
    });
}

data::CsrMatrix handMatrix(std::uint32_t cols) {
    data::CsrMatrix m;
    m.rows = 4;
    m.cols = cols;
    m.indptr = {0, 2, 5, 8, 10};
    m.indices = {0, 1, 0, 1, 2, 1, 2, 3, 0, 3};
    m.values = {1, 1, 1, 3, 1, 1, 1, 1, 1, 3};
    return m;
}

/// Similarity of i -> j as stored (0 when j is not among i's neighbours).
double stored(const data::CsrMatrix& n, std::uint32_t i, std::uint32_t j) {
    for (std::uint64_t p = n.rowBegin(i); p < n.rowEnd(i); ++p)
        if (n.indices[p] == j) return n.values[p];
    return 0.0;
}

std::vector<std::uint32_t> rowItems(const data::CsrMatrix& n, std::uint32_t i) {
    return {n.indices.begin() + static_cast<std::ptrdiff_t>(n.rowBegin(i)),
            n.indices.begin() + static_cast<std::ptrdiff_t>(n.rowEnd(i))};
}

bool near(double a, double b, double tol = 1e-6) { return std::fabs(a - b) <= tol; }

template <class Body> std::string failingParameter(Body&& body) {
    try {
        body();
    } catch (const util::Error& e) {
        return e.message().parameter;
    }
    return "";
}

} // namespace

class TstItemKnn : public QObject {
    Q_OBJECT

private slots:
    void cosineWithShrinkage() {
        models::ItemSimilarityOptions options;
        options.shrink = 1.0;
        options.neighbours = 3;
        const auto n = models::itemNeighbours(handMatrix(4), options, 1, {});
        // Column norms sqrt(3), sqrt(11), sqrt(2), sqrt(10); dot products below; s = dot / (|a||b| + 1).
        const double n0 = std::sqrt(3.0), n1 = std::sqrt(11.0), n2 = std::sqrt(2.0), n3 = std::sqrt(10.0);
        QVERIFY(near(stored(n, 0, 1), 4 / (n0 * n1 + 1)));
        QVERIFY(near(stored(n, 0, 2), 1 / (n0 * n2 + 1)));
        QVERIFY(near(stored(n, 0, 3), 3 / (n0 * n3 + 1)));
        QVERIFY(near(stored(n, 1, 2), 4 / (n1 * n2 + 1)));
        QVERIFY(near(stored(n, 1, 3), 1 / (n1 * n3 + 1)));
        QVERIFY(near(stored(n, 2, 3), 1 / (n2 * n3 + 1)));
        QVERIFY(near(stored(n, 0, 1), 0.593070331)); // the same, computed independently
        QVERIFY(near(stored(n, 1, 2), 0.702936335));
        for (std::uint32_t i = 0; i < 4; ++i)
            for (std::uint32_t j = 0; j < 4; ++j) QCOMPARE(stored(n, i, j), stored(n, j, i));
        QCOMPARE(stored(n, 2, 2), 0.0); // no self-similarity
        QCOMPARE(rowItems(n, 0), (std::vector<std::uint32_t>{1, 3, 2}));
        QCOMPARE(rowItems(n, 1), (std::vector<std::uint32_t>{2, 0, 3}));
        QCOMPARE(rowItems(n, 3), (std::vector<std::uint32_t>{0, 2, 1}));
        // Without shrinkage: the plain cosine.
        options.shrink = 0.0;
        const auto plain = models::itemNeighbours(handMatrix(4), options, 1, {});
        QVERIFY(near(stored(plain, 0, 3), 3 / (n0 * n3)));
    }

    void topKPruning() {
        models::ItemSimilarityOptions options;
        options.shrink = 1.0;
        options.neighbours = 1;
        const auto n = models::itemNeighbours(handMatrix(4), options, 1, {});
        QCOMPARE(rowItems(n, 0), (std::vector<std::uint32_t>{1}));
        QCOMPARE(rowItems(n, 1), (std::vector<std::uint32_t>{2}));
        QCOMPARE(rowItems(n, 2), (std::vector<std::uint32_t>{1}));
        QCOMPARE(rowItems(n, 3), (std::vector<std::uint32_t>{0}));
        // Equal similarities: the smaller item index wins. Items 1 and 2 have identical columns here.
        data::CsrMatrix tie;
        tie.rows = 2;
        tie.cols = 3;
        tie.indptr = {0, 3, 6};
        tie.indices = {0, 1, 2, 0, 1, 2};
        tie.values = {1, 1, 1, 1, 1, 1};
        const auto t = models::itemNeighbours(tie, options, 1, {});
        QCOMPARE(rowItems(t, 0), (std::vector<std::uint32_t>{1}));
        QCOMPARE(rowItems(t, 2), (std::vector<std::uint32_t>{0}));
    }

    void bm25AndTfIdfWeights() {
        // Ten item columns (six empty) so that idf = ln 10 - ln(1 + df) is positive; len = 3, 5, 2, 4, mean 1.4.
        const auto w = models::weightInteractions(handMatrix(10), models::ItemWeighting::Bm25, 1.2, 0.75);
        const auto bm25 = [](double r, double len, double df) {
            return r * 2.2 / (1.2 * (0.25 + 0.75 * len / 1.4) + r) * (std::log(10.0) - std::log(1.0 + df));
        };
        const std::vector<double> expected = {bm25(1, 3, 2), bm25(1, 5, 2), bm25(1, 3, 3), bm25(3, 5, 3), bm25(1, 2, 3),
                                              bm25(1, 5, 3), bm25(1, 2, 3), bm25(1, 4, 3), bm25(1, 3, 2), bm25(3, 4, 2)};
        for (std::size_t p = 0; p < expected.size(); ++p) QVERIFY(near(w.values[p], expected[p]));
        QVERIFY(near(w.values[0], 0.820406247)); // computed independently
        QVERIFY(near(w.values[3], 0.928347189));
        QVERIFY(near(w.values[9], 1.353370890));
        // BM25 similarity = plain dot product of the weighted columns.
        models::ItemSimilarityOptions options;
        options.weighting = models::ItemWeighting::Bm25;
        options.neighbours = 9;
        const auto n = models::itemNeighbours(handMatrix(10), options, 1, {});
        QVERIFY(near(stored(n, 0, 1), 1.061007150));
        QVERIFY(near(stored(n, 0, 3), 1.110313933));
        QVERIFY(near(stored(n, 2, 3), 0.405938426));
        const auto t = models::weightInteractions(handMatrix(10), models::ItemWeighting::TfIdf, 0, 0);
        QVERIFY(near(t.values[3], std::sqrt(3.0) * (std::log(10.0) - std::log(4.0))));
        QVERIFY(near(t.values[9], 2.085342068));
    }

    void scoringAndExplanation() {
        const auto ds = handLog();
        const auto train = test::trainingBefore(ds);
        auto model = test::fitted(std::make_unique<models::ItemKnnRecommender>(), train,
                                  {{"shrink", 1.0}, {"k", 3}, {"combine", "sum"}});
        test::OwnedQuery q;
        q.add(0, EventType::View, 100);
        q.add(1, EventType::View, 110);
        q.add(1, EventType::AddToCart, 120); // item 1 weighs 1 + 3 = 4 (sum)
        std::vector<float> s(4);
        model->score(q.query(), s);
        const double s01 = 0.5930703308, s02 = 0.2898979486, s03 = 0.4631612664, s12 = 0.7029363352, s13 = 0.0870466833;
        QVERIFY(near(s[0], 4 * s01));
        QVERIFY(near(s[1], 1 * s01));
        QVERIFY(near(s[2], 1 * s02 + 4 * s12));
        QVERIFY(near(s[3], 1 * s03 + 4 * s13));
        const auto reasons = model->explain(q.query(), 2);
        QCOMPARE(reasons.size(), std::size_t{2});
        QCOMPARE(reasons[0].kind, models::ReasonKind::BecauseViewed);
        QCOMPARE(reasons[0].item, data::ItemIndex{1});
        QCOMPARE(reasons[0].eventType, static_cast<std::uint8_t>(EventType::AddToCart));
        QCOMPARE(reasons[1].item, data::ItemIndex{0});
        QVERIFY(near(reasons[0].share, 4 * s12 / (s02 + 4 * s12)));
        QVERIFY(near(reasons[0].share + reasons[1].share, 1.0, 1e-12));
        QVERIFY(near(reasons[0].contribution + reasons[1].contribution, s[2]));
        QVERIFY(model->explain(test::OwnedQuery{}.query(), 2).empty());
        // max combine: item 1 weighs 3.
        auto maxModel = test::fitted(std::make_unique<models::ItemKnnRecommender>(), train,
                                     {{"shrink", 1.0}, {"k", 3}, {"combine", "max"}});
        maxModel->score(q.query(), s);
        QVERIFY(near(s[2], 1 * s02 + 3 * s12));
        // binary (the default): every entry is 1, in the matrix and in the history. Column sets: i0 {u0 u1 u3},
        // i1 {u0 u1 u2}, i2 {u1 u2}: s02 = 1 / (sqrt 6 + 1), s12 = 2 / (sqrt 6 + 1).
        auto binary = test::fitted(std::make_unique<models::ItemKnnRecommender>(), train, {{"shrink", 1.0}, {"k", 3}});
        binary->score(q.query(), s);
        QVERIFY(near(s[2], 1 / (std::sqrt(6.0) + 1) + 2 / (std::sqrt(6.0) + 1)));
    }

    void sharesSumToOneOnRealisticData() {
        const auto data = test::coviewData(5, 800);
        auto model = test::fitted(std::make_unique<models::ItemKnnRecommender>(), data.train);
        models::RecommendOptions options;
        options.k = 10;
        int checked = 0;
        for (std::size_t q = 0; q < 100 && q < data.queries.size(); ++q) {
            const auto query = data.queries[q].query();
            const auto list = model->recommend(query, options);
            for (std::size_t r = 0; r < list.modelItems; ++r) {
                const auto reasons = model->explain(query, list.items[r]);
                double share = 0.0, contribution = 0.0;
                for (const auto& reason : reasons) {
                    share += reason.share;
                    contribution += reason.contribution;
                }
                QVERIFY(near(share, 1.0, 1e-9));
                QVERIFY(near(contribution, list.scores[r], 1e-4 * std::max(1.0, std::fabs(contribution))));
                ++checked;
            }
        }
        QVERIFY(checked > 100);
    }

    void threadCountDoesNotChangeTheModel() {
        const auto data = test::coviewData(9, 1500);
        for (const std::string weighting : {"none", "bm25", "tfidf"}) {
            auto one = test::fitted(std::make_unique<models::ItemKnnRecommender>(), data.train, {{"weighting", weighting}}, 1, 1);
            auto two = test::fitted(std::make_unique<models::ItemKnnRecommender>(), data.train, {{"weighting", weighting}}, 1, 2);
            QVERIFY(one->neighbours().indices == two->neighbours().indices);
            QVERIFY(one->neighbours().values == two->neighbours().values);
            QVERIFY(one->neighbours().nonZeros() > 0);
            models::ItemKnnRecommender fresh;
            QVERIFY(test::roundTripAgrees(*one, fresh, data.train, test::queriesOf(data)));
        }
    }

    void parametersAreValidated() {
        models::ItemKnnRecommender m;
        QCOMPARE(failingParameter([&] { m.setParameters({{"k", 0}}); }), std::string("itemknn.k"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"k", 2.5}}); }), std::string("itemknn.k"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"shrink", -1}}); }), std::string("itemknn.shrink"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"weighting", "bm26"}}); }), std::string("itemknn.weighting"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"bm25_b", 2}}); }), std::string("itemknn.bm25_b"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"combine", "avg"}}); }), std::string("itemknn.combine"));
        QCOMPARE(failingParameter([&] { m.setParameters({{"weight_cart", -3}}); }), std::string("itemknn.weight_cart"));
        const auto train = test::trainingBefore(handLog());
        QCOMPARE(failingParameter([&] {
                     test::fitted(std::make_unique<models::ItemKnnRecommender>(), train,
                                  {{"weight_view", 0}, {"weight_cart", 0}, {"weight_buy", 0}});
                 }),
                 std::string("itemknn.weight_view"));
    }

    void beatsPopularOnHeldOutData() {
        const auto data = test::coviewData(42);
        auto knn = test::fitted(std::make_unique<models::ItemKnnRecommender>(), data.train, {}, 42, 2);
        auto popular = test::fitted(std::make_unique<models::PopularRecommender>(), data.train);
        auto random = test::fitted(std::make_unique<models::RandomRecommender>(), data.train);
        const double hrKnn = test::hitRate(*knn, data, 10), hrPopular = test::hitRate(*popular, data, 10),
                     hrRandom = test::hitRate(*random, data, 10);
        qInfo("HR@10 over %zu lists: itemknn %.4f, popular %.4f, random %.4f", data.queries.size(), hrKnn, hrPopular,
              hrRandom);
        QVERIFY(hrKnn > 1.5 * hrPopular);
        QVERIFY(hrPopular > 2.0 * hrRandom);
    }
};

QTEST_APPLESS_MAIN(TstItemKnn)
#include "tst_itemknn.moc"

// The speed paths of the factorisation models: factorTopK gives recommend()'s lists item for item (ALS, BPR
// with biases, queries without signal, k above the candidate count, ties), the blocked rowsTimesMatrix kernel
// equals a plain per-entry sum in the kernel's order, the BPR step kernel follows the SGD update of
// core/models/README.md (bpr) under both kernel sets, and BPR factors do not depend on the thread count (the
// 16 x 16 grid).
#include <QTest>

#include <cmath>

// moc cannot parse the X-macro message list that the core headers include; it does not need them.
#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "models/factorisation/AlsModel.h"
#include "models/factorisation/BprKernel.h"
#include "models/factorisation/BprModel.h"
#include "models/factorisation/DenseKernels.h"
#include "models/factorisation/FactorTopK.h"
#include "util/Random.h"
#endif

using namespace vitrina;

namespace {

std::vector<std::vector<data::ItemIndex>> itemsOf(const std::vector<models::RecommendationList>& lists) {
    std::vector<std::vector<data::ItemIndex>> out;
    for (const auto& l : lists) out.push_back(l.items);
    return out;
}

/// factorTopK against recommend() for the coview queries plus a query without signal, at several k.
bool topKAgrees(const models::FactorRecommender& model, const test::CoviewData& data) {
    std::vector<models::Query> queries = test::queriesOf(data, 150);
    test::OwnedQuery unknown; // an item without training interactions only: no signal
    unknown.add(static_cast<data::ItemIndex>(data.train->itemCount() - 1), data::EventType::View, 5);
    if (!data.train->candidates().back()) queries.push_back(unknown.query());
    queries.push_back(test::OwnedQuery{}.query());
    for (int k : {1, 10, 37, 700}) { // 700 > the 600 items: shorter lists, the fallback path
        models::RecommendOptions options;
        options.k = k;
        std::vector<std::vector<data::ItemIndex>> single;
        for (const auto& q : queries) single.push_back(model.recommend(q, options).items);
        for (int threads : {1, 2})
            if (models::factorTopK(model, queries, options, threads) != single) return false;
        if (itemsOf(model.recommendBatch(queries, options, 2)) != single) return false;
    }
    return true;
}

} // namespace

class TstFactorFastPaths : public QObject {
    Q_OBJECT

private slots:
    void topKEqualsRecommendForAls() {
        const auto data = test::coviewData(21, 900);
        auto model = test::fitted(std::make_unique<models::AlsRecommender>(), data.train, {{"factors", 16}, {"iterations", 4}});
        QVERIFY(topKAgrees(*model, data));
        for (auto isa : {models::kernels::Isa::Portable, models::kernels::Isa::Avx2}) {
            models::kernels::forceIsa(isa);
            QVERIFY(topKAgrees(*model, data));
        }
        models::kernels::forceIsa(std::nullopt);
    }

    void topKEqualsRecommendForBprWithBiases() {
        const auto data = test::coviewData(22, 900);
        auto model = test::fitted(std::make_unique<models::BprRecommender>(), data.train,
                                  {{"factors", 12}, {"epochs", 5}, {"foldin_epochs", 5}});
        QVERIFY(!model->itemBiases().empty());
        QVERIFY(topKAgrees(*model, data));
    }

    void topKKeepsTiesInIndexOrder() {
        // Identical item rows score identically: the smaller index must come first, as in topK().
        const auto data = test::coviewData(23, 400);
        auto model = test::fitted(std::make_unique<models::AlsRecommender>(), data.train, {{"factors", 8}, {"iterations", 2}});
        auto& items = const_cast<models::FactorMatrix&>(model->itemFactors());
        for (Eigen::Index r = 1; r < items.rows(); r += 2) items.row(r) = items.row(r - 1);
        QVERIFY(topKAgrees(*model, data));
    }

    void topKRejectsExclusions() {
        const auto data = test::coviewData(24, 300);
        auto model = test::fitted(std::make_unique<models::AlsRecommender>(), data.train, {{"factors", 8}, {"iterations", 1}});
        models::RecommendOptions options;
        options.exclusions.alreadySeen = true;
        const auto queries = test::queriesOf(data, 3);
        QVERIFY_THROWS_EXCEPTION(util::Error, models::factorTopK(*model, queries, options, 1));
    }

    void rowsTimesMatrixIsThePlainSumInOrder() {
        util::Rng rng(5);
        for (std::size_t width : {8u, 24u, 64u, 72u}) {
            const std::size_t rows = 13;
            std::vector<float> p(rows * width), m(width * width), got(rows * width);
            for (float& x : p) x = static_cast<float>(rng.uniform(-1, 1));
            for (float& x : m) x = static_cast<float>(rng.uniform(-1, 1));
            for (auto isa : {models::kernels::Isa::Portable, models::kernels::Isa::Avx2}) {
                models::kernels::forceIsa(isa);
                const bool fma = models::kernels::activeIsa() == models::kernels::Isa::Avx2;
                models::kernels::rowsTimesMatrix(models::kernels::Rows{p.data(), rows, width}, m.data(), width, got.data());
                for (std::size_t u = 0; u < rows; ++u)
                    for (std::size_t j = 0; j < width; ++j) {
                        float want = 0.0f;
                        for (std::size_t k = 0; k < width; ++k)
                            want = fma ? std::fma(p[u * width + k], m[k * width + j], want) : want + p[u * width + k] * m[k * width + j];
                        QCOMPARE(got[u * width + j], want);
                    }
            }
        }
        models::kernels::forceIsa(std::nullopt);
    }

    void bprStepKernelFollowsTheRuleUnderBothKernelSets() {
        util::Rng rng(9);
        const std::size_t n = 24;
        std::vector<float> w(n), hi(n), hj(n);
        for (std::size_t k = 0; k < n; ++k) {
            w[k] = static_cast<float>(rng.uniform(-0.5, 0.5));
            hi[k] = static_cast<float>(rng.uniform(-0.5, 0.5));
            hj[k] = static_cast<float>(rng.uniform(-0.5, 0.5));
        }
        const models::kernels::BprRates rates{0.1f, 0.02f, 0.03f, 0.05f};
        double x = 0.3;
        for (std::size_t k = 0; k < n; ++k) x += double(w[k]) * (double(hi[k]) - double(hj[k]));
        const double z = 1.0 / (1.0 + std::exp(x));
        for (auto isa : {models::kernels::Isa::Portable, models::kernels::Isa::Avx2}) {
            models::kernels::forceIsa(isa);
            auto a = w, b = hi, c = hj;
            const float got = models::kernels::bprStep(a.data(), b.data(), c.data(), 0.3f, n, rates, true);
            QVERIFY(std::fabs(got - z) < 1e-6);
            for (std::size_t k = 0; k < n; ++k) {
                QVERIFY(std::fabs(a[k] - (w[k] + 0.1 * (z * (double(hi[k]) - hj[k]) - 0.02 * w[k]))) < 1e-6);
                QVERIFY(std::fabs(b[k] - (hi[k] + 0.1 * (z * w[k] - 0.03 * hi[k]))) < 1e-6);
                QVERIFY(std::fabs(c[k] - (hj[k] + 0.1 * (-z * w[k] - 0.05 * hj[k]))) < 1e-6);
            }
        }
        models::kernels::forceIsa(std::nullopt);
    }

    void bprFactorsDoNotDependOnThreads() {
        const auto data = test::coviewData(25, 700);
        const nlohmann::json params = {{"factors", 8}, {"epochs", 6}};
        auto one = test::fitted(std::make_unique<models::BprRecommender>(), data.train, params, 3, 1);
        auto two = test::fitted(std::make_unique<models::BprRecommender>(), data.train, params, 3, 2);
        auto three = test::fitted(std::make_unique<models::BprRecommender>(), data.train, params, 3, 3);
        QVERIFY(one->itemFactors() == two->itemFactors() && one->itemFactors() == three->itemFactors());
        QVERIFY(one->itemBiases() == two->itemBiases());
    }
};

QTEST_APPLESS_MAIN(TstFactorFastPaths)
#include "tst_factor_fastpaths.moc"

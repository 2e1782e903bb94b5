// Explanations: ItemKNN's exact shares on a hand-computed log, BPR's fold-in decomposition (the terms sum to
// the score), the re-ranker's reason, the fallback reason of a padded list, and the English text of every
// reason kind with raw item ids and category paths.
#include <QTest>

#include <cmath>

#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "explain/ExplainList.h"
#include "explain/ReasonText.h"
#include "models/Catalogue.h"
#include "models/factorisation/BprModel.h"
#include "models/neighbourhood/ItemKnnModel.h"
#include "models/rerank/Reranker.h"
#endif

using namespace vitrina;
using data::EventType;

namespace {

// Visitor x item (raw items 100 = A, 200 = B, 300 = C), all views:
//   v1: A B   v2: A B C   v3: A C   v4: A B
// |A| = 4, |B| = 3, |C| = 2 visitors; A.B = 3, A.C = 2, B.C = 1. Categories: 10 (root) > 11 holds A and B,
// 20 (root) holds C.
std::shared_ptr<data::Dataset> handLog() {
    return test::handDataset({{1, 10, 100}, {1, 20, 200},
                              {2, 10, 100}, {2, 20, 200}, {2, 30, 300},
                              {3, 10, 100}, {3, 20, 300},
                              {4, 10, 100}, {4, 20, 200}},
                             {{100, 11}, {200, 11}, {300, 20}}, {{10, -1}, {11, 10}, {20, -1}});
}

bool near(double a, double b, double tol = 1e-6) { return std::fabs(a - b) <= tol; }

} // namespace

class TstExplanations : public QObject {
    Q_OBJECT

private slots:
    void itemKnnSharesAreExact() {
        const auto ds = handLog();
        const auto train = test::trainingBefore(ds);
        auto model = test::fitted(std::make_unique<models::ItemKnnRecommender>(), train); // shrink 30, binary
        test::OwnedQuery q;
        q.add(test::itemOf(*ds, 200), EventType::View, 100);
        q.add(test::itemOf(*ds, 300), EventType::AddToCart, 200);
        const auto reasons = model->explain(q.query(), test::itemOf(*ds, 100));
        // s(B, A) = 3 / (sqrt 4 sqrt 3 + 30) = 0.0896451, s(C, A) = 2 / (sqrt 4 sqrt 2 + 30) = 0.0609229
        const double sb = 3.0 / (std::sqrt(12.0) + 30.0), sc = 2.0 / (std::sqrt(8.0) + 30.0);
        QCOMPARE(reasons.size(), std::size_t{2});
        QCOMPARE(reasons[0].item, test::itemOf(*ds, 200));
        QVERIFY(near(reasons[0].contribution, sb));
        QVERIFY(near(reasons[0].share, sb / (sb + sc)));  // 0.5954
        QVERIFY(near(reasons[1].share, sc / (sb + sc)));  // 0.4046
        QVERIFY(near(reasons[0].share + reasons[1].share, 1.0, 1e-12));
        std::vector<float> scores(ds->items.size());
        model->score(q.query(), scores);
        QVERIFY(near(scores[test::itemOf(*ds, 100)], sb + sc));
        // The carted C speaks as a cart event; the text names raw ids and category paths.
        QCOMPARE(static_cast<EventType>(reasons[1].eventType), EventType::AddToCart);
        QCOMPARE(explain::reasonText(reasons[0], *ds), std::string("Because you viewed item 200 (10 \u203A 11): 60 % of the score"));
        QCOMPARE(explain::reasonText(reasons[1], *ds), std::string("Because you added item 300 (20) to the cart: 40 % of the score"));
    }

    void everyKindHasText() {
        const auto ds = handLog();
        models::Reason r;
        r.share = 0.254;
        r.kind = models::ReasonKind::PopularInCategory;
        r.category = static_cast<data::CategoryIndex>(*ds->categories.ids.find(11));
        QCOMPARE(explain::reasonText(r, *ds), std::string("Popular in category 10 \u203A 11: 25 % of the score"));
        r = {};
        r.kind = models::ReasonKind::BoughtTogether;
        r.item = test::itemOf(*ds, 300);
        r.hasItem = true;
        r.value = 12.345;
        r.share = 1.0;
        r.eventType = static_cast<std::uint8_t>(EventType::AddToCart);
        QCOMPARE(explain::reasonText(r, *ds),
                 std::string("Often bought together with item 300 (20) in your cart (lift 12.3): 100 % of the score"));
        r.eventType = static_cast<std::uint8_t>(EventType::View);
        QCOMPARE(explain::reasonMessage(r, *ds).code, util::MessageCode::ExplainBoughtTogetherViewed);
        r = {};
        r.kind = models::ReasonKind::SimilarSessions;
        r.value = 7;
        r.share = 0.004;
        QCOMPARE(explain::reasonText(r, *ds),
                 std::string("Visitors with similar sessions also viewed it (7 neighbour sessions): <1 % of the score"));
        r = {};
        r.kind = models::ReasonKind::HybridStage;
        r.stage = 2;
        QCOMPARE(explain::reasonText(r, *ds), std::string("Your funnel stage: intent"));
        r = {};
        r.kind = models::ReasonKind::HybridComponent;
        r.component = "als";
        r.value = 0.5;
        r.share = -0.12;
        QCOMPARE(explain::reasonText(r, *ds), std::string("Model als (weight 0.50 in this stage): -12 % of the score"));
        r = {};
        r.kind = models::ReasonKind::PopularOverall;
        r.share = 1.0;
        QCOMPARE(explain::reasonMessage(r, *ds).args, std::vector<std::string>{"100"});
        QCOMPARE(explain::reasonKindName(models::ReasonKind::Reranked), std::string_view("reranked"));
        QCOMPARE(explain::categoryPath(*ds, data::kNoCategory), std::string("\u2014"));
        QCOMPARE(explain::reasonMessage(r, *ds).severity, util::Severity::Info);
    }

    void bprTermsSumToTheScore() {
        const auto data = test::coviewData(8, 800, 20, 15);
        auto model = test::fitted(std::make_unique<models::BprRecommender>(), data.train,
                                  {{"factors", 16}, {"epochs", 20}, {"foldin_epochs", 30}}, 5, 2);
        std::vector<float> scores(data.train->itemCount());
        int checked = 0;
        double worst = 0.0;
        for (std::size_t k = 0; k < 40 && k < data.queries.size(); ++k) {
            const auto q = data.queries[k].query();
            model->score(q, scores);
            const auto list = model->recommend(q, {});
            for (const data::ItemIndex item : list.items) {
                const auto reasons = model->explain(q, item);
                QVERIFY(!reasons.empty());
                double sum = 0.0, shares = 0.0;
                bool bias = false;
                for (std::size_t r = 0; r < reasons.size(); ++r) {
                    sum += reasons[r].contribution;
                    shares += reasons[r].share;
                    bias = bias || reasons[r].kind == models::ReasonKind::PopularOverall;
                    if (r > 0) QVERIFY(reasons[r - 1].contribution >= reasons[r].contribution);
                }
                QVERIFY(bias); // item_bias is on by default
                worst = std::max(worst, std::fabs(sum - scores[item]) / std::max(1.0, std::fabs(sum)));
                if (sum > 0) QVERIFY(near(shares, 1.0, 1e-9));
                ++checked;
            }
        }
        qInfo("BPR decomposition: worst relative gap to the float score %.2e over %d items", worst, checked);
        QVERIFY(checked >= 200);
        QVERIFY(worst < 1e-4);
    }

    void rerankerSaysWhereTheModelRankedIt() {
        const auto data = test::coviewData(9, 600, 20, 15);
        auto model = models::createModel("itemknn+cat");
        model->setParameters({{"cat_beta", 1.0}});
        models::FitContext ctx;
        model->fit(data.train, ctx);
        const auto q = data.queries.front().query();
        const auto list = model->recommend(q, {});
        QVERIFY(list.modelItems > 0);
        const auto reasons = model->explain(q, list.items.front());
        const auto reranked = std::find_if(reasons.begin(), reasons.end(),
                                           [](const models::Reason& r) { return r.kind == models::ReasonKind::Reranked; });
        QVERIFY(reranked != reasons.end());
        QCOMPARE(reranked->component, std::string("cat"));
        QVERIFY(reranked->value >= 1.0);
        QCOMPARE(reranked->share, 0.0);
        // The inner model's rank is the rank in its own list.
        const auto& inner = static_cast<const models::RerankingRecommender&>(*model).inner();
        const auto innerList = inner.recommend(q, {});
        const auto at = std::find(innerList.items.begin(), innerList.items.end(), list.items.front());
        if (at != innerList.items.end()) QCOMPARE(reranked->value, static_cast<double>(at - innerList.items.begin() + 1));
    }

    void fallbackItemsSayTheyArePopular() {
        const auto ds = handLog();
        const auto train = test::trainingBefore(ds);
        auto model = test::fitted(std::make_unique<models::ItemKnnRecommender>(), train);
        test::OwnedQuery q;
        q.add(test::itemOf(*ds, 300), EventType::View, 100);
        models::RecommendOptions options;
        options.k = 3;
        const auto list = model->recommend(q.query(), options);
        const auto explained = explain::explainList(*model, *train, q.query(), list);
        QCOMPARE(explained.size(), std::size_t{3});
        std::size_t fallback = 0;
        for (std::size_t p = 0; p < explained.size(); ++p) {
            QCOMPARE(explained[p].fromModel, p < list.modelItems);
            QVERIFY(!explained[p].reasons.empty());
            if (explained[p].fromModel) continue;
            ++fallback;
            QCOMPARE(explained[p].reasons.front().kind, models::ReasonKind::PopularFallback);
            QCOMPARE(explained[p].reasons.front().share, 1.0);
        }
        QCOMPARE(fallback, std::size_t{1}); // C reaches A and B; C itself has no neighbour of itself
        const auto strongest = explain::strongestHistoryItem(explained.front().reasons);
        QVERIFY(strongest);
        QCOMPARE(*strongest, test::itemOf(*ds, 300));
    }

    void strongestItemSumsSharesAcrossReasons() {
        // A hybrid names item 5 twice (0.3 + 0.25 of the score) and item 7 once (0.4): item 5 is the strongest,
        // although item 7 has the largest single contribution in its own component's units.
        std::vector<models::Reason> reasons(4);
        reasons[0].kind = models::ReasonKind::HybridStage;
        reasons[0].share = 1.0;
        const auto named = [](models::Reason& r, data::ItemIndex item, double share, double contribution) {
            r.kind = models::ReasonKind::BecauseViewed;
            r.hasItem = true;
            r.item = item;
            r.share = share;
            r.contribution = contribution;
        };
        named(reasons[1], 5, 0.30, 0.1);
        named(reasons[2], 7, 0.40, 9.0);
        named(reasons[3], 5, 0.25, 0.2);
        QCOMPARE(explain::strongestHistoryItem(reasons), std::optional<data::ItemIndex>(5));
        QVERIFY(!explain::isScoreShare(reasons[0]));
        QVERIFY(explain::isScoreShare(reasons[1]));
        QVERIFY(!explain::strongestHistoryItem({reasons[0]}));
    }
};

QTEST_GUILESS_MAIN(TstExplanations)
#include "tst_explanations.moc"

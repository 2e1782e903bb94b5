// Co-occurrence "bought together": basket building, counts and lift on hand baskets, scoring, explanations,
// round trips and parameters.
#include <QTest>

#include <cmath>

// moc cannot parse the X-macro message list that the core headers include; it does not need them.
#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "models/neighbourhood/Cooccurrence.h"
#endif

using namespace vitrina;
using data::EventType;
using test::HandEvent;

namespace {

constexpr std::int64_t kMinute = 60'000;

bool near(double a, double b, double tol = 1e-6) { return std::fabs(a - b) <= tol; }

/// One visitor per basket, every item carted in one session.
std::shared_ptr<data::Dataset> basketLog(const std::vector<std::vector<std::int64_t>>& baskets) {
    std::vector<HandEvent> ev;
    for (std::size_t b = 0; b < baskets.size(); ++b)
        for (std::size_t k = 0; k < baskets[b].size(); ++k)
            ev.push_back({static_cast<std::int64_t>(b), static_cast<std::int64_t>(k) * kMinute, baskets[b][k], EventType::AddToCart});
    return test::handDataset(ev);
}

std::vector<std::uint32_t> rowItems(const data::CsrMatrix& n, std::uint32_t i) {
    return {n.indices.begin() + static_cast<std::ptrdiff_t>(n.rowBegin(i)),
            n.indices.begin() + static_cast<std::ptrdiff_t>(n.rowEnd(i))};
}

} // namespace

class TstCooccurrence : public QObject {
    Q_OBJECT

private slots:
    void countsOnHandBaskets() {
        // A=0, B=1, C=2, D=3: {A,B,C} {A,B} {B,C} {A} {B,D}
        const auto c = models::countCooccurrence({{0, 1, 2}, {0, 1}, {1, 2}, {0}, {1, 3}}, 4);
        QCOMPARE(c.baskets, std::uint64_t{5});
        QCOMPARE(c.itemBaskets, (std::vector<std::uint32_t>{3, 4, 2, 1}));
        QCOMPARE(c.first, (std::vector<std::uint32_t>{0, 0, 1, 1, 1, 2, 2, 3}));
        QCOMPARE(c.second, (std::vector<std::uint32_t>{1, 2, 0, 2, 3, 0, 1, 1}));
        QCOMPARE(c.together, (std::vector<std::uint32_t>{2, 1, 2, 2, 1, 1, 2, 1}));
    }

    void basketsFromSessionsAndTransactions() {
        const std::int64_t h = 60 * kMinute;
        const auto ds = test::handDataset({
            // Visitor 1: one session with carts and a two-item transaction, then a session of views only.
            {1, 0, 10}, {1, kMinute, 10, EventType::AddToCart}, {1, 2 * kMinute, 11},
            {1, 3 * kMinute, 11, EventType::AddToCart}, {1, 4 * kMinute, 10, EventType::Transaction, 500},
            {1, 4 * kMinute, 11, EventType::Transaction, 500}, {1, 3 * h, 12},
            // Visitor 2: transaction 600 is logged in two sessions (two hours apart).
            {2, 0, 12, EventType::AddToCart}, {2, 10 * kMinute, 12, EventType::Transaction, 600},
            {2, 2 * h, 13, EventType::Transaction, 600},
            // Visitor 3: a cart before the cutoff, two after it (not training).
            {3, 0, 11, EventType::AddToCart}, {3, 10 * h - kMinute, 10, EventType::AddToCart},
            {3, 10 * h, 12, EventType::AddToCart},
        });
        const auto train = test::trainingBefore(ds, 10 * h);
        const auto id = [&](std::int64_t raw) { return test::itemOf(*ds, raw); };
        const auto baskets = models::trainingBaskets(*train);
        const std::vector<std::vector<data::ItemIndex>> expected = {
            {id(10), id(11)}, {id(12)}, {id(13)}, {id(11)}, {id(10)}, {id(12), id(13)}};
        QCOMPARE(baskets, expected);
    }

    void liftScoringAndExplanation() {
        const auto ds = basketLog({{0, 1, 2}, {0, 1}, {1, 2}, {0}, {1, 3}});
        const auto train = test::trainingBefore(ds);
        auto model = test::fitted(std::make_unique<models::CoocRecommender>(), train, {{"min_support", 2}});
        QCOMPARE(model->basketCount(), std::uint64_t{5});
        const auto& lifts = model->lifts();
        // lift = N C_ij / (C_i C_j): AB = 5*2/(3*4), BC = 5*2/(4*2); AC and BD have support 1 < 2.
        QCOMPARE(rowItems(lifts, 0), (std::vector<std::uint32_t>{1}));
        QCOMPARE(rowItems(lifts, 1), (std::vector<std::uint32_t>{2, 0}));
        QCOMPARE(rowItems(lifts, 2), (std::vector<std::uint32_t>{1}));
        QCOMPARE(rowItems(lifts, 3), (std::vector<std::uint32_t>{}));
        QVERIFY(near(lifts.values[lifts.rowBegin(0)], 10.0 / 12.0));
        QVERIFY(near(lifts.values[lifts.rowBegin(1)], 10.0 / 8.0));

        // Anchors: A carted (weight 1), C viewed (weight 0.25).
        test::OwnedQuery q;
        q.add(0, EventType::AddToCart, 100);
        q.add(2, EventType::View, 200);
        std::vector<float> s(4);
        model->score(q.query(), s);
        QVERIFY(near(s[1], 10.0 / 12.0 + 0.25 * 10.0 / 8.0));
        QCOMPARE(s[0], 0.0f);
        QCOMPARE(s[3], 0.0f);
        const auto reasons = model->explain(q.query(), 1);
        QCOMPARE(reasons.size(), std::size_t{2});
        QCOMPARE(reasons[0].kind, models::ReasonKind::BoughtTogether);
        QCOMPARE(reasons[0].item, data::ItemIndex{0});
        QVERIFY(near(reasons[0].value, 10.0 / 12.0));
        QCOMPARE(reasons[1].item, data::ItemIndex{2});
        QVERIFY(near(reasons[1].value, 1.25));
        QVERIFY(near(reasons[0].share, (10.0 / 12.0) / (10.0 / 12.0 + 0.3125)));
        QVERIFY(near(reasons[0].share + reasons[1].share, 1.0, 1e-12));

        // min_support 1 keeps AC and BD; equal lifts go by item index; k = 1 keeps the best.
        auto loose = test::fitted(std::make_unique<models::CoocRecommender>(), train, {{"min_support", 1}});
        QCOMPARE(rowItems(loose->lifts(), 0), (std::vector<std::uint32_t>{1, 2}));
        QCOMPARE(rowItems(loose->lifts(), 1), (std::vector<std::uint32_t>{2, 3, 0}));
        auto top1 = test::fitted(std::make_unique<models::CoocRecommender>(), train, {{"min_support", 1}, {"k", 1}});
        QCOMPARE(rowItems(top1->lifts(), 1), (std::vector<std::uint32_t>{2}));
        // Views as anchors can be turned off.
        auto cartsOnly = test::fitted(std::make_unique<models::CoocRecommender>(), train, {{"min_support", 2}, {"view_weight", 0}});
        cartsOnly->score(q.query(), s);
        QVERIFY(near(s[1], 10.0 / 12.0));
    }

    void viewOnlySplitUsesSessionsViewedTogether() {
        // Views only (as the session-rec presets keep): no basket of carts or purchases. Sessions {A,B} twice, {B,C}.
        const std::int64_t h = 60 * kMinute;
        const auto ds = test::handDataset({
            {1, 0, 100}, {1, kMinute, 101},
            {2, 0, 100}, {2, kMinute, 101},
            {3, 0, 101}, {3, kMinute, 102},
            {4, 0, 103}, {4, 5 * h, 103},
        });
        const auto train = test::trainingBefore(ds);
        const auto id = [&](std::int64_t raw) { return test::itemOf(*ds, raw); };
        QVERIFY(!models::anyPair(models::trainingBaskets(*train)));
        auto model = test::fitted(std::make_unique<models::CoocRecommender>(), train, {{"min_support", 1}});
        QVERIFY(model->basketsFromSessionViews());
        QCOMPARE(model->basketCount(), std::uint64_t{5}); // {A,B} {A,B} {B,C} {D} {D}
        test::OwnedQuery q;
        q.add(id(100), EventType::View, 10 * h);
        std::vector<float> s(ds->items.size());
        model->score(q.query(), s);
        // lift(A,B) = 5 * 2 / (2 * 3); viewed anchors weigh view_weight (0.25).
        QVERIFY(near(s[id(101)], 0.25 * 10.0 / 6.0));
        QCOMPARE(s[id(102)], 0.0f);
        const auto reasons = model->explain(q.query(), id(101));
        QCOMPARE(reasons.size(), std::size_t{1});
        QCOMPARE(reasons[0].kind, models::ReasonKind::BecauseViewed); // not "bought together"
        QCOMPARE(reasons[0].item, id(100));
        // A model loaded from the project decides the same from the same split.
        models::CoocRecommender fresh;
        QVERIFY(test::roundTripAgrees(*model, fresh, train, {q.query()}));
        QVERIFY(fresh.basketsFromSessionViews());
        // With carts in the split, baskets stay carts and purchases.
        auto carts = test::fitted(std::make_unique<models::CoocRecommender>(), test::trainingBefore(basketLog({{0, 1}, {1, 2}})), {});
        QVERIFY(!carts->basketsFromSessionViews());
    }

    void roundTripAndParameters() {
        const auto data = test::coviewData(4, 1500);
        auto model = test::fitted(std::make_unique<models::CoocRecommender>(), data.train, {{"min_support", 1}});
        QVERIFY(model->lifts().nonZeros() > 0);
        models::CoocRecommender fresh;
        QVERIFY(test::roundTripAgrees(*model, fresh, data.train, test::queriesOf(data)));
        const auto parameterOf = [](const nlohmann::json& p) {
            try {
                models::CoocRecommender m;
                m.setParameters(p);
            } catch (const util::Error& e) {
                return e.message().parameter;
            }
            return std::string();
        };
        QCOMPARE(parameterOf({{"min_support", 0}}), std::string("cooc.min_support"));
        QCOMPARE(parameterOf({{"view_weight", 2}}), std::string("cooc.view_weight"));
        QCOMPARE(parameterOf({{"k", -5}}), std::string("cooc.k"));
        QCOMPARE(parameterOf({{"lift", true}}), std::string("cooc.lift"));
    }
};

QTEST_APPLESS_MAIN(TstCooccurrence)
#include "tst_cooccurrence.moc"

// Ranking metrics (core/eval/README.md sections 3-5): vector R1, duplicates, short lists, empty relevant
// sets, ties, beyond-accuracy metrics, the accumulator (parallel merge, per-list vectors, segments) and bad
// input. Constants: "R1", "R2" = the worked vectors of core/eval/README.md; "py" = computed with
// /usr/bin/python3 by a direct transcription of the section 3 formulas (dedup, cut, h/K, DCG/IDCG ...)
// written independently of this code;
// "scipy" = scipy 1.10.1 percentileofscore(kind='weak'); "hand" = worked out in the comment beside it.
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum)
#include "eval/BeyondAccuracy.h"
#include "eval/MetricAccumulator.h"
#include "eval/Metrics.h"
#include "eval/NextItemMetrics.h"
#include "util/Message.h"
#endif

using namespace vitrina;
using eval::ItemIndex;
using eval::Metric;

namespace {

/// True when `actual` rounds to `expected` at the 6th significant digit (expected given to 6 digits).
bool sixDigits(double actual, double expected) {
    if (expected == 0.0) return std::fabs(actual) < 1e-12;
    const double unit = std::pow(10.0, std::floor(std::log10(std::fabs(expected))) - 5.0);
    return std::fabs(actual - expected) <= 0.5 * unit * (1.0 + 1e-9);
}
#define CHECK6(actual, expected)                                                                                   \
    QVERIFY2(sixDigits((actual), (expected)), qPrintable(QString("%1 = %2, expected %3")                         \
                                                             .arg(#actual)                                        \
                                                             .arg((actual), 0, 'g', 12)                           \
                                                             .arg((expected), 0, 'g', 12)))
#define CHECK_NEAR(actual, expected)                                                                               \
    QVERIFY2(std::fabs((actual) - (expected)) <= 1e-12 * std::max(1.0, std::fabs(expected)),                       \
             qPrintable(QString("%1 = %2, expected %3").arg(#actual).arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))

std::string failedParameter(const std::function<void()>& body) {
    try {
        body();
    } catch (const util::Error& e) {
        return e.message().parameter.empty() ? "<no parameter>" : e.message().parameter;
    }
    return {};
}

const std::vector<ItemIndex> kList = {3, 7, 1, 9, 4, 8}; // R1: L = [i3, i7, i1, i9, i4, i8]

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT
private slots:
    void workedVectorThreeRelevant() {
        const std::vector<int> k5 = {5};
        const auto a = eval::evaluateAccuracy(kList, std::vector<ItemIndex>{1, 4, 5}, k5);
        QCOMPARE(a.relevantCount, std::size_t{3});
        CHECK6(a.at(Metric::Ndcg, 0), 0.416181);             // R1
        CHECK6(a.at(Metric::AveragePrecision, 0), 0.244444); // R1: (1/3 + 2/5)/3
        CHECK6(a.at(Metric::ReciprocalRank, 0), 0.333333);   // R1
        CHECK6(a.at(Metric::Precision, 0), 0.400000);        // R1
        CHECK6(a.at(Metric::Recall, 0), 0.666667);           // R1
        CHECK6(a.at(Metric::CappedRecall, 0), 0.666667);     // hand: 2/min(3,5)
        QCOMPARE(a.at(Metric::HitRate, 0), 1.0);             // R1
    }

    void workedVectorMoreRelevantThanK() {
        const std::vector<int> k5 = {5};
        const auto a = eval::evaluateAccuracy(kList, std::vector<ItemIndex>{1, 4, 5, 10, 11, 12, 13}, k5);
        CHECK6(a.at(Metric::Ndcg, 0), 0.300785);             // R1
        CHECK6(a.at(Metric::AveragePrecision, 0), 0.146667); // R1, min(|R|,K) normaliser
        CHECK6(a.at(Metric::Recall, 0), 0.285714);           // R1
        CHECK6(a.at(Metric::CappedRecall, 0), 0.400000);     // R1
    }

    void severalCutoffsAtOnceWithDuplicates() {
        // L has duplicates (2 and 9 repeat); dedup -> [2,9,5,7,1,6,3,8,0,4]; R = {9,3,0,11}. Values: py.
        const std::vector<ItemIndex> list = {2, 9, 2, 5, 9, 7, 1, 6, 3, 8, 0, 4};
        const std::vector<int> ks = {10, 1, 3};
        const auto a = eval::evaluateAccuracy(list, std::vector<ItemIndex>{9, 3, 0, 11, 3}, ks);
        QCOMPARE(a.relevantCount, std::size_t{4}); // the repeated 3 counts once
        CHECK_NEAR(a.at(Metric::Precision, 0), 0.3);
        CHECK_NEAR(a.at(Metric::Recall, 0), 0.75);
        CHECK_NEAR(a.at(Metric::Ndcg, 0), 0.49394517682785766);
        CHECK_NEAR(a.at(Metric::AveragePrecision, 0), 0.27976190476190477);
        CHECK_NEAR(a.at(Metric::ReciprocalRank, 0), 0.5);
        QCOMPARE(a.at(Metric::HitRate, 1), 0.0);
        QCOMPARE(a.at(Metric::ReciprocalRank, 1), 0.0); // first hit at rank 2 > K = 1
        QCOMPARE(a.at(Metric::Ndcg, 1), 0.0);
        CHECK_NEAR(a.at(Metric::Precision, 2), 1.0 / 3.0);
        CHECK_NEAR(a.at(Metric::CappedRecall, 2), 1.0 / 3.0);
        CHECK_NEAR(a.at(Metric::Ndcg, 2), 0.2960819109658652);
        CHECK_NEAR(a.at(Metric::AveragePrecision, 2), 1.0 / 6.0);
    }

    void repeatedRelevantItemEarnsOnce() {
        // [1,1,3,1,4], R = {1}: dedup [1,3,4]; without dedup NDCG would exceed 1. py: P = 0.2, others 1.
        const std::vector<int> k5 = {5};
        const auto a = eval::evaluateAccuracy(std::vector<ItemIndex>{1, 1, 3, 1, 4}, std::vector<ItemIndex>{1}, k5);
        CHECK_NEAR(a.at(Metric::Precision, 0), 0.2);
        CHECK_NEAR(a.at(Metric::Ndcg, 0), 1.0);
        CHECK_NEAR(a.at(Metric::AveragePrecision, 0), 1.0);
        CHECK_NEAR(a.at(Metric::Recall, 0), 1.0);
        QCOMPARE(eval::distinctPrefix(std::vector<ItemIndex>{1, 1, 3, 1, 4}, 2), (std::vector<ItemIndex>{1, 3}));
    }

    void longListDeduplicationByHashing() {
        // K = 100 takes the hashing path; every item repeated three times in a row.
        std::vector<ItemIndex> list;
        for (ItemIndex i = 0; i < 80; ++i) list.insert(list.end(), {i * 7, i * 7, i * 7});
        const auto top = eval::distinctPrefix(list, 100);
        QCOMPARE(top.size(), std::size_t{80});
        for (ItemIndex i = 0; i < 80; ++i) QCOMPARE(top[i], i * 7);
        const std::vector<int> k100 = {100};
        const auto a = eval::evaluateAccuracy(list, std::vector<ItemIndex>{0, 7}, k100);
        CHECK_NEAR(a.at(Metric::Ndcg, 0), 1.0);
        CHECK_NEAR(a.at(Metric::Precision, 0), 0.02);
    }

    void shortListCountsMissingPositionsAsMisses() {
        // [3,1], R = {1,2}, K = 5 (py): P = 1/5, R = 1/2, NDCG = (1/log2 3)/(1 + 1/log2 3), AP = (1/2)/2.
        const std::vector<int> k5 = {5};
        const auto a = eval::evaluateAccuracy(std::vector<ItemIndex>{3, 1}, std::vector<ItemIndex>{1, 2}, k5);
        CHECK_NEAR(a.at(Metric::Precision, 0), 0.2);
        CHECK_NEAR(a.at(Metric::Recall, 0), 0.5);
        CHECK_NEAR(a.at(Metric::CappedRecall, 0), 0.5);
        CHECK_NEAR(a.at(Metric::Ndcg, 0), 0.38685280723454163);
        CHECK_NEAR(a.at(Metric::AveragePrecision, 0), 0.25);
        CHECK_NEAR(a.at(Metric::ReciprocalRank, 0), 0.5);
        // An empty list: every accuracy value 0, RR 0.
        const auto empty = eval::evaluateAccuracy({}, std::vector<ItemIndex>{1}, k5);
        QCOMPARE(empty.at(Metric::Ndcg, 0), 0.0);
        QCOMPARE(empty.at(Metric::Precision, 0), 0.0);
    }

    void noRelevantItemInTheList() {
        const std::vector<int> k5 = {5};
        const auto a = eval::evaluateAccuracy(kList, std::vector<ItemIndex>{42}, k5);
        for (std::size_t m = 0; m < eval::kAccuracyMetricCount; ++m) QCOMPARE(a.values[m][0], 0.0);
    }

    void emptyRelevantSetIsExcluded() {
        const std::vector<int> k5 = {5};
        const auto a = eval::evaluateAccuracy(kList, {}, k5);
        QCOMPARE(a.relevantCount, std::size_t{0});
        QVERIFY(std::isnan(a.at(Metric::Ndcg, 0)));

        eval::MetricAccumulator acc({{5}, true});
        acc.add(kList, std::vector<ItemIndex>{1, 4, 5});
        acc.add(kList, {});
        acc.add(kList, std::vector<ItemIndex>{42});
        const auto s = acc.summary();
        QCOMPARE(s.lists, std::uint64_t{3});
        QCOMPARE(s.listsWithRelevant, std::uint64_t{2});
        QCOMPARE(s.listsWithoutRelevant, std::uint64_t{1});
        CHECK_NEAR(s.at(Metric::Ndcg, 0), 0.41618115554873086 / 2.0); // mean of 0.416181 and 0; excluded list absent
        QVERIFY(std::isnan(acc.perList(Metric::Ndcg, 0)[1]));
        QCOMPARE(acc.listsWithRelevant(), (std::vector<std::uint64_t>{0, 2}));
        const auto values = acc.accuracyValues(Metric::HitRate, 0);
        QCOMPARE(values, (std::vector<float>{1.0f, 0.0f}));
    }

    void fullListReciprocalRank() {
        QCOMPARE(eval::reciprocalRankFull(4), 0.25);
        QCOMPARE(eval::reciprocalRankFull(0), 0.0);
        eval::MetricAccumulator acc({{5}, true});
        acc.add(kList, std::vector<ItemIndex>{1}, 3);
        acc.add(kList, std::vector<ItemIndex>{99}, 40);
        acc.add(kList, {}, 2); // no relevant item: ignored
        const auto s = acc.summary();
        QCOMPARE(s.fullRankLists, std::uint64_t{2});
        CHECK_NEAR(s.rrFull, (1.0 / 3.0 + 1.0 / 40.0) / 2.0);
        QVERIFY(std::isnan(acc.perListRrFull()[2]));
    }

    void beyondAccuracyVectors() {
        // Gini of exposure counts (0,0,1,2,3,6) = 0.555556 (core/eval/README.md, vector R2).
        CHECK6(eval::giniIndex(std::vector<std::uint64_t>{6, 0, 2, 0, 3, 1}), 0.555556);
        CHECK_NEAR(eval::giniIndex(std::vector<std::uint64_t>{4, 4, 4}), 0.0);
        CHECK_NEAR(eval::giniIndex(std::vector<std::uint64_t>{0, 0, 0, 5}), 0.75); // maximum (n-1)/n
        QVERIFY(std::isnan(eval::giniIndex(std::vector<std::uint64_t>{0, 0})));
        CHECK_NEAR(eval::itemCoverage(std::vector<std::uint64_t>{6, 0, 2, 0, 3, 1}), 4.0 / 6.0);

        eval::ItemStatisticsInput in;
        in.itemCount = 6;
        in.categories = {1, 1, 2, -1, 2, -1};
        in.trainingVisitors = {8, 4, 2, 0, 1, 8};
        in.trainingVisitorCount = 8;
        in.interactions = {5, 1, 1, 0, 9, 3};
        const eval::ItemStatistics st(in);
        // ILD of items 0..3 (categories 1,1,2,-1): 6 pairs, all but (0,1) differ -> 5/6 (hand).
        CHECK_NEAR(eval::intraListDiversity(std::vector<ItemIndex>{0, 1, 2, 3}, st), 5.0 / 6.0);
        CHECK_NEAR(eval::intraListDiversity(std::vector<ItemIndex>{3, 5}, st), 0.0); // both uncategorised
        QCOMPARE(eval::intraListDiversity(std::vector<ItemIndex>{2}, st), 0.0);      // fewer than two items
        // Novelty -log2(n/8): items 0..3 -> 0, 1, 2, 3 (item 3 is cold: n_users = 1) -> mean 1.5 (hand).
        CHECK_NEAR(eval::meanNovelty(std::vector<ItemIndex>{0, 1, 2, 3}, st), 1.5);
        QVERIFY(std::isnan(eval::meanNovelty({}, st)));
        // Weak percentiles of pops (5,1,1,0,9,3): 83.3333, 50, 50, 16.6667, 100, 66.6667 (scipy).
        CHECK_NEAR(st.popularityPercentile(0), 83.33333333333334);
        CHECK_NEAR(st.popularityPercentile(1), 50.0);
        CHECK_NEAR(st.popularityPercentile(3), 16.666666666666668);
        CHECK_NEAR(st.popularityPercentile(4), 100.0);
        CHECK_NEAR(eval::meanPopularityPercentile(std::vector<ItemIndex>{0, 4}, st), (83.33333333333334 + 100.0) / 2);
    }

    void accumulatorBeyondAccuracyPerCutoff() {
        eval::ItemStatisticsInput in;
        in.itemCount = 6;
        in.categories = {1, 1, 2, -1, 2, -1};
        in.trainingVisitors = {8, 4, 2, 0, 1, 8};
        in.trainingVisitorCount = 8;
        in.interactions = {5, 1, 1, 0, 9, 3};
        const eval::ItemStatistics st(in);
        eval::MetricAccumulator acc({{1, 3}, true}, &st);
        acc.add(std::vector<ItemIndex>{0, 1, 2, 3}, std::vector<ItemIndex>{2});
        acc.add(std::vector<ItemIndex>{0, 0, 4}, {}); // no relevant item: still in beyond-accuracy
        acc.add({}, std::vector<ItemIndex>{5});       // empty list
        const auto s = acc.summary();
        QCOMPARE(s.emptyLists, std::uint64_t{1});
        // K=1: lists show {0}, {0}, {} -> counts (2,0,0,0,0,0): coverage 1/6, Gini 5/6 (hand).
        CHECK_NEAR(s.coverage[0], 1.0 / 6.0);
        CHECK_NEAR(s.gini[0], 5.0 / 6.0);
        // K=3: {0,1,2}, {0,4}, {} -> counts (2,1,1,0,1,0): coverage 4/6.
        CHECK_NEAR(s.coverage[1], 4.0 / 6.0);
        QCOMPARE(acc.exposureCounts(1), (std::vector<std::uint64_t>{2, 1, 1, 0, 1, 0}));
        // ILD@3 per list: {0,1,2} -> 2/3, {0,4} -> 1, {} -> 0; mean over all three lists = 5/9.
        CHECK_NEAR(s.at(Metric::IntraListDiversity, 1), 5.0 / 9.0);
        // Novelty@3: {0,1,2} -> mean(0,1,2) = 1; {0,4} -> mean(0,3) = 1.5; the empty list is excluded.
        CHECK_NEAR(s.at(Metric::Novelty, 1), 1.25);
        QVERIFY(std::isnan(acc.perList(Metric::Novelty, 1)[2]));
        // Accuracy over the first list (R = {2} at rank 3: NDCG@3 = 0.5) and the empty list (R = {5}: 0).
        CHECK_NEAR(s.at(Metric::Ndcg, 1), 0.25);
        QCOMPARE(s.listsWithRelevant, std::uint64_t{2});
        QCOMPARE(s.at(Metric::HitRate, 0), 0.0);
        // An item outside the catalogue is an error naming the list.
        QCOMPARE(failedParameter([&] { acc.add(std::vector<ItemIndex>{6}, {}); }), std::string("list"));
    }

    void parallelEqualsSequential() {
        // 1,000 pseudo-random lists; per-list vectors identical for 1 and 3 threads, means within 1e-12.
        auto produce = [](std::size_t i, eval::MetricAccumulator& acc) {
            std::vector<ItemIndex> list, relevant;
            for (std::size_t k = 0; k < 25; ++k) list.push_back(static_cast<ItemIndex>((i * 31 + k * k * 7) % 50));
            for (std::size_t r = 0; r < i % 4; ++r) relevant.push_back(static_cast<ItemIndex>((i + r * 13) % 50));
            acc.add(list, relevant, i % 7);
        };
        eval::ItemStatisticsInput in;
        in.itemCount = 50;
        in.categories.resize(50);
        for (int i = 0; i < 50; ++i) in.categories[static_cast<std::size_t>(i)] = i % 5;
        const eval::ItemStatistics st(in);
        const eval::MetricConfig config;
        const auto one = eval::evaluateListsInParallel(1000, 1, config, &st, produce);
        const auto three = eval::evaluateListsInParallel(1000, 3, config, &st, produce);
        for (const Metric m : eval::allMetrics())
            for (std::size_t k = 0; k < 3; ++k) {
                const auto a = one.perList(m, k), b = three.perList(m, k);
                QCOMPARE(a.size(), std::size_t{1000});
                QVERIFY(std::equal(a.begin(), a.end(), b.begin(), b.end(),
                                   [](float x, float y) { return x == y || (std::isnan(x) && std::isnan(y)); }));
                const double ma = one.summary().at(m, k), mb = three.summary().at(m, k);
                QVERIFY(ma == mb || std::fabs(ma - mb) < 1e-12 || (std::isnan(ma) && std::isnan(mb)));
            }
        QCOMPARE(one.summary().listsWithoutRelevant, std::uint64_t{250});
        QCOMPARE(one.exposureCounts(2), three.exposureCounts(2));
    }

    void segmentBreakdown() {
        const std::vector<float> values = {1, 0, 1, 1, std::numeric_limits<float>::quiet_NaN(), 0.5f};
        const std::vector<std::uint16_t> segment = {0, 0, 1, 1, 1, 2};
        const auto st = eval::segmentStatistics(values, segment, 4);
        QCOMPARE(st[0].count, std::uint64_t{2});
        CHECK_NEAR(st[0].mean, 0.5);
        // Segment 0: sd = sqrt(0.5); half-width t_{0.975,1} * sd / sqrt 2 = 12.7062047361747 * 0.5 (scipy).
        QVERIFY(std::fabs(st[0].interval.upper - (0.5 + 12.706204736432095 * 0.5)) < 1e-9);
        QCOMPARE(st[1].count, std::uint64_t{2}); // the NaN is skipped
        QCOMPARE(st[2].count, std::uint64_t{1});
        QVERIFY(std::isnan(st[2].interval.lower));
        QCOMPARE(st[3].count, std::uint64_t{0});
        QCOMPARE(failedParameter([&] { eval::segmentStatistics(values, segment, 2); }), std::string("segmentOfList"));
        QCOMPARE(failedParameter([&] { eval::segmentStatistics(values, std::vector<std::uint16_t>{0}, 2); }),
                 std::string("segmentOfList"));
    }

    void sessionRanksWithTies() {
        const std::vector<float> scores = {0.5f, 0.9f, 0.5f, 0.5f, 0.1f};
        // GRU4Rec: #(score >= 0.5) = 4 (items 0,1,2,3) for target 2 (hand).
        QCOMPARE(eval::rankCountingTies(scores, 2), std::uint64_t{4});
        // Ours: item 1 scores more, item 0 ties with a lower index -> rank 3; item 3 ties with a higher index.
        QCOMPARE(eval::rankByScoreThenIndex(scores, 2), std::uint64_t{3});
        QCOMPARE(eval::rankByScoreThenIndex(scores, 0), std::uint64_t{2});
        QCOMPARE(eval::rankByScoreThenIndex(scores, 1), std::uint64_t{1});
        QCOMPARE(eval::rankCountingTies(scores, 4), std::uint64_t{5});
        QCOMPARE(eval::rankByScoreThenIndex(scores, 9), eval::kNotRanked); // not a training item
        QCOMPARE(eval::rankCountingTies(scores, 9), eval::kNotRanked);
    }

    void sessionMeasuresOverPredictions() {
        eval::NextItemAccumulator acc({1, 5, 20});
        acc.addSession(std::vector<std::uint64_t>{1, 3, eval::kNotRanked});
        acc.addSession({}); // no prediction: ignored
        acc.addSession(std::vector<std::uint64_t>{25, 2});
        const auto s = acc.summary();
        QCOMPARE(s.predictions, std::uint64_t{5});
        QCOMPARE(s.sessions, std::uint64_t{2});
        CHECK_NEAR(s.hitRate[0], 1.0 / 5.0);
        CHECK_NEAR(s.hitRate[1], 3.0 / 5.0);
        CHECK_NEAR(s.hitRate[2], 3.0 / 5.0); // rank 25 > 20
        CHECK_NEAR(s.mrr[1], (1.0 + 1.0 / 3.0 + 0.5) / 5.0);
        QCOMPARE(acc.perSessionHitRate(1)[0], 2.0f / 3.0f);
        QCOMPARE(acc.perSessionMrr(1)[1], 0.25f);
        eval::NextItemAccumulator other({1, 5, 20});
        other.addSession(std::vector<std::uint64_t>{1});
        acc.merge(other);
        QCOMPARE(acc.summary().predictions, std::uint64_t{6});
        QVERIFY_THROWS_EXCEPTION(util::Error, acc.merge(eval::NextItemAccumulator({5})));
    }

    void badInput() {
        QCOMPARE(failedParameter([] { eval::ListEvaluator e({5, 0}); }), std::string("k"));
        QCOMPARE(failedParameter([] { eval::ListEvaluator e({5, 5}); }), std::string("k"));
        QCOMPARE(failedParameter([] { eval::ListEvaluator e({}); }), std::string("k"));
        eval::ItemStatisticsInput in;
        in.itemCount = 3;
        in.categories = {1, 2};
        QCOMPARE(failedParameter([&] { eval::ItemStatistics s(in); }), std::string("categories"));
        in.categories.clear();
        in.trainingVisitors = {1, 2, 3};
        QCOMPARE(failedParameter([&] { eval::ItemStatistics s(in); }), std::string("trainingVisitorCount"));
        in.trainingVisitorCount = 2;
        QCOMPARE(failedParameter([&] { eval::ItemStatistics s(in); }), std::string("trainingVisitors"));
        eval::MetricAccumulator a({{5}, true}), b({{10}, true});
        QVERIFY_THROWS_EXCEPTION(util::Error, a.merge(b));
        QCOMPARE(eval::metricName(Metric::AveragePrecision), std::string_view("map"));
        QCOMPARE(eval::metricFromName("ndcg"), std::optional<Metric>(Metric::Ndcg));
        QVERIFY(!eval::metricFromName("nope"));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"

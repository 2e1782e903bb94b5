// Faithfulness and coverage of explanations (core/eval/Explanations.h) at small scale: ALS's and the hybrid's
// reasons are faithful (>= 95 %), a model whose reasons name the wrong history item scores low (the measurement can fail),
// the same model with truthful reasons scores 100 %, coverage counts, and the sample is deterministic.
#include <QTest>

#include <limits>

#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "eval/Explanations.h"
#include "models/factorisation/AlsModel.h"
#include "models/Catalogue.h"
#include "models/neighbourhood/ItemKnnModel.h"
#endif

using namespace vitrina;

namespace {

/// Scores the visitor's distinct history items by recency (1 / rank, like Recent) and explains an item by a
/// history item: the item itself when `truthful`, else the OLDEST other history item, which has no influence
/// on the score at all. A Sparse model, no training state.
class RecencyModel final : public models::Recommender {
public:
    explicit RecencyModel(bool truthful)
        : models::Recommender(truthful ? "recency-true" : "recency-wrong", {}), truthful_(truthful) {}
    models::ScoreKind scoreKind() const override { return models::ScoreKind::Sparse; }
    void score(const models::Query& query, std::span<float> scores) const override {
        const auto& candidates = training().candidates();
        for (std::size_t i = 0; i < scores.size(); ++i)
            scores[i] = candidates[i] ? 0.0f : -std::numeric_limits<float>::infinity();
        float rank = 1.0f;
        for (std::size_t e = query.items.size(); e-- > 0;) {
            float& s = scores[query.items[e]];
            if (s == 0.0f) s = 1.0f / rank++;
        }
    }
    std::vector<models::Reason> explain(const models::Query& query, data::ItemIndex item) const override {
        models::Reason r;
        r.kind = models::ReasonKind::BecauseViewed;
        r.hasItem = true;
        r.share = 1.0;
        r.contribution = 1.0;
        r.item = item;
        if (!truthful_)
            for (const data::ItemIndex h : query.items)
                if (h != item) {
                    r.item = h;
                    break;
                }
        return {r};
    }
    std::uint64_t memoryBytes() const override { return 0; }

protected:
    void fitModel(const models::TrainingSet&, const models::FitContext&) override {}
    void saveState(util::ByteWriter&) const override {}
    void loadState(util::ByteReader&, const models::TrainingSet&) override {}

private:
    bool truthful_;
};

struct Setup {
    test::CoviewData data;
    eval::ProtocolSplit split;
    std::shared_ptr<const models::TrainingSet> train;
};

Setup setup() {
    Setup s{test::coviewData(11, 2500), {}, {}};
    eval::ProtocolOptions protocol; // temporal, rolling, carts and purchases of the last 7 days
    auto split = eval::buildProtocol(*s.data.dataset, protocol);
    if (!split) qFatal("protocol: %s", split.error->text().c_str());
    s.split = std::move(*split);
    s.train = s.split.trainingSet(s.data.dataset);
    return s;
}

eval::ExplanationAudit audit(const models::Recommender& model, const Setup& s, const eval::ExplanationAuditOptions& o) {
    const auto lists = eval::explanationAuditLists(s.split, o);
    auto result = eval::auditExplanations(model, *s.train, s.split, lists, o);
    if (!result) qFatal("audit: %s", result.error->text().c_str());
    return *result;
}

template <class Model> std::unique_ptr<Model> fit(std::unique_ptr<Model> m, const Setup& s, nlohmann::json params = {}) {
    m->setParameters(params.is_null() ? nlohmann::json::object() : params);
    models::FitContext ctx;
    ctx.threads = 2;
    m->fit(s.train, ctx);
    return m;
}

} // namespace

class TstExplanationAudit : public QObject {
    Q_OBJECT

    Setup s_ = setup();

private slots:
    void sampleIsOneListPerVisitorWithHistory() {
        eval::ExplanationAuditOptions o;
        o.visitors = 50;
        const auto lists = eval::explanationAuditLists(s_.split, o);
        QCOMPARE(lists.size(), std::size_t{50});
        std::vector<data::VisitorIndex> visitors;
        for (const std::size_t l : lists) {
            QVERIFY(s_.split.lists[l].historySize() >= 3);
            visitors.push_back(s_.split.lists[l].visitor);
        }
        std::sort(visitors.begin(), visitors.end());
        QVERIFY(std::adjacent_find(visitors.begin(), visitors.end()) == visitors.end());
        QCOMPARE(eval::explanationAuditLists(s_.split, o), lists);
        o.seed = 7;
        QVERIFY(eval::explanationAuditLists(s_.split, o) != lists);
    }

    void alsIsFaithful() {
        const auto als = fit(std::make_unique<models::AlsRecommender>(), s_, {{"factors", 16}});
        eval::ExplanationAuditOptions o;
        o.visitors = 150;
        o.threads = 2;
        const auto a = audit(*als, s_, o);
        qInfo("ALS: faithfulness %.3f over %llu cases (%llu emptied), coverage %.3f", a.faithfulness().value_or(-1),
              static_cast<unsigned long long>(a.cases), static_cast<unsigned long long>(a.emptied), a.coverage());
        QCOMPARE(a.lists, std::uint64_t{150});
        QCOMPARE(a.items, std::uint64_t{1500});
        QCOMPARE(a.modelItems, a.items); // dense: no fallback
        QVERIFY(a.cases > 1000);
        QVERIFY(a.faithfulness().value() >= 0.95);
        o.threads = 1;
        const auto b = audit(*als, s_, o);
        QCOMPARE(b.drops, a.drops);
        QCOMPARE(b.covered, a.covered);
    }

    void hybridIsFaithful() {
        // The funnel-aware hybrid (catalogue id "hybrid") with small components: its reasons name history items
        // through its components' reasons, shares scaled by each component's share of the blended score.
        auto hybrid = models::createModel("hybrid");
        hybrid->setParameters({{"component_params", R"({"als": {"factors": 16}})"}, {"min_stage_lists", 20}});
        models::FitContext ctx;
        ctx.threads = 2;
        hybrid->fit(s_.train, ctx);
        eval::ExplanationAuditOptions o;
        o.visitors = 150;
        o.threads = 2;
        const auto a = audit(*hybrid, s_, o);
        qInfo("hybrid: faithfulness %.3f over %llu cases (%llu emptied), coverage %.3f", a.faithfulness().value_or(-1),
              static_cast<unsigned long long>(a.cases), static_cast<unsigned long long>(a.emptied), a.coverage());
        QVERIFY(a.cases > 500);
        QVERIFY(a.faithfulness().value() >= 0.95);
    }

    void wrongReasonsAreCaught() {
        eval::ExplanationAuditOptions o;
        o.visitors = 150;
        const auto wrong = fit(std::make_unique<RecencyModel>(false), s_);
        const auto right = fit(std::make_unique<RecencyModel>(true), s_);
        const auto w = audit(*wrong, s_, o), r = audit(*right, s_, o);
        qInfo("wrong reasons: faithfulness %.3f over %llu cases; truthful: %.3f", w.faithfulness().value_or(-1),
              static_cast<unsigned long long>(w.cases), r.faithfulness().value_or(-1));
        QVERIFY(w.cases > 100);
        QVERIFY(w.faithfulness().value() < 0.5);
        QCOMPARE(r.faithfulness().value(), 1.0);
        // Every item of the list carries a reason of share 1: full coverage either way.
        QCOMPARE(w.coverage(), 1.0);
    }

    void coverageCountsSharesAndFallback() {
        const auto knn = fit(std::make_unique<models::ItemKnnRecommender>(), s_);
        eval::ExplanationAuditOptions o;
        o.visitors = 100;
        const auto a = audit(*knn, s_, o);
        QVERIFY(a.modelItems > 0 && a.modelItems <= a.items);
        QVERIFY(a.coveredModelItems <= a.modelItems);
        // Fallback items carry the fallback reason (share 1), so they count as covered.
        QCOMPARE(a.covered - a.coveredModelItems, a.items - a.modelItems);
        // ItemKNN's shares sum to 1 over at most a handful of history items: most items have a reason >= 10 %.
        QVERIFY(a.modelCoverage() > 0.5);
        QVERIFY(a.faithfulness().value() > 0.95); // exact additive reasons: removing a positive term drops the score
        o.coverageShare = 1.0; // only an item explained by a single history item is covered now
        const auto strict = audit(*knn, s_, o);
        QVERIFY(strict.coveredModelItems < a.coveredModelItems);
    }

    void badOptionsNameTheParameter() {
        eval::ExplanationAuditOptions o;
        o.k = 0;
        const auto als = fit(std::make_unique<models::ItemKnnRecommender>(), s_);
        const auto r = eval::auditExplanations(*als, *s_.train, s_.split, {}, o);
        QVERIFY(!r);
        QCOMPARE(r.error->parameter, std::string("k"));
        o = {};
        o.visitors = 0;
        QCOMPARE(eval::auditExplanations(*als, *s_.train, s_.split, {}, o).error->parameter, std::string("visitors"));
    }
};

QTEST_GUILESS_MAIN(TstExplanationAudit)
#include "tst_explanation_audit.moc"

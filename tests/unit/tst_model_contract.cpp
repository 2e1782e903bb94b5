// The model contract, driven by the model catalogue (core/models/Catalogue.h): every catalogue model, each
// re-ranker over ItemKNN and one chain of re-rankers, on a small generated co-view log (ModelTestData.h:
// 1,500 visitors, 60 days, the events of the last 7 held out), goes through
//   fit -> recommend -> recommendBatch (bit-identical items, scores and model/fallback split)
//   -> save -> load (identical lists)                        [capability saves]
//   -> what-if queries without a visitor id                   [capability foldIn]
//   -> queries of the current session alone                   [capability sessionProtocols]
//   -> explain: the rule of the entry's ExplainRule (Catalogue.h) on every model item of 20 lists
//   -> bad parameters: util::Error naming "<id>.<parameter>", from the catalogue and from the model
//   -> cancel: util::Cancelled from a token cancelled before the fit and at the fit's first progress report
//   -> HR@10 on the held-out events at least twice Random's and 3 points above it.
// A new catalogue line gets all of this with no change here (a model whose defaults are sized for the full
// release may name quicker settings in contractParameters()). Expected values: the rules are the ones the
// catalogue states; Random's HR@10 is measured on the same queries (about 10 / 600 candidates in theory).
// The one model exempt from "beats Random" is `random` itself. Each row prints its time (the test runs under
// ASan in CI: a few seconds per model at most).
#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <cmath>
#include <limits>
#include <random>
#include <set>
#include <variant>

#ifndef Q_MOC_RUN
#include <nlohmann/json.hpp>

#include "ModelTestData.h"
#include "models/Catalogue.h"
#include "models/rerank/Reranker.h"
#endif

using namespace vitrina;
using models::ExplainRule;
using models::ReasonKind;

namespace {

constexpr int kThreads = 2;
constexpr std::size_t kQueries = 150;  ///< held-out queries of the round trips
constexpr std::size_t kVariants = 30;  ///< what-if and session-only queries
constexpr std::size_t kExplained = 20; ///< lists whose model items are explained

/// Smaller settings for the models whose catalogue defaults are sized for the full release (the neural models:
/// GRU4Rec's official 224 units x 10 epochs take over a minute on this log, five under the sanitizers). The
/// contract checks behaviour, not quality at scale; these still beat Random by a wide margin.
nlohmann::json contractParameters(const std::string& id) {
    if (id == "gru4rec") return {{"layers", "64"}, {"n_epochs", 3}, {"n_sample", 256}};
    if (id == "sasrec") return {{"num_epochs", 4}, {"hidden_units", 32}};
    return nlohmann::json::object();
}

struct Fixture {
    test::CoviewData data;
    std::vector<test::OwnedQuery> whatIf, sessionOnly;
    double randomHitRate = 0.0;
};

const Fixture& fixture() {
    static const Fixture f = [] {
        Fixture out;
        out.data = test::coviewData(2024, 1500);
        const auto& pop = out.data.train->popularityOrder();
        for (std::size_t q = 0; q < kVariants && q < out.data.queries.size(); ++q) {
            test::OwnedQuery whatIf = out.data.queries[q]; // plus a view it never made, as typed on the Visitors page
            whatIf.visitor.reset();
            whatIf.add(pop[q % 7], data::EventType::View, whatIf.at);
            whatIf.sessionBegin = whatIf.items.size() - 1;
            out.whatIf.push_back(std::move(whatIf));
            const test::OwnedQuery& full = out.data.queries[q]; // as the session presets ask: the session alone
            test::OwnedQuery session;
            for (std::size_t e = full.sessionBegin; e < full.items.size(); ++e)
                session.add(full.items[e], full.types[e], full.times[e]);
            session.at = full.at;
            out.sessionOnly.push_back(std::move(session));
        }
        const auto random = test::fitted(models::createModel("random"), out.data.train, {}, 42, kThreads);
        out.randomHitRate = test::hitRate(*random, out.data, 10);
        return out;
    }();
    return f;
}

/// The ids the contract runs: every catalogue model, each re-ranker over ItemKNN, one chain.
std::vector<std::string> contractIds() {
    std::vector<std::string> ids;
    for (const auto& e : models::modelCatalogue()) ids.push_back(e.id);
    std::string chain = "popular";
    for (const auto& r : models::rerankerCatalogue()) {
        ids.push_back("itemknn+" + r.suffix);
        chain += "+" + r.suffix;
    }
    ids.push_back(chain);
    return ids;
}

std::vector<models::Query> queriesFor(const models::Capabilities& caps) {
    const Fixture& f = fixture();
    std::vector<models::Query> out = test::queriesOf(f.data, kQueries);
    if (caps.foldIn)
        for (const auto& q : f.whatIf) out.push_back(q.query());
    if (caps.sessionProtocols)
        for (const auto& q : f.sessionOnly) out.push_back(q.query());
    return out;
}

/// The model whose scores the reasons add up to: a re-ranker's innermost model.
const models::Recommender& scoringModel(const models::Recommender& model) {
    const models::Recommender* m = &model;
    while (const auto* wrapper = dynamic_cast<const models::RerankingRecommender*>(m)) m = &wrapper->inner();
    return *m;
}

bool near(double a, double b, double scale) { return std::fabs(a - b) <= 1e-3 * std::max(1.0, scale); }

/// Additive: contributions sum to `score`; shares are contribution / score (score > 0) or / sum |contribution|.
QString additiveProblem(const std::vector<models::Reason>& reasons, double score) {
    double sum = 0.0, absolute = 0.0, shares = 0.0, absShares = 0.0;
    for (const auto& r : reasons) {
        sum += r.contribution;
        absolute += std::fabs(r.contribution);
        shares += r.share;
        absShares += std::fabs(r.share);
    }
    if (!near(sum, score, absolute)) return QStringLiteral("contributions sum to %1, the score is %2").arg(sum).arg(score);
    if (sum > 0.0 && std::fabs(shares - 1.0) > 1e-6) return QStringLiteral("shares sum to %1, not 1").arg(shares);
    if (sum <= 0.0 && absolute > 0.0 && std::fabs(absShares - 1.0) > 1e-6)
        return QStringLiteral("|shares| sum to %1, not 1").arg(absShares);
    return {};
}

/// Blend: HybridStage (share 1), then HybridComponent blocks whose shares sum to 1 and contributions to the
/// score; a component's own reasons carry shares summing (or in |.| summing) to its share, or are absent.
QString blendProblem(const std::vector<models::Reason>& reasons, double score) {
    if (reasons.empty() || reasons.front().kind != ReasonKind::HybridStage || reasons.front().share != 1.0)
        return QStringLiteral("the first reason is not the stage with share 1");
    double shares = 0.0, contributions = 0.0;
    for (std::size_t i = 1; i < reasons.size();) {
        const models::Reason& c = reasons[i];
        if (c.kind != ReasonKind::HybridComponent) return QStringLiteral("reason %1 is not a component").arg(i);
        shares += c.share;
        contributions += c.contribution;
        double inner = 0.0, innerAbs = 0.0;
        for (++i; i < reasons.size() && reasons[i].kind != ReasonKind::HybridComponent; ++i) {
            inner += reasons[i].share;
            innerAbs += std::fabs(reasons[i].share);
        }
        if (innerAbs > 0.0 && std::fabs(inner - c.share) > 1e-6 && std::fabs(innerAbs - c.share) > 1e-6)
            return QStringLiteral("%1's reasons share %2 of its %3").arg(QString::fromStdString(c.component)).arg(inner).arg(c.share);
    }
    if (std::fabs(shares - 1.0) > 1e-6) return QStringLiteral("component shares sum to %1").arg(shares);
    if (!near(contributions, score, score)) return QStringLiteral("components sum to %1, score %2").arg(contributions).arg(score);
    return {};
}

/// Input shares: share = contribution / sum |contribution|, so the |shares| sum to 1; contributions (score drops, attention)
/// need not sum to the score.
QString inputSharesProblem(const std::vector<models::Reason>& reasons) {
    double absolute = 0.0, absShares = 0.0;
    for (const auto& r : reasons) {
        if (!std::isfinite(r.contribution) || !std::isfinite(r.share)) return QStringLiteral("a reason is not finite");
        absolute += std::fabs(r.contribution);
        absShares += std::fabs(r.share);
    }
    if (absolute == 0.0) return {};
    for (const auto& r : reasons)
        if (std::fabs(r.share - r.contribution / absolute) > 1e-5)
            return QStringLiteral("share %1 is not contribution %2 / %3").arg(r.share).arg(r.contribution).arg(absolute);
    if (std::fabs(absShares - 1.0) > 1e-5) return QStringLiteral("|shares| sum to %1, not 1").arg(absShares);
    return {};
}

/// Every reason set of the explained lists follows `rule`; returns the first violation, or empty.
QString explainProblem(const models::Recommender& model, ExplainRule rule, std::size_t* explained) {
    const auto& f = fixture();
    const models::Recommender& scorer = scoringModel(model);
    models::RecommendOptions options;
    options.k = 10;
    std::vector<float> scores(f.data.train->itemCount());
    for (std::size_t q = 0; q < kExplained; ++q) {
        const models::Query query = f.data.queries[q].query();
        const auto list = model.recommend(query, options);
        scorer.score(query, scores);
        for (std::size_t i = 0; i < list.modelItems; ++i) {
            std::vector<models::Reason> reasons = model.explain(query, list.items[i]);
            std::erase_if(reasons, [](const models::Reason& r) { return r.kind == ReasonKind::Reranked; });
            if (rule == ExplainRule::None) {
                if (!reasons.empty()) return QStringLiteral("a model without reasons gave %1").arg(reasons.size());
                continue;
            }
            if (reasons.empty()) continue; // no signal: the list position came from the model's prior
            ++*explained;
            const double score = scores[list.items[i]];
            const QString problem = rule == ExplainRule::Blend       ? blendProblem(reasons, score)
                                    : rule == ExplainRule::InputShares ? inputSharesProblem(reasons)
                                                                     : additiveProblem(reasons, score);
            if (!problem.isEmpty()) return QStringLiteral("query %1, item %2: ").arg(q).arg(list.items[i]) + problem;
        }
    }
    return {};
}

/// Values that no spec of this type accepts.
std::vector<models::ParamValue> badValues(const models::ParamSpec& s) {
    using Type = models::ParamSpec::Type;
    switch (s.type) {
    case Type::Int: return {static_cast<long long>(s.max) + 1, static_cast<long long>(s.min) - 1, 1.5, std::string("abc")};
    case Type::Double: return {s.max * 2.0 + 1.0, std::string("abc"), std::monostate{}};
    case Type::Bool: return {std::string("maybe"), 3LL};
    case Type::Choice: return {std::string("no-such-choice"), 7LL};
    case Type::Text: return {42LL, true};
    }
    return {};
}

/// The parameter a util::Error names, "<none>" when nothing was thrown.
template <class Body> std::string failingParameter(Body&& body) {
    try {
        body();
    } catch (const util::Error& e) {
        return e.message().parameter;
    }
    return "<none>";
}

} // namespace

class TstModelContract : public QObject {
    Q_OBJECT

private slots:
    void topKMatchesAFullSort() {
        // Scores with ties, -inf (excluded), NaN, zeros and negatives, rows not a multiple of the scan's block.
        std::mt19937 rng(7);
        for (const std::size_t n : {0u, 1u, 15u, 16u, 17u, 100u, 1003u}) {
            for (const bool sparse : {false, true}) {
                for (const std::size_t k : {1u, 5u, 20u, 2000u}) {
                    std::vector<float> scores(n);
                    for (auto& s : scores) {
                        const int r = static_cast<int>(rng() % 10);
                        s = r == 0 ? -std::numeric_limits<float>::infinity()
                            : r == 1 ? std::numeric_limits<float>::quiet_NaN()
                            : r == 2 ? 0.0f
                                     : static_cast<float>(static_cast<int>(rng() % 40) - 8) / 4.0f;
                    }
                    std::vector<data::ItemIndex> expected;
                    for (std::size_t i = 0; i < n; ++i) {
                        const float s = scores[i];
                        if (std::isnan(s) || std::isinf(s) || (sparse && !(s > 0.0f))) continue;
                        expected.push_back(static_cast<data::ItemIndex>(i));
                    }
                    std::stable_sort(expected.begin(), expected.end(),
                                     [&](data::ItemIndex a, data::ItemIndex b) { return scores[a] > scores[b]; });
                    if (expected.size() > k) expected.resize(k);
                    QCOMPARE(models::topK(scores, k, sparse), expected);
                }
            }
        }
    }

    void catalogueIsConsistent() {
        std::set<std::string> ids;
        for (const auto& e : models::modelCatalogue()) {
            QVERIFY2(ids.insert(e.id).second, e.id.c_str());
            QVERIFY2(!e.name.english().empty() && !util::codeEnglishFormat(e.description).empty(), e.id.c_str());
            QVERIFY2(e.capabilities.denseMemory == (e.denseMemory != nullptr), e.id.c_str());
            const auto model = e.make();
            QCOMPARE(model->id(), e.id); // the factory builds the model of its line
            QCOMPARE(model->parameterSpecs().size(), e.parameters.size());
            for (std::size_t p = 0; p < e.parameters.size(); ++p) {
                QCOMPARE(std::string(model->parameterSpecs()[p].name), std::string(e.parameters[p].name));
                QVERIFY2(!util::codeEnglishFormat(e.parameters[p].description).empty(), e.id.c_str());
            }
            // The defaults are valid values of their own specs.
            QCOMPARE(models::validateParameters(e.id, {}).values().size(), e.parameters.size());
        }
        QCOMPARE(ids.size(), std::size_t{14}); // random ... vsknn, gru4rec, sasrec, hybrid, hybrid-static
        const auto* ease = models::findModel("ease");
        const auto small = ease->denseMemory(models::validateParameters("ease", {}), {1000, 0});
        const auto large = ease->denseMemory(models::validateParameters("ease", {}), {20000, 0});
        QCOMPARE(small.side, std::uint64_t{1000});
        QCOMPARE(large.side, std::uint64_t{10000}); // the `items` default caps N
        QCOMPARE(small.bytes, std::uint64_t{1000} * 1000 * 4);
    }

    void contract_data() {
        QTest::addColumn<QString>("id");
        for (const auto& id : contractIds()) QTest::newRow(id.c_str()) << QString::fromStdString(id);
    }

    void contract() {
        QFETCH(QString, id);
        const std::string modelId = id.toStdString();
        const models::ModelEntry& entry = *models::baseModel(modelId);
        const models::Capabilities caps = entry.capabilities;
        const Fixture& f = fixture();
        QElapsedTimer timer;
        timer.start();

        // fit
        auto model = test::fitted(models::createModel(modelId), f.data.train, contractParameters(modelId), 42, kThreads);
        QVERIFY(model->fitted());
        const double fitSeconds = timer.elapsed() / 1000.0;

        // recommend == recommendBatch, bit for bit (what-if and session-only queries too, where capable)
        const auto queries = queriesFor(caps);
        const auto lists = test::listsOf(*model, queries);
        QVERIFY(test::sameLists(lists.single, lists.batch));
        for (const auto& list : lists.single) QCOMPARE(list.items.size(), std::size_t{10}); // the fallback fills

        // the sparse path (recommend() of a Sparse model) gives exactly the dense row's positive candidates, and
        // the dense top-K gives the same list as recommend() (which may take the sparse or fixed-ranking path)
        {
            const auto& candidates = f.data.train->candidates();
            std::vector<float> dense(f.data.train->itemCount());
            models::SparseRow row;
            models::RecommendOptions options;
            options.k = 10;
            for (const auto& q : queries) {
                std::fill(dense.begin(), dense.end(), 0.0f);
                model->score(q, dense);
                model->scoreSparse(q, row);
                models::SparseRow expected;
                for (std::size_t i = 0; i < dense.size(); ++i)
                    if (candidates[i] && dense[i] > 0.0f) {
                        expected.items.push_back(static_cast<data::ItemIndex>(i));
                        expected.values.push_back(dense[i]);
                    }
                QCOMPARE(row.items, expected.items);
                QCOMPARE(row.values, expected.values);
                // (recommend() of a Sparse model or one with a fixed ranking takes its own path)
                const auto viaDense = model->selectTop(q, dense, options);
                const auto direct = model->recommend(q, options);
                QCOMPARE(viaDense.items, direct.items);
                QCOMPARE(viaDense.modelItems, direct.modelItems);
                models::RecommendOptions unseen = options;
                unseen.exclusions.alreadySeen = true;
                std::fill(dense.begin(), dense.end(), 0.0f);
                model->score(q, dense);
                QCOMPARE(model->selectTop(q, dense, unseen).items, model->recommend(q, unseen).items);
            }
        }

        // save -> load
        if (caps.saves) {
            const auto loaded = models::createModel(modelId);
            loaded->load(model->save(), f.data.train);
            QVERIFY(loaded->parameters() == model->parameters());
            QVERIFY(test::sameLists(test::listsOf(*loaded, queries).single, lists.single));
        }

        // explain
        std::size_t explained = 0;
        const QString problem = explainProblem(*model, caps.explains, &explained);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (caps.explains != ExplainRule::None) QVERIFY2(explained >= 20, qPrintable(QString::number(explained)));

        // bad parameters name themselves, from the catalogue (no model built) and from the model
        for (const auto& spec : model->parameterSpecs()) {
            const std::string full = modelId + "." + std::string(spec.name);
            for (const auto& value : badValues(spec)) {
                models::ParamValues given;
                given.set(std::string(spec.name), value);
                QCOMPARE(failingParameter([&] { models::validateParameters(modelId, given); }), full);
                QCOMPARE(failingParameter([&] { models::createModel(modelId)->setParameters(given); }), full);
            }
        }
        models::ParamValues unknown;
        unknown.set("no_such_parameter", 1LL);
        QCOMPARE(failingParameter([&] { models::createModel(modelId)->setParameters(unknown); }),
                 modelId + ".no_such_parameter");

        // cancel: before the fit, and at its first progress report
        {
            util::CancelToken token;
            token.cancel();
            auto fresh = models::createModel(modelId);
            QVERIFY_THROWS_EXCEPTION(util::Cancelled, fresh->fit(f.data.train, {42, kThreads, util::Progress({}, token)}));
            QVERIFY(!fresh->fitted());
        }
        {
            util::CancelToken token;
            std::atomic<bool> reported{false};
            const util::Progress progress(
                [&](double fraction, const std::string&) {
                    if (fraction < 1.0 && !reported.exchange(true)) token.cancel();
                },
                token);
            auto fresh = models::createModel(modelId);
            bool cancelled = false;
            try {
                fresh->fit(f.data.train, {42, kThreads, progress});
            } catch (const util::Cancelled&) {
                cancelled = true;
            }
            // A fit that reports progress before it ends stops there; one that only reports its end has nothing
            // left to cancel (the token before the fit covers it).
            QVERIFY2(cancelled || !reported, "the fit went on after the token fired");
            QCOMPARE(fresh->fitted(), !cancelled);
        }

        // held-out hit rate against Random
        const double hits = test::hitRate(*model, f.data, 10);
        qInfo("%-22s HR@10 %.3f (random %.3f), explained %zu, fit %.2f s, all %.2f s", modelId.c_str(), hits,
              f.randomHitRate, explained, fitSeconds, timer.elapsed() / 1000.0);
        if (modelId != "random")
            QVERIFY2(hits >= 2.0 * f.randomHitRate && hits >= f.randomHitRate + 0.03,
                     qPrintable(QStringLiteral("HR@10 %1 against random %2").arg(hits).arg(f.randomHitRate)));
    }
};

QTEST_APPLESS_MAIN(TstModelContract)
#include "tst_model_contract.moc"

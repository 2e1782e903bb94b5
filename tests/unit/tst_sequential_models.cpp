// GRU4Rec and SASRec as recommenders: the published defaults, a tiny sequence set learnt to 100 % HR@1,
// bit-identical weights for one and two threads, single = block scoring, save/load round trips, what-if
// steps from the last state, explanations (occlusion = the score drop when an item is removed; attention
// shares sum to 1), bad parameters naming the parameter, the epoch report, cancellation, and a held-out
// comparison with Popular on the co-view data (tests/support/ModelTestData.h).
// Defaults source: hidasib/GRU4Rec_PyTorch_Official paramfiles/retailrocket_bprmax_shared_best.py;
// pmixer/SASRec.pytorch main.py arguments; the sampled softmax with 256 negatives as the issue states.
#include <QTest>

#include <cmath>

#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "models/baseline/PopularModel.h"
#include "models/sequential/Gru4recModel.h"
#include "models/sequential/SasrecModel.h"
#endif

using namespace vitrina;
using models::sequential::Gru4recRecommender;
using models::sequential::SasrecRecommender;

namespace {

// Three session patterns, each repeated by 20 visitors (one session each); the item after 2 depends on what
// came before it (1 2 -> 3, 5 2 -> 6), so only a model with memory gets every next item right.
const std::vector<std::vector<std::int64_t>> kPatterns = {{1, 2, 3, 4}, {5, 2, 6}, {7, 8, 1}};

std::shared_ptr<data::Dataset> patternLog() {
    std::vector<test::HandEvent> events;
    std::int64_t visitor = 0;
    for (int copy = 0; copy < 20; ++copy)
        for (const auto& p : kPatterns) {
            std::int64_t t = 1'000'000 * (visitor + 1);
            for (const auto item : p) events.push_back({visitor, t += 1000, item});
            ++visitor;
        }
    return test::handDataset(std::move(events));
}

/// Top-1 hit rate over every prefix of every pattern (the prefix is the current session).
double prefixHitRate(const models::Recommender& model, const data::Dataset& ds) {
    models::RecommendOptions options;
    options.k = 1;
    std::size_t hits = 0, total = 0;
    for (const auto& p : kPatterns)
        for (std::size_t t = 1; t < p.size(); ++t) {
            test::OwnedQuery q;
            for (std::size_t k = 0; k < t; ++k) q.add(test::itemOf(ds, p[k]), data::EventType::View, 1000 * static_cast<std::int64_t>(k));
            const auto list = model.recommend(q.query(), options);
            hits += !list.items.empty() && list.items[0] == test::itemOf(ds, p[t]);
            ++total;
        }
    return static_cast<double>(hits) / static_cast<double>(total);
}

const nlohmann::json kSmallGru = {{"layers", "24"}, {"n_epochs", 2}, {"n_sample", 64}, {"batch_size", 16}};
const nlohmann::json kSmallSasrec = {{"hidden_units", 16}, {"num_epochs", 2}, {"n_negatives", 32}, {"batch_size", 32}};

template <class Model> std::string failingParameter(const nlohmann::json& params) {
    try {
        Model m;
        m.setParameters(params);
        auto data = test::trainingBefore(patternLog());
        m.fit(data, {});
    } catch (const util::Error& e) {
        return e.message().parameter;
    }
    return "";
}

std::vector<models::Query> firstQueries(const test::CoviewData& d, std::size_t count) {
    std::vector<models::Query> out;
    for (std::size_t q = 0; q < std::min(count, d.queries.size()); ++q) out.push_back(d.queries[q].query());
    return out;
}

} // namespace

class SequentialModelsTest : public QObject {
    Q_OBJECT

private slots:
    void gru4recDefaultsAreTheOfficialRetailRocketParameters() {
        Gru4recRecommender m;
        m.setParameters(nlohmann::json::object());
        const auto& p = m.parameters();
        QCOMPARE(p.choice("loss"), std::string("bpr-max"));
        QVERIFY(p.boolean("constrained_embedding"));
        QCOMPARE(p.integer("embedding"), 0LL);
        QCOMPARE(p.real("elu_param"), 0.5);
        QCOMPARE(p.text("layers"), std::string("224"));
        QCOMPARE(p.integer("n_epochs"), 10LL);
        QCOMPARE(p.integer("batch_size"), 80LL);
        QCOMPARE(p.real("dropout_p_embed"), 0.5);
        QCOMPARE(p.real("dropout_p_hidden"), 0.05);
        QCOMPARE(p.real("learning_rate"), 0.05);
        QCOMPARE(p.real("momentum"), 0.4);
        QCOMPARE(p.integer("n_sample"), 2048LL);
        QCOMPARE(p.real("sample_alpha"), 0.4);
        QCOMPARE(p.real("bpreg"), 1.95);
        QCOMPARE(p.real("logq"), 0.0);
        SasrecRecommender s;
        s.setParameters(nlohmann::json::object());
        QCOMPARE(s.parameters().integer("hidden_units"), 64LL);
        QCOMPARE(s.parameters().integer("num_blocks"), 2LL);
        QCOMPARE(s.parameters().integer("maxlen"), 50LL);
        QCOMPARE(s.parameters().real("dropout_rate"), 0.2);
        QCOMPARE(s.parameters().integer("n_negatives"), 256LL);
        QCOMPARE(s.parameters().choice("layer_norm"), std::string("pre"));
    }

    void bothLearnATinySequenceSetToFullHitRate() {
        const auto ds = patternLog();
        const auto train = test::trainingBefore(ds);
        for (const std::string loss : {"bpr-max", "cross-entropy"}) {
            auto gru = test::fitted(std::make_unique<Gru4recRecommender>(), train,
                                    {{"layers", "16"}, {"loss", loss}, {"n_epochs", 40}, {"batch_size", 8}, {"n_sample", 16},
                                     {"sample_alpha", 0.0}, {"dropout_p_embed", 0.0}, {"dropout_p_hidden", 0.0},
                                     {"learning_rate", 0.1}, {"elu_param", 0.0}});
            QCOMPARE(prefixHitRate(*gru, *ds), 1.0);
        }
        auto sasrec = test::fitted(std::make_unique<SasrecRecommender>(), train,
                                   {{"hidden_units", 32}, {"num_blocks", 2}, {"num_epochs", 200}, {"batch_size", 16},
                                    {"n_negatives", 16}, {"dropout_rate", 0.0}, {"lr", 0.01}});
        QCOMPARE(prefixHitRate(*sasrec, *ds), 1.0);
    }

    void oneAndTwoThreadsGiveIdenticalWeights() {
        const auto d = test::coviewData(3, 400, 10, 12);
        for (const bool gru : {true, false}) {
            const auto make = [&](int threads) -> std::unique_ptr<models::Recommender> {
                if (gru) return test::fitted(std::make_unique<Gru4recRecommender>(), d.train, kSmallGru, 42, threads);
                return test::fitted(std::make_unique<SasrecRecommender>(), d.train, kSmallSasrec, 42, threads);
            };
            QVERIFY2(make(1)->save() == make(2)->save(), gru ? "gru4rec" : "sasrec");
        }
    }

    void singleAndBlockScoringAgreeAndRoundTripsKeepScores() {
        const auto d = test::coviewData(4, 400, 10, 12);
        const auto queries = firstQueries(d, 40);
        for (const bool gru : {true, false}) {
            std::unique_ptr<models::Recommender> m, loaded;
            if (gru) {
                m = test::fitted(std::make_unique<Gru4recRecommender>(), d.train, kSmallGru);
                loaded = std::make_unique<Gru4recRecommender>();
            } else {
                m = test::fitted(std::make_unique<SasrecRecommender>(), d.train, kSmallSasrec);
                loaded = std::make_unique<SasrecRecommender>();
            }
            const auto lists = test::listsOf(*m, queries);
            QVERIFY(test::sameLists(lists.single, lists.batch));
            loaded->load(m->save(), d.train);
            QVERIFY(test::sameLists(test::listsOf(*loaded, queries).single, lists.single));
        }
    }

    void whatIfEventsStepFromTheLastStateWithTheSameScores() {
        const auto d = test::coviewData(5, 300, 8, 10);
        auto m = test::fitted(std::make_unique<Gru4recRecommender>(), d.train, kSmallGru);
        Gru4recRecommender fresh;
        fresh.load(m->save(), d.train);
        test::OwnedQuery q;
        std::vector<float> stepped(d.dataset->items.size()), direct(stepped.size());
        for (int k = 0; k < 6; ++k) {
            q.add(static_cast<data::ItemIndex>(k * 7 % 80), data::EventType::View, 1000 * k);
            m->score(q.query(), stepped); // continues from the previous call's state
            Gru4recRecommender again;
            again.load(m->save(), d.train);
            again.score(q.query(), direct); // from the start
            QVERIFY(stepped == direct);
        }
    }

    void occlusionAndAttentionExplanations() {
        const auto d = test::coviewData(6, 400, 10, 12);
        const auto gru = test::fitted(std::make_unique<Gru4recRecommender>(), d.train, kSmallGru);
        const auto sasrec = test::fitted(std::make_unique<SasrecRecommender>(), d.train, kSmallSasrec);
        std::size_t checked = 0;
        for (std::size_t qi = 0; qi < 30 && qi < d.queries.size(); ++qi) {
            const test::OwnedQuery& owned = d.queries[qi];
            if (owned.sessionBegin >= owned.items.size()) continue; // no current session: a stand-in is read
            const auto q = owned.query();
            models::RecommendOptions options;
            options.k = 3;
            for (const data::ItemIndex item : gru->recommend(q, options).items) {
                const auto reasons = gru->explain(q, item);
                double absolute = 0.0;
                for (const auto& r : reasons) absolute += std::fabs(r.share);
                if (reasons.empty()) continue;
                QVERIFY(std::fabs(absolute - 1.0) < 1e-9);
                // The contribution is the score drop when every event of that item leaves the input.
                test::OwnedQuery without;
                for (std::size_t e = 0; e < owned.items.size(); ++e) {
                    if (e == owned.sessionBegin) without.sessionBegin = without.items.size();
                    if (owned.items[e] != reasons[0].item) without.add(owned.items[e], owned.types[e], owned.times[e]);
                }
                if (owned.sessionBegin >= owned.items.size()) without.sessionBegin = without.items.size();
                without.at = owned.at;
                if (without.sessionBegin >= without.items.size()) continue; // the session emptied: a stand-in answers
                std::vector<float> full(d.dataset->items.size()), reduced(full.size());
                gru->score(q, full);
                gru->score(without.query(), reduced);
                QVERIFY2(std::fabs((full[item] - reduced[item]) - reasons[0].contribution) < 1e-4,
                         qPrintable(QString("%1 vs %2").arg(full[item] - reduced[item]).arg(reasons[0].contribution)));
                ++checked;
            }
            for (const data::ItemIndex item : sasrec->recommend(q, options).items) {
                double total = 0.0;
                for (const auto& r : sasrec->explain(q, item)) total += r.share;
                QVERIFY(std::fabs(total - 1.0) < 1e-5);
            }
        }
        QVERIFY(checked > 5);
    }

    void badParametersNameTheParameter() {
        QCOMPARE(failingParameter<Gru4recRecommender>({{"layers", "0"}}), std::string("gru4rec.layers"));
        QCOMPARE(failingParameter<Gru4recRecommender>({{"layers", "100/x"}}), std::string("gru4rec.layers"));
        QCOMPARE(failingParameter<Gru4recRecommender>({{"layers", "100//100"}}), std::string("gru4rec.layers"));
        QCOMPARE(failingParameter<Gru4recRecommender>({{"constrained_embedding", false}}), std::string("gru4rec.embedding"));
        QCOMPARE(failingParameter<Gru4recRecommender>({{"momentum", 1.5}}), std::string("gru4rec.momentum"));
        QCOMPARE(failingParameter<SasrecRecommender>({{"num_heads", 3}}), std::string("sasrec.num_heads"));
        QCOMPARE(failingParameter<SasrecRecommender>({{"loss", "top1"}}), std::string("sasrec.loss"));
    }

    void epochsAreReportedAndCancelStopsTraining() {
        const auto d = test::coviewData(7, 300, 8, 10);
        Gru4recRecommender m;
        m.setParameters(kSmallGru);
        models::FitContext ctx;
        std::vector<models::EpochReport> reports;
        ctx.onEpoch = [&](const models::EpochReport& r) { reports.push_back(r); };
        m.fit(d.train, ctx);
        QCOMPARE(reports.size(), std::size_t{2});
        QCOMPARE(reports[1].epoch, 2);
        QVERIFY(reports[0].examples > 0 && std::isfinite(reports[0].loss));
        util::CancelToken token;
        models::FitContext cancelled;
        cancelled.progress = util::Progress([&](double fraction, const std::string&) { if (fraction > 0.3) token.cancel(); }, token);
        SasrecRecommender s;
        s.setParameters(kSmallSasrec);
        QVERIFY_THROWS_EXCEPTION(util::Cancelled, s.fit(d.train, cancelled));
    }

    void bothBeatPopularOnHeldOutCoviews() {
        const auto d = test::coviewData(8, 2000);
        const auto popular = test::fitted(std::make_unique<models::PopularRecommender>(), d.train);
        const auto gru = test::fitted(std::make_unique<Gru4recRecommender>(), d.train,
                                      {{"layers", "48"}, {"n_epochs", 4}, {"n_sample", 256}, {"input", "history"}});
        const auto sasrec = test::fitted(std::make_unique<SasrecRecommender>(), d.train,
                                         {{"hidden_units", 32}, {"num_epochs", 6}, {"n_negatives", 128}});
        const double base = test::hitRate(*popular, d, 20);
        const double g = test::hitRate(*gru, d, 20), s = test::hitRate(*sasrec, d, 20);
        qInfo("HR@20: popular %.3f, gru4rec %.3f, sasrec %.3f", base, g, s);
        QVERIFY(g > base + 0.05);
        QVERIFY(s > base + 0.05);
    }
};

QTEST_GUILESS_MAIN(SequentialModelsTest)
#include "tst_sequential_models.moc"

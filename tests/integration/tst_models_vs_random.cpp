// On a small generated dataset (the generator's RetailRocket-format files, imported like a user would), the
// temporal protocol in rolling mode: every catalogue model beats Random in NDCG@10 by a clear
// margin, and the significance matrix confirms it (bootstrap interval of the difference above 0, Holm-corrected
// Wilcoxon p below 0.05). Also: batch recommendation equals single recommendation, save -> load keeps the lists.
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_MOC_RUN
#include "data/Importer.h"
#include "eval/Evaluator.h"
#include "generator/Generator.h"
#include "models/Catalogue.h"
#include "models/Recommender.h"
#endif

using namespace vitrina;

namespace {

constexpr double kScale = 0.1; // the check scale (seed 42): ~275 k events, ~400 test lists

std::shared_ptr<const data::Dataset> generated() {
    static std::shared_ptr<const data::Dataset> cached;
    if (cached) return cached;
    QTemporaryDir dir;
    gen::GeneratorOptions options;
    options.scale = kScale;
    options.seed = 42;
    options.writeNames = false;
    options.threads = 2;
    auto files = gen::generateDataset(dir.path().toStdString(), options, {});
    if (!files) qFatal("generator: %s", files.error->text().c_str());
    auto sources = data::discoverSources({dir.path().toStdString()});
    if (!sources) qFatal("discover: %s", sources.error->text().c_str());
    data::ImportOptions import;
    import.threads = 2;
    auto dataset = data::importDataset(*sources, import, {});
    if (!dataset) qFatal("import: %s", dataset.error->text().c_str());
    cached = std::make_shared<const data::Dataset>(std::move(*dataset));
    return cached;
}

} // namespace

class TstModelsVsRandom : public QObject {
    Q_OBJECT

private slots:
    void everyModelBeatsRandomOnTemporalRolling() {
        const auto dataset = generated();
        eval::ProtocolOptions protocol; // temporal, rolling, last 7 days, addtocart + transaction
        auto split = eval::buildProtocol(*dataset, protocol);
        QVERIFY2(split.ok(), split.error ? split.error->text().c_str() : "");
        qInfo("lists %zu, without history %llu", split->lists.size(),
              static_cast<unsigned long long>(split->facts.listsWithoutHistory));
        QVERIFY(split->lists.size() >= 300);
        // Every catalogue model, Random first (the catalogue's order); dense models on a small matrix (3,000
        // modelled items: EASE's default 10,000 would take minutes here).
        std::vector<std::string> ids;
        std::vector<eval::ModelSpec> specs;
        for (const auto& entry : models::modelCatalogue()) {
            ids.push_back(entry.id);
            specs.push_back({entry.id, {}});
            for (const auto& p : entry.parameters)
                if (entry.capabilities.denseMemory && p.name == "items") specs.back().params.set("items", 3000LL);
            // The neural models' defaults are the published full-release settings (minutes here): smaller nets.
            if (entry.id == "gru4rec") {
                specs.back().params.set("layers", std::string("64"));
                specs.back().params.set("n_epochs", 3LL);
                specs.back().params.set("n_sample", 256LL);
            } else if (entry.id == "sasrec") {
                specs.back().params.set("num_epochs", 4LL);
                specs.back().params.set("hidden_units", 32LL);
            }
        }
        QCOMPARE(ids.front(), std::string("random"));
        const auto indexOf = [&](const std::string& id) {
            return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
        };
        eval::EvaluationOptions options;
        options.threads = 2;
        options.bootstrapResamples = 1000;
        auto report = eval::evaluateModels(dataset, *split, specs, options);
        QVERIFY2(report.ok(), report.error ? report.error->text().c_str() : "");
        const auto& all = report->comparisons.at(0);
        QVERIFY(all.computed);
        const double random = report->models[0].summary.at(eval::Metric::Ndcg, 1);
        for (std::size_t m = 0; m < ids.size(); ++m)
            qInfo("%-8s NDCG@10 %.4f  HR@10 %.4f  fit %.2fs  eval %.2fs", ids[m].c_str(),
                  report->models[m].summary.at(eval::Metric::Ndcg, 1),
                  report->models[m].summary.at(eval::Metric::HitRate, 1), report->models[m].fitSeconds,
                  report->models[m].evalSeconds);
        const double randomHits = report->models[0].summary.at(eval::Metric::HitRate, 1);
        for (std::size_t m = 1; m < ids.size(); ++m) {
            const double ndcg = report->models[m].summary.at(eval::Metric::Ndcg, 1);
            const double hits = report->models[m].summary.at(eval::Metric::HitRate, 1);
            const auto& e = all.matrix.entry(0, m); // difference = model m - random
            // A clear margin: at least 1 % more lists with a hit in the top 10, and a higher NDCG@10 ...
            QVERIFY2(hits >= randomHits + 0.01 && ndcg > random + 0.002, ids[m].c_str());
            // ... that the paired tests confirm over the family of all pairwise comparisons.
            QVERIFY2(e.bootstrapInterval.lower > 0.0, ids[m].c_str());
            QVERIFY2(e.wilcoxonPHolm < 0.05 && e.significant, ids[m].c_str());
        }
        // Issue 3's check on lists whose visitor has at least 3 earlier events: ALS and ItemKNN against Popular
        // (interval of the difference above 0) and against Recent (reported, whichever way it goes).
        const auto& focus = report->comparisons.at(1);
        QVERIFY(focus.computed);
        qInfo("lists with >= 3 earlier events: %llu", static_cast<unsigned long long>(focus.lists));
        for (const std::size_t m : {indexOf("itemknn"), indexOf("als")}) {
            const auto& vsPopular = focus.matrix.entry(indexOf("popular"), m);
            const auto& vsRecent = focus.matrix.entry(indexOf("recent"), m);
            qInfo("%s - popular: %+.4f [%+.4f, %+.4f];  %s - recent: %+.4f [%+.4f, %+.4f]", ids[m].c_str(),
                  vsPopular.meanDifference, vsPopular.bootstrapInterval.lower, vsPopular.bootstrapInterval.upper,
                  ids[m].c_str(), vsRecent.meanDifference, vsRecent.bootstrapInterval.lower,
                  vsRecent.bootstrapInterval.upper); // pairs are stored as (lower index, higher index)
            QVERIFY2(vsPopular.bootstrapInterval.lower > 0.0, ids[m].c_str());
        }
    }

    void vsknnBeatsPopularOnSessionrecWindow() {
        const auto dataset = generated();
        eval::ProtocolOptions protocol;
        protocol.kind = eval::ProtocolKind::SessionrecWindow;
        auto split = eval::buildProtocol(*dataset, protocol);
        QVERIFY2(split.ok(), split.error ? split.error->text().c_str() : "");
        eval::EvaluationOptions options;
        options.threads = 2;
        options.significanceMetric = eval::Metric::HitRate;
        options.significanceK = 20;
        auto report = eval::evaluateModels(dataset, *split, {{"popular", {}}, {"vsknn", {}}}, options);
        QVERIFY2(report.ok(), report.error ? report.error->text().c_str() : "");
        qInfo("sessionrec-window slice 0: %llu test sessions, %llu predictions; HR@20 popular %.4f, vsknn %.4f",
              static_cast<unsigned long long>(split->facts.testSessions),
              static_cast<unsigned long long>(split->facts.predictions), report->models[0].nextItem.hitRate[2],
              report->models[1].nextItem.hitRate[2]);
        const auto& e = report->comparisons.at(0).matrix.entry(0, 1);
        QVERIFY(e.meanDifference > 0.0);
        QVERIFY(e.bootstrapInterval.lower > 0.0);
    }

    void batchEqualsSingleAndSaveLoadKeepsLists() {
        const auto dataset = generated();
        auto split = eval::buildProtocol(*dataset, {});
        QVERIFY(split.ok());
        const auto train = split->trainingSet(dataset);
        for (const std::string id : {"itemknn", "als", "vsknn"}) {
            auto model = models::createModel(id);
            model->setParameters(models::ParamValues{});
            model->fit(train, models::FitContext{7, 2, {}});
            std::vector<models::Query> queries;
            for (std::size_t i = 0; i < std::min<std::size_t>(split->lists.size(), 200); ++i)
                queries.push_back(split->query(*dataset, split->lists[i]));
            models::RecommendOptions options;
            options.k = 20;
            const auto batch = model->recommendBatch(queries, options, 2);
            auto copy = models::createModel(id);
            copy->load(model->save(), train);
            for (std::size_t q = 0; q < queries.size(); ++q) {
                QCOMPARE(model->recommend(queries[q], options).items, batch[q].items);
                QCOMPARE(copy->recommend(queries[q], options).items, batch[q].items);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TstModelsVsRandom)
#include "tst_models_vs_random.moc"

// Trained models and evaluations in the project file: save -> reopen -> lazy load gives identical
// recommendations and metrics; listing reads metas only; a corrupt blob, another dataset or an unreadable
// record is a clear error (never a crash); the evaluation codec round-trips every field.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>

#ifndef Q_MOC_RUN
#include "ModelTestData.h"
#include "eval/Evaluator.h"
#include "report/EvaluationJson.h"
#include "store/Artefact.h"
#include "store/EvaluationArtefacts.h"
#include "store/EvaluationCodec.h"
#include "store/ModelArtefacts.h"
#include "store/ProjectFile.h"
#endif

using namespace vitrina;

namespace {

struct Fitted {
    std::shared_ptr<const data::Dataset> dataset;
    eval::ProtocolSplit split;
    eval::EvaluationReport report;
};

const std::vector<eval::ModelSpec> kModels{{"popular", {}},
                                          {"itemknn", {}},
                                          {"als", test::paramsOf({{"factors", 8}, {"iterations", 4}})}};

Fitted fitted(std::uint64_t seed = 5) {
    Fitted f;
    f.dataset = test::coviewData(seed, 500).dataset;
    auto split = eval::buildProtocol(*f.dataset, eval::ProtocolOptions{});
    if (!split) qFatal("%s", split.error->text().c_str());
    f.split = std::move(*split);
    eval::EvaluationOptions o;
    o.keepModels = true;
    o.bootstrapResamples = 200;
    auto report = eval::evaluateModels(f.dataset, f.split, kModels, o);
    if (!report) qFatal("%s", report.error->text().c_str());
    f.report = std::move(*report);
    return f;
}

store::ModelRecord recordOf(const Fitted& f, const eval::ModelResult& m) {
    store::ModelRecord r;
    r.modelId = m.id;
    r.params = m.params;
    r.protocol = f.split.options;
    r.trainEndMs = f.split.facts.trainEndMs;
    r.trainEvents = f.split.facts.trainEvents;
    r.seed = 42;
    r.threads = 1;
    r.dataset = store::datasetFingerprint(*f.dataset);
    r.fitSeconds = m.fitSeconds;
    r.memoryBytes = m.memoryBytes;
    return r;
}

std::shared_ptr<store::ProjectFile> project(const QString& path, store::OpenMode mode) {
    auto p = store::ProjectFile::open(path.toStdString(), mode);
    if (!p) qFatal("%s", p.error->text().c_str());
    return *p;
}

std::vector<std::byte> bytes(const std::string& s) {
    std::vector<std::byte> out(s.size());
    std::memcpy(out.data(), s.data(), s.size());
    return out;
}

} // namespace

class TstModelArtefacts : public QObject {
    Q_OBJECT

private slots:
    void protocolJsonRoundTripsAndTheTrainingKeyIgnoresListSampling() {
        eval::ProtocolOptions o;
        o.kind = eval::ProtocolKind::SessionrecWindow;
        o.slice = 3;
        o.maxLists = 77;
        o.sessionGapMs = 1'200'000;
        const auto back = store::protocolFromJson(store::protocolToJson(o));
        QCOMPARE(store::protocolToJson(back).dump(), store::protocolToJson(o).dump());
        QCOMPARE(back.slice, 3);
        eval::ProtocolOptions sampled = o;
        sampled.maxLists = 5;
        sampled.excludeSeen = true;
        QCOMPARE(store::trainingKey(sampled), store::trainingKey(o));
        sampled.slice = 2;
        QVERIFY(store::trainingKey(sampled) != store::trainingKey(o));
        // A nonsense field is an error naming it, not a silent default.
        auto bad = store::protocolToJson(o);
        bad["days"] = "seven";
        try {
            store::protocolFromJson(bad);
            QFAIL("accepted a text 'days'");
        } catch (const util::Error& e) {
            QVERIFY(e.message().text().find("days") != std::string::npos);
        }
    }

    void fingerprintTellsDatasetsApart() {
        const auto a = test::coviewData(5, 300).dataset, b = test::coviewData(6, 300).dataset;
        QCOMPARE(store::datasetFingerprint(*a), store::datasetFingerprint(*a));
        QVERIFY(store::datasetFingerprint(*a) != store::datasetFingerprint(*b));
        QCOMPARE(store::datasetFingerprint(*a).size(), std::size_t{16});
    }

    void savedModelsReloadLazilyWithIdenticalRecommendations() {
        const Fitted f = fitted();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.vitrina"));
        {
            auto saved = store::saveDatasetAs(path.toStdString(), *f.dataset, {});
            QVERIFY(saved.ok());
            for (const auto& m : f.report.models) {
                QVERIFY(m.model);
                store::saveModel(**saved, m.id, recordOf(f, m), *m.model);
            }
        }
        // Reopen: the dataset comes back from the project, the models are listed from their metas.
        auto reopened = project(path, store::OpenMode::OpenExisting);
        auto dataset = std::make_shared<const data::Dataset>(reopened->loadDataset({}));
        const auto listed = store::listModels(*reopened, store::datasetFingerprint(*dataset));
        QCOMPARE(listed.size(), std::size_t{3});
        QCOMPARE(listed[0].name, std::string("als")); // by name
        QCOMPARE(std::get<long long>(*listed[0].record.params.find("factors")), 8LL);
        QCOMPARE(listed[0].record.trainEndMs, f.split.facts.trainEndMs);
        QVERIFY(listed[0].blobBytes > 0);
        QVERIFY(store::listModels(*reopened, "0000000000000000").empty()); // another dataset's fingerprint

        models::RecommendOptions options;
        options.k = 20;
        std::vector<std::shared_ptr<const models::Recommender>> loaded;
        for (const auto& m : f.report.models) {
            auto model = store::loadModel(*reopened, m.id, dataset, nullptr); // rebuilds the split
            QVERIFY2(model.ok(), model.error ? model.error->text().c_str() : "");
            QCOMPARE((*model)->id(), m.id);
            QVERIFY((*model)->parameters().values() == m.params);
            for (std::size_t i = 0; i < f.split.lists.size(); i += 7) {
                const auto before = m.model->recommend(f.split.query(*f.dataset, f.split.lists[i]), options);
                const auto after = (*model)->recommend(f.split.query(*dataset, f.split.lists[i]), options);
                QCOMPARE(after.items, before.items);
                QCOMPARE(after.scores, before.scores);
            }
            loaded.push_back(*model);
        }
        // Reused in an evaluation: nothing is fitted, the metrics are the same.
        eval::EvaluationOptions o;
        o.bootstrapResamples = 200;
        o.prefitted = loaded;
        auto again = eval::evaluateModels(dataset, f.split, kModels, o);
        QVERIFY(again.ok());
        for (std::size_t m = 0; m < kModels.size(); ++m) {
            QVERIFY(again->models[m].reused);
            QVERIFY(!f.report.models[m].reused);
            // NaN-safe: the JSON form writes undefined means as null.
            QCOMPARE(report::toJson(again->models[m], again->cutoffs, false).at("metrics").dump(),
                     report::toJson(f.report.models[m], f.report.cutoffs, false).at("metrics").dump());
        }
    }

    void corruptOrForeignModelsAreClearErrors() {
        const Fitted f = fitted();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.vitrina"));
        auto saved = store::saveDatasetAs(path.toStdString(), *f.dataset, {});
        QVERIFY(saved.ok());
        auto& p = **saved;
        const auto& als = f.report.models[2];
        const auto record = recordOf(f, als);
        // Garbage, a truncated blob, and the blob of another model under this record.
        p.putArtefact(store::kModelArtefact, "garbage", record.toJson(), bytes("not a model at all"));
        auto blob = als.model->save();
        blob.resize(blob.size() / 2);
        p.putArtefact(store::kModelArtefact, "truncated", record.toJson(), blob);
        store::saveModelBlob(p, "mislabelled", record, f.report.models[0].model->save());
        for (const char* name : {"garbage", "truncated", "mislabelled"}) {
            auto r = store::loadModel(p, name, f.dataset, nullptr);
            QVERIFY2(!r.ok(), name);
            QCOMPARE(r.error->code, util::MessageCode::ModelStoreCorruptBlob);
            QVERIFY(r.error->text().find(name) != std::string::npos);
        }
        // Another dataset: listed nowhere, and a load says so.
        store::ModelRecord foreign = record;
        foreign.dataset = "ffffffffffffffff";
        store::saveModel(p, "foreign", foreign, *als.model);
        auto r = store::loadModel(p, "foreign", f.dataset, nullptr);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, util::MessageCode::ModelStoreOtherDataset);
        // A record the split no longer reproduces (T moved): refused rather than restored on other events.
        store::ModelRecord moved = record;
        moved.trainEndMs += 1;
        store::saveModel(p, "moved", moved, *als.model);
        r = store::loadModel(p, "moved", f.dataset, nullptr);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, util::MessageCode::ModelStoreSplitChanged);
        // An unreadable record is left out of the list with a message naming it.
        p.putArtefact(store::kModelArtefact, "no-record", nlohmann::json{{"version", 1}}, bytes("x"));
        std::vector<util::Message> problems;
        const auto listed = store::listModels(p, record.dataset, &problems);
        QCOMPARE(listed.size(), std::size_t{4}); // garbage, mislabelled, moved, truncated
        QCOMPARE(problems.size(), std::size_t{1});
        QCOMPARE(problems[0].code, util::MessageCode::ModelStoreBadRecord);
        QVERIFY(problems[0].text().find("no-record") != std::string::npos);
        // A missing model.
        r = store::loadModel(p, "absent", f.dataset, nullptr);
        QCOMPARE(r.error->code, util::MessageCode::StoreArtefactMissing);
    }

    void evaluationCodecRoundTripsEveryField() {
        const Fitted f = fitted();
        const auto blob = store::encodeReport(f.report);
        const auto back = store::decodeReport(blob);
        QCOMPARE(report::toJson(back, f.split.options).dump(), report::toJson(f.report, f.split.options).dump());
        QCOMPARE(store::encodeReport(back), blob); // every field, NaN and per-list vectors included
        QCOMPARE(back.models[1].comparisonValues, f.report.models[1].comparisonValues);
        QVERIFY(!back.models[0].model); // the model itself is not part of the report
        // Corrupt forms fail cleanly.
        for (const std::size_t cut : {std::size_t{0}, std::size_t{3}, blob.size() / 2, blob.size() - 1}) {
            try {
                store::decodeReport(std::span<const std::byte>(blob.data(), cut));
                QFAIL("accepted a truncated report");
            } catch (const util::Error&) {
            }
        }
        auto longer = blob;
        longer.push_back(std::byte{0});
        QVERIFY_THROWS_EXCEPTION(util::Error, store::decodeReport(longer));

        // Through the project, with the protocol and free meta.
        QTemporaryDir dir;
        auto p = project(dir.filePath(QStringLiteral("p.vitrina")), store::OpenMode::CreateOrOpen);
        store::saveEvaluation(*p, "last", f.split.options, f.report, {{"models", {"popular", "itemknn", "als"}}});
        const auto stored = store::loadEvaluation(*p, "last");
        QVERIFY(stored.ok());
        QCOMPARE(store::encodeReport(stored->report), blob);
        QCOMPARE(store::protocolToJson(stored->protocol).dump(), store::protocolToJson(f.split.options).dump());
        QCOMPARE(stored->meta.at("models").size(), std::size_t{3});
        p->putArtefact(store::kEvaluationArtefact, "broken", stored->meta, bytes("VEVR but not really"));
        const auto broken = store::loadEvaluation(*p, "broken");
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error->code, util::MessageCode::EvaluationStoreCorrupt);
    }

    void evaluationCodecReadsVersionOneMatrices() {
        // Version 1 stored unadjusted 95 % intervals and the Holm-Wilcoxon flag alone. A version-1 blob is made
        // from a version-2 one: in each comparison the family fields (found by a sentinel alpha) are cut, and
        // each entry keeps one flag. Done from the last comparison back, so that earlier offsets stay put.
        Fitted f = fitted();
        QVERIFY(!f.report.comparisons.empty() && f.report.comparisons[0].computed);
        for (std::size_t c = 0; c < f.report.comparisons.size(); ++c) {
            auto& matrix = f.report.comparisons[c].matrix;
            matrix.alpha = 0.123456789 + 1e-6 * static_cast<double>(c); // sentinels to find the family fields by
            for (auto& e : matrix.entries) {
                e.wilcoxonSignificant = true;
                e.significant = false;
                e.bootstrapInterval = {0.01, 0.02}; // excludes 0
            }
        }
        auto blob = store::encodeReport(f.report);
        for (std::size_t c = f.report.comparisons.size(); c-- > 0;) {
            const auto& matrix = f.report.comparisons[c].matrix;
            if (!f.report.comparisons[c].computed) continue;
            const double sentinel = matrix.alpha;
            const auto* sentinelBytes = reinterpret_cast<const std::byte*>(&sentinel);
            const auto at = std::search(blob.begin(), blob.end(), sentinelBytes, sentinelBytes + sizeof sentinel);
            QVERIFY(at != blob.end());
            const auto familyAt = static_cast<std::size_t>(at - blob.begin());
            blob.erase(blob.begin() + static_cast<std::ptrdiff_t>(familyAt),
                       blob.begin() + static_cast<std::ptrdiff_t>(familyAt + 8 + 8 + 4)); // alpha, level, resamples
            std::size_t entryAt = familyAt + 8;                                        // after the entry count
            constexpr std::size_t kVersionOneEntry = 8 + 8 + 8 + 16 + 32 + 1;
            for (std::size_t i = 0; i < matrix.entries.size(); ++i) {
                blob.erase(blob.begin() + static_cast<std::ptrdiff_t>(entryAt + kVersionOneEntry - 1)); // "significant"
                entryAt += kVersionOneEntry; // the kept byte is the Wilcoxon flag, as version 1 wrote it
            }
        }
        const std::uint32_t one = 1;
        std::memcpy(blob.data() + 4, &one, sizeof one);
        const auto back = store::decodeReport(blob);
        QCOMPARE(back.comparisons.size(), f.report.comparisons.size());
        const auto& m = back.comparisons[0].matrix;
        QCOMPARE(m.intervalLevel, 0.95);
        QCOMPARE(m.alpha, 0.05);
        QCOMPARE(m.entries.size(), f.report.comparisons[0].matrix.entries.size());
        for (const auto& e : m.entries) {
            QVERIFY(e.wilcoxonSignificant);
            QVERIFY(e.significant); // follows the stored interval, not the stored flag
        }
        QCOMPARE(back.models.size(), f.report.models.size());
        // A version from the future is refused.
        const std::uint32_t future = store::kEvaluationCodecVersion + 1;
        std::memcpy(blob.data() + 4, &future, sizeof future);
        QVERIFY_THROWS_EXCEPTION(util::Error, store::decodeReport(blob));
    }

    void sessionPresetReportsRoundTrip() {
        const auto dataset = std::shared_ptr<const data::Dataset>(test::coviewData(7, 400).dataset);
        eval::ProtocolOptions o;
        o.kind = eval::ProtocolKind::SessionrecWindow;
        auto split = eval::buildProtocol(*dataset, o);
        // The log is the test's own (seeded): a missing window is a regression, not a reason to skip.
        QVERIFY2(split.ok(), split.ok() ? "" : split.error->text().c_str());
        eval::EvaluationOptions options;
        options.significanceMetric = eval::Metric::HitRate;
        options.bootstrapResamples = 200;
        options.keepRecommendations = true; // --export-recs of the session presets
        auto report = eval::evaluateModels(dataset, *split, {{"popular", {}}, {"vsknn", {}}}, options);
        QVERIFY(report.ok());
        const auto blob = store::encodeReport(*report);
        QCOMPARE(store::encodeReport(store::decodeReport(blob)), blob);
        QCOMPARE(store::decodeReport(blob).models[1].nextItem.hitRate, report->models[1].nextItem.hitRate);

        // One kept list per prediction; HR@K and MRR@K recomputed from the kept ranks equal the evaluator's.
        for (const auto& m : report->models) {
            QCOMPARE(m.recCounts.size(), static_cast<std::size_t>(m.nextItem.predictions));
            QCOMPARE(m.recRanks.size(), m.recCounts.size());
            for (std::size_t k = 0; k < m.nextItem.cutoffs.size(); ++k) {
                const auto K = static_cast<std::uint32_t>(m.nextItem.cutoffs[k]);
                double hits = 0.0, rr = 0.0;
                for (const auto rank : m.recRanks)
                    if (rank >= 1 && rank <= K) {
                        hits += 1.0;
                        rr += 1.0 / rank;
                    }
                const double n = static_cast<double>(m.recRanks.size());
                QVERIFY(std::abs(hits / n - m.nextItem.hitRate[k]) < 1e-12);
                QVERIFY(std::abs(rr / n - m.nextItem.mrr[k]) < 1e-12);
            }
            // A target ranked first (no item scores as high) heads its kept list; a target ranked beyond 20 is absent.
            std::size_t p = 0, first = 0;
            for (const auto& session : split->testSessions)
                for (std::uint32_t t = session.begin + 1; t < session.end; ++t, ++p) {
                    const auto target = split->sessionItems[t];
                    const auto begin = m.recs.begin() + static_cast<std::ptrdiff_t>(p * 20);
                    const bool listed = std::find(begin, begin + m.recCounts[p], target) != begin + m.recCounts[p];
                    if (m.recRanks[p] == 1) {
                        QCOMPARE(*begin, target);
                        ++first;
                    }
                    if (m.recRanks[p] > 20) QVERIFY(!listed);
                }
            QCOMPARE(p, m.recRanks.size());
            if (m.id == "vsknn") QVERIFY(first > 0);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recs.jsonl"));
        eval::writeRecommendationsJsonl(path.toStdString(), *dataset, *split, *report);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(static_cast<std::size_t>(lines.size() - 1), 2 * report->models[0].nextItem.predictions); // last is empty
        const auto first = nlohmann::json::parse(lines.front().toStdString());
        const auto& session = split->testSessions.front();
        QCOMPARE(first.at("model").get<std::string>(), std::string("popular"));
        QCOMPARE(first.at("visitor").get<std::int64_t>(), dataset->visitors.raw(session.visitor));
        QCOMPARE(first.at("position").get<int>(), 1);
        QCOMPARE(first.at("relevant").at(0).get<std::int64_t>(), dataset->items.ids.raw(split->sessionItems[session.begin + 1]));
        QCOMPARE(first.at("rank").get<std::uint32_t>(), report->models[0].recRanks[0]);
        QCOMPARE(first.at("recs").size(), std::size_t{report->models[0].recCounts[0]});
    }
};

QTEST_GUILESS_MAIN(TstModelArtefacts)
#include "tst_model_artefacts.moc"

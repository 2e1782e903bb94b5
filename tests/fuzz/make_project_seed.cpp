// Writes the project fuzz target's seed (corpus/project/small.vitrina): a complete small project, saved
// the ordinary way (a dataset with an import report, three trained models, a saved evaluation, an experiment
// record, a cached checksum), then rewritten with 512-byte pages so that the file stays a few kilobytes.
// Run from the fuzz build: make_project_seed <output file>.
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "EventFixture.h"
#include "eval/Evaluator.h"
#include "models/Catalogue.h"
#include "store/EvaluationArtefacts.h"
#include "store/ModelArtefacts.h"
#include "store/ProjectFile.h"
#include "store/Sqlite.h"

using namespace vitrina;

namespace {

data::Dataset seedDataset() {
    using data::EventType;
    constexpr std::int64_t kDay = 86'400'000, kT0 = 1'433'116'800'000;
    // Eight visitors browse for a week; six of them add an item to the cart in the last days (the test window).
    std::vector<test::RawEvent> rows;
    for (std::int64_t v = 1; v <= 8; ++v)
        for (std::int64_t k = 0; k < 4; ++k) rows.push_back({v, kT0 + (v + 2 * k) * kDay / 2, 10 + (v + k) % 6, EventType::View});
    for (std::int64_t v = 1; v <= 6; ++v)
        rows.push_back({v, kT0 + 15 * kDay + v * kDay / 3, 10 + v % 6, EventType::AddToCart});
    rows.push_back({2, kT0 + 17 * kDay, 12, EventType::Transaction, 501});
    data::Dataset d = test::buildDataset(rows, {{1, -1, "Phones"}, {2, 1, "Cases"}}, {{10, kT0, 1}, {11, kT0, 2}}, {{10, kT0, 1}});
    d.name = "fuzz-seed";
    data::SourceFile events;
    events.role = "events";
    events.path = "events.csv";
    events.rowsRead = rows.size() + 1;
    events.rowsKept = rows.size();
    events.skipped.push_back({util::MessageCode::CsvRowCutOff, 1, {static_cast<std::int64_t>(rows.size()) + 2}});
    d.sources = {events};
    return d;
}

template <class T> T ok(util::Result<T>&& r) {
    if (!r) {
        std::fprintf(stderr, "make_project_seed: %s\n", r.error ? r.error->text().c_str() : "cancelled");
        std::exit(1);
    }
    return std::move(*r);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_project_seed <output.vitrina>\n");
        return 1;
    }
    const std::string out = argv[1];
    std::filesystem::remove(out);
    const auto dataset = std::make_shared<const data::Dataset>(seedDataset());
    const auto project = ok(store::saveDatasetAs(out, *dataset, {}));
    eval::ProtocolOptions protocol;
    protocol.testDays = 3;
    const eval::ProtocolSplit split = ok(eval::buildProtocol(*dataset, protocol, {}));
    const auto train = split.trainingSet(dataset);
    std::vector<eval::ModelSpec> specs;
    for (const char* id : {"popular", "itemknn", "ease"}) {
        auto model = models::createModel(id);
        model->setParameters(models::ParamValues{});
        model->fit(train, models::FitContext{42, 1, {}});
        store::ModelRecord record;
        record.modelId = id;
        record.params = model->parameters().values();
        record.protocol = protocol;
        record.trainEndMs = split.facts.trainEndMs;
        record.trainEvents = split.facts.trainEvents;
        record.dataset = store::datasetFingerprint(*dataset);
        store::saveModel(*project, id, record, *model);
        specs.push_back({id, {}});
    }
    eval::EvaluationOptions options;
    options.bootstrapResamples = 100;
    const eval::EvaluationReport report = ok(eval::evaluateModels(dataset, split, specs, options, {}));
    store::saveEvaluation(*project, "last", protocol, report, {{"models", "popular,itemknn,ease"}});
    project->putArtefact("abtest", "planted lift", {{"visitors", 20000}, {"arms", {"popular", "itemknn"}}});
    project->putMeta("sha256.events", "3745aa83238b1e6d44d8fda209807899f420084398f94ddf745f3cbcfecbf9e7");
    store::sql::Database db(out, store::sql::Database::Access::ReadWrite);
    db.exec("PRAGMA page_size = 512; VACUUM;", "shrinking the seed");
    return 0;
}

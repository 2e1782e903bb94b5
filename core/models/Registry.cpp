#include "models/Registry.h"

#include <functional>

#include "models/baseline/PopularModel.h"
#include "models/baseline/RandomModel.h"
#include "models/baseline/RecentModel.h"
#include "models/factorisation/AlsModel.h"
#include "models/factorisation/BprModel.h"
#include "models/factorisation/EaseModel.h"
#include "models/hybrid/HybridModel.h"
#include "models/neighbourhood/Cooccurrence.h"
#include "models/neighbourhood/ItemKnnModel.h"
#include "models/rerank/Reranker.h"
#include "models/sequential/Gru4recModel.h"
#include "models/sequential/SasrecModel.h"
#include "models/session/SessionKnnModel.h"

namespace vitrina::models {
namespace {

struct Entry {
    ModelInfo info;
    std::function<std::unique_ptr<Recommender>()> make;
};

// One line per model; keep the order of ids the CLI documents (core/README.md, Command line).
const std::vector<Entry>& entries() {
    static const std::vector<Entry> table = {
        {{"random", "baseline", "Random", false}, [] { return std::make_unique<RandomRecommender>(); }},
        {{"popular", "baseline", "Popular", false}, [] { return std::make_unique<PopularRecommender>(); }},
        {{"recent", "baseline", "Recent (re-show the latest items)", false}, [] { return std::make_unique<RecentRecommender>(); }},
        {{"itemknn", "neighbourhood", "ItemKNN (item-based neighbours)", false}, [] { return std::make_unique<ItemKnnRecommender>(); }},
        {{"als", "factorisation", "ALS (implicit feedback)", false}, [] { return std::make_unique<AlsRecommender>(); }},
        {{"bpr", "factorisation", "BPR-MF (pairwise ranking)", false}, [] { return std::make_unique<BprRecommender>(); }},
        {{"ease", "factorisation", "EASE (shallow autoencoder)", true}, [] { return std::make_unique<EaseRecommender>(); }},
        {{"cooc", "neighbourhood", "Bought together (co-occurrence lift)", false}, [] { return std::make_unique<CoocRecommender>(); }},
        {{"sknn", "session", "SKNN (session neighbours)", false}, [] { return std::make_unique<SessionKnnRecommender>(SessionKnnVariant::Sknn); }},
        {{"vsknn", "session", "V-SKNN (vector session neighbours)", false}, [] { return std::make_unique<SessionKnnRecommender>(SessionKnnVariant::Vsknn); }},
        {{"gru4rec", "neural", "GRU4Rec (recurrent session model)", false}, [] { return std::make_unique<sequential::Gru4recRecommender>(); }},
        {{"sasrec", "neural", "SASRec (self-attentive sequence model)", false}, [] { return std::make_unique<sequential::SasrecRecommender>(); }},
        {{"hybrid", "hybrid", "Funnel-aware hybrid (weights per stage)", false}, [] { return std::make_unique<hybrid::HybridRecommender>(true); }},
        {{"hybrid-static", "hybrid", "Static hybrid (one weight vector)", false}, [] { return std::make_unique<hybrid::HybridRecommender>(false); }},
    };
    return table;
}

} // namespace

std::vector<ModelInfo> modelCatalog() {
    std::vector<ModelInfo> out;
    for (const auto& e : entries()) out.push_back(e.info);
    return out;
}

std::unique_ptr<Recommender> createModel(const std::string& id) {
    // "<inner>+<re-ranker>" (e.g. "als+mmr", "itemknn+cat+mmr"): a re-ranker wrapping the inner model.
    if (const auto plus = id.rfind('+'); plus != std::string::npos && plus > 0)
        return makeReranker(id.substr(plus + 1), createModel(id.substr(0, plus)));
    for (const auto& e : entries())
        if (e.info.id == id) return e.make();
    std::string known;
    for (const auto& e : entries()) known += (known.empty() ? "" : ", ") + e.info.id;
    util::failParameter("models", util::MessageCode::ParameterBadChoice, {"models", id, known});
}

} // namespace vitrina::models

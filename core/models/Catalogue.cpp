// The catalogue's table: one line per model, one per re-ranker (models/Catalogue.h). The texts behind the
// message codes are in core/util/MessageCodesModels.def; the lookups are in CatalogueLookup.cpp.
#include "models/Catalogue.h"

#include "models/baseline/PopularModel.h"
#include "models/baseline/RandomModel.h"
#include "models/baseline/RecentModel.h"
#include "models/factorisation/AlsModel.h"
#include "models/factorisation/BprModel.h"
#include "models/factorisation/EaseModel.h"
#include "models/hybrid/HybridModel.h"
#include "models/neighbourhood/Cooccurrence.h"
#include "models/neighbourhood/ItemKnnModel.h"
#include "models/rerank/CategoryAffinity.h"
#include "models/rerank/Mmr.h"
#include "models/sequential/Gru4recModel.h"
#include "models/sequential/SasrecModel.h"
#include "models/session/SessionKnnModel.h"

namespace vitrina::models {
namespace {

using Code = util::MessageCode;

template <class Model, auto... Args> std::unique_ptr<Recommender> make() { return std::make_unique<Model>(Args...); }
template <class Wrapper> std::unique_ptr<Recommender> wrap(std::unique_ptr<Recommender> inner) {
    return std::make_unique<Wrapper>(std::move(inner));
}

constexpr Capabilities kAdditive{};
constexpr Capabilities kNoReasons{.explains = ExplainRule::None};
constexpr Capabilities kDenseAdditive{.denseMemory = true};
constexpr Capabilities kBlend{.explains = ExplainRule::Blend};
constexpr Capabilities kInputShares{.explains = ExplainRule::InputShares};
constexpr auto kSknn = SessionKnnVariant::Sknn;
constexpr auto kVsknn = SessionKnnVariant::Vsknn;
constexpr auto kPerStage = hybrid::HybridWeighting::PerStage;
constexpr auto kStatic = hybrid::HybridWeighting::Static;

} // namespace

const std::vector<ModelEntry>& modelCatalogue() {
    // id, family, name, description, parameters, capabilities, factory (, dense memory estimate); in the order of
    // ids the CLI documents (core/README.md, Command line)
    static const std::vector<ModelEntry> table = {
        {"random", Family::Baseline, Code::ModelRandomName, Code::ModelRandomAbout, RandomRecommender::specs(), kNoReasons, make<RandomRecommender>},
        {"popular", Family::Baseline, Code::ModelPopularName, Code::ModelPopularAbout, PopularRecommender::specs(), kAdditive, make<PopularRecommender>},
        {"recent", Family::Baseline, Code::ModelRecentName, Code::ModelRecentAbout, RecentRecommender::specs(), kAdditive, make<RecentRecommender>},
        {"itemknn", Family::Neighbourhood, "ItemKNN", Code::ModelItemKnnAbout, ItemKnnRecommender::specs(), kAdditive, make<ItemKnnRecommender>},
        {"als", Family::Factorisation, "ALS", Code::ModelAlsAbout, AlsRecommender::specs(), kAdditive, make<AlsRecommender>},
        {"bpr", Family::Factorisation, "BPR-MF", Code::ModelBprAbout, BprRecommender::specs(), kAdditive, make<BprRecommender>},
        {"ease", Family::Factorisation, "EASE", Code::ModelEaseAbout, EaseRecommender::specs(), kDenseAdditive, make<EaseRecommender>, EaseRecommender::denseMemory},
        {"cooc", Family::Neighbourhood, Code::ModelCoocName, Code::ModelCoocAbout, CoocRecommender::specs(), kAdditive, make<CoocRecommender>},
        {"sknn", Family::Session, "SKNN", Code::ModelSknnAbout, SessionKnnRecommender::specs(kSknn), kAdditive, make<SessionKnnRecommender, kSknn>},
        {"vsknn", Family::Session, "V-SKNN", Code::ModelVsknnAbout, SessionKnnRecommender::specs(kVsknn), kAdditive, make<SessionKnnRecommender, kVsknn>},
        {"gru4rec", Family::Neural, "GRU4Rec", Code::ModelGru4recAbout, sequential::Gru4recRecommender::specs(), kInputShares, make<sequential::Gru4recRecommender>},
        {"sasrec", Family::Neural, "SASRec", Code::ModelSasrecAbout, sequential::SasrecRecommender::specs(), kInputShares, make<sequential::SasrecRecommender>},
        {"hybrid", Family::Hybrid, Code::ModelHybridName, Code::ModelHybridAbout, hybrid::hybridParameterSpecs(), kBlend, make<hybrid::HybridRecommender, kPerStage>},
        {"hybrid-static", Family::Hybrid, Code::ModelHybridStaticName, Code::ModelHybridStaticAbout, hybrid::hybridParameterSpecs(), kBlend, make<hybrid::HybridRecommender, kStatic>},
    };
    return table;
}

const std::vector<RerankerEntry>& rerankerCatalogue() {
    // suffix, name, description, its own parameters, wrapper factory
    static const std::vector<RerankerEntry> table = {
        {"cat", Code::RerankCatName, Code::RerankCatAbout, CategoryAffinityRecommender::specs(), wrap<CategoryAffinityRecommender>},
        {"mmr", "MMR", Code::RerankMmrAbout, MmrRecommender::specs(), wrap<MmrRecommender>},
    };
    return table;
}

} // namespace vitrina::models

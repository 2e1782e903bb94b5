#pragma once
// "hybrid" (funnel-aware) and "hybrid-static": a weighted blend of other catalogue models ("components").
//
// Columns: every component scored on the query's whole history, plus "session views" (component@session):
// chosen components scored again on the current session's events only. The two views of one component get
// their own weights per stage, so the session / long-term history fusion is learned by the same search as
// the blend (a stage where the live session matters more puts more weight on the @session column).
// Each column's scores are normalised over its own top `pool` items (HybridBlend.h: ranks by default), then
// blended with the weight vector of the query's funnel stage (stageOf: the query's own history).
//
// Weights are learned on validation only (HybridValidation.h): components are fitted on the sub-train, the
// validation lists' pools are built, a static vector is found by coordinate ascent on NDCG@10 over every
// list, then one vector per stage starting from it over that stage's lists (a stage with fewer than
// `min_stage_lists` validation lists keeps the static vector). The components are then refitted on the whole
// training set and the weights kept. "hybrid-static" uses the static vector for every stage.
// Cost: the validation fits run `validation_effort` of the components' iterations; the full-split components
// come from the run's SharedFits when the same model was already fitted (an evaluation of "als,hybrid" fits
// ALS once).
//
// Event weighting: weight_view / weight_cart / weight_buy are passed to every component that declares them
// (ItemKNN, ALS); 1/1/1 is the uniform baseline the ablation measures. Other component parameters:
// component_params, a JSON object {"als": {"factors": 32}, ...}.
#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "analytics/VisitorState.h"
#include "models/Recommender.h"
#include "models/hybrid/HybridBlend.h"

namespace vitrina::models::hybrid {

struct HybridConfig {
    std::vector<std::string> components;   ///< catalogue ids, in column order
    std::vector<std::string> sessionViews; ///< components also scored on the current session
    std::size_t pool = 50;
    Normalisation normalisation = Normalisation::Rank;
    int validationDays = 7;
    std::uint64_t maxValidationLists = 20000;
    std::uint64_t minStageLists = 200;
    int passes = 4;
    double validationEffort = 0.34; ///< share of iterations/epochs of the components fitted for the weight search
    data::EventWeights eventWeights;
    std::map<std::string, ParamValues> componentParams; ///< component id -> its parameters (component_params)

    std::size_t columns() const { return components.size() + sessionViews.size(); }
    /// "itemknn" or "itemknn@session".
    std::string columnName(std::size_t column) const;
    /// Index into `components` of the column's model.
    std::size_t componentOf(std::size_t column) const;
    bool sessionColumn(std::size_t column) const { return column >= components.size(); }
};

/// Reads and checks the hybrid parameters; errors name "<prefix>.<parameter>".
HybridConfig readConfig(const Params& params, const std::string& prefix);
/// The hybrid's declared parameters (static data, shared by both catalogue entries).
const ParamSpecs& hybridParameterSpecs();
/// A fresh component with the config's event weights and component_params applied.
std::unique_ptr<Recommender> makeComponent(const HybridConfig& config, const std::string& id,
                                           const std::string& prefix);
/// The query restricted to its current session (empty when there is none).
Query sessionPart(const Query& query);

/// Normalised tops of one column (model scored on each query, or on its session part) for many queries;
/// `items` = the training set's item count.
std::vector<ColumnTop> columnTops(const Recommender& model, bool sessionOnly, std::span<const Query> queries,
                                  std::size_t items, const HybridConfig& config, int threads,
                                  const util::Progress& progress);

struct LearnedWeights {
    std::vector<double> staticWeights;
    std::array<std::vector<double>, analytics::kFunnelStageCount> stageWeights;
    std::array<std::uint64_t, analytics::kFunnelStageCount> stageLists{};
    std::array<bool, analytics::kFunnelStageCount> stageLearned{};
    double staticNdcg = 0.0;
    std::array<double, analytics::kFunnelStageCount> stageNdcg{};
};
/// The search of the file comment over `pools` (columns not `active` stay at weight 0).
LearnedWeights learnWeights(const PoolSet& pools, const std::vector<std::uint8_t>& active, const HybridConfig& config,
                            int threads);

/// Which learned weights score a query: its funnel stage's vector ("hybrid") or the static one ("hybrid-static").
enum class HybridWeighting : std::uint8_t { PerStage, Static };

class HybridRecommender final : public Recommender {
public:
    explicit HybridRecommender(HybridWeighting weighting)
        : Recommender(weighting == HybridWeighting::PerStage ? "hybrid" : "hybrid-static", hybridParameterSpecs()),
          perStage_(weighting == HybridWeighting::PerStage) {}
    ScoreKind scoreKind() const override { return ScoreKind::Sparse; }
    void score(const Query& query, std::span<float> scores) const override;
    void scoreBlock(std::span<const Query> queries, std::span<float> scores) const override;
    void scoreSparse(const Query& query, SparseRow& out) const override;
    void scoreSparseBlock(std::span<const Query> queries, std::span<SparseRow> rows) const override;
    /// HybridStage, then per contributing column a HybridComponent (value = weight, share of the blend),
    /// then that component's own reasons with their shares scaled by the column's share.
    std::vector<Reason> explain(const Query& query, data::ItemIndex item) const override;
    std::uint64_t memoryBytes() const override;
    std::vector<std::string> componentFitKeys() const override;

    const HybridConfig& config() const { return config_; }
    const LearnedWeights& learned() const { return learned_; }
    /// The weight vector used for `stage`.
    const std::vector<double>& weightsFor(analytics::FunnelStage stage) const;
    const Recommender& component(std::size_t i) const { return *components_[i]; }

protected:
    void fitModel(const TrainingSet& train, const FitContext& ctx) override;
    void saveState(util::ByteWriter& out) const override;
    void loadState(util::ByteReader& in, const TrainingSet& train) override;

private:
    bool perStage_ = true;
    HybridConfig config_;
    std::vector<std::shared_ptr<const Recommender>> components_; ///< may be shared with the run's other models
    LearnedWeights learned_;

    const Recommender& columnModel(std::size_t column) const { return *components_[config_.componentOf(column)]; }
};

} // namespace vitrina::models::hybrid

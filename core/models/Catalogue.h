#pragma once
// The model catalogue: one entry per model, the single source of every fact about it that others need
// without training it: its id, family, display name and one-line description (message codes, translated by
// the GUI), its parameters (static ParamSpec data), its capabilities and its factory. The Models page, the
// result tables, the Visitors and A/B pages, `vitrina-cli models`, the translations and the model contract
// test (tests/unit/tst_model_contract.cpp) all read it. Adding a model: README.md, "Adding a model".
//
// Re-rankers (`<model>+mmr`, `<model>+cat`, chains such as `itemknn+cat+mmr`) have entries of their own
// (rerankerCatalogue()); a composed id takes the inner model's family and capabilities (its reasons keep the
// inner model's rule and gain a Reranked reason with share 0), the inner model's parameters followed by each
// re-ranker's, and the display name "ItemKNN + MMR". They are not listed with the models on the Models page.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "models/Params.h"
#include "models/Recommender.h"
#include "util/Message.h"

namespace vitrina::models {

enum class Family : std::uint8_t { Baseline, Neighbourhood, Factorisation, Session, Neural, Hybrid };
/// "baseline", "neighbourhood", "factorisation", "session", "neural", "hybrid".
std::string_view familyName(Family family);

/// How a model's reasons (Recommender::explain) relate to its score; the contract test checks each rule.
enum class ExplainRule : std::uint8_t {
    /// No reasons: explain() is always empty.
    None,
    /// Reasons are additive parts of the score: their contributions sum to the score (up to float rounding);
    /// share = contribution / score when the score is positive (the shares sum to 1), else contribution /
    /// the sum of |contributions| (the |shares| sum to 1).
    Additive,
    /// A blend of other models (the hybrid): first HybridStage (share 1), then per contributing column a
    /// HybridComponent whose contributions sum to the score and whose shares sum to 1, each followed by that
    /// component's own reasons with their shares multiplied by the component's share.
    Blend,
    /// Shares over the input items (the neural models): GRU4Rec's contribution of an item is the score's drop
    /// when every occurrence of it is removed from the input (occlusion), SASRec's is the last position's
    /// attention on it; share = contribution / the sum of |contributions| (the |shares| sum to 1). The
    /// contributions need not sum to the score.
    InputShares,
};
/// "none", "additive", "blend", "input-shares".
std::string_view explainRuleName(ExplainRule rule);

struct Capabilities {
    ExplainRule explains = ExplainRule::Additive;
    /// Folds in any history without refitting: a what-if session, a visitor unseen at training, a query that
    /// carries no visitor id (the Visitors page's what-if).
    bool foldIn = true;
    /// Scores a session on its own (no visitor, no long-term history), as the session presets
    /// (gru4rec-official, sessionrec-window) ask.
    bool sessionProtocols = true;
    /// save() and load() restore identical lists, so a trained model is stored in the project.
    bool saves = true;
    /// Needs memory that grows with the square of a parameter (dense item x item matrices): the GUI states the
    /// estimate (ModelEntry::denseMemory) before training.
    bool denseMemory = false;
};

/// A model's short display name: a published proper name shown as is in every language ("ALS", "EASE"), or
/// a descriptive name translated through its message code ("Popular").
class ModelName {
public:
    // Implicit on purpose: a catalogue line reads {"als", Family::Factorisation, "ALS", ...}.
    ModelName(const char* properName) : proper_(properName) {}
    ModelName(util::MessageCode code) : code_(code), hasCode_(true) {}
    bool isProper() const { return !hasCode_; }
    std::string_view properName() const { return proper_; }
    util::MessageCode code() const { return code_; }
    /// The English name (the proper name, or the code's text).
    std::string english() const;

private:
    std::string_view proper_;
    util::MessageCode code_{};
    bool hasCode_ = false;
};

/// Facts of an open dataset that a memory estimate depends on.
struct DatasetSize {
    std::uint64_t items = 0;  ///< 0 when no dataset is open
    std::uint64_t events = 0;
};
/// Peak training memory of a dense model: `side` x `side` cells of `bytesPerCell` bytes, plus the interactions
/// (models/MemoryBudget.h refuses a fit that needs more than the machine can spare).
struct DenseMemory {
    std::uint64_t bytes = 0;
    std::uint64_t side = 0;
    int bytesPerCell = 4;
    std::string_view sizeParameter;  ///< the parameter that sets `side` ("items"): the one to lower
    std::string_view cheaperSetting; ///< a setting that shrinks the cells, when one applies ("precision=float")
};

struct ModelEntry {
    std::string id;                ///< stable id: CLI, project file, translations
    Family family{};
    ModelName name;
    util::MessageCode description{}; ///< one line ("implicit feedback"); the Models page shows "ALS (implicit feedback)"
    ParamSpecs parameters;           ///< the model's static specs (its class's specs())
    Capabilities capabilities;
    std::unique_ptr<Recommender> (*make)() = nullptr;
    /// Set when capabilities.denseMemory: the estimate for validated parameters on a dataset of this size.
    DenseMemory (*denseMemory)(const Params& params, DatasetSize size) = nullptr;
};

struct RerankerEntry {
    std::string suffix; ///< "mmr" in "als+mmr"
    ModelName name;
    util::MessageCode description{};
    ParamSpecs parameters; ///< the re-ranker's own (prefixed: mmr_lambda, ...)
    std::unique_ptr<Recommender> (*wrap)(std::unique_ptr<Recommender> inner) = nullptr;
};

/// Every model, in the conventional order of ids (random popular recent itemknn als bpr ease cooc sknn vsknn
/// gru4rec sasrec hybrid hybrid-static).
const std::vector<ModelEntry>& modelCatalogue();
const std::vector<RerankerEntry>& rerankerCatalogue();
/// The entry of a plain id ("als"), or nullptr (also for composed ids).
const ModelEntry* findModel(std::string_view id);
/// The entry a model id rests on, re-rankers left aside ("itemknn+mmr" -> itemknn), or nullptr: its family and
/// capabilities are the composed model's.
const ModelEntry* baseModel(std::string_view id);
const RerankerEntry* findReranker(std::string_view suffix);

/// A model id split into its catalogue entries: "itemknn+cat+mmr" -> itemknn, then cat, then mmr. An unknown
/// model or re-ranker, or a re-ranker used twice, is a util::Error naming the parameter "models".
struct ModelIdParts {
    const ModelEntry* model = nullptr;
    std::vector<const RerankerEntry*> rerankers;
};
ModelIdParts parseModelId(const std::string& id);

/// The parameters of any id (a composed one: the inner model's, then each re-ranker's). util::Error naming
/// "models" for an unknown id.
ParamSpecs parameterSpecsOf(const std::string& id);
/// Validates parameters for a model id without building the model; errors name the parameter ("als.factors").
Params validateParameters(const std::string& id, const ParamValues& given);
/// A fresh, untrained model with default parameters. Unknown id -> util::Error naming the parameter "models".
std::unique_ptr<Recommender> createModel(const std::string& id);

} // namespace vitrina::models

#pragma once
// The one interface every model implements (baselines, neighbourhood, matrix factorisation, session-based,
// neural, hybrid). A model fits on a TrainingSet, then scores every item densely for a Query; the shared
// machinery here applies exclusions, selects the top K (ties by ascending item index) and fills with the
// popularity fallback where the model has no signal.
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "models/Explanation.h"
#include "models/Params.h"
#include "models/Query.h"
#include "models/SparseScores.h"
#include "models/TrainingSet.h"
#include "util/Binary.h"
#include "util/Progress.h"

namespace vitrina::models {

class SharedFits;

/// One finished epoch of an iteratively trained model (the neural models report one per epoch).
struct EpochReport {
    int epoch = 0;               ///< 1-based
    int epochs = 0;
    double loss = 0.0;           ///< mean training loss per example of the epoch
    double seconds = 0.0;        ///< wall time of the epoch
    std::uint64_t examples = 0;  ///< training examples (next-item predictions) of the epoch
};

struct FitContext {
    FitContext(std::uint64_t seedValue = 42, int threadCount = 1, util::Progress progressSink = {})
        : seed(seedValue), threads(threadCount), progress(std::move(progressSink)) {}

    std::uint64_t seed = 42;
    int threads = 1;
    util::Progress progress;
    /// Called on the training thread after each epoch (a live loss chart, a validation curve); may be empty.
    /// The model can already score from inside the call (its state is that epoch's).
    std::function<void(const EpochReport&)> onEpoch;
    /// Models already fitted in this run (SharedFits.h); a model built of others (the hybrid) takes its
    /// components from here instead of fitting them again. May be null.
    SharedFits* shared = nullptr;
};

/// How to read a model's scores.
enum class ScoreKind : std::uint8_t {
    /// Every candidate's score is meaningful (MF, EASE): rank all candidates.
    Dense,
    /// Only scores > 0 carry signal (neighbourhood, co-occurrence, session-KNN, Recent): the rest of the list
    /// comes from the popularity fallback.
    Sparse,
};

class Recommender {
public:
    virtual ~Recommender() = default;

    /// Stable model id ("als"), as in the CLI, the catalogue (models/Catalogue.h) and the project file.
    const std::string& id() const { return id_; }
    /// The declared parameters: the model's static list (its catalogue entry's), for a re-ranker the inner
    /// model's followed by its own.
    const ParamSpecs& parameterSpecs() const { return specs_; }
    /// Validates and applies hyperparameters (util::Error naming the parameter on nonsense).
    void setParameters(const ParamValues& given);
    /// The same from a JSON object (tests, the hybrid's component_params).
    void setParameters(const nlohmann::json& given);
    const Params& parameters() const { return params_; }

    /// Trains on `train` (kept alive by the model). Throws util::Cancelled when ctx.progress is cancelled,
    /// util::Error on bad data or parameters.
    void fit(std::shared_ptr<const TrainingSet> train, const FitContext& ctx);
    bool fitted() const { return fitted_; }

    virtual ScoreKind scoreKind() const = 0;
    /// Writes a score for every item into `scores` (size = item count). Items that are not candidates (no
    /// training interaction) must get -infinity. Thread-safe (const; scratch space is per call).
    virtual void score(const Query& query, std::span<float> scores) const = 0;
    /// Scores several queries at once into `scores` (row q = query q, each row item count long). Models whose
    /// scoring is a matrix product (MF) override this to read their item factors once per block; the default
    /// calls score() per query. Must give exactly the same numbers as score().
    virtual void scoreBlock(std::span<const Query> queries, std::span<float> scores) const;
    /// Whether scoreBlock() writes every entry itself, so that a caller need not clear the buffer first (factor
    /// models: a matrix product; clearing 1 MB per list at full size is not free).
    virtual bool scoresEveryItem() const { return false; }

    /// Sparse models: the candidates with a positive score for `query`, exactly as score() gives them
    /// (SparseScores.h). The default scores densely and collects; Sparse models override it with work in
    /// proportion to the history. recommend() and recommendBatch() of a Sparse model go this way.
    virtual void scoreSparse(const Query& query, SparseRow& out) const;
    /// The same for many queries (`rows` as long as `queries`); the default calls scoreSparse() per query.
    virtual void scoreSparseBlock(std::span<const Query> queries, std::span<SparseRow> rows) const;

    /// A ranking that does not depend on the query (Popular without its category part): every candidate in list
    /// order (score descending, ties by ascending item) and the score of every item. recommend() and
    /// recommendBatch() then walk it, skipping exclusions, instead of scoring the catalogue for every list.
    struct FixedRanking {
        std::vector<data::ItemIndex> order;
        std::vector<float> scores; ///< by item (what score() writes)
    };
    /// The fixed ranking that serves `query`, or null when the query's scores are its own (the default).
    virtual const FixedRanking* fixedRanking(const Query&) const { return nullptr; }

    /// Top-K list for one query with exclusions and the fallback.
    RecommendationList recommend(const Query& query, const RecommendOptions& options) const;
    /// Top-K from scores already computed for `query` (used by batch paths and the evaluator). `scores` is
    /// modified (exclusions applied).
    RecommendationList selectTop(const Query& query, std::span<float> scores, const RecommendOptions& options) const;
    /// The same list from a Sparse model's positive scores (every other candidate scores 0).
    RecommendationList selectTopSparse(const Query& query, const SparseRow& row, const RecommendOptions& options) const;
    /// The same list from a fixed ranking (every candidate ranked: the fallback has nothing to add).
    RecommendationList selectTopFixed(const Query& query, const FixedRanking& ranking, const RecommendOptions& options) const;
    /// Same lists as calling recommend() for each query (bit-identical), computed on `threads` threads.
    std::vector<RecommendationList> recommendBatch(std::span<const Query> queries, const RecommendOptions& options,
                                                   int threads) const;

    /// Why `item` was recommended for `query`: typed reasons with shares (empty when the model cannot tell).
    virtual std::vector<Reason> explain(const Query& query, data::ItemIndex item) const;

    /// Model state (parameters, learned arrays, fallback) for the project file.
    std::vector<std::byte> save() const;
    /// Restores a model saved for the same dataset and training split; `train` supplies the shared structures
    /// (nothing is re-fitted). A blob of another model or a corrupt blob is a util::Error.
    void load(std::span<const std::byte> bytes, std::shared_ptr<const TrainingSet> train);

    /// Bytes of learned state held in memory (for the results table).
    virtual std::uint64_t memoryBytes() const = 0;

    /// The SharedFits keys of the models this one will ask for when fitted on the whole training set (the
    /// hybrid's components), so that an evaluator keeps them until then. Parameters must be set.
    virtual std::vector<std::string> componentFitKeys() const { return {}; }

protected:
    /// `id` and `specs` are the model's catalogue facts (its static parameter list).
    Recommender(std::string id, ParamSpecs specs) : id_(std::move(id)), specs_(std::move(specs)) {}

    virtual void fitModel(const TrainingSet& train, const FitContext& ctx) = 0;
    virtual void saveState(util::ByteWriter& out) const = 0;
    virtual void loadState(util::ByteReader& in, const TrainingSet& train) = 0;

    const TrainingSet& training() const { return *train_; }

private:
    std::string id_;
    ParamSpecs specs_;
    Params params_;
    bool paramsSet_ = false;
    bool fitted_ = false;
    std::shared_ptr<const TrainingSet> train_;

    void ensureParams();
    void checkReady(const RecommendOptions& options) const;
    /// Fills `items` up to k from the training popularity order, skipping excluded and already chosen items.
    void appendFallback(std::vector<data::ItemIndex>& items, std::size_t k,
                        const std::function<bool(data::ItemIndex)>& excluded) const;
};

/// Selects the top k of `scores` (descending, ties by ascending index), skipping -inf and, when `sparse`,
/// every score <= 0. Exposed for models and tests.
std::vector<data::ItemIndex> topK(std::span<const float> scores, std::size_t k, bool sparse);

} // namespace vitrina::models

#pragma once
// What ALS and BPR-MF share: learned item factor rows (and optional item biases), and scoring of a query as
//   score(j) = y_j . x_query (+ b_j),
// where x_query is the visitor vector each model derives from the query's history by its own fold-in rule.
// Scoring never looks a visitor up by id: a history seen at training and the same history typed into a
// what-if session get the same list. A history without any item that has training interactions has no
// signal: the scores are then the popularity fallback's order (popularityScores), so the list is the one
// every model falls back to.
#include <optional>
#include <vector>

#include "models/Recommender.h"
#include "models/factorisation/AlsSolver.h"

namespace vitrina::models {

class FactorRecommender : public Recommender {
public:
    ScoreKind scoreKind() const override { return ScoreKind::Dense; }
    /// Same numbers as scoreBlock() with a block of one.
    void score(const Query& query, std::span<float> scores) const override;
    /// Folds in every query, then one pass over the item factors for the whole block.
    void scoreBlock(std::span<const Query> queries, std::span<float> scores) const override;
    bool scoresEveryItem() const override { return true; }
    std::uint64_t memoryBytes() const override;

    /// The visitor vector `query` is scored with (kernels::paddedWidth(factors()) floats), or std::nullopt when
    /// the history has no signal (scores are then popularityScores()).
    virtual std::optional<std::vector<float>> visitorVector(const Query& query) const = 0;

    /// Item factor rows (item index = row; padded width). Items without training interactions are never scored.
    const FactorMatrix& itemFactors() const { return items_; }
    /// Item biases (empty when the model has none).
    const std::vector<float>& itemBiases() const { return itemBias_; }
    std::size_t factors() const { return factors_; }
    /// The training set of the fit (bulk scoring paths, FactorTopK.h); the model must be fitted.
    const TrainingSet& trainingSet() const { return training(); }

protected:
    using Recommender::Recommender;

    FactorMatrix items_;
    std::vector<float> itemBias_;
    std::size_t factors_ = 0;

    void saveFactors(util::ByteWriter& out) const;
    /// Reads what saveFactors wrote and checks it against the training set and the `factors` parameter.
    void loadFactors(util::ByteReader& in, const TrainingSet& train);
};

/// -(position in the training popularity order) for every candidate, -infinity elsewhere: ranking by these
/// scores gives exactly the popularity fallback (the scores of a query without signal).
void popularityScores(const TrainingSet& train, std::span<float> scores);

/// The history items of `query` that have training interactions, with their event weights combined as in the
/// training matrix (events of weight 0 left out, repeats by sum / max / binary), items ascending.
WeightedRows candidateHistory(const Query& query, const TrainingSet& train, const data::EventWeights& weights,
                              data::Combine combine);

/// The rows of `m` that have at least one positive value, keeping only positive values: `rowIds` receives the
/// original row of each kept row (ascending). Columns are unchanged.
data::CsrMatrix positiveRows(const data::CsrMatrix& m, std::vector<std::uint32_t>& rowIds);

/// util::Error naming `<model>.weight_view` unless at least one event weight is positive.
void requirePositiveWeight(const data::EventWeights& weights, const std::string& model);

/// The event type of `item` in `query` that weighs most (later events win ties), for BecauseViewed reasons.
std::uint8_t strongestEventType(const Query& query, data::ItemIndex item, const data::EventWeights& weights);

} // namespace vitrina::models

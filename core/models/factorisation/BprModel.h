#pragma once
// "bpr": BPR-MF (Rendle et al. 2009; core/models/README.md, bpr) trained by deterministic parallel SGD
// (BprTrainer.h). Positives: every (visitor, item) pair with a training event of any type (event types are
// not weighted). Negatives: uniform over items with training interactions (the paper's choice, default) or
// proportional to their interactions (implicit's choice). Optional item bias: score = w . h_j + b_j.
//
// Fold-in rule (how a query is scored): the distinct history items that have training interactions are the
// visitor's positives; starting from w = 0, `foldin_epochs` x (number of those items) SGD steps update w alone
// (item factors and biases fixed), each a uniform positive of the history and a negative drawn as in training
// from the whole catalogue (redrawn while it is in the history), with the learning rate and lambda_W of
// training. The random stream is seeded by the model's training seed and a hash of the history's item set, so
// a history always gets the same vector (a training visitor's own history included: its trained vector is not
// used, and a what-if history is scored exactly like an evaluation query). Event types and order do not matter.
//
// Explanations: w starts at 0 and every fold-in step adds eta * z * (h_i - h_j) for its positive i and shrinks
// all of w by (1 - eta * lambda_W), so w is exactly the sum over history items i of the steps drawn with i as
// the positive (each shrunk by the later steps). score(j) = h_j . w + b_j splits into one term per history item
// (h_j . w_i) and the item bias b_j (a popularity prior: PopularOverall).
#include "models/factorisation/BprTrainer.h"
#include "models/factorisation/FactorModel.h"

namespace vitrina::models {

class BprRecommender final : public FactorRecommender {
public:
    BprRecommender() : FactorRecommender("bpr", specs()) {}
    /// The declared parameters (static data, shared with the catalogue entry).
    static const ParamSpecs& specs();
    std::optional<std::vector<float>> visitorVector(const Query& query) const override;
    /// BecauseViewed per history item (contribution h_item . w_i, value = the number of fold-in steps it was
    /// the positive of) and PopularOverall for the item bias; share = contribution / the sum of contributions
    /// (the score up to float rounding) when positive, else contribution / sum |contributions|.
    std::vector<Reason> explain(const Query& query, data::ItemIndex item) const override;

    /// Sampling counts of the last fit (not saved): draws over all epochs, and draws skipped for want of a
    /// negative.
    std::uint64_t trainingSamples() const { return samples_; }
    std::uint64_t skippedSamples() const { return skipped_; }

protected:
    void fitModel(const TrainingSet& train, const FitContext& ctx) override;
    void saveState(util::ByteWriter& out) const override;
    void loadState(util::ByteReader& in, const TrainingSet& train) override;

private:
    std::uint64_t seed_ = 0;
    std::uint64_t samples_ = 0, skipped_ = 0;
    std::vector<data::ItemIndex> negatives_;     // items with training interactions, ascending
    std::vector<std::uint64_t> cumulativePairs_; // popularity negatives: running sum of interactions over negatives_

    BprOptions options() const;
    /// Per-history-item parts of the fold-in (see the file comment): `rows` = the history items, parts[h] the
    /// (double) sum of the steps whose positive was rows[h], steps[h] how many.
    struct FoldInParts {
        std::vector<std::uint32_t> rows;
        std::vector<std::vector<double>> parts;
        std::vector<std::uint64_t> steps;
    };
    /// The fold-in; `parts` (optional) receives the decomposition. std::nullopt without signal.
    std::optional<std::vector<float>> foldIn(const Query& query, FoldInParts* parts) const;
    void prepareNegatives(const TrainingSet& train);
};

} // namespace vitrina::models

#pragma once
// "als": matrix factorisation for implicit feedback (Hu, Koren, Volinsky 2008; core/models/README.md, als).
// Training: r_ui = the visitor's events on the item weighted by type (view / addtocart / transaction, default
// 1 / 3 / 5) with repeats combined by sum, max or binary; confidence c = 1 + alpha * r (the paper's form);
// alternating half-sweeps (visitors, then items), each solved by `cg_steps` conjugate-gradient steps warm-started
// from the previous iteration, with G = F^T F + lambda I computed once per half-sweep. Initial factors
// U[0, 1) * 0.01 from per-row random streams of the seed (rows without interactions start and stay at 0).
// Deterministic for a seed: every row's solve is independent of the thread count.
//
// Scoring: every query is folded in exactly (Cholesky in double) from its weighted history with the item
// factors fixed, whether or not the visitor was seen at training; score(j) = y_j . x. Trained visitor vectors
// are not kept (keepVisitorFactors() keeps them for diagnostics; they are never saved).
//
// Explanations: with x = A^-1 sum_i c_i y_i, score(j) = sum_i c_i (y_j^T A^-1 y_i): each history item's term is
// its contribution (decompose()); the terms sum to the score.
#include <optional>

#include "models/factorisation/FactorModel.h"

namespace vitrina::models {

class AlsRecommender final : public FactorRecommender {
public:
    AlsRecommender() : FactorRecommender("als", specs()) {}
    /// The declared parameters (static data, shared with the catalogue entry).
    static const ParamSpecs& specs();
    std::optional<std::vector<float>> visitorVector(const Query& query) const override;
    /// One BecauseViewed reason per history item with training interactions: contribution c_i y_j^T A^-1 y_i,
    /// value = c_i, share = contribution / score when the score is positive, else contribution / sum |terms|.
    /// Largest contribution first.
    std::vector<Reason> explain(const Query& query, data::ItemIndex item) const override;

    struct Contribution {
        data::ItemIndex item = 0;  ///< history item i
        float weight = 0.0f;       ///< its combined event weight r_i
        double confidence = 0.0;   ///< c_i = 1 + alpha * r_i
        double value = 0.0;        ///< c_i * y_j^T A^-1 y_i
    };
    struct Decomposition {
        bool signal = false;       ///< false: the history has no item with training interactions
        double score = 0.0;        ///< y_j . x in double (the float score rounds it)
        std::vector<Contribution> parts; ///< history order (item ascending); values sum to `score`
    };
    /// The fold-in score of `item` for `query` split into its history items' contributions.
    Decomposition decompose(const Query& query, data::ItemIndex item) const;

    /// Keep the trained visitor vectors after fit (diagnostics and tests; off by default, never saved).
    void keepVisitorFactors(bool keep) { keepVisitors_ = keep; }
    /// The trained vector of `visitor` (padded width) when kept and the visitor had training interactions.
    std::optional<std::vector<float>> trainedVisitorVector(data::VisitorIndex visitor) const;
    /// Y^T Y + lambda I of the final item factors (the fold-in's G).
    const GramMatrix& itemGram() const { return gram_; }

protected:
    void fitModel(const TrainingSet& train, const FitContext& ctx) override;
    void saveState(util::ByteWriter& out) const override;
    void loadState(util::ByteReader& in, const TrainingSet& train) override;

private:
    GramMatrix gram_;
    bool keepVisitors_ = false;
    FactorMatrix visitorFactors_;
    std::vector<std::uint32_t> visitorRows_; // visitors with a kept row, ascending (row = position)

    WeightedRows history(const Query& query) const;
};

} // namespace vitrina::models

#pragma once
// "ease": EASE (Steck 2019; core/models/README.md, ease) on the N most popular training items (N = `items`,
// default 10,000; popularity = training events, the fallback order). X = visitor x item matrix of those items
// with event weights (view / addtocart / transaction, default 1 / 3 / 5) and repeats combined by `combine`;
// G = X^T X + lambda I, P = G^-1 (SpdInverse.h, in float or double), B_ij = -P_ij / P_jj, B_jj = 0. A query's
// weighted history x scores item j as sum_i x_i B_ij.
//
// Items outside the top N are not candidates of this model: their score is always -infinity (so a list
// holds top-N items only). A history with no top-N item has no signal: its scores are the popularity
// fallback's order over every candidate (popularityScores in FactorModel.h). B (N x N floats) is stored with
// the model.
#include <cstdint>

#include "models/Catalogue.h"
#include "models/Recommender.h"

namespace vitrina::models {

class EaseRecommender final : public Recommender {
public:
    EaseRecommender() : Recommender("ease", specs()) {}
    /// The declared parameters (static data, shared with the catalogue entry).
    static const ParamSpecs& specs();
    ScoreKind scoreKind() const override { return ScoreKind::Dense; }
    void score(const Query& query, std::span<float> scores) const override;
    /// One BecauseViewed reason per top-N history item i with B_i,item != 0: contribution x_i B_i,item (exact:
    /// the contributions sum to the score), value = B_i,item; share = contribution / score when the score is
    /// positive, else contribution / sum |contributions|. Largest contribution first.
    std::vector<Reason> explain(const Query& query, data::ItemIndex item) const override;
    std::uint64_t memoryBytes() const override;

    /// Peak memory of training on `items` items (the dense Gram / inverse and the stored B, plus the sparse
    /// matrix for `nonZeros` interactions), for the GUI to state before training. `doublePrecision` as the
    /// `precision` parameter.
    static std::uint64_t estimatedMemoryBytes(std::size_t items, bool doublePrecision = false,
                                              std::uint64_t nonZeros = 0);
    /// The catalogue's estimate: N = min(`items`, the dataset's items when known) modelled items, N^2 cells of
    /// 4 bytes (float) or 12 (double: the double Gram / inverse and the float B), plus the interactions.
    static DenseMemory denseMemory(const Params& params, DatasetSize size);

    /// The modelled items (column order of B), most popular first.
    const std::vector<data::ItemIndex>& modelledItems() const { return items_; }
    /// B_ij for modelled positions i (from) and j (to).
    float weight(std::size_t from, std::size_t to) const { return b_[from * items_.size() + to]; }

protected:
    void fitModel(const TrainingSet& train, const FitContext& ctx) override;
    void saveState(util::ByteWriter& out) const override;
    void loadState(util::ByteReader& in, const TrainingSet& train) override;

private:
    std::vector<data::ItemIndex> items_;   // position -> item
    std::vector<std::int32_t> position_;   // item -> position, -1 outside the top N
    std::vector<float> b_;                 // row `from` = B[from][*], contiguous

    struct History {
        std::vector<std::uint32_t> positions;
        std::vector<float> weights;
    };
    History history(const Query& query) const;
    void indexPositions(std::size_t itemCount);
};

} // namespace vitrina::models

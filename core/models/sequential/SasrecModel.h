#pragma once
// "sasrec": SASRec (Kang & McAuley, ICDM 2018) on the neural module; network in SasrecNetwork.h, training in
// SasrecTrainer.h. Parameter names follow pmixer/SASRec.pytorch (hidden_units, num_blocks, num_heads,
// maxlen, dropout_rate, lr, batch_size, num_epochs) plus the loss options of gSASRec.
//
// Training sequences are each visitor's training history (input = history, default) or each training
// session (input = session); scoring reads the same unit of the query (its last maxlen items the network
// has rows for) and scores every candidate as F . M_i at the last position. A query with nothing to read
// gets no model scores (the popularity fallback answers). Evaluation is always against the full catalogue,
// never against sampled negatives (most published SASRec figures are sampled and not comparable).
//
// Explanations: the last block's attention weights (mean over heads) of the last position over the items
// read, summed per distinct item: each item's share of the attention (BecauseViewed).
#include <vector>

#include "models/Recommender.h"
#include "models/sequential/SasrecNetwork.h"
#include "models/sequential/SasrecTrainer.h"
#include "models/sequential/SequenceData.h"

namespace vitrina::models::sequential {

class SasrecRecommender final : public Recommender {
public:
    SasrecRecommender() : Recommender("sasrec", specs()) {}
    /// The declared parameters (static data, shared with the catalogue entry).
    static const ParamSpecs& specs();
    ScoreKind scoreKind() const override { return ScoreKind::Dense; }
    void score(const Query& query, std::span<float> scores) const override;
    void scoreBlock(std::span<const Query> queries, std::span<float> scores) const override;
    std::vector<Reason> explain(const Query& query, data::ItemIndex item) const override;
    std::uint64_t memoryBytes() const override { return network_.memoryBytes(); }

protected:
    void fitModel(const TrainingSet& train, const FitContext& ctx) override;
    void saveState(util::ByteWriter& out) const override;
    void loadState(util::ByteReader& in, const TrainingSet& train) override;

private:
    SasrecShape readShape() const;
    SasrecTraining readTraining() const;
    std::vector<std::uint32_t> inputRows(const Query& query) const;
    /// Runs the network (no dropout) on up to 16 queries; fills the last position's output per query (row q)
    /// and returns which queries had anything to read.
    std::vector<bool> lastOutputs(std::span<const Query> queries, nn::Matrix<float>& hidden, SasrecNetwork& network) const;

    SasrecNetwork network_;
    ItemRows rows_;
    SequenceUnit input_ = SequenceUnit::History;
    std::int64_t gapMs_ = 0;
};

} // namespace vitrina::models::sequential

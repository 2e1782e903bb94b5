#pragma once
// "gru4rec": GRU4Rec (Hidasi et al., ICLR 2016; Hidasi & Karatzoglou, CIKM 2018) with the official
// algorithm and the official RetailRocket defaults (hidasib/GRU4Rec_PyTorch_Official,
// paramfiles/retailrocket_bprmax_shared_best.py); every parameter has its published name. See
// core/models/neural/README.md for the design and core/models/sequential/Gru4recTrainer.h for training.
//
// Scoring: the network reads the query's current session (input = session; an empty current session is
// replaced by the history's last session) or the whole history (input = history), skipping items it has no
// row for, from a zero state; every candidate item gets h . W_i + b_i. A Dense model. The state of the last
// query scored alone is kept, so a query that only appends events (the Visitors page's "what if") steps the
// network from there instead of from the start.
//
// Explanations by occlusion: each distinct item the network read is removed from the input (every
// occurrence) and the recommended item scored again; the score drop is the item's contribution
// (BecauseViewed), and the shares are contributions over the sum of their absolute values.
#include <memory>
#include <mutex>
#include <vector>

#include "models/Recommender.h"
#include "models/sequential/Gru4recNetwork.h"
#include "models/sequential/SequenceData.h"

namespace vitrina::models::sequential {

class Gru4recRecommender final : public Recommender {
public:
    Gru4recRecommender();
    ~Gru4recRecommender() override;

    /// The declared parameters (static data, shared with the catalogue entry).
    static const ParamSpecs& specs();
    ScoreKind scoreKind() const override { return ScoreKind::Dense; }
    void score(const Query& query, std::span<float> scores) const override;
    void scoreBlock(std::span<const Query> queries, std::span<float> scores) const override;
    std::vector<Reason> explain(const Query& query, data::ItemIndex item) const override;
    std::uint64_t memoryBytes() const override { return network_.memoryBytes(); }

    const Gru4recNetwork& network() const { return network_; }
    const ItemRows& itemRows() const { return rows_; }

protected:
    void fitModel(const TrainingSet& train, const FitContext& ctx) override;
    void saveState(util::ByteWriter& out) const override;
    void loadState(util::ByteReader& in, const TrainingSet& train) override;

private:
    struct State {
        std::vector<std::uint32_t> rows;
        std::vector<nn::Matrix<float>> hidden;
    };

    Gru4recSettings readSettings() const;
    std::vector<std::uint32_t> inputRows(const Query& query) const;
    /// The state after reading `rows`, continuing from `from` when its rows are a prefix of them.
    State stateFor(const std::vector<std::uint32_t>& rows, const State* from) const;
    void scatter(const std::vector<float>& rowScores, std::size_t q, std::span<float> out) const;

    Gru4recNetwork network_;
    ItemRows rows_;
    SequenceUnit input_ = SequenceUnit::Session;
    std::int64_t gapMs_ = 0;
    mutable std::mutex lastMutex_;
    mutable std::unique_ptr<State> last_;
};

} // namespace vitrina::models::sequential

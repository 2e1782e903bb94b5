#pragma once
// "random": every candidate gets a uniform score drawn from a hash of the fit seed, the query and the item,
// so a query always gets the same list (alone or in a batch) and different queries get independent lists.
#include "models/Recommender.h"

namespace vitrina::models {

class RandomRecommender final : public Recommender {
public:
    RandomRecommender() : Recommender("random", specs()) {}
    /// No parameters (static data, shared with the catalogue entry).
    static const ParamSpecs& specs() {
        static const ParamSpecs none;
        return none;
    }
    ScoreKind scoreKind() const override { return ScoreKind::Dense; }
    void score(const Query& query, std::span<float> scores) const override;
    std::uint64_t memoryBytes() const override { return sizeof(seed_); }

protected:
    void fitModel(const TrainingSet& train, const FitContext& ctx) override;
    void saveState(util::ByteWriter& out) const override { out.put(seed_); }
    void loadState(util::ByteReader& in, const TrainingSet&) override { seed_ = in.get<std::uint64_t>(); }

private:
    std::uint64_t seed_ = 0;
};

} // namespace vitrina::models

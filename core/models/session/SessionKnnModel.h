#pragma once
// "sknn" and "vsknn": session-based nearest neighbours as session-rec defines them (core/models/README.md;
// rn5l/session-rec algorithms/knn/sknn.py ContextKNN and vsknn.py VMContextKNN).
//
// The current session is the query's events from sessionBegin, every event type counting as a click. Ours:
// when it is empty (the temporal protocol asks at a new session's first event), the last session of the
// history stands in for it (the longest tail of the history whose gaps are at most the training sessions'
// gap). Candidate neighbours: the training sessions sharing an item with the current session, the
// sample_size most recent of them ('recent') or a seeded random sample ('random'; 0 = all). The visitor's own
// training session that is the current session itself (same visitor, ending at or after the current
// session's first click) is never its own neighbour.
//
// Ties, where session-rec leaves the order to Python's set iteration, are broken deterministically: sampling
// and the top-k take the more recent session first (later last event; then the higher session number).
//
// SKNN: similarity jaccard (default) / cosine |S n N| / (sqrt|S| sqrt|N|) (the intended form) / vec |S n N|/|S|;
// score(i) = sum of the similarities of the k neighbours holding i; remind = session-rec's reminder boost of
// the last three clicks (score = (score + 5) * 5 + position / 100).
// V-SKNN: position weights of the current session's clicks (weighting), similarity vec (default) / cosine /
// jaccard (unweighted), and each neighbour's contribution decayed by the distance of the most recent click it
// shares (weighting_score); remind = false drops the current session's items (session-rec's meaning for
// V-SKNN); last_n_clicks limits the clicks used for similarity and decay (0 = all).
// normalize divides the scores by their maximum. A Sparse model.
#include <cstdint>
#include <vector>

#include "models/Recommender.h"
#include "models/session/SessionCatalog.h"
#include "models/session/SessionWeights.h"

namespace vitrina::models {

enum class SessionKnnVariant : std::uint8_t { Sknn, Vsknn };

class SessionKnnRecommender final : public Recommender {
public:
    explicit SessionKnnRecommender(SessionKnnVariant variant)
        : Recommender(variant == SessionKnnVariant::Sknn ? "sknn" : "vsknn", specs(variant)), variant_(variant) {}

    /// The declared parameters of each variant (static data, shared with the catalogue entries).
    static const ParamSpecs& specs(SessionKnnVariant variant);
    ScoreKind scoreKind() const override { return ScoreKind::Sparse; }
    void score(const Query& query, std::span<float> scores) const override;
    void scoreSparse(const Query& query, SparseRow& out) const override;
    /// SimilarSessions: value = neighbours holding the item, share of the score; for SKNN's reminder boost
    /// also RecentlyViewed with the boost's share.
    std::vector<Reason> explain(const Query& query, data::ItemIndex item) const override;
    std::uint64_t memoryBytes() const override { return catalog_.memoryBytes(); }

    struct Neighbour {
        std::uint32_t session = 0;
        double similarity = 0.0;
        double decay = 1.0; ///< V-SKNN's weighting_score factor (1 for SKNN)
    };
    /// The k nearest training sessions of the query's current session, best first (exposed for tests).
    std::vector<Neighbour> neighbours(const Query& query) const;
    const SessionCatalog& catalog() const { return catalog_; }

protected:
    void fitModel(const TrainingSet& train, const FitContext& ctx) override;
    void saveState(util::ByteWriter& out) const override;
    void loadState(util::ByteReader& in, const TrainingSet& train) override;

private:
    enum class Similarity : std::uint8_t { Jaccard, Cosine, Vec };
    struct Settings {
        std::size_t k = 100;
        std::size_t sampleSize = 1000;
        bool randomSampling = false;
        Similarity similarity = Similarity::Jaccard;
        SessionDecay weighting = SessionDecay::Div;
        SessionDecay weightingScore = SessionDecay::Div;
        std::size_t lastClicks = 0;
        bool remind = false;
        bool normalize = true;
    };
    /// The clicks a query is scored from: the current session (or the stand-in), and where it starts.
    struct Clicks {
        std::span<const data::ItemIndex> all;  ///< every click of the current session
        std::span<const data::ItemIndex> used; ///< the clicks similarity and decay look at (last_n_clicks)
        std::int64_t firstTime = 0;
    };
    /// The distinct items of `used` with their position weight and last position (1-based).
    struct SessionItem {
        data::ItemIndex item;
        double weight;
        std::size_t lastPosition;
    };

    SessionKnnVariant variant_;
    Settings settings_;
    SessionCatalog catalog_;
    std::uint64_t seed_ = 0;
    std::int64_t gapMs_ = 0;

    void readSettings();
    Clicks clicksOf(const Query& query) const;
    std::vector<SessionItem> sessionItems(std::span<const data::ItemIndex> used) const;
    std::vector<std::uint32_t> candidates(const Query& query, const Clicks& clicks) const;
    std::vector<Neighbour> neighboursOf(const Query& query, const Clicks& clicks,
                                        const std::vector<SessionItem>& items) const;
    /// Adds the un-normalised scores to `scores` (candidates must start at 0; non-candidates are never written)
    /// and lists the items that got one (sorted); returns the largest score (0 when none is positive).
    double rawScores(const Query& query, std::span<float> scores, std::vector<data::ItemIndex>& touched) const;
};

} // namespace vitrina::models

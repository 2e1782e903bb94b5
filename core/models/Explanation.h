#pragma once
// Typed reasons attached to a recommended item by the model that produced it. The core speaks in kinds and
// numbers; the GUI and CLI render text (ru/en) with item ids / names and category paths.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/Ids.h"

namespace vitrina::models {

enum class ReasonKind : std::uint8_t {
    BecauseViewed,     ///< "because you viewed X": `item` = history item X (any event type; `eventType` tells which)
    PopularInCategory, ///< "popular in category Y": `category` = Y
    PopularOverall,    ///< "popular overall" (popularity fallback)
    BoughtTogether,    ///< "often bought together with Z in your cart": `item` = Z, `value` = lift
    SimilarSessions,   ///< "visitors with similar sessions also viewed": `value` = number of neighbour sessions
    RecentlyViewed,    ///< "you viewed it recently" (Recent): `item` = the item itself
    HybridStage,       ///< the hybrid's stage: `stage` = FunnelStage value
    HybridComponent,   ///< a hybrid component's share: `component` = model id, `value` = its stage weight
    Reranked,          ///< moved by a re-ranker: `component` = its suffix ("mmr"), `value` = the inner model's rank
                       ///< (1-based); share 0 (the wrapper's score is a rank, not a sum of reasons)
    PopularFallback,   ///< filled in from the training popularity order where the model had no signal; share 1
};

struct Reason {
    ReasonKind kind{};
    /// Share of the recommended item's score explained by this reason; how the shares of one explanation add
    /// up is the model's ExplainRule (models/Catalogue.h). Negative contributions have a negative share.
    double share = 0.0;
    /// The raw contribution to the score, in the model's units.
    double contribution = 0.0;
    data::ItemIndex item = 0;
    bool hasItem = false;
    data::CategoryIndex category = data::kNoCategory;
    std::uint8_t eventType = 0; ///< data::EventType of the history event, for BecauseViewed
    double value = 0.0;
    std::string component;
    int stage = -1;
};

/// The common tail of an additive explanation (reasons whose contributions sum to the score): every share
/// becomes contribution / score when the score is positive, else contribution / the sum of |contributions|
/// (0 when all are 0); then the reasons are ordered by contribution, largest first (ties: item ascending).
/// `score` defaults to the sum of the contributions.
void finishAdditiveReasons(std::vector<Reason>& reasons, std::optional<double> score = std::nullopt);

} // namespace vitrina::models

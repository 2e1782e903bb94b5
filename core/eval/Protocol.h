#pragma once
// Evaluation protocols: which events a model may train on (a mask over the event log) and what it is tested on.
// - temporal: train on events before T, test on the last N UTC days [T, end). Targets: addtocart+transaction
//   (default) or any event. Mode rolling (default): one list per target event, from all of the visitor's events
//   strictly before it (earlier test-period events included), relevant = that event's item. Mode static: one
//   list per visitor with a target in the test period, made at T from events before T, relevant = all of their
//   target items in the test period.
// - leave-last-out: per visitor, the last target event is held out (with everything of theirs at or after its
//   moment); the list is made from the visitor's events before it.
// - gru4rec-official and sessionrec-window: the published session next-item presets, step by step as
//   their public preprocessing scripts do (core/eval/README.md section 1; ProtocolSessions.cpp).
// Every list carries the visitor's funnel stage and activity segment at the moment it is made
// (core/README.md). A validation split carves the same kind of split out of the training part (for tuning).
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/VisitorState.h"
#include "data/Dataset.h"
#include "data/Sessions.h"
#include "models/Query.h"
#include "models/TrainingSet.h"
#include "util/Progress.h"
#include "util/Result.h"

namespace vitrina::eval {

enum class ProtocolKind : std::uint8_t { Temporal, LeaveLastOut, Gru4recOfficial, SessionrecWindow };
enum class TemporalMode : std::uint8_t { Rolling, Static };
enum class TargetTypes : std::uint8_t { CartAndPurchase, AnyEvent };

/// CLI ids: "temporal", "leave-last-out", "gru4rec-official", "sessionrec-window".
std::string_view protocolName(ProtocolKind kind);
std::string_view modeName(TemporalMode mode);
/// Unknown names fail naming `parameter`.
ProtocolKind protocolFromName(std::string_view name, const std::string& parameter = "protocol");
TemporalMode modeFromName(std::string_view name, const std::string& parameter = "mode");
TargetTypes targetsFromName(std::string_view name, const std::string& parameter = "targets");

inline constexpr std::int64_t kDayMs = 86'400'000;
/// GRU4Rec's tsplit: 2015-09-18 03:00 UTC.
inline constexpr std::int64_t kGru4recSplitMs = 1'442'545'200'000;

struct ProtocolOptions {
    ProtocolKind kind = ProtocolKind::Temporal;
    TemporalMode mode = TemporalMode::Rolling;
    TargetTypes targets = TargetTypes::CartAndPurchase;
    int testDays = 7;                  ///< temporal: the last N UTC days (1..365)
    int minVisitorTrainEvents = 0;     ///< lists only for visitors with at least this many training events
    int minItemTrainEvents = 0;        ///< training events of rarer items are dropped from the mask (one pass)
    bool excludeSeen = false;          ///< the evaluator removes items the list's history interacted with
    std::int64_t sessionGapMs = data::kDefaultSessionGapMs; ///< temporal/LOO: current-session boundary
    int slice = 0;                     ///< sessionrec-window: slice k of 5 (0..4)
    std::int64_t gru4recSplitMs = kGru4recSplitMs;
    bool validation = false;           ///< carve the validation split out of the training part instead
    std::uint64_t maxLists = 0;        ///< 0 = all; else a seeded sample (test sessions for the presets)
    std::uint64_t sampleSeed = 42;

    /// Fails naming the parameter ("days", "slice", "min_visitor_events", ...) on nonsense.
    void validate() const;
};

/// One evaluated list of the list protocols (temporal, leave-last-out).
struct ListCase {
    data::VisitorIndex visitor = 0;
    std::int64_t at = 0;                 ///< the moment the list is made (ms); history is strictly before it
    std::uint64_t historyBegin = 0;      ///< history = events [historyBegin, historyEnd) of the dataset's log
    std::uint64_t historyEnd = 0;
    std::uint64_t sessionBegin = 0;      ///< current session = [sessionBegin, historyEnd)
    std::uint32_t relevantBegin = 0;     ///< into ProtocolSplit::relevantItems
    std::uint32_t relevantEnd = 0;
    analytics::FunnelStage stage = analytics::FunnelStage::New;
    analytics::ActivitySegment segment = analytics::ActivitySegment::Cold;

    std::uint64_t historySize() const { return historyEnd - historyBegin; }
};

/// One test session of the session presets: positions [begin, end) of ProtocolSplit::sessionItems.
struct SessionCase {
    data::VisitorIndex visitor = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

struct ProtocolFacts {
    std::int64_t trainEndMs = 0;       ///< T (temporal), the preset's split moment, 0 for leave-last-out
    std::int64_t testBeginMs = 0;
    std::int64_t testEndMs = 0;        ///< exclusive
    std::uint64_t trainEvents = 0;     ///< events in the mask
    std::uint64_t testEvents = 0;      ///< events in the test period (temporal) / held out (LOO) / test session events
    std::uint64_t targetEvents = 0;    ///< test events of a target type (list protocols)
    std::uint64_t listsBeforeSampling = 0;
    std::uint64_t listsWithoutHistory = 0;
    std::uint64_t droppedByMinVisitorEvents = 0;
    std::uint64_t relevantItems = 0;
    std::uint64_t relevantWithoutTraining = 0; ///< relevant items no model can recommend
    std::uint64_t trainSessions = 0;   ///< presets
    std::uint64_t testSessions = 0;    ///< presets (after every filter)
    std::uint64_t predictions = 0;     ///< presets: sum over test sessions of (length - 1)
    std::uint64_t filterRounds = 0;    ///< gru4rec-official: rounds of the iterative filter
};

struct ProtocolSplit {
    ProtocolOptions options;
    ProtocolFacts facts;
    std::vector<std::uint8_t> trainMask;                 ///< per dataset event
    std::shared_ptr<const data::SessionIndex> sessions;  ///< the protocol's session split (for session models)

    std::vector<ListCase> lists;                         ///< list protocols
    std::vector<data::ItemIndex> relevantItems;          ///< flat, ListCase ranges; distinct and ascending per list

    std::vector<SessionCase> testSessions;               ///< session presets
    std::vector<data::ItemIndex> sessionItems;
    std::vector<data::EventType> sessionTypes;
    std::vector<std::int64_t> sessionTimes;              ///< ms (session-rec: whole seconds * 1000)

    std::vector<util::Message> warnings;

    bool isSessionProtocol() const {
        return options.kind == ProtocolKind::Gru4recOfficial || options.kind == ProtocolKind::SessionrecWindow;
    }
    std::span<const data::ItemIndex> relevant(const ListCase& list) const {
        return std::span<const data::ItemIndex>(relevantItems).subspan(list.relevantBegin,
                                                                         list.relevantEnd - list.relevantBegin);
    }
    /// The model's question for a list (spans into the dataset's log).
    models::Query query(const data::Dataset& dataset, const ListCase& list) const;
    /// The question for position t (1..length-1) of a test session: its first t items, target = item t.
    models::Query sessionQuery(const SessionCase& session, std::size_t t) const;
    /// A TrainingSet over the mask and the protocol's sessions (copies the mask).
    std::shared_ptr<const models::TrainingSet> trainingSet(std::shared_ptr<const data::Dataset> dataset) const;
};

/// Builds the split. Errors name the parameter; warnings tell the share of lists without history and the
/// relevant items no model can recommend.
util::Result<ProtocolSplit> buildProtocol(const data::Dataset& dataset, const ProtocolOptions& options,
                                          const util::Progress& progress = {});

namespace detail {
// Internal builders (ProtocolTemporal.cpp, ProtocolSessions.cpp); they throw util::Error.
ProtocolSplit buildTemporal(const data::Dataset& dataset, const ProtocolOptions& options, const util::Progress& progress);
ProtocolSplit buildLeaveLastOut(const data::Dataset& dataset, const ProtocolOptions& options);
ProtocolSplit buildSessionPreset(const data::Dataset& dataset, const ProtocolOptions& options,
                                 const util::Progress& progress);
/// Keeps a seeded sample of at most `limit` of `count` indexes, in ascending order.
std::vector<std::size_t> sampleIndexes(std::size_t count, std::uint64_t limit, std::uint64_t seed);
} // namespace detail

} // namespace vitrina::eval

#include "generator/Behaviour.h"

#include <algorithm>
#include <cmath>

namespace vitrina::gen {
namespace {

using data::EventType;

// Every constant below is documented, with its effect, in datasets/README.md ("The visitor model").
// Profiles.
constexpr double kShopperShare = 0.035;        // visitors who came to buy
constexpr double kEngagedShare = 0.19;        // other visitors who browse several pages
constexpr double kPowerUserShare = 0.0008;    // very frequent visitors (the release has some with thousands)
constexpr double kCasualContinue = 0.105;      // chance a casual visitor opens one more page
constexpr double kEngagedContinueLo = 0.37, kEngagedContinueHi = 0.78;
constexpr double kCasualReturn = 0.07, kEngagedReturn = 0.30, kShopperReturn = 0.45;
constexpr double kExtraVisitsMean = 1.0;      // visits beyond the second, geometric, for returning visitors
constexpr double kShopperPropensity = 1.0, kCasualPropensity = 0.05;
// Browsing.
constexpr double kBackShare = 0.13;           // return to a page seen earlier in the visit
constexpr double kNeighbourShare = 0.58;      // a similar item of the current one
constexpr double kSameLeafShare = 0.13;       // another (popular) item of the current category
constexpr double kInterestShare = 0.11;       // an item of one of the visitor's interests; the rest: anything popular
constexpr double kNewVisitorGlobalEntry = 0.5; // a new visitor lands on a shop-wide popular item
constexpr double kDrift = 0.25, kInterestJump = 0.07;
constexpr double kReturnReview = 0.35, kReturnNeighbour = 0.25;
constexpr double kIntentReturnToCart = 0.6, kConvertedComplement = 0.35;
// Funnel.
constexpr double kCartBase = 0.147;            // chance a view becomes an addtocart, before the factors below
constexpr double kRevisitBoost = 2.5;         // looking at an item again signals intent
constexpr double kCartReturnBoost = 1.8;
constexpr double kUnavailableCart = 0.1;
constexpr double kQuickAdd = 0.10;            // addtocart straight from a listing (no view logged)
constexpr double kComplementAfterCart = 0.4;
constexpr double kDirectBuy = 0.009;          // a purchase with no logged addtocart
constexpr double kCheckout = 0.162, kCheckoutOnReturn = 0.362;
constexpr double kBuyNewCartItem = 0.75, kBuyOldCartItem = 0.55;
constexpr double kAddOnComplement = 0.12;     // one more item (a complement) joins the basket at checkout
constexpr double kKeepAbandonedCart = 0.6;
constexpr std::size_t kHistoryCap = 32, kCartCap = 16;
// Time (milliseconds).
constexpr double kViewGapMedian = 55e3, kViewGapSigma = 1.4;
constexpr double kCartGapMedian = 45e3, kCartGapSigma = 1.3;
constexpr double kCheckoutGapMedian = 240e3, kCheckoutGapSigma = 0.9;
constexpr double kVisitGapMedian = 30.0 * 3600e3, kVisitGapSigma = 2.0;
constexpr std::int64_t kMinVisitGap = 31 * 60000;  // visits are separated by more than the 30-minute session gap
constexpr std::int64_t kMaxInVisitGap = 25 * 60000;

class VisitorRun {
public:
    VisitorRun(const Catalog& catalog, util::Rng rng, std::uint32_t visitor, std::vector<SimEvent>& out)
        : cat_(catalog), rng_(rng), visitor_(visitor), out_(out) {}

    void run(const Calendar& calendar) {
        const bool powerUser = rng_.bernoulli(kPowerUserShare);
        const bool shopper = !powerUser && rng_.bernoulli(kShopperShare);
        const bool engaged = powerUser || shopper || rng_.bernoulli(kEngagedShare);
        continue_ = engaged ? rng_.uniform(kEngagedContinueLo, kEngagedContinueHi) : kCasualContinue;
        propensity_ = shopper ? kShopperPropensity * std::exp(0.5 * rng_.normal() - 0.125) : kCasualPropensity;
        int visits = 1;
        const double returnChance = shopper ? kShopperReturn : (engaged ? kEngagedReturn : kCasualReturn);
        if (rng_.bernoulli(returnChance))
            visits += 1 + static_cast<int>(rng_.geometric(1.0 / (1.0 + kExtraVisitsMean)));
        if (powerUser) visits = 10 + static_cast<int>(rng_.below(40));

        t_ = calendar.sampleVisitStart(rng_);
        for (int v = 0; v < visits && t_ < kPeriodEndMs; ++v) {
            visit(v == 0);
            t_ += std::max(kMinVisitGap, logNormalMs(kVisitGapMedian, kVisitGapSigma, kMinVisitGap, 4000LL * 3600000));
        }
    }

private:
    std::int64_t logNormalMs(double median, double sigma, std::int64_t lo, std::int64_t hi) {
        const double v = median * std::exp(sigma * rng_.normal());
        return std::clamp(static_cast<std::int64_t>(v), lo, hi);
    }
    int week() const { return weekOf(t_); }
    bool ended() const { return t_ >= kPeriodEndMs; }

    void emit(EventType type, std::uint32_t item, std::uint32_t basket = 0) {
        if (ended()) return;
        out_.push_back(SimEvent{t_, visitor_, item, basket, type});
    }
    static bool contains(const std::vector<std::uint32_t>& v, std::uint32_t item) {
        return std::find(v.begin(), v.end(), item) != v.end();
    }
    static void pushCapped(std::vector<std::uint32_t>& v, std::uint32_t item, std::size_t cap) {
        if (v.size() >= cap) v.erase(v.begin());
        v.push_back(item);
    }
    std::uint32_t pick(const std::vector<std::uint32_t>& v) { return v[rng_.below(v.size())]; }
    /// A history item, the latest with probability one half, otherwise one of the last eight.
    std::uint32_t recentHistoryItem() {
        if (rng_.bernoulli(0.5)) return viewed_.back();
        const std::size_t span = std::min<std::size_t>(8, viewed_.size());
        return viewed_[viewed_.size() - 1 - rng_.below(span)];
    }

    void driftInterests() {
        if (rng_.bernoulli(kInterestJump)) focus_ = cat_.sampleEntryLeaf(rng_);
        else if (rng_.bernoulli(kDrift)) focus_ = cat_.sampleRelatedLeaf(focus_, rng_);
        else if (interests_.size() > 1) focus_ = interests_[rng_.below(interests_.size())];
        if (std::find(interests_.begin(), interests_.end(), focus_) == interests_.end()) {
            if (interests_.size() >= 4) interests_.erase(interests_.begin());
            interests_.push_back(focus_);
        }
    }

    /// How a visit starts depends on the funnel stage the visitor is in.
    std::uint32_t entryItem(bool first) {
        const int w = week();
        if (first) {
            const std::uint32_t item = rng_.bernoulli(kNewVisitorGlobalEntry)
                                           ? cat_.sampleGlobal(w, rng_)
                                           : cat_.sampleInLeaf(cat_.sampleEntryLeaf(rng_), w, rng_);
            focus_ = cat_.leaf[item];
            interests_.assign(1, focus_);
            if (rng_.bernoulli(0.4)) interests_.push_back(cat_.sampleRelatedLeaf(focus_, rng_));
            if (rng_.bernoulli(0.25)) interests_.push_back(cat_.sampleEntryLeaf(rng_));
            return item;
        }
        driftInterests();
        if (!cart_.empty() && rng_.bernoulli(kIntentReturnToCart)) { // intent: back to the cart
            cartReturn_ = true;
            return pick(cart_);
        }
        if (!bought_.empty() && rng_.bernoulli(kConvertedComplement)) // converted: something that goes with it
            return cat_.sampleComplement(pick(bought_), w, rng_);
        const double r = rng_.uniform();
        if (!viewed_.empty() && r < kReturnReview) return recentHistoryItem(); // browsing: look again
        if (!viewed_.empty() && r < kReturnReview + kReturnNeighbour)
            return cat_.sampleNeighbour(recentHistoryItem(), w, rng_);
        return cat_.sampleInLeaf(focus_, w, rng_);
    }

    std::uint32_t nextItem(std::uint32_t current) {
        const int w = week();
        double r = rng_.uniform();
        if (visitItems_.size() >= 2 && r < kBackShare) {
            const std::size_t span = std::min<std::size_t>(4, visitItems_.size() - 1);
            return visitItems_[visitItems_.size() - 2 - rng_.below(span)];
        }
        r -= kBackShare;
        if (r < kNeighbourShare) return cat_.sampleNeighbour(current, w, rng_);
        r -= kNeighbourShare;
        if (r < kSameLeafShare) return cat_.sampleInLeaf(cat_.leaf[current], w, rng_);
        r -= kSameLeafShare;
        if (r < kInterestShare) return cat_.sampleInLeaf(interests_[rng_.below(interests_.size())], w, rng_);
        return cat_.sampleGlobal(w, rng_);
    }

    void addToCart(std::uint32_t item) {
        emit(EventType::AddToCart, item);
        if (!contains(cart_, item)) pushCapped(cart_, item, kCartCap);
        if (!contains(visitCart_, item)) visitCart_.push_back(item);
        lastCarted_ = item;
    }

    void view(std::uint32_t item) {
        const bool seenBefore = contains(viewed_, item);
        emit(EventType::View, item);
        visitItems_.push_back(item);
        if (!seenBefore || viewed_.back() != item) pushCapped(viewed_, item, kHistoryCap);
        double p = kCartBase * propensity_ * cat_.quality[item];
        if (!cat_.available(item, week())) p *= kUnavailableCart;
        if (seenBefore) p *= kRevisitBoost;
        if (cartReturn_) p *= kCartReturnBoost;
        if (contains(cart_, item)) p *= 0.1;
        if (rng_.bernoulli(std::min(p, 0.9))) {
            t_ += logNormalMs(kCartGapMedian, kCartGapSigma, 200, kMaxInVisitGap);
            addToCart(item);
        } else if (rng_.bernoulli(kDirectBuy * propensity_ * cat_.quality[item])) {
            t_ += logNormalMs(kCheckoutGapMedian, kCheckoutGapSigma, 20000, kMaxInVisitGap);
            emit(EventType::Transaction, item, ++baskets_);
            pushCapped(bought_, item, kCartCap);
        }
    }

    void checkout() {
        if (cart_.empty() || !rng_.bernoulli(cartReturn_ ? kCheckoutOnReturn : kCheckout)) return;
        t_ += logNormalMs(kCheckoutGapMedian, kCheckoutGapSigma, 20000, kMaxInVisitGap);
        std::vector<std::uint32_t> basket;
        for (std::uint32_t item : cart_)
            if (rng_.bernoulli(contains(visitCart_, item) ? kBuyNewCartItem : kBuyOldCartItem)) basket.push_back(item);
        if (basket.empty()) basket.push_back(visitCart_.empty() ? cart_.back() : visitCart_.back());
        if (rng_.bernoulli(kAddOnComplement)) {
            const std::uint32_t extra = cat_.sampleComplement(basket.front(), week(), rng_);
            if (!contains(basket, extra)) basket.push_back(extra);
        }
        const std::uint32_t number = ++baskets_;
        for (std::uint32_t item : basket) {
            emit(EventType::Transaction, item, number);
            t_ += static_cast<std::int64_t>(rng_.below(400)); // the rows of one order are logged together
            pushCapped(bought_, item, kCartCap);
        }
        std::vector<std::uint32_t> left;
        for (std::uint32_t item : cart_)
            if (!contains(basket, item)) left.push_back(item);
        cart_ = rng_.bernoulli(kKeepAbandonedCart) ? left : std::vector<std::uint32_t>{};
    }

    void visit(bool first) {
        visitItems_.clear();
        visitCart_.clear();
        cartReturn_ = false;
        lastCarted_ = kNoItem;
        std::uint32_t current = entryItem(first);
        view(current);
        while (rng_.bernoulli(continue_) && !ended()) {
            t_ += logNormalMs(kViewGapMedian, kViewGapSigma, 1000, kMaxInVisitGap);
            if (lastCarted_ != kNoItem && rng_.bernoulli(kComplementAfterCart)) {
                current = cat_.sampleComplement(lastCarted_, week(), rng_);
            } else if (rng_.bernoulli(kQuickAdd * propensity_)) {
                addToCart(cat_.sampleNeighbour(current, week(), rng_));
                continue;
            } else {
                current = nextItem(current);
            }
            lastCarted_ = kNoItem;
            view(current);
        }
        checkout();
        if (!out_.empty()) t_ = std::max(t_, out_.back().time);
    }

    const Catalog& cat_;
    util::Rng rng_;
    std::uint32_t visitor_;
    std::vector<SimEvent>& out_;
    double continue_ = 0.0;
    double propensity_ = 0.0;
    std::int64_t t_ = 0;
    std::int32_t focus_ = 0;
    std::vector<std::int32_t> interests_;
    std::vector<std::uint32_t> viewed_, cart_, bought_;
    std::vector<std::uint32_t> visitItems_, visitCart_;
    std::uint32_t lastCarted_ = kNoItem;
    std::uint32_t baskets_ = 0;
    bool cartReturn_ = false;
};

} // namespace

void VisitorSimulator::simulate(std::uint32_t visitor, std::vector<SimEvent>& out) const {
    const std::size_t before = out.size();
    VisitorRun run(catalog_, util::Rng::forStream(seed_, visitor), visitor, out);
    run.run(calendar_);
    if (out.size() == before) { // the first visit began after the period: keep the visitor with one view
        util::Rng rng = util::Rng::forStream(seed_ ^ 0x5EC0DULL, visitor);
        const std::int64_t t = kPeriodEndMs - 1 - static_cast<std::int64_t>(rng.below(kDayMs));
        out.push_back(SimEvent{t, visitor, catalog_.sampleGlobal(weekOf(t), rng), 0, EventType::View});
    }
}

} // namespace vitrina::gen

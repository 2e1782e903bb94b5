#pragma once
// Dense indexes for raw RetailRocket ids. Dense index i <-> raw()[i]; raw ids are kept sorted ascending so the
// mapping does not depend on file order.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace vitrina::data {

using VisitorIndex = std::uint32_t;
using ItemIndex = std::uint32_t;
using CategoryIndex = std::int32_t; ///< -1 = no category
inline constexpr CategoryIndex kNoCategory = -1;

enum class EventType : std::uint8_t { View = 0, AddToCart = 1, Transaction = 2 };
inline constexpr int kEventTypeCount = 3;

constexpr std::string_view eventTypeName(EventType t) {
    switch (t) {
    case EventType::View: return "view";
    case EventType::AddToCart: return "addtocart";
    case EventType::Transaction: return "transaction";
    }
    return "?";
}
constexpr std::optional<EventType> parseEventType(std::string_view s) {
    if (s == "view") return EventType::View;
    if (s == "addtocart") return EventType::AddToCart;
    if (s == "transaction") return EventType::Transaction;
    return std::nullopt;
}

class IdMap {
public:
    IdMap() = default;
    /// `sortedRaw` must be strictly ascending.
    explicit IdMap(std::vector<std::int64_t> sortedRaw) : raw_(std::move(sortedRaw)) {}

    std::size_t size() const { return raw_.size(); }
    bool empty() const { return raw_.empty(); }
    std::int64_t raw(std::uint32_t dense) const { return raw_[dense]; }
    const std::vector<std::int64_t>& raws() const { return raw_; }
    std::optional<std::uint32_t> find(std::int64_t raw) const {
        const auto it = std::lower_bound(raw_.begin(), raw_.end(), raw);
        if (it == raw_.end() || *it != raw) return std::nullopt;
        return static_cast<std::uint32_t>(it - raw_.begin());
    }
    friend bool operator==(const IdMap&, const IdMap&) = default;

private:
    std::vector<std::int64_t> raw_;
};

} // namespace vitrina::data

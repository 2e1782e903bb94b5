#include "stats/MultipleTesting.h"

#include <algorithm>
#include <numeric>

#include "stats/Checks.h"

namespace vitrina::stats {
namespace {

std::vector<std::size_t> ascendingOrder(std::span<const double> p) {
    for (const double value : p) requireProbability("p", value);
    std::vector<std::size_t> order(p.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
    return order;
}

} // namespace

std::vector<double> holmAdjusted(std::span<const double> p) {
    const auto order = ascendingOrder(p);
    const auto m = static_cast<double>(p.size());
    std::vector<double> adjusted(p.size());
    double running = 0.0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        running = std::max(running, std::min(1.0, (m - static_cast<double>(k)) * p[order[k]]));
        adjusted[order[k]] = running;
    }
    return adjusted;
}

std::vector<double> benjaminiHochbergAdjusted(std::span<const double> p) {
    const auto order = ascendingOrder(p);
    const auto m = static_cast<double>(p.size());
    std::vector<double> adjusted(p.size());
    double running = 1.0;
    for (std::size_t k = order.size(); k-- > 0;) {
        running = std::min(running, std::min(1.0, m * p[order[k]] / static_cast<double>(k + 1)));
        adjusted[order[k]] = running;
    }
    return adjusted;
}

std::size_t rejections(std::span<const double> adjusted, double level) {
    return static_cast<std::size_t>(std::count_if(adjusted.begin(), adjusted.end(), [&](double a) { return a <= level; }));
}

} // namespace vitrina::stats

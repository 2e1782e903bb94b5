#include "abtest/Assignment.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "stats/Checks.h"
#include "util/Message.h"
#include "util/Random.h"

namespace vitrina::abtest {

using util::MessageCode;

std::vector<double> equalSplit(std::size_t arms) {
    return std::vector<double>(arms, arms > 0 ? 1.0 / static_cast<double>(arms) : 0.0);
}

void requireSplit(std::span<const double> weights, std::size_t arms) {
    if (weights.size() != arms)
        util::failParameter("split", MessageCode::ParameterOutOfRange,
                            {"split", std::to_string(weights.size()) + " parts", std::to_string(arms) + " parts (one per arm)"});
    double sum = 0.0;
    for (const double w : weights) {
        if (!std::isfinite(w) || w <= 0.0)
            util::failParameter("split", MessageCode::ParameterOutOfRange,
                                {"split", splitText(weights), "positive shares for every arm (0 % gives an arm no visitors)"});
        sum += w;
    }
    if (std::abs(sum - 1.0) > 1e-9)
        util::failParameter("split", MessageCode::StatsWeightsNotNormalised, {"split", stats::numberText(sum)});
}

std::vector<double> parseSplit(std::string_view text, std::size_t arms) {
    std::vector<double> parts;
    std::size_t begin = 0;
    for (;;) {
        const std::size_t slash = text.find('/', begin);
        const std::string part(text.substr(begin, slash == std::string_view::npos ? std::string_view::npos : slash - begin));
        char* end = nullptr;
        const double value = part.empty() ? std::nan("") : std::strtod(part.c_str(), &end);
        if (part.empty() || end != part.c_str() + part.size() || !std::isfinite(value))
            util::failParameter("split", MessageCode::ParameterNotNumber, {"split", std::string(text)});
        if (value <= 0.0)
            util::failParameter("split", MessageCode::ParameterOutOfRange,
                                {"split", std::string(text), "positive shares for every arm (0 % gives an arm no visitors)"});
        parts.push_back(value);
        if (slash == std::string_view::npos) break;
        begin = slash + 1;
    }
    if (parts.size() != arms)
        util::failParameter("split", MessageCode::ParameterOutOfRange,
                            {"split", std::string(text), std::to_string(arms) + " parts (one per arm)"});
    double sum = 0.0;
    for (const double p : parts) sum += p;
    for (double& p : parts) p /= sum;
    return parts;
}

Assigner::Assigner(std::vector<double> weights, std::uint64_t seed) : weights_(std::move(weights)), seed_(seed) {
    requireSplit(weights_, weights_.size());
    double running = 0.0;
    for (const double w : weights_) cumulative_.push_back(running += w);
    cumulative_.back() = 2.0; // every u < 1 lands in some arm despite rounding
}

double Assigner::unit(std::int64_t rawVisitor) const {
    return static_cast<double>(util::hash64(static_cast<std::uint64_t>(rawVisitor), seed_) >> 11) * 0x1.0p-53;
}

std::uint32_t Assigner::arm(std::int64_t rawVisitor) const {
    const double u = unit(rawVisitor);
    std::uint32_t k = 0;
    while (u >= cumulative_[k]) ++k;
    return k;
}

std::string splitText(std::span<const double> weights) {
    std::string out;
    for (std::size_t k = 0; k < weights.size(); ++k) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.4g", weights[k] * 100.0);
        if (k) out += '/';
        out += buffer;
    }
    return out;
}

} // namespace vitrina::abtest

#include "stats/Distributions.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/special_functions/gamma.hpp>

namespace vitrina::stats {

double normalCdf(double z) {
    if (std::isinf(z)) return z > 0 ? 1.0 : 0.0;
    return boost::math::cdf(boost::math::normal_distribution<double>(), z);
}

double normalQuantile(double q) { return boost::math::quantile(boost::math::normal_distribution<double>(), q); }
double twoSidedCriticalZ(double alpha) { return normalQuantile(1.0 - alpha / 2.0); }

double twoSidedNormalP(double z) {
    if (std::isnan(z)) return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(z)) return 0.0;
    return 2.0 * boost::math::cdf(boost::math::normal_distribution<double>(), -std::fabs(z));
}

double twoSidedStudentP(double t, double df) {
    if (std::isnan(t) || std::isnan(df)) return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(t)) return 0.0;
    if (std::isinf(df)) return twoSidedNormalP(t);
    return 2.0 * boost::math::cdf(boost::math::students_t_distribution<double>(df), -std::fabs(t));
}

double studentQuantile(double q, double df) {
    if (std::isinf(df)) return normalQuantile(q);
    return boost::math::quantile(boost::math::students_t_distribution<double>(df), q);
}

double chiSquaredSurvival(double x, double df) {
    if (x <= 0.0) return 1.0;
    if (std::isinf(x)) return 0.0;
    return boost::math::cdf(boost::math::complement(boost::math::chi_squared_distribution<double>(df), x));
}

double betaQuantile(double q, double a, double b) {
    return boost::math::quantile(boost::math::beta_distribution<double>(a, b), q);
}

double betaDensity(double x, double a, double b) {
    if (!(x >= 0.0 && x <= 1.0)) return 0.0;
    // Boost reports the unbounded ends as an overflow error; they are a plain infinity here.
    if ((x == 0.0 && a < 1.0) || (x == 1.0 && b < 1.0)) return std::numeric_limits<double>::infinity();
    return boost::math::pdf(boost::math::beta_distribution<double>(a, b), x);
}

double betaMean(double a, double b) { return boost::math::mean(boost::math::beta_distribution<double>(a, b)); }

double betaStandardDeviation(double a, double b) {
    return boost::math::standard_deviation(boost::math::beta_distribution<double>(a, b));
}

double logGamma(double x) { return boost::math::lgamma(x); }

double logBeta(double a, double b) { return boost::math::lgamma(a) + boost::math::lgamma(b) - boost::math::lgamma(a + b); }

double sortedQuantile(std::span<const double> sorted, double q) {
    if (sorted.empty()) return std::numeric_limits<double>::quiet_NaN();
    const double position = std::clamp(q, 0.0, 1.0) * static_cast<double>(sorted.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    const std::size_t upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = position - static_cast<double>(lower);
    return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
}

} // namespace vitrina::stats

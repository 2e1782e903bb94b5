#include "models/Explanation.h"

#include <algorithm>
#include <cmath>

namespace vitrina::models {

void finishAdditiveReasons(std::vector<Reason>& reasons, std::optional<double> score) {
    double total = 0.0, absolute = 0.0;
    for (const Reason& r : reasons) {
        total += r.contribution;
        absolute += std::fabs(r.contribution);
    }
    const double whole = score.value_or(total);
    for (Reason& r : reasons)
        r.share = whole > 0.0 ? r.contribution / whole : (absolute > 0.0 ? r.contribution / absolute : 0.0);
    std::sort(reasons.begin(), reasons.end(), [](const Reason& a, const Reason& b) {
        return a.contribution > b.contribution || (a.contribution == b.contribution && a.item < b.item);
    });
}

} // namespace vitrina::models

#include "data/InteractionMatrix.h"

#include <algorithm>
#include <string>

#include "util/Message.h"

namespace vitrina::data {

// An event whose weight is 0 adds nothing, so it is left out (Binary included): weight 0 drops an event type
// just as the mask does. Because the log is ordered by visitor, each row is built from one contiguous range.
CsrMatrix buildVisitorItemMatrix(const Dataset& dataset, const EventWeights& weights, Combine combine,
                                 std::span<const std::uint8_t> eventMask) {
    const EventLog& log = dataset.events;
    if (!eventMask.empty() && eventMask.size() != log.size())
        util::failParameter("eventMask", util::MessageCode::ParameterOutOfRange,
                            {"eventMask size", std::to_string(eventMask.size()), std::to_string(log.size()) + " (one per event)"});
    CsrMatrix m;
    m.rows = static_cast<std::uint32_t>(dataset.visitors.size());
    m.cols = static_cast<std::uint32_t>(dataset.items.size());
    m.indptr.assign(std::size_t{m.rows} + 1, 0);
    m.indices.reserve(log.size() / 2);
    m.values.reserve(log.size() / 2);
    std::vector<std::pair<ItemIndex, float>> row;
    const std::size_t visitorsWithEvents = std::min<std::size_t>(m.rows, log.visitorCount());
    for (std::size_t v = 0; v < m.rows; ++v) {
        row.clear();
        if (v < visitorsWithEvents) {
            for (std::uint64_t e = log.visitorOffsets[v]; e < log.visitorOffsets[v + 1]; ++e) {
                if (!eventMask.empty() && eventMask[e] == 0) continue;
                const float w = weights.of(log.type[e]);
                if (w == 0.0f) continue;
                row.emplace_back(log.item[e], w);
            }
        }
        // Stable, so that a sum adds an item's weights in event order (bit-identical run to run).
        std::stable_sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t k = 0; k < row.size();) {
            const ItemIndex item = row[k].first;
            float value = row[k].second;
            std::size_t j = k + 1;
            for (; j < row.size() && row[j].first == item; ++j) {
                if (combine == Combine::Sum) value += row[j].second;
                else if (combine == Combine::Max) value = std::max(value, row[j].second);
            }
            m.indices.push_back(item);
            m.values.push_back(combine == Combine::Binary ? 1.0f : value);
            k = j;
        }
        m.indptr[v + 1] = m.indices.size();
    }
    m.indices.shrink_to_fit();
    m.values.shrink_to_fit();
    return m;
}

CsrMatrix CsrMatrix::transposed() const {
    CsrMatrix t;
    t.rows = cols;
    t.cols = rows;
    t.indptr.assign(std::size_t{cols} + 1, 0);
    const std::size_t nnz = indices.size();
    for (const std::uint32_t c : indices) ++t.indptr[c + 1];
    for (std::size_t c = 0; c < cols; ++c) t.indptr[c + 1] += t.indptr[c];
    t.indices.resize(nnz);
    t.values.resize(nnz);
    std::vector<std::uint64_t> next(t.indptr.begin(), t.indptr.end() - 1);
    // Rows are visited in ascending order, so each column of the result comes out sorted.
    for (std::uint32_t r = 0; r < rows; ++r) {
        for (std::uint64_t k = indptr[r]; k < indptr[r + 1]; ++k) {
            const std::uint64_t slot = next[indices[k]]++;
            t.indices[slot] = r;
            t.values[slot] = values[k];
        }
    }
    return t;
}

} // namespace vitrina::data

#pragma once
// Sparse visitor x item (and item x visitor) matrices in CSR, built on demand from (a subset of) the events.
#include <cstdint>
#include <span>
#include <vector>

#include "data/Dataset.h"

namespace vitrina::data {

struct EventWeights {
    float view = 1.0f;
    float addToCart = 3.0f;
    float transaction = 5.0f;
    float of(EventType t) const {
        switch (t) {
        case EventType::View: return view;
        case EventType::AddToCart: return addToCart;
        case EventType::Transaction: return transaction;
        }
        return 0.0f;
    }
};

/// How repeated events of one (visitor, item) pair combine.
enum class Combine : std::uint8_t { Sum, Max, Binary };

struct CsrMatrix {
    std::uint32_t rows = 0;
    std::uint32_t cols = 0;
    std::vector<std::uint64_t> indptr; ///< size rows + 1
    std::vector<std::uint32_t> indices; ///< column indexes, ascending within a row
    std::vector<float> values;

    std::size_t nonZeros() const { return indices.size(); }
    std::uint64_t rowBegin(std::uint32_t r) const { return indptr[r]; }
    std::uint64_t rowEnd(std::uint32_t r) const { return indptr[r + 1]; }
    CsrMatrix transposed() const;
};

/// Visitor x item matrix over the events whose mask entry is non-zero (an empty mask takes every event).
/// Rows = every visitor in the dataset, columns = every item.
CsrMatrix buildVisitorItemMatrix(const Dataset& dataset, const EventWeights& weights, Combine combine,
                                 std::span<const std::uint8_t> eventMask = {});

} // namespace vitrina::data

#pragma once
// Trainable tensors and their gradients. A dense Parameter holds its gradient in the same shape; an embedding
// table's gradient is a SparseGradient: only the rows a mini-batch touched, each summed once over its
// occurrences (in occurrence order, so the sums are reproducible), as PyTorch's coalesced sparse gradients.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "models/neural/Tensor.h"

namespace vitrina::models::neural {

template <class T> struct Parameter {
    std::string name;
    Matrix<T> value;
    Matrix<T> grad;

    Parameter() = default;
    Parameter(std::string n, Eigen::Index rows, Eigen::Index cols)
        : name(std::move(n)), value(Matrix<T>::Zero(rows, cols)), grad(Matrix<T>::Zero(rows, cols)) {}
    void zeroGrad() { grad.setZero(value.rows(), value.cols()); }
};

template <class T> class SparseGradient {
public:
    SparseGradient() = default;
    SparseGradient(std::size_t tableRows, std::size_t cols) { reset(tableRows, cols); }

    void reset(std::size_t tableRows, std::size_t cols) {
        cols_ = cols;
        slot_.assign(tableRows, -1);
        rows_.clear();
        values_.clear();
    }
    /// Forgets the touched rows (keeps the capacity).
    void clear() {
        for (const std::uint32_t r : rows_) slot_[r] = -1;
        rows_.clear();
        values_.clear();
    }
    /// The accumulator of table row `row` (zero on first use in this mini-batch).
    T* rowFor(std::uint32_t row) {
        std::int32_t& s = slot_[row];
        if (s < 0) {
            s = static_cast<std::int32_t>(rows_.size());
            rows_.push_back(row);
            values_.resize(values_.size() + cols_, T(0));
        }
        return values_.data() + static_cast<std::size_t>(s) * cols_;
    }
    void addRow(std::uint32_t row, const T* values) {
        T* acc = rowFor(row);
        for (std::size_t c = 0; c < cols_; ++c) acc[c] += values[c];
    }
    /// Touched rows in first-touch order, and the gradient of the i-th of them.
    std::span<const std::uint32_t> rows() const { return rows_; }
    const T* values(std::size_t i) const { return values_.data() + i * cols_; }
    T* values(std::size_t i) { return values_.data() + i * cols_; }
    std::size_t cols() const { return cols_; }
    std::size_t tableRows() const { return slot_.size(); }

private:
    std::size_t cols_ = 0;
    std::vector<std::int32_t> slot_;
    std::vector<std::uint32_t> rows_;
    std::vector<T> values_;
};

/// An embedding table with its sparse gradient.
template <class T> struct SparseParameter {
    std::string name;
    Matrix<T> value;
    SparseGradient<T> grad;

    SparseParameter() = default;
    SparseParameter(std::string n, Eigen::Index rows, Eigen::Index cols)
        : name(std::move(n)), value(Matrix<T>::Zero(rows, cols)),
          grad(static_cast<std::size_t>(rows), static_cast<std::size_t>(cols)) {}
};

} // namespace vitrina::models::neural

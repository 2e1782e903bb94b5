#pragma once
// Saving and loading a square item x item sparse matrix in a model blob, with the checks that make a corrupt
// or mismatched blob a clear error instead of an out-of-range read later.
#include <string>

#include "data/InteractionMatrix.h"
#include "util/Binary.h"

namespace vitrina::models {

inline void writeItemMatrix(util::ByteWriter& out, const data::CsrMatrix& m) {
    out.put(m.rows);
    out.putVector(m.indptr);
    out.putVector(m.indices);
    out.putVector(m.values);
}

/// Reads what writeItemMatrix wrote; `items` = the dataset's item count, `model` names the model in messages.
inline data::CsrMatrix readItemMatrix(util::ByteReader& in, std::size_t items, const std::string& model) {
    data::CsrMatrix m;
    m.rows = m.cols = in.get<std::uint32_t>();
    m.indptr = in.getVector<std::uint64_t>();
    m.indices = in.getVector<std::uint32_t>();
    m.values = in.getVector<float>();
    bool ok = m.rows == items && m.indptr.size() == std::size_t{m.rows} + 1 && m.indptr.front() == 0 &&
              m.indptr.back() == m.indices.size() && m.values.size() == m.indices.size();
    for (std::size_t r = 0; ok && r < m.rows; ++r) ok = m.indptr[r] <= m.indptr[r + 1];
    for (std::size_t p = 0; ok && p < m.indices.size(); ++p) ok = m.indices[p] < m.rows;
    if (!ok) util::fail(util::MessageCode::InternalError, {model + ": saved item matrix does not match the dataset"});
    return m;
}

} // namespace vitrina::models

#pragma once
// A weight matrix in a model blob: rows, columns, then the values (the neural models' save/load).
#include <string_view>

#include "models/neural/Tensor.h"
#include "util/Binary.h"

namespace vitrina::models::neural {

void writeMatrix(util::ByteWriter& out, const Matrix<float>& m);
/// Reads into `m`, whose shape the loading network already has; a blob of another shape is an error naming
/// `model`.
void readMatrix(util::ByteReader& in, Matrix<float>& m, std::string_view model);

} // namespace vitrina::models::neural

#include "models/neural/MatrixIo.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>

#include "util/Message.h"

namespace vitrina::models::neural {

void writeMatrix(util::ByteWriter& out, const Matrix<float>& m) {
    out.put<std::uint64_t>(static_cast<std::uint64_t>(m.rows()));
    out.put<std::uint64_t>(static_cast<std::uint64_t>(m.cols()));
    out.putVector(std::span<const float>(m.data(), static_cast<std::size_t>(m.size())));
}

void readMatrix(util::ByteReader& in, Matrix<float>& m, std::string_view model) {
    const auto rows = in.get<std::uint64_t>(), cols = in.get<std::uint64_t>();
    const auto values = in.getVector<float>();
    if (rows != static_cast<std::uint64_t>(m.rows()) || cols != static_cast<std::uint64_t>(m.cols()) ||
        values.size() != rows * cols)
        util::fail(util::MessageCode::InternalError,
                   {std::string(model) + ": saved weights do not match the network's shape"});
    std::copy(values.begin(), values.end(), m.data());
}

} // namespace vitrina::models::neural

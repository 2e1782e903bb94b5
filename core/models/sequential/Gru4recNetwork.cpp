#include "models/sequential/Gru4recNetwork.h"

#include <cmath>

#include "models/neural/MatrixIo.h"
#include "util/Message.h"

namespace vitrina::models::sequential {
namespace {

constexpr std::size_t kGruScoreColumns = 16; // queries per scoring product (one packed panel)

} // namespace

Gru4recNetwork::Gru4recNetwork(const Gru4recSettings& s, std::size_t rowCount, std::uint64_t seed) : settings(s) {
    util::Rng rng(seed);
    const auto r = static_cast<Eigen::Index>(rowCount);
    std::size_t in = s.inputWidth();
    for (std::size_t l = 0; l < s.layers.size(); ++l) {
        layers.emplace_back("gru" + std::to_string(l), in, s.layers[l]);
        layers.back().initGru4rec(rng);
        in = s.layers[l];
    }
    items = nn::SparseParameter<float>("items", r, static_cast<Eigen::Index>(s.width()));
    nn::fillUniform(items.value, std::sqrt(6.0 / static_cast<double>(rowCount + s.width())), rng);
    itemBias = nn::SparseParameter<float>("item_bias", r, 1);
    if (!s.constrainedEmbedding) {
        inputTable = nn::SparseParameter<float>("input", r, static_cast<Eigen::Index>(s.embedding));
        nn::fillUniform(inputTable.value, std::sqrt(6.0 / static_cast<double>(rowCount + s.embedding)), rng);
    }
}

std::vector<nn::Matrix<float>> Gru4recNetwork::zeroState(std::size_t batch) const {
    std::vector<nn::Matrix<float>> state;
    for (const std::size_t width : settings.layers)
        state.push_back(nn::Matrix<float>::Zero(static_cast<Eigen::Index>(batch), static_cast<Eigen::Index>(width)));
    return state;
}

void Gru4recNetwork::step(std::span<const std::uint32_t> input, std::vector<nn::Matrix<float>>& state) const {
    const nn::Matrix<float>& table = inputMatrix();
    nn::Matrix<float> x(static_cast<Eigen::Index>(input.size()), table.cols()), next;
    for (std::size_t b = 0; b < input.size(); ++b) x.row(static_cast<Eigen::Index>(b)) = table.row(input[b]);
    for (std::size_t l = 0; l < layers.size(); ++l) {
        layers[l].forward(x, state[l], next, nullptr);
        state[l] = next;
        x.swap(next);
    }
}

void Gru4recNetwork::scoreRows(const nn::Matrix<float>& hidden, std::vector<float>& scores) const {
    const std::size_t q = static_cast<std::size_t>(hidden.rows()), n = rows(), width = settings.width();
    if (q > kGruScoreColumns) util::fail(util::MessageCode::InternalError, {"GRU4Rec: more than 16 queries in one product"});
    // W (n x width) times the padded hidden block transposed: one row of products per item row.
    nn::Matrix<float> block = nn::Matrix<float>::Zero(static_cast<Eigen::Index>(kGruScoreColumns), static_cast<Eigen::Index>(width));
    block.topRows(static_cast<Eigen::Index>(q)) = hidden;
    std::vector<float> products(n * kGruScoreColumns);
    nn::gemm<float>(n, kGruScoreColumns, width, {items.value.data(), width, nn::Transpose::No},
                    {block.data(), width, nn::Transpose::Yes}, products.data(), kGruScoreColumns);
    scores.resize(q * n);
    for (std::size_t r = 0; r < n; ++r) {
        const float bias = itemBias.value(static_cast<Eigen::Index>(r), 0);
        for (std::size_t j = 0; j < q; ++j) scores[j * n + r] = products[r * kGruScoreColumns + j] + bias;
    }
}

std::uint64_t Gru4recNetwork::memoryBytes() const {
    std::uint64_t floats = static_cast<std::uint64_t>(items.value.size() + itemBias.value.size() + inputTable.value.size());
    for (const auto& l : layers)
        floats += static_cast<std::uint64_t>(l.inputWeight.value.size() + l.hiddenWeight.value.size() +
                                             l.inputBias.value.size() + l.hiddenBias.value.size());
    return floats * sizeof(float);
}

void Gru4recNetwork::save(util::ByteWriter& out) const {
    nn::writeMatrix(out, items.value);
    nn::writeMatrix(out, itemBias.value);
    nn::writeMatrix(out, inputTable.value);
    for (const auto& l : layers) {
        nn::writeMatrix(out, l.inputWeight.value);
        nn::writeMatrix(out, l.hiddenWeight.value);
        nn::writeMatrix(out, l.inputBias.value);
        nn::writeMatrix(out, l.hiddenBias.value);
    }
}

void Gru4recNetwork::load(util::ByteReader& in) {
    nn::readMatrix(in, items.value, "GRU4Rec");
    nn::readMatrix(in, itemBias.value, "GRU4Rec");
    nn::readMatrix(in, inputTable.value, "GRU4Rec");
    for (auto& l : layers) {
        nn::readMatrix(in, l.inputWeight.value, "GRU4Rec");
        nn::readMatrix(in, l.hiddenWeight.value, "GRU4Rec");
        nn::readMatrix(in, l.inputBias.value, "GRU4Rec");
        nn::readMatrix(in, l.hiddenBias.value, "GRU4Rec");
    }
}

} // namespace vitrina::models::sequential

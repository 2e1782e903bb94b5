#include "models/sequential/SasrecNetwork.h"

#include <cmath>

#include "models/neural/MatrixIo.h"
#include "util/Message.h"

namespace vitrina::models::sequential {
namespace {

constexpr std::size_t kSasrecScoreColumns = 16;

} // namespace

void SasrecBatch::reset(std::size_t sequenceCount, std::size_t rowLength) {
    sequences = sequenceCount;
    length = rowLength;
    items.assign(sequences * length, 0);
    valid.assign(sequences * length, 0);
    position.assign(sequences * length, 0);
}

void SasrecBatch::set(std::size_t b, std::span<const std::uint32_t> rows) {
    const std::size_t n = std::min(rows.size(), length);
    const auto tail = rows.last(n);
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t row = b * length + (length - n + k);
        items[row] = tail[k];
        valid[row] = 1;
        position[row] = static_cast<std::uint32_t>(k);
    }
}

SasrecNetwork::SasrecNetwork(const SasrecShape& shape, std::size_t rows, std::uint64_t seed) : shape_(shape) {
    util::Rng rng(seed);
    const std::size_t d = shape.width;
    items_ = std::make_shared<nn::SparseParameter<float>>("items", static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(d));
    nn::fillUniform(items_->value, std::sqrt(6.0 / static_cast<double>(rows + d)), rng);
    positions_ = nn::PositionalEmbedding<float>("positions", shape.maxLength, d);
    nn::fillUniform(positions_.positions.table.value, std::sqrt(6.0 / static_cast<double>(shape.maxLength + d)), rng);
    for (std::size_t l = 0; l < shape.blocks; ++l) {
        const std::string name = "block" + std::to_string(l);
        SasrecBlock b;
        b.attentionNorm = nn::LayerNorm<float>(name + ".norm1", d);
        b.feedForwardNorm = nn::LayerNorm<float>(name + ".norm2", d);
        b.attention = nn::SelfAttention<float>(name + ".attention", d, shape.heads, shape.dropout);
        b.attention.initGlorot(rng);
        b.feedForward = nn::FeedForward<float>(name + ".ffn", d, d, nn::Activation{nn::ActivationKind::Relu}, shape.dropout);
        b.feedForward.inner.initGlorot(rng);
        b.feedForward.outer.initGlorot(rng);
        b.attentionDropout.p = shape.dropout;
        b.feedForwardDropout.p = shape.dropout;
        blocks_.push_back(std::move(b));
    }
    finalNorm_ = nn::LayerNorm<float>("norm", d);
    embeddingDropout_.p = shape.dropout;
}

void SasrecNetwork::forward(const SasrecBatch& batch, nn::Matrix<float>& out, util::Rng* rng, nn::Team* team) {
    batch_ = &batch;
    const std::size_t d = shape_.width, rowsInBatch = batch.sequences * batch.length;
    validRows_.clear();
    validItems_.clear();
    validPositions_.clear();
    for (std::size_t r = 0; r < rowsInBatch; ++r)
        if (batch.valid[r]) {
            validRows_.push_back(static_cast<std::uint32_t>(r));
            validItems_.push_back(batch.items[r]);
            validPositions_.push_back(batch.position[r]);
        }
    nn::Matrix<float> x = nn::Matrix<float>::Zero(static_cast<Eigen::Index>(rowsInBatch), static_cast<Eigen::Index>(d));
    const float scale = std::sqrt(static_cast<float>(d));
    const auto& positionTable = positions_.positions.table.value;
    for (std::size_t v = 0; v < validRows_.size(); ++v)
        x.row(validRows_[v]) = items_->value.row(validItems_[v]) * scale + positionTable.row(validPositions_[v]);
    embeddingDropout_.apply(x, rng);
    nn::Matrix<float> normed, branch;
    for (auto& b : blocks_) {
        const std::uint64_t seed = rng ? rng->next() : 0;
        if (shape_.preNorm) {
            b.attentionNorm.forward(x, normed);
            b.attention.forward(normed, batch.sequences, batch.length, batch.valid, branch, rng ? &seed : nullptr, team);
            b.attentionDropout.apply(branch, rng);
            b.mid = x + branch;
            b.feedForwardNorm.forward(b.mid, normed);
            b.feedForward.forward(normed, branch, rng, team);
            b.feedForwardDropout.apply(branch, rng);
            x = b.mid + branch;
        } else {
            b.attention.forward(x, batch.sequences, batch.length, batch.valid, branch, rng ? &seed : nullptr, team);
            b.attentionDropout.apply(branch, rng);
            b.attentionNorm.forward(x + branch, b.mid);
            b.feedForward.forward(b.mid, branch, rng, team);
            b.feedForwardDropout.apply(branch, rng);
            b.feedForwardNorm.forward(b.mid + branch, x);
        }
    }
    if (shape_.preNorm) finalNorm_.forward(x, out);
    else out = std::move(x);
}

void SasrecNetwork::backward(const nn::Matrix<float>& dOut, nn::Team* team) {
    nn::Matrix<float> dx, dBranch, dNormed, dMid;
    if (shape_.preNorm) finalNorm_.backward(dOut, dx);
    else dx = dOut;
    for (std::size_t l = blocks_.size(); l-- > 0;) {
        SasrecBlock& b = blocks_[l];
        if (shape_.preNorm) {
            // x_out = mid + drop(FFN(LN2(mid))); mid = x_in + drop(Attn(LN1(x_in)))
            dBranch = dx;
            b.feedForwardDropout.applyBackward(dBranch);
            b.feedForward.backward(dBranch, dNormed, team);
            b.feedForwardNorm.backward(dNormed, dMid);
            dMid += dx;
            dBranch = dMid;
            b.attentionDropout.applyBackward(dBranch);
            b.attention.backward(dBranch, dNormed, team);
            b.attentionNorm.backward(dNormed, dx);
            dx += dMid;
        } else {
            // x_out = LN2(mid + drop(FFN(mid))); mid = LN1(x_in + drop(Attn(x_in)))
            nn::Matrix<float> dSum;
            b.feedForwardNorm.backward(dx, dSum);
            dBranch = dSum;
            b.feedForwardDropout.applyBackward(dBranch);
            b.feedForward.backward(dBranch, dMid, team);
            dMid += dSum;
            b.attentionNorm.backward(dMid, dSum);
            dBranch = dSum;
            b.attentionDropout.applyBackward(dBranch);
            b.attention.backward(dBranch, dx, team);
            dx += dSum;
        }
    }
    embeddingDropout_.applyBackward(dx);
    const float scale = std::sqrt(static_cast<float>(shape_.width));
    nn::Matrix<float> rowsOfValid(static_cast<Eigen::Index>(validRows_.size()), dx.cols());
    for (std::size_t v = 0; v < validRows_.size(); ++v) rowsOfValid.row(static_cast<Eigen::Index>(v)) = dx.row(validRows_[v]);
    positions_.backward(validPositions_, rowsOfValid);
    rowsOfValid *= scale;
    for (std::size_t v = 0; v < validRows_.size(); ++v)
        items_->grad.addRow(validItems_[v], rowsOfValid.row(static_cast<Eigen::Index>(v)).data());
}

float SasrecNetwork::attention(std::size_t b, std::size_t t, std::size_t j) const {
    const auto& a = blocks_.back().attention;
    float sum = 0.0f;
    for (std::size_t h = 0; h < shape_.heads; ++h) sum += a.weight(b, h, t, j);
    return sum / static_cast<float>(shape_.heads);
}

void SasrecNetwork::scoreRows(const nn::Matrix<float>& hidden, std::vector<float>& scores) const {
    const std::size_t q = static_cast<std::size_t>(hidden.rows()), n = rows(), d = shape_.width;
    if (q > kSasrecScoreColumns) util::fail(util::MessageCode::InternalError, {"SASRec: more than 16 queries in one product"});
    nn::Matrix<float> block = nn::Matrix<float>::Zero(static_cast<Eigen::Index>(kSasrecScoreColumns), static_cast<Eigen::Index>(d));
    block.topRows(static_cast<Eigen::Index>(q)) = hidden;
    std::vector<float> products(n * kSasrecScoreColumns);
    nn::gemm<float>(n, kSasrecScoreColumns, d, {items_->value.data(), d, nn::Transpose::No}, {block.data(), d, nn::Transpose::Yes},
                    products.data(), kSasrecScoreColumns);
    scores.resize(q * n);
    for (std::size_t r = 0; r < n; ++r)
        for (std::size_t j = 0; j < q; ++j) scores[j * n + r] = products[r * kSasrecScoreColumns + j];
}

SasrecNetwork SasrecNetwork::inferenceCopy() const {
    SasrecNetwork c;
    c.shape_ = shape_;
    c.items_ = items_;
    c.positions_.positions.table.value = positions_.positions.table.value;
    for (const auto& b : blocks_) {
        SasrecBlock n;
        n.attentionNorm.gamma.value = b.attentionNorm.gamma.value;
        n.attentionNorm.beta.value = b.attentionNorm.beta.value;
        n.attentionNorm.eps = b.attentionNorm.eps;
        n.feedForwardNorm.gamma.value = b.feedForwardNorm.gamma.value;
        n.feedForwardNorm.beta.value = b.feedForwardNorm.beta.value;
        n.feedForwardNorm.eps = b.feedForwardNorm.eps;
        n.attention.heads = b.attention.heads;
        n.attention.projection.weight.value = b.attention.projection.weight.value;
        n.attention.projection.bias.value = b.attention.projection.bias.value;
        n.attention.output.weight.value = b.attention.output.weight.value;
        n.attention.output.bias.value = b.attention.output.bias.value;
        n.feedForward.inner.weight.value = b.feedForward.inner.weight.value;
        n.feedForward.inner.bias.value = b.feedForward.inner.bias.value;
        n.feedForward.outer.weight.value = b.feedForward.outer.weight.value;
        n.feedForward.outer.bias.value = b.feedForward.outer.bias.value;
        n.feedForward.activation = b.feedForward.activation;
        c.blocks_.push_back(std::move(n));
    }
    c.finalNorm_.gamma.value = finalNorm_.gamma.value;
    c.finalNorm_.beta.value = finalNorm_.beta.value;
    c.finalNorm_.eps = finalNorm_.eps;
    return c;
}

std::vector<const nn::Parameter<float>*> SasrecNetwork::denseParameters() const {
    const auto all = const_cast<SasrecNetwork*>(this)->denseParameters(); // the same list, read-only
    return {all.begin(), all.end()};
}

std::vector<nn::Parameter<float>*> SasrecNetwork::denseParameters() {
    std::vector<nn::Parameter<float>*> out;
    for (auto& b : blocks_) {
        for (auto* p : {&b.attentionNorm.gamma, &b.attentionNorm.beta, &b.feedForwardNorm.gamma, &b.feedForwardNorm.beta,
                        &b.attention.projection.weight, &b.attention.projection.bias, &b.attention.output.weight,
                        &b.attention.output.bias, &b.feedForward.inner.weight, &b.feedForward.inner.bias,
                        &b.feedForward.outer.weight, &b.feedForward.outer.bias})
            out.push_back(p);
    }
    out.push_back(&finalNorm_.gamma);
    out.push_back(&finalNorm_.beta);
    return out;
}

std::uint64_t SasrecNetwork::memoryBytes() const {
    std::uint64_t floats = static_cast<std::uint64_t>(items_->value.size() + positions_.positions.table.value.size());
    for (const auto* p : denseParameters()) floats += static_cast<std::uint64_t>(p->value.size());
    return floats * sizeof(float);
}

void SasrecNetwork::save(util::ByteWriter& out) const {
    nn::writeMatrix(out, items_->value);
    nn::writeMatrix(out, positions_.positions.table.value);
    for (const auto* p : denseParameters()) nn::writeMatrix(out, p->value);
}

void SasrecNetwork::load(util::ByteReader& in) {
    nn::readMatrix(in, items_->value, "SASRec");
    nn::readMatrix(in, positions_.positions.table.value, "SASRec");
    for (auto* p : denseParameters()) nn::readMatrix(in, p->value, "SASRec");
}

} // namespace vitrina::models::sequential

#include "models/factorisation/AlsSolver.h"

#include <algorithm>
#include <atomic>
#include <cmath>

#include "models/factorisation/DenseKernels.h"
#include "util/Message.h"
#include "util/Parallel.h"

namespace vitrina::models {
namespace {

constexpr std::size_t kGramChunk = 2048; // rows per partial Gram sum (fixed: independent of threads)
constexpr std::size_t kSolveBlock = 64;  // rows solved in lock step
constexpr float kResidualFloor = 1e-20f; // §3.2: skip / stop when r^T r falls below it

float dot(const float* a, const float* b, std::size_t n) {
    return Eigen::Map<const Eigen::VectorXf>(a, static_cast<Eigen::Index>(n))
        .dot(Eigen::Map<const Eigen::VectorXf>(b, static_cast<Eigen::Index>(n)));
}

/// The positive entries of one block's rows, in row order.
struct BlockEntries {
    std::vector<std::uint32_t> rowOf;     // active row -> matrix row
    std::vector<std::size_t> begin;       // active row -> first entry (size active + 1)
    std::vector<std::uint32_t> columns;   // fixed-side row of each entry
    std::vector<float> excess;            // c - 1 = alpha * r
    std::vector<float> confidence;        // c = 1 + alpha * r
};

struct Scratch {
    BlockEntries entries;
    std::vector<float> x, r, p, q, rho, products, coef;
    std::vector<std::uint32_t> live;
};

/// q += sum_i (c_i - 1) (f_i^T v) f_i over the entries [b, e) of the block.
void addObservedTerm(const FactorMatrix& fixed, const BlockEntries& en, std::size_t b, std::size_t e, const float* v,
                     float* q, Scratch& s) {
    const std::size_t w = static_cast<std::size_t>(fixed.cols());
    const std::size_t n = e - b;
    const kernels::Rows rows{fixed.data(), n, w, en.columns.data() + b};
    s.products.resize(n);
    s.coef.resize(n);
    kernels::dotProducts(rows, kernels::Rows{v, 1, w}, w, s.products.data(), n);
    for (std::size_t k = 0; k < n; ++k) s.coef[k] = en.excess[b + k] * s.products[k];
    kernels::addWeightedRows(rows, s.coef.data(), w, q);
}

void solveBlock(const data::CsrMatrix& m, const FactorMatrix& fixed, const GramMatrix& gram,
                const ConjugateGradientOptions& options, FactorMatrix& solved, std::size_t r0, std::size_t r1,
                Scratch& s) {
    const std::size_t w = static_cast<std::size_t>(solved.cols());
    BlockEntries& en = s.entries;
    en.rowOf.clear();
    en.begin.assign(1, 0);
    en.columns.clear();
    en.excess.clear();
    en.confidence.clear();
    for (std::size_t row = r0; row < r1; ++row) {
        const std::size_t before = en.columns.size();
        for (std::uint64_t k = m.rowBegin(static_cast<std::uint32_t>(row)); k < m.rowEnd(static_cast<std::uint32_t>(row)); ++k) {
            const float value = m.values[k];
            if (!(value > 0.0f)) continue;
            en.columns.push_back(m.indices[k]);
            en.excess.push_back(options.alpha * value);
            en.confidence.push_back(1.0f + options.alpha * value);
        }
        if (en.columns.size() == before) {
            solved.row(static_cast<Eigen::Index>(row)).setZero(); // §3.2: no interactions -> 0
            continue;
        }
        en.rowOf.push_back(static_cast<std::uint32_t>(row));
        en.begin.push_back(en.columns.size());
    }
    const std::size_t count = en.rowOf.size();
    if (count == 0) return;
    s.x.resize(count * w);
    s.r.resize(count * w);
    s.p.resize(count * w);
    s.q.resize(count * w);
    s.rho.resize(count);
    s.live.clear();
    for (std::size_t u = 0; u < count; ++u)
        std::copy_n(solved.data() + std::size_t{en.rowOf[u]} * w, w, s.x.data() + u * w);

    const kernels::Rows gramRows{gram.data(), w, w};
    // r = b - A x from the warm start, p = r.
    kernels::dotProducts(gramRows, kernels::Rows{s.x.data(), count, w}, w, s.q.data(), w);
    for (std::size_t u = 0; u < count; ++u) {
        float* q = s.q.data() + u * w;
        float* r = s.r.data() + u * w;
        addObservedTerm(fixed, en, en.begin[u], en.begin[u + 1], s.x.data() + u * w, q, s);
        std::fill_n(r, w, 0.0f);
        const kernels::Rows rows{fixed.data(), en.begin[u + 1] - en.begin[u], w, en.columns.data() + en.begin[u]};
        kernels::addWeightedRows(rows, en.confidence.data() + en.begin[u], w, r);
        for (std::size_t k = 0; k < w; ++k) r[k] -= q[k];
        std::copy_n(r, w, s.p.data() + u * w);
        s.rho[u] = dot(r, r, w);
        if (s.rho[u] >= kResidualFloor) s.live.push_back(static_cast<std::uint32_t>(u));
    }
    for (int step = 0; step < options.steps && !s.live.empty(); ++step) {
        // q = G p for the live rows (compact, in live order), then each row's own terms and update.
        kernels::dotProducts(gramRows, kernels::Rows{s.p.data(), s.live.size(), w, s.live.data()}, w, s.q.data(), w);
        std::size_t kept = 0;
        for (std::size_t l = 0; l < s.live.size(); ++l) {
            const std::size_t u = s.live[l];
            float* x = s.x.data() + u * w;
            float* r = s.r.data() + u * w;
            float* p = s.p.data() + u * w;
            float* q = s.q.data() + l * w;
            addObservedTerm(fixed, en, en.begin[u], en.begin[u + 1], p, q, s);
            const float pq = dot(p, q, w);
            if (!(pq > 0.0f)) continue;
            const float a = s.rho[u] / pq;
            for (std::size_t k = 0; k < w; ++k) x[k] += a * p[k];
            for (std::size_t k = 0; k < w; ++k) r[k] -= a * q[k];
            const float rhoNext = dot(r, r, w);
            if (rhoNext < kResidualFloor) continue;
            const float beta = rhoNext / s.rho[u];
            for (std::size_t k = 0; k < w; ++k) p[k] = r[k] + beta * p[k];
            s.rho[u] = rhoNext;
            s.live[kept++] = static_cast<std::uint32_t>(u);
        }
        s.live.resize(kept);
    }
    for (std::size_t u = 0; u < count; ++u)
        std::copy_n(s.x.data() + u * w, w, solved.data() + std::size_t{en.rowOf[u]} * w);
}

} // namespace

GramMatrix gramMatrix(const FactorMatrix& factors, float lambda, int threads) {
    const std::size_t w = static_cast<std::size_t>(factors.cols());
    const std::size_t n = static_cast<std::size_t>(factors.rows());
    const std::size_t chunks = (n + kGramChunk - 1) / kGramChunk;
    std::vector<float> partial(chunks * w * w, 0.0f);
    util::parallelFor(chunks, threads, 1, [&](std::size_t c) {
        thread_local std::vector<float> transposed; // w rows of kGramChunk values: the chunk's columns
        transposed.assign(w * kGramChunk, 0.0f);
        const std::size_t r0 = c * kGramChunk, r1 = std::min(n, r0 + kGramChunk);
        for (std::size_t r = r0; r < r1; ++r) {
            const float* row = factors.data() + r * w;
            for (std::size_t k = 0; k < w; ++k) transposed[k * kGramChunk + (r - r0)] = row[k];
        }
        const kernels::Rows columns{transposed.data(), w, kGramChunk};
        kernels::dotProducts(columns, columns, (r1 - r0 + 7) / 8 * 8, partial.data() + c * w * w, w);
    });
    Eigen::MatrixXd sum = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(w), static_cast<Eigen::Index>(w));
    for (std::size_t c = 0; c < chunks; ++c)
        sum += Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
                   partial.data() + c * w * w, static_cast<Eigen::Index>(w), static_cast<Eigen::Index>(w))
                   .cast<double>();
    GramMatrix gram = sum.cast<float>();
    gram.diagonal().array() += lambda;
    return gram;
}

void conjugateGradientSweep(const data::CsrMatrix& interactions, const FactorMatrix& fixed, const GramMatrix& gram,
                            const ConjugateGradientOptions& options, FactorMatrix& solved, int threads,
                            const util::Progress& progress) {
    const std::size_t n = static_cast<std::size_t>(solved.rows());
    if (interactions.rows != n || interactions.cols != static_cast<std::size_t>(fixed.rows()) ||
        fixed.cols() != solved.cols() || gram.rows() != solved.cols() || gram.cols() != solved.cols())
        util::fail(util::MessageCode::InternalError, {"ALS half-sweep: matrix sizes do not match"});
    const std::size_t blocks = (n + kSolveBlock - 1) / kSolveBlock;
    std::atomic<std::size_t> finished{0};
    util::parallelFor(blocks, threads, 1, [&](std::size_t b) {
        progress.check();
        thread_local Scratch scratch;
        solveBlock(interactions, fixed, gram, options, solved, b * kSolveBlock, std::min(n, (b + 1) * kSolveBlock),
                   scratch);
        const std::size_t done = finished.fetch_add(1, std::memory_order_relaxed) + 1;
        if (done % 256 == 0) progress.set(static_cast<double>(done) / static_cast<double>(blocks));
    });
    progress.set(1.0);
}

FoldIn::FoldIn(const FactorMatrix& fixed, const GramMatrix& gram, float alpha, const WeightedRows& history) {
    const Eigen::Index w = gram.rows();
    Eigen::MatrixXd a = gram.cast<double>();
    Eigen::VectorXd b = Eigen::VectorXd::Zero(w);
    Eigen::MatrixXd scaled(static_cast<Eigen::Index>(history.rows.size()), w);
    confidence_.reserve(history.rows.size());
    for (std::size_t h = 0; h < history.rows.size(); ++h) {
        const Eigen::VectorXd f = fixed.row(static_cast<Eigen::Index>(history.rows[h])).transpose().cast<double>();
        const double excess = static_cast<double>(alpha) * static_cast<double>(history.weights[h]);
        confidence_.push_back(1.0 + excess);
        b += (1.0 + excess) * f;
        scaled.row(static_cast<Eigen::Index>(h)) = std::sqrt(excess) * f.transpose();
    }
    a.noalias() += scaled.transpose() * scaled;
    llt_.compute(a);
    if (llt_.info() != Eigen::Success)
        util::fail(util::MessageCode::InternalError, {"ALS fold-in: the system is not positive definite"});
    solution_ = llt_.solve(b);
}

Eigen::VectorXd FoldIn::solve(const Eigen::VectorXd& v) const { return llt_.solve(v); }

} // namespace vitrina::models

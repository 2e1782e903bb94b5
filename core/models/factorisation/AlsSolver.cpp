#include "models/factorisation/AlsSolver.h"

#include <algorithm>
#include <atomic>
#include <cmath>

#include "models/factorisation/DenseKernels.h"
#include "util/Message.h"
#include "util/Parallel.h"
#include "util/Prefault.h"

namespace vitrina::models {
namespace {

constexpr std::size_t kGramChunk = 16384; // rows per partial Gram sum (fixed: independent of threads)
constexpr std::size_t kGramPass = 256;    // rows per kernel pass (they stay in cache across the tiles)
constexpr std::size_t kSolveBlock = 64;  // rows solved in lock step
constexpr float kResidualFloor = 1e-20f; // CG: skip / stop when r^T r falls below it

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
    std::vector<std::size_t> gatheredAt;  // active row -> first row in Scratch::gathered (long rows)
};

struct Scratch {
    BlockEntries entries;
    std::vector<float> gathered; // the fixed-side rows of every entry, contiguous (read once per CG step)
    std::vector<float> x, r, p, q, rho, products, coef;
    std::vector<std::uint32_t> live;
};

constexpr std::size_t kGatherFrom = 16; // rows with at least this many entries stream a gathered copy

/// The fixed-side rows of active row u's entries: a contiguous copy for long rows (read once per CG step, they
/// would not stay in cache between steps), the rows in place for short ones.
kernels::Rows entryRows(const Scratch& s, const FactorMatrix& fixed, std::size_t u) {
    const std::size_t w = static_cast<std::size_t>(fixed.cols());
    const std::size_t b = s.entries.begin[u], n = s.entries.begin[u + 1] - b;
    if (n >= kGatherFrom) return kernels::Rows{s.gathered.data() + s.entries.gatheredAt[u] * w, n, w};
    return kernels::Rows{fixed.data(), n, w, s.entries.columns.data() + b};
}

/// q += sum_i (c_i - 1) (f_i^T v) f_i over the entries of active row u.
void addObservedTerm(const FactorMatrix& fixed, std::size_t u, const float* v, float* q, Scratch& s) {
    const std::size_t w = static_cast<std::size_t>(fixed.cols());
    const BlockEntries& en = s.entries;
    const std::size_t b = en.begin[u];
    const kernels::Rows rows = entryRows(s, fixed, u);
    const std::size_t n = rows.count;
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
            // The row is needed after the block's G x product: fetch it now, overlapped with the others.
            const float* fixedRow = fixed.data() + std::size_t{m.indices[k]} * static_cast<std::size_t>(fixed.cols());
            for (Eigen::Index c = 0; c < fixed.cols(); c += 16) __builtin_prefetch(fixedRow + c);
            en.excess.push_back(options.alpha * value);
            en.confidence.push_back(1.0f + options.alpha * value);
        }
        if (en.columns.size() == before) {
            solved.row(static_cast<Eigen::Index>(row)).setZero(); // no interactions -> 0
            continue;
        }
        en.rowOf.push_back(static_cast<std::uint32_t>(row));
        en.begin.push_back(en.columns.size());
    }
    const std::size_t count = en.rowOf.size();
    if (count == 0) return;
    en.gatheredAt.assign(count, 0);
    std::size_t gathered = 0;
    for (std::size_t u = 0; u < count; ++u) {
        en.gatheredAt[u] = gathered;
        if (en.begin[u + 1] - en.begin[u] >= kGatherFrom) gathered += en.begin[u + 1] - en.begin[u];
    }
    s.gathered.resize(gathered * w);
    for (std::size_t u = 0; u < count; ++u) {
        if (en.begin[u + 1] - en.begin[u] < kGatherFrom) continue;
        float* to = s.gathered.data() + en.gatheredAt[u] * w;
        for (std::size_t e = en.begin[u]; e < en.begin[u + 1]; ++e, to += w)
            std::copy_n(fixed.data() + std::size_t{en.columns[e]} * w, w, to);
    }
    s.x.resize(count * w);
    s.r.resize(count * w);
    s.p.resize(count * w);
    s.q.resize(count * w);
    s.rho.resize(count);
    s.live.clear();
    for (std::size_t u = 0; u < count; ++u)
        std::copy_n(solved.data() + std::size_t{en.rowOf[u]} * w, w, s.x.data() + u * w);

    // r = b - A x from the warm start, p = r.
    kernels::rowsTimesMatrix(kernels::Rows{s.x.data(), count, w}, gram.data(), w, s.q.data());
    for (std::size_t u = 0; u < count; ++u) {
        float* q = s.q.data() + u * w;
        float* r = s.r.data() + u * w;
        addObservedTerm(fixed, u, s.x.data() + u * w, q, s);
        std::fill_n(r, w, 0.0f);
        kernels::addWeightedRows(entryRows(s, fixed, u), en.confidence.data() + en.begin[u], w, r);
        for (std::size_t k = 0; k < w; ++k) r[k] -= q[k];
        std::copy_n(r, w, s.p.data() + u * w);
        s.rho[u] = dot(r, r, w);
        if (s.rho[u] >= kResidualFloor) s.live.push_back(static_cast<std::uint32_t>(u));
    }
    for (int step = 0; step < options.steps && !s.live.empty(); ++step) {
        // q = G p for the live rows (compact, in live order), then each row's own terms and update.
        kernels::rowsTimesMatrix(kernels::Rows{s.p.data(), s.live.size(), w, s.live.data()}, gram.data(), w, s.q.data());
        std::size_t kept = 0;
        for (std::size_t l = 0; l < s.live.size(); ++l) {
            const std::size_t u = s.live[l];
            float* x = s.x.data() + u * w;
            float* r = s.r.data() + u * w;
            float* p = s.p.data() + u * w;
            float* q = s.q.data() + l * w;
            addObservedTerm(fixed, u, p, q, s);
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

FactorMatrix zeroFactorMatrix(std::size_t rows, std::size_t width) {
    FactorMatrix m(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(width));
    util::prefaultForWrite(m.data(), rows * width * sizeof(float));
    m.setZero();
    return m;
}

GramMatrix gramMatrix(const FactorMatrix& factors, float lambda, int threads) {
    const std::size_t w = static_cast<std::size_t>(factors.cols());
    const std::size_t n = static_cast<std::size_t>(factors.rows());
    const std::size_t chunks = (n + kGramChunk - 1) / kGramChunk;
    std::vector<float> partial(chunks * w * w, 0.0f);
    util::parallelFor(chunks, threads, 1, [&](std::size_t c) {
        const std::size_t end = std::min(n, (c + 1) * kGramChunk);
        for (std::size_t r0 = c * kGramChunk; r0 < end; r0 += kGramPass)
            kernels::addOuterProducts(kernels::Rows{factors.data() + r0 * w, std::min(kGramPass, end - r0), w}, w,
                                      partial.data() + c * w * w);
    });
    Eigen::MatrixXd sum = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(w), static_cast<Eigen::Index>(w));
    for (std::size_t c = 0; c < chunks; ++c)
        for (std::size_t j = 0; j < w; ++j)
            for (std::size_t k = j; k < w; ++k)
                sum(static_cast<Eigen::Index>(j), static_cast<Eigen::Index>(k)) += partial[c * w * w + j * w + k];
    GramMatrix gram = sum.cast<float>();
    gram.triangularView<Eigen::StrictlyLower>() = gram.transpose(); // upper triangle mirrored: exactly symmetric
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

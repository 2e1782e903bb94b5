#include "models/factorisation/SpdInverse.h"

#include <algorithm>

#include <Eigen/Cholesky>
#include <Eigen/Core>

#include "util/Denormals.h"
#include "util/Message.h"
#include "util/Parallel.h"

namespace vitrina::models {
namespace {

constexpr Eigen::Index kPanel = 256; // panel width of every pass

template <class Scalar> using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
template <class Scalar> using View = Eigen::Map<Matrix<Scalar>>;

Eigen::Index blocksOf(Eigen::Index n) { return (n + kPanel - 1) / kPanel; }

/// Right-looking blocked Cholesky: the lower triangle becomes L.
template <class Scalar> void cholesky(View<Scalar>& a, int threads, const util::Progress& progress) {
    const Eigen::Index n = a.rows();
    for (Eigen::Index k = 0; k < n; k += kPanel) {
        progress.check();
        const Eigen::Index kb = std::min(kPanel, n - k);
        Matrix<Scalar> diagonal = a.block(k, k, kb, kb);
        Eigen::LLT<Eigen::Ref<Matrix<Scalar>>> llt(diagonal);
        if (llt.info() != Eigen::Success)
            util::fail(util::MessageCode::InternalError, {"EASE: the Gram matrix is not positive definite"});
        a.block(k, k, kb, kb).template triangularView<Eigen::Lower>() = diagonal;
        const Eigen::Index m = n - k - kb;
        if (m == 0) break;
        const Matrix<Scalar>& l11 = diagonal;
        // A21 <- A21 L11^-T, in row blocks.
        util::parallelFor(static_cast<std::size_t>(blocksOf(m)), threads, 1, [&](std::size_t rb) {
            const util::FlushDenormals flush; // per worker thread (util/Denormals.h)
            const Eigen::Index r0 = static_cast<Eigen::Index>(rb) * kPanel;
            auto rows = a.block(k + kb + r0, k, std::min(kPanel, m - r0), kb);
            l11.transpose().template triangularView<Eigen::Upper>().template solveInPlace<Eigen::OnTheRight>(rows);
        });
        // A22 -= A21 A21^T on the lower triangle, by column blocks.
        const auto panel = a.block(k + kb, k, m, kb);
        util::parallelFor(static_cast<std::size_t>(blocksOf(m)), threads, 1, [&](std::size_t cb) {
            const util::FlushDenormals flush; // per worker thread (util/Denormals.h)
            progress.check();
            const Eigen::Index j0 = static_cast<Eigen::Index>(cb) * kPanel;
            const Eigen::Index jw = std::min(kPanel, m - j0);
            a.block(k + kb + j0, k + kb + j0, m - j0, jw).noalias() -=
                panel.middleRows(j0, m - j0) * panel.middleRows(j0, jw).transpose();
        });
        progress.set(1.0 - static_cast<double>(m) * m * m / (static_cast<double>(n) * n * n));
    }
}

/// Lower triangle L -> L^-1, last block column first (LAPACK trtri, lower).
template <class Scalar> void invertLower(View<Scalar>& a, int threads, const util::Progress& progress) {
    const Eigen::Index n = a.rows();
    for (Eigen::Index j = (n - 1) / kPanel * kPanel; j >= 0; j -= kPanel) {
        progress.check();
        const Eigen::Index jb = std::min(kPanel, n - j);
        const Eigen::Index m = n - j - jb;
        Matrix<Scalar> diagonal = a.block(j, j, jb, jb).template triangularView<Eigen::Lower>();
        if (m > 0) {
            // P <- (already inverted trailing L) P, in row blocks from a copy of P.
            const Matrix<Scalar> panel = a.block(j + jb, j, m, jb);
            const auto inverted = a.block(j + jb, j + jb, m, m);
            util::parallelFor(static_cast<std::size_t>(blocksOf(m)), threads, 1, [&](std::size_t rb) {
            const util::FlushDenormals flush; // per worker thread (util/Denormals.h)
                progress.check();
                const Eigen::Index r0 = static_cast<Eigen::Index>(rb) * kPanel;
                const Eigen::Index rw = std::min(kPanel, m - r0);
                auto out = a.block(j + jb + r0, j, rw, jb);
                out.noalias() = inverted.block(r0, r0, rw, rw).template triangularView<Eigen::Lower>() *
                                panel.middleRows(r0, rw);
                if (r0 > 0) out.noalias() += inverted.block(r0, 0, rw, r0) * panel.topRows(r0);
            });
            // P <- -P L_jj^-1.
            auto p = a.block(j + jb, j, m, jb);
            diagonal.template triangularView<Eigen::Lower>().template solveInPlace<Eigen::OnTheRight>(p);
            p = -p;
        }
        const Matrix<Scalar> inverse = diagonal.template triangularView<Eigen::Lower>().solve(
            Matrix<Scalar>::Identity(jb, jb));
        a.block(j, j, jb, jb).template triangularView<Eigen::Lower>() = inverse;
        progress.set(1.0 - static_cast<double>(j) * j * j / (static_cast<double>(n) * n * n));
    }
}

/// Lower triangle W -> lower triangle of W^T W, first block row first (LAPACK lauum, lower).
template <class Scalar> void lowerGram(View<Scalar>& a, int threads, const util::Progress& progress) {
    const Eigen::Index n = a.rows();
    for (Eigen::Index i = 0; i < n; i += kPanel) {
        progress.check();
        const Eigen::Index ib = std::min(kPanel, n - i);
        const Eigen::Index m = n - i - ib;
        const Matrix<Scalar> wii = a.block(i, i, ib, ib).template triangularView<Eigen::Lower>();
        const auto below = a.block(i + ib, i, m, ib); // still W: rows below i + ib are untouched so far
        // Block row i left of the diagonal: W_ii^T X + W_below^T (rows below of those columns), by column blocks.
        util::parallelFor(static_cast<std::size_t>(blocksOf(i)), threads, 1, [&](std::size_t cb) {
            const util::FlushDenormals flush; // per worker thread (util/Denormals.h)
            progress.check();
            const Eigen::Index c0 = static_cast<Eigen::Index>(cb) * kPanel;
            const Eigen::Index cw = std::min(kPanel, i - c0);
            auto x = a.block(i, c0, ib, cw);
            const Matrix<Scalar> old = x;
            x.noalias() = wii.transpose().template triangularView<Eigen::Upper>() * old;
            if (m > 0) x.noalias() += below.transpose() * a.block(i + ib, c0, m, cw);
        });
        Matrix<Scalar> diag = wii.transpose() * wii;
        if (m > 0) diag.noalias() += below.transpose() * below;
        a.block(i, i, ib, ib).template triangularView<Eigen::Lower>() = diag;
        const double done = static_cast<double>(i + ib);
        progress.set(1.0 - (n - done) * (n - done) * (n - done) / (static_cast<double>(n) * n * n));
    }
}

} // namespace

template <class Scalar> void invertSpdInPlace(Scalar* data, std::size_t size, int threads, const util::Progress& progress) {
    const util::FlushDenormals callerFlush; // entries of the inverse decay towards zero: subnormals crawl on x86
    const auto n = static_cast<Eigen::Index>(size);
    View<Scalar> a(data, n, n);
    cholesky(a, threads, progress.sub(0.0, 0.3, "ease.cholesky"));
    invertLower(a, threads, progress.sub(0.3, 0.6, "ease.inverse"));
    lowerGram(a, threads, progress.sub(0.6, 0.95, "ease.product"));
    // Mirror the lower triangle into the upper one, in tiles (a plain transpose walks memory badly).
    util::parallelFor(static_cast<std::size_t>(blocksOf(n)), threads, 1, [&](std::size_t cb) {
            const util::FlushDenormals flush; // per worker thread (util/Denormals.h)
        const Eigen::Index c0 = static_cast<Eigen::Index>(cb) * kPanel;
        const Eigen::Index cw = std::min(kPanel, n - c0);
        for (Eigen::Index r0 = 0; r0 <= c0; r0 += kPanel) {
            const Eigen::Index rw = std::min(kPanel, n - r0);
            for (Eigen::Index c = c0; c < c0 + cw; ++c)
                for (Eigen::Index r = r0; r < std::min(r0 + rw, c); ++r) a(r, c) = a(c, r);
        }
    });
    progress.set(1.0);
}

template void invertSpdInPlace<float>(float*, std::size_t, int, const util::Progress&);
template void invertSpdInPlace<double>(double*, std::size_t, int, const util::Progress&);

} // namespace vitrina::models

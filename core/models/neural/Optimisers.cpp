#include "models/neural/Optimisers.h"

#include <cmath>

namespace vitrina::models::neural {
namespace {

template <class T> void ensureShape(Matrix<T>& m, const Matrix<T>& like) {
    if (m.rows() != like.rows() || m.cols() != like.cols()) m.setZero(like.rows(), like.cols());
}

/// Runs body(i) over the touched rows in chunks (rows are independent).
template <class Body> void forTouchedRows(std::size_t count, Team* team, Body&& body) {
    constexpr std::size_t kChunk = 64;
    const std::size_t chunks = (count + kChunk - 1) / kChunk;
    const auto run = [&](std::size_t c) {
        for (std::size_t i = c * kChunk; i < std::min(count, (c + 1) * kChunk); ++i) body(i);
    };
    if (team && chunks > 1) team->run(chunks, run);
    else
        for (std::size_t c = 0; c < chunks; ++c) run(c);
}

} // namespace

template <class T> void adagradStep(Parameter<T>& p, AdagradState<T>& s, const AdagradSettings& settings) {
    ensureShape(s.accumulator, p.value);
    ensureShape(s.velocity, p.value);
    s.accumulator.array() += p.grad.array().square();
    s.velocity.array() = static_cast<T>(settings.momentum) * s.velocity.array() -
                         static_cast<T>(settings.learningRate) * p.grad.array() /
                             (s.accumulator.array() + static_cast<T>(settings.eps)).sqrt();
    p.value += s.velocity;
    p.zeroGrad();
}

template <class T>
void adagradStep(SparseParameter<T>& p, AdagradState<T>& s, const AdagradSettings& settings, Team* team) {
    ensureShape(s.accumulator, p.value);
    ensureShape(s.velocity, p.value);
    const auto rows = p.grad.rows();
    const auto cols = static_cast<Eigen::Index>(p.grad.cols());
    const T momentum = static_cast<T>(settings.momentum), rate = static_cast<T>(settings.learningRate),
            eps = static_cast<T>(settings.eps);
    forTouchedRows(rows.size(), team, [&](std::size_t i) {
        const auto r = static_cast<Eigen::Index>(rows[i]);
        const auto g = Eigen::Map<const Eigen::Array<T, 1, Eigen::Dynamic>>(p.grad.values(i), cols);
        auto acc = s.accumulator.row(r).array();
        auto vel = s.velocity.row(r).array();
        acc += g.square();
        vel = momentum * vel - rate * g / (acc + eps).sqrt();
        p.value.row(r).array() += vel;
    });
    p.grad.clear();
}

template <class T> void adamStep(Parameter<T>& p, AdamState<T>& s, const AdamSettings& settings, std::uint64_t step) {
    ensureShape(s.first, p.value);
    ensureShape(s.second, p.value);
    const T b1 = static_cast<T>(settings.beta1), b2 = static_cast<T>(settings.beta2);
    s.first.array() = b1 * s.first.array() + (T(1) - b1) * p.grad.array();
    s.second.array() = b2 * s.second.array() + (T(1) - b2) * p.grad.array().square();
    const double c1 = 1.0 - std::pow(settings.beta1, static_cast<double>(step));
    const double c2 = 1.0 - std::pow(settings.beta2, static_cast<double>(step));
    const T rate = static_cast<T>(settings.learningRate / c1);
    const T root = static_cast<T>(std::sqrt(c2));
    p.value.array() -= rate * s.first.array() / (s.second.array().sqrt() / root + static_cast<T>(settings.eps));
    p.zeroGrad();
}

template <class T>
void adamStep(SparseParameter<T>& p, AdamState<T>& s, const AdamSettings& settings, std::uint64_t step, Team* team) {
    ensureShape(s.first, p.value);
    ensureShape(s.second, p.value);
    const T b1 = static_cast<T>(settings.beta1), b2 = static_cast<T>(settings.beta2);
    const double c1 = 1.0 - std::pow(settings.beta1, static_cast<double>(step));
    const double c2 = 1.0 - std::pow(settings.beta2, static_cast<double>(step));
    const T rate = static_cast<T>(settings.learningRate / c1);
    const T root = static_cast<T>(std::sqrt(c2));
    const T eps = static_cast<T>(settings.eps);
    const auto cols = static_cast<Eigen::Index>(p.grad.cols());
    const auto rows = p.grad.rows();
    const auto update = [&](Eigen::Index r) {
        auto m = s.first.row(r).array();
        auto v = s.second.row(r).array();
        p.value.row(r).array() -= rate * m / (v.sqrt() / root + eps);
    };
    if (settings.lazyRows) {
        forTouchedRows(rows.size(), team, [&](std::size_t i) {
            const auto r = static_cast<Eigen::Index>(rows[i]);
            const auto g = Eigen::Map<const Eigen::Array<T, 1, Eigen::Dynamic>>(p.grad.values(i), cols);
            s.first.row(r).array() = b1 * s.first.row(r).array() + (T(1) - b1) * g;
            s.second.row(r).array() = b2 * s.second.row(r).array() + (T(1) - b2) * g.square();
            update(r);
        });
    } else {
        // Dense semantics: every row's moments decay; touched rows add their gradient first.
        std::vector<const T*> gradientOf(static_cast<std::size_t>(p.value.rows()), nullptr);
        for (std::size_t i = 0; i < rows.size(); ++i) gradientOf[rows[i]] = p.grad.values(i);
        forTouchedRows(static_cast<std::size_t>(p.value.rows()), team, [&](std::size_t i) {
            const auto r = static_cast<Eigen::Index>(i);
            if (gradientOf[i]) {
                const auto g = Eigen::Map<const Eigen::Array<T, 1, Eigen::Dynamic>>(gradientOf[i], cols);
                s.first.row(r).array() = b1 * s.first.row(r).array() + (T(1) - b1) * g;
                s.second.row(r).array() = b2 * s.second.row(r).array() + (T(1) - b2) * g.square();
            } else {
                s.first.row(r).array() *= b1;
                s.second.row(r).array() *= b2;
            }
            update(r);
        });
    }
    p.grad.clear();
}

template <class T>
double clipGradients(const std::vector<Parameter<T>*>& dense, const std::vector<SparseParameter<T>*>& sparse,
                     double maxNorm) {
    double squares = 0.0;
    for (const auto* p : dense) squares += static_cast<double>(p->grad.squaredNorm());
    for (const auto* p : sparse)
        for (std::size_t i = 0; i < p->grad.rows().size(); ++i)
            for (std::size_t c = 0; c < p->grad.cols(); ++c) {
                const double g = static_cast<double>(p->grad.values(i)[c]);
                squares += g * g;
            }
    const double norm = std::sqrt(squares);
    if (maxNorm <= 0.0 || norm <= maxNorm) return norm;
    const T factor = static_cast<T>(maxNorm / norm);
    for (auto* p : dense) p->grad *= factor;
    for (auto* p : sparse)
        for (std::size_t i = 0; i < p->grad.rows().size(); ++i)
            for (std::size_t c = 0; c < p->grad.cols(); ++c) p->grad.values(i)[c] *= factor;
    return norm;
}

template void adagradStep<float>(Parameter<float>&, AdagradState<float>&, const AdagradSettings&);
template void adagradStep<double>(Parameter<double>&, AdagradState<double>&, const AdagradSettings&);
template void adagradStep<float>(SparseParameter<float>&, AdagradState<float>&, const AdagradSettings&, Team*);
template void adagradStep<double>(SparseParameter<double>&, AdagradState<double>&, const AdagradSettings&, Team*);
template void adamStep<float>(Parameter<float>&, AdamState<float>&, const AdamSettings&, std::uint64_t);
template void adamStep<double>(Parameter<double>&, AdamState<double>&, const AdamSettings&, std::uint64_t);
template void adamStep<float>(SparseParameter<float>&, AdamState<float>&, const AdamSettings&, std::uint64_t, Team*);
template void adamStep<double>(SparseParameter<double>&, AdamState<double>&, const AdamSettings&, std::uint64_t, Team*);
template double clipGradients<float>(const std::vector<Parameter<float>*>&, const std::vector<SparseParameter<float>*>&, double);
template double clipGradients<double>(const std::vector<Parameter<double>*>&, const std::vector<SparseParameter<double>*>&,
                                      double);

} // namespace vitrina::models::neural

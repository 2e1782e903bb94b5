// The neural module's building blocks: the matrix product against a naive double reference (every transpose
// layout, edge sizes, identical bits for any team size), and every layer's backward pass against central
// differences in double precision (relative error <= 1e-5, tests/support/GradientCheck.h). The GRU step is
// also checked against the formula written out here loop by loop (PyTorch GRUCell's equations); attention
// against causality and padding (changing a later or a padding position changes no valid output).
#include <QTest>

#include <cmath>

#ifndef Q_MOC_RUN
#include "GradientCheck.h"
#include "models/factorisation/DenseKernels.h"
#include "models/neural/Attention.h"
#include "models/neural/Gemm.h"
#include "models/neural/Gru.h"
#include "models/neural/Layers.h"
#endif

using namespace vitrina;
using namespace vitrina::models::neural;
using test::MatD;
using test::gradientError;
using test::randomMatrix;
using test::weightedSum;

namespace {
constexpr double kTolerance = 1e-5;

#define CHECK_GRADIENT(f, x, analytic)                                                                            \
    do {                                                                                                           \
        const double error = gradientError((f), (x), (analytic));                                                 \
        QVERIFY2(error <= kTolerance, qPrintable(QString("%1: relative error %2").arg(#x).arg(error)));           \
    } while (0)

MatD naiveProduct(const MatD& a, Transpose ta, const MatD& b, Transpose tb) {
    const MatD x = ta == Transpose::Yes ? MatD(a.transpose()) : a;
    const MatD y = tb == Transpose::Yes ? MatD(b.transpose()) : b;
    MatD c = MatD::Zero(x.rows(), y.cols());
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        for (Eigen::Index j = 0; j < y.cols(); ++j)
            for (Eigen::Index p = 0; p < x.cols(); ++p) c(i, j) += x(i, p) * y(p, j);
    return c;
}

double sigmoidOf(double x) { return 1.0 / (1.0 + std::exp(-x)); }

} // namespace

class NeuralLayersTest : public QObject {
    Q_OBJECT

private slots:
    void productMatchesTheNaiveProductInEveryLayout() {
        util::Rng rng(1);
        Team one(1), three(3);
        const int shapes[][3] = {{1, 1, 1}, {7, 13, 5}, {80, 224, 300}, {13, 37, 261}, {100, 17, 3}, {97, 40, 80}};
        for (const auto isa : {models::kernels::Isa::Avx2, models::kernels::Isa::Portable}) {
            models::kernels::forceIsa(isa);
            for (const auto& s : shapes)
                for (const auto ta : {Transpose::No, Transpose::Yes})
                    for (const auto tb : {Transpose::No, Transpose::Yes}) {
                        const MatD a = ta == Transpose::No ? randomMatrix(s[0], s[2], rng) : randomMatrix(s[2], s[0], rng);
                        const MatD b = tb == Transpose::No ? randomMatrix(s[2], s[1], rng) : randomMatrix(s[1], s[2], rng);
                        const MatD start = randomMatrix(s[0], s[1], rng);
                        const MatD expected = naiveProduct(a, ta, b, tb) + start;
                        const Matrix<float> af = a.cast<float>(), bf = b.cast<float>();
                        Matrix<float> c1 = start.cast<float>(), c3 = start.cast<float>();
                        multiply<float>(af, ta, bf, tb, c1, {Accumulate::Add, &one});
                        multiply<float>(af, ta, bf, tb, c3, {Accumulate::Add, &three});
                        QVERIFY2(c1 == c3, "the team's size changed the product's bits");
                        const double error = (c1.cast<double>() - expected).cwiseAbs().maxCoeff();
                        QVERIFY2(error < 2e-5 * s[2] + 1e-5, qPrintable(QString("float error %1").arg(error)));
                        MatD d;
                        multiply<double>(a, ta, b, tb, d, {Accumulate::Overwrite, &three});
                        QVERIFY((d + start - expected).cwiseAbs().maxCoeff() < 1e-12);
                    }
        }
        models::kernels::forceIsa(std::nullopt);
    }

    void embeddingSumsTheGradientsOfRepeatedIds() {
        util::Rng rng(2);
        Embedding<double> e("e", 6, 4);
        e.table.value = randomMatrix(6, 4, rng);
        const std::vector<std::uint32_t> ids = {3, 1, 3, 5, 3};
        const MatD w = randomMatrix(5, 4, rng);
        MatD out;
        e.forward(ids, out);
        QCOMPARE(out.row(2), e.table.value.row(3));
        e.backward(ids, w);
        QCOMPARE(e.table.grad.rows().size(), std::size_t{3}); // 3, 1, 5 in first-touch order
        QCOMPARE(e.table.grad.rows()[0], 3u);
        const MatD analytic = test::densify(e.table.grad, 6);
        CHECK_GRADIENT([&] { MatD y; e.forward(ids, y); return weightedSum(w, y); }, e.table.value, analytic);
    }

    void linearGradients() {
        util::Rng rng(3);
        Linear<double> layer("l", 5, 3);
        layer.initGlorot(rng);
        layer.bias.value = randomMatrix(1, 3, rng);
        MatD x = randomMatrix(4, 5, rng);
        const MatD w = randomMatrix(4, 3, rng);
        const auto f = [&] { MatD y; layer.forward(x, y); return weightedSum(w, y); };
        MatD dx;
        layer.backward(x, w, &dx);
        CHECK_GRADIENT(f, x, dx);
        const MatD dw = layer.weight.grad, db = layer.bias.grad;
        CHECK_GRADIENT(f, layer.weight.value, dw);
        CHECK_GRADIENT(f, layer.bias.value, db);
    }

    void layerNormGradients() {
        util::Rng rng(4);
        LayerNorm<double> norm("n", 6, 1e-5);
        norm.gamma.value = randomMatrix(1, 6, rng) + MatD::Ones(1, 6);
        norm.beta.value = randomMatrix(1, 6, rng);
        MatD x = randomMatrix(3, 6, rng, 2.0);
        const MatD w = randomMatrix(3, 6, rng);
        const auto f = [&] { MatD y; norm.forward(x, y); return weightedSum(w, y); };
        MatD y, dx;
        norm.forward(x, y);
        QVERIFY(std::fabs(((y.row(0) - norm.beta.value).cwiseQuotient(norm.gamma.value)).sum()) < 1e-9); // mean 0
        norm.backward(w, dx);
        CHECK_GRADIENT(f, x, dx);
        const MatD dg = norm.gamma.grad, db = norm.beta.grad;
        CHECK_GRADIENT(f, norm.gamma.value, dg);
        CHECK_GRADIENT(f, norm.beta.value, db);
    }

    void activationDerivatives() {
        util::Rng rng(5);
        for (const Activation a : {Activation{ActivationKind::Tanh}, Activation{ActivationKind::Sigmoid},
                                   Activation{ActivationKind::Relu}, Activation{ActivationKind::Elu, 0.5},
                                   Activation{ActivationKind::Gelu}, Activation{ActivationKind::Identity}}) {
            MatD x = randomMatrix(3, 5, rng, 3.0);
            const MatD w = randomMatrix(3, 5, rng);
            MatD y, dx;
            a.forward(x, y);
            a.backward(x, y, w, dx);
            CHECK_GRADIENT([&] { MatD z; a.forward(x, z); return weightedSum(w, z); }, x, dx);
        }
        // Values: ELU(-1; 0.5) = 0.5 (e^-1 - 1); GELU(1) = Phi(1) = 0.841344746 (normal CDF table).
        QVERIFY(std::fabs(Activation{ActivationKind::Elu, 0.5}.value(-1.0) - 0.5 * (std::exp(-1.0) - 1.0)) < 1e-15);
        QVERIFY(std::fabs(Activation{ActivationKind::Gelu}.value(1.0) - 0.8413447460685429) < 1e-12);
    }

    void dropoutIsSeededScaledAndDifferentiable() {
        util::Rng rng(6);
        Dropout<double> drop;
        drop.p = 0.25;
        MatD x = randomMatrix(40, 50, rng);
        MatD y1, y2;
        util::Rng a(9), b(9);
        drop.forward(x, y1, &a);
        drop.forward(x, y2, &b);
        QCOMPARE(y1, y2);
        const auto zeros = (y1.array() == 0.0).count();
        QVERIFY(zeros > 400 && zeros < 600); // 25 % of 2000
        const MatD w = randomMatrix(40, 50, rng);
        MatD dx;
        drop.backward(w, dx);
        CHECK_GRADIENT([&] { util::Rng r(9); MatD z; drop.forward(x, z, &r); return weightedSum(w, z); }, x, dx);
        drop.forward(x, y1, nullptr); // not training: identity
        QCOMPARE(y1, x);
    }

    void gruStepFollowsTheFormulaAndItsGradients() {
        util::Rng rng(7);
        GruLayer<double> gru("g", 4, 3);
        gru.initGru4rec(rng);
        gru.inputBias.value = randomMatrix(1, 9, rng);
        gru.hiddenBias.value = randomMatrix(1, 9, rng);
        MatD x = randomMatrix(2, 4, rng), h = randomMatrix(2, 3, rng);
        MatD next;
        GruStepCache<double> cache;
        gru.forward(x, h, next, &cache);
        for (int b = 0; b < 2; ++b)
            for (int u = 0; u < 3; ++u) {
                double gate[3][2] = {}; // [r|z|n] x [input, hidden]
                for (int g = 0; g < 3; ++g) {
                    gate[g][0] = gru.inputBias.value(0, g * 3 + u);
                    gate[g][1] = gru.hiddenBias.value(0, g * 3 + u);
                    for (int i = 0; i < 4; ++i) gate[g][0] += x(b, i) * gru.inputWeight.value(i, g * 3 + u);
                    for (int j = 0; j < 3; ++j) gate[g][1] += h(b, j) * gru.hiddenWeight.value(j, g * 3 + u);
                }
                const double r = sigmoidOf(gate[0][0] + gate[0][1]), z = sigmoidOf(gate[1][0] + gate[1][1]);
                const double n = std::tanh(gate[2][0] + r * gate[2][1]);
                QVERIFY(std::fabs(next(b, u) - ((1 - z) * n + z * h(b, u))) < 1e-12);
            }
        const MatD w = randomMatrix(2, 3, rng);
        const auto f = [&] { MatD y; gru.forward(x, h, y, nullptr); return weightedSum(w, y); };
        MatD dx, dh;
        gru.backward(cache, w, &dx, &dh);
        CHECK_GRADIENT(f, x, dx);
        CHECK_GRADIENT(f, h, dh);
        for (auto* p : gru.parameters()) {
            const MatD g = p->grad;
            CHECK_GRADIENT(f, p->value, g);
        }
    }

    void attentionGradientsWithCausalAndPaddingMasks() {
        util::Rng rng(8);
        SelfAttention<double> attention("a", 6, 2, 0.3);
        attention.initGlorot(rng);
        attention.projection.bias.value = randomMatrix(1, 18, rng, 0.3);
        MatD x = randomMatrix(2 * 4, 6, rng); // two sequences of 4; the first has two padding rows in front
        const std::vector<std::uint8_t> valid = {0, 0, 1, 1, 1, 1, 1, 1};
        MatD w = randomMatrix(8, 6, rng);
        w.topRows(2).setZero(); // a model ignores the outputs of padding rows
        const std::uint64_t seed = 11;
        const auto f = [&] { MatD y; attention.forward(x, 2, 4, valid, y, &seed); return weightedSum(w, y); };
        MatD y, dx;
        attention.forward(x, 2, 4, valid, y, &seed);
        attention.backward(w, dx);
        CHECK_GRADIENT(f, x, dx);
        for (auto* p : {&attention.projection.weight, &attention.projection.bias, &attention.output.weight,
                        &attention.output.bias}) {
            const MatD g = p->grad;
            CHECK_GRADIENT(f, p->value, g);
        }
        // Causality and padding, without dropout: changing row 6 (sequence 2, position 2) or a padding row
        // leaves every earlier valid output unchanged.
        MatD before, after;
        attention.forward(x, 2, 4, valid, before, nullptr);
        MatD changed = x;
        changed.row(6).array() += 1.0;
        changed.row(0).array() -= 2.0;
        attention.forward(changed, 2, 4, valid, after, nullptr);
        for (const int row : {2, 3, 4, 5}) QVERIFY((before.row(row) - after.row(row)).norm() < 1e-12);
        QVERIFY((before.row(6) - after.row(6)).norm() > 1e-6);
        QVERIFY(std::fabs(attention.weight(0, 0, 3, 2) + attention.weight(0, 0, 3, 3) - 1.0) < 1e-12);
        QCOMPARE(attention.weight(0, 1, 3, 1), 0.0);
    }

    void feedForwardAndPositionGradients() {
        util::Rng rng(9);
        FeedForward<double> ffn("f", 5, 7, Activation{ActivationKind::Gelu}, 0.2);
        ffn.inner.initGlorot(rng);
        ffn.outer.initGlorot(rng);
        MatD x = randomMatrix(3, 5, rng);
        const MatD w = randomMatrix(3, 5, rng);
        const auto f = [&] { util::Rng r(4); MatD y; ffn.forward(x, y, &r); return weightedSum(w, y); };
        MatD y, dx;
        util::Rng r(4);
        ffn.forward(x, y, &r);
        ffn.backward(w, dx);
        CHECK_GRADIENT(f, x, dx);
        const MatD g1 = ffn.inner.weight.grad, g2 = ffn.outer.weight.grad;
        CHECK_GRADIENT(f, ffn.inner.weight.value, g1);
        CHECK_GRADIENT(f, ffn.outer.weight.value, g2);

        PositionalEmbedding<double> positions("p", 4, 5);
        positions.positions.table.value = randomMatrix(4, 5, rng);
        const std::vector<std::uint32_t> at = {3, 2, 3};
        const auto g = [&] { MatD z = x; positions.forwardAdd(at, z); return weightedSum(w, z); };
        positions.backward(at, w);
        const MatD analytic = test::densify(positions.positions.table.grad, 4);
        CHECK_GRADIENT(g, positions.positions.table.value, analytic);
    }
};

QTEST_GUILESS_MAIN(NeuralLayersTest)
#include "tst_neural_layers.moc"

// The neural module's training side: every ranking loss's value against its formula written out here in
// plain loops (BPR-max and TOP1-max: Hidasi & Karatzoglou, CIKM 2018; sampled softmax with logQ; BCE and
// gSASRec's beta: Petrov & Macdonald, RecSys 2023, where t = 0 gives beta = 1 and t = 1 gives alpha) and its
// gradient against central differences (relative error <= 1e-5); the optimiser steps against hand-computed
// updates; the sampler's frequencies; the team; and a tiny GRU network that overfits a tiny sequence set to
// 100 % HR@1, with bit-identical weights for one and two threads.
#include <QTest>

#include <atomic>
#include <cmath>
#include <stdexcept>

#ifndef Q_MOC_RUN
#include "GradientCheck.h"
#include "models/neural/Gru.h"
#include "models/neural/Losses.h"
#include "models/neural/Optimisers.h"
#include "models/neural/Sampler.h"
#endif

using namespace vitrina;
using namespace vitrina::models::neural;
using test::MatD;
using test::randomMatrix;

namespace {

double sig(double x) { return 1.0 / (1.0 + std::exp(-x)); }

/// The losses of one row written from their definitions (target column t).
double referenceLoss(LossKind kind, const std::vector<double>& r, std::size_t t, double bpreg, double beta,
                     const std::vector<double>& shift) {
    double negatives = 0.0;
    for (std::size_t j = 0; j < r.size(); ++j)
        if (j != t) negatives += std::exp(r[j]);
    double loss = 0.0, inner = 0.0;
    switch (kind) {
    case LossKind::BprMax:
        for (std::size_t j = 0; j < r.size(); ++j)
            if (j != t) {
                inner += std::exp(r[j]) / negatives * sig(r[t] - r[j]);
                loss += bpreg * std::exp(r[j]) / negatives * r[j] * r[j];
            }
        return loss - std::log(inner + 1e-24);
    case LossKind::Top1Max:
        for (std::size_t j = 0; j < r.size(); ++j)
            if (j != t) loss += std::exp(r[j]) / negatives * (sig(r[j] - r[t]) + sig(r[j] * r[j]));
        return loss;
    case LossKind::CrossEntropy:
        for (std::size_t j = 0; j < r.size(); ++j) inner += std::exp(r[j] - (shift.empty() ? 0.0 : shift[j]));
        return -(r[t] - (shift.empty() ? 0.0 : shift[t])) + std::log(inner);
    case LossKind::Bce:
        for (std::size_t j = 0; j < r.size(); ++j)
            if (j != t) loss -= std::log(1.0 - sig(r[j]));
        return loss - beta * std::log(sig(r[t]));
    }
    return 0.0;
}

} // namespace

class NeuralTrainingTest : public QObject {
    Q_OBJECT

private slots:
    void lossesMatchTheirFormulasAndGradients() {
        util::Rng rng(21);
        const std::vector<double> shift = {0.3, -1.2, 0.7, 2.0, -0.4, 0.1};
        for (const LossKind kind : {LossKind::BprMax, LossKind::Top1Max, LossKind::CrossEntropy, LossKind::Bce}) {
            for (const bool withShift : {false, true}) {
                if (withShift && kind != LossKind::CrossEntropy) continue;
                LossOptions options;
                options.kind = kind;
                options.bpreg = 1.95;
                options.positiveWeight = 0.37;
                if (withShift) options.columnShift = shift;
                MatD scores = randomMatrix(4, 6, rng, 2.0);
                const std::vector<std::uint32_t> target = {0, 3, 5, 3};
                MatD d;
                const double total = rankingLoss<double>(scores, target, options, d);
                double expected = 0.0;
                for (Eigen::Index i = 0; i < 4; ++i) {
                    std::vector<double> row(scores.row(i).data(), scores.row(i).data() + 6);
                    expected += referenceLoss(kind, row, target[static_cast<std::size_t>(i)], 1.95, 0.37,
                                              withShift ? shift : std::vector<double>{});
                }
                QVERIFY2(std::fabs(total - expected) < 1e-12 * std::max(1.0, std::fabs(expected)),
                         qPrintable(QString("loss %1 vs %2").arg(total).arg(expected)));
                const auto f = [&] { MatD ignored; return rankingLoss<double>(scores, target, options, ignored); };
                const double error = test::gradientError(f, scores, d);
                QVERIFY2(error <= 1e-5, qPrintable(QString("loss %1 gradient error %2").arg(int(kind)).arg(error)));
            }
        }
        QCOMPARE(gbceBeta(256, 1001, 0.0), 1.0);
        QVERIFY(std::fabs(gbceBeta(256, 1001, 1.0) - 256.0 / 1000.0) < 1e-15);
    }

    void adagradWithMomentumFollowsTheOfficialUpdate() {
        Parameter<double> p("w", 1, 2);
        p.value << 1.0, -2.0;
        AdagradState<double> state;
        const AdagradSettings settings{0.05, 0.4, 1e-6};
        double acc = 0.0, velocity = 0.0, w = 1.0;
        for (const double g : {0.5, -0.25, 1.0}) {
            p.grad << g, 0.0;
            adagradStep(p, state, settings);
            acc += g * g;
            velocity = 0.4 * velocity - 0.05 * g / std::sqrt(acc + 1e-6);
            w += velocity;
            QVERIFY(std::fabs(p.value(0, 0) - w) < 1e-15);
            QCOMPARE(p.grad(0, 0), 0.0);
        }
        QCOMPARE(p.value(0, 1), -2.0);

        // The sparse step changes exactly the touched rows, like the dense step with a zero gradient elsewhere
        // would change them (velocities of untouched rows do not move).
        util::Rng rng(3);
        SparseParameter<double> table("t", 5, 3);
        table.value = randomMatrix(5, 3, rng);
        Parameter<double> dense("d", 5, 3);
        dense.value = table.value;
        AdagradState<double> sparseState, denseState;
        const MatD g = randomMatrix(2, 3, rng);
        table.grad.addRow(4, g.row(0).data());
        table.grad.addRow(1, g.row(1).data());
        dense.grad.row(4) = g.row(0);
        dense.grad.row(1) = g.row(1);
        const MatD before = table.value;
        adagradStep(table, sparseState, settings);
        adagradStep(dense, denseState, settings);
        QVERIFY((table.value - dense.value).cwiseAbs().maxCoeff() < 1e-15);
        QCOMPARE(table.value.row(0), before.row(0));
        QVERIFY(table.grad.rows().empty());
    }

    void adamStepsDenseLazyAndClipped() {
        Parameter<double> p("w", 1, 1);
        p.value << 1.0;
        AdamState<double> state;
        AdamSettings settings;
        settings.learningRate = 0.01;
        p.grad << 0.5; // first step: m_hat = g, v_hat = g^2, so the step is lr * g / (|g| + eps)
        adamStep(p, state, settings, 1);
        QVERIFY(std::fabs(p.value(0, 0) - (1.0 - 0.01 * 0.5 / (0.5 + 1e-8))) < 1e-15);

        util::Rng rng(4);
        SparseParameter<double> table("t", 4, 2);
        table.value = randomMatrix(4, 2, rng);
        Parameter<double> dense("d", 4, 2);
        dense.value = table.value;
        AdamState<double> sparseState, denseState;
        for (std::uint64_t step = 1; step <= 3; ++step) {
            const MatD g = randomMatrix(1, 2, rng);
            const std::uint32_t row = step == 2 ? 0 : 2;
            table.grad.addRow(row, g.data());
            dense.grad.row(row) = g;
            adamStep(table, sparseState, settings, step);
            adamStep(dense, denseState, settings, step);
        }
        QVERIFY((table.value - dense.value).cwiseAbs().maxCoeff() < 1e-15);

        settings.lazyRows = true;
        SparseParameter<double> lazy("l", 4, 2);
        lazy.value = randomMatrix(4, 2, rng);
        const MatD start = lazy.value;
        AdamState<double> lazyState;
        const MatD g = randomMatrix(1, 2, rng);
        lazy.grad.addRow(1, g.data());
        adamStep(lazy, lazyState, settings, 1);
        lazy.grad.addRow(3, g.data());
        adamStep(lazy, lazyState, settings, 2);
        QCOMPARE(lazy.value.row(0), start.row(0));
        QVERIFY((lazy.value.row(1) - start.row(1)).norm() > 0.0);

        Parameter<double> a("a", 1, 2);
        a.grad << 3.0, 0.0;
        SparseParameter<double> b("b", 3, 1);
        const double four = 4.0;
        b.grad.addRow(2, &four);
        QCOMPARE(clipGradients<double>({&a}, {&b}, 1.0), 5.0);
        QVERIFY(std::fabs(a.grad(0, 0) - 0.6) < 1e-15);
        QVERIFY(std::fabs(b.grad.values(0)[0] - 0.8) < 1e-15);
        QCOMPARE(clipGradients<double>({&a}, {&b}, 0.0), 1.0); // no clipping: the norm only
    }

    void samplerFollowsSupportToThePowerAlpha() {
        const std::vector<double> support = {1, 4, 9, 0, 16};
        NegativeSampler sampler(support, 0.5); // sqrt: 1, 2, 3, 0, 4 out of 10
        std::vector<std::uint32_t> draws(200000);
        util::Rng rng(5);
        sampler.sample(rng, draws);
        std::vector<double> share(5, 0.0);
        for (const auto d : draws) share[d] += 1.0 / static_cast<double>(draws.size());
        const double expected[] = {0.1, 0.2, 0.3, 0.0, 0.4};
        for (int i = 0; i < 5; ++i) QVERIFY2(std::fabs(share[i] - expected[i]) < 0.005, qPrintable(QString::number(share[i])));
        QCOMPARE(share[3], 0.0);
        QVERIFY(std::fabs(sampler.probability(4) - 0.4) < 1e-15);
        std::vector<std::uint32_t> again(draws.size());
        util::Rng same(5);
        sampler.sample(same, again);
        QVERIFY(again == draws);
        NegativeSampler uniform(support, 0.0);
        QVERIFY(std::fabs(uniform.probability(3) - 0.2) < 1e-15);
    }

    void teamRunsEveryTaskOnceAndReportsTheFirstFailure() {
        Team team(3);
        for (int round = 0; round < 2000; ++round) {
            const std::size_t count = 1 + static_cast<std::size_t>(round % 37);
            std::vector<std::atomic<int>> hits(count);
            team.run(count, [&](std::size_t i) { hits[i].fetch_add(1); });
            for (auto& h : hits) QCOMPARE(h.load(), 1);
        }
        try {
            team.run(10, [](std::size_t i) {
                if (i == 7 || i == 3) throw std::runtime_error(std::to_string(i));
            });
            QFAIL("no exception");
        } catch (const std::runtime_error& e) {
            QCOMPARE(std::string(e.what()), std::string("3"));
        }
    }

    void tinyGruNetworkOverfitsTinySequencesWithIdenticalBitsOnOneAndTwoThreads() {
        // Six items, three sequences; the next item depends on the whole prefix (item 2 is followed by 3 in one
        // sequence and by 4 in another), so the network must use its hidden state.
        const std::vector<std::vector<std::uint32_t>> sequences = {{0, 1, 2, 3}, {5, 1, 2, 4}, {3, 0, 5}};
        const auto train = [&](int threads, double& hitRate) {
            Team team(threads);
            util::Rng rng(77);
            Embedding<float> items("items", 6, 8);
            fillUniform(items.table.value, 0.5, rng);
            GruLayer<float> gru("gru", 8, 16);
            gru.initGru4rec(rng);
            Linear<float> out("out", 16, 6);
            out.initGlorot(rng);
            AdagradState<float> s1, s2, s3, s4, s5, s6, s7;
            const AdagradSettings settings{0.1, 0.5, 1e-6};
            LossOptions loss;
            std::size_t hits = 0, predictions = 0;
            for (int epoch = 0; epoch < 150; ++epoch) {
                hits = predictions = 0;
                for (const auto& s : sequences) {
                    Matrix<float> h = Matrix<float>::Zero(1, 16);
                    for (std::size_t t = 0; t + 1 < s.size(); ++t) {
                        Matrix<float> x, next, scores, dScores, dh;
                        items.forward(std::span(s).subspan(t, 1), x);
                        GruStepCache<float> cache;
                        gru.forward(x, h, next, &cache, &team);
                        out.forward(next, scores, &team);
                        Eigen::Index best = 0;
                        scores.row(0).maxCoeff(&best);
                        hits += static_cast<std::size_t>(best) == s[t + 1];
                        ++predictions;
                        const std::uint32_t target = s[t + 1];
                        rankingLoss<float>(scores, std::span(&target, 1), loss, dScores, &team);
                        out.backward(next, dScores, &dh, &team);
                        Matrix<float> dx;
                        gru.backward(cache, dh, &dx, nullptr, &team);
                        items.backward(std::span(s).subspan(t, 1), dx);
                        adagradStep(out.weight, s1, settings);
                        adagradStep(out.bias, s2, settings);
                        for (auto [p, state] : {std::pair{&gru.inputWeight, &s3}, {&gru.hiddenWeight, &s4},
                                                {&gru.inputBias, &s5}, {&gru.hiddenBias, &s6}})
                            adagradStep(*p, *state, settings);
                        adagradStep(items.table, s7, settings, &team);
                        h = next;
                    }
                }
            }
            hitRate = static_cast<double>(hits) / static_cast<double>(predictions);
            return out.weight.value;
        };
        double one = 0.0, two = 0.0;
        const Matrix<float> a = train(1, one), b = train(2, two);
        QCOMPARE(one, 1.0);
        QCOMPARE(two, 1.0);
        QVERIFY2(a == b, "one and two threads gave different weights");
    }
};

QTEST_GUILESS_MAIN(NeuralTrainingTest)
#include "tst_neural_training.moc"

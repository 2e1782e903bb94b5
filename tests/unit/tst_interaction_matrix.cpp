// Visitor x item CSR matrices on a hand-computed example: weights per event type, Sum / Max / Binary,
// event mask, zero weights, and the transpose.
#include <QtTest>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "EventFixture.h"
#include "data/InteractionMatrix.h"
#endif

using namespace vitrina;
using data::Combine;
using data::EventType;

namespace {

constexpr std::int64_t kT = 1433193132535;

// Visitor 1: view 10, view 10, addtocart 10, view 20, transaction 10 (id 900)
// Visitor 2: view 30, addtocart 20, addtocart 20
// Visitor 3: view 20
data::Dataset example() {
    using test::RawEvent;
    return test::buildDataset({
        {1, kT + 0, 10, EventType::View},
        {1, kT + 1, 10, EventType::View},
        {1, kT + 2, 10, EventType::AddToCart},
        {1, kT + 3, 20, EventType::View},
        {1, kT + 4, 10, EventType::Transaction, 900},
        {2, kT + 0, 30, EventType::View},
        {2, kT + 1, 20, EventType::AddToCart},
        {2, kT + 2, 20, EventType::AddToCart},
        {3, kT + 0, 20, EventType::View},
    });
}

/// Row r as (column, value) pairs.
std::vector<std::pair<std::uint32_t, float>> row(const data::CsrMatrix& m, std::uint32_t r) {
    std::vector<std::pair<std::uint32_t, float>> out;
    for (auto k = m.rowBegin(r); k < m.rowEnd(r); ++k) out.emplace_back(m.indices[k], m.values[k]);
    return out;
}

using Row = std::vector<std::pair<std::uint32_t, float>>;

} // namespace

class TstInteractionMatrix : public QObject {
    Q_OBJECT
private slots:
    void sumOfWeights() {
        const auto d = example();
        const auto m = data::buildVisitorItemMatrix(d, {}, Combine::Sum);
        QCOMPARE(m.rows, 3u);
        QCOMPARE(m.cols, 3u);
        QCOMPARE(m.nonZeros(), std::size_t{5});
        QCOMPARE(m.indptr, (std::vector<std::uint64_t>{0, 2, 4, 5}));
        QVERIFY(row(m, 0) == (Row{{0, 1 + 1 + 3 + 5}, {1, 1}}));
        QVERIFY(row(m, 1) == (Row{{1, 3 + 3}, {2, 1}}));
        QVERIFY(row(m, 2) == (Row{{1, 1}}));
    }

    void maxAndBinary() {
        const auto d = example();
        const auto mx = data::buildVisitorItemMatrix(d, {}, Combine::Max);
        QVERIFY(row(mx, 0) == (Row{{0, 5}, {1, 1}}));
        QVERIFY(row(mx, 1) == (Row{{1, 3}, {2, 1}}));
        const auto bin = data::buildVisitorItemMatrix(d, {}, Combine::Binary);
        QVERIFY(row(bin, 0) == (Row{{0, 1}, {1, 1}}));
        QVERIFY(row(bin, 1) == (Row{{1, 1}, {2, 1}}));
        QVERIFY(row(bin, 2) == (Row{{1, 1}}));
    }

    void customWeights() {
        const auto d = example();
        data::EventWeights w;
        w.view = 0.5f;
        w.addToCart = 2.0f;
        w.transaction = 10.0f;
        const auto m = data::buildVisitorItemMatrix(d, w, Combine::Sum);
        QVERIFY(row(m, 0) == (Row{{0, 0.5f + 0.5f + 2.0f + 10.0f}, {1, 0.5f}}));
        // A zero weight leaves the event out, also for Binary.
        w.view = 0.0f;
        const auto noViews = data::buildVisitorItemMatrix(d, w, Combine::Binary);
        QVERIFY(row(noViews, 0) == (Row{{0, 1}}));
        QVERIFY(row(noViews, 1) == (Row{{1, 1}}));
        QVERIFY(row(noViews, 2).empty());
        QCOMPARE(noViews.rows, 3u); // every visitor keeps a row
    }

    void eventMask() {
        const auto d = example();
        // Event order: visitor 1's five, visitor 2's three, visitor 3's one. Keep views only, and not visitor 3.
        const std::vector<std::uint8_t> mask{1, 1, 0, 1, 0, 1, 0, 0, 0};
        const auto m = data::buildVisitorItemMatrix(d, {}, Combine::Sum, mask);
        QVERIFY(row(m, 0) == (Row{{0, 2}, {1, 1}}));
        QVERIFY(row(m, 1) == (Row{{2, 1}}));
        QVERIFY(row(m, 2).empty());
        const std::vector<std::uint8_t> wrongSize{1, 1};
        QVERIFY_THROWS_EXCEPTION(util::Error, data::buildVisitorItemMatrix(d, {}, Combine::Sum, wrongSize));
    }

    void transpose() {
        const auto d = example();
        const auto m = data::buildVisitorItemMatrix(d, {}, Combine::Sum);
        const auto t = m.transposed();
        QCOMPARE(t.rows, 3u);
        QCOMPARE(t.cols, 3u);
        QVERIFY(row(t, 0) == (Row{{0, 10}}));
        QVERIFY(row(t, 1) == (Row{{0, 1}, {1, 6}, {2, 1}}));
        QVERIFY(row(t, 2) == (Row{{1, 1}}));
        const auto back = t.transposed();
        QCOMPARE(back.indptr, m.indptr);
        QCOMPARE(back.indices, m.indices);
        QCOMPARE(back.values, m.values);
        const data::CsrMatrix empty;
        QCOMPARE(empty.transposed().nonZeros(), std::size_t{0});
    }
};

QTEST_GUILESS_MAIN(TstInteractionMatrix)
#include "tst_interaction_matrix.moc"

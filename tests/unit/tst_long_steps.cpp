// Long steps and absurd sizes: the Bayesian sums poll cancellation (one term per conversion: 5 * 10^10 terms
// for the trillion-visitor experiment that once ran ten minutes past Ctrl-C), and a model whose training would
// need more memory than the machine can spare is refused before it allocates, naming the parameter to lower.
#include <QElapsedTimer>
#include <QTest>

#include <cmath>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include <nlohmann/json.hpp>

#include "EventFixture.h"
#include "data/Sessions.h"
#include "models/Catalogue.h"
#include "models/MemoryBudget.h"
#include "models/factorisation/EaseModel.h"
#include "stats/Bayesian.h"
#include "util/Message.h"
#endif

using namespace vitrina;
using util::MessageCode;

namespace {

util::Progress cancelledProgress() {
    util::CancelToken token;
    token.cancel();
    return util::Progress({}, token);
}

/// Three visitors over five items, every event a training event.
std::shared_ptr<const models::TrainingSet> smallTraining() {
    using data::EventType;
    constexpr std::int64_t kT0 = 1'433'116'800'000;
    auto dataset = std::make_shared<const data::Dataset>(test::buildDataset({{1, kT0, 10, EventType::View},
                                                                            {1, kT0 + 1, 11, EventType::View},
                                                                            {2, kT0 + 2, 12, EventType::View},
                                                                            {2, kT0 + 3, 13, EventType::AddToCart},
                                                                            {3, kT0 + 4, 14, EventType::View},
                                                                            {3, kT0 + 5, 10, EventType::View}}));
    std::vector<std::uint8_t> mask(dataset->events.size(), 1);
    auto sessions = std::make_shared<const data::SessionIndex>(data::buildSessions(dataset->events));
    return std::make_shared<const models::TrainingSet>(dataset, std::move(mask), sessions, kT0 + 10);
}

} // namespace

class TestLongSteps : public QObject {
    Q_OBJECT
private slots:
    void bayesianSumsStopWhenCancelled() {
        // 5 * 10^10 conversions per arm: minutes of terms without the cancel check, milliseconds with it.
        QElapsedTimer timer;
        timer.start();
        QVERIFY_THROWS_EXCEPTION(util::Cancelled, stats::probabilityGreater(5e10, 9.5e11, 5e10, 9.5e11, cancelledProgress()));
        stats::BayesianOptions options;
        options.monteCarloDraws = 0;
        options.progress = cancelledProgress();
        const stats::ProportionArm arm{50'000'000'000, 1'000'000'000'000};
        QVERIFY_THROWS_EXCEPTION(util::Cancelled, stats::betaBinomial(arm, arm, options));
        QVERIFY2(timer.elapsed() < 2000, std::to_string(timer.elapsed()).c_str());
        // Without a cancel the same code still gives the exact answer (a small case: P(B > A) for equal arms).
        QVERIFY(std::abs(stats::probabilityGreater(3, 5, 3, 5) - 0.5) < 1e-12);
    }

    void easeEstimateIsTheDocumentedFormula() {
        // N^2 x 4 bytes in float; N^2 x (8 + 4) in double (the Gram/inverse and B), plus 16 per interaction.
        QCOMPARE(models::EaseRecommender::estimatedMemoryBytes(40000, true), std::uint64_t{19'200'000'000});
        QCOMPARE(models::EaseRecommender::estimatedMemoryBytes(40000, false), std::uint64_t{6'400'000'000});
        QCOMPARE(models::EaseRecommender::estimatedMemoryBytes(10, false, 3), std::uint64_t{448});
        QCOMPARE(models::bytesText(19'200'000'000), std::string("19.2 GB"));
        QCOMPARE(models::bytesText(640'000'000), std::string("640 MB"));
    }

    void aModelTooLargeForTheBudgetIsRefused() {
        const auto train = smallTraining();
        auto ease = models::createModel("ease");
        ease->setParameters({{"items", 40000}, {"precision", "double"}});
        // Five training items are modelled, not 40,000: 5^2 x 12 + 6 x 16 = 396 bytes.
        QCOMPARE(models::estimatedTrainingBytes(*ease, *train), std::uint64_t{396});
        models::requireTrainingMemory(*ease, *train, 396); // exactly the budget: allowed
        try {
            models::requireTrainingMemory(*ease, *train, 395);
            QFAIL("a model over the budget must be refused");
        } catch (const util::Error& e) {
            QVERIFY(e.message().code == MessageCode::ModelNeedsTooMuchMemory);
            QCOMPARE(e.message().parameter, std::string("ease.items"));
            const std::string text = e.message().text();
            QVERIFY2(text.find("ease.precision=float") != std::string::npos, text.c_str());
            QVERIFY2(text.find("5 x 5 matrix in double precision") != std::string::npos, text.c_str());
        }
        // Models without a dense training matrix have no estimate and are never refused.
        auto popular = models::createModel("popular");
        popular->setParameters(nlohmann::json::object());
        QCOMPARE(models::estimatedTrainingBytes(*popular, *train), std::uint64_t{0});
        models::requireTrainingMemory(*popular, *train, 1);
    }

    void theEnvironmentSetsTheBudget() {
        qputenv("VITRINA_MEMORY_LIMIT_MB", "3");
        QCOMPARE(models::trainingMemoryBudget(), std::uint64_t{3} << 20);
        qputenv("VITRINA_MEMORY_LIMIT_MB", "lots"); // not a number: the system's figure
        QVERIFY(models::trainingMemoryBudget() != (std::uint64_t{3} << 20));
        qunsetenv("VITRINA_MEMORY_LIMIT_MB");
        // On Linux the budget is known and at most three quarters of the machine.
        QVERIFY(models::trainingMemoryBudget() > 0);
    }
};

QTEST_GUILESS_MAIN(TestLongSteps)

#include "tst_long_steps.moc"

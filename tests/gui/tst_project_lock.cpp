// The GUI thread never waits behind a long write to the project file: while a job holds the project's
// connection lock for two seconds (a save whose progress sink sleeps, as a slow disk would), the trained
// models are listed afresh, a storable model is added (its background save queues behind the lock) and the
// Visitors page works; a 16 ms timer on the GUI thread measures the longest stall, and the project file counts
// every lock the GUI thread takes (util::interactiveLockStats: must stay 0). The pages used are the Visitors
// page and the Models page's persistence, alone (without the main window).
#include <QElapsedTimer>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include "app/Services.h"
#include "modelspage/ModelsPersistence.h"
#include "session/TrainedModels.h"
#include "store/ProjectFile.h"
#include "util/WatchedMutex.h"
#include "visitors/VisitorsPage.h"
#include "GuiTestWindow.h"

using namespace vitrina;
using namespace vitrina::ui;

namespace {
constexpr int kJobTimeoutMs = 180000; // the CI machine is shared
constexpr int kHoldMs = 2000;
constexpr int kLongestAcceptedStallMs = 500;

bool idle(const session::TrainedModels& models) { return !models.isListing() && !models.isSaving(); }
} // namespace

class TestProjectLock : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<app::Services> services_;
    std::unique_ptr<app::PageContext> context_;
    std::unique_ptr<visitors::VisitorsPage> visitors_;
    std::unique_ptr<modelspage::ModelsPersistence> persistence_;
    modelspage::EvaluationOutcome fitted_;

    session::TrainedModels& trained() const { return services_->trainedModels(); }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const QString generated = dir_.filePath(QStringLiteral("generated"));
        const QString generationError = test::generateFolder(generated, 0.01);
        QVERIFY2(generationError.isEmpty(), qPrintable(generationError));
        services_ = std::make_unique<app::Services>(
            std::make_unique<app::Settings>(dir_.filePath(QStringLiteral("settings.ini"))), QStringLiteral("en"));
        context_ = std::make_unique<app::PageContext>(services_->pageContext(nullptr));
        visitors_ = std::make_unique<visitors::VisitorsPage>(*context_);
        persistence_ = std::make_unique<modelspage::ModelsPersistence>(*context_);
        services_->controller().importPaths({generated});
        QTRY_VERIFY_WITH_TIMEOUT(services_->session().hasDataset(), kJobTimeoutMs);
        services_->controller().saveProjectAs(dir_.filePath(QStringLiteral("locked.vitrina")));
        QTRY_VERIFY_WITH_TIMEOUT(services_->session().isSaved() && idle(trained()), kJobTimeoutMs);

        // Two models fitted as the Models page does it (plan, run, keep), then stored in the background.
        eval::ProtocolOptions protocol;
        protocol.targets = eval::TargetTypes::AnyEvent;
        const auto plan = persistence_->plan(services_->session().dataset(), protocol, {{"popular", {}}, {"itemknn", {}}}, 42);
        auto outcome = modelspage::ModelsPersistence::run(plan, jobs::JobContext{util::Progress{}, 1});
        QVERIFY2(outcome.ok(), outcome.error ? outcome.error->text().c_str() : "");
        fitted_ = *outcome;
        persistence_->keep(fitted_);
        QTRY_VERIFY_WITH_TIMEOUT(idle(trained()) && !persistence_->isBusy() && !visitors_->isBusy(), kJobTimeoutMs);
        for (const auto& info : trained().list()) QVERIFY2(info.stored, qPrintable(info.name));
    }

    void cleanupTestCase() {
        persistence_.reset();
        visitors_.reset();
        context_.reset();
        services_.reset();
    }

    void theGuiThreadNeverWaitsWhileASaveHoldsTheProject() {
        const auto project = services_->session().project();
        const auto dataset = services_->session().dataset();
        QVERIFY(project && dataset);
        util::resetInteractiveLockStats();

        // The long save: saveDataset holds the project's lock from its first progress report to its commit.
        std::atomic<bool> holding{false}, saved{false};
        QElapsedTimer held;
        std::thread saver([&] {
            const auto sleepOnce = [&](double, const std::string&) {
                if (holding.exchange(true)) return;
                std::this_thread::sleep_for(std::chrono::milliseconds(kHoldMs));
            };
            project->saveDataset(*dataset, util::Progress(sleepOnce, {}));
            saved = true;
        });
        while (!holding.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        held.start();

        // The GUI thread's longest gap between 16 ms ticks from here on.
        QElapsedTimer clock;
        clock.start();
        qint64 lastTick = 0, longestGap = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(16);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, clock.elapsed() - lastTick);
            lastTick = clock.elapsed();
        });
        ticker.start();

        // What the GUI does meanwhile: a fresh listing of the project's models, a storable model added (its
        // save waits for the lock on a worker), the Visitors page showing a visitor with every model's list.
        session::TrainedModels fresh(services_->session(), services_->jobs());
        for (std::size_t m = 0; m < fitted_.fitted.size(); ++m)
            if (fitted_.fitted[m] && fitted_.records[m].modelId == "popular")
                trained().add(QStringLiteral("popular (again)"), fitted_.fitted[m], fitted_.records[m]);
        QVERIFY(trained().isSaving());
        QTRY_VERIFY_WITH_TIMEOUT(visitors_->picks(), kJobTimeoutMs);
        QVERIFY(!visitors_->picks()->mostActive.empty());
        const auto& active = visitors_->picks()->mostActive.front();
        visitors_->showVisitor(active.visitor, active.at);

        QTRY_VERIFY_WITH_TIMEOUT(saved.load(), kJobTimeoutMs);
        const qint64 heldMs = held.elapsed();
        saver.join();
        QTest::qWait(100);
        ticker.stop();
        longestGap = std::max(longestGap, clock.elapsed() - lastTick);

        const util::InteractiveLockStats locks = util::interactiveLockStats();
        qInfo("project lock held %lld ms; longest GUI stall %lld ms; GUI-thread locks %llu (longest wait %.1f ms)",
              static_cast<long long>(heldMs), static_cast<long long>(longestGap),
              static_cast<unsigned long long>(locks.locks), locks.longestWaitMs);
        QVERIFY(heldMs >= kHoldMs);
        QCOMPARE(locks.locks, std::uint64_t{0});
        QVERIFY2(longestGap < kLongestAcceptedStallMs, qPrintable(QString::number(longestGap)));

        // Everything queued behind the lock got through afterwards.
        QTRY_VERIFY_WITH_TIMEOUT(idle(fresh) && idle(trained()) && !visitors_->isBusy(), kJobTimeoutMs);
        QStringList listed; // the listing and the save both waited for the lock: either may have gone first
        for (const auto& info : fresh.list()) listed << info.name;
        QVERIFY2(listed.contains(QStringLiteral("popular")) && listed.contains(QStringLiteral("itemknn")),
                 qPrintable(listed.join(QLatin1Char(','))));
        for (const auto& info : trained().list()) QVERIFY2(info.stored, qPrintable(info.name));
        QVERIFY2(trained().lastError().isEmpty(), qPrintable(trained().lastError()));
        QCOMPARE(util::interactiveLockStats().locks, std::uint64_t{0});
    }
};

QTEST_MAIN(TestProjectLock)
#include "tst_project_lock.moc"

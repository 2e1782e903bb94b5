#include "demo/DefenceTour.h"

#include <QDir>
#include <QFileInfo>
#include <QTabWidget>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "abtest/Run.h"
#include "abtestpage/AbTestPage.h"
#include "app/MainWindow.h"
#include "app/Page.h"
#include "common/Format.h"
#include "common/ModelNames.h"
#include "demo/TourPersonas.h"
#include "funnel/FunnelPage.h"
#include "modelspage/ModelPicker.h"
#include "modelspage/ModelsPage.h"
#include "modelspage/ProtocolEditor.h"
#include "models/Catalogue.h"
#include "session/ProjectController.h"
#include "session/ProjectSession.h"

namespace vitrina::ui::demo {

namespace {
/// ALS with few sweeps and factors: the comparison stays within the demo's waiting budget.
constexpr int kAlsIterations = 5;
constexpr int kAlsFactors = 32;
/// The replay's length and seed. 28 days: on the demo dataset the 14 days of the A/B issue's default give each
/// arm about 1,300 visitors, too few for the lift the replay shows to be detected with 80 % power (README,
/// "The defence demo").
constexpr int kAbDays = 28;
constexpr std::uint64_t kAbSeed = 42;
/// Tabs shown by the steps: the Models page's bar chart, the A/B page's cumulative metric.
constexpr int kModelsChartTab = 1;
constexpr int kAbCumulativeTab = 0;

bool catalogHas(const std::string& id) { return models::findModel(id) != nullptr; }
} // namespace

DefenceTour::DefenceTour(app::PageContext& context, app::MainWindow& window, const QString& demoFolder,
                         QObject* parent)
    : QObject(parent), context_(context), window_(window), demoFolder_(demoFolder),
      personas_(new TourPersonas(window, this)) {
    buildSteps();
}

DefenceTour::~DefenceTour() = default;

QStringList DefenceTour::comparedModels() {
    QStringList ids = {QStringLiteral("popular"), QStringLiteral("recent"), QStringLiteral("itemknn"),
                       QStringLiteral("sknn"), QStringLiteral("vsknn"), QStringLiteral("als")};
    if (catalogHas("hybrid")) ids << QStringLiteral("hybrid");
    return ids;
}

QString DefenceTour::abTreatment() {
    return catalogHas("hybrid") ? QStringLiteral("hybrid") : QStringLiteral("itemknn");
}

bool DefenceTour::isDemoOpen() const {
    if (!context_.session.hasDataset() || !context_.session.isSaved()) return false;
    return QFileInfo(context_.session.projectPath()) ==
           QFileInfo(session::ProjectController::demoProjectPath(demoFolder_));
}

void DefenceTour::buildSteps() {
    auto* models = window_.page<modelspage::ModelsPage>(QStringLiteral("models"));
    auto* funnel = window_.page<funnel::FunnelPage>(QStringLiteral("funnel"));
    auto* abtest = window_.page<abtestpage::AbTestPage>(QStringLiteral("abtest"));
    steps_.push_back({QStringLiteral("dataset"), QStringLiteral("data"), {}, [this] {
                          return isDemoOpen() && !context_.controller.tracker().isRunning();
                      }});
    if (funnel)
        steps_.push_back({QStringLiteral("funnel"), QStringLiteral("funnel"),
                          [funnel] { funnel->tabs()->setCurrentIndex(0); },
                          [this, funnel] {
                              return isDemoOpen() && funnel->reports() && !funnel->tracker().isRunning();
                          }});
    if (models)
        steps_.push_back({QStringLiteral("models"), QStringLiteral("models"),
                          [models] { models->tabs()->setCurrentIndex(kModelsChartTab); },
                          [this] { return modelsReady(); }});
    for (const QString& persona : TourPersonas::personaIds()) {
        if (!personas_->available()) break;
        steps_.push_back({QStringLiteral("persona-") + persona, QStringLiteral("visitors"),
                          [this, persona] { personas_->request(persona); },
                          [this, persona] { return modelsReady() && personas_->isReady(persona); }});
    }
    if (abtest)
        steps_.push_back({QStringLiteral("abtest"), QStringLiteral("abtest"),
                          [abtest] { abtest->tabs()->setCurrentIndex(kAbCumulativeTab); },
                          [this] { return abTestReady(); }});
}

QString DefenceTour::id(int step) const { return steps_.at(static_cast<std::size_t>(step)).id; }
QString DefenceTour::pageId(int step) const { return steps_.at(static_cast<std::size_t>(step)).pageId; }

void DefenceTour::enter(int step) {
    const Step& s = steps_.at(static_cast<std::size_t>(step));
    window_.showPage(s.pageId);
    if (s.enter) s.enter();
}

bool DefenceTour::isReady(int step) const { return steps_.at(static_cast<std::size_t>(step)).ready(); }

void DefenceTour::advance() {
    if (context_.session.revision() != revision_) { // a new dataset: its results are to be made again
        revision_ = context_.session.revision();
        modelsStarted_ = abStarted_ = false;
        personas_->reset();
    }
    personas_->update();
    if (context_.controller.tracker().isRunning()) return; // a dataset is being opened
    if (!isDemoOpen()) {
        if (!demoRequested_) { // once: a failure stays on the Data page instead of looping
            demoRequested_ = true;
            context_.controller.openDemo(demoFolder_);
        }
        return;
    }
    // One job at a time, in the order the steps need them: two cores shared with the GUI.
    if (!modelsStarted_) return startModels();
    if (!modelsReady()) return;
    // The personas need no preparation of their own: the Visitors page finds them when the dataset opens and
    // makes a persona's lists (a fraction of a second) when the step shows it.
    if (!abStarted_) return startAbTest();
}

void DefenceTour::startModels() {
    auto* page = window_.page<modelspage::ModelsPage>(QStringLiteral("models"));
    modelsStarted_ = true;
    if (!page) return;
    eval::ProtocolOptions protocol; // temporal, rolling, the last 7 days
    // Every event of those days is a test case (about 2,100 lists on the demo dataset): add-to-carts and
    // purchases alone give about 50, too few to tell any two models apart.
    protocol.targets = eval::TargetTypes::AnyEvent;
    page->protocolEditor()->setOptions(protocol);
    page->picker()->setChecked(comparedModels());
    page->picker()->setParameterText(QStringLiteral("als"), QStringLiteral("iterations"), QString::number(kAlsIterations));
    page->picker()->setParameterText(QStringLiteral("als"), QStringLiteral("factors"), QString::number(kAlsFactors));
    page->trainAndEvaluate();
}

bool DefenceTour::modelsReady() const {
    auto* page = window_.page<modelspage::ModelsPage>(QStringLiteral("models"));
    if (!page) return true;
    return modelsStarted_ && !page->tracker().isRunning() && (page->run() || !page->errorText().isEmpty());
}

void DefenceTour::startAbTest() {
    auto* page = window_.page<abtestpage::AbTestPage>(QStringLiteral("abtest"));
    abStarted_ = true;
    if (!page) return;
    abtest::ExperimentSetup setup;
    setup.mode = abtest::Mode::Replay;
    setup.arms = {"popular", abTreatment().toStdString()}; // control first
    setup.days = kAbDays;
    setup.seed = kAbSeed;
    setup.metric = abtest::Metric::Conversion;
    page->setSetup(setup);
    page->runExperiment();
}

bool DefenceTour::abTestReady() const {
    auto* page = window_.page<abtestpage::AbTestPage>(QStringLiteral("abtest"));
    if (!page) return true;
    return abStarted_ && !page->tracker().isRunning() && (page->run() || !page->errorText().isEmpty());
}

QString DefenceTour::title(int step) const {
    const QString s = id(step);
    if (s == QLatin1String("dataset")) return tr("The data: a shop's event log");
    if (s == QLatin1String("funnel")) return tr("The funnel: view → add to cart → purchase");
    if (s == QLatin1String("models")) return tr("Which recommender is best?");
    if (s == QLatin1String("persona-new")) return tr("Visitor 1: new, no history");
    if (s == QLatin1String("persona-browsing")) return tr("Visitor 2: browsing, views only");
    if (s == QLatin1String("persona-intent")) return tr("Visitor 3: intent, something in the cart");
    if (s == QLatin1String("abtest")) return tr("A simulated A/B test");
    return s;
}

QString DefenceTour::notes(int step) const {
    const QString s = id(step);
    if (s == QLatin1String("dataset"))
        return tr("The demo dataset is generated on this computer with the shape of the RetailRocket release: "
                  "views, add-to-carts and purchases of about 4.5 months, with readable item and category names. "
                  "Point at the <b>summary cards</b> and the <b>events per day</b>. Everything runs offline.");
    if (s == QLatin1String("funnel"))
        return tr("Most visitors only look: few add to cart, fewer buy. Point at the <b>conversion table</b>. "
                  "A recommender should therefore treat a browsing visitor differently from one with intent: the "
                  "idea of the funnel-aware hybrid.");
    if (s == QLatin1String("models")) {
        QStringList names;
        for (const QString& model : comparedModels()) names << common::modelDisplayName(model);
        const QString intro =
            tr("Trained on everything before the last 7 days, tested on every event of those days: the next view, "
               "add-to-cart or purchase of each visitor (temporal protocol, rolling). The bars are <b>NDCG@10</b> "
               "with 95 % intervals; the <b>Significance</b> tab says which differences are real. Models: %1.")
                .arg(names.join(QStringLiteral(", ")));
        const QString result = modelsFinding();
        return result.isEmpty() ? intro : intro + QStringLiteral("<br>") + result;
    }
    if (s.startsWith(QLatin1String("persona-"))) return personaNotes(s.mid(8));
    if (s == QLatin1String("abtest")) {
        const QString intro =
            tr("A replay of the last %1 days: each visitor is assigned by a seeded hash of their id to Popular "
               "(control) or %2. Read the <b>verdict</b> at the top, then the cumulative conversion with its "
               "confidence band; the sample ratio check guards the split.")
                .arg(kAbDays)
                .arg(abTreatment() == QLatin1String("hybrid") ? tr("the funnel-aware hybrid")
                                                              : tr("ItemKNN (the hybrid is not built in)"));
        const QString result = abTestFinding();
        return result.isEmpty() ? intro : intro + QStringLiteral("<br>") + result;
    }
    return {};
}

QString DefenceTour::modelsFinding() const {
    auto* page = window_.page<modelspage::ModelsPage>(QStringLiteral("models"));
    if (!page || !modelsReady() || !page->run() || !page->run()->report) return {};
    const eval::EvaluationReport& report = *page->run()->report;
    if (report.comparisons.empty() || !report.comparisons.front().computed) return {};
    const eval::ComparisonResult& all = report.comparisons.front();
    const stats::SignificanceMatrix& matrix = all.matrix;
    if (matrix.models < 2) return {};
    std::vector<std::size_t> order(matrix.models);
    for (std::size_t m = 0; m < order.size(); ++m) order[m] = m;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return matrix.means[a] > matrix.means[b]; });
    const std::size_t best = order[0], second = order[1];
    const auto name = [&](std::size_t m) { return common::modelDisplayName(QString::fromStdString(all.models[m])); };
    const stats::MatrixEntry& lead = matrix.entry(best, second);
    const QString measured = tr("Measured on %1 test lists: <b>%2</b> has the highest NDCG@10 (%3), then %4 (%5).")
                                 .arg(common::formatCount(all.lists), name(best),
                                      common::formatNumber(matrix.means[best]), name(second),
                                      common::formatNumber(matrix.means[second]));
    return measured + QLatin1Char(' ') +
           (lead.significant ? tr("The lead is significant: the simultaneous interval of the difference excludes 0.")
                             : tr("The lead is within the noise: the simultaneous interval of the difference "
                                  "includes 0, so the two cannot be told apart on these lists."));
}

QString DefenceTour::abTestFinding() const {
    auto* page = window_.page<abtestpage::AbTestPage>(QStringLiteral("abtest"));
    if (!page || !abTestReady() || !page->run() || page->run()->analysis.comparisons.empty()) return {};
    const abtest::ExperimentRun& run = *page->run();
    const abtest::Comparison& c = run.analysis.comparisons.front();
    const abtest::Effect& effect = c.decision.effect;
    std::uint64_t visitors = 0;
    for (const auto& arm : run.data.arms)
        if (!arm.days.empty()) visitors += static_cast<std::uint64_t>(arm.last().cumVisitors);
    const QString size = tr("%1 visitors in the two arms.").arg(common::formatCount(visitors));
    if (!effect.liftDefined || !std::isfinite(c.detectableLift) || c.detectableLift <= 0.0)
        return size + QLatin1Char(' ') +
               tr("The control converted too rarely for a relative lift: read the difference, not a percentage.");
    // The detectable lift is the one the test finds with 80 % power (the verdict's own power plan): the test has
    // that power for the lift shown exactly when the lift is at least as large.
    const QString detectable = QStringLiteral("+") + common::formatPercentRounded(c.detectableLift);
    const QString shown = (effect.lift > 0 ? QStringLiteral("+") : QString()) + common::formatPercentRounded(effect.lift);
    return size + QLatin1Char(' ') +
           (std::abs(effect.lift) >= c.detectableLift
                ? tr("With this traffic the test detects a lift of %1 with %2 power; the lift shown, %3, is larger, "
                     "so the test was large enough for it.")
                      .arg(detectable, common::formatPercent(run.analysis.options.power), shown)
                : tr("With this traffic the test detects only a lift of %1 with %2 power; the lift shown, %3, is "
                     "smaller: a test too small for it, whatever the verdict.")
                      .arg(detectable, common::formatPercent(run.analysis.options.power), shown));
}

QString DefenceTour::personaNotes(const QString& persona) const {
    QString intro;
    if (persona == QLatin1String("new"))
        intro = tr("No earlier events: personal models have nothing to go on. Marked items are what the visitor "
                   "really did later.");
    else if (persona == QLatin1String("browsing"))
        intro = tr("Views only. Each recommendation is <b>explained</b>: the reasons with their share of the score "
                   "in %.");
    else
        intro = tr("An item in the cart: the funnel stage is <b>intent</b>. Compare the explanation with the "
                   "browsing visitor's.");
    const TourPersonas::Finding* f = personas_->finding(persona);
    if (!f || f->model.isEmpty()) return intro;
    QStringList said{intro};
    if (persona == QLatin1String("new"))
        said << (f->popularFallback
                     ? tr("Here %1's list falls back to popular items, and the explanation says so.").arg(f->model)
                     : tr("%1 does not fall back to popular items here: its explanation names other reasons.")
                           .arg(f->model));
    if (!f->weights.empty()) {
        QStringList weights;
        for (const auto& [component, weight] : f->weights)
            weights << tr("%1 %2", "component and its weight").arg(component, common::formatNumber(weight, 2));
        said << tr("The hybrid's weights at this stage: %1.").arg(weights.join(QStringLiteral(", ")));
    }
    if (persona == QLatin1String("intent")) {
        const TourPersonas::Finding* browsing = personas_->finding(QStringLiteral("browsing"));
        if (browsing && !browsing->weights.empty() && !f->weights.empty())
            said << (sameWeights(*browsing, *f)
                         ? tr("They are the same as the browsing visitor's: on this data the stage weights learned "
                              "on the validation split do not separate the stages.")
                         : tr("They differ from the browsing visitor's: the hybrid switched to this stage's weights, "
                              "learned on the validation split only."));
    }
    if (!f->topReason.isEmpty()) said << tr("Its first recommendation: %1.").arg(f->topReason);
    return said.join(QLatin1Char(' '));
}

bool DefenceTour::sameWeights(const TourPersonas::Finding& a, const TourPersonas::Finding& b) {
    constexpr double kTolerance = 0.005; // the weights are shown with two digits
    if (a.weights.size() != b.weights.size()) return false;
    for (std::size_t i = 0; i < a.weights.size(); ++i)
        if (a.weights[i].first != b.weights[i].first || std::abs(a.weights[i].second - b.weights[i].second) > kTolerance)
            return false;
    return true;
}

} // namespace vitrina::ui::demo

#include "demo/DefenceTour.h"

#include <QDir>
#include <QFileInfo>
#include <QTabWidget>

#include <cstdint>

#include "abtestpage/AbTestPage.h"
#include "app/MainWindow.h"
#include "app/Page.h"
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
/// The replay's length and seed (the A/B issue's defaults).
constexpr int kAbDays = 14;
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
    eval::ProtocolOptions protocol; // temporal, rolling, the last 7 days, carts and purchases
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
    if (s == QLatin1String("models"))
        return tr("Trained on everything before the last 7 days, tested on every add-to-cart and purchase of those "
                  "days (temporal protocol, rolling). The bars are <b>NDCG@10</b> with 95 % intervals; the "
                  "<b>Significance</b> tab says which differences are real. Models: %1.")
            .arg(comparedModels().join(QStringLiteral(", ")));
    if (s == QLatin1String("persona-new"))
        return tr("No earlier events: personal models have nothing to go on, so the list falls back to what is "
                  "popular, and the <b>explanation</b> says so. Marked items are what the visitor really did "
                  "later.");
    if (s == QLatin1String("persona-browsing"))
        return tr("Views only. Each recommendation is <b>explained</b>: the viewed items with their share of the "
                  "score in %, and for the hybrid the stage <b>browsing</b> with its component weights.");
    if (s == QLatin1String("persona-intent"))
        return tr("An item in the cart: the stage is <b>intent</b>, and the hybrid switches to that stage's "
                  "weights (learned on the validation split only). Compare the explanation with the browsing "
                  "visitor's.");
    if (s == QLatin1String("abtest"))
        return tr("A replay of the last %1 days: each visitor is assigned by a seeded hash of their id to Popular "
                  "(control) or %2. Read the <b>verdict</b> at the top, then the cumulative conversion with its "
                  "confidence band; the sample ratio check guards the split.")
            .arg(kAbDays)
            .arg(abTreatment() == QLatin1String("hybrid") ? tr("the funnel-aware hybrid")
                                                          : tr("ItemKNN (the hybrid is not built in)"));
    return {};
}

} // namespace vitrina::ui::demo

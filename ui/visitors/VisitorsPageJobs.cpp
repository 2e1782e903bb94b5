// The Visitors page's background work: the persona search, acquiring the trained models (a stored model loads
// lazily on a worker), every model's list for the current history (each what-if update), the explanation of
// the selected item, and the quick models' training. Results come back to the GUI thread whole.
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

#include <algorithm>
#include <chrono>

#include "common/MessageText.h"
#include "eval/TrainingSplit.h"
#include "models/Catalogue.h"
#include "models/TrainingSet.h"
#include "session/ProjectController.h"
#include "session/ProjectSession.h"
#include "session/TrainedModels.h"
#include "util/Parallel.h"
#include "visitors/ReasonsPanel.h"
#include "visitors/RecommendationsModel.h"
#include "visitors/VisitorsPage.h"
#include "visitors/WhatIfPanel.h"

namespace vitrina::ui::visitors {
namespace {
/// The quick models (catalogue ids), trained with default parameters: a page choice of cheap, varied models.
const char* const kQuickModels[] = {"popular", "recent", "itemknn", "als", "bpr", "sknn"};

using PageModels = std::vector<PageModel>;
} // namespace

bool VisitorsPage::isBusy() const {
    return picksTracker_.isRunning() || modelsTracker_.isRunning() || recsTracker_.isRunning() ||
           explainTracker_.isRunning() || trainTracker_.isRunning();
}

std::int64_t VisitorsPage::chooseTestBegin() const {
    // The latest split boundary of the trained models: from there on every model is in its test period.
    std::int64_t T = 0;
    for (const auto& info : context_.trainedModels.list()) T = std::max(T, info.trainEndMs);
    if (T == 0) T = defaultTestBegin();
    return T;
}

std::int64_t VisitorsPage::defaultTestBegin() const {
    // From the summary's last event: a pass over millions of timestamps does not belong on the GUI thread.
    const auto summary = context_.session.summary();
    return summary && summary->events > 0 ? analytics::testBeginAfter(summary->lastMs, 7) : 0;
}

void VisitorsPage::trainedModelsChanged() {
    // TrainedModels hears of a new dataset before this page does: until datasetChanged() has reset the page,
    // its visitor and picks index the old dataset and must not be read against the new one.
    if (!context_.session.hasDataset() || context_.session.revision() != stateRevision_) return;
    const std::int64_t T = chooseTestBegin();
    if (T != testBeginMs_) {
        testBeginMs_ = T;
        findPicks();
        updateCards();
    }
    const auto list = context_.trainedModels.list();
    // The bundled demo gets the quick models without asking (a few seconds), so that its page is never empty.
    const QString demo = session::ProjectController::demoProjectPath(session::ProjectController::defaultDemoFolder());
    const bool isDemo = context_.session.isSaved() && QFileInfo(context_.session.projectPath()) == QFileInfo(demo);
    if (list.empty() && !autoTrainTried_ && isDemo) {
        autoTrainTried_ = true;
        trainQuickModels();
    }
    acquireModels();
}

void VisitorsPage::findPicks() {
    const auto dataset = context_.session.dataset();
    if (!dataset) return;
    analytics::PersonaOptions options;
    options.testBeginMs = testBeginMs_;
    picksTracker_.start<std::shared_ptr<const analytics::PersonaPicks>>(
        tr("Finding personas"),
        [dataset, options](const jobs::JobContext& job) {
            return util::capture<std::shared_ptr<const analytics::PersonaPicks>>([&](std::vector<util::Message>&) {
                return std::make_shared<const analytics::PersonaPicks>(
                    analytics::findPersonas(dataset->events, options, job.progress));
            });
        },
        [this, dataset](util::Result<std::shared_ptr<const analytics::PersonaPicks>>& result) {
            if (context_.session.dataset() != dataset || !result) return;
            picks_ = *result;
            fillPickCombo();
            // Something to look at from the start: the intent persona (or the most active visitor).
            if (!visitor_ && live_.size() == 0) {
                if (!showPersona(analytics::PersonaKind::Intent) && !picks_->mostActive.empty())
                    showVisitor(picks_->mostActive.front().visitor, picks_->mostActive.front().at);
                message_->hide();
            }
            emit picksReady();
        });
}

void VisitorsPage::acquireModels() {
    const auto list = context_.trainedModels.list();
    auto modelStore = context_.trainedModels.store(); // thread-safe; loading a model changes nothing on this side
    std::vector<std::pair<QString, std::int64_t>> names;
    for (const auto& info : list) names.emplace_back(info.name, info.trainEndMs);
    updateModelsHint();
    if (names.empty()) {
        modelsTracker_.cancel();
        models_.clear();
        updateRecommendations();
        return;
    }
    modelsTracker_.start<std::shared_ptr<const PageModels>>(
        tr("Loading the trained models"),
        [modelStore, names](const jobs::JobContext& job) {
            return util::capture<std::shared_ptr<const PageModels>>([&](std::vector<util::Message>& warnings) {
                auto loaded = std::make_shared<PageModels>();
                for (std::size_t i = 0; i < names.size(); ++i) {
                    const double n = static_cast<double>(names.size());
                    auto model = modelStore->acquire(names[i].first.toStdString(),
                                                     job.progress.sub(i / n, (i + 1) / n, "models.load"));
                    if (model.cancelled) throw util::Cancelled();
                    if (!model) {
                        if (model.error) warnings.push_back(*model.error);
                        continue;
                    }
                    loaded->push_back({names[i].first, *model, names[i].second});
                }
                return std::shared_ptr<const PageModels>(std::move(loaded));
            });
        },
        [this](util::Result<std::shared_ptr<const PageModels>>& result) {
            if (!result) return;
            models_ = **result;
            if (!result.warnings.empty())
                showMessage(tr("A trained model could not be loaded: %1").arg(common::MessageText::text(result.warnings.front())),
                            true);
            updateModelsHint();
            updateRecommendations();
        });
}

void VisitorsPage::updateModelsHint() {
    const bool none = context_.trainedModels.list().empty();
    modelsHint_->setText(none ? tr("No trained model yet: train models on the Models page, or train the quick "
                                   "models here.")
                              : QString());
    modelsHint_->setVisible(none);
}

void VisitorsPage::updateRecommendations() {
    const auto dataset = context_.session.dataset();
    if (!dataset || models_.empty() || (!visitor_ && live_.size() == 0)) {
        recsTracker_.cancel();
        recsModel_->resetData(nullptr);
        return;
    }
    auto models = std::make_shared<const PageModels>(models_);
    auto live = std::make_shared<const models::LiveHistory>(live_);
    const int k = k_->value();
    auto later = laterItems();
    recsTracker_.start<std::shared_ptr<const RecommendationsSnapshot>>(
        tr("Recommending"),
        [dataset, models, live, k, later](const jobs::JobContext& job) {
            return util::capture<std::shared_ptr<const RecommendationsSnapshot>>([&](std::vector<util::Message>&) {
                const auto started = std::chrono::steady_clock::now();
                auto snapshot = std::make_shared<RecommendationsSnapshot>();
                snapshot->dataset = dataset;
                snapshot->k = k;
                snapshot->later = later;
                const models::Query query = live->query();
                models::RecommendOptions options;
                options.k = k;
                // Every model on its own (slot m), on the runner's threads: the lists do not depend on them.
                snapshot->columns.resize(models->size());
                util::parallelFor(models->size(), job.threads, 1, [&](std::size_t m) {
                    job.progress.check();
                    RecommendationsSnapshot::Column& column = snapshot->columns[m];
                    column.model = (*models)[m].name;
                    try {
                        column.list = (*models)[m].model->recommend(query, options);
                    } catch (const util::Error& e) {
                        column.error = common::MessageText::text(e.message());
                    }
                });
                snapshot->milliseconds =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
                return std::shared_ptr<const RecommendationsSnapshot>(std::move(snapshot));
            });
        },
        [this](util::Result<std::shared_ptr<const RecommendationsSnapshot>>& result) {
            if (result) showRecommendations(*result);
            else if (!result.cancelled && result.error)
                showMessage(tr("The recommendations could not be computed: %1").arg(common::MessageText::text(*result.error)),
                            true);
        });
}

void VisitorsPage::showRecommendations(std::shared_ptr<const RecommendationsSnapshot> snapshot) {
    lastUpdateMs_ = snapshot->milliseconds;
    // What-if candidates: the listed items, first model first, without repeats.
    std::vector<data::ItemIndex> candidates;
    for (const auto& column : snapshot->columns)
        for (const data::ItemIndex item : column.list.items)
            if (std::find(candidates.begin(), candidates.end(), item) == candidates.end()) candidates.push_back(item);
    whatIf_->setCandidates(snapshot->dataset, candidates);
    whatIf_->setLiveCount(static_cast<int>(live_.liveSize()), lastUpdateMs_);
    const int row = selectedRow_, column = selectedColumn_;
    recsModel_->resetData(std::move(snapshot));
    emit recommendationsUpdated();
    // Keep the selected cell (same rank, same model) across updates, else the first model's top item.
    if (!selectRecommendation(row >= 0 ? row : 0, column >= 0 ? column : 0)) selectRecommendation(0, 0);
}

bool VisitorsPage::selectRecommendation(int row, int column) {
    if (!recsModel_->itemAt(row, column)) return false;
    const QModelIndex index = recsModel_->index(row, column);
    if (recsView_->currentIndex() == index) explainSelected(); // currentChanged would not fire
    else recsView_->setCurrentIndex(index);
    return true;
}

void VisitorsPage::explainSelected() {
    const RecommendationsSnapshot* snapshot = recsModel_->snapshot();
    const auto item = recsModel_->itemAt(selectedRow_, selectedColumn_);
    if (!snapshot || !item) return;
    const auto& column = snapshot->columns[static_cast<std::size_t>(selectedColumn_)];
    const auto found = std::find_if(models_.begin(), models_.end(), [&](const PageModel& m) { return m.name == column.model; });
    if (found == models_.end()) return;
    Explained explained;
    explained.model = column.model;
    explained.item = *item;
    explained.rank = selectedRow_ + 1;
    explained.score = column.list.scores[static_cast<std::size_t>(selectedRow_)];
    explained.fromModel = static_cast<std::size_t>(selectedRow_) < column.list.modelItems;
    explained.later = snapshot->isLater(*item);
    if (const models::ModelEntry* entry = models::baseModel(found->model->id()))
        explained.rule = entry->capabilities.explains;
    auto model = found->model;
    auto live = std::make_shared<const models::LiveHistory>(live_);
    auto dataset = snapshot->dataset;
    explainTracker_.start<Explained>(
        tr("Explaining"),
        [model, live, explained](const jobs::JobContext&) {
            return util::capture<Explained>([&](std::vector<util::Message>&) {
                Explained out = explained;
                if (out.fromModel) out.reasons = model->explain(live->query(), out.item);
                return out;
            });
        },
        [this, dataset](util::Result<Explained>& result) {
            if (result) reasons_->showReasons(dataset, std::move(*result));
            else if (!result.cancelled && result.error)
                reasons_->showHint(tr("The model could not explain this item: %1").arg(common::MessageText::text(*result.error)));
            emit reasonsShown();
        });
}

void VisitorsPage::trainQuickModels() {
    const auto dataset = context_.session.dataset();
    const auto sessions = context_.session.sessions();
    if (!dataset || !sessions) return;
    const std::int64_t T = defaultTestBegin();
    using Fitted = std::vector<std::pair<std::string, std::shared_ptr<const models::Recommender>>>;
    train_->setEnabled(false);
    trainTracker_.start<std::shared_ptr<const Fitted>>(
        tr("Training the quick models"),
        [dataset, sessions, T](const jobs::JobContext& job) {
            return util::capture<std::shared_ptr<const Fitted>>([&](std::vector<util::Message>&) {
                const auto train = eval::trainingSetBefore(dataset, sessions, T); // as the temporal protocol at T
                auto fitted = std::make_shared<Fitted>();
                const double n = std::size(kQuickModels);
                for (std::size_t i = 0; i < std::size(kQuickModels); ++i) {
                    auto model = models::createModel(kQuickModels[i]);
                    models::FitContext fit{42, job.threads, job.progress.sub(i / n, (i + 1) / n, "models.fit")};
                    model->fit(train, fit);
                    fitted->emplace_back(kQuickModels[i], std::move(model));
                }
                return std::shared_ptr<const Fitted>(std::move(fitted));
            });
        },
        [this, dataset, T](util::Result<std::shared_ptr<const Fitted>>& result) {
            train_->setEnabled(true);
            if (context_.session.dataset() != dataset) return;
            if (!result) {
                if (!result.cancelled && result.error)
                    showMessage(tr("The quick models could not be trained: %1").arg(common::MessageText::text(*result.error)),
                                true);
                return;
            }
            for (const auto& [id, model] : **result)
                context_.trainedModels.add(QString::fromStdString(id), model, model->parameters().values(), T);
        });
}

} // namespace vitrina::ui::visitors

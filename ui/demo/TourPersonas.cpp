#include "demo/TourPersonas.h"

#include "app/MainWindow.h"
#include "app/Page.h"
#include "common/ModelNames.h"
#include "visitors/ReasonsPanel.h"
#include "visitors/RecommendationsModel.h"
#include "visitors/VisitorTexts.h"
#include "visitors/VisitorsPage.h"

namespace vitrina::ui::demo {

namespace {
std::optional<analytics::PersonaKind> kindOf(const QString& persona) {
    for (int k = 0; k < analytics::kPersonaKindCount; ++k) {
        const auto kind = static_cast<analytics::PersonaKind>(k);
        if (persona == QLatin1String(analytics::personaName(kind).data(),
                                     static_cast<qsizetype>(analytics::personaName(kind).size())))
            return kind;
    }
    return std::nullopt;
}
} // namespace

TourPersonas::TourPersonas(app::MainWindow& window, QObject* parent)
    : QObject(parent), page_(window.page<visitors::VisitorsPage>(QStringLiteral("visitors"))) {
    if (page_) connect(page_, &visitors::VisitorsPage::reasonsShown, this, [this] { explained_ = selected_; });
}

QStringList TourPersonas::personaIds() {
    return {QStringLiteral("new"), QStringLiteral("browsing"), QStringLiteral("intent")};
}

void TourPersonas::reset() {
    findings_.clear();
    const QString again = requested_;
    requested_.clear();
    if (!again.isEmpty()) request(again);
}

void TourPersonas::request(const QString& persona) {
    if (persona == requested_ && shown_) return; // back on the same step: it is still shown
    requested_ = persona;
    shown_ = selected_ = explained_ = false;
    update();
}

int TourPersonas::hybridColumn() const {
    const visitors::RecommendationsSnapshot* snapshot = page_->recommendations()->snapshot();
    if (!snapshot) return 0;
    for (std::size_t c = 0; c < snapshot->columns.size(); ++c)
        if (snapshot->columns[c].model.startsWith(QLatin1String("hybrid")) &&
            !snapshot->columns[c].model.startsWith(QLatin1String("hybrid-static")))
            return static_cast<int>(c);
    return 0;
}

void TourPersonas::update() {
    if (!page_ || requested_.isEmpty()) return;
    const auto kind = kindOf(requested_);
    if (!kind) return;
    if (!shown_) {
        if (!page_->picks() || page_->isBusy()) return; // the personas are still being found
        shown_ = page_->showPersona(*kind);
        if (!shown_ && page_->picks() && !page_->picks()->persona(*kind)) shown_ = explained_ = true; // none fits
        return;
    }
    if (selected_ || page_->isBusy()) return;
    const visitors::RecommendationsSnapshot* snapshot = page_->recommendations()->snapshot();
    if (!snapshot) return;
    selected_ = page_->selectRecommendation(0, hybridColumn());
    if (!selected_) explained_ = true; // no list to explain: the page says why
}

bool TourPersonas::isReady(const QString& persona) const {
    if (!page_ || persona != requested_ || !shown_ || page_->isBusy()) return false;
    // reasonsShown may come before selectRecommendation() returns: the panel's reasons count then.
    const bool ready = explained_ || (selected_ && page_->reasons()->reasonCount() > 0);
    if (ready && !findings_.count(persona)) recordFinding();
    return ready;
}

const TourPersonas::Finding* TourPersonas::finding(const QString& persona) const {
    const auto it = findings_.find(persona);
    return it == findings_.end() ? nullptr : &it->second;
}

void TourPersonas::recordFinding() const {
    Finding f;
    if (const visitors::Explained* e = page_->reasons()->explained()) {
        using models::ReasonKind;
        f.model = common::modelDisplayName(e->model);
        f.popularFallback = !e->fromModel;
        double popularShare = 0.0;
        const models::Reason* top = nullptr;
        for (const models::Reason& r : e->reasons) {
            if (r.kind == ReasonKind::HybridStage) f.stage = r.stage;
            else if (r.kind == ReasonKind::HybridComponent)
                f.weights.emplace_back(common::modelDisplayName(QString::fromStdString(r.component)), r.value);
            if (r.kind == ReasonKind::PopularOverall || r.kind == ReasonKind::PopularFallback ||
                r.kind == ReasonKind::PopularInCategory)
                popularShare += r.share;
            if (r.kind != ReasonKind::HybridStage && (!top || r.share > top->share)) top = &r;
        }
        // The hybrid's own reasons are its components' shares: popularity counts when the Popular component
        // carries most of the score.
        for (const models::Reason& r : e->reasons)
            if (r.kind == ReasonKind::HybridComponent && r.component == "popular") popularShare += r.share;
        f.popularFallback = f.popularFallback || popularShare > 0.5;
        if (!e->fromModel) f.topReason = visitors::VisitorTexts::fallbackReason();
        else if (top && page_->reasons()->dataset())
            f.topReason = visitors::VisitorTexts::reason(*top, *page_->reasons()->dataset());
    }
    findings_[requested_] = std::move(f);
}

} // namespace vitrina::ui::demo

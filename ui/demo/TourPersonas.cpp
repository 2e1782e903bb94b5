#include "demo/TourPersonas.h"

#include "app/MainWindow.h"
#include "app/Page.h"
#include "visitors/ReasonsPanel.h"
#include "visitors/RecommendationsModel.h"
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
    return explained_ || (selected_ && page_->reasons()->reasonCount() > 0);
}

} // namespace vitrina::ui::demo

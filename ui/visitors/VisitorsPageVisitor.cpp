// The Visitors page's visitor state: finding and showing a visitor at a moment, the simulated live session,
// the stage / segment / moment cards and the timeline. Stage and segment come from models::LiveHistory, so
// they update on the GUI thread as soon as a what-if event is added.
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>

#include "common/Card.h"
#include "common/Format.h"
#include "session/ProjectSession.h"
#include "visitors/VisitorTexts.h"
#include "visitors/VisitorTimeline.h"
#include "visitors/VisitorsPage.h"
#include "visitors/WhatIfPanel.h"

namespace vitrina::ui::visitors {

bool VisitorsPage::findVisitor(const QString& rawId) {
    const auto dataset = context_.session.dataset();
    if (!dataset) return false;
    bool ok = false;
    const qlonglong raw = rawId.trimmed().toLongLong(&ok);
    const auto visitor = ok ? dataset->visitors.find(raw) : std::nullopt;
    if (!visitor) {
        showMessage(rawId.trimmed().isEmpty() ? tr("Type a visitor id (the raw visitorid of the events file).")
                    : ok ? tr("There is no visitor with the id %1 in this dataset.").arg(raw)
                         : tr("'%1' is not a visitor id: a visitor id is a whole number.").arg(rawId.trimmed()),
                    true);
        return false;
    }
    showVisitor(*visitor, analytics::defaultMoment(dataset->events, *visitor, testBeginMs_));
    return true;
}

bool VisitorsPage::showPersona(analytics::PersonaKind kind) {
    if (!picks_) {
        showMessage(tr("The personas are still being searched for; try again in a moment."), false);
        return false;
    }
    const auto& pick = picks_->persona(kind);
    if (!pick) {
        showMessage(tr("No visitor in this dataset fits this persona."), true);
        return false;
    }
    showVisitor(pick->visitor, pick->at);
    return true;
}

void VisitorsPage::showVisitor(data::VisitorIndex visitor, std::int64_t at) {
    const auto dataset = context_.session.dataset();
    if (!dataset || visitor >= dataset->visitors.size()) return;
    message_->hide();
    visitor_ = visitor;
    at_ = at;
    live_ = models::LiveHistory(*dataset, visitor, at, context_.session.sessions()->gapMs);
    visitorId_->setText(QString::number(dataset->visitors.raw(visitor)));
    selectedRow_ = selectedColumn_ = -1;
    updateCards();
    updateTimeline();
    updateRecommendations();
}

bool VisitorsPage::addLiveEvent(data::ItemIndex item, data::EventType type) {
    const auto dataset = context_.session.dataset();
    if (!dataset || item >= dataset->items.size()) return false;
    if (!visitor_ && live_.size() == 0) live_ = models::LiveHistory(*dataset, std::nullopt, testBeginMs_);
    live_.add(item, type);
    updateCards(); // the stage changes now; the lists follow from the job runner
    updateTimeline();
    updateRecommendations();
    return true;
}

void VisitorsPage::clearLiveSession() {
    live_.clearLive();
    updateCards();
    updateTimeline();
    updateRecommendations();
}

void VisitorsPage::setK(int k) { k_->setValue(k); }

void VisitorsPage::updateCards() {
    const auto dataset = context_.session.dataset();
    if (!dataset || (!visitor_ && live_.size() == 0)) {
        for (common::Card* card : {visitorCard_, stageCard_, segmentCard_, momentCard_}) {
            card->setValue(QStringLiteral("—"));
            card->setDetail(QString());
        }
        visitorCard_->setDetail(tr("Find a visitor or pick a persona"));
        return;
    }
    if (visitor_) {
        const auto& log = dataset->events;
        visitorCard_->setValue(QString::number(dataset->visitors.raw(*visitor_)));
        visitorCard_->setDetail(tr("%1 of %n event(s) before the moment", nullptr,
                                   static_cast<int>(log.end(*visitor_) - log.begin(*visitor_)))
                                    .arg(live_.historySize()));
    } else {
        visitorCard_->setValue(tr("made-up"));
        visitorCard_->setDetail(tr("only simulated events"));
    }
    const analytics::FunnelStage stage = live_.stage();
    stageCard_->setValue(VisitorTexts::stage(stage));
    stageCard_->setDetail(VisitorTexts::stageDefinition(stage) +
                          (live_.liveSize() > 0 ? tr(" (with the simulated events)") : QString()));
    segmentCard_->setValue(VisitorTexts::segment(live_.segment()));
    segmentCard_->setDetail(tr("by the events before the moment"));
    momentCard_->setValue(common::formatUtcTime(live_.queryMoment()));
    const bool test = testBeginMs_ > 0 && at_ >= testBeginMs_;
    momentCard_->setDetail(test ? tr("test period (from %1)").arg(common::formatUtcTime(testBeginMs_))
                                : tr("training period (the test period starts %1)").arg(common::formatUtcTime(testBeginMs_)));
}

void VisitorsPage::updateTimeline() {
    const auto dataset = context_.session.dataset();
    const auto sessions = context_.session.sessions();
    if (!dataset || !sessions) return;
    if (visitor_) timeline_->showVisitor(*dataset, *sessions, *visitor_, at_, testBeginMs_, live_);
    else timeline_->showLiveOnly(*dataset, live_);
    whatIf_->setLiveCount(static_cast<int>(live_.liveSize()), lastUpdateMs_);
}

std::vector<data::ItemIndex> VisitorsPage::laterItems() const {
    std::vector<data::ItemIndex> items;
    const auto dataset = context_.session.dataset();
    if (!dataset || !visitor_) return items;
    const auto& log = dataset->events;
    const std::int64_t from = std::max(at_, testBeginMs_);
    for (std::uint64_t e = log.begin(*visitor_); e < log.end(*visitor_); ++e)
        if (log.timestamp[e] >= from) items.push_back(log.item[e]);
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

} // namespace vitrina::ui::visitors

#pragma once
// The visitor's timeline grouped by session: one branch per session (start, length, test period or not), one
// row per event (time, event type, item with its readable name, category path at that time; in a narrow pane the
// category is only the item's tooltip). Events from the
// moment shown on are what the visitor did later: greyed. The simulated what-if events form a last branch.
// Double-clicking an event asks to recommend just before it (momentRequested).
#include <QTreeWidget>

#include <cstdint>

#ifndef Q_MOC_RUN
#include "data/Dataset.h"
#include "data/Sessions.h"
#include "models/LiveHistory.h"
#endif

namespace vitrina::ui::visitors {

class VisitorTimeline : public QTreeWidget {
    Q_OBJECT
public:
    explicit VisitorTimeline(QWidget* parent = nullptr);

    /// Shows `visitor`'s sessions with the moment `at`, the test period from `testBeginMs`, and the live events
    /// of `live`.
    void showVisitor(const data::Dataset& dataset, const data::SessionIndex& sessions, data::VisitorIndex visitor,
                     std::int64_t at, std::int64_t testBeginMs, const models::LiveHistory& live);
    /// Only the live events (a made-up visitor).
    void showLiveOnly(const data::Dataset& dataset, const models::LiveHistory& live);
    void retranslate();

signals:
    void momentRequested(std::int64_t at);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();
    void addLive(const data::Dataset& dataset, const models::LiveHistory& live);
    QTreeWidgetItem* eventRow(QTreeWidgetItem* parent, const data::Dataset& dataset, std::int64_t ms,
                              data::EventType type, data::ItemIndex item);
};

} // namespace vitrina::ui::visitors

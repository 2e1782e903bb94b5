#include "jobs/JobProgressWidget.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>
#include <cmath>

#include "common/ElidedLabel.h"
#include "common/Format.h"
#include "common/MessageText.h"
#include "jobs/JobRunner.h"

namespace vitrina::ui::jobs {

namespace {
constexpr int kBarSteps = 1000; // 0.1 % resolution, matching the throttle of progress reports
constexpr int kBarMinimumWidth = 80;
}

JobProgressWidget::JobProgressWidget(QWidget* parent) : QWidget(parent) {
    // The title and the stage take the room they need when there is some, and are elided (whole in the tooltip)
    // when there is not: a strip wider than its page would make the whole window wider while a job runs.
    title_ = new common::ElidedLabel(Qt::ElideRight, this);
    title_->setObjectName(QStringLiteral("jobTitle"));
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    bar_ = new QProgressBar(this);
    bar_->setRange(0, kBarSteps);
    bar_->setMinimumWidth(kBarMinimumWidth);
    bar_->setFormat(QStringLiteral("%p %"));
    stage_ = new common::ElidedLabel(Qt::ElideRight, this);
    stage_->setObjectName(QStringLiteral("jobStage"));
    eta_ = new QLabel(this);
    cancel_ = new QPushButton(this);
    cancel_->setObjectName(QStringLiteral("cancelJob"));
    connect(cancel_, &QPushButton::clicked, this, [this] {
        if (tracker_) tracker_->cancel();
        cancel_->setEnabled(false);
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(title_);
    layout->addWidget(bar_, 2);
    layout->addWidget(stage_);
    layout->addWidget(eta_);
    layout->addWidget(cancel_);
    setVisible(false);
    changeEvent(nullptr);
}

void JobProgressWidget::setTracker(JobTracker* tracker) {
    if (tracker_) disconnect(tracker_, nullptr, this, nullptr);
    tracker_ = tracker;
    if (tracker_) {
        connect(tracker_, &JobTracker::started, this, [this] {
            cancel_->setEnabled(true);
            refresh();
        });
        connect(tracker_, &JobTracker::progressChanged, this, &JobProgressWidget::refresh);
        connect(tracker_, &JobTracker::finished, this, &JobProgressWidget::refresh);
    }
    refresh();
}

void JobProgressWidget::setVisible(bool visible) {
    QWidget::setVisible(visible && tracker_ && tracker_->isRunning());
}

void JobProgressWidget::refresh() {
    const bool running = tracker_ && tracker_->isRunning();
    setVisible(running);
    if (!running) return;
    title_->setText(tracker_->title());
    bar_->setValue(static_cast<int>(std::lround(tracker_->fraction() * kBarSteps)));
    stage_->setText(common::MessageText::stage(tracker_->stage()));
    eta_->setText(common::formatEta(tracker_->etaSeconds()));
}

void JobProgressWidget::changeEvent(QEvent* event) {
    if (event) QWidget::changeEvent(event);
    if (!event || event->type() == QEvent::LanguageChange) {
        cancel_->setText(tr("Cancel"));
        cancel_->setToolTip(tr("Stop this job; what was loaded before stays open"));
        // Sizes that do not follow the texts that change while a job runs: a label whose size hint changes makes
        // the whole window lay out (and repaint its charts) again, many times per second during an import.
        const QFontMetrics metrics(eta_->font());
        const int etaWidth = std::max(metrics.horizontalAdvance(common::formatEta(59.0)),
                                      metrics.horizontalAdvance(common::formatEta(3540.0)));
        eta_->setFixedSize(etaWidth + metrics.averageCharWidth(), metrics.height() + 4);
        int stageWidth = 0;
        for (const char* code : {"generate", "import", "sessions", "summary", "save.dataset", "open.dataset", "checksum",
                                 "funnel", "itemknn.similarity"})
            stageWidth = std::max(stageWidth, metrics.horizontalAdvance(common::MessageText::stage(QLatin1String(code))));
        stage_->setReservedWidth(stageWidth + metrics.averageCharWidth());
        refresh();
    }
}

} // namespace vitrina::ui::jobs

#pragma once
// The reusable progress strip of a background job: title, bar, stage text, ETA and a Cancel button. Hidden
// while its tracker is idle. It never needs more width than its page has (the texts elide).
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace vitrina::ui::common {
class ElidedLabel;
}

namespace vitrina::ui::jobs {

class JobTracker;

class JobProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit JobProgressWidget(QWidget* parent = nullptr);
    /// Follows `tracker` (not owned); a previous tracker is released.
    void setTracker(JobTracker* tracker);
    /// Shows only while the tracker runs a job: a layout or a caller's show() cannot reveal an idle strip.
    void setVisible(bool visible) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    QPointer<JobTracker> tracker_;
    common::ElidedLabel* title_ = nullptr;
    QProgressBar* bar_ = nullptr;
    common::ElidedLabel* stage_ = nullptr;
    QLabel* eta_ = nullptr;
    QPushButton* cancel_ = nullptr;
};

} // namespace vitrina::ui::jobs

#pragma once
// Larger text for a projector, undone exactly on leave. Widgets follow the application font (QApplication::
// setFont propagates to every widget that did not set its own size). Qt Charts do not: their axis labels and
// legends keep the theme's fonts, so the charts under a widget are scaled one by one (by half the factor) (refreshCharts() after
// a page rebuilt its charts); each scaled font's original size is kept on the chart object, so restore()
// puts back exactly what was there and a chart is never scaled twice.
#include <QFont>

class QWidget;

namespace vitrina::ui::demo {

class PresentationScale {
public:
    PresentationScale() = default;
    ~PresentationScale();
    PresentationScale(const PresentationScale&) = delete;
    PresentationScale& operator=(const PresentationScale&) = delete;

    /// 1.2: at 1280 x 820 the Data page's charts keep readable axes beside the presenter bar (1.3 elided them).
    static constexpr double kDefaultFactor = 1.2;
    static constexpr double kMinFactor = 1.0;
    static constexpr double kMaxFactor = 2.0;

    /// Scales the application font by `factor` (clamped to [kMinFactor, kMaxFactor]) and the charts under
    /// `root`. Calling it again changes the factor (relative to the font before the first apply()).
    void apply(double factor, QWidget* root);
    /// Scales charts under `root` that appeared or were rebuilt since the last call (cheap when none did).
    void refreshCharts(QWidget* root) const;
    /// Puts back the application font and every chart font still alive under `root`.
    void restore(QWidget* root);

    bool isActive() const { return active_; }
    double factor() const { return factor_; }
    /// The application font before apply().
    QFont originalFont() const { return original_; }

private:
    bool active_ = false;
    double factor_ = 1.0;
    QFont original_;
};

} // namespace vitrina::ui::demo

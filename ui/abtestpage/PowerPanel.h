#pragma once
// The power calculator (stats/Power.h, Fleiss formula, two-sided, equal allocation): baseline rate, relative
// minimum detectable effect, alpha and power give the visitors needed per arm; visitors per arm give the
// smallest detectable effect. Instant: computed on the GUI thread on every change.
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace vitrina::ui::abtestpage {

class PowerPanel : public QWidget {
    Q_OBJECT
public:
    explicit PowerPanel(QWidget* parent = nullptr);

    /// Inputs as fractions (baseline 0.05, relative MDE 0.1).
    void setInputs(double baseline, double relativeMde, double alpha, double power, double visitorsPerArm);
    /// The last results: visitors per arm (0 when the input cannot be planned), the MDE for the given sample
    /// (absolute, NaN when not reachable).
    quint64 sampleSizePerArm() const { return sampleSize_; }
    double detectableAbsolute() const { return mdeAbsolute_; }
    QString sampleText() const;
    QString mdeText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void recompute();

    QLabel* baselineLabel_ = nullptr;
    QLabel* mdeLabel_ = nullptr;
    QLabel* alphaLabel_ = nullptr;
    QLabel* powerLabel_ = nullptr;
    QLabel* visitorsLabel_ = nullptr;
    QDoubleSpinBox* baseline_ = nullptr; ///< percent
    QDoubleSpinBox* mde_ = nullptr;      ///< relative, percent
    QDoubleSpinBox* alpha_ = nullptr;
    QDoubleSpinBox* power_ = nullptr;
    QSpinBox* visitors_ = nullptr;
    QLabel* sampleResult_ = nullptr;
    QLabel* mdeResult_ = nullptr;
    QLabel* note_ = nullptr;
    quint64 sampleSize_ = 0;
    double mdeAbsolute_ = 0.0;
};

} // namespace vitrina::ui::abtestpage

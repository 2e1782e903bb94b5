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

    /// Inputs as fractions (baseline 0.05, relative MDE 0.1). The boxes show them rounded to their decimals; the
    /// exact baseline and alpha are kept while the boxes still show them, so that the detectable effect equals
    /// the one the A/B verdict quotes for the same plan (abtest::powerPlan).
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
    /// An exact input and the rounded value its box showed when it was set.
    struct ExactInput {
        double exact = 0.0;
        double shown = -1.0;
    };
    ExactInput exactBaseline_, exactAlpha_;
    /// The box's value in the input's unit (`scale` = 100 for percent): the exact one while the box shows it.
    static double inputValue(const QDoubleSpinBox* box, const ExactInput& input, double scale);
};

} // namespace vitrina::ui::abtestpage

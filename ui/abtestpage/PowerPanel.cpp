#include "abtestpage/PowerPanel.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

#include "common/Format.h"
#include "stats/Power.h"

namespace vitrina::ui::abtestpage {

PowerPanel::PowerPanel(QWidget* parent) : QWidget(parent) {
    const auto spin = [this](double min, double max, double value, int decimals, double step, const char* name) {
        auto* box = new QDoubleSpinBox(this);
        box->setRange(min, max);
        box->setDecimals(decimals);
        box->setSingleStep(step);
        box->setValue(value);
        box->setObjectName(QString::fromLatin1(name));
        connect(box, &QDoubleSpinBox::valueChanged, this, &PowerPanel::recompute);
        return box;
    };
    baseline_ = spin(0.0001, 99.0, 5.0, 4, 0.5, "powerBaseline");
    mde_ = spin(0.1, 500.0, 10.0, 1, 1.0, "powerMde");
    alpha_ = spin(0.0001, 0.5, 0.05, 4, 0.01, "powerAlpha");
    power_ = spin(0.5, 0.999, 0.8, 3, 0.05, "powerPower");
    visitors_ = new QSpinBox(this);
    visitors_->setObjectName(QStringLiteral("powerVisitors"));
    visitors_->setRange(10, 100'000'000);
    visitors_->setValue(10'000);
    visitors_->setGroupSeparatorShown(true);
    connect(visitors_, &QSpinBox::valueChanged, this, &PowerPanel::recompute);
    for (QLabel** label : {&baselineLabel_, &mdeLabel_, &alphaLabel_, &powerLabel_, &visitorsLabel_}) *label = new QLabel(this);
    sampleResult_ = new QLabel(this);
    sampleResult_->setWordWrap(true);
    sampleResult_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mdeResult_ = new QLabel(this);
    mdeResult_->setWordWrap(true);
    mdeResult_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note_ = new QLabel(this);
    note_->setWordWrap(true);

    // The wrapped result sentences stay out of the forms: QFormLayout's height-for-width squeezes rows when it
    // holds word-wrapped text in a narrow pane (Qt 6.4).
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label goes above its field on a narrow pane
    form->addRow(baselineLabel_, baseline_);
    form->addRow(mdeLabel_, mde_);
    form->addRow(alphaLabel_, alpha_);
    form->addRow(powerLabel_, power_);
    auto* visitorsForm = new QFormLayout;
    visitorsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    visitorsForm->addRow(visitorsLabel_, visitors_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sampleResult_);
    layout->addLayout(visitorsForm);
    layout->addWidget(mdeResult_);
    layout->addWidget(note_);
    layout->addStretch(1);
    retranslate();
}

void PowerPanel::setInputs(double baseline, double relativeMde, double alpha, double power, double visitorsPerArm) {
    const QSignalBlocker b1(baseline_), b2(mde_), b3(alpha_), b4(power_), b5(visitors_);
    baseline_->setValue(100.0 * baseline);
    exactBaseline_ = {baseline, baseline_->value()};
    mde_->setValue(100.0 * relativeMde);
    alpha_->setValue(alpha);
    exactAlpha_ = {alpha, alpha_->value()};
    power_->setValue(power);
    visitors_->setValue(static_cast<int>(std::lround(visitorsPerArm)));
    recompute();
}

void PowerPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

void PowerPanel::retranslate() {
    baselineLabel_->setText(tr("Baseline conversion rate, %:"));
    mdeLabel_->setText(tr("Minimum detectable effect, relative %:"));
    alphaLabel_->setText(tr("Significance level alpha (two-sided):"));
    powerLabel_->setText(tr("Power (1 - beta):"));
    visitorsLabel_->setText(tr("Visitors per arm available:"));
    note_->setText(tr("Fleiss formula for two proportions (pooled null, unpooled alternative, no continuity "
                      "correction), equal allocation. The detectable effect solves the same formula for the given "
                      "visitors."));
    recompute();
}

QString PowerPanel::sampleText() const { return sampleResult_->text(); }
QString PowerPanel::mdeText() const { return mdeResult_->text(); }

double PowerPanel::inputValue(const QDoubleSpinBox* box, const ExactInput& input, double scale) {
    return box->value() == input.shown ? input.exact : box->value() / scale;
}

void PowerPanel::recompute() {
    const double p1 = inputValue(baseline_, exactBaseline_, 100.0);
    const double p2 = p1 * (1.0 + mde_->value() / 100.0);
    const double alpha = inputValue(alpha_, exactAlpha_, 1.0), power = power_->value();
    if (p2 >= 1.0) {
        sampleSize_ = 0;
        sampleResult_->setText(tr("The target rate %1 is not below 100 %: lower the baseline or the effect.")
                                   .arg(common::formatPercent(std::min(p2, 1.0))));
    } else {
        const stats::SampleSizeResult r = stats::sampleSizePerArm(p1, p2, alpha, power);
        sampleSize_ = r.perArm;
        sampleResult_->setText(tr("<b>%1 visitors per arm</b> (%2 in total for two arms) to detect %3 → %4.")
                                   .arg(common::formatCount(r.perArm), common::formatCount(2 * r.perArm),
                                        common::formatPercent(p1), common::formatPercent(p2)));
    }
    mdeAbsolute_ = stats::minimumDetectableEffect(p1, visitors_->value(), alpha, power);
    if (std::isfinite(mdeAbsolute_))
        mdeResult_->setText(tr("<b>Detectable effect with %1 visitors per arm:</b> %2 absolute (%3 → %4), %5 relative.")
                                .arg(common::formatCount(static_cast<quint64>(visitors_->value())),
                                     common::formatPercent(mdeAbsolute_), common::formatPercent(p1),
                                     common::formatPercent(p1 + mdeAbsolute_),
                                     common::formatPercentRounded(mdeAbsolute_ / p1)));
    else
        mdeResult_->setText(tr("With %1 visitors per arm no effect is detectable at this power.")
                                .arg(common::formatCount(static_cast<quint64>(visitors_->value()))));
}

} // namespace vitrina::ui::abtestpage

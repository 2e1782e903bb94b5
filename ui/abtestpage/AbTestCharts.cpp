#include "abtestpage/AbTestCharts.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <iterator>

#include "common/ModelNames.h"
#include "common/ChartStyle.h"
#include "common/Format.h"
#include "stats/Distributions.h"

namespace vitrina::ui::abtestpage {

namespace {

namespace ab = vitrina::abtest;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    // The context lupdate gives a tr() call in this namespace.
    return QCoreApplication::translate("vitrina::ui::abtestpage", text, disambiguation, n);
}

/// Rates are drawn in percent.
double scaled(ab::Metric metric, double value) { return ab::isRate(metric) ? 100.0 * value : value; }

QString armName(const ab::ExperimentRun& run, std::size_t arm) {
    return common::armDisplayName(QString::fromStdString(run.data.arms[arm].name));
}

QString dayAxisTitle(const ab::ExperimentRun& run) {
    if (run.data.mode == ab::Mode::Parametric) return tr("Test day (simulated)");
    return tr("Test day (day 1 = %1, UTC)").arg(common::formatUtcDay(run.data.startMs / 86'400'000));
}

QValueAxis* dayAxis(const ab::ExperimentRun& run) {
    QValueAxis* x = common::makeValueAxis(dayAxisTitle(run), true);
    const int days = std::max(2, run.data.dayCount);
    x->setRange(1, days);
    // A tick on every day (or every week on long tests), anchored at day 1: evenly spaced ticks between 1 and
    // 14 would land between days and the integer labels would skip (1 3 5 7 8 10 ...).
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1.0);
    x->setTickInterval(days <= 21 ? 1.0 : 7.0);
    return x;
}

/// A translucent band between `lower` and `upper` in `color`, added to `chart`.
QAreaSeries* band(QChart* chart, QLineSeries* lower, QLineSeries* upper, QColor color, const QString& name) {
    auto* area = new QAreaSeries(upper, lower);
    color.setAlphaF(0.18);
    area->setBrush(color);
    area->setPen(Qt::NoPen);
    area->setName(name);
    chart->addSeries(area);
    // The band shares its line's colour and the title says "with 95 % intervals": a legend entry of its own
    // would only double the legend (and cut its labels on a narrow screen).
    for (QLegendMarker* marker : chart->legend()->markers(area)) marker->setVisible(false);
    return area;
}

void attach(QChart* chart, QAbstractAxis* x, QAbstractAxis* y) {
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
}

/// Expands [low, high] by 5 % on each side (a flat range gets a unit span), never below `floor`; ticks on
/// round numbers (anchored at 0, so that a floor such as -100 % does not shift them to 4475, 2950, ...).
void padRange(QValueAxis* axis, double low, double high, double floor = -INFINITY) {
    if (!(std::isfinite(low) && std::isfinite(high))) { low = 0.0; high = 1.0; }
    if (high <= low) { low -= 0.5; high += 0.5; }
    const double pad = 0.05 * (high - low);
    low = std::max(floor, low - pad);
    high += pad;
    const double step = common::niceCeiling((high - low) / 5.0);
    axis->setRange(std::max(floor, std::floor(low / step) * step), std::ceil(high / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
}

/// Label format with as many decimals as the tick step needs.
QString labelFormat(const QValueAxis* axis) {
    const double step = axis->tickType() == QValueAxis::TicksDynamic
                            ? axis->tickInterval()
                            : (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    const int decimals = step >= 1.0 ? 0 : std::min(4, static_cast<int>(std::ceil(-std::log10(step))));
    return QStringLiteral("%.%1f").arg(decimals);
}

} // namespace

QString metricTitle(ab::Metric metric) {
    switch (metric) {
    case ab::Metric::Conversion: return tr("Conversion rate, % of visitors");
    case ab::Metric::AddToCart: return tr("Add-to-cart rate, % of visitors");
    case ab::Metric::Ctr: return tr("CTR, discounted clicks per list");
    case ab::Metric::Revenue: return tr("Revenue per visitor (property 790, unit of the data)");
    }
    return {};
}

/// The unit of a metric's values, for an axis whose chart title already names the metric.
QString metricUnit(ab::Metric metric) {
    switch (metric) {
    case ab::Metric::Conversion:
    case ab::Metric::AddToCart: return tr("% of visitors");
    case ab::Metric::Ctr: return tr("Discounted clicks per list");
    case ab::Metric::Revenue: return tr("Per visitor (unit of the data)");
    }
    return {};
}

QString metricShortName(ab::Metric metric) {
    switch (metric) {
    case ab::Metric::Conversion: return tr("conversion rate");
    case ab::Metric::AddToCart: return tr("add-to-cart rate");
    case ab::Metric::Ctr: return tr("CTR");
    case ab::Metric::Revenue: return tr("revenue per visitor");
    }
    return {};
}

QChart* makeCumulativeChart(const ab::ExperimentRun& run, bool dark) {
    auto* chart = new QChart;
    chart->setTitle(tr("Cumulative %1 per arm with %2 intervals")
                        .arg(metricShortName(run.setup.metric), common::formatLevel(1.0 - run.setup.alpha)));
    const ab::Metric metric = run.analysis.options.metric;
    double low = INFINITY, high = -INFINITY;
    // The control from the first comparison, each treatment from its own.
    for (std::size_t k = 0; k <= run.analysis.comparisons.size(); ++k) {
        if (run.analysis.comparisons.empty()) break;
        const ab::Comparison& c = run.analysis.comparisons[k == 0 ? 0 : k - 1];
        const std::size_t arm = k == 0 ? 0 : c.arm;
        const QColor color = common::seriesColor(static_cast<int>(arm), dark);
        auto* line = new QLineSeries;
        auto* lower = new QLineSeries;
        auto* upper = new QLineSeries;
        for (const ab::DayPoint& p : c.series) {
            const double v = k == 0 ? p.control : p.treatment;
            const stats::ConfidenceInterval ci = k == 0 ? p.controlInterval : p.treatmentInterval;
            line->append(p.day + 1, scaled(metric, v));
            if (std::isfinite(ci.lower) && std::isfinite(ci.upper)) {
                lower->append(p.day + 1, scaled(metric, ci.lower));
                upper->append(p.day + 1, scaled(metric, ci.upper));
                low = std::min(low, scaled(metric, ci.lower));
                high = std::max(high, scaled(metric, ci.upper));
            }
        }
        band(chart, lower, upper, color, tr("%1: interval").arg(armName(run, arm)));
        line->setName(arm == 0 ? tr("%1 (control)").arg(armName(run, arm)) : armName(run, arm));
        line->setPen(QPen(color, 2.0));
        chart->addSeries(line);
    }
    QValueAxis* y = common::makeValueAxis(metricUnit(metric), false); // the title names the metric
    padRange(y, low, high, 0.0); // every metric is non-negative, and so are its bands
    y->setLabelFormat(labelFormat(y));
    attach(chart, dayAxis(run), y);
    return chart;
}

QChart* makeLiftChart(const ab::ExperimentRun& run, bool dark) {
    auto* chart = new QChart;
    const double level = run.analysis.comparisons.empty() ? 1.0 - run.setup.alpha
                                                          : run.analysis.comparisons.front().decision.level;
    chart->setTitle(tr("Relative lift with the verdict's %1 interval").arg(common::formatLevel(level)));
    // The range holds every lift point and the last day's interval (the verdict's); the wider bands of earlier
    // days are cut at its edges rather than squeezing the lines.
    double low = 0.0, high = 0.0;
    for (const ab::Comparison& c : run.analysis.comparisons)
        for (const ab::DayPoint& p : c.series) {
            if (!p.effect.liftDefined) continue;
            low = std::min(low, 100.0 * p.effect.lift);
            high = std::max(high, 100.0 * p.effect.lift);
            if (&p == &c.series.back()) {
                low = std::min(low, 100.0 * p.effect.liftInterval.lower);
                if (std::isfinite(p.effect.liftInterval.upper)) high = std::max(high, 100.0 * p.effect.liftInterval.upper);
            }
        }
    QValueAxis* y = common::makeValueAxis(tr("Lift, %"), false); // the title says "relative lift"
    padRange(y, low, high, -100.0);
    y->setLabelFormat(labelFormat(y));
    const auto clip = [y](double v) { return std::clamp(v, y->min(), y->max()); };
    for (const ab::Comparison& c : run.analysis.comparisons) {
        const QColor color = common::seriesColor(static_cast<int>(c.arm), dark);
        auto* line = new QLineSeries;
        auto* lower = new QLineSeries;
        auto* upper = new QLineSeries;
        for (const ab::DayPoint& p : c.series) {
            if (!p.effect.liftDefined) continue;
            line->append(p.day + 1, 100.0 * p.effect.lift);
            lower->append(p.day + 1, clip(100.0 * p.effect.liftInterval.lower));
            upper->append(p.day + 1, clip(100.0 * p.effect.liftInterval.upper));
        }
        band(chart, lower, upper, color, tr("%1: interval").arg(armName(run, c.arm)));
        line->setName(armName(run, c.arm));
        line->setPen(QPen(color, 2.0));
        chart->addSeries(line);
    }
    auto* zero = new QLineSeries;
    zero->setName(tr("No difference"));
    zero->append(1, 0.0);
    zero->append(std::max(2, run.data.dayCount), 0.0);
    zero->setPen(QPen(dark ? QColor(0xbdbdbd) : QColor(0x616161), 1.2, Qt::DashLine));
    chart->addSeries(zero);
    attach(chart, dayAxis(run), y);
    return chart;
}

QChart* makePValueChart(const ab::ExperimentRun& run, bool dark) {
    auto* chart = new QChart;
    chart->setTitle(tr("p-value by day: fixed horizon and always valid"));
    const double armAlpha = run.analysis.comparisons.empty() ? run.setup.alpha
                                                             : run.setup.alpha / static_cast<double>(run.analysis.comparisons.front().decision.family);
    // The axis starts a decade below the smallest p (or alpha) instead of at the floor, so that the lines use
    // the height of the chart.
    double smallest = armAlpha;
    for (const ab::Comparison& c : run.analysis.comparisons) {
        // Two colours per arm (the legend shows colours, not dash patterns), never the alpha line's red.
        static constexpr int kColours[] = {1, 2, 5, 4, 7, 0, 6};
        const auto pick = [dark](std::size_t k) { return common::seriesColor(kColours[k % std::size(kColours)], dark); };
        const QColor fixedColor = pick(2 * (c.arm - 1)), validColor = pick(2 * (c.arm - 1) + 1);
        auto* fixed = new QLineSeries;
        auto* valid = new QLineSeries;
        for (const ab::DayPoint& p : c.series) {
            fixed->append(p.day + 1, std::clamp(p.fixedP, kPValueFloor, 1.0));
            valid->append(p.day + 1, std::clamp(p.alwaysValidP, kPValueFloor, 1.0));
            smallest = std::min({smallest, p.fixedP, p.alwaysValidP});
        }
        // Short names when several arms share the legend's one row.
        const bool several = run.analysis.comparisons.size() > 1;
        // With one treatment the verdict above names it: the legend names the two p-values only.
        fixed->setName(several ? tr("%1: fixed").arg(armName(run, c.arm)) : tr("Fixed horizon"));
        valid->setName(several ? tr("%1: mSPRT").arg(armName(run, c.arm)) : tr("Always valid (mSPRT)"));
        fixed->setPen(QPen(fixedColor, 1.8, Qt::DashLine));
        valid->setPen(QPen(validColor, 2.4));
        chart->addSeries(fixed);
        chart->addSeries(valid);
    }
    auto* alpha = new QLineSeries;
    alpha->setName(run.analysis.comparisons.size() > 1
                       ? tr("α/%1 = %2").arg(run.analysis.comparisons.size()).arg(QLocale().toString(armAlpha, 'g', 3))
                       : tr("α = %1").arg(QLocale().toString(armAlpha, 'g', 3)));
    alpha->append(1, armAlpha);
    alpha->append(std::max(2, run.data.dayCount), armAlpha);
    alpha->setPen(QPen(QColor(0xc62828), 1.4, Qt::DotLine));
    chart->addSeries(alpha);
    const double bottom = std::max(kPValueFloor, std::pow(10.0, std::floor(std::log10(std::max(smallest, kPValueFloor) / 1.5))));
    QLogValueAxis* y = common::makeLogAxis(bottom > kPValueFloor ? tr("p-value, log scale")
                                                                 : tr("p-value (log scale; below 1e-6 drawn at 1e-6)"));
    y->setRange(bottom, 1.0);
    y->setLabelFormat(bottom >= 1e-4 ? QStringLiteral("%.4g") : QStringLiteral("%.0e"));
    attach(chart, dayAxis(run), y);
    return chart;
}

QChart* makePosteriorChart(const ab::ExperimentRun& run, bool dark) {
    auto* chart = new QChart;
    chart->setTitle(tr("Posterior distributions of the rate (Beta, uniform prior)"));
    std::vector<std::pair<std::size_t, std::pair<double, double>>> arms; // arm, (alpha, beta)
    for (const ab::Comparison& c : run.analysis.comparisons) {
        if (!c.bayesian) continue;
        if (arms.empty()) arms.push_back({0, {c.bayesian->alphaControl, c.bayesian->betaControl}});
        arms.push_back({c.arm, {c.bayesian->alphaTreatment, c.bayesian->betaTreatment}});
    }
    if (arms.empty()) {
        chart->setTitle(tr("Posterior distributions: only for conversion and add-to-cart rates"));
        return chart;
    }
    // A common x range: every mean +- 5 standard deviations.
    double low = 1.0, high = 0.0, top = 0.0;
    for (const auto& [arm, params] : arms) {
        const double mean = stats::betaMean(params.first, params.second);
        const double sd = stats::betaStandardDeviation(params.first, params.second);
        low = std::min(low, std::max(0.0, mean - 5.0 * sd));
        high = std::max(high, std::min(1.0, mean + 5.0 * sd));
    }
    constexpr int kPoints = 200;
    for (const auto& [arm, params] : arms) {
        auto* line = new QLineSeries;
        for (int i = 0; i <= kPoints; ++i) {
            // Away from the ends, where a prior below 1 would make the density unbounded.
            const double x = std::clamp(low + (high - low) * i / kPoints, 1e-12, 1.0 - 1e-12);
            // Density of the rate in percent: f(x) / 100.
            const double density = stats::betaDensity(x, params.first, params.second) / 100.0;
            line->append(100.0 * x, density);
            top = std::max(top, density);
        }
        line->setName(arm == 0 ? tr("%1 (control)").arg(armName(run, arm)) : armName(run, arm));
        line->setPen(QPen(common::seriesColor(static_cast<int>(arm), dark), 2.0));
        chart->addSeries(line);
    }
    QValueAxis* x = common::makeValueAxis(tr("Rate, %"), false);
    x->setRange(100.0 * low, 100.0 * high);
    x->applyNiceNumbers();
    QValueAxis* y = common::makeValueAxis(tr("Probability density, per percentage point"), false);
    y->setRange(0.0, top * 1.05 + 1e-12);
    attach(chart, x, y);
    return chart;
}

QChart* makeBootstrapChart(const ab::ExperimentRun& run, bool dark) {
    auto* chart = new QChart;
    chart->setTitle(tr("Bootstrap distribution of the relative lift"));
    const ab::Comparison* c = run.analysis.comparisons.empty() ? nullptr : &run.analysis.comparisons.front();
    if (!c || !c->bootstrap ||
        (c->bootstrap->relativeLift.distribution.size() < 2 && c->bootstrap->difference.distribution.size() < 2)) {
        chart->setTitle(tr("Bootstrap distribution: not computed for this metric"));
        return chart;
    }
    // The lift needs a non-zero control mean in the resamples; otherwise the difference is shown.
    const bool lift = c->bootstrap->relativeLift.distribution.size() >= 2;
    const double unit = lift || ab::isRate(run.analysis.options.metric) ? 100.0 : 1.0;
    if (!lift) chart->setTitle(tr("Bootstrap distribution of the difference (the control had no conversions for the lift)"));
    const auto& r = lift ? c->bootstrap->relativeLift : c->bootstrap->difference;
    const std::vector<double>& d = r.distribution; // sorted
    constexpr int kBins = 40;
    const double lo = unit * d.front(), hi = unit * d.back();
    const double width = hi > lo ? (hi - lo) / kBins : 1.0;
    std::vector<int> counts(kBins, 0);
    for (double v : d) counts[static_cast<std::size_t>(std::clamp(static_cast<int>((unit * v - lo) / width), 0, kBins - 1))]++;
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    int top = 0;
    for (int b = 0; b < kBins; ++b) { // a step outline
        upper->append(lo + b * width, counts[b]);
        upper->append(lo + (b + 1) * width, counts[b]);
        top = std::max(top, counts[b]);
    }
    lower->append(lo, 0.0);
    lower->append(lo + kBins * width, 0.0);
    auto* bars = new QAreaSeries(upper, lower);
    QColor color = common::seriesColor(static_cast<int>(c->arm), dark);
    bars->setPen(QPen(color, 1.0));
    color.setAlphaF(0.45);
    bars->setBrush(color);
    bars->setName(run.analysis.comparisons.size() > 1
                      ? tr("%1 vs control: %n resample(s)", nullptr, static_cast<int>(d.size())).arg(armName(run, c->arm))
                      : tr("%n resample(s)", nullptr, static_cast<int>(d.size())));
    chart->addSeries(bars);
    for (double bound : {r.interval.lower, r.interval.upper}) {
        if (!std::isfinite(bound)) continue;
        auto* line = new QLineSeries;
        line->append(unit * bound, 0.0);
        line->append(unit * bound, top);
        line->setPen(QPen(QColor(0xc62828), 1.4, Qt::DashLine));
        line->setName(tr("%1 percentile interval").arg(common::formatLevel(c->decision.level)));
        chart->addSeries(line);
    }
    QValueAxis* x = common::makeValueAxis(lift ? tr("Relative lift, %")
                                               : unit == 100.0 ? tr("Difference, percentage points")
                                                               : tr("Difference per visitor"), false);
    x->setRange(lo, lo + kBins * width);
    x->applyNiceNumbers();
    x->setLabelFormat(labelFormat(x));
    QValueAxis* y = common::makeValueAxis(tr("Resamples per bin"), true);
    y->setRange(0, top * 1.1 + 1);
    attach(chart, x, y);
    // Two interval lines share a name: show it once.
    const auto markers = chart->series();
    if (markers.size() == 3) chart->legend()->markers(markers[2]).front()->setVisible(false);
    return chart;
}

} // namespace vitrina::ui::abtestpage

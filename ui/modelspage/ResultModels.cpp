#include "modelspage/ResultModels.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

#include "common/Format.h"
#include "common/ModelNames.h"

namespace vitrina::ui::modelspage {

using eval::Metric;

namespace {

bool finite(double v) { return std::isfinite(v); }

/// "0.123 ± 0.0031" (a symmetric Student-t interval; the precision rule of common/Format), or the mean alone
/// when the interval is undefined.
QString withHalfWidth(double mean, const stats::ConfidenceInterval& ci) {
    if (!finite(mean)) return QStringLiteral("–");
    if (!finite(ci.lower) || !finite(ci.upper)) return formatMetric(mean);
    return common::formatWithHalfWidth(mean, ci);
}

QString intervalText(const stats::ConfidenceInterval& ci) {
    if (!finite(ci.lower) || !finite(ci.upper)) return QCoreApplication::translate("ModelsResults", "95 % interval undefined (fewer than two lists)");
    return QCoreApplication::translate("ModelsResults", "95 % interval: %1 – %2").arg(formatMetric(ci.lower), formatMetric(ci.upper));
}

QString segmentDisplayName(const std::string& name) {
    if (name == "cold") return QCoreApplication::translate("ModelsResults", "Cold (no earlier events)");
    if (name == "light") return QCoreApplication::translate("ModelsResults", "Light (1–2 events)");
    if (name == "medium") return QCoreApplication::translate("ModelsResults", "Medium (3–9 events)");
    if (name == "heavy") return QCoreApplication::translate("ModelsResults", "Heavy (10+ events)");
    if (name == "new") return QCoreApplication::translate("ModelsResults", "New (no events yet)");
    if (name == "browsing") return QCoreApplication::translate("ModelsResults", "Browsing (views only)");
    if (name == "intent") return QCoreApplication::translate("ModelsResults", "Intent (cart not bought)");
    if (name == "converted") return QCoreApplication::translate("ModelsResults", "Converted (bought)");
    return QString::fromStdString(name);
}

QString pValueText(double p) { return finite(p) ? common::formatPValue(p, 0.05) : QStringLiteral("–"); }

} // namespace

QString formatMetric(double value) {
    if (!finite(value)) return QStringLiteral("–");
    return QLocale().toString(value, 'f', std::abs(value) >= 1.0 ? 3 : 4);
}

QString metricDisplayName(Metric metric, int k) {
    QString name;
    switch (metric) {
    case Metric::Precision: name = QCoreApplication::translate("ModelsResults", "Precision"); break;
    case Metric::Recall: name = QCoreApplication::translate("ModelsResults", "Recall"); break;
    case Metric::CappedRecall: name = QCoreApplication::translate("ModelsResults", "Capped recall"); break;
    case Metric::HitRate: name = QStringLiteral("HR"); break;
    case Metric::Ndcg: name = QStringLiteral("NDCG"); break;
    case Metric::AveragePrecision: name = QStringLiteral("MAP"); break;
    case Metric::ReciprocalRank: name = QStringLiteral("MRR"); break;
    case Metric::IntraListDiversity: name = QCoreApplication::translate("ModelsResults", "Diversity"); break;
    case Metric::Novelty: name = QCoreApplication::translate("ModelsResults", "Novelty"); break;
    case Metric::PopularityPercentile: name = QCoreApplication::translate("ModelsResults", "Popularity pct."); break;
    }
    return name + u'@' + QString::number(k);
}

// ---------------------------------------------------------------------------------------------------------
void MetricsTableModel::resetData(std::shared_ptr<const eval::EvaluationReport> report, bool sessionProtocol, int kIndex) {
    beginResetModel();
    report_ = std::move(report);
    session_ = sessionProtocol;
    kIndex_ = report_ ? std::clamp(kIndex, 0, std::max(0, static_cast<int>(report_->cutoffs.size()) - 1)) : 0;
    buildColumns();
    endResetModel();
}

void MetricsTableModel::buildColumns() {
    columns_.clear();
    if (!report_) return;
    columns_.push_back({Kind::Model});
    if (session_) {
        columns_.push_back({Kind::NextItem, Metric::HitRate});
        columns_.push_back({Kind::NextItem, Metric::ReciprocalRank});
    } else {
        // The headline metric first: on a narrow screen the columns that fit are shown (common/ColumnFit.h).
        for (const Metric m : {Metric::Ndcg, Metric::HitRate, Metric::Recall, Metric::Precision, Metric::ReciprocalRank,
                               Metric::AveragePrecision})
            columns_.push_back({Kind::Accuracy, m});
        columns_.push_back({Kind::Coverage});
        columns_.push_back({Kind::Gini});
        for (const Metric m : {Metric::IntraListDiversity, Metric::Novelty, Metric::PopularityPercentile})
            columns_.push_back({Kind::Beyond, m});
    }
    columns_.push_back({Kind::Fit});
    columns_.push_back({Kind::Eval});
    columns_.push_back({Kind::Memory});
}

int MetricsTableModel::columnOf(Metric metric) const {
    for (std::size_t c = 0; c < columns_.size(); ++c)
        if ((columns_[c].kind == Kind::Accuracy || columns_[c].kind == Kind::NextItem) && columns_[c].metric == metric)
            return static_cast<int>(c);
    return -1;
}

int MetricsTableModel::rows() const { return report_ ? static_cast<int>(report_->models.size()) : 0; }
int MetricsTableModel::columns() const { return static_cast<int>(columns_.size()); }

QString MetricsTableModel::header(int column) const {
    const Column& c = columns_[static_cast<std::size_t>(column)];
    const int k = report_->cutoffs.at(static_cast<std::size_t>(kIndex_));
    switch (c.kind) {
    case Kind::Model: return tr("Model");
    case Kind::Accuracy:
    case Kind::NextItem:
    case Kind::Beyond: return metricDisplayName(c.metric, k);
    case Kind::Coverage: return tr("Coverage@%1").arg(k);
    case Kind::Gini: return tr("Gini@%1").arg(k);
    case Kind::Fit: return tr("Training, s");
    case Kind::Eval: return tr("Evaluation, s");
    case Kind::Memory: return tr("Memory");
    }
    return {};
}

QString MetricsTableModel::headerToolTip(int column) const {
    const Column& c = columns_[static_cast<std::size_t>(column)];
    switch (c.kind) {
    case Kind::Accuracy: return tr("Mean over the lists with a relevant item ± half-width of its Student-t 95 % interval");
    case Kind::NextItem: return tr("Over every prediction of the test sessions (next item ranked against all train items)");
    case Kind::Coverage: return tr("Share of the candidate items shown in at least one list");
    case Kind::Gini: return tr("Concentration of exposure over the candidates (0 = even, 1 = one item)");
    case Kind::Beyond: return tr("Mean over lists: intra-list diversity by category, novelty (self-information, bits) or popularity percentile");
    case Kind::Memory: return tr("Learned state held in memory");
    default: return {};
    }
}

QVariant MetricsTableModel::raw(int row, int column) const {
    const Column& c = columns_[static_cast<std::size_t>(column)];
    const eval::ModelResult& m = model(row);
    const auto k = static_cast<std::size_t>(kIndex_);
    switch (c.kind) {
    case Kind::Model: return common::modelDisplayName(QString::fromStdString(m.id));
    case Kind::Accuracy:
    case Kind::Beyond: return m.summary.mean[static_cast<std::size_t>(c.metric)].empty() ? qQNaN() : m.summary.at(c.metric, k);
    case Kind::NextItem: {
        const auto& v = c.metric == Metric::HitRate ? m.nextItem.hitRate : m.nextItem.mrr;
        return k < v.size() ? v[k] : qQNaN();
    }
    case Kind::Coverage: return k < m.summary.coverage.size() ? m.summary.coverage[k] : qQNaN();
    case Kind::Gini: return k < m.summary.gini.size() ? m.summary.gini[k] : qQNaN();
    case Kind::Fit: return m.fitSeconds;
    case Kind::Eval: return m.evalSeconds;
    case Kind::Memory: return static_cast<qulonglong>(m.memoryBytes);
    }
    return {};
}

QString MetricsTableModel::display(int row, int column) const {
    const Column& c = columns_[static_cast<std::size_t>(column)];
    const QVariant value = raw(row, column);
    switch (c.kind) {
    case Kind::Model: return value.toString();
    case Kind::Accuracy: {
        const auto& intervals = model(row).intervals[static_cast<std::size_t>(c.metric)];
        const auto k = static_cast<std::size_t>(kIndex_);
        return k < intervals.size() ? withHalfWidth(value.toDouble(), intervals[k]) : formatMetric(value.toDouble());
    }
    case Kind::Coverage: return finite(value.toDouble()) ? common::formatPercent(value.toDouble()) : QStringLiteral("–");
    case Kind::Fit:
    case Kind::Eval: return QLocale().toString(value.toDouble(), 'f', value.toDouble() < 10.0 ? 2 : 1);
    case Kind::Memory: return common::formatBytes(value.toULongLong());
    default: return formatMetric(value.toDouble());
    }
}

QString MetricsTableModel::toolTip(int row, int column) const {
    const Column& c = columns_[static_cast<std::size_t>(column)];
    if (c.kind != Kind::Accuracy) return {};
    const auto& intervals = model(row).intervals[static_cast<std::size_t>(c.metric)];
    const auto k = static_cast<std::size_t>(kIndex_);
    return k < intervals.size() ? intervalText(intervals[k]) : QString();
}

// ---------------------------------------------------------------------------------------------------------
void SegmentTableModel::resetData(std::shared_ptr<const eval::EvaluationReport> report, const std::string& kind) {
    beginResetModel();
    report_ = std::move(report);
    rows_.clear();
    if (report_ && !report_->models.empty()) {
        const auto& segments = report_->models.front().segments;
        for (std::size_t s = 0; s < segments.size(); ++s)
            if (segments[s].kind == kind) rows_.push_back(s);
    }
    endResetModel();
}

int SegmentTableModel::rows() const { return static_cast<int>(rows_.size()); }
int SegmentTableModel::columns() const { return report_ ? 2 + static_cast<int>(report_->models.size()) : 0; }

QString SegmentTableModel::header(int column) const {
    if (column == 0) return tr("Segment");
    if (column == 1) return tr("Lists");
    return tr("%1: %2").arg(common::modelDisplayName(QString::fromStdString(report_->models[static_cast<std::size_t>(column - 2)].id)),
                            QString::fromStdString(report_->comparisonMetric).toUpper());
}

QVariant SegmentTableModel::raw(int row, int column) const {
    const std::size_t s = rows_[static_cast<std::size_t>(row)];
    const eval::SegmentResult& first = report_->models.front().segments[s];
    if (column == 0) return segmentDisplayName(first.name);
    if (column == 1) return static_cast<qulonglong>(first.lists);
    return report_->models[static_cast<std::size_t>(column - 2)].segments[s].focus.mean;
}

QString SegmentTableModel::display(int row, int column) const {
    if (column == 0) return raw(row, column).toString();
    if (column == 1) return common::formatCount(raw(row, column).toULongLong());
    const std::size_t s = rows_[static_cast<std::size_t>(row)];
    const eval::SegmentStatistic& f = report_->models[static_cast<std::size_t>(column - 2)].segments[s].focus;
    return withHalfWidth(f.mean, f.interval);
}

QString SegmentTableModel::toolTip(int row, int column) const {
    if (column < 2) return {};
    const std::size_t s = rows_[static_cast<std::size_t>(row)];
    const eval::SegmentStatistic& f = report_->models[static_cast<std::size_t>(column - 2)].segments[s].focus;
    return intervalText(f.interval) + u'\n' + tr("%n list(s) with a relevant item", nullptr, static_cast<int>(f.count));
}

// ---------------------------------------------------------------------------------------------------------
void SignificanceTableModel::resetData(std::shared_ptr<const eval::EvaluationReport> report, int comparisonIndex) {
    beginResetModel();
    report_ = std::move(report);
    comparison_ = report_ && comparisonIndex >= 0 && comparisonIndex < static_cast<int>(report_->comparisons.size()) &&
                          report_->comparisons[static_cast<std::size_t>(comparisonIndex)].computed
                      ? comparisonIndex
                      : -1;
    endResetModel();
}

const eval::ComparisonResult* SignificanceTableModel::comparison() const {
    return comparison_ < 0 ? nullptr : &report_->comparisons[static_cast<std::size_t>(comparison_)];
}

int SignificanceTableModel::rows() const { return comparison() ? static_cast<int>(comparison()->models.size()) : 0; }
int SignificanceTableModel::columns() const { return comparison() ? 1 + rows() : 0; }

QString SignificanceTableModel::header(int column) const {
    if (column == 0) return tr("Row − column");
    return common::modelDisplayName(QString::fromStdString(comparison()->models[static_cast<std::size_t>(column - 1)]));
}

QVariant SignificanceTableModel::raw(int row, int column) const {
    const auto& names = comparison()->models;
    if (column == 0) return common::modelDisplayName(QString::fromStdString(names[static_cast<std::size_t>(row)]));
    const auto r = static_cast<std::size_t>(row), c = static_cast<std::size_t>(column - 1);
    const stats::SignificanceMatrix& matrix = comparison()->matrix;
    if (r == c) return r < matrix.means.size() ? matrix.means[r] : qQNaN();
    return matrix.difference(c, r); // mean(row - column)
}

QString SignificanceTableModel::display(int row, int column) const {
    if (column == 0) return raw(row, column).toString();
    const auto r = static_cast<std::size_t>(row), c = static_cast<std::size_t>(column - 1);
    if (r == c) return tr("mean %1").arg(formatMetric(raw(row, column).toDouble()));
    const stats::MatrixEntry& e = comparison()->matrix.entry(r, c);
    // The stored interval is of (second - first); flip it when the row is the first model.
    const bool rowIsSecond = e.second == r;
    const double lo = rowIsSecond ? e.bootstrapInterval.lower : -e.bootstrapInterval.upper;
    const double hi = rowIsSecond ? e.bootstrapInterval.upper : -e.bootstrapInterval.lower;
    const common::EstimateTexts t = common::formatEstimate(raw(row, column).toDouble(), {lo, hi}, common::EstimateUnit::Plain);
    // Three short lines keep the matrix narrow: difference (and * when the interval excludes 0), the
    // simultaneous interval, the Holm-Wilcoxon p (with ≠ when that check disagrees with the interval).
    return tr("%1%5\n[%2, %3]\np %4%6")
        .arg(t.value, t.lower, t.upper, pValueText(e.wilcoxonPHolm), e.significant ? QStringLiteral(" *") : QString(),
             e.checksAgree() ? QString() : QStringLiteral(" ≠"));
}

QString SignificanceTableModel::toolTip(int row, int column) const {
    if (column == 0) return {};
    const auto r = static_cast<std::size_t>(row), c = static_cast<std::size_t>(column - 1);
    if (r == c) return {};
    const stats::MatrixEntry& e = comparison()->matrix.entry(r, c);
    const stats::SignificanceMatrix& m = comparison()->matrix;
    const QString family = common::formatLevel(1.0 - m.alpha);
    QString tip = tr("Paired over %1 lists. Simultaneous bootstrap %2 interval of the mean difference (Bonferroni "
                     "over the %3 pairs, so that all intervals hold together with %4 confidence; B = %5). Wilcoxon "
                     "signed-rank p = %6, Holm-corrected over the matrix = %7; paired t p = %8; Cohen's d_z = %9.")
                      .arg(common::formatCount(comparison()->lists), common::formatLevel(m.intervalLevel))
                      .arg(m.entries.size())
                      .arg(family, common::formatCount(m.resamples), pValueText(e.wilcoxonP), pValueText(e.wilcoxonPHolm),
                           pValueText(e.tTestP), QLocale().toString(e.cohensDz * (e.second == r ? 1.0 : -1.0), 'f', 3));
    tip += u'\n' + (e.significant ? tr("Significant: the interval excludes 0.") : tr("Not significant: the interval holds 0."));
    if (!e.checksAgree())
        tip += u'\n' + (e.significant ? tr("≠ The Wilcoxon check disagrees (Holm p above %1): the mean difference "
                                            "rests on a few large differences; the typical list may not differ.")
                                       : tr("≠ The Wilcoxon check disagrees (Holm p at most %1): most lists lean one "
                                            "way, but the mean difference is too uncertain to call."))
                              .arg(QLocale().toString(m.alpha, 'g', 3));
    return tip;
}

QVariant SignificanceTableModel::data(const QModelIndex& index, int role) const {
    if (role == Qt::TextAlignmentRole && index.isValid() && index.column() > 0)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter)); // multi-line cells read best centred
    if (role != DifferenceRole && role != SignificantRole) return common::TableModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto r = static_cast<std::size_t>(index.row());
    if (index.column() == 0 || r == static_cast<std::size_t>(index.column() - 1)) return {};
    if (role == DifferenceRole) return raw(index.row(), index.column());
    return comparison()->matrix.entry(r, static_cast<std::size_t>(index.column() - 1)).significant;
}

} // namespace vitrina::ui::modelspage

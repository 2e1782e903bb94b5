#include "common/Format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "analytics/Calendar.h"
#include "util/Precision.h"

namespace vitrina::ui::common {
namespace {

/// Decimals needed to show `significant` significant digits of |value| (never negative).
int decimalsFor(double value, int significant) {
    const double magnitude = std::abs(value);
    if (magnitude == 0.0) return 0;
    const int digitsBeforePoint = static_cast<int>(std::floor(std::log10(magnitude))) + 1;
    return std::max(0, significant - digitsBeforePoint);
}

} // namespace

QString formatCount(std::uint64_t value) { return QLocale().toString(static_cast<qulonglong>(value)); }

QString formatPercent(double fraction) {
    const double percent = fraction * 100.0;
    int decimals = 0;
    if (percent == 0.0 || percent == 100.0) decimals = 0;
    else if (std::abs(percent) >= 10.0) decimals = 1;
    else if (std::abs(percent) >= 0.1) decimals = 2;
    else decimals = std::min(6, decimalsFor(percent, 2));
    //: A percentage; %1 is the number. Russian typography puts a (non-breaking) space before the sign.
    return QCoreApplication::translate("Format", "%1%").arg(QLocale().toString(percent, 'f', decimals));
}

namespace {

QString withUnit(const QString& number, EstimateUnit unit) {
    switch (unit) {
    case EstimateUnit::Percent: return QCoreApplication::translate("Format", "%1%").arg(number);
    //: Percentage points, the unit of a difference of two rates.
    case EstimateUnit::PercentagePoints: return QCoreApplication::translate("Format", "%1 pp").arg(number);
    case EstimateUnit::Plain: break;
    }
    return number;
}

QString signedText(double value, int decimals, EstimateUnit unit) {
    if (std::isnan(value)) return QStringLiteral("—");
    const QLocale locale;
    if (std::isinf(value))
        return withUnit((value > 0 ? locale.positiveSign() : locale.negativeSign()) + QStringLiteral("∞"), unit);
    const double rounded = util::roundToDecimals(value, decimals);
    QString text = locale.toString(rounded, 'f', std::max(decimals, 0));
    if (rounded > 0.0) text.prepend(locale.positiveSign());
    return withUnit(text, unit);
}

} // namespace

EstimateTexts formatEstimate(double value, const stats::ConfidenceInterval& interval, EstimateUnit unit) {
    const double scale = unit == EstimateUnit::Plain ? 1.0 : 100.0;
    const double half = 0.5 * scale * (interval.upper - interval.lower);
    const int decimals = util::displayDecimals(scale * value, half);
    return {signedText(scale * value, decimals, unit), signedText(scale * interval.lower, decimals, unit),
            signedText(scale * interval.upper, decimals, unit)};
}

QString formatWithHalfWidth(double value, const stats::ConfidenceInterval& interval) {
    if (!std::isfinite(value)) return QStringLiteral("—");
    const QLocale locale;
    const double half = interval.halfWidth();
    const int decimals = util::displayDecimals(value, std::isfinite(half) ? half : 0.0);
    const QString mean = locale.toString(util::roundToDecimals(value, decimals), 'f', std::max(decimals, 0));
    if (!std::isfinite(half)) return mean;
    return mean + QStringLiteral(" ± ") + locale.toString(util::roundToDecimals(half, decimals), 'f', std::max(decimals, 0));
}

QString formatPercentRounded(double fraction, int significant) {
    if (!std::isfinite(fraction)) return QStringLiteral("—");
    const double percent = 100.0 * fraction;
    const int decimals = percent == 0.0 ? 0 : significant - 1 - static_cast<int>(std::floor(std::log10(std::abs(percent))));
    return QCoreApplication::translate("Format", "%1%")
        .arg(QLocale().toString(util::roundToDecimals(percent, decimals), 'f', std::max(decimals, 0)));
}

QString formatPValue(double p, double alpha) {
    if (std::isnan(p)) return QStringLiteral("—");
    const QLocale locale;
    if (p < util::kSmallestShownP)
        //: A p-value below the smallest one shown; %1 is 0.0001.
        return QCoreApplication::translate("Format", "< %1").arg(locale.toString(util::kSmallestShownP, 'f', 4));
    const int decimals = util::pValueDecimals(p, alpha);
    return locale.toString(util::roundToDecimals(p, decimals), 'f', decimals);
}

QString formatLevel(double level) {
    return QCoreApplication::translate("Format", "%1%").arg(QLocale().toString(100.0 * level, 'g', 4));
}

QString formatNumber(double value, int significant) {
    if (!std::isfinite(value)) return QStringLiteral("—");
    QString text = QLocale().toString(value, 'f', decimalsFor(value, significant));
    // "1" rather than "1.00" for a median of one event: the digits shown are the significant ones.
    const QString point = QLocale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0')) text.chop(1);
        if (text.endsWith(point)) text.chop(point.size());
    }
    return text;
}

QString formatDuration(double ms) {
    const double seconds = ms / 1000.0;
    if (seconds < 1.0) return QCoreApplication::translate("Format", "%1 ms").arg(formatNumber(ms, 2));
    if (seconds < 60.0) return QCoreApplication::translate("Format", "%1 s").arg(formatNumber(seconds, 2));
    if (seconds < 3600.0) return QCoreApplication::translate("Format", "%1 min").arg(formatNumber(seconds / 60.0, 2));
    if (seconds < 86400.0) return QCoreApplication::translate("Format", "%1 h").arg(formatNumber(seconds / 3600.0, 2));
    return QCoreApplication::translate("Format", "%1 days").arg(formatNumber(seconds / 86400.0, 2));
}

QString formatEta(double seconds) {
    if (seconds < 0.0) return {};
    if (seconds < 60.0) return QCoreApplication::translate("Format", "about %1 s left").arg(std::max(1, static_cast<int>(std::ceil(seconds))));
    return QCoreApplication::translate("Format", "about %1 min left").arg(static_cast<int>(std::ceil(seconds / 60.0)));
}

QString formatBytes(std::uint64_t bytes) {
    const double b = static_cast<double>(bytes);
    if (b < 1e3) return QCoreApplication::translate("Format", "%1 B").arg(bytes);
    if (b < 1e6) return QCoreApplication::translate("Format", "%1 kB").arg(formatNumber(b / 1e3, 3));
    if (b < 1e9) return QCoreApplication::translate("Format", "%1 MB").arg(formatNumber(b / 1e6, 3));
    return QCoreApplication::translate("Format", "%1 GB").arg(formatNumber(b / 1e9, 3));
}

QString formatUtcDay(std::int64_t day) { return QString::fromStdString(analytics::formatDay(day)); }

QString formatUtcTime(std::int64_t ms) {
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    return QCoreApplication::translate("Format", "%1 UTC").arg(t.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString twoLineTitle(QString text, qsizetype maxOneLine) {
    if (text.size() <= maxOneLine || text.contains(u'\n')) return text;
    qsizetype best = -1;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == u' ' && (best < 0 || std::abs(i - text.size() / 2) < std::abs(best - text.size() / 2))) best = i;
    if (best > 0) text[best] = u'\n';
    return text;
}

} // namespace vitrina::ui::common

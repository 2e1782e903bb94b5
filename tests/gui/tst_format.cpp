// The display precision rule as the GUI applies it (ui/common/Format over core/util/Precision.h): an estimate
// and its interval rounded at the place of the interval's half-width to two significant digits, p-values that
// never round across alpha, in the locale's number format. Expected texts are written out by hand.
#include <QLocale>
#include <QTest>

#include <cmath>

#include "common/Format.h"

using namespace vitrina;
using ui::common::EstimateUnit;

class TestFormat : public QObject {
    Q_OBJECT
private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void wideIntervalsKeepTwoSignificantDigits() {
        // The defence tour's lift: 351.72 % in [+10.34 %, +1,751.77 %] (half-width ~870 %).
        const auto t = ui::common::formatEstimate(3.5172, {0.1034, 17.5177}, EstimateUnit::Percent);
        QCOMPARE(t.value, QStringLiteral("+350%"));
        QCOMPARE(t.lower, QStringLiteral("+10%"));
        QCOMPARE(t.upper, QStringLiteral("+1,750%"));
        // A narrower one: 25.0 % in [2.02 %, 47.98 %] (half-width 23) -> whole percents.
        const auto n = ui::common::formatEstimate(0.25, {0.0202, 0.4798}, EstimateUnit::Percent);
        QCOMPARE(n.value, QStringLiteral("+25%"));
        QCOMPARE(n.lower, QStringLiteral("+2%"));
        // A difference in percentage points, negative bound, signs.
        const auto d = ui::common::formatEstimate(0.01346, {0.005787, 0.027523}, EstimateUnit::PercentagePoints);
        QCOMPARE(d.value, QStringLiteral("+1.3 pp"));
        QCOMPARE(d.lower, QStringLiteral("+0.6 pp"));
        const auto m = ui::common::formatEstimate(-0.02, {-0.0323, 0.0006}, EstimateUnit::PercentagePoints);
        QCOMPARE(m.value, QStringLiteral("-2.0 pp"));
        QCOMPARE(m.upper, QStringLiteral("+0.1 pp"));
        // An unbounded bound.
        QCOMPARE(ui::common::formatEstimate(0.5, {0.1, INFINITY}, EstimateUnit::Percent).upper, QStringLiteral("+∞%"));
    }

    void meansWithHalfWidths() {
        QCOMPARE(ui::common::formatWithHalfWidth(0.064912, {0.052612, 0.077212}), QStringLiteral("0.065 ± 0.012"));
        QCOMPARE(ui::common::formatWithHalfWidth(0.7629, {0.76, 0.7658}), QStringLiteral("0.7629 ± 0.0029"));
        QCOMPARE(ui::common::formatWithHalfWidth(0.5, {NAN, NAN}), QStringLiteral("0.500")); // three significant digits
    }

    void pValuesNeverRoundAcrossAlpha() {
        QCOMPARE(ui::common::formatPValue(0.033892, 0.05), QStringLiteral("0.034"));
        QCOMPARE(ui::common::formatPValue(0.0504, 0.05), QStringLiteral("0.0504"));
        QCOMPARE(ui::common::formatPValue(0.0251, 0.025), QStringLiteral("0.0251"));
        QCOMPARE(ui::common::formatPValue(0.00002, 0.05), QStringLiteral("< 0.0001"));
        QCOMPARE(ui::common::formatLevel(0.975), QStringLiteral("97.5%"));
        QCOMPARE(ui::common::formatPercentRounded(5.3647), QStringLiteral("540%"));
    }

    void theLocaleSetsTheNumbers() {
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        const auto t = ui::common::formatEstimate(3.5172, {0.1034, 17.5177}, EstimateUnit::Percent);
        QCOMPARE(t.upper, QStringLiteral("+1") + QLocale().groupSeparator() + QStringLiteral("750%"));
        QCOMPARE(ui::common::formatPValue(0.033892, 0.05), QStringLiteral("0,034"));
        QCOMPARE(ui::common::formatWithHalfWidth(0.064912, {0.052612, 0.077212}), QStringLiteral("0,065 ± 0,012"));
    }
};

QTEST_MAIN(TestFormat)
#include "tst_format.moc"

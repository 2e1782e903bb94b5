#pragma once
// A chart with its export buttons (PNG, SVG) that restyles itself when the palette changes (light/dark).
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QToolButton;

namespace vitrina::ui::common {

class EmptyHint;

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    /// `exportName` is the suggested file name of exports (without extension).
    explicit ChartPanel(const QString& exportName, QWidget* parent = nullptr);

    /// Shows `chart` (taking ownership; the previous chart is deleted) and styles it for the current palette.
    /// Null shows an empty chart.
    void setChart(QChart* chart);
    QChart* chart() const;
    QChartView* view() const { return view_; }
    /// A short note under the chart (e.g. how zeros are drawn on a log axis); hidden when empty.
    void setNote(const QString& note);
    /// One line shown over the view while there is no chart (setChart(nullptr)): what fills it; none when empty.
    void setEmptyHint(const QString& hint);
    /// The hint shown right now (empty while a chart is shown or no hint was given).
    QString shownHint() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void restyle();
    /// Breaks the chart's texts into lines that fit the view (common/ChartTextFit.h): Qt Charts elides instead.
    void fitTexts();
    void fitMinimumSize();

    QString exportName_;
    QChartView* view_ = nullptr;
    QLabel* note_ = nullptr;
    QToolButton* exportButton_ = nullptr;
    EmptyHint* hint_ = nullptr;
    QString hintText_;
    bool empty_ = true;
};

} // namespace vitrina::ui::common

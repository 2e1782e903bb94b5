#pragma once
// Exports of what the user sees: a chart to PNG or SVG, a table (any item model) to CSV.
#include <QString>

class QAbstractItemModel;
class QChartView;
class QWidget;

namespace vitrina::ui::common {

/// Renders the chart at `scale` times its on-screen size (animations are switched off first, or the grab is
/// empty). Returns an empty string on success, else a translated error.
QString exportChartPng(QChartView* view, const QString& path, double scale = 2.0);
/// Vector export through QSvgGenerator.
QString exportChartSvg(QChartView* view, const QString& path);

/// Comma-separated, UTF-8, header row from the horizontal headers; each cell is the model's RawValueRole when
/// set (plain numbers, '.' decimal point), else its display text. Fields with commas, quotes or line breaks
/// are quoted. Returns an empty string on success, else a translated error.
QString exportModelCsv(const QAbstractItemModel& model, const QString& path);
/// The CSV text exportModelCsv writes.
QString modelToCsv(const QAbstractItemModel& model);

/// Asks for a file name (PNG or SVG, by the chosen filter; `preferSvg` preselects SVG) and exports; shows
/// errors in a message box.
void exportChartInteractive(QChartView* view, const QString& suggestedName, QWidget* parent, bool preferSvg = false);
/// Asks for a file name and writes the CSV; shows errors in a message box.
void exportModelInteractive(const QAbstractItemModel& model, const QString& suggestedName, QWidget* parent);

} // namespace vitrina::ui::common

#include "common/Export.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTextDocumentFragment>

#include "common/Roles.h"

namespace vitrina::ui::common {
namespace {

void prepareForGrab(QChartView* view) {
    if (view->chart()) view->chart()->setAnimationOptions(QChart::NoAnimation);
}

QString csvField(const QVariant& value) {
    QString text;
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: text = QString::number(value.toDouble(), 'g', 15); break;
    default: text = value.toString(); break;
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text;
}

QString defaultFolder() { return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation); }

QString sanitisedName(const QString& name) {
    QString out;
    for (const QChar c : name) out += (c.isLetterOrNumber() || c == u'-' || c == u'_') ? c : QChar(u'_');
    return out.isEmpty() ? QStringLiteral("export") : out;
}

} // namespace

QString exportChartPng(QChartView* view, const QString& path, double scale) {
    if (!view || !view->chart()) return QCoreApplication::translate("Export", "There is no chart to export.");
    prepareForGrab(view);
    const QSize size = view->size();
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(view->chart()->backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view->rect());
    }
    if (!image.save(path, "PNG")) return QCoreApplication::translate("Export", "Cannot write %1.").arg(QDir::toNativeSeparators(path));
    return {};
}

QString exportChartSvg(QChartView* view, const QString& path) {
    if (!view || !view->chart()) return QCoreApplication::translate("Export", "There is no chart to export.");
    prepareForGrab(view);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(view->size());
    generator.setViewBox(QRect(QPoint(0, 0), view->size()));
    generator.setTitle(QTextDocumentFragment::fromHtml(view->chart()->title()).toPlainText()); // a title broken into lines
    generator.setDescription(QCoreApplication::translate("Export", "Exported from Vitrina"));
    QPainter painter;
    if (!painter.begin(&generator)) return QCoreApplication::translate("Export", "Cannot write %1.").arg(QDir::toNativeSeparators(path));
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(view->size())), view->rect());
    painter.end();
    if (!QFileInfo::exists(path)) return QCoreApplication::translate("Export", "Cannot write %1.").arg(QDir::toNativeSeparators(path));
    return {};
}

QString modelToCsv(const QAbstractItemModel& model) {
    QString out;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        if (c) out += u',';
        out += csvField(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().replace(u'\n', u' '));
    }
    out += u'\n';
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c) out += u',';
            const QModelIndex index = model.index(r, c);
            QVariant value = model.data(index, RawValueRole);
            if (!value.isValid()) value = model.data(index, Qt::DisplayRole);
            out += csvField(value);
        }
        out += u'\n';
    }
    return out;
}

QString exportModelCsv(const QAbstractItemModel& model, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QCoreApplication::translate("Export", "Cannot write %1.").arg(QDir::toNativeSeparators(path));
    file.write(modelToCsv(model).toUtf8());
    if (!file.commit()) return QCoreApplication::translate("Export", "Cannot write %1.").arg(QDir::toNativeSeparators(path));
    return {};
}

void exportChartInteractive(QChartView* view, const QString& suggestedName, QWidget* parent, bool preferSvg) {
    const QString png = QCoreApplication::translate("Export", "PNG image (*.png)");
    const QString svg = QCoreApplication::translate("Export", "SVG drawing (*.svg)");
    QString filter = preferSvg ? svg : png;
    const QString suggested = sanitisedName(suggestedName) + (preferSvg ? u".svg" : u".png");
    QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("Export", "Export chart"),
                                                QDir(defaultFolder()).filePath(suggested), png + u";;" + svg, &filter);
    if (path.isEmpty()) return;
    const bool asSvg = filter == svg || path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    const QString suffix = asSvg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) path += suffix;
    const QString error = asSvg ? exportChartSvg(view, path) : exportChartPng(view, path);
    if (!error.isEmpty()) QMessageBox::warning(parent, QCoreApplication::translate("Export", "Export chart"), error);
}

void exportModelInteractive(const QAbstractItemModel& model, const QString& suggestedName, QWidget* parent) {
    QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("Export", "Export table"),
                                                QDir(defaultFolder()).filePath(sanitisedName(suggestedName) + u".csv"),
                                                QCoreApplication::translate("Export", "CSV table (*.csv)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) path += QStringLiteral(".csv");
    const QString error = exportModelCsv(model, path);
    if (!error.isEmpty()) QMessageBox::warning(parent, QCoreApplication::translate("Export", "Export table"), error);
}

} // namespace vitrina::ui::common

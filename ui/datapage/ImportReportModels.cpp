#include "datapage/ImportReportModels.h"

#include <QDir>
#include <QFileInfo>

#include <numeric>

#include "common/Format.h"
#include "common/MessageText.h"

namespace vitrina::ui::datapage {

QString roleName(const QString& role) {
    if (role == QLatin1String("events")) return SourceFilesModel::tr("Events");
    if (role.startsWith(QLatin1String("item_properties"))) return SourceFilesModel::tr("Item properties");
    if (role == QLatin1String("category_tree")) return SourceFilesModel::tr("Category tree");
    if (role == QLatin1String("category_names")) return SourceFilesModel::tr("Category names");
    if (role == QLatin1String("item_names")) return SourceFilesModel::tr("Item names");
    return role;
}

namespace {

std::uint64_t skippedCount(const data::SourceFile& source) {
    return std::accumulate(source.skipped.begin(), source.skipped.end(), std::uint64_t{0},
                           [](std::uint64_t sum, const data::SkippedRows& s) { return sum + s.count; });
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
void SourceFilesModel::resetData(std::vector<data::SourceFile> sources) {
    beginResetModel();
    sources_ = std::move(sources);
    release_.clear();
    endResetModel();
}

void SourceFilesModel::setReleaseStatus(int sourceIndex, const QString& status) {
    if (sourceIndex < 0 || sourceIndex >= rows()) return;
    release_.insert(sourceIndex, status);
    emit dataChanged(index(sourceIndex, Release), index(sourceIndex, Release));
}

QString SourceFilesModel::header(int column) const {
    switch (column) {
    case Role: return tr("Role");
    case File: return tr("File");
    case Size: return tr("Size");
    case RowsRead: return tr("Rows read");
    case RowsKept: return tr("Rows kept");
    case RowsSkipped: return tr("Rows skipped");
    case Release: return tr("Official release");
    default: return {};
    }
}

QVariant SourceFilesModel::raw(int row, int column) const {
    const data::SourceFile& s = sources_[static_cast<std::size_t>(row)];
    switch (column) {
    case Role: return roleName(QString::fromStdString(s.role));
    case File: return QDir::toNativeSeparators(QString::fromStdString(s.path));
    case Size: return QVariant::fromValue(static_cast<qulonglong>(s.bytes));
    case RowsRead: return QVariant::fromValue(static_cast<qulonglong>(s.rowsRead));
    case RowsKept: return QVariant::fromValue(static_cast<qulonglong>(s.rowsKept));
    case RowsSkipped: return QVariant::fromValue(static_cast<qulonglong>(skippedCount(s)));
    case Release: return release_.value(row);
    default: return {};
    }
}

QString SourceFilesModel::display(int row, int column) const {
    const data::SourceFile& s = sources_[static_cast<std::size_t>(row)];
    switch (column) {
    case File: return QFileInfo(QString::fromStdString(s.path)).fileName();
    case Size: return common::formatBytes(s.bytes);
    case RowsRead: return common::formatCount(s.rowsRead);
    case RowsKept: return common::formatCount(s.rowsKept);
    case RowsSkipped: return common::formatCount(skippedCount(s));
    default: return raw(row, column).toString();
    }
}

QString SourceFilesModel::toolTip(int row, int column) const {
    if (column != File) return {};
    return QDir::toNativeSeparators(QString::fromStdString(sources_[static_cast<std::size_t>(row)].path));
}

// ---------------------------------------------------------------------------------------------------------
void SkippedRowsModel::resetData(const std::vector<data::SourceFile>& sources) {
    beginResetModel();
    rows_.clear();
    for (const data::SourceFile& source : sources)
        for (const data::SkippedRows& skipped : source.skipped)
            if (skipped.count > 0)
                rows_.push_back({QFileInfo(QString::fromStdString(source.path)).fileName(), skipped});
    endResetModel();
}

std::uint64_t SkippedRowsModel::totalSkipped() const {
    std::uint64_t total = 0;
    for (const Row& r : rows_) total += r.skipped.count;
    return total;
}

QString SkippedRowsModel::header(int column) const {
    switch (column) {
    case File: return tr("File");
    case Reason: return tr("Reason");
    case Count: return tr("Rows skipped");
    case FirstLines: return tr("First lines");
    default: return {};
    }
}

QVariant SkippedRowsModel::raw(int row, int column) const {
    const Row& r = rows_[static_cast<std::size_t>(row)];
    switch (column) {
    case File: return r.file;
    case Reason: return common::MessageText::reason(r.skipped.reason);
    case Count: return QVariant::fromValue(static_cast<qulonglong>(r.skipped.count));
    case FirstLines: {
        QStringList lines;
        for (const std::int64_t line : r.skipped.firstLines) lines << QString::number(line);
        return lines.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QString SkippedRowsModel::display(int row, int column) const {
    if (column == Count) return common::formatCount(rows_[static_cast<std::size_t>(row)].skipped.count);
    if (column == FirstLines) {
        QString lines = raw(row, column).toString();
        const Row& r = rows_[static_cast<std::size_t>(row)];
        if (r.skipped.count > r.skipped.firstLines.size()) lines += QStringLiteral(", …");
        return lines;
    }
    return raw(row, column).toString();
}

} // namespace vitrina::ui::datapage

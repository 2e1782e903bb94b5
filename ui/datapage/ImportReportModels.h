#pragma once
// Item models of the import report on the Data page.
//   SourceFilesModel   one row per imported file: role, path, size, rows read / kept / skipped, release check.
//   SkippedRowsModel   one row per (file, reason): how many rows were skipped and the first line numbers.
#include <QHash>
#include <QString>

#include <vector>

#include "common/TableModel.h"
#ifndef Q_MOC_RUN // moc cannot parse the X-macro enum in util/Message.h
#include "data/Dataset.h"
#endif

namespace vitrina::ui::datapage {

/// Translated name of a source role ("events", "item_properties", ...).
QString roleName(const QString& role);

class SourceFilesModel : public common::TableModel {
    Q_OBJECT
public:
    enum Column { Role, File, Size, RowsRead, RowsKept, RowsSkipped, Release, ColumnCount };

    using TableModel::TableModel;
    void resetData(std::vector<data::SourceFile> sources);
    /// Release-check text per source index (e.g. "official release (sha256 verified)"); shown in Release.
    void setReleaseStatus(int sourceIndex, const QString& status);

protected:
    int rows() const override { return static_cast<int>(sources_.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant raw(int row, int column) const override;
    QString display(int row, int column) const override;
    QString toolTip(int row, int column) const override;

private:
    std::vector<data::SourceFile> sources_;
    QHash<int, QString> release_;
};

class SkippedRowsModel : public common::TableModel {
    Q_OBJECT
public:
    enum Column { File, Reason, Count, FirstLines, ColumnCount };

    using TableModel::TableModel;
    void resetData(const std::vector<data::SourceFile>& sources);
    std::uint64_t totalSkipped() const;

protected:
    int rows() const override { return static_cast<int>(rows_.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant raw(int row, int column) const override;
    QString display(int row, int column) const override;

private:
    struct Row {
        QString file;
        data::SkippedRows skipped;
    };
    std::vector<Row> rows_;
};

} // namespace vitrina::ui::datapage

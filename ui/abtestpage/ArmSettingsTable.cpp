#include "abtestpage/ArmSettingsTable.h"

#include <QHeaderView>

#include <algorithm>
#include <map>

#include "abtest/Replay.h"
#include "common/ModelNames.h"

namespace vitrina::ui::abtestpage {

namespace {
/// The core's display names of arms of these models ("als", "als#2", ...).
std::vector<std::string> armNamesOf(const std::vector<std::string>& models) {
    std::vector<abtest::ArmSpec> specs;
    for (const auto& model : models) specs.push_back({model, nlohmann::json::object(), ""});
    return abtest::armNames(specs);
}
} // namespace

ArmSettingsTable::ArmSettingsTable(QWidget* parent) : QTableWidget(0, ColumnCount, parent) {
    setObjectName(QStringLiteral("armSettings"));
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(ArmColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ParamsColumn, QHeaderView::Stretch);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFixedHeight(140); // the form scrolls; the arms stay readable
    retranslate();
}

void ArmSettingsTable::retranslate() {
    setHorizontalHeaderLabels({tr("Arm"), tr("Parameters")});
    setToolTip(tr("Each arm's model parameters as key=value pairs separated by ';', for example "
                  "factors=32; alpha=20. Empty: the model's defaults."));
}

void ArmSettingsTable::setArms(const std::vector<std::string>& models) {
    std::map<std::string, QString> typed;
    for (int row = 0; row < rowCount(); ++row)
        if (static_cast<std::size_t>(row) < names_.size()) typed[names_[static_cast<std::size_t>(row)]] = item(row, ParamsColumn)->text();
    names_ = armNamesOf(models);
    setRowCount(static_cast<int>(models.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const auto r = static_cast<std::size_t>(row);
        const QString name = common::armDisplayName(QString::fromStdString(names_[r]));
        auto* arm = new QTableWidgetItem(row == 0 ? tr("%1 (control)").arg(name) : name);
        arm->setFlags(Qt::ItemIsEnabled);
        setItem(row, ArmColumn, arm);
        const auto it = typed.find(names_[r]);
        setItem(row, ParamsColumn, new QTableWidgetItem(it != typed.end() ? it->second : QString()));
    }
}

std::vector<nlohmann::json> ArmSettingsTable::params(QString* error) const {
    std::vector<nlohmann::json> out;
    for (int row = 0; row < rowCount(); ++row) {
        nlohmann::json p;
        const QString text = item(row, ParamsColumn)->text();
        if (!parse(text, p)) {
            if (error)
                *error = tr("Arm %1: \"%2\" is not a list of key=value pairs separated by ';'.")
                             .arg(common::armDisplayName(QString::fromStdString(names_[static_cast<std::size_t>(row)])), text);
            return {};
        }
        out.push_back(std::move(p));
    }
    return out;
}

void ArmSettingsTable::setParams(const std::vector<std::string>& models, const std::vector<nlohmann::json>& params) {
    const std::vector<std::string> names = armNamesOf(models);
    for (int row = 0; row < rowCount(); ++row) {
        const auto it = std::find(names.begin(), names.end(), names_[static_cast<std::size_t>(row)]);
        const auto index = static_cast<std::size_t>(it - names.begin());
        item(row, ParamsColumn)->setText(index < params.size() ? format(params[index]) : QString());
    }
}

void ArmSettingsTable::setParamsText(int row, const QString& text) {
    if (row >= 0 && row < rowCount()) item(row, ParamsColumn)->setText(text);
}

bool ArmSettingsTable::parse(const QString& text, nlohmann::json& out) {
    out = nlohmann::json::object();
    for (const QString& pair : text.split(u';', Qt::SkipEmptyParts)) {
        if (pair.trimmed().isEmpty()) continue;
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) return false;
        const QString key = pair.left(eq).trimmed(), value = pair.mid(eq + 1).trimmed();
        if (key.isEmpty() || value.isEmpty()) return false;
        out[key.toStdString()] = value.toStdString();
    }
    return true;
}

QString ArmSettingsTable::format(const nlohmann::json& params) {
    QStringList pairs;
    if (params.is_object())
        for (const auto& [key, value] : params.items())
            pairs << QString::fromStdString(key) + u'=' +
                         QString::fromStdString(value.is_string() ? value.get<std::string>() : value.dump());
    return pairs.join(QStringLiteral("; "));
}

} // namespace vitrina::ui::abtestpage

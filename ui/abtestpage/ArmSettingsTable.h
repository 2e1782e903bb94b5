#pragma once
// The replay arms' own model parameters: one row per arm (control first) with its name, its model and a field
// of "key=value" pairs separated by ';' ("factors=32; alpha=20"; ';' because values such as a hybrid's
// component list hold commas). Comparing one model under two settings is the control plus the same model
// ticked as a treatment, each with its own parameters. Values reach the core as typed, like the CLI's --param,
// so a wrong value gets the core's message naming the parameter.
#include <QTableWidget>

#include <string>
#include <vector>

#ifndef Q_MOC_RUN
#include <nlohmann/json.hpp>
#endif

namespace vitrina::ui::abtestpage {

class ArmSettingsTable : public QTableWidget {
    Q_OBJECT
public:
    explicit ArmSettingsTable(QWidget* parent = nullptr);

    /// Shows these arms (model ids, control first), keeping what was typed for the arms that stay (by name).
    void setArms(const std::vector<std::string>& models);
    /// One object per arm, in arm order; empty, with `error` set (naming the arm), when a field is not
    /// key=value pairs.
    std::vector<nlohmann::json> params(QString* error = nullptr) const;
    /// Fills the rows from parameters given for arms of these models (control first), matched by arm name, so
    /// the order of the treatments does not matter.
    void setParams(const std::vector<std::string>& models, const std::vector<nlohmann::json>& params);
    /// The parameters text of an arm's row (tests type into it).
    void setParamsText(int row, const QString& text);
    void retranslate();

    /// "factors=32; alpha=20" <-> {"factors": "32", "alpha": "20"}; false for a malformed text.
    static bool parse(const QString& text, nlohmann::json& out);
    static QString format(const nlohmann::json& params);

private:
    enum Column { ArmColumn, ParamsColumn, ColumnCount }; // an arm is named by its model ("ItemKNN #2")
    std::vector<std::string> names_;
};

} // namespace vitrina::ui::abtestpage

#pragma once
// Picks the models to evaluate (a checkable list from the model catalogue, models::modelCatalogue()) and their
// hyperparameters: the editor of the current model is generated from its catalogue ParamSpecs (numbers as text
// fields, so that a wrong value reaches the core's validation and its message names the parameter, e.g.
// "itemknn.k"), choices as combo boxes, flags as check boxes. Parameters are validated from the catalogue,
// without building a model. A memory-heavy dense model (EASE) states the memory it will take before training.
#include <QString>
#include <QStringList>
#include <QWidget>

#include <map>
#include <optional>
#include <vector>

#ifndef Q_MOC_RUN
#include "eval/Evaluator.h"
#include "models/Catalogue.h"
#endif

class QFormLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace vitrina::ui::modelspage {

class ModelPicker : public QWidget {
    Q_OBJECT
public:
    explicit ModelPicker(QWidget* parent = nullptr);

    /// The checked models with the parameters the user changed (as typed; the core validates them).
    std::vector<eval::ModelSpec> specs() const;
    /// The first problem of the checked models' parameters (translated, naming the parameter), or empty.
    QString validationError() const;

    void setChecked(const QStringList& ids);
    QStringList checkedIds() const;
    /// Sets a parameter as if typed into its field (tests); shows the model's editor.
    void setParameterText(const QString& modelId, const QString& name, const QString& text);
    /// Facts of the open dataset for the EASE memory estimate (items, events).
    void setDatasetSize(std::uint64_t items, std::uint64_t events);
    QListWidget* list() const { return list_; }
    QString easeMemoryText() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showEditor(const QString& id);
    void refreshStatus();
    QString paramValueText(const QString& id, const models::ParamSpec& spec) const;
    const models::ParamValues& paramsOf(const std::string& id) const;
    /// The memory sentence of a checked or shown dense model, empty when none applies.
    QString denseMemoryText() const;

    QListWidget* list_ = nullptr;
    QLabel* editorTitle_ = nullptr;
    QWidget* editor_ = nullptr;
    QFormLayout* form_ = nullptr;
    QLabel* easeMemory_ = nullptr;
    QLabel* error_ = nullptr;
    QString currentId_;
    std::map<std::string, models::ParamValues> edited_; ///< model -> the parameters the user changed
    std::uint64_t items_ = 0, events_ = 0;
};

} // namespace vitrina::ui::modelspage

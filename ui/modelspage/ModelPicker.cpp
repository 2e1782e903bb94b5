#include "modelspage/ModelPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

#include "common/Format.h"
#include "common/MessageText.h"
#include "modelspage/ModelParamTexts.h"
#include "models/Registry.h"
#include "modelspage/ResultModels.h"
#include "models/factorisation/EaseModel.h"

namespace vitrina::ui::modelspage {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

/// A typed number as JSON: C-locale or current-locale number, else the text itself (the core names the bad
/// parameter in its message).
nlohmann::json numberJson(const QString& text, bool integer) {
    const QString t = text.trimmed();
    bool ok = false;
    if (integer) {
        const qlonglong v = t.toLongLong(&ok);
        if (ok) return static_cast<long long>(v);
        const qlonglong lv = QLocale().toLongLong(t, &ok);
        if (ok) return static_cast<long long>(lv);
    }
    const double d = t.toDouble(&ok);
    if (ok) return d;
    const double ld = QLocale().toDouble(t, &ok);
    if (ok) return ld;
    return t.toStdString();
}

QString jsonText(const nlohmann::json& value) {
    if (value.is_string()) return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean()) return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.is_number_integer()) return QString::number(value.get<long long>());
    if (value.is_number()) return QString::number(value.get<double>(), 'g', 10);
    return QString::fromStdString(value.dump());
}
} // namespace

QString modelLongName(const QString& id) {
    static const QHash<QString, const char*> names = {
        {QStringLiteral("random"), QT_TRANSLATE_NOOP("ModelPicker", "Random (a seeded shuffle)")},
        {QStringLiteral("popular"), QT_TRANSLATE_NOOP("ModelPicker", "Popular (global, decayed, per category)")},
        {QStringLiteral("recent"), QT_TRANSLATE_NOOP("ModelPicker", "Recent (re-show the latest items)")},
        {QStringLiteral("itemknn"), QT_TRANSLATE_NOOP("ModelPicker", "ItemKNN (item-based neighbours)")},
        {QStringLiteral("als"), QT_TRANSLATE_NOOP("ModelPicker", "ALS (implicit feedback)")},
        {QStringLiteral("bpr"), QT_TRANSLATE_NOOP("ModelPicker", "BPR-MF (pairwise ranking)")},
        {QStringLiteral("ease"), QT_TRANSLATE_NOOP("ModelPicker", "EASE (shallow autoencoder)")},
        {QStringLiteral("cooc"), QT_TRANSLATE_NOOP("ModelPicker", "Bought together (co-occurrence lift)")},
        {QStringLiteral("sknn"), QT_TRANSLATE_NOOP("ModelPicker", "SKNN (session neighbours)")},
        {QStringLiteral("vsknn"), QT_TRANSLATE_NOOP("ModelPicker", "V-SKNN (vector session neighbours)")},
        {QStringLiteral("gru4rec"), QT_TRANSLATE_NOOP("ModelPicker", "GRU4Rec (recurrent session model)")},
        {QStringLiteral("sasrec"), QT_TRANSLATE_NOOP("ModelPicker", "SASRec (self-attentive sequence model)")},
        {QStringLiteral("hybrid"), QT_TRANSLATE_NOOP("ModelPicker", "Funnel-aware hybrid (weights per stage)")},
        {QStringLiteral("hybrid-static"), QT_TRANSLATE_NOOP("ModelPicker", "Static hybrid (one weight vector)")},
    };
    const char* name = names.value(id, nullptr);
    return name ? QCoreApplication::translate("ModelPicker", name) : id;
}

ModelPicker::ModelPicker(QWidget* parent) : QWidget(parent) {
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("models"));
    for (const auto& info : models::modelCatalog()) {
        auto* item = new QListWidgetItem(list_);
        item->setData(IdRole, QString::fromStdString(info.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        specs_[info.id] = models::createModel(info.id)->parameterSpecs();
    }
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    list_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long names scroll, never widen the panel
    list_->setMaximumHeight(list_->sizeHintForRow(0) * (list_->count() + 1) + 4);
    editorTitle_ = new QLabel(this);
    QFont bold = editorTitle_->font();
    bold.setBold(true);
    editorTitle_->setFont(bold);
    editor_ = new QWidget(this);
    form_ = new QFormLayout(editor_);
    form_->setContentsMargins(0, 0, 0, 0);
    form_->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    easeMemory_ = new QLabel(this);
    easeMemory_->setWordWrap(true);
    easeMemory_->setObjectName(QStringLiteral("easeMemory"));
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c62828;"));
    error_->setObjectName(QStringLiteral("parameterError"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list_);
    layout->addWidget(editorTitle_);
    layout->addWidget(editor_);
    layout->addWidget(easeMemory_);
    layout->addWidget(error_);

    connect(list_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) showEditor(item->data(IdRole).toString());
    });
    connect(list_, &QListWidget::itemChanged, this, [this] {
        refreshStatus();
        emit changed();
    });
    retranslate();
    setChecked({QStringLiteral("popular"), QStringLiteral("recent"), QStringLiteral("itemknn")});
    list_->setCurrentRow(3); // itemknn: the first model with parameters worth a look
}

void ModelPicker::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

void ModelPicker::retranslate() {
    const QSignalBlocker blocker(list_);
    for (int i = 0; i < list_->count(); ++i) {
        QListWidgetItem* item = list_->item(i);
        item->setText(modelLongName(item->data(IdRole).toString()));
    }
    list_->setToolTip(tr("Tick the models to train and evaluate; select one to edit its hyperparameters"));
    if (!currentId_.isEmpty()) showEditor(currentId_);
    refreshStatus();
}

void ModelPicker::setChecked(const QStringList& ids) {
    {
        const QSignalBlocker blocker(list_);
        for (int i = 0; i < list_->count(); ++i)
            list_->item(i)->setCheckState(ids.contains(list_->item(i)->data(IdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    refreshStatus();
    emit changed();
}

QStringList ModelPicker::checkedIds() const {
    QStringList ids;
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->checkState() == Qt::Checked) ids << list_->item(i)->data(IdRole).toString();
    return ids;
}

QString ModelPicker::paramValueText(const QString& id, const models::ParamSpec& spec) const {
    const auto model = edited_.find(id.toStdString());
    if (model != edited_.end()) {
        const auto value = model->second.find(spec.name);
        if (value != model->second.end()) return jsonText(value->second);
    }
    return jsonText(spec.defaultValue);
}

void ModelPicker::showEditor(const QString& id) {
    currentId_ = id;
    while (form_->rowCount() > 0) form_->removeRow(0);
    const std::string key = id.toStdString();
    const auto& specs = specs_[key];
    editorTitle_->setText(specs.empty() ? tr("%1: no hyperparameters").arg(modelDisplayName(id))
                                        : tr("Hyperparameters of %1").arg(modelDisplayName(id)));
    using Type = models::ParamSpec::Type;
    for (const auto& spec : specs) {
        const QString name = QString::fromStdString(spec.name);
        const QString current = paramValueText(id, spec);
        QString tip = parameterDescription(key, spec.name, spec.description);
        QWidget* field = nullptr;
        const auto store = [this, key, name = spec.name](nlohmann::json value) {
            edited_[key][name] = std::move(value);
            refreshStatus();
            emit changed();
        };
        switch (spec.type) {
        case Type::Int:
        case Type::Double: {
            auto* edit = new QLineEdit(current, editor_);
            const bool integer = spec.type == Type::Int;
            tip += u'\n' + tr("From %1 to %2; default %3")
                               .arg(QString::number(spec.min, 'g', 10), QString::number(spec.max, 'g', 10),
                                    jsonText(spec.defaultValue));
            connect(edit, &QLineEdit::textEdited, this,
                    [store, integer](const QString& text) { store(numberJson(text, integer)); });
            field = edit;
            break;
        }
        case Type::Bool: {
            auto* box = new QCheckBox(editor_);
            box->setChecked(current == QLatin1String("true"));
            connect(box, &QCheckBox::toggled, this, [store](bool on) { store(on); });
            field = box;
            break;
        }
        case Type::Choice: {
            auto* combo = new QComboBox(editor_);
            for (const auto& choice : spec.choices) combo->addItem(QString::fromStdString(choice));
            combo->setCurrentText(current);
            connect(combo, &QComboBox::textActivated, this, [store](const QString& text) { store(text.toStdString()); });
            field = combo;
            break;
        }
        case Type::Text: {
            auto* edit = new QLineEdit(current, editor_);
            connect(edit, &QLineEdit::textEdited, this, [store](const QString& text) { store(text.toStdString()); });
            field = edit;
            break;
        }
        }
        field->setObjectName(QStringLiteral("param.") + id + u'.' + name);
        field->setToolTip(tip);
        auto* label = new QLabel(name, editor_);
        label->setToolTip(tip);
        form_->addRow(label, field);
    }
    refreshStatus();
}

void ModelPicker::setParameterText(const QString& modelId, const QString& name, const QString& text) {
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->data(IdRole).toString() == modelId) list_->setCurrentRow(i);
    auto* edit = editor_->findChild<QLineEdit*>(QStringLiteral("param.") + modelId + u'.' + name);
    if (!edit) return;
    edit->setText(text);
    emit edit->textEdited(text);
}

nlohmann::json ModelPicker::paramsOf(const std::string& id) const {
    nlohmann::json params = nlohmann::json::object();
    const auto it = edited_.find(id);
    if (it != edited_.end())
        for (const auto& [name, value] : it->second) params[name] = value;
    return params;
}

std::vector<eval::ModelSpec> ModelPicker::specs() const {
    std::vector<eval::ModelSpec> out;
    for (const QString& id : checkedIds()) out.push_back({id.toStdString(), paramsOf(id.toStdString())});
    return out;
}

QString ModelPicker::validationError() const {
    for (const auto& spec : specs()) {
        try {
            models::createModel(spec.id)->setParameters(spec.params);
        } catch (const util::Error& e) {
            return common::MessageText::text(e.message());
        }
    }
    return {};
}

void ModelPicker::setDatasetSize(std::uint64_t items, std::uint64_t events) {
    items_ = items;
    events_ = events;
    refreshStatus();
}

QString ModelPicker::easeMemoryText() const { return easeMemory_->text(); }

void ModelPicker::refreshStatus() {
    const QString problem = validationError();
    error_->setText(problem);
    error_->setVisible(!problem.isEmpty());
    // EASE: N^2 floats for B plus the Gram/inverse (double precision adds N^2 doubles), before training.
    const bool easeShown = checkedIds().contains(QStringLiteral("ease")) || currentId_ == QLatin1String("ease");
    QString text;
    if (easeShown) {
        const nlohmann::json params = paramsOf("ease");
        long long n = 10000;
        bool doublePrecision = false;
        try {
            const auto valid = models::Params::validate(specs_.at("ease"), params, "ease");
            n = valid.integer("items");
            doublePrecision = valid.choice("precision") == "double";
        } catch (const util::Error&) {
            n = -1;
        }
        if (n > 0) {
            const auto modelled = items_ > 0 ? std::min<std::uint64_t>(static_cast<std::uint64_t>(n), items_)
                                             : static_cast<std::uint64_t>(n);
            const std::uint64_t bytes = models::EaseRecommender::estimatedMemoryBytes(
                static_cast<std::size_t>(modelled), doublePrecision, events_);
            text = tr("EASE will take about %1 of memory while training: a %2 × %2 matrix (N² × %3 bytes) for %2 "
                      "items, plus the interactions.")
                       .arg(common::formatBytes(bytes), common::formatCount(modelled),
                            QString::number(doublePrecision ? 12 : 4));
        }
    }
    easeMemory_->setText(text);
    easeMemory_->setVisible(!text.isEmpty());
}

} // namespace vitrina::ui::modelspage

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
#include "common/ModelNames.h"

namespace vitrina::ui::modelspage {

using common::modelDisplayName;

namespace {
constexpr int IdRole = Qt::UserRole + 1;

/// A typed number: C-locale or current-locale number, else the text itself (the core names the bad parameter
/// in its message).
models::ParamValue numberValue(const QString& text, bool integer) {
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

QString valueText(const models::ParamValue& value) {
    if (const auto* d = std::get_if<double>(&value)) return QLocale().toString(*d, 'g', 10); // numberValue() reads both
    return QString::fromStdString(models::paramText(value));
}

const models::ParamSpecs& specsOf(const QString& id) {
    static const models::ParamSpecs none;
    const models::ModelEntry* entry = models::findModel(id.toStdString());
    return entry ? entry->parameters : none;
}
} // namespace

ModelPicker::ModelPicker(QWidget* parent) : QWidget(parent) {
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("models"));
    for (const auto& entry : models::modelCatalogue()) {
        auto* item = new QListWidgetItem(list_);
        item->setData(IdRole, QString::fromStdString(entry.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
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
        item->setText(common::modelLongName(item->data(IdRole).toString()));
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
    const models::ParamValue* value = paramsOf(id.toStdString()).find(spec.name);
    return valueText(value ? *value : spec.defaultValue);
}

void ModelPicker::showEditor(const QString& id) {
    currentId_ = id;
    while (form_->rowCount() > 0) form_->removeRow(0);
    const std::string key = id.toStdString();
    const auto& specs = specsOf(id);
    editorTitle_->setText(specs.empty() ? tr("%1: no hyperparameters").arg(modelDisplayName(id))
                                        : tr("Hyperparameters of %1").arg(modelDisplayName(id)));
    using Type = models::ParamSpec::Type;
    for (const auto& spec : specs) {
        const QString name = QString::fromUtf8(spec.name.data(), static_cast<qsizetype>(spec.name.size()));
        const QString current = paramValueText(id, spec);
        QString tip;
        QWidget* field = nullptr;
        const auto store = [this, key, name = std::string(spec.name)](models::ParamValue value) {
            edited_[key].set(name, std::move(value));
            refreshStatus();
            emit changed();
        };
        switch (spec.type) {
        case Type::Int:
        case Type::Double: {
            auto* edit = new QLineEdit(current, editor_);
            const bool integer = spec.type == Type::Int;
            tip = tr("From %1 to %2; default %3")
                               .arg(QLocale().toString(spec.min, 'g', 10), QLocale().toString(spec.max, 'g', 10),
                                    valueText(spec.defaultValue));
            connect(edit, &QLineEdit::textEdited, this,
                    [store, integer](const QString& text) { store(numberValue(text, integer)); });
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
            // Translated texts shown; the value itself (what project files and the CLI use) kept as item data.
            auto* combo = new QComboBox(editor_);
            for (const auto choice : spec.choices)
                combo->addItem(common::parameterChoiceText(choice),
                               QString::fromUtf8(choice.data(), static_cast<qsizetype>(choice.size())));
            combo->setCurrentIndex(std::max(0, combo->findData(current)));
            connect(combo, &QComboBox::activated, this,
                    [store, combo](int index) { store(combo->itemData(index).toString().toStdString()); });
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
        // The row is labelled by the parameter's translated meaning; its published name (the key of project
        // files and of `vitrina-cli --param`) is in the tooltip.
        if (!tip.isEmpty()) tip += u'\n';
        tip += tr("Parameter name: %1").arg(name);
        field->setObjectName(QStringLiteral("param.") + id + u'.' + name);
        field->setToolTip(tip);
        auto* label = new QLabel(common::parameterDescription(spec), editor_);
        label->setObjectName(QStringLiteral("paramLabel.") + id + u'.' + name);
        label->setWordWrap(true);
        label->setToolTip(tip);
        label->setBuddy(field);
        form_->addRow(label); // a whole row: the sentence wraps at the editor's width, its field below
        form_->addRow(field);
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

const models::ParamValues& ModelPicker::paramsOf(const std::string& id) const {
    static const models::ParamValues none;
    const auto it = edited_.find(id);
    return it != edited_.end() ? it->second : none;
}

std::vector<eval::ModelSpec> ModelPicker::specs() const {
    std::vector<eval::ModelSpec> out;
    for (const QString& id : checkedIds()) out.push_back({id.toStdString(), paramsOf(id.toStdString())});
    return out;
}

QString ModelPicker::validationError() const {
    for (const auto& spec : specs()) {
        try {
            models::validateParameters(spec.id, spec.params);
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

QString ModelPicker::denseMemoryText() const {
    // N^2 cells for the dense matrices, stated before training (the catalogue's estimate for these parameters).
    QStringList texts;
    const QStringList checked = checkedIds();
    for (const auto& entry : models::modelCatalogue()) {
        const QString id = QString::fromStdString(entry.id);
        if (!entry.capabilities.denseMemory || !entry.denseMemory || (!checked.contains(id) && currentId_ != id))
            continue;
        models::DenseMemory memory;
        try {
            memory = entry.denseMemory(models::validateParameters(entry.id, paramsOf(entry.id)), {items_, events_});
        } catch (const util::Error&) {
            continue; // the parameter error is shown instead
        }
        texts << tr("%1 will take about %2 of memory while training: a %3 × %3 matrix (N² × %4 bytes) for %3 items, "
                    "plus the interactions.")
                     .arg(common::modelName(entry.name), common::formatBytes(memory.bytes),
                          common::formatCount(memory.side), QString::number(memory.bytesPerCell));
    }
    return texts.join(u'\n');
}

void ModelPicker::refreshStatus() {
    const QString problem = validationError();
    error_->setText(problem);
    error_->setVisible(!problem.isEmpty());
    const QString text = denseMemoryText();
    easeMemory_->setText(text);
    easeMemory_->setVisible(!text.isEmpty());
}

} // namespace vitrina::ui::modelspage

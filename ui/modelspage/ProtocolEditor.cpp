#include "modelspage/ProtocolEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace vitrina::ui::modelspage {

using eval::ProtocolKind;

ProtocolEditor::ProtocolEditor(QWidget* parent) : QWidget(parent) {
    protocol_ = new QComboBox(this);
    protocol_->setObjectName(QStringLiteral("protocol"));
    mode_ = new QComboBox(this);
    mode_->setObjectName(QStringLiteral("mode"));
    targets_ = new QComboBox(this);
    for (int i = 0; i < 4; ++i) protocol_->addItem(QString(), i);
    for (int i = 0; i < 2; ++i) mode_->addItem(QString(), i);
    for (int i = 0; i < 2; ++i) targets_->addItem(QString(), i);
    // Combos as wide as their longest item (no elided option); rows whose label and field do not fit side by
    // side put the label above the field (the form's WrapLongRows).
    for (QComboBox* combo : {protocol_, mode_, targets_}) combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const auto spin = [this](int lo, int hi, int value, const char* name) {
        auto* box = new QSpinBox(this);
        box->setRange(lo, hi);
        box->setValue(value);
        box->setObjectName(QLatin1String(name));
        connect(box, &QSpinBox::valueChanged, this, &ProtocolEditor::changed);
        return box;
    };
    const eval::ProtocolOptions defaults;
    days_ = spin(1, 365, defaults.testDays, "days");
    minVisitor_ = spin(0, 1000, defaults.minVisitorTrainEvents, "minVisitorEvents");
    minItem_ = spin(0, 1000, defaults.minItemTrainEvents, "minItemEvents");
    slice_ = spin(0, 4, defaults.slice, "slice");
    maxLists_ = spin(0, 100'000'000, 0, "maxLists");
    maxLists_->setSingleStep(1000);
    seed_ = spin(0, 1'000'000'000, 42, "seed");
    excludeSeen_ = new QCheckBox(this);
    excludeSeen_->setChecked(defaults.excludeSeen);
    note_ = new QLabel(this);
    note_->setWordWrap(true);

    form_ = new QFormLayout(this);
    form_->setContentsMargins(0, 0, 0, 0);
    form_->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form_->addRow(new QLabel(this), protocol_);
    form_->addRow(new QLabel(this), mode_);
    form_->addRow(new QLabel(this), days_);
    form_->addRow(new QLabel(this), targets_);
    form_->addRow(new QLabel(this), minVisitor_);
    form_->addRow(new QLabel(this), minItem_);
    form_->addRow(new QLabel(this), excludeSeen_);
    form_->addRow(new QLabel(this), slice_);
    form_->addRow(new QLabel(this), maxLists_);
    form_->addRow(new QLabel(this), seed_);
    form_->addRow(note_);

    for (QComboBox* combo : {protocol_, mode_, targets_})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateRows();
            emit changed();
        });
    connect(excludeSeen_, &QCheckBox::toggled, this, &ProtocolEditor::changed);
    retranslate();
}

void ProtocolEditor::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

void ProtocolEditor::retranslate() {
    const QSignalBlocker b1(protocol_), b2(mode_), b3(targets_);
    protocol_->setItemText(0, tr("Temporal split"));
    protocol_->setItemText(1, tr("Leave last out"));
    protocol_->setItemText(2, tr("Sessions: GRU4Rec official"));
    protocol_->setItemText(3, tr("Sessions: session-rec window"));
    mode_->setItemText(0, tr("Rolling: before every target event"));
    mode_->setItemText(1, tr("Static: one list per visitor at the split"));
    targets_->setItemText(0, tr("Add-to-cart and purchase"));
    targets_->setItemText(1, tr("Any event"));
    const auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(form_->labelForField(field))) l->setText(text);
    };
    label(protocol_, tr("Protocol:"));
    label(mode_, tr("Mode:"));
    label(days_, tr("Test days:"));
    label(targets_, tr("Targets:"));
    label(minVisitor_, tr("Min. visitor events:"));
    label(minItem_, tr("Min. item events:"));
    label(excludeSeen_, tr("Exclude seen items:"));
    label(slice_, tr("Slice (of 5):"));
    label(maxLists_, tr("Sample of lists:"));
    label(seed_, tr("Seed:"));
    days_->setSuffix(tr(" d"));
    maxLists_->setSpecialValueText(tr("all"));
    days_->setToolTip(tr("The test period is the last N UTC days; models train on everything before it"));
    minVisitor_->setToolTip(tr("Lists only for visitors with at least this many training events"));
    minItem_->setToolTip(tr("Training events of rarer items are dropped"));
    excludeSeen_->setToolTip(tr("Remove items the visitor already interacted with from each list (default off: most "
                                "carts follow a view of the same item)"));
    maxLists_->setToolTip(tr("Evaluate a seeded sample of at most this many lists (test sessions for the presets)"));
    seed_->setToolTip(tr("Seed of every model's training and of the bootstrap: the same seed gives the same numbers"));
    updateRows();
}

ProtocolKind ProtocolEditor::kind() const { return static_cast<ProtocolKind>(protocol_->currentData().toInt()); }

void ProtocolEditor::updateRows() {
    const ProtocolKind k = kind();
    const bool temporal = k == ProtocolKind::Temporal;
    const bool lists = temporal || k == ProtocolKind::LeaveLastOut;
    form_->setRowVisible(mode_, temporal);
    form_->setRowVisible(days_, temporal);
    form_->setRowVisible(targets_, lists);
    form_->setRowVisible(minVisitor_, lists);
    form_->setRowVisible(minItem_, lists);
    form_->setRowVisible(excludeSeen_, lists);
    form_->setRowVisible(slice_, k == ProtocolKind::SessionrecWindow);
    switch (k) {
    case ProtocolKind::Temporal:
        note_->setText(mode_->currentIndex() == 0
                           ? tr("One list per target event of the test period, from all the visitor's earlier events; "
                                "relevant: that event's item.")
                           : tr("One list per test visitor, made at the split from training events; relevant: all "
                                "their target items in the test period."));
        break;
    case ProtocolKind::LeaveLastOut: note_->setText(tr("Each visitor's last target event is held out.")); break;
    case ProtocolKind::Gru4recOfficial:
        note_->setText(tr("Train before 2015-09-18 03:00 UTC; next-item HR and MRR at every position of each test "
                          "session, ranked against all train items."));
        break;
    case ProtocolKind::SessionrecWindow:
        note_->setText(tr("Slice k of 5 consecutive windows; next-item HR and MRR at every position of each test "
                          "session."));
        break;
    }
}

eval::ProtocolOptions ProtocolEditor::options() const {
    eval::ProtocolOptions o;
    o.kind = kind();
    o.mode = static_cast<eval::TemporalMode>(mode_->currentData().toInt());
    o.targets = static_cast<eval::TargetTypes>(targets_->currentData().toInt());
    o.testDays = days_->value();
    o.minVisitorTrainEvents = minVisitor_->value();
    o.minItemTrainEvents = minItem_->value();
    o.excludeSeen = excludeSeen_->isChecked();
    o.slice = slice_->value();
    o.maxLists = static_cast<std::uint64_t>(maxLists_->value());
    o.sampleSeed = seed();
    return o;
}

void ProtocolEditor::setOptions(const eval::ProtocolOptions& o) {
    protocol_->setCurrentIndex(static_cast<int>(o.kind));
    mode_->setCurrentIndex(static_cast<int>(o.mode));
    targets_->setCurrentIndex(static_cast<int>(o.targets));
    days_->setValue(o.testDays);
    minVisitor_->setValue(o.minVisitorTrainEvents);
    minItem_->setValue(o.minItemTrainEvents);
    excludeSeen_->setChecked(o.excludeSeen);
    slice_->setValue(o.slice);
    maxLists_->setValue(static_cast<int>(std::min<std::uint64_t>(o.maxLists, 100'000'000)));
    updateRows();
}

std::uint64_t ProtocolEditor::seed() const { return static_cast<std::uint64_t>(seed_->value()); }

} // namespace vitrina::ui::modelspage

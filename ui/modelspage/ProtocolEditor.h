#pragma once
// The protocol of an evaluation and its parameters (defaults: core/eval/README.md): temporal (rolling /
// static, last 7 days, cart and purchase targets), leave-last-out, and the two session presets (GRU4Rec
// official, session-rec window with its slice). Only the rows that concern the chosen protocol are shown.
#include <QWidget>

#ifndef Q_MOC_RUN
#include "eval/Protocol.h"
#endif

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace vitrina::ui::modelspage {

class ProtocolEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProtocolEditor(QWidget* parent = nullptr);

    eval::ProtocolOptions options() const;
    void setOptions(const eval::ProtocolOptions& options);
    /// Training seed of every model and of the bootstrap.
    std::uint64_t seed() const;
    QComboBox* protocolCombo() const { return protocol_; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateRows();
    eval::ProtocolKind kind() const;

    QFormLayout* form_ = nullptr;
    QComboBox* protocol_ = nullptr;
    QComboBox* mode_ = nullptr;
    QSpinBox* days_ = nullptr;
    QComboBox* targets_ = nullptr;
    QSpinBox* minVisitor_ = nullptr;
    QSpinBox* minItem_ = nullptr;
    QCheckBox* excludeSeen_ = nullptr;
    QSpinBox* slice_ = nullptr;
    QSpinBox* maxLists_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QLabel* note_ = nullptr;
};

} // namespace vitrina::ui::modelspage

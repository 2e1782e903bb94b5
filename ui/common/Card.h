#pragma once
// A summary card: a large value with a caption above and a detail line below.
#include <QFrame>

class QLabel;

namespace vitrina::ui::common {

class Card : public QFrame {
    Q_OBJECT
public:
    explicit Card(QWidget* parent = nullptr);
    void setCaption(const QString& caption);
    void setValue(const QString& value);
    void setDetail(const QString& detail);
    QString value() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyMutedColours();

    QLabel* caption_ = nullptr;
    QLabel* value_ = nullptr;
    QLabel* detail_ = nullptr;
};

} // namespace vitrina::ui::common

#pragma once
// Screenshots of every visible page (each tab of a page's tab widget) in every language, for the README and
// for reviewing the layout offscreen: `QT_QPA_PLATFORM=offscreen vitrina --demo --screenshots DIR`.
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace vitrina::ui::app {

class MainWindow;
class Services;

class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    /// Starts watching; once a dataset is open and no job runs, saves `<page>-<tab>-<language>.png` files.
    ScreenshotTaker(Services& services, MainWindow& window, const QString& folder, QObject* parent = nullptr);

signals:
    /// All pictures saved (`ok`) or something failed; `saved` lists the files written.
    void finished(bool ok, const QStringList& saved);

private:
    void poll();
    bool takeAll();

    Services& services_;
    MainWindow& window_;
    QString folder_;
    QTimer* timer_ = nullptr;
    int quietPolls_ = 0;
    QStringList saved_;
};

} // namespace vitrina::ui::app

#pragma once
// Screenshots of every step of the defence demo in every language (and at each window size asked for), taken
// when each step is ready: `tour-01-dataset-en.png`, `tour-1024x700-01-dataset-ru.png`, ... (part of
// `vitrina --demo --screenshots DIR`, and of the GUI test).
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QTimer;

namespace vitrina::ui::app {
class MainWindow;
}

namespace vitrina::ui::demo {

class DefenceDemo;

class TourScreenshots : public QObject {
    Q_OBJECT
public:
    /// `setLanguage` switches the interface language ("ru"/"en") without storing it in the settings. With `sizes`,
    /// the tour runs once per size and language with the window resized (restored at the end); without, at the
    /// window's size.
    TourScreenshots(DefenceDemo& demo, app::MainWindow& window, const QString& folder, const QStringList& languages,
                    std::function<void(const QString&)> setLanguage, QList<QSize> sizes = {},
                    QObject* parent = nullptr);

    /// Seconds one step may take to get ready before the run fails.
    static constexpr int kStepTimeoutSeconds = 300;

    void start();
    static QString fileName(int step, const QString& stepId, const QString& language, QSize size = {});

signals:
    void finished(bool ok, const QStringList& saved);

private:
    void beginRun();
    void tick();
    void finish(bool ok);

    DefenceDemo& demo_;
    app::MainWindow& window_;
    QString folder_;
    QStringList languages_;
    QList<QSize> sizes_;
    QSize originalSize_;
    std::function<void(const QString&)> setLanguage_;
    QTimer* timer_ = nullptr;
    int run_ = 0; ///< index over sizes x languages
    int quietTicks_ = 0;
    int waitedTicks_ = 0;
    QStringList saved_;
};

} // namespace vitrina::ui::demo

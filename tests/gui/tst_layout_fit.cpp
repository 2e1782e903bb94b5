// Every page at projector and laptop sizes, in both languages, at normal and presentation text size: no text
// needs more room than it has (tests/support/LayoutAudit.h says what is measured). The pages are filled as in a
// defence: the demo dataset opened and the defence tour stepped through once (models evaluated, a persona shown,
// an A/B test replayed). In Russian, no English word is left on screen outside an allow-list of proper names and
// standard abbreviations (the dataset's own names are data, not interface), and numbers use the decimal comma.
// Screenshots of every page and tab (1366x768 and 1024x700, both languages) go into the test's temporary folder,
// or into VITRINA_SCREENSHOT_DIR when set (layout-1366x768-models-2-ru.png, ...); with VITRINA_SHOOT_ALL set, of
// every size and text size too (layout-1024x700-abtest-3-ru-p.png at the presentation size).
#include <QApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

#include "app/MainWindow.h"
#include "app/Page.h"
#include "app/Services.h"
#include "demo/DefenceDemo.h"
#include "demo/DefenceTour.h"
#include "demo/PresentationScale.h"
#include "session/ProjectController.h"
#include "session/ProjectSession.h"
#include "GuiTestWindow.h"
#include "LayoutAudit.h"
#include "TestSupport.h"

using namespace vitrina;
using namespace vitrina::ui;

namespace {
constexpr int kOpenTimeoutMs = 300000;
constexpr int kReadyTimeoutMs = 120000;

/// Latin words allowed in the Russian interface: model names, metric and test abbreviations standard in Russian
/// texts, file formats, units of the data.
const QSet<QString>& allowedLatinWords() {
    static const QSet<QString> words = {
        QStringLiteral("ALS"), QStringLiteral("BPR-MF"), QStringLiteral("BPR"), QStringLiteral("EASE"),
        QStringLiteral("GRU4Rec"), QStringLiteral("SASRec"), QStringLiteral("SKNN"), QStringLiteral("V-SKNN"),
        QStringLiteral("ItemKNN"), QStringLiteral("MMR"), QStringLiteral("HR"), QStringLiteral("NDCG"),
        QStringLiteral("MRR"), QStringLiteral("MAP"), QStringLiteral("CSV"), QStringLiteral("PNG"), QStringLiteral("SVG"),
        QStringLiteral("JSON"), QStringLiteral("mSPRT"), QStringLiteral("A/B"), QStringLiteral("SRM"), QStringLiteral("UTC"),
        QStringLiteral("ISO"), QStringLiteral("RetailRocket"), QStringLiteral("SHA-256"), QStringLiteral("Vitrina"),
        QStringLiteral("MB"), QStringLiteral("GB"), QStringLiteral("kB"), QStringLiteral("BM25"), QStringLiteral("TF-IDF"),
        QStringLiteral("BPR-max"), QStringLiteral("TOP1-max"), QStringLiteral("BCE"), QStringLiteral("gBCE"),
        QStringLiteral("CTR"), QStringLiteral("A/A"), QStringLiteral("SPRT"), QStringLiteral("Johari"),
        // the published name of Ludewig and Jannach's evaluation framework, and RetailRocket's column names
        QStringLiteral("session-rec"), QStringLiteral("visitorid"), QStringLiteral("itemid"), QStringLiteral("transactionid")};
    return words;
}

struct Config {
    QSize size;
    QString language;
    bool presentation = false;
    QString name() const {
        return QStringLiteral("%1x%2 %3 %4").arg(size.width()).arg(size.height()).arg(language,
                                                                                      presentation ? QStringLiteral("presentation") : QStringLiteral("normal"));
    }
};
} // namespace

class TestLayoutFit : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString shots_;
    std::unique_ptr<app::Services> services_;
    std::unique_ptr<app::MainWindow> window_;
    demo::PresentationScale scale_;
    QSet<QString> dataWords_;    ///< words of the dataset's item and category names (shown as data)
    QSet<QString> dataNumbers_;  ///< decimals in those names ("2.1" of "TV Orion Pro 1 2.1 ch")

    void settle() {
        for (int i = 0; i < 6; ++i) QApplication::processEvents();
        if (scale_.isActive()) {
            scale_.refreshCharts(window_.get());
            for (int i = 0; i < 3; ++i) QApplication::processEvents();
        }
    }

    void setUp(const Config& config) {
        services_->language().setLanguage(config.language);
        window_->resize(config.size);
        if (config.presentation) scale_.apply(demo::PresentationScale::kDefaultFactor, window_.get());
        else if (scale_.isActive()) scale_.restore(window_.get());
        settle();
    }

    /// Calls `visit(place)` with every page and every tab of its tab widgets shown in turn.
    void forEachView(const std::function<void(const QString&)>& visit) {
        for (const QString& id : window_->visiblePageIds()) {
            window_->showPage(id);
            settle();
            const QList<QTabWidget*> tabWidgets = window_->page(id)->findChildren<QTabWidget*>();
            if (tabWidgets.isEmpty()) visit(id);
            for (int w = 0; w < tabWidgets.size(); ++w) {
                QTabWidget* tabs = tabWidgets[w];
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    settle();
                    if (tabs->isVisible()) visit(QStringLiteral("%1-%2%3").arg(id).arg(w == 0 ? QString() : QStringLiteral("%1.").arg(w)).arg(t + 1));
                }
                tabs->setCurrentIndex(0);
            }
        }
        window_->showPage(QStringLiteral("data"));
        settle();
    }

    void collectDataWords() {
        const auto dataset = services_->session().dataset();
        const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9]*"));
        const QRegularExpression decimal(QStringLiteral("\\d+\\.\\d+"));
        auto addWords = [&](const std::string& text) {
            const QString q = QString::fromStdString(text);
            for (const auto& m : word.globalMatch(q)) dataWords_.insert(m.captured());
            for (const auto& m : decimal.globalMatch(q)) dataNumbers_.insert(m.captured());
        };
        for (const std::string& name : dataset->items.names) addWords(name);
        for (const std::string& name : dataset->categories.names) addWords(name);
        for (const data::SourceFile& source : dataset->sources) addWords(source.path);
        addWords(dataset->name);
        addWords(services_->session().projectPath().toStdString());
        addWords(dir_.path().toStdString());
    }

    /// Texts of every page and tab in Russian at 1366x768.
    std::vector<std::pair<QString, test::VisibleText>> russianTexts() {
        setUp({{1366, 768}, QStringLiteral("ru"), false});
        std::vector<std::pair<QString, test::VisibleText>> out;
        forEachView([&](const QString& place) {
            for (const test::VisibleText& t : test::LayoutAudit(window_.get()).texts()) out.emplace_back(place, t);
        });
        return out;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        qputenv("XDG_DATA_HOME", dir_.filePath(QStringLiteral("data")).toLocal8Bit());
        shots_ = QString::fromLocal8Bit(test::screenshotFolder(dir_));
        QVERIFY(QDir().mkpath(shots_));
        auto gui = test::openWindow(dir_, {1366, 768});
        services_ = std::move(gui.services);
        window_ = std::move(gui.window);
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        const QString folder = session::ProjectController::defaultDemoFolder();
        services_->controller().openDemo(folder);
        QTRY_VERIFY_WITH_TIMEOUT(services_->session().hasDataset() && !services_->controller().tracker().isRunning(),
                                 kOpenTimeoutMs);
        collectDataWords();
        // The defence tour fills the pages: an evaluation, a persona's lists and explanation, a replayed A/B test.
        demo::DefenceDemo* demo = window_->defenceDemo();
        demo->setDemoFolder(folder);
        demo->start(0);
        for (int i = 0; i < demo->stepCount(); ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(demo->isCurrentReady(), kReadyTimeoutMs);
            demo->next();
        }
        if (demo->isActive()) demo->leave();
        QTRY_VERIFY_WITH_TIMEOUT(services_->jobs().activeJobs() == 0, kReadyTimeoutMs);
        settle();
    }

    void cleanupTestCase() {
        if (scale_.isActive()) scale_.restore(window_.get());
        window_.reset();
        services_.reset();
    }

    void textFits_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("presentation");
        for (const QSize size : {QSize(1024, 700), QSize(1366, 768), QSize(1920, 1080)})
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")})
                for (const bool presentation : {false, true}) {
                    const Config c{size, language, presentation};
                    QTest::newRow(qPrintable(c.name())) << size << language << presentation;
                }
    }

    void textFits() {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QFETCH(bool, presentation);
        setUp({size, language, presentation});
        std::map<QString, QStringList> misfits; // description -> places
        if (window_->size() != size) // the window's minimum size must allow the size itself
            misfits[QStringLiteral("the window cannot be %1x%2: it is %3x%4").arg(size.width()).arg(size.height())
                        .arg(window_->width()).arg(window_->height())] << QStringLiteral("window");
        const bool shoot = qEnvironmentVariableIsSet("VITRINA_SHOOT_ALL") || (!presentation && size.width() < 1920);
        forEachView([&](const QString& place) {
            if (shoot) {
                const QString path = QDir(shots_).filePath(
                    QStringLiteral("layout-%1x%2-%3-%4%5.png").arg(size.width()).arg(size.height()).arg(place, language, presentation ? QStringLiteral("-p") : QString()));
                QVERIFY2(window_->grab().save(path), qPrintable(path));
            }
            if (window_->size() != size) // a page whose minimum width is more than the window's
                misfits[QStringLiteral("the window cannot be %1x%2 with this page: it is %3x%4").arg(size.width()).arg(size.height())
                            .arg(window_->width()).arg(window_->height())] << place;
            for (const test::Misfit& m : test::LayoutAudit(window_.get()).misfits())
                misfits[QStringLiteral("%1 \"%2\": %3").arg(m.widget, m.text, m.detail)] << place;
        });
        scale_.restore(window_.get());
        for (const auto& [what, places] : misfits) qWarning("%s on %s", qPrintable(what), qPrintable(places.join(u',')));
        QVERIFY2(misfits.empty(), qPrintable(QStringLiteral("%1 texts need more room than they have").arg(misfits.size())));
    }

    void russianHasNoEnglishWords() {
        const QRegularExpression latin(QStringLiteral("[A-Za-z][A-Za-z0-9@/+\\-]*[A-Za-z0-9]|[A-Za-z]{2,}"));
        QSet<QString> reported;
        for (const auto& [place, t] : russianTexts()) {
            for (const auto& m : latin.globalMatch(t.text)) {
                QString word = m.captured();
                word.remove(QRegularExpression(QStringLiteral("@\\d+$")));
                const QStringList parts = word.split(QRegularExpression(QStringLiteral("[-/]")), Qt::SkipEmptyParts);
                static const QRegularExpression isoWeek(QStringLiteral("^W\\d{2}$")); // "2015-W18", ISO 8601
                const bool allowed = allowedLatinWords().contains(word) || dataWords_.contains(word) || isoWeek.match(word).hasMatch() ||
                                     (parts.size() > 1 && std::all_of(parts.begin(), parts.end(), [this](const QString& part) {
                                          return allowedLatinWords().contains(part) || dataWords_.contains(part);
                                      }));
                const QString key = QStringLiteral("%1 in %2 \"%3\" on %4").arg(word, t.widget, t.text.left(100), place);
                if (!allowed && !reported.contains(key)) {
                    reported.insert(key);
                    qWarning("%s", qPrintable(key));
                }
            }
        }
        QVERIFY2(reported.isEmpty(), qPrintable(QStringLiteral("%1 English words in the Russian interface").arg(reported.size())));
    }

    void russianNumbersUseDecimalComma() {
        const QRegularExpression point(QStringLiteral("(?<![\\d.])\\d+\\.\\d+(?![\\d.])"));
        const QRegularExpression comma(QStringLiteral("\\d,\\d"));
        int commas = 0;
        QSet<QString> reported;
        for (const auto& [place, t] : russianTexts()) {
            if (t.text.contains(comma)) ++commas;
            bool pointed = false;
            for (const auto& m : point.globalMatch(t.text)) pointed = pointed || !dataNumbers_.contains(m.captured());
            if (pointed) {
                const QString key = QStringLiteral("%1 \"%2\" on %3").arg(t.widget, t.text.left(100), place);
                if (!reported.contains(key)) qWarning("decimal point: %s", qPrintable(key));
                reported.insert(key);
            }
        }
        QVERIFY2(reported.isEmpty(), qPrintable(QStringLiteral("%1 texts with a decimal point in Russian").arg(reported.size())));
        QVERIFY2(commas >= 20, qPrintable(QStringLiteral("only %1 texts with a decimal comma").arg(commas)));
    }
};

QTEST_MAIN(TestLayoutFit)
#include "tst_layout_fit.moc"

// Demo generator at the bundled demo scale, read through the real loader and analytics: the shape tolerances
// of issue 2 (event mix, events per visitor, funnel, duplicates, categories, popularity, sessions) and
// learnable behaviour (an item-to-item co-view model beats popularity on the held-out last week).
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <numeric>
#include <unordered_map>
#include <vector>

#ifndef Q_MOC_RUN // moc cannot parse util/Message.h (X-macro enum); the test class needs none of it
#include "analytics/Funnel.h"
#include "analytics/Summary.h"
#include "data/Importer.h"
#include "data/Sessions.h"
#include "generator/Calendar.h"
#include "generator/Generator.h"
#include "models/Catalogue.h"
#include "util/Message.h"
#endif

using namespace vitrina;
using data::EventType;

namespace {

struct Shape {
    data::Dataset dataset;
    data::SessionIndex sessions;
    analytics::DatasetSummary summary;
    analytics::FunnelReport funnel;
};

std::unique_ptr<Shape> loadDemo(const QString& folder) {
    gen::GeneratorOptions options; // the bundled demo: kDemoScale, kDemoSeed
    options.threads = 2;
    auto generated = gen::generateDataset(folder.toStdString(), options, {});
    if (!generated.ok()) qFatal("generation failed: %s", generated.error ? generated.error->text().c_str() : "?");
    auto sources = data::discoverSources({folder.toStdString()});
    if (!sources.ok()) qFatal("discovery failed");
    data::ImportOptions importOptions;
    importOptions.strict = true; // the generator writes no bad row
    auto imported = data::importDataset(*sources, importOptions, {});
    if (!imported.ok()) qFatal("import failed: %s", imported.error ? imported.error->text().c_str() : "?");
    auto shape = std::make_unique<Shape>();
    shape->dataset = std::move(*imported);
    shape->sessions = data::buildSessions(shape->dataset.events);
    shape->summary = analytics::summarize(shape->dataset, shape->sessions);
    shape->funnel = analytics::computeFunnel(shape->dataset, shape->sessions, analytics::FunnelSlicing::None);
    return shape;
}

double share(std::uint64_t part, std::uint64_t whole) {
    return whole ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

/// Next-view prediction on the last week: hit rate at 20 of a co-view model and of popularity.
struct NextViewScores {
    double coView = 0.0;
    double popular = 0.0;
    std::uint64_t predictions = 0;
};

NextViewScores nextViewHitRates(const data::Dataset& d, const data::SessionIndex& sessions) {
    constexpr std::size_t kTop = 20;
    const std::int64_t split = gen::kPeriodEndMs - gen::kWeekMs;
    const data::EventLog& log = d.events;
    // The views of each session, consecutive repeats removed.
    auto sessionViews = [&](std::size_t s) {
        std::vector<data::ItemIndex> views;
        for (std::uint64_t e = sessions.start[s]; e < sessions.start[s + 1]; ++e)
            if (log.type[e] == EventType::View && (views.empty() || views.back() != log.item[e])) views.push_back(log.item[e]);
        return views;
    };
    // Training: sessions ending before the split. Co-view counts of neighbouring views, both directions.
    std::vector<std::uint32_t> popularity(d.items.size(), 0);
    std::unordered_map<std::uint64_t, std::uint32_t> coView;
    for (std::size_t s = 0; s < sessions.size(); ++s) {
        if (log.timestamp[sessions.start[s + 1] - 1] >= split) continue;
        for (std::uint64_t e = sessions.start[s]; e < sessions.start[s + 1]; ++e) ++popularity[log.item[e]];
        const auto views = sessionViews(s);
        for (std::size_t k = 1; k < views.size(); ++k) {
            ++coView[(std::uint64_t{views[k - 1]} << 32) | views[k]];
            ++coView[(std::uint64_t{views[k]} << 32) | views[k - 1]];
        }
    }
    std::vector<data::ItemIndex> popular(d.items.size());
    std::iota(popular.begin(), popular.end(), data::ItemIndex{0});
    std::stable_sort(popular.begin(), popular.end(), [&](auto a, auto b) { return popularity[a] > popularity[b]; });
    popular.resize(kTop);
    std::vector<std::vector<std::pair<std::uint32_t, data::ItemIndex>>> neighbours(d.items.size());
    for (const auto& [key, count] : coView)
        neighbours[static_cast<std::size_t>(key >> 32)].emplace_back(count, static_cast<data::ItemIndex>(key & 0xFFFFFFFFU));
    for (auto& list : neighbours) // most co-viewed first, then the smaller index (a fixed order)
        std::sort(list.begin(), list.end(), [](auto a, auto b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });

    NextViewScores result;
    std::uint64_t coHits = 0, popHits = 0;
    for (std::size_t s = 0; s < sessions.size(); ++s) {
        if (log.timestamp[sessions.start[s]] < split) continue;
        const auto views = sessionViews(s);
        for (std::size_t k = 1; k < views.size(); ++k) {
            const data::ItemIndex target = views[k];
            if (popularity[target] == 0) continue; // unknown to training
            ++result.predictions;
            if (std::find(popular.begin(), popular.end(), target) != popular.end()) ++popHits;
            // Co-view list of the current item, filled with popular items.
            std::vector<data::ItemIndex> list;
            for (const auto& [count, item] : neighbours[views[k - 1]]) {
                if (list.size() == kTop) break;
                list.push_back(item);
            }
            for (std::size_t p = 0; list.size() < kTop && p < popular.size(); ++p)
                if (std::find(list.begin(), list.end(), popular[p]) == list.end()) list.push_back(popular[p]);
            if (std::find(list.begin(), list.end(), target) != list.end()) ++coHits;
        }
    }
    result.coView = share(coHits, result.predictions);
    result.popular = share(popHits, result.predictions);
    return result;
}

/// Visitors active before and after the last-week split: hit rate at 20 of a core model's list (made at the
/// split from the visitor's history) against the items the visitor touches in the last week.
double modelHitRate(const Shape& shape, const std::string& modelId, std::uint64_t& visitorsEvaluated) {
    const std::int64_t split = gen::kPeriodEndMs - gen::kWeekMs;
    auto dataset = std::make_shared<const data::Dataset>(shape.dataset);
    auto sessions = std::make_shared<const data::SessionIndex>(shape.sessions);
    const data::EventLog& log = dataset->events;
    std::vector<std::uint8_t> mask(log.size());
    for (std::size_t e = 0; e < log.size(); ++e) mask[e] = log.timestamp[e] < split ? 1 : 0;
    auto train = std::make_shared<const models::TrainingSet>(dataset, std::move(mask), sessions, split);
    auto model = models::createModel(modelId);
    model->fit(train, models::FitContext{});
    std::uint64_t hits = 0;
    visitorsEvaluated = 0;
    for (data::VisitorIndex v = 0; v < log.visitorCount(); ++v) {
        std::uint64_t cut = log.begin(v);
        while (cut < log.end(v) && log.timestamp[cut] < split) ++cut;
        std::vector<data::ItemIndex> targets;
        for (std::uint64_t e = cut; e < log.end(v); ++e)
            if (train->candidates()[log.item[e]]) targets.push_back(log.item[e]);
        if (cut == log.begin(v) || targets.empty()) continue;
        ++visitorsEvaluated;
        const models::Query query = models::Query::fromLog(log, log.begin(v), cut, cut, split, v);
        const models::RecommendationList list = model->recommend(query, models::RecommendOptions{});
        for (data::ItemIndex item : list.items)
            if (std::find(targets.begin(), targets.end(), item) != targets.end()) {
                ++hits;
                break;
            }
    }
    return share(hits, visitorsEvaluated);
}

} // namespace

class TestGeneratorShape : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<Shape> shape_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        shape_ = loadDemo(dir_.path());
        const auto& s = shape_->summary;
        qInfo("demo: %llu events, %llu visitors, %llu items, %llu sessions", static_cast<unsigned long long>(s.events),
              static_cast<unsigned long long>(s.visitors), static_cast<unsigned long long>(s.items),
              static_cast<unsigned long long>(s.sessions));
    }

    void countsScaleWithTheRelease() {
        const auto& s = shape_->summary;
        const double scale = gen::kDemoScale;
        QVERIFY(std::abs(static_cast<double>(s.visitors) / (1407580.0 * scale) - 1.0) < 0.02);
        QVERIFY(std::abs(static_cast<double>(s.events) / (2756101.0 * scale) - 1.0) < 0.05);
        QCOMPARE(s.firstMs >= gen::kPeriodStartMs && s.lastMs < gen::kPeriodEndMs, true);
    }

    void eventMixMatchesTheRelease() {
        const auto& s = shape_->summary;
        const double view = 100.0 * share(s.eventsByType[0], s.events);
        const double cart = 100.0 * share(s.eventsByType[1], s.events);
        const double bought = 100.0 * share(s.eventsByType[2], s.events);
        qInfo("mix %.2f / %.2f / %.2f %%", view, cart, bought);
        QVERIFY(std::abs(view - 96.67) <= 0.3);
        QVERIFY(std::abs(cart - 2.52) <= 0.3);
        QVERIFY(std::abs(bought - 0.81) <= 0.3);
    }

    void eventsPerVisitorAreMostlyOne() {
        const auto& perVisitor = shape_->summary.eventsPerVisitor;
        qInfo("one event %.3f, median %.1f, p99 %.1f, max %llu", perVisitor.shareExactlyOne, perVisitor.median,
              perVisitor.p99, static_cast<unsigned long long>(perVisitor.max));
        QVERIFY(perVisitor.shareExactlyOne >= 0.65 && perVisitor.shareExactlyOne <= 0.75);
        QCOMPARE(perVisitor.median, 1.0);
        QVERIFY(perVisitor.p99 >= 8.0 && perVisitor.p99 <= 16.0);
        QVERIFY(perVisitor.max >= 50); // a few heavy visitors, as in the release
    }

    void funnelMatchesTheRelease() {
        const auto& f = shape_->funnel;
        const auto& events = f.overall[analytics::FunnelUnit::Events];
        const auto& visitors = f.overall[analytics::FunnelUnit::Visitors];
        const double perCart = events.stepConversion(2);
        const double buyersWithoutCart = share(f.buyersWithoutCart, visitors.stage[2]);
        qInfo("transactions per addtocart %.3f, buyers without addtocart %.3f (%llu buyers)", perCart,
              buyersWithoutCart, static_cast<unsigned long long>(visitors.stage[2]));
        QVERIFY(std::abs(perCart - 0.32) <= 0.04);
        QVERIFY(buyersWithoutCart >= 0.05 && buyersWithoutCart <= 0.20);
        QVERIFY(f.purchasesWithoutCart > 0);
        // Orders: transaction ids group the rows of one basket.
        QVERIFY(shape_->summary.transactions > 0 && shape_->summary.transactions < events.stage[2]);
    }

    void duplicatesAndCategoriesMatchTheRelease() {
        const auto& s = shape_->summary;
        const double duplicates = 100.0 * share(s.duplicateRows, s.events);
        qInfo("duplicates %.4f %%, items with a category %.3f, with properties %.3f", duplicates,
              s.shareItemsWithCategory, s.shareItemsWithProperties);
        QVERIFY(duplicates >= 0.01 && duplicates <= 0.03);
        QVERIFY(std::abs(s.shareItemsWithCategory - 0.79) <= 0.03);
        QVERIFY(std::abs(s.shareItemsWithProperties - 0.90) <= 0.05);
    }

    void itemPopularityIsHeavyTailed() {
        const data::EventLog& log = shape_->dataset.events;
        std::vector<std::uint64_t> perItem(shape_->dataset.items.size(), 0);
        for (std::size_t e = 0; e < log.size(); ++e) ++perItem[log.item[e]];
        std::sort(perItem.begin(), perItem.end(), std::greater<>());
        const std::size_t top = std::max<std::size_t>(1, perItem.size() / 100);
        const std::uint64_t topEvents = std::accumulate(perItem.begin(), perItem.begin() + static_cast<std::ptrdiff_t>(top), std::uint64_t{0});
        const double topShare = share(topEvents, log.size());
        const double once = share(static_cast<std::uint64_t>(std::count(perItem.begin(), perItem.end(), 1)), perItem.size());
        qInfo("top 1 %% of items: %.3f of events; items seen once: %.3f; most popular: %llu events", topShare, once,
              static_cast<unsigned long long>(perItem.front()));
        QVERIFY(topShare >= 0.10);      // a head: the top 1 % of items draw a tenth of the traffic or more
        QVERIFY(once >= 0.20);          // a long tail of items seen once
        QVERIFY(perItem[perItem.size() / 2] <= 3); // the median item is barely seen
        QVERIFY(perItem.front() >= 100 * perItem[perItem.size() / 2]);
    }

    void sessionsAreMostlyShort() {
        const auto& perSession = shape_->summary.eventsPerSession;
        qInfo("sessions: mean %.2f, one event %.3f, p90 %.1f", perSession.mean, perSession.shareExactlyOne, perSession.p90);
        QCOMPARE(perSession.median, 1.0);
        QVERIFY(perSession.shareExactlyOne >= 0.6);
        QVERIFY(perSession.mean >= 1.2 && perSession.mean <= 2.0); // the real sample: 9,385 / 6,229 = 1.51
        QVERIFY(perSession.p90 <= 4.0);
    }

    void behaviourIsLearnable() {
        const NextViewScores scores = nextViewHitRates(shape_->dataset, shape_->sessions);
        qInfo("next view HR@20 on the last week: co-view %.3f, popular %.3f over %llu predictions", scores.coView,
              scores.popular, static_cast<unsigned long long>(scores.predictions));
        QVERIFY(scores.predictions >= 500);
        QVERIFY(scores.coView >= 0.15);
        QVERIFY(scores.coView >= 3.0 * scores.popular);
    }
    void personalisedModelBeatsPopular() {
        std::uint64_t visitors = 0;
        const double itemKnn = modelHitRate(*shape_, "itemknn", visitors);
        const double popular = modelHitRate(*shape_, "popular", visitors);
        qInfo("returning visitors' last week, HR@20: itemknn %.3f, popular %.3f over %llu visitors", itemKnn, popular,
              static_cast<unsigned long long>(visitors));
        QVERIFY(visitors >= 100); // 138 at the demo scale
        QVERIFY(itemKnn >= 2.0 * popular);
        QVERIFY(itemKnn - popular >= 0.10);
    }
};

QTEST_GUILESS_MAIN(TestGeneratorShape)
#include "tst_generator_shape.moc"

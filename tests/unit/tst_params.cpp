// Parameter values (models/Params.h) and their JSON form (models/ParamsJson.h): validation by type, names in
// messages, the JSON shapes a user or a stored project can hand over, and the stored text of a model's
// parameters, which must not change (project files saved before the catalogue hold it: expected strings below
// are written by hand from ALS's documented defaults).
#include <QTest>

#ifndef Q_MOC_RUN
#include <nlohmann/json.hpp>

#include "models/Catalogue.h"
#include "models/ParamsJson.h"
#endif

using namespace vitrina;
using models::ParamSpec;
using models::ParamValue;
using models::ParamValues;
using util::MessageCode;

namespace {

const models::ParamSpecs& specs() {
    static const models::ParamSpecs s = {
        ParamSpec::integer("k", 10, 1, 100, MessageCode::ParamItemKnnK),
        ParamSpec::real("alpha", 0.5, 0.0, 1.0, MessageCode::ParamAlsAlpha),
        ParamSpec::boolean("flag", false, MessageCode::ParamBprItemBias),
        ParamSpec::choice("mode", "a", {"a", "b"}, MessageCode::ParamCombine),
        ParamSpec::text("list", "x,y", MessageCode::ParamHybridComponents),
    };
    return s;
}

/// "<code> <parameter>" of the util::Error that `given` raises, or "valid".
QString failure(const nlohmann::json& given) {
    try {
        models::Params::validate(specs(), given, "m");
    } catch (const util::Error& e) {
        return QString::fromUtf8(util::codeName(e.message().code).data()) + u' ' + QString::fromStdString(e.message().parameter);
    }
    return QStringLiteral("valid");
}

} // namespace

class TstParams : public QObject {
    Q_OBJECT

private slots:
    void valuesKeepOneEntryPerNameInOrder() {
        ParamValues v;
        v.set("b", 1LL);
        v.set("a", std::string("x"));
        v.set("b", 2.0);
        QCOMPARE(v.size(), std::size_t{2});
        QCOMPARE(v.begin()->first, std::string("a"));
        QCOMPARE(std::get<double>(*v.find("b")), 2.0);
        QVERIFY(!v.contains("c"));
        ParamValues w;
        w.set("a", std::string("x"));
        w.set("b", 2LL); // 2 == 2.0, as JSON compares numbers
        QVERIFY(v == w);
        w.set("b", std::string("2"));
        QVERIFY(!(v == w));
    }

    void validationConvertsAndNamesTheParameter() {
        const auto p = models::Params::validate(specs(), nlohmann::json{{"k", "12"}, {"alpha", 1}, {"flag", "yes"}}, "m");
        QCOMPARE(p.integer("k"), 12LL);  // CLI text
        QCOMPARE(p.real("alpha"), 1.0);  // an integer for a real
        QVERIFY(p.boolean("flag"));
        QCOMPARE(p.choice("mode"), std::string("a")); // defaults fill the rest
        QCOMPARE(p.text("list"), std::string("x,y"));
        QCOMPARE(failure({{"k", 12.5}}), QStringLiteral("parameter.not_integer m.k"));
        QCOMPARE(failure({{"k", 101}}), QStringLiteral("parameter.out_of_range m.k"));
        QCOMPARE(failure({{"k", 9223372036854775808ULL}}), QStringLiteral("parameter.out_of_range m.k"));
        QCOMPARE(failure({{"k", nullptr}}), QStringLiteral("parameter.not_integer m.k"));
        QCOMPARE(failure({{"alpha", "nan"}}), QStringLiteral("parameter.not_number m.alpha"));
        QCOMPARE(failure({{"flag", 1}}), QStringLiteral("parameter.bad_type m.flag"));
        QCOMPARE(failure({{"mode", "c"}}), QStringLiteral("parameter.bad_choice m.mode"));
        QCOMPARE(failure({{"list", {{"nested", 1}}}}), QStringLiteral("parameter.bad_type m.list"));
        QCOMPARE(failure({{"list", nlohmann::json::array({1, 2})}}),
                 QStringLiteral("parameter.bad_type m.list"));
        QCOMPARE(failure({{"nope", 1}}), QStringLiteral("parameter.unknown m.nope"));
        QCOMPARE(failure(nlohmann::json::array()), QStringLiteral("parameter.bad_type m"));
        QCOMPARE(failure(nullptr), QStringLiteral("valid")); // null: no values given
        // A structured value is shown as its JSON in the message.
        try {
            models::Params::validate(specs(), nlohmann::json{{"k", {{"a", 1}}}}, "m");
            QFAIL("no error");
        } catch (const util::Error& e) {
            QCOMPARE(e.message().args.at(1), std::string(R"({"a":1})"));
        }
    }

    void storedTextOfParametersIsUnchanged() {
        const auto als = models::validateParameters("als", {});
        QCOMPARE(models::toJson(als.values()).dump(),
                 std::string(R"({"alpha":10.0,"cg_steps":3,"combine":"sum","factors":64,"iterations":3,)"
                             R"("regularization":0.1,"weight_buy":5.0,"weight_cart":3.0,"weight_view":1.0})"));
        // And back: the stored text gives the same validated values.
        const auto back = models::paramValuesFromJson(nlohmann::json::parse(models::toJson(als.values()).dump()), "als");
        QVERIFY(models::validateParameters("als", back) == als);
        QCOMPARE(models::paramText(ParamValue{0.25}), std::string("0.25"));
        QCOMPARE(models::paramText(ParamValue{std::string("sum")}), std::string("sum"));
        QCOMPARE(models::paramText(ParamValue{true}), std::string("true"));
    }
};

QTEST_APPLESS_MAIN(TstParams)
#include "tst_params.moc"

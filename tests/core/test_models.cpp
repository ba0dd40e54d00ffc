// The model-kind seam, proved by a kind that exists only in this test: a "toy" scenario whose
// value is numerator / denominator × (1 + growth). Registered here, it is read, validated,
// valued, edited and undone, simulated and swept by the same generic code as the DCF — nothing
// in core names it. Also: numbers in files and messages keep a '.' under a German locale, and
// the generic layers do not name a DCF field.
#include <QtTest>

#include <clocale>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/analytics/montecarlo.h"
#include "core/analytics/sensitivity.h"
#include "core/common/numbertext.h"
#include "core/models/dcf/dcfschema.h"
#include "core/models/registry.h"
#include "core/ops/mutation.h"
#include "core/ops/patch.h"
#include "scenariofixtures.h"
#include "tests/support/toymodel.h"

using namespace valor;
using valor::testing::documentOf;
using valor::testing::makeToyKind;
using valor::testing::toyJson;

namespace {

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

class TestModels : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { registerModelKind(makeToyKind()); }

  void registryKnowsBothKinds() {
    QVERIFY(findModelKind("dcf"));
    QVERIFY(findModelKind("toy"));
    QCOMPARE(modelKinds().front()->id(), std::string("dcf"));  // the built-in kinds come first
    // The scenario schema took the toy in: its block, and "toy" as a value of `model`.
    QVERIFY(entitySchema("toy"));
    const FieldSpec* model = entitySchema("scenario")->field("model");
    QVERIFY(std::find(model->choices.begin(), model->choices.end(), "toy") != model->choices.end());
    QVERIFY(entitySchema("scenario")->slot("toy"));
    QVERIFY(schemaReferenceMarkdown().find("Toy model") != std::string::npos);
  }

  void toyIsValuedThroughTheRegistry() {
    // 120 / 40 × (1 + 0.05) = 3 × 1.05 = 3.15
    const ScenarioDocument doc = documentOf(toyJson(120, 40, 0.05));
    const Evaluation e = evaluateScenario(doc);
    QCOMPARE(e.model, std::string("toy"));
    QVERIFY(e.valued);
    QVERIFY(e.output("value") && e.output("value")->value);
    QCOMPARE(*e.output("value")->value, 3.15);
    QCOMPARE(*e.output("doubled")->value, 6.3);
    // The generic JSON form names the outputs.
    const auto json = findModelKind("toy")->evaluationJson(doc, e);
    QCOMPARE(json["model"].get<std::string>(), std::string("toy"));
    QCOMPARE(json["outputs"]["value"].get<double>(), 3.15);
  }

  void toyValidationNamesTheField() {
    const ScenarioDocument doc = documentOf(toyJson(120, 0, 0.05));
    const Evaluation e = evaluateScenario(doc);
    QVERIFY(!e.valued);
    QVERIFY(std::any_of(e.issues.begin(), e.issues.end(), [](const Issue& i) {
      return i.path == "toy.denominator" && i.rule == "out_of_range";
    }));
  }

  void toyEditsAndUndoes() {
    const ScenarioDocument doc = documentOf(toyJson(120, 40, 0.05));
    auto ops = patchOps(doc, nlohmann::ordered_json::parse(R"({"set": {"toy.growth": 0.10}})"));
    QVERIFY(ops);
    Mutation m;
    m.ops = ops.value();
    auto edited = applyMutation(doc, m);
    QVERIFY(edited);
    QCOMPARE(*evaluateScenario(edited.value()).output("value")->value, 3.0 * 1.10);
    auto undone = applyMutation(edited.value(), invertMutation(m, Id(), "test", 0, 0));
    QVERIFY(undone);
    QCOMPARE(*evaluateScenario(undone.value()).output("value")->value, 3.15);
  }

  void toySensitivityAndGoalSeek() {
    const ScenarioDocument doc = documentOf(toyJson(120, 40, 0.05));
    auto model = prepareValuationModel(doc, {"toy.growth"});
    QVERIFY(model);
    // value at g = 0 and g = 0.1: 3 × 1 and 3 × 1.1.
    const std::vector<double> xs = {0.0, 0.1};
    const SensitivityGrid grid = evaluateGrid(*model.value(), 0, xs);
    QCOMPARE(grid.cells.size(), std::size_t{2});
    QCOMPARE(*grid.cells[0], 3.0);
    QCOMPARE(*grid.cells[1], 3.0 * 1.1);
    // 3 × (1 + g) = 3.6 ⇔ g = 0.2
    auto solved = goalSeek(*model.value(), 0, 3.6);
    QVERIFY(solved);
    QVERIFY(std::abs(solved.value().value - 0.2) < 1e-9);
    QVERIFY(!prepareValuationModel(doc, {"dcf.discount_rate.wacc"}));
  }

  void toyMonteCarlo() {
    const ScenarioDocument doc = documentOf(toyJson(120, 40, 0.05));
    MonteCarloSettings s;
    s.paths = 20000;
    s.seed = 7;
    s.output = "value";
    StochasticInput growth;
    growth.path = "toy.growth";
    growth.distribution.kind = DistributionKind::Uniform;
    growth.distribution.min = 0.0;
    growth.distribution.max = 0.1;
    s.inputs = {growth};
    auto prepared = prepareMonteCarlo(doc, s);
    QVERIFY2(prepared, prepared ? "" : prepared.error().message.c_str());
    jobs::ThreadPool pool(2);
    auto run = runMonteCarlo(prepared.value(), pool, 2);
    QVERIFY(run);
    const MonteCarloResult& r = run.value();
    QCOMPARE(r.valued, std::uint64_t{20000});
    // value = 3 (1 + g), g ~ U(0, 0.1): mean 3 × 1.05 = 3.15, sd 3 × 0.1 / √12 ≈ 0.0866, so the
    // standard error over 20,000 paths is ≈ 0.00061; the sample mean lies within 4 of them.
    const double se = 3 * 0.1 / std::sqrt(12.0) / std::sqrt(20000.0);
    QVERIFY2(std::abs(r.mean - 3.15) < 4 * se, qPrintable(QString::number(r.mean, 'g', 17)));
    QVERIFY(r.min >= 3.0 && r.max <= 3.3);
    QCOMPARE(r.failures.size(), std::size_t{3});  // none, out_of_range, the toy's not_finite
    // An output the toy does not have is refused, naming the setting.
    s.output = "value_per_share";
    auto refused = prepareMonteCarlo(doc, s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().context, std::string("monte_carlo.output"));
  }

  void numbersKeepTheirPointUnderAGermanLocale() {
    QVERIFY2(std::setlocale(LC_ALL, "de_DE.UTF-8") != nullptr,
             "the de_DE.UTF-8 locale is missing (scripts/install-deps makes it)");
    // The locale is really in force: the C library's own formatting now writes a comma.
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", 0.095);
    QCOMPARE(QByteArray(buffer), QByteArray("0,095"));
    QCOMPARE(fixedText(0.095, 3), std::string("0.095"));
    QCOMPARE(generalText(0.0949999999, 6), std::string("0.095"));
    QCOMPARE(formatNumber(1234.5), std::string("1234.5"));
    QCOMPARE(formatPercent(0.0725), std::string("7.25 %"));
    // A validation message with a number in it.
    const Evaluation e = evaluateScenario(documentOf(toyJson(120, 40, 1.5)));
    const auto growth = std::find_if(e.issues.begin(), e.issues.end(),
                                     [](const Issue& i) { return i.path == "toy.growth"; });
    QVERIFY(growth != e.issues.end());
    QVERIFY2(growth->message.find("1.5") != std::string::npos, growth->message.c_str());
    std::setlocale(LC_ALL, "C");
  }

  // The generic layers reach model fields only through the registry and the presentation tables:
  // none of their files names a field of the DCF.
  void genericLayersNameNoDcfField() {
    std::vector<std::string> names = {"dcf."};
    for (const EntitySchema& schema : dcfEntitySchemas())
      for (const FieldSpec& field : schema.fields)
        if (field.name.find_first_of("._") != std::string::npos) names.push_back(field.name);
    const std::filesystem::path root = std::filesystem::path(VALOR_TEST_DATA_DIR) / ".." / "..";
    int files = 0;
    for (const char* folder :
         {"core/analytics", "app/cli", "ui/mainwindow", "ui/analytics", "ui/editors", "ui/results",
          "ui/document", "ui/history", "ui/jobs", "ui/common", "ui/settings"}) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(root / folder)) {
        if (!entry.is_regular_file()) continue;
        ++files;
        const std::string text = readFile(entry.path());
        for (const std::string& name : names)
          QVERIFY2(text.find(name) == std::string::npos,
                   qPrintable(QString::fromStdString(entry.path().string() + " names " + name)));
      }
    }
    QVERIFY(files > 10);
  }
};

QTEST_APPLESS_MAIN(TestModels)
#include "test_models.moc"

#include "tests/support/toymodel.h"

#include <cmath>
#include <sstream>

#include "core/model/schemabuilders.h"

namespace valor::testing {
namespace {

struct ToyInputs {
  double numerator = 0;
  double denominator = 1;
  double growth = 0;
};

double toyValue(const ToyInputs& in) {
  return in.numerator / in.denominator * (1 + in.growth);
}

const char* const kToyFields[] = {"numerator", "denominator", "growth"};

ToyInputs toyInputsOf(const ScenarioDocument& doc) {
  const Entity& toy = *doc.child(doc.root(), "toy");
  ToyInputs in;
  in.numerator = *toy.number("numerator");
  in.denominator = *toy.number("denominator");
  in.growth = toy.number("growth") ? *toy.number("growth") : 0.0;
  return in;
}

class ToyModel final : public ValuationModel {
 public:
  ToyModel(ToyInputs base, std::vector<int> fields, std::vector<ModelInput> inputs)
      : ValuationModel({{"value", "ratio"}, {"doubled", "ratio"}}, {"not_finite"}),
        base_(base),
        fields_(std::move(fields)) {
    inputs_ = std::move(inputs);
    baseOutputs_[0] = toyValue(base);
    baseOutputs_[1] = 2 * toyValue(base);
  }
  std::unique_ptr<ModelEvaluator> evaluator() const override {
    return std::make_unique<Evaluator>(*this);
  }

 private:
  class Evaluator final : public ModelEvaluator {
   public:
    explicit Evaluator(const ToyModel& m) : m_(m) {}
    PathOutcome evaluate(std::span<const double> values, OutputValues& out) override {
      ToyInputs in = m_.base_;
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (!m_.inputs()[i].bounds.contains(values[i])) return {kPathOutOfRange, int(i)};
        double* target[] = {&in.numerator, &in.denominator, &in.growth};
        *target[m_.fields_[i]] = values[i];
      }
      const double v = toyValue(in);
      if (!std::isfinite(v)) return {2, -1};
      out[0] = v;
      out[1] = 2 * v;
      return {};
    }

   private:
    const ToyModel& m_;
  };

  ToyInputs base_;
  std::vector<int> fields_;
};

class ToyKind final : public ModelKind {
 public:
  std::string id() const override { return "toy"; }
  std::string blockHelp() const override { return "A test-only model (model toy)."; }
  std::vector<EntitySchema> entitySchemas() const override {
    using namespace schema;
    EntitySchema toy{"toy", "Toy model (\"toy\")", {}, {}};
    toy.fields = {
        number("numerator", "money", openLow(0, 1e9), "Numerator.", std::nullopt, true),
        number("denominator", "money", openLow(0, 1e9), "Denominator.", std::nullopt, true),
        number("growth", "rate", open(-1, 1), "Growth.", 0.0)};
    return {toy};
  }
  std::string scenarioTemplate() const override { return toyJson(120, 40, 0.05); }

  Evaluation evaluate(const ScenarioDocument& doc) const override {
    Evaluation e;
    e.model = id();
    e.issues = validateAgainstSchema(doc);
    if (hasErrors(e.issues)) return e;
    const ToyInputs in = toyInputsOf(doc);
    e.valued = true;
    e.outputs = {{"value", "ratio", toyValue(in)}, {"doubled", "ratio", 2 * toyValue(in)}};
    return e;
  }
  std::vector<OutputSpec> analyticsOutputs() const override {
    return {{"value", "ratio"}, {"doubled", "ratio"}};
  }
  Result<std::unique_ptr<ValuationModel>> prepareAnalytics(
      const ScenarioDocument& doc, const std::vector<std::string>& paths) const override {
    if (!evaluate(doc).valued) return Error{"analytics.scenario_invalid", "invalid", ""};
    std::vector<int> fields;
    std::vector<ModelInput> inputs;
    const EntitySchema& schema = *entitySchema("toy");
    for (const std::string& path : paths) {
      int field = -1;
      for (int f = 0; f < 3; ++f)
        if (path == std::string("toy.") + kToyFields[f]) field = f;
      if (field < 0) return Error{"analytics.bad_input", path + " is not a toy input", path};
      const ToyInputs in = toyInputsOf(doc);
      const double base[] = {in.numerator, in.denominator, in.growth};
      const FieldSpec& spec = *schema.field(kToyFields[field]);
      fields.push_back(field);
      inputs.push_back({path, base[field], *spec.bounds, spec.unit});
    }
    return std::unique_ptr<ValuationModel>(
        std::make_unique<ToyModel>(toyInputsOf(doc), fields, inputs));
  }
  std::vector<std::string> analyticsInputPaths(const ScenarioDocument&) const override {
    return {"toy.numerator", "toy.denominator", "toy.growth"};
  }
};

}  // namespace

std::string toyJson(double numerator, double denominator, double growth) {
  std::ostringstream s;
  s << R"({"schema": "valor.scenario/1", "name": "Toy", "model": "toy", "toy": {"numerator": )"
    << numerator << R"(, "denominator": )" << denominator << R"(, "growth": )" << growth << "}}";
  return s.str();
}

std::unique_ptr<ModelKind> makeToyKind() {
  return std::make_unique<ToyKind>();
}

}  // namespace valor::testing

#include "core/models/evaluationjson.h"

namespace valor {

using Json = nlohmann::ordered_json;

Json issuesToJson(const Issues& issues, Severity severity) {
  Json list = Json::array();
  for (const Issue& i : issues) {
    if (i.severity != severity) continue;
    Json item;
    item["path"] = i.path;
    item["rule"] = i.rule;
    item["message"] = i.message;
    if (!i.params.empty() && i.paramsInJson) item["params"] = i.params;
    list.push_back(std::move(item));
  }
  return list;
}

Json scenarioHeaderJson(const ScenarioDocument& doc) {
  Json out;
  const Entity& root = doc.root();
  out["scenario"] = root.text("name") ? *root.text("name") : "";
  out["currency"] = root.text("currency") ? *root.text("currency") : "USD";
  out["unit"] = root.text("unit") ? *root.text("unit") : "millions";
  return out;
}

Json genericEvaluationJson(const ScenarioDocument& doc, const Evaluation& evaluation) {
  Json out = scenarioHeaderJson(doc);
  out["model"] = evaluation.model;
  if (evaluation.valued) {
    Json outputs = Json::object();
    for (const NamedOutput& o : evaluation.outputs) outputs[o.key] = optionalJson(o.value);
    out["outputs"] = std::move(outputs);
    Json tables = Json::object();
    for (const NamedTable& t : evaluation.tables) {
      Json rows = Json::array();
      for (std::size_t r = 0; r < t.rows.size(); ++r) {
        Json row;
        row["year"] = t.years[r];
        for (std::size_t c = 0; c < t.columns.size(); ++c)
          row[t.columns[c].key] = optionalJson(t.rows[r][c]);
        rows.push_back(std::move(row));
      }
      tables[t.key] = std::move(rows);
    }
    out["tables"] = std::move(tables);
  }
  out["warnings"] = issuesToJson(evaluation.issues, Severity::Warning);
  out["issues"] = issuesToJson(evaluation.issues, Severity::Error);
  return out;
}

}  // namespace valor

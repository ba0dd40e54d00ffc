#include "core/actuals/actualsedit.h"

#include "core/model/actualsschema.h"
#include "core/model/schema.h"

namespace valor {

ActualsDraft::ActualsDraft(const ScenarioDocument& doc, const IdGenerator& newId)
    : original_(doc), draft_(doc) {
  const Entity* existing = doc.child(doc.root(), "actuals");
  for (std::size_t i = 0; existing && i < draft_.entities.size(); ++i)
    if (draft_.entities[i].id == existing->id) index_ = i;
  if (!existing) {
    Entity created;
    created.id = newId();
    created.type = "actuals";
    created.parent = doc.root().id;
    created.slot = "actuals";
    draft_.entities.push_back(std::move(created));
    index_ = draft_.entities.size() - 1;
    created_ = true;
  }
}

Result<std::vector<Op>> ActualsDraft::ops() const {
  Issues problems;
  for (Issue& issue : validateAgainstSchema(draft_))
    if (issue.path.rfind("actuals", 0) == 0 && issue.severity == Severity::Error)
      problems.push_back(std::move(issue));
  if (!problems.empty()) return errorOfIssues("actuals.invalid", std::move(problems));
  if (!created_) return diffDocuments(original_, draft_);
  ScenarioDocument withBlock = original_;
  Entity empty = draft_.entities[index_];
  empty.fields.clear();
  withBlock.entities.push_back(std::move(empty));
  std::vector<Op> ops = diffDocuments(original_, withBlock);
  for (Op& op : diffDocuments(withBlock, draft_)) ops.push_back(std::move(op));
  return ops;
}

Result<std::vector<Op>> typedActualOps(const ScenarioDocument& doc, const std::string& line,
                                       Year year, std::optional<double> value,
                                       const IdGenerator& newId) {
  if (!findActualsLine(line))
    return Error{"actuals.unknown_line", "the actuals have no line " + line, "actuals." + line};
  ActualsDraft draft(doc, newId);
  Entity& block = draft.block();
  YearMap values;
  if (const YearMap* old = block.years(line + ".values")) values = *old;
  if (value)
    values[year] = *value;
  else
    values.erase(year);
  if (values.empty())
    block.fields.erase(line + ".values");
  else
    block.fields[line + ".values"] = values;
  const std::string* source = block.text(line + ".source");
  if (values.empty())
    block.fields.erase(line + ".source");
  else if (!source)
    block.fields[line + ".source"] = std::string("typed");
  else if (source->find("typed") == std::string::npos && source->size() < 480)
    block.fields[line + ".source"] = *source + "; typed";
  return draft.ops();
}

}  // namespace valor

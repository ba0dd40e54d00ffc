#include "core/models/modelkind.h"

#include <algorithm>
#include <ostream>

#include "core/common/numbertext.h"
#include "core/model/textrules.h"
#include "core/models/evaluationjson.h"

namespace valor {
namespace {

std::string cellText(const std::optional<double>& v) {
  return v ? fixedText(*v, 4) : std::string("—");
}

std::string padLeft(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

}  // namespace

nlohmann::ordered_json ModelKind::evaluationJson(const ScenarioDocument& doc,
                                                 const Evaluation& evaluation) const {
  return genericEvaluationJson(doc, evaluation);
}

// Outputs one per line, then each table with a column per figure (the generic terminal form).
void ModelKind::printEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation,
                                std::ostream& out) const {
  const std::string* name = doc.root().text("name");
  out << printableText(name ? *name : std::string()) << " (" << evaluation.model << ")\n\n";
  std::size_t keyWidth = 0;
  for (const NamedOutput& o : evaluation.outputs) keyWidth = std::max(keyWidth, o.key.size());
  for (const NamedOutput& o : evaluation.outputs)
    out << o.key << std::string(keyWidth - o.key.size() + 2, ' ') << cellText(o.value) << "\n";
  for (const NamedTable& t : evaluation.tables) {
    // A column is as wide as its key, at least 16, so long keys never run together.
    std::vector<std::size_t> widths;
    for (const TableColumn& c : t.columns)
      widths.push_back(std::max<std::size_t>(16, c.key.size() + 2));
    out << "\n" << t.key << "\n" << padLeft("year", 6);
    for (std::size_t c = 0; c < t.columns.size(); ++c) out << padLeft(t.columns[c].key, widths[c]);
    out << "\n";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      out << padLeft(std::to_string(t.years[r]), 6);
      for (std::size_t c = 0; c < t.rows[r].size(); ++c)
        out << padLeft(cellText(t.rows[r][c]), widths[c]);
      out << "\n";
    }
  }
}

}  // namespace valor

#pragma once
// A scenario as an Excel workbook (.xlsx): the kind's model as live formulas over an Inputs
// sheet when the kind writes one (ModelKind::writeWorkbookModel), else its inputs as values;
// and always a Results sheet with the engine's own figures and tables, to compare against.
#include <string>

#include "core/common/result.h"
#include "core/model/document.h"

namespace valor {

// Refuses a scenario that cannot be valued (its issues are the error's), and never leaves a
// partial file at `path`.
Status exportWorkbook(const ScenarioDocument& doc, const std::string& path);

}  // namespace valor

#pragma once
// Validation issues in the reader's language. The core sends each issue as a rule with
// parameters (and an English message for logs and valor-cli); here the schema's own rules and a
// kind's rules from its presentation table are written out in the user's language, numbers in
// the user's locale (rates as percentages). A rule without a text falls back to the English.
#include <QString>

#include "core/common/issue.h"
#include "core/common/result.h"
#include "core/model/document.h"

namespace valor::ui {

// The problem as a sentence about the field it is shown under: "Must be between 0 % and 100 %,
// not 150 %."
QString issueText(const Issue& issue);

// A refused change in the reader's language: its first problem as "Revenue, actual 2024: Must be
// between 0 and …", with how many more there are; its English message when it names no field.
QString errorText(const Error& error, const ScenarioDocument& doc);

}  // namespace valor::ui

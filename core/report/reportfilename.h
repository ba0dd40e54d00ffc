#pragma once
// The file name of a scenario's report in a batch over a workspace (`valor-cli report --all`,
// `valor --report --all`): the scenario's name with the characters file systems refuse made
// "-", and a name two scenarios share told apart by the start of the ID.
#include <set>
#include <string>

#include "core/store/workspace.h"

namespace valor {

// `used` collects the names given so far in the batch.
std::string reportFileName(const ScenarioSummary& scenario, std::set<std::string>& used);

}  // namespace valor

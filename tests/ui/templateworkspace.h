#pragma once
// For GUI tests that open a scenario in the main window: a new workspace file holding one
// scenario read from a model kind's template. Returns the scenario's ID (nil, with the reason
// printed, when the workspace cannot be made).
#include <QString>
#include <QtGlobal>

#include "core/common/clock.h"
#include "core/model/id.h"
#include "core/model/scenariojson.h"
#include "core/store/workspace.h"

namespace valor::testing {

inline Id workspaceWithTemplate(const QString& path, const char* scenarioJson) {
  auto parse = parseScenarioJson(scenarioJson, randomIdGenerator());
  if (!parse) {
    qWarning("template: %s", parse.error().message.c_str());
    return {};
  }
  auto ws = Workspace::create(path.toStdString(), {systemClock(), randomIdGenerator()});
  if (!ws || !ws.value()->addScenarios({parse.value()}, "test", "Create")) {
    qWarning("workspace %s could not be made", qPrintable(path));
    return {};
  }
  return parse.value().root().id;
}

}  // namespace valor::testing

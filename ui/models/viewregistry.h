#pragma once
// The desktop side of each model kind, keyed like the core registry by the scenario's `model`:
// how its tab is made and what a new scenario of the kind takes from the user's preferences.
// Built-in kinds are registered on first use (viewregistry.cpp, one line each); a test can
// register a kind of its own.
#include <QString>
#include <QWidget>

#include <functional>
#include <string>
#include <vector>

#include "core/model/document.h"

namespace valor::ui {

class Document;
struct ModelPresentation;
class ScenarioView;
class Settings;

struct ScenarioViewKind {
  std::string model;                                // the core kind's id
  QString (*title)();                               // the kind's name for people, translated: "DCF"
  const ModelPresentation* presentation = nullptr;  // static: lives as long as the program
  // The kind's own tab; empty: the generic one built from the presentation.
  std::function<ScenarioView*(Document*, QWidget*)> createView;
  // Applies the user's defaults (e.g. the discounting convention) to a new scenario; may be empty.
  std::function<void(ScenarioDocument&, const Settings&)> prepareNewScenario;
};

void registerScenarioViewKind(ScenarioViewKind kind);
const ScenarioViewKind* findScenarioViewKind(const std::string& model);
std::vector<const ScenarioViewKind*> scenarioViewKinds();

// The tab for `document` by its kind; nullptr when the desktop has no view for the kind.
ScenarioView* createScenarioView(Document* document, QWidget* parent);

}  // namespace valor::ui

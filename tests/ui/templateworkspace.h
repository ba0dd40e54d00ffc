#pragma once
// For GUI tests that open a scenario in the main window: a new workspace file holding one
// scenario read from a model kind's template, and the session such a test starts from.
#include <QLocale>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

#include <memory>

#include "core/common/clock.h"
#include "core/model/id.h"
#include "core/model/scenariojson.h"
#include "core/store/workspace.h"
#include "ui/document/document.h"
#include "ui/settings/settings.h"

namespace valor::testing {

// The scenario's ID (nil, with the reason printed, when the workspace cannot be made).
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

// The scenario `id` of the workspace at `path` in a Document, as the desktop opens it for
// writing; nullptr, with the reason printed, when it cannot be opened. The caller owns it.
inline ui::Document* openDocument(const QString& path, const Id& id) {
  auto ws = Workspace::open(path.toStdString(), {systemClock(), randomIdGenerator()});
  if (!ws) {
    qWarning("workspace %s: %s", qPrintable(path), ws.error().message.c_str());
    return nullptr;
  }
  std::shared_ptr<Workspace> workspace(std::move(ws).value());
  auto stored = workspace->loadScenario(id);
  if (!stored) {
    qWarning("scenario: %s", stored.error().message.c_str());
    return nullptr;
  }
  return new ui::Document(workspace, id, std::move(stored).value(), QStringLiteral("test"));
}

// A temporary folder holding the settings (an .ini there, never the user's), the providers'
// cache (XDG_CACHE_HOME there) and a workspace with one template scenario; numbers formatted
// in English whatever the machine's locale.
struct TemplateSession {
  QTemporaryDir dir;
  QString settingsPath;
  QString workspacePath;
  Id scenarioId;
  std::unique_ptr<QSettings> storage;
  std::unique_ptr<ui::Settings> settings;

  // Empty on success, else why not.
  QString start(const QString& workspaceName, const char* scenarioJson) {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (!dir.isValid()) return QStringLiteral("no temporary folder");
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());
    settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    storage = std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
    settings = std::make_unique<ui::Settings>(storage.get());
    workspacePath = dir.filePath(workspaceName);
    scenarioId = workspaceWithTemplate(workspacePath, scenarioJson);
    return scenarioId.isNil() ? QStringLiteral("the workspace could not be made") : QString();
  }
};

}  // namespace valor::testing

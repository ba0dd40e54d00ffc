#pragma once
// What the main-window tests start from: a temporary folder holding the bundled sample
// workspace and the settings (in an .ini there, never the user's), with message boxes turned
// into status-line messages so that no dialog waits for a click.
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

#include "ui/common/messagebox.h"
#include "ui/mainwindow/sampleworkspace.h"
#include "ui/settings/settings.h"

namespace valor::testing {

struct SampleSession {
  QTemporaryDir dir;
  QString workspacePath;
  std::unique_ptr<QSettings> storage;
  std::unique_ptr<ui::Settings> settings;

  // Empty on success, else why not.
  QString start() {
    ui::messages::setHook([](ui::messages::Kind, const QString&, const QString&) { return false; });
    if (!dir.isValid()) return QStringLiteral("no temporary folder");
    storage = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                          QSettings::IniFormat);
    settings = std::make_unique<ui::Settings>(storage.get());
    QString error;
    workspacePath = ui::ensureSampleWorkspace(dir.path(), &error);
    return workspacePath.isEmpty() ? error : QString();
  }
};

}  // namespace valor::testing

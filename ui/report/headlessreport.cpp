#include "ui/report/headlessreport.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>

#include "core/common/clock.h"
#include "core/report/reportfilename.h"
#include "core/store/workspace.h"
#include "ui/document/document.h"
#include "ui/editors/numberformat.h"
#include "ui/models/scenarioview.h"
#include "ui/models/viewregistry.h"
#include "ui/report/scenarioreport.h"
#include "ui/results/moneydisplay.h"
#include "ui/settings/settings.h"

namespace valor::ui {
namespace {

int fail(const QString& message, int code) {
  std::fprintf(stderr, "valor: %s\n", qPrintable(message));
  return code;
}

// The workspace, read only; nothing on failure (reported).
std::shared_ptr<Workspace> openReadOnly(const QString& workspace) {
  WorkspaceOptions options{systemClock(), randomIdGenerator(), /*readOnly=*/true};
  options.backupIntervalMs = 0;
  auto opened = Workspace::open(workspace.toStdString(), options);
  if (!opened) {
    fail(workspace + QStringLiteral(": ") + QString::fromStdString(opened.error().message), 2);
    return nullptr;
  }
  return std::move(opened).value();
}

int writeOne(const Settings& settings, const std::shared_ptr<Workspace>& ws,
             const QString& workspace, const Id& id, const QString& label, const QString& pdf) {
  auto stored = ws->loadScenario(id);
  if (!stored)
    return fail(label + QStringLiteral(": ") + QString::fromStdString(stored.error().message), 2);
  const std::int64_t revision = stored.value().revision;

  Document document(ws, id, std::move(stored).value(), settings.authorName());
  std::unique_ptr<ScenarioView> view(createScenarioView(&document, nullptr));
  if (!view) return fail(label + QStringLiteral(": no view for this model kind"), 2);
  setNegativesInParentheses(settings.negativesInParentheses());
  setDisplayUnit(displayUnitFromKey(settings.displayUnit()));
  view->setDecimals(settings.decimals());
  view->resize(1280, 900);
  view->show();  // off screen: lays the tab and its charts out as on a screen
  QApplication::processEvents();

  ReportContext context{QFileInfo(workspace).fileName(), revision, settings.authorName(),
                        QDateTime::currentDateTime(), settings.decimals()};
  if (!document.evaluation().valued)
    return fail(label + QStringLiteral(": the scenario has errors to fix first"), 1);
  if (const QString error = writeScenarioPdf(*view, context, pdf); !error.isEmpty())
    return fail(pdf + QStringLiteral(": ") + error, 2);
  std::printf("wrote %s\n", qPrintable(pdf));
  return 0;
}

}  // namespace

int writeReportHeadless(const Settings& settings, const QString& workspace, const QString& scenario,
                        const QString& pdf) {
  const std::shared_ptr<Workspace> ws = openReadOnly(workspace);
  if (!ws) return 2;
  auto id = ws->findScenario(scenario.toStdString());
  if (!id)
    return fail(scenario + QStringLiteral(": ") + QString::fromStdString(id.error().message), 2);
  return writeOne(settings, ws, workspace, id.value(), scenario, pdf);
}

int writeAllReportsHeadless(const Settings& settings, const QString& workspace,
                            const QString& directory) {
  if (!QFileInfo(directory).isDir())
    return fail(directory + QStringLiteral(": with --all, an existing directory"), 2);
  const std::shared_ptr<Workspace> ws = openReadOnly(workspace);
  if (!ws) return 2;
  auto list = ws->listScenarios();
  if (!list)
    return fail(workspace + QStringLiteral(": ") + QString::fromStdString(list.error().message), 2);
  int exit = 0;
  std::set<std::string> used;
  for (const ScenarioSummary& s : list.value()) {
    const QString pdf = QDir(directory).filePath(QString::fromStdString(reportFileName(s, used)) +
                                                 QStringLiteral(".pdf"));
    exit = std::max(exit,
                    writeOne(settings, ws, workspace, s.id, QString::fromStdString(s.name), pdf));
  }
  return exit;
}

}  // namespace valor::ui

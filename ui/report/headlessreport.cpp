#include "ui/report/headlessreport.h"

#include <QApplication>
#include <QFileInfo>

#include <cstdio>
#include <memory>

#include "core/common/clock.h"
#include "core/store/workspace.h"
#include "ui/document/document.h"
#include "ui/models/scenarioview.h"
#include "ui/models/viewregistry.h"
#include "ui/report/scenarioreport.h"
#include "ui/settings/settings.h"

namespace valor::ui {

int writeReportHeadless(const Settings& settings, const QString& workspace, const QString& scenario,
                        const QString& pdf) {
  const auto fail = [](const QString& message, int code) {
    std::fprintf(stderr, "valor: %s\n", qPrintable(message));
    return code;
  };
  WorkspaceOptions options{systemClock(), randomIdGenerator(), /*readOnly=*/true};
  options.backupIntervalMs = 0;
  auto opened = Workspace::open(workspace.toStdString(), options);
  if (!opened)
    return fail(workspace + QStringLiteral(": ") + QString::fromStdString(opened.error().message),
                2);
  std::shared_ptr<Workspace> ws = std::move(opened).value();
  auto id = ws->findScenario(scenario.toStdString());
  if (!id)
    return fail(scenario + QStringLiteral(": ") + QString::fromStdString(id.error().message), 2);
  auto stored = ws->loadScenario(id.value());
  if (!stored) return fail(QString::fromStdString(stored.error().message), 2);
  const std::int64_t revision = stored.value().revision;

  Document document(ws, id.value(), std::move(stored).value(), settings.authorName());
  std::unique_ptr<ScenarioView> view(createScenarioView(&document, nullptr));
  if (!view) return fail(scenario + QStringLiteral(": no view for this model kind"), 2);
  view->setDecimals(settings.decimals());
  view->resize(1280, 900);
  view->show();  // off screen: lays the tab and its charts out as on a screen
  QApplication::processEvents();

  ReportContext context{QFileInfo(workspace).fileName(), revision, settings.authorName(),
                        QDateTime::currentDateTime(), settings.decimals()};
  if (!document.evaluation().valued)
    return fail(scenario + QStringLiteral(": the scenario has errors to fix first"), 1);
  if (const QString error = writeScenarioPdf(*view, context, pdf); !error.isEmpty())
    return fail(pdf + QStringLiteral(": ") + error, 2);
  std::printf("wrote %s\n", qPrintable(pdf));
  return 0;
}

}  // namespace valor::ui

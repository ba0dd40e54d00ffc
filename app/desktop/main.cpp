// valor: the desktop application. Arguments, settings location, translations, main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include "core/common/log.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/sampleworkspace.h"
#include "ui/report/headlessreport.h"
#include "ui/settings/appearance.h"
#include "ui/settings/settings.h"

int main(int argc, char** argv) {
  QElapsedTimer startup;
  startup.start();
  // A report needs no display: without one chosen, draw off screen.
  for (int i = 1; i < argc; ++i)
    if (QByteArray(argv[i]) == "--report" && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
      qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("Valor IVX"));
  QApplication::setApplicationName(QStringLiteral("Valor"));
  QApplication::setApplicationDisplayName(QStringLiteral("Valor IVX"));
  QApplication::setApplicationVersion(QStringLiteral(VALOR_VERSION));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Valuation scenarios for financial analysts."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("workspace"),
                               QStringLiteral("A workspace file (*.valor) to open."));
  QCommandLineOption sample(QStringLiteral("sample"),
                            QStringLiteral("Open the bundled sample workspace."));
  QCommandLineOption quitAfterLoad(
      QStringLiteral("quit-after-load"),
      QStringLiteral("Quit once the window is ready; print the start-up time."));
  QCommandLineOption report(QStringLiteral("report"),
                            QStringLiteral("Write the PDF report of --scenario to FILE and quit "
                                           "(no window; works without a display). With --all, "
                                           "FILE is a folder for every scenario's report."),
                            QStringLiteral("FILE"));
  QCommandLineOption scenario(QStringLiteral("scenario"),
                              QStringLiteral("The scenario of the report: its name or ID."),
                              QStringLiteral("NAME"));
  QCommandLineOption all(QStringLiteral("all"),
                         QStringLiteral("With --report: every scenario of the workspace, as "
                                        "<name>.pdf in the folder."));
  QCommandLineOption language(QStringLiteral("language"),
                              QStringLiteral("The report's language and number format (en, de)."),
                              QStringLiteral("CODE"));
  parser.addOption(sample);
  parser.addOption(quitAfterLoad);
  parser.addOption(report);
  parser.addOption(scenario);
  parser.addOption(all);
  parser.addOption(language);
  parser.process(app);
  const QString logs =
      QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
  const std::string logProblem = valor::startLogging(
      logs.toStdString(), qEnvironmentVariable("VALOR_LOG_LEVEL").toStdString());
  if (!logProblem.empty()) std::fprintf(stderr, "valor: %s\n", logProblem.c_str());
  valor::logInfo("valor " VALOR_VERSION " started");

  QSettings storage;
  valor::ui::Settings settings(&storage);
  valor::ui::Appearance appearance(&settings);
  if (parser.isSet(report)) {
    if (parser.isSet(language)) {
      appearance.applyLanguage(parser.value(language));
      QLocale::setDefault(QLocale(parser.value(language)));
    }
    if (parser.positionalArguments().isEmpty() || parser.isSet(scenario) == parser.isSet(all)) {
      std::fprintf(stderr, "valor: --report needs a workspace and either --scenario or --all\n");
      return 2;
    }
    if (parser.isSet(all))
      return valor::ui::writeAllReportsHeadless(settings, parser.positionalArguments().front(),
                                                parser.value(report));
    return valor::ui::writeReportHeadless(settings, parser.positionalArguments().front(),
                                          parser.value(scenario), parser.value(report));
  }
  valor::ui::MainWindow window(&settings);

  QString path = parser.positionalArguments().value(0);
  const QStringList recent = settings.recentWorkspaces();
  if (path.isEmpty() && !parser.isSet(sample) && !recent.isEmpty()) path = recent.front();
  if (path.isEmpty()) {
    // First run (or --sample): the bundled sample workspace with its five examples.
    QString error;
    path = valor::ui::ensureSampleWorkspace(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), &error);
    if (path.isEmpty())
      std::fprintf(stderr, "valor: cannot set up the sample workspace: %s\n", qPrintable(error));
  }
  // Where the analyst left it; the first time, most of the screen (as the window starts out).
  window.restoreLayout();
  window.show();
  if (!path.isEmpty() && window.openWorkspace(path) && window.workspace() &&
      !window.restoreOpenTabs()) {
    // No tabs saved for this workspace: the scenario changed last.
    auto list = window.workspace()->listScenarios();
    if (list && !list.value().empty()) {
      const auto& scenarios = list.value();
      const auto latest =
          std::max_element(scenarios.begin(), scenarios.end(),
                           [](const auto& a, const auto& b) { return a.updatedMs < b.updatedMs; });
      window.openScenario(latest->id);
    }
  }
  if (parser.isSet(quitAfterLoad)) {
    QTimer::singleShot(0, &app, [&] {
      std::printf("startup_ms %lld\n", static_cast<long long>(startup.elapsed()));
      std::fflush(stdout);
      QApplication::quit();
    });
  }
  return QApplication::exec();
}

#pragma once
// A scenario's PDF report: a cover (scenario, workspace, revision, date, who prepared it), the
// key figures, the assumptions, the per-year tables and the charts the scenario's tab shows,
// drawn by the same chart code as on screen, as vector graphics. Every page carries a header
// and a footer with the revision, a short content hash (so a reader can tell which state a
// printout shows) and "page n of m". Text follows the application's language and locale.
#include <QDateTime>
#include <QString>

#include <cstdint>

#include "core/model/document.h"

namespace valor::ui {

class ScenarioView;

struct ReportContext {
  QString workspace;  // the workspace file's name
  std::int64_t revision = 0;
  QString preparedBy;
  QDateTime printed;
  int decimals = 2;
};

// Writes the PDF of the scenario open in `view`, whole or not at all. Empty, or why not.
QString writeScenarioPdf(ScenarioView& view, const ReportContext& context, const QString& path);

// The first 12 hex digits of SHA-256 over the scenario's file form.
QString contentHash(const ScenarioDocument& doc);

}  // namespace valor::ui

#pragma once
// `valor --report FILE.pdf --scenario NAME WORKSPACE`: a scenario's PDF without a window. The
// scenario's own tab is built off screen so the report's charts are the ones the desktop draws.
#include <QString>

namespace valor::ui {

class Settings;

// Returns the process exit code (0 written; 1 the scenario cannot be valued; 2 cannot read or
// write); problems go to standard error.
int writeReportHeadless(const Settings& settings, const QString& workspace, const QString& scenario,
                        const QString& pdf);

}  // namespace valor::ui

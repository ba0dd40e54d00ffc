#pragma once
// `valor --report FILE.pdf --scenario NAME WORKSPACE`: a scenario's PDF without a window;
// `valor --report DIRECTORY --all WORKSPACE`: every scenario's, as DIRECTORY/<name>.pdf. The
// scenario's own tab is built off screen so the report's charts are the ones the desktop draws.
#include <QString>

namespace valor::ui {

class Settings;

// Return the process exit code (0 written; 1 a scenario cannot be valued; 2 cannot read or
// write); problems go to standard error. The batch tries every scenario and returns the worst.
int writeReportHeadless(const Settings& settings, const QString& workspace, const QString& scenario,
                        const QString& pdf);
int writeAllReportsHeadless(const Settings& settings, const QString& workspace,
                            const QString& directory);

}  // namespace valor::ui

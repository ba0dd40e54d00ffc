#pragma once
// The bundled sample workspace: three example companies with documented inputs, written from
// the scenario files built into the program the first time it is asked for.
#include <QString>

namespace valor::ui {

// The sample workspace in `directory`, created if missing. Returns its path, or an empty
// string with `error` set.
QString ensureSampleWorkspace(const QString& directory, QString* error);

}  // namespace valor::ui

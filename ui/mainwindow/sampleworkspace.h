#pragma once
// The bundled sample workspace: six worked examples with documented inputs (three DCFs, a buyout,
// a merger and a real option), written from the scenario files built into the program the first
// time it is asked for.
#include <QString>

namespace valor::ui {

// The sample workspace in `directory`, created if missing. Returns its path, or an empty
// string with `error` set.
QString ensureSampleWorkspace(const QString& directory, QString* error);

}  // namespace valor::ui

#pragma once
// The last step of every import into the actuals (a statement file, SEC EDGAR): the figures
// become one undoable change, "Import actuals from <source>"; a figure more than ×100 off the
// scenario's own asks first; a refusal is said, never half-applied.
#include <QString>

#include "core/actuals/statement.h"

class QWidget;

namespace valor::ui {

class Document;

struct ImportOutcome {
  bool changed = false;
  QString message;  // why nothing changed (empty when it did)
  bool problem = false;
};

ImportOutcome importIntoActuals(QWidget* parent, const QString& title, Document* document,
                                const Statement& statement, const std::string& source);

}  // namespace valor::ui

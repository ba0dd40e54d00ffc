#include "ui/actuals/actualsimportstep.h"

#include <QCoreApplication>

#include "core/actuals/actualsimport.h"
#include "ui/common/messagebox.h"
#include "ui/document/document.h"
#include "ui/models/changelabel.h"
#include "ui/models/issuetext.h"

namespace valor::ui {

ImportOutcome importIntoActuals(QWidget* parent, const QString& title, Document* document,
                                const Statement& statement, const std::string& source) {
  const ScenarioDocument& doc = document->scenario();
  auto imported = actualsImportOps(doc, statement, randomIdGenerator(), false);
  if (!imported && imported.error().code == "actuals.unit_mismatch" &&
      messages::ask(parent, title,
                    QCoreApplication::translate("valor::ui::ImportIntoActuals",
                                                "%1\n\nImport these figures anyway?")
                        .arg(QString::fromStdString(imported.error().message))))
    imported = actualsImportOps(doc, statement, randomIdGenerator(), true);
  if (!imported) return {false, errorText(imported.error(), doc), true};
  if (imported.value().ops.empty())
    return {
        false,
        QCoreApplication::translate("valor::ui::ImportIntoActuals",
                                    "The scenario already has these actuals: nothing to import."),
        false};
  const QString error =
      document->edit(std::move(imported.value().ops), labels::importActuals(source));
  if (!error.isEmpty()) return {false, error, true};
  return {true, QString(), false};
}

}  // namespace valor::ui

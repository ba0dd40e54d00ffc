#pragma once
// A line edit bound to one field of the scenario. Typing previews the valuation (nothing is
// saved until Enter or leaving the field); a finished edit becomes one undoable change; text
// that is not a valid value shows a message under the field and the old value is kept.
#include <QLabel>
#include <QLineEdit>

#include <optional>
#include <string>

#include "core/model/schema.h"
#include "ui/document/document.h"

namespace valor::ui {

class FieldEdit : public QLineEdit {
  Q_OBJECT

 public:
  enum class Kind { Number, Integer, Text, Date };

  FieldEdit(Document* document, const Id& entity, std::string field, Kind kind, QString unit,
            QWidget* parent = nullptr);

  // The label under the field where its messages appear (owned by the form).
  void setMessageLabel(QLabel* label);
  // Shows the document's current value, unless the user is in the middle of typing.
  void refresh();
  // A validation issue of the scenario for this field; empty clears it.
  void showIssue(const QString& message);
  // The field's path in the scenario file ("<kind>.<field>", "name").
  QString path() const { return path_; }
  const Id& entity() const { return entity_; }
  const std::string& field() const { return field_; }

 signals:
  // The typed text is a valid value: the owner may preview the valuation with it.
  void previewRequested(const valor::Op& pendingSet);
  void previewEnded();

 protected:
  bool event(QEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void focusOutEvent(QFocusEvent* event) override;

 private:
  // The value the text stands for: an empty optional removes the field; an error refuses it.
  struct Parsed {
    std::optional<Value> value;
    QString error;
  };
  Parsed parse() const;
  std::optional<Bounds> bounds() const;
  void commit();
  void setMessage(const QString& text, bool isError);
  // After a rate typed as a decimal ("0.025" saved as 0.025 %): "Did you mean 2.5 %?", with the
  // fix one click away (an undoable edit like any other).
  void offerPercentFix(double typed);
  void applyPercentFix();
  std::optional<Value> currentValue() const;

  Document* document_;
  Id entity_;
  std::string field_;
  Kind kind_;
  QString unit_;
  QString path_;
  QLabel* messageLabel_ = nullptr;
  QString issue_;
  bool editing_ = false;
  std::optional<double> percentFix_;  // the stored value the user probably meant
};

}  // namespace valor::ui

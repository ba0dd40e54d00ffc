#include "ui/editors/fieldedit.h"

#include <QKeyEvent>

#include <cmath>

#include "core/common/date.h"
#include "core/model/schema.h"
#include "ui/common/problemcolour.h"
#include "ui/editors/numberformat.h"

namespace valor::ui {

FieldEdit::FieldEdit(Document* document, const Id& entity, std::string field, Kind kind,
                     QString unit, QWidget* parent)
    : QLineEdit(parent),
      document_(document),
      entity_(entity),
      field_(std::move(field)),
      kind_(kind),
      unit_(std::move(unit)) {
  if (const Entity* e = document_->scenario().find(entity_)) {
    const std::string prefix = entityPath(document_->scenario(), *e);
    path_ = QString::fromStdString((prefix.empty() ? "" : prefix + ".") + field_);
  }
  connect(this, &QLineEdit::textEdited, this, [this] {
    editing_ = true;
    const Parsed parsed = parse();
    if (!parsed.error.isEmpty()) {
      setMessage(parsed.error, true);
      emit previewEnded();
      return;
    }
    setMessage(issue_, !issue_.isEmpty());
    emit previewRequested(setFieldOp(document_->scenario(), entity_, field_, parsed.value));
  });
  connect(this, &QLineEdit::returnPressed, this, &FieldEdit::commit);
  refresh();
}

std::optional<Value> FieldEdit::currentValue() const {
  const Entity* e = document_->scenario().find(entity_);
  const Value* v = e ? e->field(field_) : nullptr;
  return v ? std::optional<Value>(*v) : std::nullopt;
}

void FieldEdit::refresh() {
  if (editing_) return;
  const auto v = currentValue();
  QString text;
  if (v) {
    if (const double* d = std::get_if<double>(&*v))
      text = kind_ == Kind::Integer
                 ? QString::number(static_cast<qlonglong>(*d))  // a year: no "2,025"
                 : formatFieldValue(*d, unit_);
    else if (const std::string* s = std::get_if<std::string>(&*v))
      text = QString::fromStdString(*s);
  }
  setText(text);
  setCursorPosition(0);
}

FieldEdit::Parsed FieldEdit::parse() const {
  const QString t = text().trimmed();
  switch (kind_) {
    case Kind::Text:
      return {t.isEmpty() ? std::nullopt : std::optional<Value>(Value(t.toStdString())), {}};
    case Kind::Date:
      if (t.isEmpty()) return {std::nullopt, {}};
      if (!Date::parseIso(t.toStdString()))
        return {std::nullopt, tr("Enter a date as YYYY-MM-DD, e.g. 2026-06-30.")};
      return {Value(t.toStdString()), {}};
    case Kind::Number:
    case Kind::Integer: {
      if (t.isEmpty()) return {std::nullopt, {}};
      const ParsedNumber n = parseFieldValue(t, unit_);
      if (!n.value) return {std::nullopt, n.error};
      if (kind_ == Kind::Integer && *n.value != std::floor(*n.value))
        return {std::nullopt, tr("Enter a whole number.")};
      return {Value(*n.value), {}};
    }
  }
  return {};
}

void FieldEdit::commit() {
  if (!editing_) return;
  editing_ = false;
  emit previewEnded();
  const Parsed parsed = parse();
  if (!parsed.error.isEmpty()) {
    // The old value stays: the text goes back to it and the message says what was wrong.
    const QString refused = parsed.error;
    refresh();
    setMessage(tr("%1 The value was not changed.").arg(refused), true);
    return;
  }
  const QString typedText = text();
  const QString error = document_->setField(entity_, field_, parsed.value, {}, std::nullopt,
                                            /*mergeable=*/true);
  if (!error.isEmpty()) {
    refresh();
    setMessage(tr("Not saved: %1").arg(error), true);
    return;
  }
  refresh();
  if (const double* v = parsed.value ? std::get_if<double>(&*parsed.value) : nullptr)
    if (const auto meant = likelyMeantPercent(typedText, *v, unit_, bounds()))
      offerPercentFix(*meant);
}

std::optional<Bounds> FieldEdit::bounds() const {
  const Entity* e = document_->scenario().find(entity_);
  const EntitySchema* schema = e ? entitySchema(e->type) : nullptr;
  const FieldSpec* spec = schema ? schema->field(field_) : nullptr;
  return spec ? spec->bounds : std::nullopt;
}

void FieldEdit::setMessageLabel(QLabel* label) {
  messageLabel_ = label;
  connect(label, &QLabel::linkActivated, this, [this] { applyPercentFix(); });
}

void FieldEdit::offerPercentFix(double meant) {
  if (!messageLabel_) return;
  percentFix_ = meant;
  const auto current = currentValue();
  const double* stored = current ? std::get_if<double>(&*current) : nullptr;
  if (!stored) return;
  const QString saved = formatFieldValue(*stored, unit_);
  const QString fix = formatFieldValue(meant, unit_);
  messageLabel_->setText(tr("Saved as %1. Did you mean <a href=\"fix\">%2</a>?").arg(saved, fix));
  messageLabel_->setVisible(true);
}

void FieldEdit::applyPercentFix() {
  if (!percentFix_) return;
  const double meant = *percentFix_;
  percentFix_.reset();
  const QString error = document_->setField(entity_, field_, Value(meant), {}, std::nullopt,
                                            /*mergeable=*/false);
  refresh();
  setMessage(error.isEmpty() ? issue_ : tr("Not saved: %1").arg(error),
             !error.isEmpty() || !issue_.isEmpty());
}

void FieldEdit::showIssue(const QString& message) {
  issue_ = message;
  setProperty("valorIssue", !message.isEmpty());
  setStyleSheet(message.isEmpty() ? QString()
                                  : QStringLiteral("QLineEdit { border: 1px solid %1; }")
                                        .arg(problemColour(palette()).name()));
  setToolTip(message);
  setMessage(message, !message.isEmpty());
}

void FieldEdit::setMessage(const QString& text, bool isError) {
  if (!messageLabel_) return;
  messageLabel_->setText(text);
  messageLabel_->setVisible(isError && !text.isEmpty());
}

// Ctrl+Z / Ctrl+Y with nothing typed since the last commit belong to the scenario, as in a
// spreadsheet: the edit just made is undone even while the cursor stays in the field. While
// typing they undo the typing.
bool FieldEdit::event(QEvent* event) {
  if (event->type() == QEvent::ShortcutOverride && !editing_) {
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
        key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Y)) {
      event->ignore();
      return true;
    }
  }
  return QLineEdit::event(event);
}

void FieldEdit::keyPressEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_Escape && editing_) {
    editing_ = false;
    emit previewEnded();
    refresh();
    setMessage(issue_, !issue_.isEmpty());
    return;
  }
  QLineEdit::keyPressEvent(event);
}

void FieldEdit::focusOutEvent(QFocusEvent* event) {
  commit();
  QLineEdit::focusOutEvent(event);
}

}  // namespace valor::ui

#pragma once
// The assumptions form of any model kind, built from its presentation table: the scenario's own
// fields (name, currency, unit), then the kind's fields in their groups. Each field is a
// FieldEdit or ChoiceBox bound to the document (every finished edit an undoable change); rows
// the table's rules hide are hidden, and validation issues appear under their fields.
#include <QWidget>

#include <vector>

#include "ui/models/presentation.h"

class QBoxLayout;
class QGridLayout;
class QGroupBox;
class QLabel;

namespace valor::ui {

// The red, word-wrapped line under a field or table where its messages appear (hidden at first).
QLabel* fieldMessageLabel(QWidget* parent);

class ChoiceBox;
class Document;
class FieldEdit;

class ModelForm : public QWidget {
  Q_OBJECT

 public:
  ModelForm(Document* document, const ModelPresentation& presentation, QWidget* parent = nullptr);

  // The editor of a field by its path in the scenario file ("<kind>.<field>"), or nullptr.
  FieldEdit* fieldEdit(const QString& path) const;
  const std::vector<FieldEdit*>& fieldEdits() const { return fields_; }
  // A group's grid, for a kind's own widgets under its fields; nullptr if there is no such group.
  QGridLayout* groupLayout(const char* title) const;
  // Shows the document's values, applies the visibility rules and shows the issues.
  void refresh();

 protected:
  void changeEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  struct Row {
    QString path;
    const char* caption;
    bool own;  // the scenario's own field (scenarioFields()), not the kind's
    QWidget* editor;
    QLabel* label;
    QWidget* container;
    const FieldPresentation* presentation;  // nullptr for the scenario's own fields
  };
  struct Group {
    const char* title;
    bool own;  // the form's own group (translated here), not the kind's
    QGroupBox* box;
    QGridLayout* grid;
  };
  struct Choice {
    ChoiceBox* box;
    bool own;
    std::vector<const char*> captions;
  };

  void addGroup(const char* title, bool own);
  void orderGroups();  // as the presentation's groupOrder says
  // Lays the groups out, a side-by-side pair in one box whose direction follows the width.
  void layOutGroups(QBoxLayout* layout);
  void arrangePairs(int width);
  Group& groupOf(bool own, const FieldPresentation* presentation);
  void addField(const Entity& entity, const std::string& field, const char* caption, int widget,
                const QString& unit, bool own, const FieldPresentation* presentation);
  void addChoice(const Entity& entity, const std::string& field, const char* caption,
                 const std::vector<ChoicePresentation>& choices, bool own,
                 const FieldPresentation* presentation);
  QString caption(bool own, const char* text) const;
  void updateVisibility();
  void showIssues();
  void retranslate();

  Document* document_;
  const ModelPresentation& presentation_;
  std::vector<Group> groups_;
  std::vector<Row> rows_;
  std::vector<FieldEdit*> fields_;
  std::vector<Choice> choices_;
  struct Pair {
    QBoxLayout* box;
    QGroupBox* first;
    QGroupBox* second;
  };
  std::vector<Pair> pairs_;
};

}  // namespace valor::ui

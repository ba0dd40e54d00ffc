#pragma once
// The server's audit trail of the scenario in front, in the history panel: every change with
// who made it, when, from where, each field before and after (and whose value it overwrote),
// and every share and unshare. Owners and admins of the firm see it; others are told why not.
#include <QByteArray>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace valor::ui {

class Document;

class AuditTrailPage : public QWidget {
  Q_OBJECT

 public:
  explicit AuditTrailPage(QWidget* parent = nullptr);

  // The scenario shown (null: none); its entries arrive through show() or showRefusal().
  void setDocument(Document* document);
  void show(const QByteArray& entries);
  void showRefusal(const QString& message);
  int entryCount() const;

 private:
  QTreeWidget* list_;
  QLabel* message_;
  Document* document_ = nullptr;
};

}  // namespace valor::ui

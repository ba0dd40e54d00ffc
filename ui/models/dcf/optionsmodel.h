#pragma once
// The option and warrant tranches of the equity bridge as an editable table (label, count,
// strike). Adding, removing and editing are mutations through the document; list order lives
// in fractional order keys, so adding a tranche writes that tranche alone.
#include <QAbstractTableModel>

#include <vector>

#include "ui/document/document.h"

namespace valor::ui {

class OptionsModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { LabelColumn, CountColumn, StrikeColumn, ColumnCount };

  explicit OptionsModel(Document* document, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role) override;

  // Adds a tranche at the end (count 0, strike 0, to be filled in); returns the error or "".
  QString addTranche();
  QString removeTranche(int row);

 signals:
  void editRefused(const QString& message);

 private:
  std::vector<const Entity*> tranches() const;
  void reload();

  Document* document_;
  std::vector<Id> ids_;  // row → tranche, in list order
};

}  // namespace valor::ui

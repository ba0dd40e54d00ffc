#include "ui/actuals/historydriversdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/common/problemcolour.h"
#include "ui/editors/numberformat.h"
#include "ui/editors/peryearmodel.h"
#include "ui/models/changelabel.h"

namespace valor::ui {
namespace {

enum Column { DriverColumn, ValueColumn, NowColumn, HistoryColumn, ColumnCount };

// A driver's projection as the grid shows it: one value, or the first and last year's.
QString nowText(const PerYearModel& drivers, int row) {
  const int last = drivers.columnCount() - 1;
  if (last < drivers.historyColumns()) return {};
  const QString first =
      drivers.data(drivers.index(row, drivers.historyColumns()), Qt::DisplayRole).toString();
  const QString end = drivers.data(drivers.index(row, last), Qt::DisplayRole).toString();
  return first == end ? first : first + QStringLiteral(" … ") + end;
}

}  // namespace

std::vector<std::string> HistoryDriversDialog::driversOffered(const ActualsHistory& history,
                                                              const PerYearModel& drivers) {
  std::vector<std::string> offered;
  for (const DerivedHistory& ratio : history.derived)
    if (!ratio.values.empty() && drivers.rowOf(ratio.key) >= 0) offered.push_back(ratio.key);
  return offered;
}

HistoryDriversDialog::HistoryDriversDialog(const ActualsHistory& history, PerYearModel* drivers,
                                           QWidget* parent)
    : QDialog(parent), history_(history), drivers_(drivers) {
  setWindowTitle(tr("Use History as Drivers"));
  statistic_ = new QComboBox(this);
  statistic_->setObjectName(QStringLiteral("historyStatistic"));
  statistic_->addItem(tr("Average"), static_cast<int>(HistoryStatistic::Average));
  statistic_->addItem(tr("Median"), static_cast<int>(HistoryStatistic::Median));
  statistic_->addItem(tr("Last year"), static_cast<int>(HistoryStatistic::Last));
  window_ = new QComboBox(this);
  window_->setObjectName(QStringLiteral("historyWindow"));
  window_->addItem(tr("All years"), 0);
  window_->addItem(tr("Last 3 years"), 3);
  window_->addItem(tr("Last 5 years"), 5);

  auto* form = new QFormLayout;
  auto* statisticLabel = new QLabel(tr("&Take the:"), this);
  statisticLabel->setBuddy(statistic_);
  form->addRow(statisticLabel, statistic_);
  auto* windowLabel = new QLabel(tr("&Of:"), this);
  windowLabel->setBuddy(window_);
  form->addRow(windowLabel, window_);

  table_ = new QTableWidget(this);
  table_->setObjectName(QStringLiteral("historyDrivers"));
  table_->setAccessibleName(tr("Drivers from history"));
  table_->setColumnCount(ColumnCount);
  table_->setHorizontalHeaderLabels({tr("Driver"), tr("Value"), tr("Now"), tr("History")});
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setWordWrap(false);
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setMinimumWidth(760);

  for (const std::string& key : driversOffered(history, *drivers))
    offers_.push_back({key, drivers->rowOf(key), std::nullopt});
  table_->setRowCount(static_cast<int>(offers_.size()));
  for (int row = 0; row < table_->rowCount(); ++row) {
    const Offer& offer = offers_[static_cast<std::size_t>(row)];
    auto* name = new QTableWidgetItem(drivers->captionOf(offer.row));
    name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    name->setCheckState(Qt::Checked);
    table_->setItem(row, DriverColumn, name);
    auto* now = new QTableWidgetItem(nowText(*drivers, offer.row));
    now->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table_->setItem(row, NowColumn, now);
  }

  auto* note = new QLabel(
      tr("Each checked driver becomes one constant for every projection year. Undo takes it "
         "back."),
      this);
  note->setWordWrap(true);
  auto* message = new QLabel(this);
  message->setWordWrap(true);
  message->hide();
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  QPushButton* use = buttons->addButton(tr("&Use as Drivers"), QDialogButtonBox::AcceptRole);
  use->setDefault(true);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(table_, 1);
  layout->addWidget(note);
  layout->addWidget(message);
  layout->addWidget(buttons);

  connect(statistic_, &QComboBox::currentIndexChanged, this, &HistoryDriversDialog::recompute);
  connect(window_, &QComboBox::currentIndexChanged, this, &HistoryDriversDialog::recompute);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(buttons, &QDialogButtonBox::accepted, this, [this, message] {
    const QString error = apply();
    if (error.isEmpty()) return accept();
    message->setText(error);
    showAsProblem(message, true);
    message->show();
  });
  recompute();
}

void HistoryDriversDialog::recompute() {
  const auto statistic = static_cast<HistoryStatistic>(statistic_->currentData().toInt());
  const int recent = window_->currentData().toInt();
  for (int row = 0; row < table_->rowCount(); ++row) {
    Offer& offer = offers_[static_cast<std::size_t>(row)];
    const DerivedHistory* ratio = history_.find(offer.driver);
    // The years the statistic reads: the most recent `recent` with a value.
    const YearMap used = recentHistory(ratio->values, recent);
    QStringList shown;
    for (const auto& entry : used)
      shown << formatFieldValue(entry.second, QString::fromLatin1(ratio->unit), QLocale(), 1);
    //: The values a statistic reads and their years: "6.4 %, 7.5 %, 5.2 % (2023–2025)".
    auto* years = new QTableWidgetItem(tr("%1 (%2–%3)")
                                           .arg(shown.join(QStringLiteral(", ")))
                                           .arg(used.begin()->first)
                                           .arg(used.rbegin()->first));
    table_->setItem(row, HistoryColumn, years);
    offer.value = historyStatistic(ratio->values, statistic, recent);
    auto* value = new QTableWidgetItem(
        offer.value ? formatFieldValue(*offer.value, QString::fromLatin1(ratio->unit), QLocale(), 2)
                    : QString());
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table_->setItem(row, ValueColumn, value);
  }
  table_->resizeColumnsToContents();
}

QString HistoryDriversDialog::apply() {
  std::vector<std::pair<int, double>> constants;
  for (int row = 0; row < table_->rowCount(); ++row) {
    const Offer& offer = offers_[static_cast<std::size_t>(row)];
    if (table_->item(row, DriverColumn)->checkState() == Qt::Checked && offer.value)
      constants.emplace_back(offer.row, *offer.value);
  }
  return drivers_->setConstants(constants, labels::plain(PlainChange::UseHistoryAsDrivers));
}

}  // namespace valor::ui

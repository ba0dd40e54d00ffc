#include "ui/actuals/actualspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/actuals/baseyear.h"
#include "core/models/registry.h"
#include "ui/actuals/actualsmodel.h"
#include "ui/actuals/historydriversdialog.h"
#include "ui/actuals/statementimportdialog.h"
#include "ui/common/problemcolour.h"
#include "ui/document/document.h"
#include "ui/editors/modelform.h"
#include "ui/editors/peryearmodel.h"
#include "ui/models/changelabel.h"
#include "ui/models/issuetext.h"
#include "ui/models/presentation.h"
#include "ui/results/moneydisplay.h"

namespace valor::ui {

ActualsPanel::ActualsPanel(Document* document, PerYearModel* drivers, QWidget* parent)
    : QWidget(parent), document_(document), drivers_(drivers) {
  title_ = new QLabel(this);
  title_->setWordWrap(true);
  model_ = new ActualsModel(document_, this);
  table_ = new QTableView(this);
  table_->setObjectName(QStringLiteral("actualsTable"));
  table_->setModel(model_);
  table_->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                          QAbstractItemView::EditKeyPressed);
  table_->setSelectionMode(QAbstractItemView::ContiguousSelection);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setMinimumSectionSize(80);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->setWordWrap(false);
  message_ = new QLabel(this);
  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  message_->hide();

  import_ = new QPushButton(this);
  fetch_ = new QPushButton(this);
  earlier_ = new QPushButton(this);
  useDrivers_ = new QPushButton(this);
  baseYear_ = new QPushButton(this);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(import_);
  buttons->addWidget(fetch_);
  buttons->addWidget(earlier_);
  buttons->addStretch(1);
  buttons->addWidget(useDrivers_);
  buttons->addWidget(baseYear_);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addLayout(buttons);
  layout->addWidget(table_, 1);
  layout->addWidget(message_);

  connect(import_, &QPushButton::clicked, this, &ActualsPanel::importStatement);
  connect(fetch_, &QPushButton::clicked, this, &ActualsPanel::fetchRequested);
  connect(earlier_, &QPushButton::clicked, this, [this] { model_->addEarlierYear(); });
  connect(useDrivers_, &QPushButton::clicked, this, &ActualsPanel::useHistoryAsDrivers);
  connect(baseYear_, &QPushButton::clicked, this, &ActualsPanel::makeBaseYear);
  connect(model_, &ActualsModel::editRefused, this,
          [this](const QString& text) { showMessage(text, true); });
  connect(model_, &QAbstractItemModel::modelReset, this, &ActualsPanel::refresh);
  retranslate();
}

void ActualsPanel::retranslate() {
  import_->setText(tr("&Import Statement…"));
  fetch_->setText(tr("Fetch from SEC EDGA&R…"));
  fetch_->setToolTip(tr("The annual figures of a company filing with the US SEC"));
  earlier_->setText(tr("Add Earlier &Year"));
  useDrivers_->setText(tr("Use History as &Drivers…"));
  table_->setAccessibleName(tr("Historical actuals"));
  refresh();
}

void ActualsPanel::refresh() {
  title_->setText(tr("Reported figures in %1, a column per fiscal year: type over a figure or "
                     "import a statement. The ratios under them are computed from the figures.")
                      .arg(enteredMoneyCaption(document_->scenario())));
  const ModelKind* kind = modelKindOf(document_->scenario());
  const bool hasBase = kind && !kind->baseFromActuals().yearField.empty();
  const std::optional<Year> last = model_->history().lastRevenueYear();
  baseYear_->setVisible(hasBase);
  baseYear_->setEnabled(last.has_value());
  baseYear_->setText(last ? tr("Make %1 the &Base Year").arg(*last)
                          : tr("Make the Last Actual Year the &Base Year"));
  baseYear_->setToolTip(
      tr("The model's base year becomes the last year with reported revenue, and its base "
         "figures that year's actuals."));
  useDrivers_->setVisible(drivers_ != nullptr);
  useDrivers_->setEnabled(
      drivers_ && !HistoryDriversDialog::driversOffered(model_->history(), *drivers_).empty());
}

void ActualsPanel::showMessage(const QString& text, bool problem) {
  message_->setText(text);
  showAsProblem(message_, problem);
  message_->setVisible(!text.isEmpty());
}

void ActualsPanel::importStatement() {
  StatementImportDialog dialog(document_, this);
  if (dialog.exec() == QDialog::Accepted) showMessage(QString(), false);
}

void ActualsPanel::useHistoryAsDrivers() {
  if (!drivers_) return;
  HistoryDriversDialog dialog(model_->history(), drivers_, this);
  if (dialog.exec() == QDialog::Accepted) showMessage(QString(), false);
}

void ActualsPanel::makeBaseYear() {
  const ScenarioDocument& doc = document_->scenario();
  auto change = baseYearFromActuals(doc);
  if (!change) return showMessage(errorText(change.error(), doc), true);
  const BaseYearFromActuals& c = change.value();
  const ModelPresentation* presentation = presentationOf(doc);
  const std::string prefix = modelKindOf(doc)->id() + ".";
  const auto caption = [&](const std::string& path) {
    return (presentation ? presentation->captionOfPath(prefix + path) : std::nullopt)
        .value_or(QString::fromStdString(path));
  };
  if (c.ops.empty())
    return showMessage(tr("%1 is already the base year, with its actuals.").arg(c.year), false);
  const QString error = document_->edit(c.ops, labels::baseYearFromActuals(c.year));
  if (!error.isEmpty()) return showMessage(error, true);

  QStringList set, kept, filled;
  for (const std::string& field : c.fieldsSet) set << caption(field);
  for (const std::string& field : c.kept) kept << caption(field);
  for (const auto& [field, year] : c.filled) filled << caption(field + "." + std::to_string(year));
  const QString separator = QStringLiteral(", ");
  QString text = tr("%1 is now the base year.").arg(c.year);
  if (!set.isEmpty())
    text += QLatin1Char(' ') + tr("From its actuals: %1.").arg(set.join(separator));
  if (!kept.isEmpty())
    text += QLatin1Char(' ') +
            tr("Kept as they were, with no %1 figure: %2.").arg(c.year).arg(kept.join(separator));
  if (!filled.isEmpty())
    text +=
        QLatin1Char(' ') +
        tr("New projection years take the nearest year's driver: %1.").arg(filled.join(separator));
  showMessage(text, false);
}

}  // namespace valor::ui

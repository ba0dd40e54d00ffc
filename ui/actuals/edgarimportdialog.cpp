#include "ui/actuals/edgarimportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

#include "core/common/clock.h"
#include "core/common/moneyunit.h"
#include "core/model/actualsschema.h"
#include "ui/actuals/actualsimportstep.h"
#include "ui/actuals/edgarclient.h"
#include "ui/common/problemcolour.h"
#include "ui/document/document.h"
#include "ui/editors/numberformat.h"
#include "ui/jobs/jobrunner.h"
#include "ui/models/presentation.h"
#include "ui/results/moneydisplay.h"
#include "ui/settings/settings.h"

namespace valor::ui {

QString cachedAgeText(std::int64_t ms) {
  const auto minutes = static_cast<int>(std::max<std::int64_t>(ms, 0) / 60'000);
  if (minutes < 1) return EdgarImportDialog::tr("less than a minute");
  if (minutes < 60) return EdgarImportDialog::tr("%n minute(s)", nullptr, minutes);
  if (minutes < 48 * 60) return EdgarImportDialog::tr("%n hour(s)", nullptr, minutes / 60);
  return EdgarImportDialog::tr("%n day(s)", nullptr, minutes / (24 * 60));
}

EdgarImportDialog::EdgarImportDialog(Document* document, Settings* settings, QWidget* parent)
    : QDialog(parent), document_(document), settings_(settings), runner_(new JobRunner(this)) {
  setWindowTitle(tr("Fetch Actuals from SEC EDGAR"));
  auto* intro = new QLabel(
      tr("The annual (10-K) figures of a company filing with the US SEC, from EDGAR's company "
         "facts. The SEC asks every client for a name and an e-mail address, sent with each "
         "request. Answers are kept on this machine for a day, so the figures are there "
         "offline too."),
      this);
  intro->setWordWrap(true);

  company_ = new QLineEdit(this);
  company_->setPlaceholderText(tr("Ticker (AAPL) or CIK (320193)"));
  company_->setAccessibleName(tr("Company"));
  years_ = new QSpinBox(this);
  years_->setRange(1, 30);
  years_->setValue(5);
  years_->setAccessibleName(tr("Fiscal years"));
  contact_ = new QLineEdit(this);
  contact_->setPlaceholderText(tr("Jane Doe jane@firm.com"));
  contact_->setAccessibleName(tr("Your name and e-mail address"));
  if (settings_) contact_->setText(settings_->secContact());
  offline_ = new QCheckBox(tr("Work &offline: this machine's copy only"), this);
  fetchButton_ = new QPushButton(tr("&Fetch"), this);
  fetchButton_->setDefault(true);

  auto* form = new QFormLayout;
  auto* companyLabel = new QLabel(tr("&Company:"), this);
  companyLabel->setBuddy(company_);
  auto* companyRow = new QHBoxLayout;
  companyRow->addWidget(company_, 1);
  companyRow->addWidget(fetchButton_);
  form->addRow(companyLabel, companyRow);
  auto* yearsLabel = new QLabel(tr("Fiscal &years:"), this);
  yearsLabel->setBuddy(years_);
  form->addRow(yearsLabel, years_);
  auto* contactLabel = new QLabel(tr("Your &name and e-mail:"), this);
  contactLabel->setBuddy(contact_);
  form->addRow(contactLabel, contact_);
  form->addRow(QString(), offline_);

  status_ = new QLabel(this);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  status_->setMinimumHeight(status_->fontMetrics().lineSpacing() * 3);
  status_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  table_ = new QTableWidget(this);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAccessibleName(tr("What will be imported"));
  table_->setMinimumSize(640, 260);
  table_->setWordWrap(false);

  buttons_ = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  importButton_ = buttons_->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
  importButton_->setEnabled(false);
  importButton_->setAutoDefault(false);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(form);
  layout->addWidget(table_, 1);
  layout->addWidget(status_);
  layout->addWidget(buttons_);
  setTabOrder(company_, fetchButton_);
  setTabOrder(fetchButton_, years_);
  setTabOrder(years_, contact_);
  setTabOrder(contact_, offline_);
  setTabOrder(offline_, table_);

  connect(fetchButton_, &QPushButton::clicked, this, &EdgarImportDialog::fetch);
  connect(company_, &QLineEdit::returnPressed, this, &EdgarImportDialog::fetch);
  connect(buttons_, &QDialogButtonBox::rejected, this, [this] {
    runner_->cancel();
    reject();
  });
  connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
    if (importFetched()) accept();
  });
  connect(runner_, &JobRunner::failed, this, [this](const QString& message) {
    fetchButton_->setEnabled(true);
    showStatus(message, true);
    emit fetchFinished();
  });
  connect(runner_, &JobRunner::cancelled, this, [this] { fetchButton_->setEnabled(true); });
  showStatus(tr("Give the company and press Fetch."), false);
  resize(900, 640);
}

bool EdgarImportDialog::fetching() const {
  return runner_->running();
}

void EdgarImportDialog::fetch() {
  if (runner_->running()) return;
  auto access = edgarAccess(contact_->text().trimmed());
  if (!access) {
    showStatus(QString::fromStdString(access.error().message), true);
    contact_->setFocus();
    return;
  }
  if (settings_) settings_->setSecContact(contact_->text().trimmed());
  fetched_.reset();
  table_->clear();
  table_->setRowCount(0);
  table_->setColumnCount(0);
  importButton_->setEnabled(false);
  fetchButton_->setEnabled(false);
  showStatus(offline_->isChecked() ? tr("Reading this machine's copy…") : tr("Asking SEC EDGAR…"),
             false);
  runner_->start([this, access = access.value(), company = company_->text().toStdString(),
                  years = years_->value(), offline = offline_->isChecked()](
                     std::stop_token stop, jobs::Progress&) -> std::function<void()> {
    auto fetched = fetchEdgarStatement(*access.client, access.endpoints, company, years, offline,
                                       [stop] { return stop.stop_requested(); });
    return [this, fetched = std::move(fetched)] { showFetched(fetched); };
  });
}

void EdgarImportDialog::showFetched(const Result<EdgarFetch>& fetched) {
  fetchButton_->setEnabled(true);
  if (!fetched) {
    showStatus(QString::fromStdString(fetched.error().message), true);
    emit fetchFinished();
    return;
  }
  fetched_ = fetched.value();
  const EdgarStatement& e = fetched_->statement;
  const Statement& statement = e.statement;

  // Figures as they will be imported: in the scenario's unit.
  const std::string* unitText = document_->scenario().root().text("unit");
  const double to = moneyUnitSize(unitText ? *unitText : "millions").value_or(1e6);
  std::set<Year> years;
  for (const StatementLine& line : statement.lines)
    for (const auto& entry : line.values) years.insert(entry.first);
  const std::vector<Year> columns(years.begin(), years.end());
  table_->setColumnCount(static_cast<int>(columns.size()) + 1);
  table_->setRowCount(static_cast<int>(statement.lines.size()));
  QStringList headers;
  for (Year y : columns) headers << QString::number(y);
  headers << tr("From");
  table_->setHorizontalHeaderLabels(headers);
  for (int row = 0; row < static_cast<int>(statement.lines.size()); ++row) {
    const StatementLine& line = statement.lines[static_cast<std::size_t>(row)];
    const ActualsLine* spec = findActualsLine(line.key);
    table_->setVerticalHeaderItem(row, new QTableWidgetItem(actualsLineCaption(line.key)));
    for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
      const auto value = line.values.find(columns[static_cast<std::size_t>(c)]);
      if (value == line.values.end()) continue;
      auto* item =
          new QTableWidgetItem(formatFieldValue(convertMoneyUnit(value->second, 1, to),
                                                QString::fromLatin1(spec ? spec->unit : "money")));
      item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      item->setToolTip(QString::fromStdString(line.source));
      table_->setItem(row, c, item);
    }
    // Every line names the company first: the column shows what differs, the tooltip all.
    std::string differs = line.source;
    if (const auto colon = differs.find("): "); colon != std::string::npos)
      differs = differs.substr(colon + 3);
    auto* from = new QTableWidgetItem(QString::fromStdString(differs));
    from->setToolTip(QString::fromStdString(line.source));
    table_->setItem(row, static_cast<int>(columns.size()), from);
  }
  table_->resizeColumnsToContents();

  const QString company =
      tr("%1 (CIK %2)").arg(QString::fromStdString(e.company.name)).arg(e.company.cik);
  QString text;
  if (!fetched_->fromCache)
    text = tr("%1: fetched from SEC EDGAR just now.").arg(company);
  else if (fetched_->staleBecause)
    text = tr("%1: SEC EDGAR could not be asked (%2), so this is this machine's copy, fetched %3 "
              "ago.")
               .arg(company, QString::fromStdString(fetched_->staleBecause->message),
                    cachedAgeText(systemClock()() - fetched_->fetchedMs));
  else
    text = tr("%1: this machine's copy, fetched %2 ago.")
               .arg(company, cachedAgeText(systemClock()() - fetched_->fetchedMs));
  text += QLatin1Char(' ') + tr("Figures in %1, converted from US dollars.")
                                 .arg(enteredMoneyCaption(document_->scenario()));
  if (!e.missingLines.empty()) {
    QStringList missing;
    for (const std::string& key : e.missingLines) missing << actualsLineCaption(key);
    text +=
        QLatin1Char(' ') + tr("Not in the filings: %1.").arg(missing.join(QStringLiteral(", ")));
  }
  showStatus(text, fetched_->staleBecause.has_value());
  importButton_->setEnabled(!statement.lines.empty());
  emit fetchFinished();
}

bool EdgarImportDialog::importFetched() {
  if (!fetched_) return false;
  const ImportOutcome outcome =
      importIntoActuals(this, windowTitle(), document_, fetched_->statement.statement,
                        "SEC EDGAR (" + fetched_->statement.company.name + ")");
  if (!outcome.changed) showStatus(outcome.message, outcome.problem);
  return outcome.changed;
}

void EdgarImportDialog::showStatus(const QString& text, bool problem) {
  status_->setText(text);
  showAsProblem(status_, problem);
}

}  // namespace valor::ui

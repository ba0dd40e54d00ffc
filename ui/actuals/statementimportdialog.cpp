#include "ui/actuals/statementimportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

#include "core/actuals/csvreader.h"
#include "core/actuals/xlsxreader.h"
#include "core/model/actualsschema.h"
#include "ui/actuals/actualsimportstep.h"
#include "ui/common/problemcolour.h"
#include "ui/document/document.h"
#include "ui/editors/numberformat.h"
#include "ui/models/presentation.h"
#include "ui/results/moneydisplay.h"

namespace valor::ui {

StatementImportDialog::StatementImportDialog(Document* document, QWidget* parent)
    : QDialog(parent), document_(document) {
  setWindowTitle(tr("Import Statement"));
  auto* intro = new QLabel(
      tr("A statement saved as CSV or an Excel workbook (.xlsx): a row per line item (Revenue, "
         "EBITDA, Net income …), a column per fiscal year. Rows are matched by their labels, in "
         "English or German."),
      this);
  intro->setWordWrap(true);

  path_ = new QLineEdit(this);
  path_->setAccessibleName(tr("Statement file"));
  auto* browse = new QPushButton(tr("&Browse…"), this);
  auto* fileRow = new QHBoxLayout;
  fileRow->addWidget(path_, 1);
  fileRow->addWidget(browse);

  unit_ = new QComboBox(this);
  unit_->addItem(tr("As the file states"), QString());
  unit_->addItem(tr("Units"), QStringLiteral("units"));
  unit_->addItem(tr("Thousands"), QStringLiteral("thousands"));
  unit_->addItem(tr("Millions"), QStringLiteral("millions"));
  unit_->addItem(tr("Billions"), QStringLiteral("billions"));
  decimalComma_ = new QCheckBox(tr("&Decimal comma (1.234,5)"), this);
  sheet_ = new QComboBox(this);
  sheet_->setObjectName(QStringLiteral("statementSheet"));

  auto* form = new QFormLayout;
  auto* fileLabel = new QLabel(tr("&File:"), this);
  fileLabel->setBuddy(path_);
  form->addRow(fileLabel, fileRow);
  sheetLabel_ = new QLabel(tr("&Sheet:"), this);
  sheetLabel_->setBuddy(sheet_);
  form->addRow(sheetLabel_, sheet_);
  sheet_->hide();
  sheetLabel_->hide();
  auto* unitLabel = new QLabel(tr("Figures i&n:"), this);
  unitLabel->setBuddy(unit_);
  form->addRow(unitLabel, unit_);
  form->addRow(QString(), decimalComma_);
  yearStrip_ = new QWidget(this);
  new QHBoxLayout(yearStrip_);
  yearStrip_->layout()->setContentsMargins(0, 0, 0, 0);
  yearsLabel_ = new QLabel(tr("Column years:"), this);
  yearsLabel_->setToolTip(
      tr("The fiscal year each column holds, as the file heads it unless chosen here"));
  form->addRow(yearsLabel_, yearStrip_);
  yearStrip_->hide();
  yearsLabel_->hide();

  table_ = new QTableWidget(this);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAccessibleName(tr("What will be imported"));
  table_->setMinimumSize(640, 260);
  summary_ = new QLabel(this);
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  buttons_ = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  importButton_ = buttons_->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
  importButton_->setEnabled(false);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(form);
  layout->addWidget(table_, 1);
  auto* mappingRow = new QHBoxLayout;
  auto* mappingNote = new QLabel(
      tr("A row's line can be chosen by hand; the choices can be saved as a mapping for the "
         "next statement (and valor-cli import-actuals --mapping)."),
      this);
  mappingNote->setWordWrap(true);
  auto* loadMapping = new QPushButton(tr("&Load Mapping…"), this);
  auto* saveMapping = new QPushButton(tr("Sa&ve Mapping…"), this);
  mappingRow->addWidget(mappingNote, 1);
  mappingRow->addWidget(loadMapping);
  mappingRow->addWidget(saveMapping);
  layout->addLayout(mappingRow);
  connect(loadMapping, &QPushButton::clicked, this, &StatementImportDialog::loadMapping);
  connect(saveMapping, &QPushButton::clicked, this, &StatementImportDialog::saveMapping);
  layout->addWidget(summary_);
  layout->addWidget(buttons_);

  connect(browse, &QPushButton::clicked, this, &StatementImportDialog::browse);
  connect(path_, &QLineEdit::editingFinished, this, [this] {
    if (path_->text() != loadedPath_) setFile(path_->text());
  });
  connect(unit_, &QComboBox::currentIndexChanged, this, &StatementImportDialog::preview);
  connect(decimalComma_, &QCheckBox::toggled, this, &StatementImportDialog::preview);
  connect(sheet_, &QComboBox::activated, this, &StatementImportDialog::preview);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
    if (importStatement()) accept();
  });
  preview();
}

void StatementImportDialog::setFile(const QString& path) {
  path_->setText(path);
  loadedPath_ = path;
  sheet_->clear();  // a new file: its own sheets, the first chosen
  yearsAs_.clear();
  preview();
}

void StatementImportDialog::browse() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Import Statement"), QFileInfo(path_->text()).path(),
                                   tr("Statements (*.csv *.xlsx *.txt);;All files (*)"));
  if (!path.isEmpty()) setFile(path);
}

void StatementImportDialog::preview() {
  statement_.reset();
  table_->clear();
  table_->setRowCount(0);
  table_->setColumnCount(0);
  importButton_->setEnabled(false);
  const auto refuse = [this](const QString& message) {
    summary_->setText(message);
    showAsProblem(summary_, true);
  };
  const QString path = path_->text().trimmed();
  if (path.isEmpty()) {
    summary_->setText(tr("Choose a file to see what it holds."));
    showAsProblem(summary_, false);
    return;
  }
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return refuse(tr("Cannot read %1: %2").arg(path, file.errorString()));
  if (file.size() > static_cast<qint64>(kMaxWorkbookBytes))
    return refuse(tr("%1 is larger than a statement can be.").arg(path));
  const QByteArray read = file.readAll();
  const std::string_view bytes(read.constData(), static_cast<std::size_t>(read.size()));
  StatementOptions options;
  const bool workbook = looksLikeXlsx(bytes);
  sheet_->setVisible(workbook);
  sheetLabel_->setVisible(workbook);
  if (workbook && sheet_->count() == 0) {
    auto names = xlsxSheetNames(bytes);
    if (!names) return refuse(QString::fromStdString(names.error().message));
    for (const std::string& name : names.value()) sheet_->addItem(QString::fromStdString(name));
  }
  if (workbook) options.sheet = sheet_->currentText().toStdString();
  auto rows = workbook ? readXlsxSheet(bytes, options.sheet) : readCsv(bytes);
  if (!rows) return refuse(QString::fromStdString(rows.error().message));
  const QString unit = unit_->currentData().toString();
  if (!unit.isEmpty()) options.unit = unit.toStdString();
  options.decimalComma = decimalComma_->isChecked();
  options.labelLines = mapping_;
  options.yearsAs = yearsAs_;
  options.fileName = QFileInfo(path).fileName().toStdString();
  fileName_ = options.fileName;
  auto statement = readStatement(rows.value(), options);
  if (!statement) {
    // No row is a known line: offer the rows with figures to be mapped by hand.
    if (statement.error().code == "statement.no_lines" && !statement.error().issues.empty()) {
      Statement unmapped;
      for (const Issue& row : statement.error().issues)
        unmapped.unknownLabels.push_back(row.message);
      showPreview(unmapped);
      importButton_->setEnabled(false);
    }
    return refuse(QString::fromStdString(statement.error().message));
  }
  statement_ = std::move(statement).value();
  showPreview(*statement_);
}

void StatementImportDialog::showYearChoices(const std::vector<Year>& headings) {
  QLayout* strip = yearStrip_->layout();
  while (QLayoutItem* item = strip->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  for (Year heading : headings) {
    auto* box = new QComboBox(yearStrip_);
    //: The column of a statement whose heading names a year: "Year of the column headed 2024".
    box->setAccessibleName(tr("Year of the column headed %1").arg(heading));
    box->addItem(tr("Not imported"));
    for (Year y = heading - 2; y <= heading + 2; ++y)
      box->addItem(y == heading ? tr("%1 (as headed)").arg(y) : QString::number(y), y);
    const auto as = yearsAs_.find(heading);
    const Year shown = as == yearsAs_.end() ? heading : as->second.value_or(0);
    const int index = box->findData(shown);
    box->setCurrentIndex(index < 0 ? 0 : index);
    connect(box, &QComboBox::activated, this, [this, box, heading] {
      const QVariant year = box->currentData();
      if (year.isValid() && year.toInt() == heading)
        yearsAs_.erase(heading);
      else
        yearsAs_[heading] = year.isValid() ? std::optional<Year>(year.toInt()) : std::nullopt;
      // Rebuilt after this handler returns: the preview replaces this very box.
      QMetaObject::invokeMethod(this, &StatementImportDialog::preview, Qt::QueuedConnection);
    });
    strip->addWidget(box);
  }
  static_cast<QHBoxLayout*>(strip)->addStretch(1);
  yearStrip_->setVisible(!headings.empty());
  yearsLabel_->setVisible(!headings.empty());
}

void StatementImportDialog::showPreview(const Statement& statement) {
  showYearChoices(statement.headingYears);
  std::set<Year> years;
  for (const StatementLine& line : statement.lines)
    for (const auto& entry : line.values) years.insert(entry.first);
  const std::vector<Year> columns(years.begin(), years.end());
  // Rows: the lines read, then the rows with figures whose label is no line, to map by hand.
  const int lines = static_cast<int>(statement.lines.size());
  const int unknown = static_cast<int>(statement.unknownLabels.size());
  const int figuresFrom = 1;
  const int fromColumn = figuresFrom + static_cast<int>(columns.size());
  table_->setColumnCount(fromColumn + 1);
  table_->setRowCount(lines + unknown);
  QStringList headers{tr("Line")};
  for (Year y : columns) headers << QString::number(y);
  headers << tr("From");
  table_->setHorizontalHeaderLabels(headers);
  for (int row = 0; row < lines + unknown; ++row) {
    const bool read = row < lines;
    const StatementLine* line = read ? &statement.lines[static_cast<std::size_t>(row)] : nullptr;
    const std::string label =
        read ? line->label : statement.unknownLabels[static_cast<std::size_t>(row - lines)];
    table_->setVerticalHeaderItem(row, new QTableWidgetItem(QString::fromStdString(label)));
    table_->setCellWidget(row, 0, lineChoice(label, read ? line->key : std::string()));
    if (!read) {
      table_->setItem(row, fromColumn, new QTableWidgetItem(tr("not imported")));
      continue;
    }
    const ActualsLine* spec = findActualsLine(line->key);
    const QString lineUnit = QString::fromLatin1(spec ? spec->unit : "money");
    for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
      auto value = line->values.find(columns[static_cast<std::size_t>(c)]);
      if (value == line->values.end()) continue;
      auto* item = new QTableWidgetItem(formatFieldValue(value->second, lineUnit));
      item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      table_->setItem(row, figuresFrom + c, item);
    }
    table_->setItem(row, fromColumn, new QTableWidgetItem(QString::fromStdString(line->source)));
  }
  table_->resizeColumnsToContents();

  // The file's unit in words of the reader's language.
  QString unitWord = QString::fromStdString(statement.unit);
  if (statement.unit == "units") unitWord = tr("units");
  if (statement.unit == "thousands") unitWord = tr("thousands");
  if (statement.unit == "millions") unitWord = tr("millions");
  if (statement.unit == "billions") unitWord = tr("billions");
  QString text = tr("%n line(s), figures in %1 as the file gives them; imported in %2.", nullptr,
                    static_cast<int>(statement.lines.size()))
                     .arg(unitWord, enteredMoneyCaption(document_->scenario()));
  if (!statement.skippedLabels.empty()) {
    QStringList skipped;
    for (const std::string& label : statement.skippedLabels)
      skipped << QString::fromStdString(label);
    text += QLatin1Char(' ') + tr("Not imported, not a line the scenario keeps: %1.")
                                   .arg(skipped.join(QStringLiteral(", ")));
  }
  summary_->setText(text);
  showAsProblem(summary_, false);
  importButton_->setEnabled(true);
}

QComboBox* StatementImportDialog::lineChoice(const std::string& label, const std::string& key) {
  auto* box = new QComboBox(table_);
  box->setAccessibleName(tr("Line of “%1”").arg(QString::fromStdString(label)));
  box->addItem(tr("Not imported"), QString());
  for (const ActualsLine& line : actualsLines())
    box->addItem(actualsLineCaption(line.key), QString::fromLatin1(line.key));
  box->setCurrentIndex(std::max(0, box->findData(QString::fromStdString(key))));
  connect(box, &QComboBox::activated, this, [this, box, label] {
    mapping_[label] = box->currentData().toString().toStdString();
    // Rebuilt after this handler returns: the preview replaces this very box.
    QMetaObject::invokeMethod(this, &StatementImportDialog::preview, Qt::QueuedConnection);
  });
  return box;
}

void StatementImportDialog::saveMapping() {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Save Mapping"), QString(), tr("Mappings (*.json)"));
  if (path.isEmpty()) return;
  QSaveFile file(path);
  const std::string json = statementMappingJson(mapping_);
  if (!file.open(QIODevice::WriteOnly) ||
      file.write(json.data(), static_cast<qint64>(json.size())) < 0 || !file.commit()) {
    summary_->setText(tr("Cannot save %1: %2").arg(path, file.errorString()));
    showAsProblem(summary_, true);
  }
}

void StatementImportDialog::loadMapping() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Load Mapping"), QString(), tr("Mappings (*.json)"));
  if (!path.isEmpty()) setMappingFile(path);
}

bool StatementImportDialog::setMappingFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
    summary_->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
    showAsProblem(summary_, true);
    return false;
  }
  const QByteArray text = file.readAll();
  auto mapping = readStatementMapping(
      std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
  if (!mapping) {
    summary_->setText(QString::fromStdString(mapping.error().message));
    showAsProblem(summary_, true);
    return false;
  }
  mapping_ = std::move(mapping).value();
  preview();
  return true;
}

bool StatementImportDialog::importStatement() {
  if (!statement_) return false;
  const ImportOutcome outcome =
      importIntoActuals(this, tr("Import Statement"), document_, *statement_, fileName_);
  if (!outcome.changed) {
    summary_->setText(outcome.message);
    showAsProblem(summary_, outcome.problem);
  }
  return outcome.changed;
}

}  // namespace valor::ui

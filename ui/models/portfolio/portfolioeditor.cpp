#include "ui/models/portfolio/portfolioeditor.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include "core/models/evaluation.h"
#include "core/models/portfolio/portfoliobinding.h"
#include "core/models/portfolio/portfolioimport.h"
#include "core/models/portfolio/portfolioschema.h"
#include "core/ops/mutation.h"
#include "ui/common/messagebox.h"
#include "ui/document/document.h"
#include "ui/editors/modelform.h"
#include "ui/models/portfolio/portfoliopresentation.h"
#include "ui/models/portfolio/portfolioresults.h"

namespace valor::ui {

PortfolioEditor::PortfolioEditor(Document* document, QWidget* parent)
    : ModelView(document, portfolioPresentation(), parent) {
  build();
}

QWidget* PortfolioEditor::createResults() {
  results_ = new PortfolioResults(presentation(), this);
  return results_;
}

void PortfolioEditor::showResults(const Evaluation& evaluation) {
  results_->showEvaluation(document()->scenario(), evaluation);
  const PortfolioEvaluation* portfolio = evaluation.detail<PortfolioEvaluation>();
  const PortfolioInputs* in = portfolio ? &portfolio->binding.resolved : nullptr;
  historyReturns_ =
      in && !in->assetNames.empty() ? in->historyReturns.size() / in->assetNames.size() : 0;
  const Entity* block = document()->scenario().child(document()->scenario().root(), "portfolio");
  const std::string* history = block ? block->text("history.data") : nullptr;
  historyGiven_ = history && !history->empty();
  shrinkage_.reset();
  if (in && !in->typedCovariance && in->estimator == CovarianceEstimator::LedoitWolf &&
      !in->estimatedCovariance.empty())
    shrinkage_ = in->shrinkage;
  showHistoryStatus();
}

void PortfolioEditor::setResultsDecimals(int decimals) {
  results_->setDecimals(decimals);
}

void PortfolioEditor::extendForm(ModelForm* form) {
  ModelView::extendForm(form);
  QGridLayout* group = form->groupLayout(portfolioHistoryGroup());
  if (!group) return;
  auto* row = new QWidget(group->parentWidget());
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  status_ = new QLabel(row);
  status_->setObjectName(QStringLiteral("historyStatus"));
  status_->setTextFormat(Qt::PlainText);
  status_->setWordWrap(true);
  import_ = new QPushButton(row);
  import_->setObjectName(QStringLiteral("importHistory"));
  clear_ = new QPushButton(row);
  clear_->setObjectName(QStringLiteral("clearHistory"));
  layout->addWidget(status_, 1);
  layout->addWidget(import_);
  layout->addWidget(clear_);
  group->addWidget(row, group->rowCount(), 0, 1, group->columnCount());
  connect(import_, &QPushButton::clicked, this, [this] { chooseHistoryFile(); });
  connect(clear_, &QPushButton::clicked, this, [this] { clearHistory(); });
  if (QGridLayout* pairs = form->groupLayout(portfolioCorrelationsGroup())) {
    importMatrix_ = new QPushButton(pairs->parentWidget());
    importMatrix_->setObjectName(QStringLiteral("importMatrix"));
    pairs->addWidget(importMatrix_, pairs->rowCount(), 0, 1, pairs->columnCount(), Qt::AlignLeft);
    connect(importMatrix_, &QPushButton::clicked, this, [this] { chooseMatrixFile(); });
  }
}

void PortfolioEditor::retranslate() {
  ModelView::retranslate();
  if (!import_) return;
  import_->setText(tr("&Import History…"));
  import_->setToolTip(
      tr("Reads a CSV file of prices or returns — a header row \"date, asset names…\", then one "
         "row per period, oldest first — into the scenario."));
  import_->setAccessibleName(tr("Import a price or return history"));
  clear_->setText(tr("Clear History"));
  if (importMatrix_) {
    importMatrix_->setText(tr("Import &Matrix…"));
    importMatrix_->setToolTip(
        tr("Reads a correlation or covariance matrix from a CSV file: a header row of asset "
           "names, then a row per asset with its name first. A covariance matrix also sets the "
           "volatilities. It replaces the correlations listed."));
    importMatrix_->setAccessibleName(tr("Import a correlation or covariance matrix"));
  }
  clear_->setAccessibleName(tr("Clear the history"));
  showHistoryStatus();
}

void PortfolioEditor::showHistoryStatus() {
  if (!status_) return;
  clear_->setEnabled(historyGiven_);
  if (!historyGiven_)
    status_->setText(tr("No history: the risk uses the typed assumptions only."));
  else if (historyReturns_ == 0)
    status_->setText(tr("History given, not usable yet (see the issues)."));
  else if (!shrinkage_)
    status_->setText(tr("History: %1 returns of each asset.")
                         .arg(QLocale().toString(static_cast<qulonglong>(historyReturns_))));
  else
    //: Ledoit–Wolf's shrinkage intensity δ*: 0 keeps the sample covariance, 1 is the target.
    status_->setText(tr("History: %1 returns of each asset; Ledoit–Wolf shrinkage intensity %2.")
                         .arg(QLocale().toString(static_cast<qulonglong>(historyReturns_)),
                              QLocale().toString(*shrinkage_, 'f', 3)));
}

void PortfolioEditor::chooseHistoryFile() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Import History"), QString(),
                                                    tr("CSV files (*.csv *.txt);;All files (*)"));
  if (!path.isEmpty()) importHistory(path);
}

QString PortfolioEditor::importHistory(const QString& path) {
  return importFile(path, tr("Import History"),
                    [&](const std::string& text, const std::string& name) {
                      auto read = importPortfolioHistory(document()->scenario(), text, name);
                      if (!read) return Result<std::pair<std::vector<Op>, LabelCode>>(read.error());
                      return Result<std::pair<std::vector<Op>, LabelCode>>(
                          std::pair{std::move(read.value().ops), read.value().label});
                    });
}

QString PortfolioEditor::importMatrix(const QString& path) {
  return importFile(
      path, tr("Import Matrix"), [&](const std::string& text, const std::string& name) {
        const IdGenerator ids = [this] { return document()->workspace().options().newId(); };
        auto read = importPortfolioMatrix(document()->scenario(), text, name, ids);
        if (!read) return Result<std::pair<std::vector<Op>, LabelCode>>(read.error());
        return Result<std::pair<std::vector<Op>, LabelCode>>(
            std::pair{std::move(read.value().ops), read.value().label});
      });
}

QString PortfolioEditor::importFile(const QString& path, const QString& title,
                                    const ImportReader& readInto) {
  const auto fail = [&](const QString& message) {
    messages::warning(this, title, message);
    return message;
  };
  QFile file(path);
  if (file.size() > static_cast<qint64>(kMaxPortfolioHistoryChars))
    return fail(tr("%1 is larger than a history may be (4 MB).").arg(QFileInfo(path).fileName()));
  if (!file.open(QIODevice::ReadOnly))
    return fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
  auto read = readInto(file.readAll().toStdString(), QFileInfo(path).fileName().toStdString());
  if (!read) return fail(QString::fromStdString(read.error().message));
  const QString error = document()->edit(std::move(read.value().first), read.value().second);
  if (!error.isEmpty()) return fail(error);
  return {};
}

void PortfolioEditor::chooseMatrixFile() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Import Matrix"), QString(),
                                                    tr("CSV files (*.csv *.txt);;All files (*)"));
  if (!path.isEmpty()) importMatrix(path);
}

void PortfolioEditor::clearHistory() {
  const ScenarioDocument& doc = document()->scenario();
  const Entity* block = doc.child(doc.root(), "portfolio");
  if (!block || !block->text("history.data")) return;
  const QString error = document()->edit({setFieldOp(doc, block->id, "history.data", std::nullopt)},
                                         LabelCode{"clear_portfolio_history", {}});
  if (!error.isEmpty()) messages::warning(this, tr("Clear History"), error);
}

}  // namespace valor::ui

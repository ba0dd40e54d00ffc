#include "ui/models/dcf/dcfeditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/analytics/analyticspanel.h"
#include "ui/editors/choicebox.h"
#include "ui/editors/fieldedit.h"
#include "ui/editors/optionsmodel.h"
#include "ui/editors/peryearmodel.h"
#include "ui/editors/peryearview.h"
#include "core/model/schema.h"
#include "core/models/dcf/dcfbinding.h"
#include "core/models/dcf/dcfkind.h"
#include "ui/results/resultspanel.h"

namespace valor::ui {
namespace {

constexpr int kNumber = static_cast<int>(FieldEdit::Kind::Number);
constexpr int kInteger = static_cast<int>(FieldEdit::Kind::Integer);
constexpr int kText = static_cast<int>(FieldEdit::Kind::Text);
constexpr int kDate = static_cast<int>(FieldEdit::Kind::Date);

const QString kRate = QStringLiteral("rate");
const QString kMoney = QStringLiteral("money");
const QString kPlain;

QLabel* messageLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  label->setStyleSheet(QStringLiteral("color: #c62828;"));
  label->setVisible(false);
  return label;
}

}  // namespace

DcfEditor::DcfEditor(Document* document, QWidget* parent)
    : ScenarioView(parent), document_(document) {
  auto* formScroll = new QScrollArea(this);
  formScroll->setWidgetResizable(true);
  QWidget* form = buildForm();
  formScroll->setWidget(form);
  // Wide enough for the longest caption and a readable field; it scrolls sideways only when
  // the window is very narrow.
  formScroll->setMinimumWidth(400);

  results_ = new ResultsPanel(this);

  auto* top = new QSplitter(Qt::Horizontal, this);
  top->addWidget(formScroll);
  top->addWidget(results_);
  top->setStretchFactor(0, 2);
  top->setStretchFactor(1, 5);
  top->setSizes({400, 900});

  auto* gridBox = new QWidget(this);
  auto* gridLayout = new QVBoxLayout(gridBox);
  gridLayout->setContentsMargins(0, 0, 0, 0);
  gridTitle_ = new QLabel(gridBox);
  gridTitle_->setWordWrap(true);
  gridModel_ = new PerYearModel(document_, this);
  grid_ = new PerYearView(gridBox);
  grid_->setPerYearModel(gridModel_);
  grid_->setObjectName(QStringLiteral("perYearGrid"));
  gridMessage_ = messageLabel(gridBox);
  gridLayout->addWidget(gridTitle_);
  gridLayout->addWidget(grid_);
  gridLayout->addWidget(gridMessage_);
  connect(gridModel_, &PerYearModel::editRefused, this, [this](const QString& message) {
    gridMessage_->setText(message);
    gridMessage_->setVisible(true);
  });

  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(top);
  split->addWidget(gridBox);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 1);

  analytics_ = new AnalyticsPanel(document_, this);
  pages_ = new QTabWidget(this);
  pages_->setDocumentMode(true);
  pages_->addTab(split, QString());
  pages_->addTab(analytics_, QString());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(pages_);

  connect(document_, &Document::changed, this, &DcfEditor::refreshFromDocument);
  for (FieldEdit* f : fields_) {
    connect(f, &FieldEdit::previewRequested, this, [this](const Op& op) {
      results_->showEvaluation(document_->scenario(), dcfEvaluationOf(document_->preview(op)));
    });
    connect(f, &FieldEdit::previewEnded, this,
            [this] { results_->showEvaluation(document_->scenario(), dcfEvaluationOf(document_->evaluation())); });
  }
  retranslate();
  refreshFromDocument({});
}

QWidget* DcfEditor::buildForm() {
  auto* form = new QWidget(this);
  auto* layout = new QVBoxLayout(form);
  const ScenarioDocument& doc = document_->scenario();
  const Entity& root = doc.root();
  const Entity* dcf = document_->modelBlock();

  auto attach = [&](const char* title) {
    addGroup(title);
    layout->addWidget(groups_.back().box);
  };
  attach(QT_TR_NOOP("Scenario"));
  addField(root, "name", QT_TR_NOOP("Name"), kText, kPlain);
  addField(root, "currency", QT_TR_NOOP("Currency"), kText, kPlain);
  addChoice(root, "unit", QT_TR_NOOP("Unit"),
            {{"units", QT_TR_NOOP("units")},
             {"thousands", QT_TR_NOOP("thousands")},
             {"millions", QT_TR_NOOP("millions")},
             {"billions", QT_TR_NOOP("billions")}});
  if (dcf) {
    attach(QT_TR_NOOP("Timing"));
    addField(*dcf, "base_year", QT_TR_NOOP("Base year"), kInteger, kPlain);
    addField(*dcf, "years", QT_TR_NOOP("Projection years"), kInteger, kPlain);
    addField(*dcf, "fiscal_year_end", QT_TR_NOOP("Fiscal year end (MM-DD)"), kText, kPlain);
    addField(*dcf, "valuation_date", QT_TR_NOOP("Valuation date"), kDate, kPlain);

    attach(QT_TR_NOOP("Revenue and reinvestment"));
    addField(*dcf, "base.revenue", QT_TR_NOOP("Base-year revenue"), kNumber, kMoney);
    addField(*dcf, "base.nwc", QT_TR_NOOP("Base-year NWC"), kNumber, kMoney);
    addChoice(*dcf, "reinvestment", QT_TR_NOOP("Reinvestment"),
              {{"percent_of_revenue", QT_TR_NOOP("Capex, D&A, NWC as % of revenue")},
               {"sales_to_capital", QT_TR_NOOP("Sales-to-capital ratio")}});

    attach(QT_TR_NOOP("Discount rate"));
    addChoice(*dcf, "discount_rate.method", QT_TR_NOOP("Method"),
              {{"direct", QT_TR_NOOP("WACC given")}, {"build_up", QT_TR_NOOP("Build-up (CAPM)")}});
    addField(*dcf, "discount_rate.wacc", QT_TR_NOOP("WACC"), kNumber, kRate);
    addField(*dcf, "discount_rate.risk_free_rate", QT_TR_NOOP("Risk-free rate"), kNumber, kRate);
    addField(*dcf, "discount_rate.equity_risk_premium", QT_TR_NOOP("Equity risk premium"), kNumber,
             kRate);
    addField(*dcf, "discount_rate.country_risk_premium", QT_TR_NOOP("Country risk premium"),
             kNumber, kRate);
    addChoice(*dcf, "discount_rate.beta_type", QT_TR_NOOP("Beta type"),
              {{"levered", QT_TR_NOOP("levered")},
               {"unlevered", QT_TR_NOOP("unlevered (relevered at target D/E)")}});
    addField(*dcf, "discount_rate.beta", QT_TR_NOOP("Beta"), kNumber, kPlain);
    addField(*dcf, "discount_rate.debt_beta", QT_TR_NOOP("Debt beta"), kNumber, kPlain);
    addField(*dcf, "discount_rate.target_debt_to_equity", QT_TR_NOOP("Target D/E"), kNumber,
             kPlain);
    addField(*dcf, "discount_rate.pre_tax_cost_of_debt", QT_TR_NOOP("Pre-tax cost of debt"),
             kNumber, kRate);
    addField(*dcf, "discount_rate.marginal_tax_rate", QT_TR_NOOP("Marginal tax rate"), kNumber,
             kRate);

    attach(QT_TR_NOOP("Terminal value"));
    addChoice(
        *dcf, "terminal_value.method", QT_TR_NOOP("Method"),
        {{"gordon", QT_TR_NOOP("Gordon growth")}, {"exit_multiple", QT_TR_NOOP("Exit multiple")}});
    addField(*dcf, "terminal_value.growth", QT_TR_NOOP("Terminal growth"), kNumber, kRate);
    addChoice(*dcf, "terminal_value.metric", QT_TR_NOOP("Multiple of"),
              {{"ev_ebitda", QT_TR_NOOP("EV/EBITDA")}, {"ev_ebit", QT_TR_NOOP("EV/EBIT")}});
    addField(*dcf, "terminal_value.multiple", QT_TR_NOOP("Exit multiple"), kNumber, kPlain);

    attach(QT_TR_NOOP("Conventions"));
    addChoice(*dcf, "conventions.discounting", QT_TR_NOOP("Discounting"),
              {{"end_of_year", QT_TR_NOOP("End of year")}, {"mid_year", QT_TR_NOOP("Mid-year")}});
    addChoice(*dcf, "conventions.terminal_timing", QT_TR_NOOP("Gordon value under mid-year"),
              {{"consistent", QT_TR_NOOP("Half a year before the end of year N (consistent)")},
               {"end_of_final_year", QT_TR_NOOP("At the end of year N")}});

    attach(QT_TR_NOOP("Equity bridge"));
    addField(*dcf, "equity_bridge.cash", QT_TR_NOOP("Cash"), kNumber, kMoney);
    addField(*dcf, "equity_bridge.debt", QT_TR_NOOP("Debt"), kNumber, kMoney);
    addField(*dcf, "equity_bridge.preferred", QT_TR_NOOP("Preferred equity"), kNumber, kMoney);
    addField(*dcf, "equity_bridge.minority_interest", QT_TR_NOOP("Minority interest"), kNumber,
             kMoney);
    addField(*dcf, "equity_bridge.non_operating_assets", QT_TR_NOOP("Non-operating assets"),
             kNumber, kMoney);
    addField(*dcf, "equity_bridge.basic_shares", QT_TR_NOOP("Basic shares"), kNumber, kPlain);
    addOptionsTable();
  }
  layout->addStretch(1);
  return form;
}

void DcfEditor::addGroup(const char* title) {
  // A grid rather than a QFormLayout: Qt 6.4's QFormLayout writes out of bounds when rows with
  // word-wrapped messages are hidden and shown (seen under valgrind).
  auto* box = new QGroupBox(this);
  auto* grid = new QGridLayout(box);
  grid->setColumnStretch(1, 1);
  groups_.push_back({title, box, grid});
}

void DcfEditor::addField(const Entity& entity, const std::string& field, const char* caption,
                         int kind, const QString& unit) {
  Group& group = groups_.back();
  auto* container = new QWidget(group.box);
  auto* column = new QVBoxLayout(container);
  column->setContentsMargins(0, 0, 0, 0);
  column->setSpacing(2);
  auto* edit = new FieldEdit(document_, entity.id, field, static_cast<FieldEdit::Kind>(kind), unit,
                             container);
  auto* message = messageLabel(container);
  edit->setMessageLabel(message);
  column->addWidget(edit);
  column->addWidget(message);
  auto* label = new QLabel(group.box);
  label->setBuddy(edit);
  const int row = group.form->rowCount();
  group.form->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignTop);
  group.form->addWidget(container, row, 1);
  fields_.push_back(edit);
  rows_.push_back({edit->path(), caption, edit, label, message, container});
}

void DcfEditor::addChoice(const Entity& entity, const std::string& field, const char* caption,
                          std::vector<std::pair<std::string, const char*>> choices) {
  Group& group = groups_.back();
  std::vector<std::pair<std::string, QString>> items;
  std::vector<const char*> sources;
  for (const auto& [value, text] : choices) {
    items.emplace_back(value, tr(text));
    sources.push_back(text);
  }
  auto* box = new ChoiceBox(document_, entity.id, field, std::move(items), group.box);
  auto* label = new QLabel(group.box);
  label->setBuddy(box);
  const int row = group.form->rowCount();
  group.form->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignVCenter);
  group.form->addWidget(box, row, 1);
  const std::string prefix = entityPath(document_->scenario(), entity);
  rows_.push_back({QString::fromStdString((prefix.empty() ? "" : prefix + ".") + field), caption,
                   box, label, nullptr, box});
  choices_.emplace_back(box, std::move(sources));
}

// Options and warrants under the bridge fields: diluted by the treasury stock method.
void DcfEditor::addOptionsTable() {
  Group& group = groups_.back();
  optionsModel_ = new OptionsModel(document_, this);
  optionsView_ = new QTableView(group.box);
  optionsView_->setObjectName(QStringLiteral("optionsTable"));
  optionsView_->setModel(optionsModel_);
  optionsView_->horizontalHeader()->setSectionResizeMode(OptionsModel::LabelColumn,
                                                         QHeaderView::Stretch);
  optionsView_->verticalHeader()->hide();
  optionsView_->setMaximumHeight(130);
  addOptionButton_ = new QPushButton(group.box);
  removeOptionButton_ = new QPushButton(group.box);
  optionsMessage_ = messageLabel(group.box);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(addOptionButton_);
  buttons->addWidget(removeOptionButton_);
  buttons->addStretch(1);
  optionsTitle_ = new QLabel(group.box);
  optionsTitle_->setWordWrap(true);
  const int row = group.form->rowCount();
  group.form->addWidget(optionsTitle_, row, 0, 1, 2);
  group.form->addWidget(optionsView_, row + 1, 0, 1, 2);
  group.form->addLayout(buttons, row + 2, 0, 1, 2);
  group.form->addWidget(optionsMessage_, row + 3, 0, 1, 2);
  connect(addOptionButton_, &QPushButton::clicked, this, [this] {
    if (optionsModel_->addTranche().isEmpty())
      optionsView_->edit(
          optionsModel_->index(optionsModel_->rowCount() - 1, OptionsModel::CountColumn));
  });
  connect(removeOptionButton_, &QPushButton::clicked, this,
          [this] { optionsModel_->removeTranche(optionsView_->currentIndex().row()); });
  connect(optionsModel_, &OptionsModel::editRefused, this, [this](const QString& message) {
    optionsMessage_->setText(message);
    optionsMessage_->setVisible(true);
  });
}

FieldEdit* DcfEditor::fieldEdit(const QString& path) const {
  for (FieldEdit* f : fields_)
    if (f->path() == path) return f;
  return nullptr;
}

void DcfEditor::setDecimals(int decimals) {
  results_->setDecimals(decimals);
  results_->showEvaluation(document_->scenario(), dcfEvaluationOf(document_->evaluation()));
}

void DcfEditor::refreshFromDocument(const QStringList&) {
  for (FieldEdit* f : fields_) f->refresh();
  for (auto& [box, texts] : choices_) box->refresh();
  updateVisibility();
  showIssues(dcfEvaluationOf(document_->evaluation()));
  results_->showEvaluation(document_->scenario(), dcfEvaluationOf(document_->evaluation()));
  gridMessage_->setVisible(false);
  if (optionsMessage_) optionsMessage_->setVisible(false);
}

void DcfEditor::showIssues(const DcfEvaluation& evaluation) {
  for (FieldEdit* f : fields_) {
    QString message;
    for (const Issue& issue : evaluation.issues)
      if (QString::fromStdString(issue.path) == f->path()) {
        message = QString::fromStdString(issue.message);
        if (issue.severity == Severity::Error) break;
      }
    f->showIssue(message);
  }
}

void DcfEditor::updateVisibility() {
  const Entity* dcf = document_->modelBlock();
  if (!dcf) return;
  auto choice = [&](const std::string& field) {
    const FieldSpec* spec = entitySchema("dcf")->field(field);
    const Value* v = spec ? fieldOrDefault(*dcf, *spec) : nullptr;
    const std::string* s = v ? std::get_if<std::string>(v) : nullptr;
    return s ? *s : std::string();
  };
  const bool buildUp = choice("discount_rate.method") == "build_up";
  const bool gordon = choice("terminal_value.method") == "gordon";
  const bool percentOfRevenue = choice("reinvestment") != "sales_to_capital";
  for (Row& row : rows_) {
    bool visible = true;
    const QString& p = row.path;
    if (p == QLatin1String("dcf.discount_rate.wacc"))
      visible = !buildUp;
    else if (p.startsWith(QLatin1String("dcf.discount_rate.")) &&
             p != QLatin1String("dcf.discount_rate.method") &&
             p != QLatin1String("dcf.discount_rate.risk_free_rate"))
      visible = buildUp;
    else if (p == QLatin1String("dcf.terminal_value.growth"))
      visible = gordon;
    else if (p == QLatin1String("dcf.terminal_value.multiple"))
      visible = !gordon;
    else if (p == QLatin1String("dcf.base.nwc"))
      visible = percentOfRevenue;
    row.container->setVisible(visible);
    row.label->setVisible(visible);
  }
}

void DcfEditor::showPage(int page) {
  pages_->setCurrentIndex(page);
}

void DcfEditor::retranslate() {
  pages_->setTabText(0, tr("&Valuation"));
  pages_->setTabText(1, tr("&Analytics"));
  for (Group& g : groups_) g.box->setTitle(tr(g.title));
  for (Row& row : rows_) {
    row.label->setText(tr(row.caption) + QLatin1Char(':'));
    row.editor->setAccessibleName(tr(row.caption));
    row.editor->setToolTip(row.editor->toolTip().isEmpty() ? row.path : row.editor->toolTip());
    if (auto* f = qobject_cast<FieldEdit*>(row.editor)) f->setCaption(tr(row.caption));
    if (auto* c = qobject_cast<ChoiceBox*>(row.editor)) c->setCaption(tr(row.caption));
  }
  for (auto& [box, sources] : choices_) {
    std::vector<QString> texts;
    for (const char* s : sources) texts.push_back(tr(s));
    box->setChoiceTexts(texts);
  }
  if (optionsTitle_) {
    optionsTitle_->setText(
        tr("Options and warrants (treasury stock method at the computed price):"));
    addOptionButton_->setText(tr("&Add tranche"));
    removeOptionButton_->setText(tr("Remo&ve tranche"));
    optionsView_->setAccessibleName(tr("Options and warrants"));
  }
  gridTitle_->setText(
      tr("Drivers per year — type over a cell, paste a row from a spreadsheet (Ctrl+V), "
         "fill right (Ctrl+R)"));
  grid_->setAccessibleName(tr("Drivers per year"));
}

void DcfEditor::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace valor::ui

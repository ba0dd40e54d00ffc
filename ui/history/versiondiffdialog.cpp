#include "ui/history/versiondiffdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "core/models/registry.h"
#include "ui/compare/comparetables.h"
#include "ui/results/resulttable.h"

namespace valor::ui {

VersionDiffDialog::VersionDiffDialog(const QString& versionLabel, const ScenarioDocument& version,
                                     const ScenarioDocument& current, int decimals, QWidget* parent)
    : QDialog(parent), versionLabel_(versionLabel), decimals_(decimals) {
  setObjectName(QStringLiteral("versionDiffDialog"));
  version_.document = version;
  version_.evaluation = evaluateScenario(version);
  current_.document = current;
  current_.evaluation = evaluateScenario(current);
  // The inputs that differ, in the order of the scenario file.
  for (InputRow& row : compareInputs({&version, &current}))
    if (row.changed) changes_.push_back(std::move(row));

  effect_ = new QLabel(this);
  effect_->setWordWrap(true);
  outputs_ = readOnlyTable(this);
  outputs_->setObjectName(QStringLiteral("versionDiffOutputs"));
  outputs_->verticalHeader()->hide();
  effect_->setBuddy(outputs_);

  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("versionDiffSummary"));
  summary_->setWordWrap(true);

  view_ = new QTreeWidget(this);
  view_->setObjectName(QStringLiteral("versionDiffView"));
  view_->setColumnCount(ColumnCount);
  view_->setRootIsDecorated(false);
  view_->setUniformRowHeights(true);
  view_->setAlternatingRowColors(true);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setTextElideMode(Qt::ElideMiddle);
  view_->header()->setStretchLastSection(false);
  // Few rows: the path and version columns take what they need, the current values the rest
  // (per-year values are long; the dialog is made wide enough for them, see preferredWidth()).
  view_->header()->setSectionResizeMode(PathColumn, QHeaderView::ResizeToContents);
  view_->header()->setSectionResizeMode(VersionColumn, QHeaderView::ResizeToContents);
  view_->header()->setSectionResizeMode(CurrentColumn, QHeaderView::Stretch);
  for (std::size_t i = 0; i < changes_.size(); ++i) new QTreeWidgetItem(view_);
  summary_->setBuddy(view_);

  buttons_ = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(effect_);
  layout->addWidget(outputs_, 1);
  layout->addWidget(summary_);
  layout->addWidget(view_, 1);
  layout->addWidget(buttons_);

  retranslate();
  resize(preferredWidth(), fontMetrics().height() * 36);
}

int VersionDiffDialog::preferredWidth() const {
  // Wide enough for the longest path and values (per-year values are long), within the screen.
  const QFontMetrics metrics = view_->fontMetrics();
  int content = 0;
  for (int column = 0; column < ColumnCount; ++column) {
    int widest = metrics.horizontalAdvance(view_->headerItem()->text(column));
    for (int row = 0; row < view_->topLevelItemCount(); ++row)
      widest = std::max(widest, metrics.horizontalAdvance(view_->topLevelItem(row)->text(column)));
    content += widest + 3 * metrics.averageCharWidth();
  }
  const QMargins margins = layout()->contentsMargins();
  const int wanted = content + margins.left() + margins.right() + 2 * view_->frameWidth() +
                     style()->pixelMetric(QStyle::PM_ScrollBarExtent);
  const int minimum = fontMetrics().averageCharWidth() * 90;
  const int maximum = screen() ? screen()->availableGeometry().width() * 9 / 10 : 1200;
  return std::clamp(wanted, minimum, std::max(minimum, maximum));
}

void VersionDiffDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
    retranslate();
  QDialog::changeEvent(event);
}

void VersionDiffDialog::retranslate() {
  setWindowTitle(tr("Compare “%1” with the current scenario").arg(versionLabel_));
  summary_->setText(changes_.empty()
                        ? tr("The current scenario matches version “%1”.").arg(versionLabel_)
                        : tr("%n difference(s) between version “%1” and the current scenario.",
                             nullptr, static_cast<int>(changes_.size()))
                              .arg(versionLabel_));
  effect_->setText(tr("Effect on the results:"));
  version_.title = tr("Version “%1”").arg(versionLabel_);
  current_.title = tr("Current");
  const std::vector<const ComparedState*> states{&version_, &current_};
  fillOutputTable(outputs_, states, decimals_);
  outputs_->setAccessibleName(tr("Results of version “%1” and now").arg(versionLabel_));
  view_->setHeaderLabels({tr("Field"), tr("Version"), tr("Current")});
  view_->setAccessibleName(tr("Differences from version “%1”").arg(versionLabel_));
  view_->setAccessibleDescription(
      tr("One row per field: its name, its value in the version and its value now"));
  for (std::size_t i = 0; i < changes_.size(); ++i) {
    QTreeWidgetItem* item = view_->topLevelItem(static_cast<int>(i));
    const InputRow& row = changes_[i];
    const QString caption = pathCaption(row.path, states);
    const QString before = inputText(row.path, row.values[0], row.unit, states);
    const QString after = inputText(row.path, row.values[1], row.unit, states);
    item->setText(PathColumn, caption);
    item->setText(VersionColumn, before);
    item->setText(CurrentColumn, after);
    item->setToolTip(PathColumn, caption);
    item->setToolTip(VersionColumn, before);
    item->setToolTip(CurrentColumn, after);
  }
}

}  // namespace valor::ui

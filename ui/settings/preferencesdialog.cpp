#include "ui/settings/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include "ui/settings/settings.h"

namespace valor::ui {

PreferencesDialog::PreferencesDialog(Settings* settings, QWidget* parent)
    : QDialog(parent), settings_(settings) {
  setWindowTitle(tr("Preferences"));
  language_ = new QComboBox(this);
  language_->addItem(tr("Follow the system"), QString());
  language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
  language_->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
  language_->setCurrentIndex(qMax(0, language_->findData(settings_->language())));
  theme_ = new QComboBox(this);
  theme_->addItem(tr("Follow the system"), static_cast<int>(Settings::Theme::FollowSystem));
  theme_->addItem(tr("Light"), static_cast<int>(Settings::Theme::Light));
  theme_->addItem(tr("Dark"), static_cast<int>(Settings::Theme::Dark));
  theme_->setCurrentIndex(qMax(0, theme_->findData(static_cast<int>(settings_->theme()))));
  decimals_ = new QSpinBox(this);
  decimals_->setRange(0, 4);
  decimals_->setValue(settings_->decimals());
  parentheses_ = new QCheckBox(tr("Show negative amounts in &parentheses: (1,234.5)"), this);
  parentheses_->setChecked(settings_->negativesInParentheses());
  displayUnit_ = new QComboBox(this);
  displayUnit_->addItem(tr("As entered in each scenario"), QStringLiteral("as_entered"));
  displayUnit_->addItem(tr("Units"), QStringLiteral("units"));
  displayUnit_->addItem(tr("Thousands"), QStringLiteral("thousands"));
  displayUnit_->addItem(tr("Millions"), QStringLiteral("millions"));
  displayUnit_->addItem(tr("Billions"), QStringLiteral("billions"));
  displayUnit_->setCurrentIndex(qMax(0, displayUnit_->findData(settings_->displayUnit())));
  displayUnit_->setToolTip(
      tr("The unit results show amounts in. Inputs keep the unit of their "
         "scenario; per-share values and share counts are never rescaled."));
  discounting_ = new QComboBox(this);
  discounting_->addItem(tr("End of year"), QStringLiteral("end_of_year"));
  discounting_->addItem(tr("Mid-year"), QStringLiteral("mid_year"));
  discounting_->setCurrentIndex(qMax(0, discounting_->findData(settings_->defaultDiscounting())));
  author_ = new QLineEdit(settings_->authorName(), this);

  auto* form = new QFormLayout(this);
  form->addRow(tr("&Language:"), language_);
  form->addRow(tr("&Theme:"), theme_);
  form->addRow(tr("&Decimals for money:"), decimals_);
  form->addRow(QString(), parentheses_);
  form->addRow(tr("Show &amounts in:"), displayUnit_);
  form->addRow(tr("Discounting for &new scenarios:"), discounting_);
  form->addRow(tr("&Your name (recorded with changes):"), author_);
  language_->setAccessibleName(tr("Language"));
  theme_->setAccessibleName(tr("Theme"));
  decimals_->setAccessibleName(tr("Decimals for money"));
  displayUnit_->setAccessibleName(tr("Show amounts in"));
  discounting_->setAccessibleName(tr("Discounting for new scenarios"));
  author_->setAccessibleName(tr("Your name"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    settings_->setAuthorName(author_->text());
    settings_->setDefaultDiscounting(discounting_->currentData().toString());
    settings_->setDecimals(decimals_->value());
    settings_->setNegativesInParentheses(parentheses_->isChecked());
    settings_->setDisplayUnit(displayUnit_->currentData().toString());
    settings_->setTheme(static_cast<Settings::Theme>(theme_->currentData().toInt()));
    settings_->setLanguage(language_->currentData().toString());
    accept();
  });
}

}  // namespace valor::ui

#include "ui/analytics/analyticspanel.h"

#include <QEvent>

#include "ui/analytics/montecarlopage.h"
#include "ui/analytics/sensitivitypages.h"

namespace valor::ui {

AnalyticsPanel::AnalyticsPanel(Document* document, QWidget* parent)
    : QTabWidget(parent),
      monteCarlo_(new MonteCarloPage(document, this)),
      sensitivity_(new SensitivityPage(document, this)),
      tornado_(new TornadoPage(document, this)),
      goalSeek_(new GoalSeekPage(document, this)) {
  setObjectName(QStringLiteral("analytics"));
  for (QWidget* page : {static_cast<QWidget*>(monteCarlo_), static_cast<QWidget*>(sensitivity_),
                        static_cast<QWidget*>(tornado_), static_cast<QWidget*>(goalSeek_)})
    addTab(page, QString());
  retranslate();
}

void AnalyticsPanel::redisplay() {
  monteCarlo_->redisplay();
  sensitivity_->redisplay();
  tornado_->redisplay();
}

void AnalyticsPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QTabWidget::changeEvent(event);
}

void AnalyticsPanel::retranslate() {
  setTabText(0, tr("&Monte Carlo"));
  setTabText(1, tr("&Sensitivity"));
  setTabText(2, tr("&Tornado"));
  setTabText(3, tr("&Goal Seek"));
}

}  // namespace valor::ui

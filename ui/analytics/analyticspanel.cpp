#include "analytics/analyticspanel.h"

#include "analytics/montecarlopage.h"
#include "analytics/sensitivitypages.h"

namespace valor::ui {

AnalyticsPanel::AnalyticsPanel(Document* document, QWidget* parent)
    : QTabWidget(parent),
      monteCarlo_(new MonteCarloPage(document, this)),
      sensitivity_(new SensitivityPage(document, this)),
      tornado_(new TornadoPage(document, this)),
      goalSeek_(new GoalSeekPage(document, this)) {
  setObjectName(QStringLiteral("analytics"));
  addTab(monteCarlo_, tr("&Monte Carlo"));
  addTab(sensitivity_, tr("&Sensitivity"));
  addTab(tornado_, tr("&Tornado"));
  addTab(goalSeek_, tr("&Goal Seek"));
}

}  // namespace valor::ui

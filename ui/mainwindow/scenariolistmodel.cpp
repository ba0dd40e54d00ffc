#include "ui/mainwindow/scenariolistmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace valor::ui {

ScenarioListModel::ScenarioListModel(QObject* parent) : QAbstractListModel(parent) {}

void ScenarioListModel::setScenarios(std::vector<ScenarioSummary> scenarios) {
  beginResetModel();
  scenarios_ = std::move(scenarios);
  endResetModel();
}

const ScenarioSummary* ScenarioListModel::summary(int row) const {
  return row >= 0 && row < rowCount() ? &scenarios_[static_cast<std::size_t>(row)] : nullptr;
}

int ScenarioListModel::rowOf(const Id& id) const {
  for (std::size_t i = 0; i < scenarios_.size(); ++i)
    if (scenarios_[i].id == id) return static_cast<int>(i);
  return -1;
}

int ScenarioListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(scenarios_.size());
}

QVariant ScenarioListModel::data(const QModelIndex& index, int role) const {
  const ScenarioSummary* s = summary(index.row());
  if (!s) return {};
  QStringList tags;
  for (const auto& t : s->tags) tags << QString::fromStdString(t);
  switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
      QString text = QString::fromStdString(s->name);
      // A shared copy and a local one of the same scenario must not look alike.
      if (s->shared && role == Qt::AccessibleTextRole) text += tr(", shared");
      if (!tags.isEmpty()) text += QStringLiteral("  #") + tags.join(QStringLiteral("  #"));
      return text;
    }
    case Qt::DecorationRole:
      return s->shared ? QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon) : QIcon();
    case Qt::ToolTipRole: {
      QString tip =
          tr("%1\nRevision %2, changed %3")
              .arg(QString::fromStdString(s->name), QString::number(s->revision),
                   QLocale().toString(QDateTime::fromMSecsSinceEpoch(s->updatedMs).toLocalTime(),
                                      QLocale::ShortFormat));
      if (s->shared) tip += QLatin1Char('\n') + tr("Shared through the sync server");
      return tip;
    }
    case SharedRole:
      return s->shared;
    case IdRole:
      return QString::fromStdString(s->id.toString());
    case UpdatedRole:
      return QVariant::fromValue<qlonglong>(s->updatedMs);
    case TagsRole:
      return tags;
    default:
      return {};
  }
}

}  // namespace valor::ui

#include "ui/mainwindow/sampleworkspace.h"

#include <QDir>
#include <QFile>

#include <vector>

#include "core/model/scenariojson.h"
#include "core/store/workspace.h"
#include "ui/models/changelabel.h"

namespace valor::ui {

QString ensureSampleWorkspace(const QString& directory, QString* error) {
  const QString path = QDir(directory).filePath(QStringLiteral("Valor samples.valor"));
  if (QFile::exists(path)) return path;
  if (!QDir().mkpath(directory)) {
    *error = QStringLiteral("cannot create %1").arg(directory);
    return {};
  }
  IdGenerator ids = randomIdGenerator();
  std::vector<ScenarioDocument> docs;
  for (const char* name :
       {"northwind", "crescent", "helios", "valueco", "pioneer", "patent", "allocation"}) {
    QFile file(QStringLiteral(":/samples/%1.valor.json").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly)) {
      *error = QStringLiteral("the program lacks its sample %1").arg(QLatin1String(name));
      return {};
    }
    auto parse = parseScenarioJson(file.readAll().toStdString(), ids);
    if (!parse) {
      *error = QString::fromStdString(parse.error().message);
      return {};
    }
    docs.push_back(std::move(parse).value());
  }
  auto ws = Workspace::create(path.toStdString(), {systemClock(), ids});
  if (!ws) {
    *error = QString::fromStdString(ws.error().message);
    return {};
  }
  const LabelCode sample = labels::plain(PlainChange::SampleScenario);
  if (auto added =
          ws.value()->addScenarios(docs, "Valor IVX", storedWords(sample, nullptr), sample);
      !added) {
    *error = QString::fromStdString(added.error().message);
    return {};
  }
  return path;
}

}  // namespace valor::ui

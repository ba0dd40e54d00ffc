#include "ui/sync/audittrailpage.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

#include <nlohmann/json.hpp>

#include "core/model/flatjson.h"
#include "core/model/schema.h"
#include "core/ops/patch.h"
#include "ui/document/document.h"
#include "ui/models/presentation.h"

namespace valor::ui {
namespace {

using Json = nlohmann::ordered_json;

QString text(const Json& j, const char* key) {
  return j.is_object() && j.contains(key) && j[key].is_string()
             ? QString::fromStdString(j[key].get<std::string>())
             : QString();
}

}  // namespace

AuditTrailPage::AuditTrailPage(QWidget* parent) : QWidget(parent) {
  list_ = new QTreeWidget(this);
  list_->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
  list_->setAccessibleName(tr("Audit trail"));
  list_->header()->setSectionResizeMode(2, QHeaderView::Stretch);
  message_ = new QLabel(this);
  message_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(list_, 1);
  layout->addWidget(message_);
}

void AuditTrailPage::setDocument(Document* document) {
  document_ = document;
  list_->clear();
  message_->setText(document ? tr("Asking the server…") : QString());
}

int AuditTrailPage::entryCount() const {
  return list_->topLevelItemCount();
}

void AuditTrailPage::showRefusal(const QString& message) {
  list_->clear();
  message_->setText(message);
}

void AuditTrailPage::show(const QByteArray& entries) {
  list_->clear();
  const Json all = Json::parse(entries.toStdString(), nullptr, /*allow_exceptions=*/false);
  if (!all.is_array()) return showRefusal(tr("The server's answer cannot be read."));
  const ModelPresentation* presentation =
      document_ ? presentationOf(document_->scenario()) : nullptr;
  const auto caption = [&](const std::string& path) {
    auto c = presentation ? presentation->captionOfPath(path) : std::nullopt;
    return c.value_or(QString::fromStdString(path));
  };
  const auto valueText = [&](const std::string& path, const Json& v) {
    if (v.is_null()) return tr("(none)");
    auto value = valueFromJson(v);
    auto at = document_ ? resolveFieldPath(document_->scenario(), path) : Error{};
    if (!value || !presentation || !at) return QString::fromStdString(v.dump());
    return presentation->displayValue(
        path, *value, fieldUnit(document_->scenario(), at.value().entity, at.value().field));
  };
  const QLocale locale;
  // Newest first, as the Changes list.
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    const Json& e = *it;
    if (!e.is_object()) continue;
    const qint64 ms =
        e.contains("time_ms") && e["time_ms"].is_number_integer() ? e["time_ms"].get<qint64>() : 0;
    const QString action = text(e, "action");
    const Json detail = e.contains("detail") ? e["detail"] : Json();
    QString what;
    if (action == QLatin1String("scenario.push"))
      what = tr("Revision %1: %2")
                 .arg(detail.value("revision", std::int64_t{0}))
                 .arg(text(detail, "label"));
    else if (action == QLatin1String("scenario.share"))
      what = tr("Shared with %1 (%2)").arg(text(detail, "with"), text(detail, "access"));
    else if (action == QLatin1String("scenario.unshare"))
      what = tr("No longer shared with %1").arg(text(detail, "with"));
    else if (action == QLatin1String("scenario.create"))
      what = tr("Uploaded");
    else
      what = action;
    auto* item = new QTreeWidgetItem(
        list_,
        {locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat),
         text(e, "actor"), what});
    item->setToolTip(1, text(e, "address"));
    item->setToolTip(2, what);  // the panel is narrow: the whole line on hovering
    std::set<std::string> overwrote;
    if (detail.contains("overwrote") && detail["overwrote"].is_array())
      for (const Json& f : detail["overwrote"])
        if (f.is_string()) overwrote.insert(f.get<std::string>());
    if (detail.contains("changes") && detail["changes"].is_array())
      for (const Json& c : detail["changes"]) {
        const std::string field = text(c, "field").toStdString();
        if (text(c, "op") != QLatin1String("set")) {
          new QTreeWidgetItem(
              item, {QString(), QString(), tr("%1 %2").arg(text(c, "op"), caption(field))});
          continue;
        }
        QString line = tr("%1: %2 → %3")
                           .arg(caption(field), valueText(field, c.value("before", Json())),
                                valueText(field, c.value("after", Json())));
        if (overwrote.count(field)) line += tr(" (replaced a colleague's value)");
        auto* change = new QTreeWidgetItem(item, {QString(), QString(), line});
        change->setToolTip(2, line);
      }
  }
  list_->resizeColumnToContents(0);
  list_->resizeColumnToContents(1);
  message_->setText(all.empty() ? tr("Nothing recorded yet.") : QString());
}

}  // namespace valor::ui

#include "ui/sync/opensharedialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/sync/synccontroller.h"

namespace valor::ui {

OpenSharedDialog::OpenSharedDialog(SyncController* controller, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Open Shared Scenario"));
  list_ = new QTreeWidget(this);
  list_->setHeaderLabels({tr("Scenario"), tr("Owner"), tr("Access")});
  list_->setRootIsDecorated(false);
  list_->setAccessibleName(tr("Shared scenarios"));
  list_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  message_ = new QLabel(tr("Asking the server…"), this);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
  auto* open = buttons->button(QDialogButtonBox::Open);
  open->setEnabled(false);
  connect(list_, &QTreeWidget::currentItemChanged, this,
          [open](QTreeWidgetItem* item) { open->setEnabled(item != nullptr); });
  connect(list_, &QTreeWidget::itemActivated, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(list_);
  layout->addWidget(message_);
  layout->addWidget(buttons);
  resize(560, 360);
  connect(controller, &SyncController::remoteListed, this, &OpenSharedDialog::show);
  connect(controller, &SyncController::failed, message_, &QLabel::setText);
  controller->listRemote();
}

void OpenSharedDialog::show(const QList<QStringList>& scenarios) {
  list_->clear();
  for (const QStringList& s : scenarios) {
    auto* item = new QTreeWidgetItem(
        list_, {s.value(1), s.value(2),
                s.value(3) == QLatin1String("edit") ? tr("may edit") : tr("may view")});
    item->setData(0, Qt::UserRole, s.value(0));
  }
  message_->setText(scenarios.isEmpty() ? tr("Nothing is shared with you yet.") : QString());
  if (list_->topLevelItemCount() > 0) list_->setCurrentItem(list_->topLevelItem(0));
}

QString OpenSharedDialog::chosen() const {
  auto* item = list_->currentItem();
  return item ? item->data(0, Qt::UserRole).toString() : QString();
}

int OpenSharedDialog::rowCount() const {
  return list_->topLevelItemCount();
}

void OpenSharedDialog::choose(int row) {
  list_->setCurrentItem(list_->topLevelItem(row));
}

}  // namespace valor::ui

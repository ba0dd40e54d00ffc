#include "ui/settings/settings.h"

#include <QCryptographicHash>
#include <QDir>

namespace valor::ui {
namespace {
const auto kLanguage = QStringLiteral("interface/language");
const auto kTheme = QStringLiteral("interface/theme");
const auto kAuthor = QStringLiteral("user/author");
const auto kDecimals = QStringLiteral("display/decimals");
const auto kParentheses = QStringLiteral("display/negatives_in_parentheses");
const auto kDisplayUnit = QStringLiteral("display/unit");
const auto kDiscounting = QStringLiteral("defaults/discounting");
const auto kRecent = QStringLiteral("workspaces/recent");
const auto kSecContact = QStringLiteral("providers/secContact");
const auto kSyncServer = QStringLiteral("sync/server");
const auto kSyncEmail = QStringLiteral("sync/email");
const auto kSyncInFile = QStringLiteral("sync/signInInFile");
const auto kGeometry = QStringLiteral("window/geometry");
const auto kLayout = QStringLiteral("window/layout");
constexpr int kRecentKept = 8;

// A workspace's own group of keys: its path could hold characters QSettings keys cannot.
QString tabsGroup(const QString& workspace) {
  const QByteArray path = QDir::cleanPath(workspace).toUtf8();
  return QStringLiteral("tabs/") +
         QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}
}  // namespace

Settings::Settings(QSettings* storage, QObject* parent) : QObject(parent), storage_(storage) {}

QString Settings::language() const {
  return storage_->value(kLanguage, QString()).toString();
}

void Settings::setLanguage(const QString& code) {
  if (code == language()) return;
  storage_->setValue(kLanguage, code);
  emit languageChanged(code);
}

Settings::Theme Settings::theme() const {
  const QString value = storage_->value(kTheme, QStringLiteral("system")).toString();
  if (value == QLatin1String("light")) return Theme::Light;
  if (value == QLatin1String("dark")) return Theme::Dark;
  return Theme::FollowSystem;
}

void Settings::setTheme(Theme theme) {
  if (theme == this->theme()) return;
  storage_->setValue(kTheme, theme == Theme::Light  ? QStringLiteral("light")
                             : theme == Theme::Dark ? QStringLiteral("dark")
                                                    : QStringLiteral("system"));
  emit themeChanged(theme);
}

QString Settings::authorName() const {
  QString fallback = qEnvironmentVariable("VALOR_AUTHOR");
  if (fallback.isEmpty()) fallback = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
  return storage_->value(kAuthor, fallback).toString();
}

void Settings::setAuthorName(const QString& name) {
  storage_->setValue(kAuthor, name.trimmed());
}

int Settings::decimals() const {
  return qBound(0, storage_->value(kDecimals, 1).toInt(), 4);
}

void Settings::setDecimals(int decimals) {
  if (decimals == this->decimals()) return;
  storage_->setValue(kDecimals, qBound(0, decimals, 4));
  emit displayChanged();
}

bool Settings::negativesInParentheses() const {
  return storage_->value(kParentheses, false).toBool();
}

void Settings::setNegativesInParentheses(bool on) {
  if (on == negativesInParentheses()) return;
  storage_->setValue(kParentheses, on);
  emit displayChanged();
}

QString Settings::displayUnit() const {
  return storage_->value(kDisplayUnit, QStringLiteral("as_entered")).toString();
}

void Settings::setDisplayUnit(const QString& key) {
  if (key == displayUnit()) return;
  storage_->setValue(kDisplayUnit, key);
  emit displayChanged();
}

QString Settings::defaultDiscounting() const {
  const QString value = storage_->value(kDiscounting, QStringLiteral("end_of_year")).toString();
  return value == QLatin1String("mid_year") ? value : QStringLiteral("end_of_year");
}

void Settings::setDefaultDiscounting(const QString& convention) {
  storage_->setValue(kDiscounting, convention);
}

QString Settings::syncServer() const {
  return storage_->value(kSyncServer).toString();
}

QString Settings::syncEmail() const {
  return storage_->value(kSyncEmail).toString();
}

bool Settings::syncSignInInFile() const {
  return storage_->value(kSyncInFile, false).toBool();
}

void Settings::setSyncAccount(const QString& server, const QString& email, bool inFile) {
  storage_->setValue(kSyncServer, server);
  storage_->setValue(kSyncEmail, email);
  storage_->setValue(kSyncInFile, inFile);
}

QString Settings::secContact() const {
  return storage_->value(kSecContact).toString();
}

void Settings::setSecContact(const QString& contact) {
  storage_->setValue(kSecContact, contact);
}

QStringList Settings::recentWorkspaces() const {
  return storage_->value(kRecent).toStringList();
}

void Settings::addRecentWorkspace(const QString& path) {
  QStringList list = recentWorkspaces();
  const QString clean = QDir::cleanPath(path);
  list.removeAll(clean);
  list.prepend(clean);
  while (list.size() > kRecentKept) list.removeLast();
  storage_->setValue(kRecent, list);
}

QByteArray Settings::windowGeometry() const {
  return storage_->value(kGeometry).toByteArray();
}

QByteArray Settings::windowLayout() const {
  return storage_->value(kLayout).toByteArray();
}

void Settings::setWindowLayout(const QByteArray& geometry, const QByteArray& layout) {
  storage_->setValue(kGeometry, geometry);
  storage_->setValue(kLayout, layout);
}

QStringList Settings::openTabs(const QString& workspace) const {
  return storage_->value(tabsGroup(workspace) + QStringLiteral("/open")).toStringList();
}

QString Settings::activeTab(const QString& workspace) const {
  return storage_->value(tabsGroup(workspace) + QStringLiteral("/active")).toString();
}

void Settings::setOpenTabs(const QString& workspace, const QStringList& ids,
                           const QString& active) {
  storage_->setValue(tabsGroup(workspace) + QStringLiteral("/open"), ids);
  storage_->setValue(tabsGroup(workspace) + QStringLiteral("/active"), active);
}

}  // namespace valor::ui

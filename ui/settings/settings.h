#pragma once
// The one typed registry of the user's settings (KeePassXC's Config idea): every key, its type
// and its default live here; widgets never touch QSettings keys themselves.
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace valor::ui {

class Settings : public QObject {
  Q_OBJECT

 public:
  enum class Theme { FollowSystem, Light, Dark };

  // Reads and writes the given QSettings (tests pass one on a temporary file).
  explicit Settings(QSettings* storage, QObject* parent = nullptr);

  QString language() const;  // "" follows the system; else "en", "de"
  void setLanguage(const QString& code);
  Theme theme() const;
  void setTheme(Theme theme);
  QString authorName() const;  // default: the login name
  void setAuthorName(const QString& name);
  int decimals() const;  // digits after the point for money in results
  void setDecimals(int decimals);
  bool negativesInParentheses() const;  // results show -1.5 as (1.5)
  void setNegativesInParentheses(bool on);
  // The unit results show money in: "as_entered" (each scenario's own), "units", "thousands",
  // "millions" or "billions" (ui/results/moneydisplay.h).
  QString displayUnit() const;
  void setDisplayUnit(const QString& key);
  QString defaultDiscounting() const;  // for new scenarios: "end_of_year" or "mid_year"
  void setDefaultDiscounting(const QString& convention);
  // The analyst's name and e-mail address, sent to SEC EDGAR as it asks of every client.
  QString secContact() const;
  void setSecContact(const QString& contact);
  // The sync server signed in to (empty: none), and whether its sign-in is kept in a file
  // (the analyst's choice where no keychain exists) rather than the system keychain.
  QString syncServer() const;
  QString syncEmail() const;
  bool syncSignInInFile() const;
  void setSyncAccount(const QString& server, const QString& email, bool inFile);
  QStringList recentWorkspaces() const;  // most recent first, at most 8
  void addRecentWorkspace(const QString& path);

  // Where the analyst left the main window: its geometry and its docks (QMainWindow's own
  // blobs), and per workspace the scenarios open in tabs (IDs, in tab order) and the one in
  // front.
  QByteArray windowGeometry() const;
  QByteArray windowLayout() const;
  void setWindowLayout(const QByteArray& geometry, const QByteArray& layout);
  QStringList openTabs(const QString& workspace) const;
  QString activeTab(const QString& workspace) const;
  void setOpenTabs(const QString& workspace, const QStringList& ids, const QString& active);

 signals:
  void languageChanged(const QString& code);
  void themeChanged(Theme theme);
  void displayChanged();

 private:
  QSettings* storage_;
};

}  // namespace valor::ui

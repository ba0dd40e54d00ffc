// Sync in the desktop, as analysts use it, against a real valor-server on 127.0.0.1: two main
// windows (Ann's and Bob's, each with its own workspace and settings) sign in through the
// dialog, Ann shares a scenario with Bob, Bob opens it; an edit in one window appears in the
// other with its author named; simultaneous edits of one field leave exactly one conflict,
// reviewed in the conflicts dialog, after which both windows show the same value.
#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include "core/models/evaluation.h"
#include "tests/server/protocolhelpers.h"
#include "tests/server/serverprocess.h"
#include "tests/ui/samplesession.h"
#include "tests/ui/screenshot.h"
#include "ui/document/document.h"
#include "ui/editors/fieldedit.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/scenariolistmodel.h"
#include "ui/mainwindow/syncmenu.h"
#include "ui/models/scenarioview.h"
#include "ui/sync/audittrailpage.h"
#include "ui/sync/conflictsdialog.h"
#include "ui/sync/signindialog.h"
#include "ui/sync/synccontroller.h"

using namespace valor;
using namespace valor::ui;
using namespace valor::testing;

namespace {

const QString kNorthwind = QStringLiteral("Northwind Instruments — base case");

double growthOf(const Document& doc) {
  for (const Entity& e : doc.scenario().entities)
    if (e.type == "dcf")
      if (const double* v = e.number("terminal_value.growth")) return *v;
  return -1;
}

const Entity& dcfOf(const Document& doc) {
  for (const Entity& e : doc.scenario().entities)
    if (e.type == "dcf") return e;
  qFatal("no DCF");
}

QString statusOf(MainWindow& window) {
  return window.findChild<QLabel*>(QStringLiteral("syncState"))->text();
}

Document* current(MainWindow& window) {
  return window.currentEditor() ? window.currentEditor()->document() : nullptr;
}

}  // namespace

class TestSyncDesktop : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::string data_ = dir_.path().toStdString() + "/server";
  std::unique_ptr<ServerProcess> server_;
  std::string annPassword_, bobPassword_;
  SampleSession annSession_, bobSession_;
  std::unique_ptr<MainWindow> ann_, bob_;

  static bool signIn(MainWindow& window, const std::string& base, const std::string& email,
                     const std::string& password, bool inFile) {
    SignInDialog dialog(window.syncMenu()->controller(), {}, {}, &window);
    dialog.signInWith(QString::fromStdString(base), QString::fromStdString(email),
                      QString::fromStdString(password), inFile);
    return QTest::qWaitFor([&] { return window.syncMenu()->controller()->signedIn(); }, 10'000);
  }

 private slots:
  void initTestCase() {
    // Ann keeps her sign-in in a file (there is no keychain here); Bob's stays in memory.
    qputenv("VALOR_SYNC_CREDENTIALS", dir_.filePath(QStringLiteral("ann-sync.json")).toUtf8());
    annPassword_ = printedPassword(runServerCommand(
        {"init", "--data", data_, "--tenant", "Acme", "--owner", "ann@acme.test"}));
    bobPassword_ =
        printedPassword(runServerCommand({"user", "add", "--data", data_, "--tenant", "Acme",
                                          "--email", "bob@acme.test", "--role", "editor"}));
    server_ = std::make_unique<ServerProcess>(data_);
    HttpClient http(server_->base());
    login(http, "ann@acme.test", annPassword_);
    login(http, "bob@acme.test", bobPassword_);
    QCOMPARE(annSession_.start(), QString());
    QCOMPARE(bobSession_.start(), QString());
  }

  void signInShareOpenAndSeeEditsLive() {
    ann_ = std::make_unique<MainWindow>(annSession_.settings.get());
    bob_ = std::make_unique<MainWindow>(bobSession_.settings.get());
    ann_->show();
    bob_->show();
    QVERIFY(ann_->openWorkspace(annSession_.workspacePath));
    QVERIFY(bob_->openWorkspace(bobSession_.workspacePath));
    QVERIFY(!ann_->syncMenu()->shareAction()->isEnabled());  // not signed in yet

    // A wrong password is said in the dialog, which stays open.
    {
      SignInDialog dialog(ann_->syncMenu()->controller(), {}, {}, ann_.get());
      dialog.signInWith(QString::fromStdString(server_->base()), QStringLiteral("ann@acme.test"),
                        QStringLiteral("not my password"), true);
      QTRY_VERIFY_WITH_TIMEOUT(dialog.problem().contains(QStringLiteral("wrong")), 10'000);
      QVERIFY(!ann_->syncMenu()->controller()->signedIn());
    }
    QVERIFY(signIn(*ann_, server_->base(), "ann@acme.test", annPassword_, true));
    QVERIFY(signIn(*bob_, server_->base(), "bob@acme.test", bobPassword_, false));
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(*ann_).contains(QStringLiteral("Up to date")), 10'000);
    QVERIFY(QFile::exists(dir_.filePath(QStringLiteral("ann-sync.json"))));

    // Ann shares Northwind with Bob (edit access).
    const Id northwind = ann_->workspace()->findScenario(kNorthwind.toStdString()).value();
    QVERIFY(ann_->openScenario(northwind));
    QVERIFY(ann_->syncMenu()->shareAction()->isEnabled());
    ann_->syncMenu()->controller()->share(northwind, {}, {QStringLiteral("bob@acme.test")});
    QTRY_VERIFY_WITH_TIMEOUT(ann_->workspace()->syncLink(northwind).value().has_value(), 10'000);
    QTRY_VERIFY(!ann_->syncMenu()->shareAction()->isEnabled());

    // Bob's workspace has its own Northwind (another ID): he opens Ann's from the server.
    bob_->syncMenu()->controller()->openShared(QString::fromStdString(northwind.toString()));
    QTRY_VERIFY_WITH_TIMEOUT(current(*bob_) && current(*bob_)->scenarioId() == northwind, 10'000);
    QCOMPARE(growthOf(*current(*bob_)), growthOf(*current(*ann_)));
    // His list tells the two Northwinds apart: the shared one is marked, in words for a
    // screen reader too.
    const auto sharedRows = [this] {
      QStringList rows;
      const QAbstractItemModel* list =
          bob_->findChild<QAbstractItemView*>(QStringLiteral("scenarioList"))->model();
      for (int row = 0; row < list->rowCount(); ++row)
        if (const QModelIndex index = list->index(row, 0);
            index.data(ui::ScenarioListModel::SharedRole).toBool())
          rows << index.data(ui::ScenarioListModel::IdRole).toString() + QLatin1Char(' ') +
                      index.data(Qt::AccessibleTextRole).toString().right(8);
      return rows;
    };
    QTRY_COMPARE(sharedRows(), QStringList{QString::fromStdString(northwind.toString()) +
                                           QStringLiteral(" , shared")});

    // Ann edits the terminal growth; Bob's open tab shows it within a second or so, named.
    QElapsedTimer shown;
    shown.start();
    Document* annDoc = current(*ann_);
    QCOMPARE(annDoc->setField(dcfOf(*annDoc).id, "terminal_value.growth", 0.0275), QString());
    QTRY_COMPARE_WITH_TIMEOUT(growthOf(*current(*bob_)), 0.0275, 10'000);
    FieldEdit* field =
        bob_->currentEditor()->fieldEdit(QStringLiteral("dcf.terminal_value.growth"));
    QVERIFY(field);
    QTRY_VERIFY(field->toolTip().contains(QStringLiteral("ann@acme.test")));
    qInfo("Ann's edit shown in Bob's window after %lld ms",
          static_cast<long long>(shown.elapsed()));
    QTRY_VERIFY_WITH_TIMEOUT(bob_->findChild<QLabel*>(QStringLiteral("saveState"))
                                 ->text()
                                 .contains(QStringLiteral("ann@acme.test")),
                             5000);
    // Bob's history names Ann.
    const auto history = bob_->workspace()->history(northwind).value();
    QCOMPARE(QString::fromStdString(history.back().mutation.author),
             QStringLiteral("ann@acme.test"));
    // Presence: each sees the other has it open.
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(*ann_).contains(QStringLiteral("bob@acme.test")), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(*bob_).contains(QStringLiteral("ann@acme.test")), 10'000);
    // The changed field is marked for a moment, naming Ann.
    FieldEdit* growth =
        bob_->currentEditor()->fieldEdit(QStringLiteral("dcf.terminal_value.growth"));
    QVERIFY(growth);
    for (QWidget* w = growth->parentWidget(); w; w = w->parentWidget())
      if (auto* area = qobject_cast<QScrollArea*>(w)) {
        area->ensureWidgetVisible(growth);
        break;
      }
    screenshot(bob_.get(), "sync-live-edit", true);

    // The server's audit trail, in the history panel: Ann (the firm's owner) reads the upload,
    // the share and her edit; Bob (an editor) is told it is not his to see.
    auto* annAudit = ann_->historyPanel()->findChild<AuditTrailPage*>();
    auto* bobAudit = bob_->historyPanel()->findChild<AuditTrailPage*>();
    QVERIFY(annAudit && bobAudit);
    ann_->syncMenu()->followCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(annAudit->entryCount() >= 3, 10'000);
    ann_->historyPanel()->findChild<QTabWidget*>()->setCurrentWidget(annAudit);
    screenshot(ann_->historyPanel(), "sync-audit-trail");
    QTRY_VERIFY_WITH_TIMEOUT(
        bobAudit->findChild<QLabel*>()->text().contains(QStringLiteral("owners and admins")),
        10'000);
  }

  // Both edit the growth at once: the later push wins on the server and its author is shown one
  // conflict; keeping theirs writes their value back, and both windows agree again.
  void simultaneousEditsLeaveOneConflictToReview() {
    QVERIFY(ann_ && bob_);
    Document* annDoc = current(*ann_);
    Document* bobDoc = current(*bob_);
    QCOMPARE(annDoc->setField(dcfOf(*annDoc).id, "terminal_value.growth", 0.031), QString());
    QCOMPARE(bobDoc->setField(dcfOf(*bobDoc).id, "terminal_value.growth", 0.019), QString());
    const auto conflictsOf = [](MainWindow& w) {
      return w.workspace()->syncConflicts(current(w)->scenarioId(), false).value().size();
    };
    QTRY_VERIFY_WITH_TIMEOUT(conflictsOf(*ann_) + conflictsOf(*bob_) == 1, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(growthOf(*annDoc), growthOf(*bobDoc), 10'000);
    MainWindow& loser = conflictsOf(*ann_) == 1 ? *ann_ : *bob_;  // the one whose push came last
    MainWindow& other = &loser == ann_.get() ? *bob_ : *ann_;
    const double theirs = &loser == ann_.get() ? 0.019 : 0.031;
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(loser).contains(QStringLiteral("conflict")), 10'000);
    QVERIFY(loser.syncMenu()->conflictsAction()->isEnabled());

    ConflictsDialog dialog(current(loser), &loser);
    QCOMPARE(dialog.rowCount(), 1);
    dialog.show();
    screenshot(&dialog, "sync-conflicts");
    dialog.selectRow(0);
    QVERIFY(dialog.keepTheirs());
    QCOMPARE(dialog.rowCount(), 0);
    QCOMPARE(growthOf(*current(loser)), theirs);
    loser.syncMenu()->controller()->localEdit(current(loser)->scenarioId());
    QTRY_COMPARE_WITH_TIMEOUT(growthOf(*current(other)), theirs, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!statusOf(loser).contains(QStringLiteral("conflict")), 10'000);
  }

  // Bob undoes his edit after Ann has set the same field: her value stays, and his undo waits
  // as a conflict to review (with her name), not as a silent revert of her work.
  void undoOverAColleaguesValueBecomesAConflict() {
    Document* annDoc = current(*ann_);
    Document* bobDoc = current(*bob_);
    const Id id = bobDoc->scenarioId();
    const double original = growthOf(*bobDoc);
    const auto open = [&] { return bob_->workspace()->syncConflicts(id, false).value().size(); };
    const std::size_t before = open();
    QCOMPARE(bobDoc->setField(dcfOf(*bobDoc).id, "terminal_value.growth", 0.0211), QString());
    QTRY_COMPARE_WITH_TIMEOUT(growthOf(*annDoc), 0.0211, 10'000);
    QCOMPARE(annDoc->setField(dcfOf(*annDoc).id, "terminal_value.growth", 0.0233), QString());
    QTRY_COMPARE_WITH_TIMEOUT(growthOf(*bobDoc), 0.0233, 10'000);
    QCOMPARE(bobDoc->undoStack()->undoText(), QStringLiteral("Set Terminal growth"));
    QSignalSpy told(bobDoc, &Document::saveFailed);
    bobDoc->undoStack()->undo();
    QCOMPARE(growthOf(*bobDoc), 0.0233);
    QCOMPARE(told.size(), 1);
    QVERIFY2(told.front().front().toString().contains(QStringLiteral("Review Conflicts")),
             qPrintable(told.front().front().toString()));
    QCOMPARE(open(), before + 1);
    const auto conflicts = bob_->workspace()->syncConflicts(id, false).value();
    const ConflictRecord& c = conflicts.back().record;
    QCOMPARE(c.field, std::string("dcf.terminal_value.growth"));
    QVERIFY(c.mine == std::optional<Value>(original));
    QVERIFY(c.theirs == std::optional<Value>(0.0233));
    QVERIFY(c.base == std::optional<Value>(0.0211));
    QCOMPARE(c.theirAuthor, std::string("ann@acme.test"));
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(*bob_).contains(QStringLiteral("conflict")), 10'000);
    QCOMPARE(growthOf(*annDoc), 0.0233);
    // Reviewed: Keep Theirs leaves Ann's value.
    ConflictsDialog dialog(bobDoc, bob_.get());
    dialog.selectRow(dialog.rowCount() - 1);
    QVERIFY(dialog.keepTheirs());
    QCOMPARE(open(), before);
  }

  // A version Ann saves reaches Bob's open history panel with her name; saving it is in her
  // history but is no step of her undo stack.
  void aVersionAnnSavesReachesBobsHistory() {
    Document* annDoc = current(*ann_);
    QVERIFY(annDoc && current(*bob_));
    const QString undoBefore = annDoc->undoStack()->undoText();
    QVERIFY(ann_->historyPanel()->saveVersion(QStringLiteral("Board pack")) > 0);
    QCOMPARE(annDoc->undoStack()->undoText(), undoBefore);
    auto* view = bob_->historyPanel()->findChild<QTreeView*>(QStringLiteral("versionsView"));
    QVERIFY(view);
    const auto newest = [view](int column) {
      return view->model()->rowCount() ? view->model()->index(0, column).data().toString()
                                       : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(newest(0), QStringLiteral("Board pack"), 10'000);
    QCOMPARE(newest(2), QStringLiteral("ann@acme.test"));
    auto* tabs = bob_->historyPanel()->findChild<QTabWidget*>(QStringLiteral("historyTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    screenshot(bob_->historyPanel(), "sync-version");
    tabs->setCurrentIndex(0);
    screenshot(bob_->historyPanel(), "sync-version-history");
    const std::string* name = current(*bob_)->scenario().root().text("version");
    QVERIFY(name && *name == "Board pack");
  }

  // A scenario Bob may only view refuses his edit at once, saying why (rather than taking it
  // and having the server refuse it later), and its note cannot be typed into.
  void aViewOnlyScenarioRefusesEditsAtOnce() {
    Document* doc = current(*bob_);
    QVERIFY(doc);
    const Id id = doc->scenarioId();
    QVERIFY(bob_->workspace()->setSyncViewOnly(id, true).ok());
    const double before = growthOf(*doc);
    const QString error = doc->setField(dcfOf(*doc).id, "terminal_value.growth", 0.04);
    QVERIFY2(error.contains(QStringLiteral("view only")), qPrintable(error));
    QCOMPARE(growthOf(*doc), before);
    QVERIFY(bob_->workspace()->syncLink(id).value()->pending.empty());
    bob_->historyPanel()->setDocument(nullptr);
    bob_->historyPanel()->setDocument(doc);
    auto* notes = bob_->historyPanel()->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"));
    QVERIFY(notes && notes->isReadOnly());
    QVERIFY(bob_->workspace()->setSyncViewOnly(id, false).ok());
  }

  void signOutStopsSyncing() {
    QVERIFY(ann_);
    ann_->syncMenu()->controller()->signOut();
    QVERIFY(!ann_->syncMenu()->controller()->signedIn());
    QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("ann-sync.json"))));
    QVERIFY(!ann_->syncMenu()->shareAction()->isEnabled());
  }

  void cleanupTestCase() {
    bob_.reset();
    ann_.reset();
    server_.reset();
  }
};

QTEST_MAIN(TestSyncDesktop)
#include "test_syncdesktop.moc"

// Desktop speed target (issue: the desktop application): a keystroke in the DCF form to
// updated results — the valuation recomputed, the figures, the per-year table and the charts
// refreshed and repainted — within 16 ms, for a 10-year and a 30-year scenario. Runs offscreen.
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>

#include "ui/document/document.h"
#include "ui/editors/fieldedit.h"
#include "ui/mainwindow/sampleworkspace.h"
#include "ui/models/dcf/dcfeditor.h"

using namespace valor;
using namespace valor::ui;

namespace {

struct EditorFixture {
  QTemporaryDir dir;
  std::shared_ptr<Workspace> workspace;
  std::unique_ptr<DcfEditor> editor;

  explicit EditorFixture(int years) {
    QString error;
    const QString path = ensureSampleWorkspace(dir.path(), &error);
    workspace = std::shared_ptr<Workspace>(
        std::move(Workspace::open(path.toStdString(), {systemClock(), seededIdGenerator(9)}))
            .value());
    const Id id = workspace->findScenario("Helios Utilities — exit multiple").value();
    auto* document =
        new Document(workspace, id, workspace->loadScenario(id).value(), QStringLiteral("bench"));
    // Helios has constant drivers, so any projection length is complete.
    document->setField(document->modelBlock()->id, "years", Value(static_cast<double>(years)));
    editor = std::make_unique<DcfEditor>(document);
    document->setParent(editor.get());
    editor->resize(1400, 900);
    editor->show();
    QApplication::processEvents();
  }
};

// One editor per projection length, made before the benchmarks run and kept to the end.
std::map<int, std::unique_ptr<EditorFixture>>& fixtures() {
  static std::map<int, std::unique_ptr<EditorFixture>> all;
  return all;
}

void keystrokeToResults(benchmark::State& state) {
  EditorFixture& fixture = *fixtures().at(static_cast<int>(state.range(0)));
  FieldEdit* field = fixture.editor->fieldEdit(QStringLiteral("dcf.discount_rate.wacc"));
  field->setFocus();
  field->end(false);
  bool typed = false;
  for (auto _ : state) {
    // One keystroke per iteration, alternately typing a digit and deleting it; each previews
    // the valuation and repaints.
    QTest::keyClick(field, typed ? Qt::Key_Backspace : Qt::Key_5);
    QApplication::processEvents();
    typed = !typed;
  }
}
BENCHMARK(keystrokeToResults)->Arg(10)->Arg(30)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  for (int years : {10, 30}) fixtures()[years] = std::make_unique<EditorFixture>(years);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  fixtures().clear();
  return 0;
}

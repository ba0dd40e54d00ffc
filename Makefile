# The two set-up commands of the README: `make run` and `make test`. Everything else is a
# convenience over the CMake presets (CMakePresets.json).
PRESET ?= $(if $(filter true,$(CI)),ci,dev)
JOBS   ?= $(shell nproc 2>/dev/null || echo 2)
BUILD  := build/$(PRESET)

.PHONY: all deps configure build run test asan-test fuzz bench format package clean

all: build

deps:
	@scripts/install-deps

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET) -j $(JOBS)

# The desktop application on the bundled sample workspace (three example companies).
run: build
	@$(BUILD)/app/desktop/valor --sample

test: build
	@scripts/install-deps --test
	@ctest --preset $(PRESET) -j $(JOBS)

asan-test:
	@$(MAKE) --no-print-directory test PRESET=asan

# libFuzzer on the scenario reader, patches and mutations (clang, ASan + UBSan): each target for
# FUZZ_SECONDS (CI: 20 s each); longer runs on demand, e.g. make fuzz FUZZ_SECONDS=3600.
FUZZ_SECONDS ?= 20
fuzz: deps
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz -j $(JOBS)
	@tests/fuzz/run.sh build/fuzz $(FUZZ_SECONDS)

# Speed targets are measured on an optimised (Release) build, one benchmark at a time.
bench: deps
	@cmake --preset bench >/dev/null
	@cmake --build --preset bench -j $(JOBS)
	@build/bench/tests/bench/bench_dcf --benchmark_min_time=0.2 --benchmark_repetitions=5 \
	  --benchmark_report_aggregates_only=true
	@build/bench/tests/bench/bench_workspace
	@build/bench/tests/bench/bench_analytics --benchmark_min_time=0.5 --benchmark_repetitions=3 \
	  --benchmark_report_aggregates_only=true
	@build/bench/tests/bench/bench_lbo --benchmark_min_time=0.2 --benchmark_repetitions=3 \
	  --benchmark_report_aggregates_only=true
	@build/bench/tests/bench/bench_ma --benchmark_min_time=0.2 --benchmark_repetitions=3 \
	  --benchmark_report_aggregates_only=true
	@build/bench/tests/bench/bench_compare --benchmark_min_time=0.2 --benchmark_repetitions=3 \
	  --benchmark_report_aggregates_only=true
	@build/bench/tests/bench/bench_report --benchmark_min_time=0.2 --benchmark_repetitions=3 \
	  --benchmark_report_aggregates_only=true
	@build/bench/tests/bench/bench_forecast --benchmark_repetitions=5 \
	  --benchmark_report_aggregates_only=true
	@build/bench/tests/bench/bench_realoption --benchmark_repetitions=5 \
	  --benchmark_report_aggregates_only=true
	@build/bench/tests/bench/bench_credit --benchmark_repetitions=5 \
	  --benchmark_report_aggregates_only=true
	@build/bench/tests/bench/bench_portfolio --benchmark_repetitions=5 \
	  --benchmark_report_aggregates_only=true
	@scripts/install-deps --test
	@tests/server/pgcluster.sh start build/bench/pgcluster
	@VALOR_TEST_PG=build/bench/pgcluster/address build/bench/tests/bench/bench_server; \
	  status=$$?; tests/server/pgcluster.sh stop build/bench/pgcluster; exit $$status
	@build/bench/tests/bench/bench_sync
	@build/bench/tests/bench/bench_ui
	@tests/bench/bench_startup.sh build/bench/app/desktop/valor 10
	@tests/bench/bench_cli.py build/bench/app/cli/valor-cli resources/samples/northwind.valor.json

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

package:
	@$(MAKE) --no-print-directory build PRESET=release
	@cd build/release && cpack

clean:
	@rm -rf build

# The two set-up commands of the README: `make run` and `make test`. Everything else is a
# convenience over the CMake presets (CMakePresets.json).
PRESET ?= dev
JOBS   ?= $(shell nproc 2>/dev/null || echo 2)
BUILD  := build/$(PRESET)
SAMPLE := resources/samples/northwind.valor.json

.PHONY: all deps configure build run test asan-test bench format package clean

all: build

deps:
	@scripts/install-deps

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET) -j $(JOBS)

run: build
	@$(BUILD)/app/cli/valor-cli evaluate $(SAMPLE) --format table

test: build
	@ctest --preset $(PRESET) -j $(JOBS)

asan-test:
	@$(MAKE) --no-print-directory test PRESET=asan

bench: build
	@$(BUILD)/tests/bench/bench_dcf --benchmark_min_time=0.2

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

package:
	@$(MAKE) --no-print-directory build PRESET=release
	@cd build/release && cpack

clean:
	@rm -rf build

#!/usr/bin/env bash
# Runs each fuzz target for a bounded time on a working copy of its seeds (the seeds in the
# repository never change). Any crash, sanitizer report, broken property, or an input that takes
# longer than the timeout fails the run; libFuzzer leaves the input as crash-*/timeout-* in the
# work folder and prints how to replay it.
#   tests/fuzz/run.sh BUILD_DIR SECONDS_PER_TARGET
set -euo pipefail
build="$(cd "$1" && pwd)"
seconds="${2:-20}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$build/fuzz-work"
mkdir -p "$work"

seeds_for() {
  case "$1" in
    scenario) echo "$root/resources/samples $root/tests/data" ;;
    patch) echo "$root/tests/fuzz/seeds/patch" ;;
    mutation) echo "$root/tests/fuzz/seeds/mutation" ;;
    statement) echo "$root/tests/fuzz/seeds/statement" ;;
    xlsx) echo "" ;;  # generated below: no binary seeds in the repository
    edgar) echo "$root/tests/fuzz/seeds/edgar" ;;
    series) echo "$root/tests/fuzz/seeds/series" ;;
    serverapi) echo "$root/tests/fuzz/seeds/server" ;;
    syncclient) echo "$root/tests/fuzz/seeds/syncclient" ;;
  esac
}

for target in scenario patch mutation statement xlsx edgar series serverapi syncclient; do
  corpus="$work/corpus-$target"
  mkdir -p "$corpus"
  [ "$target" = xlsx ] && python3 "$root/tests/fuzz/xlsx_seeds.py" "$corpus"
  for dir in $(seeds_for "$target"); do
    find "$dir" -maxdepth 1 \( -name '*.json' -o -name '*.csv' -o -name '*.txt' \) -exec cp -n {} "$corpus/" \;
  done
  echo "fuzz_$target: ${seconds} s"
  log="$work/fuzz_$target.log"
  if ! (cd "$work" && "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=2 \
      -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "$corpus" >"$log" 2>&1); then
    tail -n 80 "$log"
    echo "fuzz_$target FAILED; the input is in $work (crash-*, timeout-*, oom-*)"
    exit 1
  fi
  grep -E '^(Done|stat::(new_units_added|slowest_unit_time_sec|peak_rss_mb))' "$log" || true
done

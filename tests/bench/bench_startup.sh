#!/usr/bin/env bash
# Cold start of the desktop application to an interactive main window with the sample
# workspace open (target: ≤ 1 s). Each run uses fresh settings, so the sample workspace is
# created from the built-in scenarios every time: the first start a new user sees.
# Usage: tests/bench/bench_startup.sh path/to/valor [runs]
set -euo pipefail
valor=${1:?usage: bench_startup.sh path/to/valor [runs]}
runs=${2:-10}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
results=()
for _ in $(seq "$runs"); do
  home=$(mktemp -d)
  start=$(date +%s%N)
  reported=$(HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
             XDG_RUNTIME_DIR="$home" "$valor" --sample --quit-after-load 2>/dev/null | awk '/^startup_ms/ {print $2}')
  end=$(date +%s%N)
  rm -rf "$home"
  results+=("$(( (end - start) / 1000000 )) ${reported:-?}")
done
printf '%s\n' "${results[@]}" | sort -n | awk -v n="$runs" '
  { wall[NR] = $1; inproc[NR] = $2 }
  END {
    m = int((n + 1) / 2)
    printf "startup over %d runs: median %d ms wall (process start to window ready and quit), median %s ms in-process; fastest %d ms, slowest %d ms\n", n, wall[m], inproc[m], wall[1], wall[n]
  }'

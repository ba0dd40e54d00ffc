#!/usr/bin/env python3
"""`valor-cli sensitivity` of a 200 x 200 WACC x terminal-growth grid on the Northwind sample:
the whole process, from start to the last byte of JSON written (target: <= 20 ms).

usage: bench_cli.py VALOR_CLI SCENARIO [RUNS]
"""
import statistics
import subprocess
import sys
import time


def main():
    cli, scenario = sys.argv[1:3]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 21
    args = [cli, "sensitivity", scenario, "--x", "dcf.discount_rate.wacc=0.06:0.12:200",
            "--y", "dcf.terminal_value.growth=0:0.04:200"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000)
    print(f"valor-cli sensitivity 200 x 200 over {runs} runs: median "
          f"{statistics.median(times):.1f} ms, fastest {min(times):.1f} ms, "
          f"slowest {max(times):.1f} ms")


if __name__ == "__main__":
    main()

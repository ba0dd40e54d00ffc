#!/usr/bin/env python3
"""PDF reports as a reader gets them: `valor --report` (no display) for each bundled sample, in
English and German. pdftotext must show the key figures as the desktop displays them (value per
share to two decimals, in the language's number format); the German report must hold none of
the report's English texts; pdftoppm must render every page with ink on it. Then the whole
workspace in one batch (`valor --report DIR --all`): one PDF per scenario, named after it.

usage: pdf_report.py VALOR VALOR_CLI SAMPLES_DIR WORK_DIR
"""
import json
import os
import shutil
import subprocess
import sys

SAMPLES = {
    "northwind.valor.json": "Northwind Instruments — base case",
    "helios.valor.json": "Helios Utilities — exit multiple",
    "valueco.valor.json": "ValueCo — leveraged buyout (textbook case)",
    "pioneer.valor.json": "ExxonMobil / Pioneer — all-stock merger (2023)",
    "allocation.valor.json": "Balanced allocation — maximum Sharpe under caps",
}
# The figure each report must show, by kind, as the key figures table formats it.
FIGURE = {"dcf": ("value_per_share", 2), "lbo": ("irr", None), "ma": ("accretion_year_1", None),
          "portfolio": ("sharpe_ratio", None)}
ENGLISH = ["Key figures", "Assumptions", "Per year", "Charts", "Prepared by", "Printed",
           "Page ", "Value per share", "Enterprise value", "Projection", "Drivers per year",
           "Present value", "Discount factor"]

failures = []


def run(args, **kw):
    result = subprocess.run(args, capture_output=True, **kw)
    if result.returncode != 0:
        raise SystemExit(f"{args[0]} failed ({result.returncode}): {result.stderr.decode()}")
    return result.stdout


def pages_with_ink(pdf, work):
    prefix = os.path.join(work, "page")
    for name in os.listdir(work):
        if name.startswith("page"):
            os.remove(os.path.join(work, name))
    run(["pdftoppm", "-r", "20", "-gray", pdf, prefix])
    inked, total = 0, 0
    for name in sorted(os.listdir(work)):
        if not name.startswith("page"):
            continue
        total += 1
        with open(os.path.join(work, name), "rb") as f:
            data = f.read()
        # P5 PGM: magic, width, height, maxval, then the pixels.
        header = data.split(maxsplit=4)
        pixels = header[4] if len(header) == 5 else b""
        if any(p < 128 for p in pixels):
            inked += 1
    return inked, total


def german(number, decimals):
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def main():
    valor, cli, samples, work = sys.argv[1:5]
    os.makedirs(work, exist_ok=True)
    workspace = os.path.join(work, "reports.valor")
    if os.path.exists(workspace):
        os.remove(workspace)
    run([cli, "workspace", "create", workspace])
    env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"))
    env.pop("QT_QPA_PLATFORM", None)  # --report must work without a display on its own
    env.pop("DISPLAY", None)
    for sample, name in SAMPLES.items():
        source = os.path.join(samples, sample)
        run([cli, "workspace", "import", workspace, source])
        evaluated = json.loads(run([cli, "evaluate", source]))
        with open(source, encoding="utf-8") as f:
            kind = json.load(f)["model"]
        for language in ["en", "de"]:
            pdf = os.path.join(work, f"{sample}.{language}.pdf")
            run([valor, "--report", pdf, "--scenario", name, "--language", language, workspace],
                env=env)
            text = run(["pdftotext", "-layout", pdf, "-"]).decode()
            label = f"{sample} ({language})"
            key, decimals = FIGURE[kind]
            value = evaluated.get(key)
            if decimals is not None and value is not None:
                shown = f"{value:,.{decimals}f}" if language == "en" else german(value, decimals)
                if shown not in text:
                    failures.append(f"{label}: {key} {shown} is not in the report")
            if name not in text:
                failures.append(f"{label}: the scenario's name is not in the report")
            if "Revision " not in text and "Revision" not in text:
                failures.append(f"{label}: no revision in the footer")
            if language == "de":
                for phrase in ENGLISH:
                    if phrase in text:
                        failures.append(f"{label}: English text left: {phrase!r}")
            inked, total = pages_with_ink(pdf, work)
            if total == 0 or inked != total:
                failures.append(f"{label}: {total - inked} of {total} pages are blank")
    batch(valor, workspace, work, env)
    if failures:
        print("\n".join(failures))
        raise SystemExit(f"{len(failures)} problems")
    print(f"reports: {len(SAMPLES)} samples in English and German, every page inked; "
          f"the whole workspace in one batch")


def batch(valor, workspace, work, env):
    """`valor --report DIR --all WS`: one PDF per scenario, named after it, each its own."""
    folder = os.path.join(work, "batch")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    run([valor, "--report", folder, "--all", "--language", "en", workspace], env=env)
    written = sorted(os.listdir(folder))
    expected = sorted(name.replace("/", "-") + ".pdf" for name in SAMPLES.values())
    if written != expected:
        failures.append(f"batch: wrote {written}, expected {expected}")
        return
    for name in SAMPLES.values():
        pdf = os.path.join(folder, name.replace("/", "-") + ".pdf")
        text = run(["pdftotext", "-layout", pdf, "-"]).decode()
        if name not in text:
            failures.append(f"batch: {pdf} is not the report of {name}")


if __name__ == "__main__":
    main()

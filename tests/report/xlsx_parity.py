#!/usr/bin/env python3
"""Excel parity: the workbook `valor-cli report --xlsx` writes, recalculated from scratch by
LibreOffice (headless, through its UNO bridge, calculateAll), gives the engine's values within
1e-9 relative — as exported, and again after an input cell is changed in the sheet (the WACC or
a beta, a year's EBIT margin; the merger's exchange ratio and cost synergies), against the
engine evaluated on the same change.

usage: xlsx_parity.py VALOR_CLI SAMPLES_DIR WORK_DIR
"""
import json
import os
import shutil
import subprocess
import sys
import time

TOLERANCE = 1e-9
OUTPUTS = ["value_per_share", "enterprise_value", "equity_value", "pv_explicit", "pv_terminal",
           "terminal_value", "diluted_shares"]
SAMPLES = ["northwind.valor.json", "helios.valor.json", "crescent.valor.json"]
MERGERS = ["pioneer.valor.json"]
MERGER_OUTPUTS = ["offer_price_per_share", "purchase_equity", "enterprise_value", "new_shares",
                  "new_debt", "cash_used", "goodwill"]
MERGER_ROWS = ["pro_forma_net_income", "standalone_eps", "pro_forma_eps", "accretion",
               "breakeven_synergies", "max_offer_price"]

failures = []


def check(what, actual, expected):
    scale = max(1.0, abs(expected))
    if not abs(actual - expected) <= TOLERANCE * scale:
        failures.append(f"{what}: workbook {actual!r}, engine {expected!r}")


def engine(cli, scenario):
    run = subprocess.run([cli, "evaluate", "-"], input=json.dumps(scenario).encode(),
                         capture_output=True, check=False)
    if run.returncode != 0:
        raise SystemExit(f"valor-cli evaluate failed: {run.stderr.decode()}")
    return json.loads(run.stdout)


def start_office(work):
    import uno  # noqa: F401  (python3-uno, installed by make test)
    profile = "file://" + os.path.join(work, "office-profile")
    pipe = f"valor_parity_{os.getpid()}"
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation={profile}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            desktop = context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", context)
            return office, desktop
        except Exception:  # the office is still starting
            time.sleep(0.25)
    office.kill()
    raise SystemExit("LibreOffice did not start")


def load(desktop, path):
    import uno
    from com.sun.star.beans import PropertyValue
    hidden = PropertyValue()
    hidden.Name = "Hidden"
    hidden.Value = True
    return desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (hidden,))


def named_cells(doc, name):
    ranges = doc.NamedRanges
    if not ranges.hasByName(name):
        raise SystemExit(f"the workbook has no defined name {name}")
    return ranges.getByName(name).getReferredCells()


def named_value(doc, name):
    return named_cells(doc, name).getCellByPosition(0, 0).getValue()


def named_row(doc, name):
    cells = named_cells(doc, name)
    return [cells.getCellByPosition(i, 0).getValue() for i in range(cells.Columns.getCount())]


def exported(cli, samples, work, desktop, sample):
    """The sample's scenario, and its workbook as `valor-cli report --xlsx` writes it, opened."""
    source = os.path.join(samples, sample)
    with open(source, encoding="utf-8") as f:
        scenario = json.load(f)
    book = os.path.join(work, sample.replace(".valor.json", ".xlsx"))
    subprocess.run([cli, "report", source, "--xlsx", book], check=True, stdout=subprocess.DEVNULL)
    return scenario, load(desktop, book)


def compare(doc, reference, label):
    doc.calculateAll()
    for key in OUTPUTS:
        check(f"{label} {key}", named_value(doc, key), reference[key])
    fcff = named_row(doc, "fcff")
    for i, row in enumerate(reference["years"]):
        check(f"{label} fcff {row['year']}", fcff[i], row["fcff"])


def compare_merger(doc, reference, label):
    doc.calculateAll()
    for key in MERGER_OUTPUTS:
        check(f"{label} {key}", named_value(doc, key), reference[key])
    check(f"{label} target_ownership", named_value(doc, "target_ownership"),
          reference["ownership"]["target"])
    for key in MERGER_ROWS:
        row = named_row(doc, key)
        for i, year in enumerate(reference["years"]):
            if year[key] is not None:
                check(f"{label} {key} {year['year']}", row[i], year[key])


def merger_parity(cli, samples, work, desktop):
    for sample in MERGERS:
        scenario, doc = exported(cli, samples, work, desktop, sample)
        try:
            compare_merger(doc, engine(cli, scenario), f"{sample} as exported")
            ratio = scenario["ma"]["offer"]["exchange_ratio"] + 0.1
            named_cells(doc, "exchange_ratio").getCellByPosition(0, 0).setValue(ratio)
            scenario["ma"]["offer"]["exchange_ratio"] = ratio
            compare_merger(doc, engine(cli, scenario), f"{sample} with a new exchange ratio")
            cost = scenario["ma"]["synergies"]["cost"] + 500
            named_cells(doc, "cost_synergies").getCellByPosition(0, 0).setValue(cost)
            scenario["ma"]["synergies"]["cost"] = cost
            compare_merger(doc, engine(cli, scenario), f"{sample} with new cost synergies")
        finally:
            doc.close(True)


def main():
    cli, samples, work = sys.argv[1:4]
    if not shutil.which("soffice"):
        raise SystemExit("LibreOffice (soffice) is not installed: make test installs it")
    os.makedirs(work, exist_ok=True)
    office, desktop = start_office(work)
    try:
        for sample in SAMPLES:
            scenario, doc = exported(cli, samples, work, desktop, sample)
            try:
                compare(doc, engine(cli, scenario), f"{sample} as exported")

                # The discount rate: a given WACC, or the beta of a built-up one.
                rate = scenario["dcf"]["discount_rate"]
                if rate.get("method", "direct") == "direct":
                    named_cells(doc, "wacc").getCellByPosition(0, 0).setValue(rate["wacc"] + 0.01)
                    rate["wacc"] += 0.01
                else:
                    named_cells(doc, "beta").getCellByPosition(0, 0).setValue(rate["beta"] + 0.15)
                    rate["beta"] += 0.15
                compare(doc, engine(cli, scenario), f"{sample} with a new discount rate")

                # One year's EBIT margin, typed over in the sheet: the engine gets the same
                # per-year margins (the sheet's, as exported) with that year changed.
                margins = named_row(doc, "ebit_margin")
                margins[2] += 0.02
                named_cells(doc, "ebit_margin").getCellByPosition(2, 0).setValue(margins[2])
                first = scenario["dcf"]["base_year"] + 1
                scenario["dcf"]["ebit_margin"] = {
                    "mode": "per_year",
                    "values": {str(first + i): m for i, m in enumerate(margins)}}
                compare(doc, engine(cli, scenario), f"{sample} with a new year-3 margin")
            finally:
                doc.close(True)
        merger_parity(cli, samples, work, desktop)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
    if failures:
        print("\n".join(failures))
        raise SystemExit(f"{len(failures)} values differ")
    print(f"parity: {len(SAMPLES) + len(MERGERS)} samples, 3 states each, "
          f"within {TOLERANCE} relative")


if __name__ == "__main__":
    main()

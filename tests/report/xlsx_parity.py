#!/usr/bin/env python3
"""Excel parity: the workbook `valor-cli report --xlsx` writes, recalculated from scratch by
LibreOffice (headless, through its UNO bridge, calculateAll), gives the engine's values within
1e-9 relative — as exported, and again after an input cell is changed in the sheet (the WACC or
a beta, a year's EBIT margin; the merger's exchange ratio and cost synergies; the real option's
volatility, and as a put its underlying; the buyout's exit
multiple, a year's EBITDA margin, a spread, the sweep), against the engine evaluated on the same
change. The buyouts' interest on average balances is circular: LibreOffice iterates as the
workbook's calculation settings say, and must land on the engine's fixed point.

usage: xlsx_parity.py VALOR_CLI SAMPLES_DIR WORK_DIR
"""
import json
import os
import re
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

BUYOUT_OUTPUTS = ["sponsor_equity", "exit_ebitda", "exit_enterprise_value", "net_debt_at_exit",
                  "exit_equity", "sponsor_share", "sponsor_proceeds"]
# The workbook's name for an output, where it differs from the engine's key.
BUYOUT_RENAMED = {"irr": "sponsor_irr", "xirr": "sponsor_xirr", "moic": "sponsor_moic",
                  "entry_multiple": "entry_ev_multiple"}
BUYOUT_ATTRIBUTION = {"ebitda_growth": "attribution_ebitda_growth",
                      "multiple_expansion": "attribution_multiple_expansion",
                      "debt_paydown": "attribution_debt_paydown",
                      "fees_and_leakage": "attribution_fees", "equity_gain": "equity_gain"}

OPTIONS = ["patent.valor.json"]
OPTION_OUTPUTS = ["option_value", "exercise_now_value", "intrinsic_value", "time_value", "delta",
                  "gamma", "vega_per_point", "theta_per_year", "rho_per_point",
                  "exercise_probability"]

MAX_PASSES = 60

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


def compare_option(doc, reference, label):
    doc.calculateAll()
    for key in OPTION_OUTPUTS:
        check(f"{label} {key}", named_value(doc, key), reference["outputs"][key])


def option_parity(cli, samples, work, desktop):
    """A European real option as exported, with a new volatility, and as a put at a new
    underlying value (the put's formulas are written for an abandonment option)."""
    for sample in OPTIONS:
        scenario, doc = exported(cli, samples, work, desktop, sample)
        try:
            compare_option(doc, engine(cli, scenario), f"{sample} as exported")
            named_cells(doc, "volatility").getCellByPosition(0, 0).setValue(0.35)
            scenario["real_option"]["volatility"] = 0.35
            compare_option(doc, engine(cli, scenario), f"{sample} with a new volatility")
        finally:
            doc.close(True)
        scenario["real_option"]["framing"] = "abandon"
        put = os.path.join(work, "abandon.valor.json")
        with open(put, "w", encoding="utf-8") as f:
            json.dump(scenario, f)
        _, doc = exported(cli, work, work, desktop, "abandon.valor.json")
        try:
            compare_option(doc, engine(cli, scenario), f"{sample} as a put")
            named_cells(doc, "underlying_pv").getCellByPosition(0, 0).setValue(2500)
            scenario["real_option"]["underlying"]["value"] = 2500
            compare_option(doc, engine(cli, scenario), f"{sample} as a put on 2,500")
        finally:
            doc.close(True)


def settle(doc):
    """Forced full recalculations until the circular figures stop moving. LibreOffice's forced
    recalculation runs only a few passes of a long circular chain per call, so a changed
    buyout settles over several calls (each a contraction: the change shrinks about twentyfold
    per pass). Returns the number of calls; more than MAX_PASSES fails."""
    before = None
    for passes in range(1, MAX_PASSES + 1):
        doc.calculateAll()
        now = named_row(doc, "interest_cash") + named_row(doc, "cash_closing")
        if before is not None and all(abs(a - b) <= 1e-13 * max(1.0, abs(b))
                                      for a, b in zip(now, before)):
            return passes
        before = now
    failures.append(f"the circular interest did not settle in {MAX_PASSES} recalculations")
    return MAX_PASSES


def compare_buyout(doc, reference, label):
    settle(doc)
    for key in BUYOUT_OUTPUTS:
        check(f"{label} {key}", named_value(doc, key), reference[key])
    for key, name in BUYOUT_RENAMED.items():
        if reference[key] is not None:
            check(f"{label} {key}", named_value(doc, name), reference[key])
    for key, name in BUYOUT_ATTRIBUTION.items():
        check(f"{label} {key}", named_value(doc, name), reference["attribution"][key])
    rows = {name: named_row(doc, name) for name in
            ["revenue", "ebitda", "ebt", "taxes", "net_income", "interest_cash",
             "cash_flow_for_debt", "cash_closing", "debt"]}
    for i, year in enumerate(reference["years"]):
        for key in ["revenue", "ebitda", "ebt", "taxes", "net_income", "interest_cash"]:
            check(f"{label} {key} {year['year']}", rows[key][i], year[key])
        cash = reference["cash"][i]
        check(f"{label} cash_flow_for_debt {year['year']}", rows["cash_flow_for_debt"][i],
              cash["cash_flow_for_debt"])
        check(f"{label} cash {year['year']}", rows["cash_closing"][i], cash["closing"])
        check(f"{label} debt {year['year']}", rows["debt"][i], reference["credit_stats"][i]["debt"])


def buyout_template(cli):
    """`valor-cli new lbo`: OID, PIK notes, minimum cash, interest on cash, an entry multiple."""
    text = subprocess.run([cli, "new", "lbo"], capture_output=True, check=True).stdout.decode()
    return json.loads(re.sub(r"(^|\s)//[^\n]*", "", text))


def buyout_stress(cli, basis):
    """The template with a year-one loss (the carry-forward), a dividend the revolver funds, a
    binding floor and rollover equity, on the given interest basis."""
    scenario = buyout_template(cli)
    lbo = scenario["lbo"]
    first = lbo["base_year"] + 1
    lbo["ebitda_margin"] = {"mode": "per_year", "values": {
        str(first + i): 0.03 if i == 0 else 0.15 for i in range(lbo["years"])}}
    lbo["dividends"] = {str(first + 1): 40.0}
    lbo["entry"]["rollover_equity"] = 50.0
    lbo["tranches"][1]["floor"] = 0.05
    lbo["financing"]["interest_basis"] = basis
    return scenario


def buyout_parity(cli, samples, work, desktop):
    cases = [("valueco", None)]
    cases += [("template", buyout_template(cli)),
              ("stress-average", buyout_stress(cli, "average")),
              ("stress-opening", buyout_stress(cli, "opening"))]
    for name, scenario in cases:
        if scenario is None:
            scenario, doc = exported(cli, samples, work, desktop, f"{name}.valor.json")
        else:
            source = os.path.join(work, f"{name}.valor.json")
            with open(source, "w", encoding="utf-8") as f:
                json.dump(scenario, f)
            scenario, doc = exported(cli, work, work, desktop, f"{name}.valor.json")
        try:
            lbo = scenario["lbo"]
            compare_buyout(doc, engine(cli, scenario), f"{name} as exported")

            multiple = lbo["exit"]["multiple"] + 0.5
            named_cells(doc, "exit_multiple").getCellByPosition(0, 0).setValue(multiple)
            lbo["exit"]["multiple"] = multiple
            compare_buyout(doc, engine(cli, scenario), f"{name} with a new exit multiple")

            margins = named_row(doc, "ebitda_margin")
            margins[1] += 0.01
            named_cells(doc, "ebitda_margin").getCellByPosition(1, 0).setValue(margins[1])
            first = lbo["base_year"] + 1
            lbo["ebitda_margin"] = {"mode": "per_year", "values": {
                str(first + i): m for i, m in enumerate(margins)}}
            compare_buyout(doc, engine(cli, scenario), f"{name} with a new year-2 margin")

            spread = lbo["tranches"][1]["spread"] + 0.005
            named_cells(doc, "tranche_spread").getCellByPosition(1, 0).setValue(spread)
            lbo["tranches"][1]["spread"] = spread
            named_cells(doc, "cash_sweep").getCellByPosition(0, 0).setValue(0.5)
            lbo["financing"]["sweep"] = 0.5
            compare_buyout(doc, engine(cli, scenario), f"{name} with a new spread and sweep")
        finally:
            doc.close(True)
    return len(cases)


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
        option_parity(cli, samples, work, desktop)
        buyouts = buyout_parity(cli, samples, work, desktop)
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
    print(f"parity: {len(SAMPLES) + len(MERGERS)} samples, 3 states each, {len(OPTIONS)} "
          f"real option, 4 states, and {buyouts} buyouts, 4 states each, within {TOLERANCE} "
          "relative")


if __name__ == "__main__":
    main()

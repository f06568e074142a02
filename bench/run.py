"""lexcheck's benchmark: latency, throughput, docket scaling, and clingo beside it.

    .venv/bin/pip install -e '.[bench]' && .venv/bin/python bench/run.py [--quick] [--json FILE]

Prints a table, then the same figures as JSON:

1. latency — `lexcheck holdings CASE` as a whole process for each bundled
   case, against the floor `python -c "import pyDatalog"` (median of runs,
   bytecode cached, after warm-up runs);
2. derivations per second — whole-case derivations (pyDatalog store plus the
   rulings read off it) of generated cases in one process; also with loading
   the case data, and with every ruling's ground worked out;
3. docket scaling — `lexcheck batch DIR --jobs 1` over N = 10, 100, 1,000 and
   10,000 generated case files: wall time, peak memory (max RSS) and the
   log–log slope of time against N;
4. clingo — the rule book translated from the registry (engine/asp.py), the
   same cases derived per case and as one docket program, with a check that
   both engines derive the same atoms and the same rulings on every case.

`--quick` stops the docket at N = 1,000 and uses fewer cases and runs.
Timings are wall-clock on a shared machine: read them as medians, not bounds.
"""
from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402

TARGETS = {"latency_ratio": 1.5, "derivations_per_second": 300, "docket_slope": 1.1, "clingo_ratio": 3.0}


def _env() -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode is cached after the first run
    return env


def _lexcheck() -> list[str]:
    script = Path(sys.executable).parent / "lexcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "lexcheck.cli"]


def _time_process(cmd: list[str], runs: int, warmup: int = 2) -> dict:
    """Median wall and CPU (user + system) seconds of a command run as its own process."""
    walls, cpus = [], []
    for i in range(warmup + runs):
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
        _, status, usage = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed")
        if i >= warmup:
            walls.append(time.perf_counter() - t)
            cpus.append(usage.ru_utime + usage.ru_stime)
    return {"wall_s": statistics.median(walls), "cpu_s": statistics.median(cpus)}


def latency(runs: int) -> dict:
    from lexcheck.engine.api import bundled_cases
    floor = _time_process([sys.executable, "-c", "import pyDatalog"], runs)
    out = {"floor": floor, "help": _time_process(_lexcheck() + ["--help"], runs), "cases": {}}
    for name in bundled_cases():
        t = _time_process(_lexcheck() + ["holdings", name], runs)
        out["cases"][name] = {**t, "ratio_wall": t["wall_s"] / floor["wall_s"], "ratio_cpu": t["cpu_s"] / floor["cpu_s"]}
    out["worst_ratio_cpu"] = max(c["ratio_cpu"] for c in out["cases"].values())
    out["worst_ratio_wall"] = max(c["ratio_wall"] for c in out["cases"].values())
    out["stages_ms"] = _stages()
    return out


STAGES = r"""
import json, time
T = [time.perf_counter()]; names = []
def mark(n): T.append(time.perf_counter()); names.append(n)
import click; mark("import click")
import pyDatalog; from pyDatalog import pyEngine, Logic; mark("import pyDatalog")
import yaml, lark; mark("import yaml, lark")
from lexcheck.engine import api, render; mark("import lexcheck.engine")
book = api.rulebook(); mark("rule book: import, parse, check")
case = api.open_case("aiil-v-sessions", book); mark("load the case file")
from lexcheck.engine.store import derive; derive(book, []); mark("compile rules to pyDatalog")
d = api.derive_case(case, book); mark("derive + outcomes")
for r in d.rulings: r.grounds
mark("grounds (explainer)")
render.holdings_text(d); mark("render")
print(json.dumps({n: round((b - a) * 1000, 1) for n, a, b in zip(names, T, T[1:])}))
"""


def _stages() -> dict:
    """Where a `holdings aiil-v-sessions` process spends its time (one fresh process, after warm-up)."""
    runs = [json.loads(subprocess.run([sys.executable, "-c", STAGES], capture_output=True, text=True, env=_env(),
                                      check=True).stdout) for _ in range(4)][1:]
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def throughput(n: int) -> dict:
    from lexcheck.engine.api import rulebook
    from lexcheck.engine.casefile import load_case_data
    from lexcheck.engine.rulings import run
    from lexcheck.engine.store import derive
    book = rulebook()
    derive(book, [])
    data = [generate.case_data(s) for s in range(n)]
    clock = time.process_time  # CPU time of this process: a per-core rate even on a busy machine
    wall, t = time.perf_counter(), clock()
    cases = [load_case_data(x, book.vocabulary, "<generated>") for x in data]
    load_s, load_wall = clock() - t, time.perf_counter() - wall
    wall, t = time.perf_counter(), clock()
    derivations = [run(book, c) for c in cases]
    run_s, run_wall = clock() - t, time.perf_counter() - wall
    sample = derivations[: max(1, n // 5)]
    t = clock()
    for d in sample:
        for r in d.rulings:
            r.grounds
    grounds_s = (clock() - t) * n / len(sample)
    facts = [len(c.atoms()) for c in cases]
    return {"cases": n, "mean_facts": statistics.mean(facts),
            "mean_rulings": statistics.mean(len(d.rulings) for d in derivations),
            "derivations_per_cpu_s": n / run_s, "derivations_per_wall_s": n / run_wall,
            "load_per_cpu_s": n / load_s, "load_per_wall_s": n / load_wall,
            "load_and_derive_per_cpu_s": n / (load_s + run_s), "with_grounds_per_cpu_s": n / (run_s + grounds_s)}


# Runs the command from a small Python process, so the peak RSS reported is the
# command's own (a child forked from this big benchmark process would start with
# the benchmark's memory counted against it).
MEASURE = r"""
import json, os, resource, subprocess, sys, time
t = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": code, "wall": time.perf_counter() - t, "cpu": u.ru_utime + u.ru_stime, "rss_kb": u.ru_maxrss}))
"""


def _run_measured(cmd: list[str]) -> dict:
    """Wall seconds, CPU seconds and peak RSS (KB) of one command."""
    out = json.loads(subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True,
                                    env=_env(), check=True).stdout)
    if out["code"] != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {out['code']}")
    return out


def docket(sizes: list[int], folder: Path) -> dict:
    rows = []
    for n in sizes:
        path = folder / f"docket-{n}"
        generate.write_docket(path, n)
        m = _run_measured(_lexcheck() + ["batch", str(path), "--jobs", "1"])
        rows.append({"n": n, "wall_s": m["wall"], "cpu_s": m["cpu"], "cases_per_cpu_s": n / m["cpu"],
                     "peak_rss_mb": m["rss_kb"] / 1024})
        shutil.rmtree(path)
    lo = next((r for r in rows if r["n"] == 100), rows[0])
    hi = rows[-1]

    def slope(key):
        return math.log(hi[key] / lo[key]) / math.log(hi["n"] / lo["n"]) if hi["n"] > lo["n"] else None
    return {"rows": rows, "slope_cpu": slope("cpu_s"), "slope_wall": slope("wall_s"), "slope_from": lo["n"],
            "slope_to": hi["n"], "peak_rss_growth": hi["peak_rss_mb"] / lo["peak_rss_mb"]}


def clingo_side_by_side(n: int) -> dict:
    from lexcheck.engine import asp
    from lexcheck.engine.api import bundled_cases, open_case, rulebook
    from lexcheck.engine.casefile import load_case_data
    from lexcheck.engine.rulings import run
    from lexcheck.engine.store import derive
    book = rulebook()
    cases = [open_case(name, book) for name in bundled_cases()]
    cases += [load_case_data(generate.case_data(s), book.vocabulary, "<generated>") for s in range(n)]
    per_case, docket_text = asp.program(book), asp.program(book, docket=True)
    derive(book, [])
    from lexcheck.engine.law_in_force import case_atoms
    atoms = [case_atoms(book, c) for c in cases]
    gc.collect()

    clock = time.process_time  # clingo runs single-threaded here (--models=1, no parallel mode)
    t = clock()
    ours = [derive(book, a) for a in atoms]
    pydatalog_s = clock() - t
    t = clock()
    theirs = [asp.derive(book, a, per_case) for a in atoms]
    clingo_s = clock() - t
    t = clock()
    docket_models = asp.derive_docket(book, {i: a for i, a in enumerate(atoms)}, docket_text)
    clingo_docket_s = clock() - t

    differ = []
    for i, case in enumerate(cases):
        a, b, c = (run(book, case, m) for m in (ours[i], theirs[i], docket_models[i]))
        ra, rb, rc = ([(r.id, r.outcome) for r in x.rulings] for x in (a, b, c))
        if not (ours[i].true == theirs[i].true == docket_models[i].true and ra == rb == rc):
            differ.append(case.id)
    best = min(clingo_s, clingo_docket_s)
    return {"cases": len(cases), "pydatalog_s": pydatalog_s, "clingo_per_case_s": clingo_s,
            "clingo_docket_s": clingo_docket_s, "ratio_vs_best_clingo": pydatalog_s / best,
            "ratio_vs_clingo_per_case": pydatalog_s / clingo_s, "identical": not differ,
            "differing_cases": differ[:10], "rules": len(book.rules),
            "derived_atoms": sum(sum(len(v) for k, v in m.true.items() if book.vocabulary.get(k).kind == "derived")
                                 for m in ours)}


def table(r: dict) -> str:
    L = []
    lat, thr, dock, cl = r["latency"], r["throughput"], r["docket"], r["clingo"]
    t = r["targets"]

    def verdict(ok):
        return "met" if ok else "NOT MET"

    L.append(f"lexcheck benchmark — Python {r['machine']['python']} on {r['machine']['cpus']} cpu(s), "
             f"pyDatalog {r['machine']['pyDatalog']}, clingo {r['machine']['clingo']}")
    L.append("Times are CPU seconds (user + system) unless marked wall; on an idle machine they agree, on a")
    L.append("shared one wall time also counts waiting for a core.")
    L.append("")
    L.append("1. Latency of `lexcheck holdings CASE` (whole process, median)")
    L.append(f"   {'':40} {'cpu ms':>8} {'wall ms':>8} {'x floor (cpu)':>14}")
    floor = 'floor: python -c "import pyDatalog"'
    L.append(f"   {floor:40} {lat['floor']['cpu_s'] * 1000:8.1f} {lat['floor']['wall_s'] * 1000:8.1f}")
    L.append(f"   {'lexcheck --help':40} {lat['help']['cpu_s'] * 1000:8.1f} {lat['help']['wall_s'] * 1000:8.1f}")
    for name, c in lat["cases"].items():
        L.append(f"   {'holdings ' + name:40} {c['cpu_s'] * 1000:8.1f} {c['wall_s'] * 1000:8.1f} {c['ratio_cpu']:13.2f}x")
    L.append(f"   target <= {TARGETS['latency_ratio']}x floor: {verdict(t['latency'])}")
    L.append("   where one `holdings aiil-v-sessions` process spends its time (wall ms, median of 3):")
    for k, v in lat["stages_ms"].items():
        L.append(f"     {k:38} {v:6.1f}")
    L.append("")
    L.append(f"2. Whole-case derivations, one process, {thr['cases']} generated cases "
             f"(~{thr['mean_facts']:.0f} facts, ~{thr['mean_rulings']:.0f} rulings each)")
    L.append(f"   derive + rulings (outcomes)                {thr['derivations_per_cpu_s']:7.0f} /cpu-s "
             f"({thr['derivations_per_wall_s']:.0f} /wall-s)")
    L.append(f"   loading the case data (checks, parsing)    {thr['load_per_cpu_s']:7.0f} /cpu-s")
    L.append(f"   load + derive                              {thr['load_and_derive_per_cpu_s']:7.0f} /cpu-s")
    L.append(f"   derive + every ruling's ground (explainer) {thr['with_grounds_per_cpu_s']:7.0f} /cpu-s")
    L.append(f"   target >= {TARGETS['derivations_per_second']}/s per core (derive + rulings): "
             f"{verdict(t['throughput'])}")
    L.append("")
    L.append("3. Docket: `lexcheck batch DIR --jobs 1` (case files -> JSON lines)")
    L.append(f"   {'N':>7} {'cpu s':>9} {'wall s':>9} {'cases/cpu-s':>12} {'peak RSS MB':>12}")
    for row in dock["rows"]:
        L.append(f"   {row['n']:7d} {row['cpu_s']:9.2f} {row['wall_s']:9.2f} {row['cases_per_cpu_s']:12.0f} "
                 f"{row['peak_rss_mb']:12.1f}")
    if dock["slope_cpu"] is not None:
        L.append(f"   log-log slope of time vs N, N={dock['slope_from']}..{dock['slope_to']}: "
                 f"{dock['slope_cpu']:.3f} (cpu), {dock['slope_wall']:.3f} (wall)")
    L.append(f"   peak memory at N={dock['slope_to']} / at N={dock['slope_from']}: {dock['peak_rss_growth']:.2f}x")
    L.append(f"   target slope <= {TARGETS['docket_slope']} with flat memory: {verdict(t['docket'])}")
    L.append("")
    L.append(f"4. The same {cl['rules']} rules on clingo (translated from the registry), {cl['cases']} cases "
             f"(both bundled + generated), engine time only")
    L.append(f"   pyDatalog, a store per case                {cl['pydatalog_s']:7.2f} cpu s")
    L.append(f"   clingo, a program per case                 {cl['clingo_per_case_s']:7.2f} cpu s")
    L.append(f"   clingo, one program for the whole docket   {cl['clingo_docket_s']:7.2f} cpu s")
    L.append(f"   pyDatalog / fastest clingo                 {cl['ratio_vs_best_clingo']:7.2f}x")
    L.append(f"   same derived atoms ({cl['derived_atoms']}) and rulings on every case: "
             f"{'yes' if cl['identical'] else 'NO: ' + ', '.join(map(str, cl['differing_cases']))}")
    L.append(f"   target within {TARGETS['clingo_ratio']}x of clingo, identical: {verdict(t['clingo'])}")
    return "\n".join(L)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="lexcheck benchmark")
    ap.add_argument("--quick", action="store_true", help="docket up to N=1,000; fewer cases and runs")
    ap.add_argument("--json", metavar="FILE", help="also write the JSON figures to FILE")
    args = ap.parse_args(argv)
    try:
        import clingo  # noqa: F401
    except ImportError:
        print("bench: clingo is needed for figure 4: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    sizes = [10, 100, 1000] if args.quick else [10, 100, 1000, 10000]
    report = {"machine": {"python": platform.python_version(), "platform": platform.platform(),
                          "cpus": os.cpu_count(), "pyDatalog": version("pyDatalog"), "clingo": version("clingo")},
              "quick": args.quick}
    steps = [("latency", lambda: latency(5 if args.quick else 10)),
             ("throughput", lambda: throughput(300 if args.quick else 2000)),
             ("clingo", lambda: clingo_side_by_side(300 if args.quick else 2000))]
    with tempfile.TemporaryDirectory(prefix="lexcheck-bench-") as tmp:
        steps.insert(2, ("docket", lambda: docket(sizes, Path(tmp))))
        for name, step in steps:
            print(f"bench: {name} ...", file=sys.stderr, flush=True)
            report[name] = step()
    dock = report["docket"]
    report["targets"] = {
        "latency": report["latency"]["worst_ratio_cpu"] <= TARGETS["latency_ratio"],
        "throughput": report["throughput"]["derivations_per_cpu_s"] >= TARGETS["derivations_per_second"],
        "docket": dock["slope_cpu"] is not None and dock["slope_cpu"] <= TARGETS["docket_slope"]
        and dock["peak_rss_growth"] <= 1.2,
        "clingo": report["clingo"]["identical"] and report["clingo"]["ratio_vs_best_clingo"] <= TARGETS["clingo_ratio"],
    }
    print(table(report))
    print()
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How fast a `lexcheck report` page opens in a browser, and how long it takes to make.

    .venv/bin/python bench/report_load.py [CASE ...] [--runs N] [--json FILE] [--keep DIR]
    .venv/bin/python bench/report_load.py --page old.html --page new.html     # pages made already

For each case (default: the largest bundled case, aiil-v-sessions):

1. making it — `lexcheck report CASE -o FILE` as a whole process: wall and CPU
   seconds, and the page's size;
2. opening it — the file opened from disk in headless Chromium (Debian's
   `chromium`, driven by playwright; `LEXCHECK_CHROMIUM` names another), a new
   browser context each run, 1280 x 800: first contentful paint, the load
   event, and "rendered" (the load event and two animation frames after it,
   measured outside the page: what a reader waits for), median of the runs
   after the first;
3. using it — in the loaded page, selecting the grid cell of the ruling with
   the largest explanation until its tree is on screen, and typing a word into
   the search box until the count of rulings shown is updated.

The issue's target is a report that opens and renders in well under a second.
Timings are wall-clock on a shared machine: read them as medians, not bounds.
This is a benchmark, not a test: nothing here fails on a slow machine.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 1.0


def _lexcheck() -> list[str]:
    script = Path(sys.executable).parent / "lexcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "lexcheck.cli"]


def make(case: str, out: Path) -> dict:
    t = time.perf_counter()
    proc = subprocess.Popen(_lexcheck() + ["report", case, "-o", str(out)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"lexcheck report {case} failed")
    return {"wall_s": time.perf_counter() - t, "cpu_s": usage.ru_utime + usage.ru_stime,
            "bytes": out.stat().st_size}


TIMING = """() => {
  const n = performance.getEntriesByType("navigation")[0];
  const p = performance.getEntriesByName("first-contentful-paint")[0];
  return {fcp_ms: p ? p.startTime : null, dom_ready_ms: n.domContentLoadedEventEnd, load_ms: n.loadEventEnd,
          elements: document.getElementsByTagName("*").length};
}"""
FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def open_page(browser, path: Path, runs: int) -> dict:
    rows, use = [], {}
    for i in range(runs + 1):
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        t = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load")
        page.evaluate(FRAMES)
        rendered = (time.perf_counter() - t) * 1000
        row = {**page.evaluate(TIMING), "rendered_ms": rendered}
        if i == runs:
            use = _use(page)
        context.close()
        if i:  # the first run warms the browser's caches
            rows.append(row)
    out = {k: statistics.median(r[k] for r in rows) for k in ("fcp_ms", "dom_ready_ms", "load_ms", "rendered_ms")}
    out["elements_at_load"] = rows[-1]["elements"]
    out["runs"] = runs
    return {**out, **use}


def _use(page) -> dict:
    """Open the ruling with the largest explanation from its grid cell; search for a word."""
    rid = page.evaluate("""() => {
      let best = null, size = -1;
      for (const r of document.querySelectorAll("details.ruling")) {
        const s = r.querySelector('script[type="text/x-lexcheck-tree"]');
        const n = s ? s.textContent.length : r.innerHTML.length;  // pages made before trees were built lazily
        if (n > size) { size = n; best = r.id; }
      }
      return best; }""")
    cell = page.locator(f'table.grid a[href="#{rid}"]')
    t = time.perf_counter()
    if cell.count():
        cell.first.click()
    else:
        page.locator(f'[id="{rid}"] > summary').click()
    page.locator(f'[id="{rid}"] ul.tree > li').first.wait_for(state="visible")
    page.evaluate(FRAMES)
    opened = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    before = page.locator("#shown").inner_text()
    page.fill("#f-search", "walden")
    page.wait_for_function("b => document.getElementById('shown').textContent !== b", arg=before)
    page.evaluate(FRAMES)
    searched = (time.perf_counter() - t) * 1000
    return {"largest_ruling": rid, "open_largest_ruling_ms": opened, "first_search_ms": searched}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="how fast a lexcheck report opens in Chromium")
    ap.add_argument("cases", nargs="*", default=["aiil-v-sessions"])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", metavar="FILE")
    ap.add_argument("--keep", metavar="DIR", help="keep the pages in DIR")
    ap.add_argument("--page", metavar="FILE", action="append", default=[],
                    help="open this report as it is, without making one (repeatable; no CASE then)")
    args = ap.parse_args(argv)
    exe = os.environ.get("LEXCHECK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("bench: playwright is needed: pip install -e '.[test]'", file=sys.stderr)
        return 2
    if not exe:
        print("bench: no Chromium (apt-get install chromium, or set LEXCHECK_CHROMIUM)", file=sys.stderr)
        return 2
    results = {}
    with tempfile.TemporaryDirectory(prefix="lexcheck-report-") as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
            for page in args.page:
                print(f"bench: opening {page} ...", file=sys.stderr, flush=True)
                path = Path(page).resolve()
                results[page] = {"make": {"bytes": path.stat().st_size}, "open": open_page(browser, path, args.runs)}
            for case in ([] if args.page else args.cases):
                path = folder / f"{Path(case).stem}.html"
                print(f"bench: making {case} ...", file=sys.stderr, flush=True)
                made = make(case, path)
                print(f"bench: opening {path.name} ...", file=sys.stderr, flush=True)
                results[case] = {"make": made, "open": open_page(browser, path, args.runs)}
            browser.close()
    for case, r in results.items():
        m, o = r["make"], r["open"]
        made = f", made in {m['wall_s']:.1f} s wall ({m['cpu_s']:.1f} s CPU)" if "cpu_s" in m else ""
        print(f"{case}: page {m['bytes'] / 1e6:.1f} MB{made}")
        print(f"  opened from disk (median of {o['runs']}): first paint {o['fcp_ms']:.0f} ms, "
              f"load event {o['load_ms']:.0f} ms, rendered {o['rendered_ms']:.0f} ms "
              f"({o['elements_at_load']} elements) — target < {TARGET_S * 1000:.0f} ms: "
              f"{'met' if o['rendered_ms'] < TARGET_S * 1000 else 'NOT MET'}")
        print(f"  opening the largest ruling ({o['largest_ruling']}): {o['open_largest_ruling_ms']:.0f} ms; "
              f"the first search: {o['first_search_ms']:.0f} ms")
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

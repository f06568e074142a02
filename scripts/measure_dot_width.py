"""Measure how wide `explain --format svg` draws each ruling of the bundled cases.

Not a test: a measurement for issue 16 (a ruling's picture should stay readable,
about 2,000 px wide at most). Renders every ruling of the four bundled cases with
Graphviz's `dot` and reads the SVG's width (pt = px at 72 dpi, Graphviz's own unit).

    .venv/bin/python scripts/measure_dot_width.py [CASE ...] [--limit 2100]
"""
from __future__ import annotations

import re
import sys

from lexcheck.engine import api

CASES = ["aiil-v-sessions", "ko-v-ice", "ko-v-sessions", "biliack-v-paul-revere"]


def width(svg: str) -> float:
    m = re.search(r'<svg[^>]*\bwidth="([\d.]+)pt"', svg)
    return float(m.group(1)) if m else 0.0


def main(argv: list[str]) -> None:
    limit = 2100.0
    if "--limit" in argv:
        i = argv.index("--limit")
        limit = float(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    cases = argv or CASES
    book = api.rulebook()
    widths = []
    for c in cases:
        d = api.derive_case(api.open_case(c, book), book)
        for r in d.rulings:
            w = width(api.explanation(d, r, "svg"))
            widths.append((w, c, r.id))
        print(f"{c}: {len([1 for w in widths if w[1] == c])} rulings", file=sys.stderr)
    over = [w for w in widths if w[0] > limit]
    widths.sort(reverse=True)
    print(f"rulings: {len(widths)}; wider than {limit:,.0f} px: {len(over)}; "
          f"max {widths[0][0]:,.0f} px ({widths[0][1]} {widths[0][2]})" if widths else "no rulings")
    for w, c, rid in widths[:5]:
        print(f"  {w:7,.0f}  {c}  {rid}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Text and JSON for holdings, explanations and verification.

Text is for people (an indented tree that wraps to the terminal, 80 columns
when piped); JSON is for tools and has a stable shape (see README). One
ruling's explanation in every format is in `explanations`.
"""
from __future__ import annotations

import shutil
import textwrap

from .explain import UNDETERMINED, Node
from .rulings import FAILS, HOLDS, NOT_REACHED, Derivation

MARK = {HOLDS: "+", FAILS: "-", NOT_REACHED: "·", UNDETERMINED: "?"}


def width() -> int:
    return max(80, min(120, shutil.get_terminal_size((80, 24)).columns))


def _wrap(text: str, indent: int, hang: int = 2) -> list[str]:
    return textwrap.wrap(text, width=width(), initial_indent=" " * indent,
                         subsequent_indent=" " * (indent + hang), break_on_hyphens=False) or [" " * indent]


def _party_label(d: Derivation, value) -> str:
    p = d.case.parties.get(value)
    return p.name if p else str(value)


# -- holdings -------------------------------------------------------------

def holdings_text(d: Derivation) -> str:
    m = d.case.meta
    out = [f"{m['caption']} — {m['court']}" + (f", No. {m['docket']}" if m.get('docket') else "")
           + f", decided {m['decided']}" + (f" ({m['judge']}, J.)" if m.get('judge') else ""),
           f"On: {m['motion']}", ""]
    # Questions about a party are shown as a table, one row per party.
    by_party = [q for q in d.book.questions if _party_first(d, q)]
    others = [q for q in d.book.questions if q not in by_party]
    rows: dict = {}
    for r in d.rulings:
        if r.question in by_party:
            rows.setdefault(r.atom.args[0], {})[r.question.id] = r
    if rows:
        cols = [q for q in by_party if any(q.id in row for row in rows.values())]
        name_w = min(28, max(len(_party_label(d, p)) for p in rows))
        col_w = [max(len(q.short or q.id), *(len(row[q.id].label) for row in rows.values() if q.id in row))
                 for q in cols]
        head = "  " + "Party".ljust(name_w) + "  " + "  ".join((q.short or q.id).ljust(w) for q, w in zip(cols, col_w))
        out += [head, "  " + "-" * (len(head) - 2)]
        for party, row in rows.items():
            cells = [(row[q.id].label if q.id in row else "").ljust(w) for q, w in zip(cols, col_w)]
            out.append("  " + _party_label(d, party)[:name_w].ljust(name_w) + "  " + "  ".join(cells).rstrip())
        example = next(iter(next(iter(rows.values())).values())).id
        out += ["", f"Grounds — the first failed element per party. A ruling's id is its predicate and",
                f"arguments (e.g. {example}); see `lexcheck explain CASE ID`.", ""]
        for party, row in rows.items():
            out.append(f"  {_party_label(d, party)}")
            said = set()
            for q in cols:
                r = row.get(q.id)
                if r is not None and r.outcome in (FAILS, UNDETERMINED) and (r.because or r.ground) not in said:
                    said.add(r.because or r.ground)
                    out += _wrap(f"{q.short or q.title} ({r.label}): {r.ground}", 4, 4)
            held = [q.short or q.id for q in cols if q.id in row and row[q.id].outcome == HOLDS]
            if held:
                out += _wrap("met: " + ", ".join(held), 4, 4)
            skipped = [f"{q.short or q.id} ({row[q.id].label})" for q in cols
                       if q.id in row and row[q.id].outcome == NOT_REACHED]
            if skipped:
                out += _wrap("not reached: " + ", ".join(skipped), 4, 4)
        out.append("")
    for q in others:
        for r in [r for r in d.rulings if r.question is q]:
            out += _wrap(f"{q.title}: {r.label} [{r.id}]", 0, 2)
            if r.ground:
                out += _wrap(r.ground, 2, 2)
    return "\n".join(out).rstrip() + "\n"


def _party_first(d: Derivation, q) -> bool:
    p = d.book.vocabulary.get(q.parsed_atom.pred)
    return bool(p.args) and p.args[0].type == "party"


def holdings_json(d: Derivation) -> dict:
    return {"case": d.case.meta, "rulings": [r.as_dict() for r in d.rulings]}


# -- explanations ---------------------------------------------------------
# Explanations (text, JSON, Markdown, Graphviz) live in `explanations`; these
# names stay here for callers of the first version.

def explanation_text(d: Derivation, ruling, node: Node, max_depth: int = 12, width: int | None = None) -> str:
    from .explanations import explanation_text as text
    return text(d, ruling, node, max_depth, width)


def explanation_json(ruling, node: Node, d: Derivation | None = None) -> dict:
    from .explanations import explanation_json as as_json
    return as_json(ruling, node, d)


# -- verification ---------------------------------------------------------

def verify_text(d: Derivation, comparisons) -> str:
    out = [f"{d.case.meta['caption']}: derived rulings against the court's"]
    for c in comparisons:
        rid = c.derived.id if c.derived else str(c.recorded.atom)
        if c.ok:
            out.append(f"  ok        {rid}: {c.recorded.outcome}")
        else:
            out.append(f"  MISMATCH  {rid} (case file line {c.recorded.line}; court: {c.recorded.cite})")
            out += _wrap("; ".join(c.problems), 12)
    recorded = {c.derived.id for c in comparisons if c.derived}
    unrecorded = [r for r in d.rulings if r.id not in recorded]
    if unrecorded:
        out.append(f"  ({len(unrecorded)} derived ruling(s) have no recorded court ruling: "
                   + ", ".join(r.id for r in unrecorded[:5]) + (" …" if len(unrecorded) > 5 else "") + ")")
    ok = sum(c.ok for c in comparisons)
    out.append(f"{ok}/{len(comparisons)} rulings reproduced")
    return "\n".join(out) + "\n"

"""Text and JSON for holdings, explanations and verification.

Text is for people (an indented tree that wraps to the terminal, 80 columns
when piped); JSON is for tools and has a stable shape (see README).
"""
from __future__ import annotations

import shutil
import textwrap

from .explain import (ABSENCE, ABSENT, COMPARISON, CUT, DENIED, EXCEPTION, FACT, FINDING_MADE, LAW, LIMIT,
                      NO_RULE_APPLIES, RULE_FIRED, Node)
from .rulings import FAILS, HOLDS, NOT_REACHED, Derivation

MARK = {HOLDS: "+", FAILS: "-", NOT_REACHED: "·"}


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
    # Questions about a party (and a forum) are shown as a table, one row per party; questions about a
    # count as one block per count; the rest as lines, before or after the counts by their order.
    by_party = [q for q in d.book.questions if _first_type(d, q) == "party" and _arity(d, q) > 1]
    by_count = [q for q in d.book.questions if _first_type(d, q) == "count"]
    per_party = [q for q in d.book.questions if _first_type(d, q) == "party" and _arity(d, q) == 1]
    others = [q for q in d.book.questions if q not in by_party and q not in by_count and q not in per_party]
    counts_at = min((q.order for q in by_count if any(r.question is q for r in d.rulings)), default=10 ** 6)
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
                if r is not None and r.outcome == FAILS and r.because not in said:
                    said.add(r.because)
                    out += _wrap(f"{q.short or q.title} ({r.label}): {r.ground}", 4, 4)
            held = [q.short or q.id for q in cols if q.id in row and row[q.id].outcome == HOLDS]
            if held:
                out += _wrap("met: " + ", ".join(held), 4, 4)
            skipped = [f"{q.short or q.id} ({row[q.id].label})" for q in cols
                       if q.id in row and row[q.id].outcome == NOT_REACHED]
            if skipped:
                out += _wrap("not reached: " + ", ".join(skipped), 4, 4)
        out.append("")
    out += _lines(d, [q for q in others if q.order < counts_at])
    out += _count_blocks(d, by_count)
    out += _lines(d, [q for q in others if q.order >= counts_at])
    for q in per_party:
        groups: dict = {}
        for r in d.rulings:
            if r.question is q:
                groups.setdefault(r.label, []).append(_party_label(d, r.atom.args[0]))
        for label, names in groups.items():
            out += _wrap(f"{q.title}: {label} — {_who(names, len(names))}: {', '.join(names)}", 0, 2)
    return "\n".join(out).rstrip() + "\n"


def _first_type(d: Derivation, q) -> str:
    p = d.book.vocabulary.get(q.parsed_atom.pred)
    return p.args[0].type if p.args else ""


def _arity(d: Derivation, q) -> int:
    return d.book.vocabulary.get(q.parsed_atom.pred).arity


def _lines(d: Derivation, questions) -> list[str]:
    out = []
    for q in questions:
        for r in [r for r in d.rulings if r.question is q]:
            out += _wrap(f"{q.title}: {r.label} [{r.id}]", 0, 2)
            if r.ground:
                out += _wrap(r.ground, 2, 2)
    return out


def _who(names, total) -> str:
    return f"all {total}" if len(names) == total and total > 1 else f"{len(names)} of {total}"


def _count_blocks(d: Derivation, questions) -> list[str]:
    """Per count, as the court gave it: each defendant's rulings as a table, the grounds (one line for
    all defendants decided alike), the count's other rulings, and what was not reached."""
    out = []
    rulings = [r for r in d.rulings if r.question in questions]
    for cid, count in d.case.counts.items():
        mine = [r for r in rulings if r.atom.args[0] == cid]
        if not mine:
            continue
        out += [""] + _wrap(f"{cid}: {count.title} ({count.cite})", 0, 2)
        per_party = [q for q in questions if _arity(d, q) == 2 and
                     d.book.vocabulary.get(q.parsed_atom.pred).args[1].type == "party"]
        rows: dict = {}
        for r in mine:
            if r.question in per_party:
                rows.setdefault(r.atom.args[1], {})[r.question.id] = r
        order = [p for p in d.case.parties if p in rows]
        if order:
            cols = [q for q in per_party if any(q.id in row for row in rows.values())]
            name_w = min(28, max(len(_party_label(d, p)) for p in order))
            col_w = [max(len(q.short or q.id), *(len(row[q.id].label) for row in rows.values() if q.id in row))
                     for q in cols]
            head = "  " + "Defendant".ljust(name_w) + "  " + "  ".join((q.short or q.id).ljust(w)
                                                                       for q, w in zip(cols, col_w))
            out += [head.rstrip(), "  " + "-" * (len(head.rstrip()) - 2)]
            for p in order:
                cells = [(rows[p][q.id].label if q.id in rows[p] else "").ljust(w) for q, w in zip(cols, col_w)]
                out.append("  " + _party_label(d, p)[:name_w].ljust(name_w) + "  " + "  ".join(cells).rstrip())
            for q in cols:
                groups: dict = {}
                for p in order:
                    r = rows[p].get(q.id)
                    if r is not None:
                        groups.setdefault((r.outcome, r.element, r.because), []).append(r)
                for same in groups.values():
                    r = same[0]
                    who = _who(same, len([p for p in order if q.id in rows[p]]))
                    shown = f"; shown for {_party_label(d, r.atom.args[1])}" if len(same) > 1 else \
                        f" — {_party_label(d, r.atom.args[1])}"
                    out += _wrap(f"{q.short or q.title} — {r.label} ({who}{shown}): {r.ground}", 4, 4)
        for q in [q for q in questions if q not in per_party]:
            for r in [r for r in mine if r.question is q]:
                what = " ".join(str(a) for a in r.atom.args[1:])
                line = f"{q.short or q.title}{' — ' + what if what else ''}: {r.label}"
                if r.outcome != HOLDS and r.ground:
                    line += f" — {r.ground}"
                out += _wrap(line, 2, 4)
    if out:
        out.append("")
    return out


def holdings_json(d: Derivation) -> dict:
    return {"case": d.case.meta, "rulings": [r.as_dict() for r in d.rulings]}


# -- explanations ---------------------------------------------------------

STATUS = {
    RULE_FIRED: "MET", FACT: "FACT", FINDING_MADE: "FINDING", LAW: "LAW", ABSENCE: "MET",
    COMPARISON: "", ABSENT: "NOT SHOWN", DENIED: "DENIED", NO_RULE_APPLIES: "NOT MET",
    EXCEPTION: "DEFEATED", LIMIT: "LIMIT", CUT: "…", "not_reached": "NOT REACHED",
}


def explanation_text(d: Derivation, ruling, node: Node, max_depth: int = 12) -> str:
    out = _wrap(f"{ruling.question.title} — {ruling.label}  [{ruling.id}]", 0)
    out.append("")
    if ruling.outcome == NOT_REACHED:
        out += _wrap(f"Not reached: the court decides this only if {node.sentence}; that condition fails, "
                     f"as follows.", 0)
        out.append("")
    _node_text(node, 0, out, max_depth)
    return "\n".join(out) + "\n"


def _status(node: Node) -> str:
    if node.kind == COMPARISON:
        return "TRUE" if node.holds else "FALSE"
    if node.kind == ABSENCE and not node.holds:
        return "DEFEATED"
    if node.kind in (FACT, FINDING_MADE, RULE_FIRED, LAW) and not node.holds:
        return "DEFEATED"  # a negated literal whose atom holds
    return STATUS.get(node.kind, node.kind.upper())


def _node_text(node: Node, indent: int, out: list, max_depth: int) -> None:
    label = _status(node)
    out += _wrap(f"{label:<9} {node.sentence}", indent, 10)
    pad = indent + 10
    if node.cite:
        out += _wrap(("record: " if node.kind == FACT else "opinion: " if node.kind in (FINDING_MADE, DENIED)
                      else "") + node.cite, pad)
    if node.rule is not None and node.kind in (RULE_FIRED, LAW, EXCEPTION):
        out += _wrap(f"rule {node.rule.id}: {node.rule.gloss}", pad)
        out += _wrap(node.rule.authority, pad + 2)
    if node.limit is not None:
        out += _wrap(f"limit {node.limit.id}: {node.limit.authority}", pad)
    if node.kind == ABSENT:
        out += _wrap("the case file does not state this", pad)
    if indent // 2 >= max_depth:
        if node.children or node.attempts:
            out += _wrap("(deeper steps omitted)", pad)
        return
    for child in node.children:
        _node_text(child, indent + 2, out, max_depth)
    for attempt in node.attempts:
        out += _wrap(f"tried rule {attempt.rule.id}: {attempt.rule.gloss}", indent + 2, 4)
        out += _wrap(attempt.rule.authority, indent + 6)
        if not attempt.branches:
            out += _wrap("(no way to apply it)", indent + 6)
        for met, branch in zip(attempt.met, attempt.branches):
            for m in met:
                out += _wrap(f"met       {m}", indent + 4, 10)
            _node_text(branch, indent + 4, out, max_depth)


def node_json(node: Node) -> dict:
    out = {"kind": node.kind, "holds": node.holds, "sentence": node.sentence, "atom": node.atom}
    if node.rule is not None:
        out["rule"] = {"id": node.rule.id, "authority": node.rule.authority, "gloss": node.rule.gloss,
                       "decided": node.rule.decided}
    if node.limit is not None:
        out["limit"] = {"id": node.limit.id, "authority": node.limit.authority, "gloss": node.limit.gloss}
    if node.cite:
        out["cite"] = node.cite
    out["children"] = [node_json(c) for c in node.children]
    if node.attempts:
        out["attempts"] = [{"rule": {"id": a.rule.id, "authority": a.rule.authority, "gloss": a.rule.gloss},
                            "branches": [{"met": m, "failed": node_json(b)} for m, b in zip(a.met, a.branches)]}
                           for a in node.attempts]
    return out


def explanation_json(ruling, node: Node) -> dict:
    return {"ruling": ruling.as_dict(), "verdict": ruling.outcome, "tree": node_json(node)}


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

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
            if c.note:
                out += _wrap(c.note, 12)
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


# -- the rule book and the law in force ---------------------------------------------

def rule_json(book, r) -> dict:
    """One rule as `lexcheck rules --format json` gives it."""
    from . import law_in_force
    return {"id": r.id, "rule": r.text, "authority": r.authority, "decided": r.decided, "gloss": r.gloss,
            "test": r.test, "doctrine": r.doctrine, "court": list(law_in_force.issuers(r.court)),
            "binds": law_in_force.scope(book.courts, r.court), "in_force_from": r.decided,
            "supersedes": list(r.supersedes),
            "ended_by": [{"rule": s.id, "how": s.how, "decided": s.decided, "authority": s.authority,
                          "where": law_in_force.scope(book.courts, s.court)} for s in book.superseders(r.id)]}


def rules_text(book) -> str:
    """Every rule: id, text, gloss, authority, and where and when it is in force."""
    from . import law_in_force
    out = []
    for r in book.rules:
        out.append(r.id)
        out += _wrap(r.text, 4, 4) + _wrap(r.gloss, 4, 2) + _wrap(r.authority, 4, 2)
        when = f"in force from {r.decided}"
        for s in book.superseders(r.id):
            when += f" until {s.decided} where {s.id} binds ({s.how} by {s.authority})"
        out += _wrap(f"binds {law_in_force.scope(book.courts, r.court)}; {when}", 4, 2)
    return "\n".join(out) + "\n"


def law_change_json(r, before, after) -> dict:
    return {"rule": r.id, "authority": r.authority, "decided": r.decided,
            "in_force_then": before.in_force, "in_force_now": after.in_force,
            "why_not_then": before.reason, "why_not_now": after.reason}


def law_changes_text(d, as_of: str, changes) -> str:
    """What changed in the law between the case's decision date and `as_of`."""
    decided = d.case.meta.get("decided", "")
    lines = [f"The law in force for {d.case.meta.get('caption', d.case.id)} ({d.case.meta.get('court', '')}): "
             f"decided {decided}; as of {as_of}"]
    came = [(r, b) for r, a, b in changes if b.in_force]
    went = [(r, b) for r, a, b in changes if not b.in_force]
    if not changes:
        lines.append("  no rule came into or went out of force between the two dates")
    if came:
        lines.append(f"  {len(came)} rule{'s' if len(came) != 1 else ''} in force on {as_of}, not on {decided}:")
        for r, _ in came:
            lines += _wrap(f"+ {r.id} ({r.decided}): {r.gloss} {r.authority}", 4, 4)
    if went:
        lines.append(f"  {len(went)} rule{'s' if len(went) != 1 else ''} in force on {decided}, not on {as_of}:")
        for r, b in went:
            lines += _wrap(f"- {r.id}: {b.reason}", 4, 4)
    return "\n".join(lines) + "\n"

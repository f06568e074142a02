"""Text and JSON for holdings, explanations and verification.

Text is for people (an indented tree that wraps to the terminal, 80 columns
when piped); JSON is for tools and has a stable shape (see README). One
ruling's explanation in every format is in `explanations`.
"""
from __future__ import annotations

import re

from .layout import table, width, wrap
from .rulings import FAILS, HOLDS, NOT_REACHED, OUTCOMES, Derivation
from .syntax import python_value

UNDETERMINED = OUTCOMES[3]
MARK = {HOLDS: "+", FAILS: "-", NOT_REACHED: "·", UNDETERMINED: "?"}

__all__ = ["holdings_text", "brief_text", "holdings_json", "verify_text", "verify_json", "width"]


def _wrap(text: str, indent: int, hang: int = 2) -> list[str]:
    return wrap(text, indent, hang)


def _party_label(d: Derivation, value) -> str:
    p = d.case.parties.get(value)
    return p.name if p else str(value)


def _arg_words(d: Derivation, atom) -> list:
    """A ruling's arguments as prose reads them (names, not ids): see `Explainer.shown`."""
    p = d.book.vocabulary.get(atom.pred)
    return [d.explainer.shown(arg, python_value(v)) for arg, v in zip(p.args, atom.args)]


def _names_pattern(d: Derivation):
    names = sorted({p.name for p in d.case.parties.values() if p.name}, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names)) if names else None


def _alike(d: Derivation, text: str) -> str:
    """A ground with the parties' names taken out: grounds alike but for whose they are compare equal."""
    pattern = _names_pattern(d)
    return pattern.sub("\x00", text) if pattern and text else text


def _role_noun(d: Derivation, parties, n: int) -> str:
    roles = {d.case.parties[p].role for p in parties if p in d.case.parties}
    role = roles.pop() if len(roles) == 1 else "party"
    return role if n == 1 else ("parties" if role == "party" else role + "s")


# -- holdings -------------------------------------------------------------

def holdings_text(d: Derivation, rulings=None) -> str:
    """The order as a clerk reads it: parties' rulings as a table, their grounds (parties decided
    alike given once, named together), the counts, the rest. `rulings` (default: all) selects."""
    shown = d.rulings if rulings is None else rulings
    m = d.case.meta
    out = [f"{m['caption']} — {m['court']}" + (f", No. {m['docket']}" if m.get('docket') else "")
           + f", decided {m['decided']}" + (f" ({m['judge']}, J.)" if m.get('judge') else ""),
           f"On: {m['motion']}", ""]
    if not shown:
        return "\n".join(out + ["No ruling matches the filters."]) + "\n"
    # Questions about a party (and a forum) are shown as a table, one row per party; questions about a
    # count as one block per count; the rest as lines, before or after the counts by their order.
    by_party = [q for q in d.book.questions if _first_type(d, q) == "party" and _arity(d, q) > 1]
    by_count = [q for q in d.book.questions if _first_type(d, q) == "count"]
    per_party = [q for q in d.book.questions if _first_type(d, q) == "party" and _arity(d, q) == 1]
    others = [q for q in d.book.questions if q not in by_party and q not in by_count and q not in per_party]
    counts_at = min((q.order for q in by_count if any(r.question is q for r in d.rulings)), default=10 ** 6)
    rows: dict = {}
    for r in shown:
        if r.question in by_party:
            rows.setdefault(r.atom.args[0], {})[r.question.id] = r
    if rows:
        cols = [q for q in by_party if any(q.id in row for row in rows.values())]
        out += table(["Party"] + [q.short or q.id for q in cols],
                     [[_party_label(d, p)] + [row[q.id].label if q.id in row else "" for q in cols]
                      for p, row in rows.items()])
        example = next(iter(next(iter(rows.values())).values())).id
        out += [""] + wrap(f"Grounds — the first failed element; parties decided alike are named together. "
                           f"A ruling's id is its predicate and arguments (e.g. {example}); see "
                           f"`lexcheck explain CASE ID`.", 0, 0) + [""]
        groups: dict = {}
        for party, row in rows.items():
            groups.setdefault(_profile(d, cols, row), []).append(party)
        for parties in groups.values():
            row = rows[parties[0]]
            names = [_party_label(d, p) for p in parties]
            if len(parties) == 1:
                out.append(f"  {names[0]}")
            else:
                out += wrap(f"{len(parties)} {_role_noun(d, parties, len(parties))}: {', '.join(names)}"
                            f" (shown for {names[0]})", 2, 4)
            out += _party_grounds(cols, row)
        out.append("")
    out += _lines(d, [q for q in others if q.order < counts_at], shown)
    out += _count_blocks(d, by_count, shown)
    out += _lines(d, [q for q in others if q.order >= counts_at], shown)
    for q in per_party:
        groups = {}
        for r in shown:
            if r.question is q:
                groups.setdefault(r.label, []).append(_party_label(d, r.atom.args[0]))
        total = sum(len(v) for v in groups.values())
        for label, names in groups.items():
            out += wrap(f"{q.title}: {label} — {_who(names, total)}: {', '.join(names)}", 0, 2)
    return "\n".join(out).rstrip() + "\n"


def _profile(d: Derivation, cols, row) -> tuple:
    return tuple((q.id, row[q.id].outcome, row[q.id].element, row[q.id].because, _alike(d, row[q.id].ground))
                 if q.id in row else (q.id,) for q in cols)


def _party_grounds(cols, row) -> list[str]:
    out, said = [], set()
    for q in cols:
        r = row.get(q.id)
        if r is not None and r.outcome in (FAILS, UNDETERMINED) and (r.because or r.ground) not in said:
            said.add(r.because or r.ground)
            out += wrap(f"{q.short or q.title} ({r.label}): {r.ground}", 4, 4)
    held = [q.short or q.id for q in cols if q.id in row and row[q.id].outcome == HOLDS]
    if held:
        out += wrap("met: " + ", ".join(held), 4, 4)
    skipped = [f"{q.short or q.id} ({row[q.id].label})" for q in cols
               if q.id in row and row[q.id].outcome == NOT_REACHED]
    if skipped:
        out += wrap("not reached: " + ", ".join(skipped), 4, 4)
    return out


def brief_text(d: Derivation, rulings=None) -> str:
    """One line per ruling: the issue, whom it is about (by name), the outcome and the id."""
    shown = d.rulings if rulings is None else rulings
    if not shown:
        return "No ruling matches the filters.\n"
    rows = [[MARK[r.outcome], r.question.short or r.question.title, _args_in_words(d, r), r.label, r.id]
            for r in shown]
    return "\n".join(table(["", "Issue", "On", "Outcome", "Ruling id"], rows, indent=0)) + "\n"


def _args_in_words(d: Derivation, r) -> str:
    p = d.book.vocabulary.get(r.question.parsed_atom.pred)
    out = []
    for arg, value in zip(p.args, r.atom.args):
        if arg.type == "party":
            out.append(_party_label(d, value))
        elif arg.type == "count" and value in d.case.counts:
            out.append(str(value).replace("_", " "))
        elif value == d.case.meta.get("forum"):
            out.append(str(value).replace("_", " ").title())
        else:
            out.append(str(value).replace("_", " "))
    return ", ".join(out)


def _first_type(d: Derivation, q) -> str:
    p = d.book.vocabulary.get(q.parsed_atom.pred)
    return p.args[0].type if p.args else ""


def _arity(d: Derivation, q) -> int:
    return d.book.vocabulary.get(q.parsed_atom.pred).arity


def _lines(d: Derivation, questions, shown) -> list[str]:
    out = []
    for q in questions:
        for r in [r for r in shown if r.question is q]:
            out += _wrap(f"{q.title}: {r.label} [{r.id}]", 0, 2)
            if r.ground:
                out += _wrap(r.ground, 2, 2)
    return out


def _who(names, total) -> str:
    return f"all {total}" if len(names) == total and total > 1 else f"{len(names)} of {total}"


def _count_blocks(d: Derivation, questions, shown) -> list[str]:
    """Per count, as the court gave it: each defendant's rulings as a table, the grounds (one line for
    all defendants decided alike), the count's other rulings, and what was not reached."""
    out = []
    rulings = [r for r in shown if r.question in questions]
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
        order = sorted(rows, key=str)  # as the party table: by id
        if order:
            cols = [q for q in per_party if any(q.id in row for row in rows.values())]
            out += table(["Defendant"] + [q.short or q.id for q in cols],
                         [[_party_label(d, p)] + [rows[p][q.id].label if q.id in rows[p] else "" for q in cols]
                          for p in order])
            for q in cols:
                groups: dict = {}
                for p in order:
                    r = rows[p].get(q.id)
                    if r is not None:
                        groups.setdefault((r.outcome, r.element, r.because, _alike(d, r.ground)), []).append(r)
                for same in groups.values():
                    r = same[0]
                    who = _who(same, len([p for p in order if q.id in rows[p]]))
                    shown_for = f"; shown for {_party_label(d, r.atom.args[1])}" if len(same) > 1 else \
                        f" — {_party_label(d, r.atom.args[1])}"
                    out += _wrap(f"{q.short or q.title} — {r.label} ({who}{shown_for}): {r.ground}", 4, 4)
        for q in [q for q in questions if q not in per_party]:
            for r in [r for r in mine if r.question is q]:
                what = " ".join(_arg_words(d, r.atom)[1:])
                line = f"{q.short or q.title}{' — ' + what if what else ''}: {r.label}"
                if r.outcome != HOLDS and r.ground:
                    line += f" — {r.ground}"
                out += _wrap(line, 2, 4)
    if out:
        out.append("")
    return out


def holdings_json(d: Derivation, rulings=None) -> dict:
    from .contract import envelope
    shown = d.rulings if rulings is None else rulings
    return envelope("lexcheck.holdings", {"case": case_json(d), "rulings": [r.as_dict() for r in shown]})


def readings_json(compared) -> dict:
    """Conflicting readings as JSON: values and cites, never the case file's line numbers."""
    data = compared.as_dict()
    for c in data["conflicts"]:
        for r in c["readings"]:
            r.pop("line", None)
    return data


def case_json(d: Derivation) -> dict:
    """The case header as every JSON output gives it (strings; nothing about the file's layout)."""
    return {k: str(v) for k, v in d.case.meta.items() if v not in (None, "")}


# -- verification ---------------------------------------------------------

def verify_text(d: Derivation, comparisons, failures_only: bool = False) -> str:
    out = [f"{d.case.meta['caption']}: derived rulings against the court's"]
    for c in comparisons:
        rid = c.derived.id if c.derived else str(c.recorded.atom)
        if c.ok:
            if not failures_only:
                out.append(f"  ok        {rid}: {c.recorded.outcome}")
                if c.note:
                    out += wrap(c.note, 12)
        else:
            out.append(f"  MISMATCH  {rid} (case file line {c.recorded.line}; court: {c.recorded.cite})")
            out += wrap("; ".join(c.problems), 12)
    recorded = {c.derived.id for c in comparisons if c.derived}
    unrecorded = [r for r in d.rulings if r.id not in recorded]
    if unrecorded and not failures_only:
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


def verify_json(d: Derivation, comparisons, failures_only: bool = False) -> dict:
    from .contract import envelope
    recorded = {c.derived.id for c in comparisons if c.derived}
    return envelope("lexcheck.verify", {
        "case": case_json(d),
        "reproduced": sum(c.ok for c in comparisons), "recorded": len(comparisons),
        "comparisons": [{"ruling": c.derived.id if c.derived else None, "atom": str(c.recorded.atom),
                         "court": {"outcome": c.recorded.outcome, "element": c.recorded.element or None,
                                   "because": c.recorded.because or None, "cite": c.recorded.cite},
                         "derived": c.derived.outcome if c.derived else None,
                         "ok": c.ok, "problems": list(c.problems)}
                        for c in comparisons if not (failures_only and c.ok)],
        "unrecorded": [r.id for r in d.rulings if r.id not in recorded]})

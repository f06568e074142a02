"""What-if and flip results laid out for people (text) and tools (JSON).

`whatif` finds the changes; this module ranks and groups what it found and
lays it out, so the command line only parses arguments and prints:

- flips that reach a decided outcome (holds, fails, not reached) come before
  flips that only make the ruling undetermined; then smaller before larger, as
  `whatif` orders them;
- flips that differ only in which plaintiff a changed fact is about are one
  flip, "also for" the others.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import whatif
from .contract import envelope
from .explanations import explanation_json
from .layout import wrap
from .rulings import OUTCOMES

UNDETERMINED = OUTCOMES[3]
RULE = "=" * 78


@dataclass
class FlipGroup:
    flip: object                                   # the flip shown (whatif.Flip)
    others: list = field(default_factory=list)     # the same change for other plaintiffs
    plaintiffs: list = field(default_factory=list)  # ids, the shown flip's first


def rank(flips: list) -> list:
    """Decided outcomes first (stable: within each, `whatif`'s order)."""
    return sorted(flips, key=lambda f: f.new == UNDETERMINED)


def group(d, flips: list) -> list[FlipGroup]:
    """Flips alike but for the plaintiff their changes name, in rank order."""
    plaintiffs = {p for p, x in d.case.parties.items() if x.role == "plaintiff"}
    groups: dict = {}
    for f in rank(flips):
        named = [a for c in f.changes for a in c.atom.args if a in plaintiffs]
        key = (f.new, tuple(sorted((c.op, c.atom.pred, tuple("\0" if a in plaintiffs else a for a in c.atom.args))
                                   for c in f.changes)))
        if len(set(named)) > 1 or not named:
            key = (f.new, tuple(sorted((c.op, str(c.atom)) for c in f.changes)))
        g = groups.get(key)
        if g is None:
            groups[key] = FlipGroup(f, [], named[:1])
        else:
            g.others.append(f)
            g.plaintiffs += named[:1]
    return list(groups.values())


def select(search, to: str | None) -> list:
    """The flips found, reaching `to` if given."""
    return [f for f in search.flips if to is None or f.new == to]


def _change_json(c) -> dict:
    return {"op": c.op, "atom": str(c.atom)}


def flip_json(d, ruling, search, groups: list[FlipGroup], to, limit: int) -> dict:
    out = []
    for g in groups[:limit]:
        d2 = whatif.rederive(d.book, d.case, g.flip)
        new = d2.ruling(ruling.id)
        out.append({"changes": [_change_json(c) for c in g.flip.changes], "old": g.flip.old, "new": g.flip.new,
                    "also_for": [[_change_json(c) for c in f.changes] for f in g.others],
                    "explanation": explanation_json(new, d2.explain(new), d2)})
    from .render import case_json
    return envelope("lexcheck.flip", {
        "case": case_json(d), "ruling": ruling.id, "outcome": ruling.outcome, "to": to,
        "max_changes": search.max_changes, "budget": search.budget, "tried": search.tried,
        "cut_short": search.cut_short, "out_of_time": getattr(search, "out_of_time", False),
        "found": sum(1 + len(g.others) for g in groups), "flips": out})


def _party_name(d, pid) -> str:
    p = d.case.parties.get(pid)
    return p.name if p else str(pid)


def flip_text(d, ruling, search, groups: list[FlipGroup], to, limit: int, explain) -> str:
    """`explain(derivation, ruling)` gives a ruling's text explanation."""
    n = search.max_changes
    plural = "s" if n > 1 else ""
    target = f" to {to.replace('_', ' ')}" if to else ""
    out = wrap(f"What would change {ruling.id}{target} (now: {ruling.label}), changing at most {n} "
               f"fact{plural} or finding{plural}:", 0, 0)
    state = (f"search cut short after {search.tried} change sets (its time budget ran out); larger or later "
             f"sets were not tried" if getattr(search, "out_of_time", False) else
             f"search cut short after {search.tried} change sets (budget {search.budget}); larger or later "
             f"sets were not tried" if search.cut_short else
             f"search complete: {search.tried} change sets tried")
    found = sum(1 + len(g.others) for g in groups)
    alike = f" ({len(groups)} once those differing only in the plaintiff are grouped)" if found != len(groups) else ""
    decided = sum(g.flip.new != UNDETERMINED for g in groups)
    out += wrap(f"{found} found{alike}; {decided} reach a decided outcome, listed first; {state}.", 0, 0)
    for i, g in enumerate(groups[:limit], 1):
        f = g.flip
        d2 = whatif.rederive(d.book, d.case, f)
        new = d2.ruling(ruling.id)
        out += ["", RULE]
        out.append(f"{i}. {ruling.label} -> {new.label} ({f.old} -> {f.new}), {f.size} change"
                   f"{'s' if f.size > 1 else ''}, verified by re-deriving:")
        for c in f.changes:
            kind = d.book.vocabulary.get(c.atom.pred).kind
            cite = "; ".join(sorted({x.cite for x in d.case.support(c.atom.pred, c.key[1])}))
            out.append(f"   {c}")
            out += wrap(c.describe(kind, d.explainer.sentence(c.atom)) + (f" ({cite})" if cite else ""), 5, 2)
        if g.others:
            names = ", ".join(_party_name(d, p) for p in g.plaintiffs[1:])
            out += wrap(f"The same change for another plaintiff does it too ({len(g.others)}): {names}.", 3, 2)
        out.append("")
        out.append(explain(d2, new).rstrip("\n"))
    if len(groups) > limit:
        out += ["", f"({len(groups) - limit} more; --limit {len(groups)} shows them all)"]
    return "\n".join(out) + "\n"


def what_if_json(d, changes, changed, d2) -> dict:
    from .render import case_json
    return envelope("lexcheck.what_if", {
        "case": case_json(d), "changes": [_change_json(c) for c in changes],
        "changed": [{"id": c.id, "old": c.old.outcome if c.old else None, "new": c.new.outcome if c.new else None,
                     "explanation": explanation_json(c.new, d2.explain(c.new), d2) if c.new else None}
                    for c in changed]})


def outcome_label(r) -> str:
    if r is None:
        return "not at issue"
    return r.label if r.label == r.outcome.replace("_", " ") else f"{r.label} ({r.outcome})"


def what_if_text(changes, changed, d2, explain=None) -> str:
    """The summary, then (unless `explain` is None) each changed ruling's new explanation."""
    out = ["What if: " + " ".join(str(c) for c in changes)]
    if not changed:
        return "\n".join(out + ["No ruling changed."]) + "\n"
    out.append(f"{len(changed)} ruling{'s' if len(changed) != 1 else ''} changed:")
    for c in changed:
        out.append(f"  {c.id}: {outcome_label(c.old)} -> {outcome_label(c.new)}")
    for c in changed:
        if c.new is None or explain is None:
            continue
        out += ["", RULE, explain(d2, c.new).rstrip("\n")]
    return "\n".join(out) + "\n"

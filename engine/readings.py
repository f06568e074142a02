"""Conflicting readings of the record: derive under each, say whether it matters.

A record sometimes gives two values where there can be one (A.I.I.L.: J.A.H.I.
and M.E.H.I. are 9 and 10 in one place, 7 and 8 in another). The case keeps
both with their cites; the engine derives under the first reading of each
conflict and this module derives the case again under every other combination
of readings, reporting which rulings (if any) come out differently.

Outcomes are compared for every ruling. The failed element (which costs an
explanation to work out) is compared only for a ruling whose outcome differs
or whose own rules read a predicate whose rows differ between the readings; an
element that changes only through which of two deeper failures came closer is
not reported. On A.I.I.L. (424 rulings, 4 readings) that took comparing from
71 s to 4 s.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from .casefile import Case, Conflict
from .rulebook import RuleBook
from .rulings import Derivation, run

MAX_READINGS = 16  # beyond this, each conflict is varied alone from the first reading
MAX_DERIVED = 16   # and at most this many other readings are derived; the rest are counted, not compared


@dataclass
class Difference:
    ruling: str
    used: tuple      # (outcome, element) under the reading derived
    other: tuple     # (outcome, element) under `reading`
    reading: dict    # conflict label -> value

    def describe(self) -> str:
        alt = ", ".join(f"{k} = {v}" for k, v in self.reading.items())
        return f"{self.ruling}: {_outcome(self.used)} as derived, {_outcome(self.other)} if {alt}"


def _outcome(pair: tuple) -> str:
    outcome, element = pair
    return f"{outcome} ({element})" if element else outcome


@dataclass
class ReadingsReport:
    conflicts: list
    used: dict                      # conflict label -> value derived under
    compared: int = 1               # readings derived, the used one included
    exhaustive: bool = True         # every combination, or each conflict varied alone
    differences: list = field(default_factory=list)
    not_compared: int = 0           # other readings left underived (past MAX_DERIVED)

    @property
    def same(self) -> bool:
        return not self.differences

    def lines(self) -> list[str]:
        if not self.conflicts:
            return []
        out = [f"Readings: the record is inconsistent on {len(self.conflicts)} point"
               f"{'s' if len(self.conflicts) != 1 else ''}; derived under the reading marked 'used':"]
        for c in self.conflicts:
            options = [f"{f.key[1][-1]} ({f.cite}{', used' if f.key[1][-1] == self.used[c.label] else ''})"
                       for f in c.facts]
            out.append(f"  {c.label}: " + " or ".join(options))
        if self.compared == 1:
            out.append("  (`lexcheck check` and `lexcheck verify` compare the rulings under each reading.)")
            return out
        how = f"all {self.compared} readings" if self.exhaustive else \
            f"{self.compared} readings (each conflict varied alone)"
        if self.not_compared:
            how += f"; {self.not_compared} other reading{'s' if self.not_compared != 1 else ''} not derived " \
                   f"(at most {MAX_DERIVED} are: resolve the conflicts in the record to compare the rest)"
        if self.same:
            out.append(f"  every ruling is the same under {how}.")
        else:
            out.append(f"  {len(self.differences)} ruling(s) differ across {how}:")
            out += [f"    {d.describe()}" for d in self.differences]
        return out

    def as_dict(self) -> dict:
        return {"conflicts": [{"atom": c.label, "readings": [{"value": f.key[1][-1], "cite": f.cite, "line": f.line}
                                                              for f in c.facts], "used": self.used[c.label]}
                              for c in self.conflicts],
                "readings_compared": self.compared, "exhaustive": self.exhaustive,
                "readings_not_compared": self.not_compared,
                "same": self.same if self.compared > 1 else None,
                "differences": [{"ruling": d.ruling, "derived": list(d.used), "other": list(d.other),
                                 "reading": d.reading} for d in self.differences]}


def _alternatives(conflicts: list[Conflict], used: dict) -> tuple[list[dict], bool]:
    combos = 1
    for c in conflicts:
        combos *= len(c.values)
    if combos <= MAX_READINGS:
        every = [dict(zip((c.group for c in conflicts), values))
                 for values in itertools.product(*(c.values for c in conflicts))]
        return [r for r in every if any(r[c.group] != used[c.group] for c in conflicts)], True
    alone = []
    for c in conflicts:
        alone += [{c.group: v} for v in c.values if v != used[c.group]]
    return alone, False


def compare(book: RuleBook, case: Case, derivation: Derivation | None = None,
            each_reading: bool = True, progress=None) -> ReadingsReport:
    """Derive `case` under each reading of its conflicts and compare every ruling
    (or, with `each_reading=False`, only say which reading was used: cheap).
    `progress(done, total)`, if given, is called before each other reading."""
    conflicts = case.conflicts()
    used_by_group = {c.group: case.chosen(c) for c in conflicts}
    report = ReadingsReport(conflicts, {c.label: case.chosen(c) for c in conflicts})
    if not conflicts or not each_reading:
        return report
    base = derivation or run(book, case)
    touched = {c.pred for c in conflicts}
    alternatives, report.exhaustive = _alternatives(conflicts, used_by_group)
    report.not_compared = max(0, len(alternatives) - MAX_DERIVED)
    alternatives = alternatives[:MAX_DERIVED]
    labels = {c.group: c.label for c in conflicts}
    for i, reading in enumerate(alternatives):
        if progress:
            progress(i, len(alternatives))
        other = run(book, case.with_reading(reading))
        changed = {labels[g]: v for g, v in reading.items() if v != used_by_group[g]}
        # A ruling's element is the first failed element of its own rule: it can differ only where the
        # outcome differs or that rule reads a predicate whose rows differ. The others' elements are
        # never worked out (an explanation each: most of what comparing readings used to cost).
        moved = touched | _changed_predicates(base, other)
        mine, theirs = {r.id: r for r in base.rulings}, {r.id: r for r in other.rulings}
        for rid in sorted(set(mine) | set(theirs)):
            a, b = mine.get(rid), theirs.get(rid)
            if a is not None and b is not None and a.outcome == b.outcome and \
                    not (_reads(book, a.question) & moved):
                continue
            pa = (a.outcome, a.element) if a is not None else ("not at issue", "")
            pb = (b.outcome, b.element) if b is not None else ("not at issue", "")
            if pa != pb:
                report.differences.append(Difference(rid, pa, pb, changed))
    report.compared = 1 + len(alternatives)
    return report


def _changed_predicates(a: Derivation, b: Derivation) -> set:
    """The predicates whose rows differ between two derivations (the model or either bound)."""
    out = set()
    pairs = [(a.model, b.model)]
    if a.bounds is not None and b.bounds is not None:
        pairs += [(a.bounds.lo, b.bounds.lo), (a.bounds.hi, b.bounds.hi)]
    for x, y in pairs:
        for p in set(x.true) | set(y.true):
            if x.true.get(p, set()) != y.true.get(p, set()):
                out.add(p)
    return out


def _reads(book: RuleBook, question) -> set:
    """The predicates a question's rulings turn on directly: its atom, what puts it at issue, its
    `reached` condition, and every literal of the rules that conclude them."""
    cache = book.__dict__.setdefault("_reads_cache", {})
    if question.id in cache:
        return cache[question.id]
    heads = {a.pred for a in (question.parsed_atom, question.parsed_at_issue, question.parsed_reached)
             if a is not None}
    seen = set(heads)
    for r in book.rules:
        if r.head.pred in heads:
            for lit in r.body:
                atom = getattr(lit, "atom", lit)
                if hasattr(atom, "pred"):
                    seen.add(atom.pred)
    cache[question.id] = seen
    return seen

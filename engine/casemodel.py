"""The case data model: what a loaded case file is.

A `Case` holds the header, parties, counts, facts (each `Fact` with its record
cite or opinion page and where it was written) and the court's recorded
rulings; `Problem` and `CaseFileError` carry what a loader found wrong, each
with file:line:column and a fix. Reading is in `caseread`, validation in
`casecheck`; `casefile` is the front door to both.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

from .syntax import Atom, python_value

@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    message: str
    severity: str = "error"  # or "warning"
    fix: str = ""            # what to do about it, in a sentence

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}" + \
            (f" — fix: {self.fix}" if self.fix else "")

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "column": self.column, "severity": self.severity,
                "message": self.message, "fix": self.fix}


class CaseFileError(Exception):
    """The case file cannot be loaded; `problems` lists every error (and warning) found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        super().__init__("\n".join(str(p) for p in errors))


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    role: str
    agency: str = ""
    title: str = ""
    rank: str = ""
    cite: str = ""
    kind: str = ""  # what kind of person the party is (`party_kind`: individual, corporation ...)


@dataclass(frozen=True)
class Count:
    id: str
    title: str
    right: str
    against: tuple
    cite: str


@dataclass(frozen=True)
class Fact:
    """A record fact or a finding, with where it comes from (line 0: written
    by the loader from the header, parties or counts)."""
    atom: Atom
    kind: str
    cite: str
    status: str = "made"  # findings may be denied, or open (argued and left undecided)
    line: int = 0
    note: str = ""
    column: int = 0

    @cached_property  # looked up for every element an explanation visits
    def key(self) -> tuple:
        return (self.atom.pred, tuple(python_value(a) for a in self.atom.args))

    @property
    def where(self) -> str:
        return f"{self.cite}, line {self.line}" if self.line else self.cite


@dataclass(frozen=True)
class RecordedRuling:
    atom: Atom
    outcome: str
    element: str
    because: str
    cite: str
    line: int
    column: int = 0


@dataclass(frozen=True)
class Conflict:
    """The record gives two or more values for a one-value predicate (e.g. two
    ages for one child). `facts` holds one entry per value, in file order."""
    pred: str
    key: tuple   # the arguments before the last
    facts: tuple

    @property
    def group(self) -> tuple:
        return (self.pred, self.key)

    @property
    def label(self) -> str:
        return f"{self.pred}({', '.join(str(k) for k in self.key)}, _)"

    @property
    def values(self) -> list:
        return [f.key[1][-1] for f in self.facts]


@dataclass
class Case:
    """One case file, loaded. `facts` are the entries the case is derived
    under; where the record gives two values of a one-value predicate (two ages
    for one child), one reading is in `facts` (the first stated, unless chosen
    otherwise) and the others wait in `unused` — see `conflicts()`."""
    meta: dict
    parties: dict
    counts: dict
    facts: list
    rulings: list
    source: str
    warnings: list = field(default_factory=list)
    unused: list = field(default_factory=list)   # other readings of one-value predicates
    functional: frozenset = frozenset()          # the vocabulary's one-value predicates

    @property
    def id(self) -> str:
        return self.meta["id"]

    def _group(self, f: Fact):
        if f.status == "made" and f.atom.pred in self.functional and f.atom.args:
            return (f.atom.pred, f.key[1][:-1])
        return None

    def conflicts(self) -> list[Conflict]:
        """Each one-value predicate the record states with different values, in file order."""
        groups: dict = {}
        for f in sorted(self.facts + self.unused, key=lambda f: (f.line == 0, f.line)):
            g = self._group(f)
            if g is not None:
                groups.setdefault(g, {}).setdefault(f.key[1][-1], f)
        return [Conflict(pred, key, tuple(by_value.values())) for (pred, key), by_value in groups.items()
                if len(by_value) > 1]

    def chosen(self, c: Conflict):
        """The value this case is derived under for conflict `c`."""
        return next(f.key[1][-1] for f in self.facts if self._group(f) == c.group)

    def atoms(self) -> list[Atom]:
        """What the engine is told: every record fact and every finding made."""
        seen, out = set(), []
        for f in self.facts:
            if f.status == "made" and f.key not in seen:
                seen.add(f.key)
                out.append(f.atom)
        return out

    def support(self, pred: str, args: tuple) -> list[Fact]:
        """The case-file entries that state this atom."""
        # Explanations ask this thousands of times per case: index the facts once
        # (rebuilt if the list is replaced or grows).
        index = self.__dict__.get("_support")
        if index is None or index[0] is not self.facts or index[1] != len(self.facts):
            by_key: dict = {}
            for f in self.facts:
                by_key.setdefault(f.key, []).append(f)
            index = self.__dict__["_support"] = (self.facts, len(self.facts), by_key)
        return list(index[2].get((pred, tuple(args)), ()))

    def with_reading(self, reading: dict) -> "Case":
        """The case derived under other readings: {(pred, key args): value}."""
        everything = self.facts + self.unused
        return replace(self, **_split_readings(everything, self.functional, prefer=reading))

    def with_changes(self, add: list = (), drop: list = ()) -> "Case":
        """The case with facts dropped and added. An added value of a one-value
        predicate is the reading used (what if the child was 13?)."""
        drop_keys = {f.key for f in drop}
        kept = [f for f in self.facts + self.unused if f.key not in drop_keys]
        prefer = {(f.atom.pred, f.key[1][:-1]): f.key[1][-1] for f in add
                  if f.atom.pred in self.functional and f.atom.args and f.status == "made"}
        current = {g: v for g, v in ((self._group(f), f.key[1][-1]) for f in self.facts) if g is not None}
        return replace(self, **_split_readings(kept + list(add), self.functional, prefer={**current, **prefer}))


def _split_readings(facts: list, functional: frozenset, prefer: dict = None) -> dict:
    """{'facts': in effect, 'unused': other readings}: one value per one-value
    group — `prefer`'s where it names one that is stated, else the first stated."""
    prefer = prefer or {}
    chosen: dict = {}
    for f in facts:
        if f.status == "made" and f.atom.pred in functional and f.atom.args:
            group, value = (f.atom.pred, f.key[1][:-1]), f.key[1][-1]
            if group not in chosen or (prefer.get(group) == value and chosen[group] != value):
                chosen[group] = value
    in_effect, unused = [], []
    for f in facts:
        if f.status == "made" and f.atom.pred in functional and f.atom.args and \
                chosen[(f.atom.pred, f.key[1][:-1])] != f.key[1][-1]:
            unused.append(f)
        else:
            in_effect.append(f)
    return {"facts": in_effect, "unused": unused}

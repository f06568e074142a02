"""The law in force: which rules decide a case, on its date, in its court.

Every rule states the court whose authority it encodes (`court=`) and the date
of that authority (`decided=`); a later rule may end it (`supersedes=`, with
`how=` overruled / abrogated / superseded). Nothing here knows a doctrine: the
courts and how they bind are declared in the rule book (`COURTS` in
`rules/courts.py`), and which rules apply to a case is computed from those
declarations and the case header (`court:`, `circuit:`, `decided:`).

- A rule is *in force* on a date when its authority was decided on or before
  that date and no rule that supersedes it was in force, in this court, by
  then. A date known only to the year or month counts, for a rule, from the
  first day of that period, and, for a case, as its last day.
- A rule *binds* a court when its authority is the Supreme Court's or enacted
  law (every court); a circuit's (that circuit's court of appeals and its
  district courts); or a district court's own (that court). Elsewhere the
  authority is only persuasive: the rule does not decide the case.

Each rule is compiled once, with one extra condition, `rule_in_force("id")`,
a fact the engine states for a case exactly when the rule is in force there
(`in_force_atoms`). So the rules are compiled once for every court and date,
and no rule text mentions a date or a court.
"""
from __future__ import annotations

import calendar
import datetime as _dt
from dataclasses import dataclass
from typing import Optional

from .syntax import Atom

GUARD = "rule_in_force"
SUPREME, CIRCUIT, DISTRICT, ENACTED = "supreme", "circuit", "district", "enacted"
LEVELS = (SUPREME, CIRCUIT, DISTRICT, ENACTED)


@dataclass(frozen=True)
class Court:
    """A court (or enacted law) whose authority a rule can carry. `id` is what a
    rule's `court=` names; `names` are how a case header's `court:` may write it
    (the reporter's abbreviation); a district court sits in `circuit`."""
    id: str
    level: str
    name: str
    names: tuple = ()
    circuit: str = ""
    state: str = ""


def court(id: str, level: str, name: str, *, names=(), circuit: str = "", state: str = "") -> Court:
    """Declare a court: ``court("D. Ariz.", DISTRICT, "District of Arizona", circuit="ninth", state="arizona")``."""
    return Court(id, level, name, tuple(names) or (id,), circuit, state)


def guard(rule_id: str) -> Atom:
    return Atom(GUARD, (rule_id,))


def first_day(text: str) -> _dt.date:
    """YYYY, YYYY-MM or YYYY-MM-DD as the first day it can mean."""
    parts = [int(p) for p in str(text).split("-")]
    return _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(text: str) -> _dt.date:
    """YYYY, YYYY-MM or YYYY-MM-DD as the last day it can mean."""
    parts = [int(p) for p in str(text).split("-")]
    if len(parts) == 1:
        return _dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return _dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return _dt.date(*parts)


def valid_date(text) -> bool:
    try:
        first_day(text)
        last_day(text)
        return len(str(text)) in (4, 7, 10)
    except (ValueError, TypeError):
        return False


@dataclass(frozen=True)
class Forum:
    """Where and when a case is decided: the header's court and circuit, and
    the date whose law applies (the decision date unless asked otherwise)."""
    court: Optional[Court]
    court_text: str
    circuit: str
    on: _dt.date
    on_text: str

    def describe(self) -> str:
        where = self.court.name if self.court else (self.court_text or "this court")
        return f"{where}, on {self.on_text}"


class Courts:
    """The declared courts, looked up by id or by a header's abbreviation."""

    def __init__(self, courts=()):
        self.by_id: dict = {}
        self.by_name: dict = {}
        for c in courts:
            self.add(c)

    def add(self, c: Court) -> None:
        if c.level not in LEVELS:
            raise ValueError(f"court {c.id!r}: level must be one of {', '.join(LEVELS)}, not {c.level!r}")
        if c.id in self.by_id:
            raise ValueError(f"court {c.id!r} is declared twice")
        self.by_id[c.id] = c
        for n in c.names + (c.id,):
            self.by_name[_norm(n)] = c

    def get(self, id: str) -> Optional[Court]:
        return self.by_id.get(id)

    def named(self, text: str) -> Optional[Court]:
        return self.by_name.get(_norm(text or ""))

    def __iter__(self):
        return iter(self.by_id.values())

    def __bool__(self) -> bool:
        return bool(self.by_id)


def _norm(text: str) -> str:
    return "".join(str(text).lower().split())


def forum_of(courts: Courts, meta: dict, as_of: str = "") -> Forum:
    on = as_of or meta.get("as_of") or meta.get("decided") or ""
    day = last_day(on) if valid_date(on) else _dt.date.max
    return Forum(courts.named(meta.get("court", "")), meta.get("court", ""), meta.get("circuit", ""), day, on)


def issuers(court) -> tuple:
    """A rule's `court=`: one court, or several that each state the same rule
    (each named in its authority)."""
    return (court,) if isinstance(court, str) else tuple(court)


def binds(courts: Courts, issuing, forum: Forum) -> bool:
    """Does an authority of court `issuing` (or of any of several) bind the court deciding the case?"""
    if not isinstance(issuing, str):
        return any(binds(courts, one, forum) for one in issuing)
    c = courts.get(issuing)
    if c is None:
        return False
    if c.level in (SUPREME, ENACTED):
        return True
    deciding = forum.court
    if c.level == CIRCUIT:
        if deciding is not None and deciding.level == SUPREME:
            return False
        circuit = deciding.circuit if deciding is not None and deciding.circuit else forum.circuit
        return circuit == c.circuit
    return deciding is not None and deciding.id == c.id  # a district court binds itself only


def scope(courts: Courts, issuing) -> str:
    """Where an authority of court `issuing` binds, in words."""
    if not isinstance(issuing, str):
        return "; ".join(scope(courts, one) for one in issuing)
    c = courts.get(issuing)
    if c is None:
        return f"{issuing} (an undeclared court)"
    if c.level == SUPREME:
        return "every court"
    if c.level == ENACTED:
        return "every court (enacted law)"
    if c.level == CIRCUIT:
        return f"the {c.name} and its district courts"
    return f"the {c.name} only"


@dataclass(frozen=True)
class Status:
    """Whether one rule decides a case, and why (not)."""
    rule_id: str
    in_force: bool
    reason: str  # "" when in force; else a sentence: not yet decided / ended by / does not bind here
    ended_by: str = ""


def status(book, rule, forum: Forum) -> Status:
    courts = book.courts
    if not binds(courts, rule.court, forum):
        return Status(rule.id, False, f"its authority binds {scope(courts, rule.court)}, not "
                                      f"{forum.court.name if forum.court else forum.court_text or 'this court'}")
    if first_day(rule.decided) > forum.on:
        return Status(rule.id, False, f"it was decided on {rule.decided}, after {forum.on_text}")
    for later in book.superseders(rule.id):
        if binds(courts, later.court, forum) and first_day(later.decided) <= forum.on:
            return Status(rule.id, False, f"it was {later.how or 'superseded'} on {later.decided} by "
                                          f"{later.authority} (rule {later.id})", later.id)
    return Status(rule.id, True, "")


def statuses(book, forum: Forum) -> dict:
    """rule id -> Status, for every rule of the book."""
    return {r.id: status(book, r, forum) for r in book.rules}


def in_force_atoms(book, meta: dict, as_of: str = "") -> list[Atom]:
    """The `rule_in_force` facts for a case: one per rule in force there."""
    forum = forum_of(book.courts, meta, as_of)
    key = (forum.court.id if forum.court else forum.court_text, forum.circuit, forum.on)
    cache = book.__dict__.setdefault("_in_force_cache", {})
    hit = cache.get(key)
    if hit is None:
        hit = cache[key] = [guard(r.id) for r in book.rules if status(book, r, forum).in_force]
    return list(hit)


def case_atoms(book, case) -> list[Atom]:
    """Everything the engine is told about a case: its facts and findings made,
    and which rules are in force for it."""
    return case.atoms() + in_force_atoms(book, case.meta)

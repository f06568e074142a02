"""Three-valued outcomes: what holds whatever the open findings turn out to be.

A case file states a finding as made or denied, or leaves it *open*. Every
open finding is *unknown*, and the rules are evaluated in Kleene's strong
three-valued logic:

- ``lo`` — certainly true: true however every open finding is decided;
- ``hi`` — possibly true: true for some way of deciding them.

A positive literal is certainly (possibly) true when its atom is in ``lo``
(``hi``); ``not q`` is certainly true when ``q`` is not even possibly true, and
possibly true when ``q`` is not certainly true. Because the rule book is
stratified, that is ordinary stratified Datalog over two copies of each
predicate, and pyDatalog derives both bounds in one query (`store.bounds`).
This is sound: an atom in ``lo`` holds in every completion of the open
findings, and an atom outside ``hi`` holds in none; everything between is
*undetermined*. The two-valued model (`store.derive`) is one completion, so
``lo ⊆ model ⊆ hi`` (the test suite checks it on every derivation, and
checks both bounds against clingo's answer set for the same program).

This module decides which finding groundings are open (`open_findings`) and
holds the bounds (`Bounds`). Open findings range over the case's own constants
of each argument's type (a party, or a symbol/number/date the case or the
rules mention): a finding about anything else joins nothing the rules can
reach.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import product
from typing import Optional

from . import store
from .casefile import Case
from .rulebook import RuleBook
from .store import Model
from .syntax import Atom, Negated, Var, python_value
from .vocabulary import FINDING

# Above this many open groundings of one finding predicate the case is not a
# case file a person wrote; refuse rather than exhaust memory. pyDatalog is
# handed the open groundings as rows of a table, not as asserted facts, so a
# case with 120 parties and a few thousand symbols is well inside it (a
# million two-argument groundings take about 200 MB).
MAX_OPEN_PER_PREDICATE = 1_000_000


@dataclass
class Bounds:
    """Certainly-true and possibly-true models of one case."""
    lo: Model
    hi: Model
    open: dict = field(default_factory=dict)  # finding predicate -> set of open argument tuples

    def value(self, pred: str, args: tuple) -> Optional[bool]:
        """True / False, or None when it turns on open findings."""
        args = tuple(args)
        if self.lo.holds(pred, args):
            return True
        if not self.hi.holds(pred, args):
            return False
        return None

    def is_open(self, pred: str, args: tuple) -> bool:
        return tuple(args) in self.open.get(pred, ())


def compare(left, op, right) -> bool:
    try:
        return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right,
                "==": left == right, "!=": left != right}[op]
    except TypeError:
        return False


@dataclass
class Facts:
    """What a case file states, as the bounds need it: the rows made true, the
    keys stated (made or denied), and the constants of each argument type."""
    made: dict
    stated: set
    values: dict

    @classmethod
    def of(cls, book: RuleBook, case: Case) -> "Facts":
        made: dict = {}
        stated: set = set()
        values: dict = {"party": set(case.parties), "count": set(case.counts)}
        for f in case.facts:
            key = f.key
            stated.add(key)
            if f.status == "made":
                made.setdefault(key[0], set()).add(key[1])
            for arg, v in zip(book.vocabulary.get(key[0]).args, key[1]):
                values.setdefault(arg.type, set()).add(v)
        return cls(made, stated, values)

    def changed(self, book: RuleBook, drop=(), made=(), denied=()) -> "Facts":
        """These facts with keys dropped, then keys made or denied (keys are (pred, args))."""
        rows = {p: set(r) for p, r in self.made.items()}
        stated = set(self.stated)
        values = {t: set(v) for t, v in self.values.items()}
        for pred, args in list(drop) + list(made) + list(denied):
            rows.get(pred, set()).discard(args)
            stated.discard((pred, args))
        for pred, args in list(made) + list(denied):
            stated.add((pred, args))
            for arg, v in zip(book.vocabulary.get(pred).args, args):
                values.setdefault(arg.type, set()).add(v)
        for pred, args in made:
            rows.setdefault(pred, set()).add(args)
        return Facts(rows, stated, values)


def open_findings(book: RuleBook, case: Case, facts: Optional[Facts] = None) -> dict:
    """Every grounding of every finding predicate over the case's constants that
    the case file neither makes nor denies."""
    facts = facts or Facts.of(book, case)
    values = {t: set(v) for t, v in facts.values.items()}
    for t, vs in _rule_constants(book).items():  # constants the rules mention (e.g. `ninth`, `arizona`)
        values.setdefault(t, set()).update(vs)
    out = {}
    for p in book.vocabulary:
        if p.kind != FINDING:
            continue
        domains = [sorted(values.get(a.type, ()), key=repr) for a in p.args]
        size = 1
        for d in domains:
            size *= len(d)
        if size > MAX_OPEN_PER_PREDICATE:
            raise ValueError(f"finding `{p.name}` has {size:,} possible groundings in this case; "
                             f"the limit is {MAX_OPEN_PER_PREDICATE:,}")
        rows = {args for args in product(*domains) if (p.name, args) not in facts.stated}
        if rows:
            out[p.name] = rows
    return out


def _rule_constants(book: RuleBook) -> dict:
    hit = _CONSTANTS.get(id(book))
    if hit is not None and hit[0] is book:
        return hit[1]
    values: dict = {}
    for r in book.rules:
        for lit in (r.head,) + tuple(r.body):
            atom = lit.atom if isinstance(lit, Negated) else lit
            if isinstance(atom, Atom):
                p = book.vocabulary.get(atom.pred)
                for arg, t in zip(p.args, atom.args):
                    if not isinstance(t, Var):
                        values.setdefault(arg.type, set()).add(python_value(t))
    _CONSTANTS[id(book)] = (book, values)
    return values


_CONSTANTS: dict = {}


def bounds(book: RuleBook, case: Optional[Case], facts: Optional[Facts] = None) -> Bounds:
    """The certainly-true and possibly-true models of `case` (or of `facts`),
    derived by pyDatalog."""
    facts = facts or Facts.of(book, case)
    opened = open_findings(book, case, facts)
    lo, hi = store.bounds(book, facts.made, opened)
    return Bounds(lo, hi, opened)


def values(book: RuleBook, case: Optional[Case], atoms, facts: Optional[Facts] = None) -> list:
    """The three-valued value of each ground atom (True, False, None), asked of
    pyDatalog directly: the same answer `bounds(...).value` gives, without
    deriving the rest of the case."""
    facts = facts or Facts.of(book, case)
    return store.values(book, facts.made, open_findings(book, case, facts), atoms)

"""Three-valued outcomes: what holds whatever the open findings turn out to be.

A case file states a finding as made or denied, or as *open* (`status: open`:
argued, and left undecided; or put in issue by record facts, a finding's
`raised_by`); a finding nobody raised is not made. Every open finding is
*unknown*, and the rules are evaluated in Kleene's strong three-valued logic:

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
holds the bounds (`Bounds`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from . import store
from .casefile import Case
from .rulebook import RuleBook
from .store import Model
from .law_in_force import in_force_atoms
from .syntax import Atom, Comparison, Negated, Var, python_value
from .vocabulary import FINDING

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
    """What a case file states, as the bounds need it: the rows made true (with
    the rules in force for the case), the keys stated (made, denied or open),
    the constants of each argument type, and the finding groundings open."""
    made: dict
    stated: set
    values: dict
    opened: dict = field(default_factory=dict)  # finding predicate -> argument tuples argued and left open

    @classmethod
    def of(cls, book: RuleBook, case: Case) -> "Facts":
        made: dict = {}
        stated: set = set()
        opened: dict = {}
        values: dict = {"party": set(case.parties), "count": set(case.counts)}
        for f in case.facts:
            key = f.key
            stated.add(key)
            if f.status == "made":
                made.setdefault(key[0], set()).add(key[1])
            elif f.status == "open":
                opened.setdefault(key[0], set()).add(key[1])
            for arg, v in zip(book.vocabulary.get(key[0]).args, key[1]):
                values.setdefault(arg.type, set()).add(v)
        for a in in_force_atoms(book, case.meta):
            made.setdefault(a.pred, set()).add(a.args)
        # questions the record puts in issue (a finding's `raised_by`) that the file leaves undecided
        for name, (head, body) in book.raisers.items():
            for env in _matches(list(body), {}, made):
                args = tuple(env.get(t.name) if isinstance(t, Var) else python_value(t) for t in head.args)
                if (name, args) not in stated:
                    opened.setdefault(name, set()).add(args)
        return cls(made, stated, values, opened)

    def changed(self, book: RuleBook, drop=(), made=(), denied=()) -> "Facts":
        """These facts with keys dropped (a finding dropped is left open: argued,
        undecided), then keys made or denied (keys are (pred, args))."""
        rows = {p: set(r) for p, r in self.made.items()}
        stated = set(self.stated)
        values = {t: set(v) for t, v in self.values.items()}
        opened = {p: set(r) for p, r in self.opened.items()}
        for pred, args in list(drop) + list(made) + list(denied):
            rows.get(pred, set()).discard(args)
            stated.discard((pred, args))
            opened.get(pred, set()).discard(args)
        for pred, args in drop:
            if book.vocabulary.get(pred).kind == FINDING:
                opened.setdefault(pred, set()).add(args)
        for pred, args in list(made) + list(denied):
            stated.add((pred, args))
            for arg, v in zip(book.vocabulary.get(pred).args, args):
                values.setdefault(arg.type, set()).add(v)
        for pred, args in made:
            rows.setdefault(pred, set()).add(args)
        return Facts(rows, stated, values, opened)


def _matches(body: list, env: dict, rows: dict):
    """Every binding of `body` (record literals, in a safe order) against `rows`."""
    if not body:
        yield env
        return
    lit, rest = body[0], body[1:]
    if isinstance(lit, Negated):
        args = tuple(env.get(t.name) if isinstance(t, Var) else python_value(t) for t in lit.atom.args)
        if args not in rows.get(lit.atom.pred, ()):
            yield from _matches(rest, env, rows)
        return
    if isinstance(lit, Comparison):
        left, right = (env.get(t.name) if isinstance(t, Var) else python_value(t) for t in (lit.left, lit.right))
        if compare(left, lit.op, right):
            yield from _matches(rest, env, rows)
        return
    for row in rows.get(lit.pred, ()):
        e = dict(env)
        for t, v in zip(lit.args, row):
            if isinstance(t, Var):
                if e.setdefault(t.name, v) != v:
                    break
            elif python_value(t) != v:
                break
        else:
            yield from _matches(rest, e, rows)


def open_findings(book: RuleBook, case: Case, facts: Optional[Facts] = None) -> dict:
    """The findings that are open: questions the case file says were raised
    (`status: open`, or put in issue by a finding's `raised_by` record facts) and
    the court did not decide. A finding on a question nobody raised is not open:
    it is not made (party presentation, principle `record.party_presentation`),
    so a finding new to the vocabulary changes no case that never heard of it."""
    facts = facts or Facts.of(book, case)
    return {p: set(rows) for p, rows in facts.opened.items() if rows}


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

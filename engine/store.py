"""pyDatalog underneath: compile the rule book once per thread, derive each
case in isolation.

Terms and clauses are built programmatically from the rule book's data
(`pyEngine.Literal`/`Clause`); no text ever reaches `pyDatalog.load` or `ask`.
Each derivation asserts the case's facts, reads every derived predicate, and
retracts the facts again in `finally`, so nothing leaks into the next case.

Every derived predicate is read through one query. pyDatalog tables subgoals
only within a query, so asking each predicate separately re-derived the shared
lower layers (attributable, expressly_aimed, ...) once per predicate: one
query over an auxiliary predicate `AllDerived(name, args..., pad...)`,
with one clause per derived predicate, is about six times faster on the
bundled cases.
"""
from __future__ import annotations

import gc
import threading
from dataclasses import dataclass, field

from pyDatalog import Logic, pyEngine

from .rulebook import RuleBook
from .syntax import Atom, Comparison, Negated, Var, python_value
from .vocabulary import DERIVED

_local = threading.local()
_ALL = "AllDerived"  # capitalised: no predicate the grammar accepts can clash with it


def _term(t):
    if isinstance(t, Var):
        return pyEngine.Var(t.name)
    return pyEngine.Const(python_value(t))


def _literal(lit):
    if isinstance(lit, Comparison):
        return pyEngine.Literal(lit.op, [_term(lit.left), _term(lit.right)])
    if isinstance(lit, Negated):
        return pyEngine.Literal("~" + lit.atom.pred, [_term(a) for a in lit.atom.args])
    return pyEngine.Literal(lit.pred, [_term(a) for a in lit.args])


class _Compiled:
    """One thread's pyDatalog state holding one rule book's clauses."""

    def __init__(self, book: RuleBook):
        Logic()  # a fresh, empty store for this thread
        pyEngine.clear()
        self.book = book
        for p in book.vocabulary:
            pyEngine.insert(pyEngine.Pred(p.name, p.arity))
        for r in book.rules:
            pyEngine.assert_(pyEngine.Clause(_literal(r.head), [_literal(b) for b in r.full_body]))
        self.derived = [p for p in book.vocabulary if p.kind == DERIVED]
        # AllDerived(name, V0, ..., Vk-1, "", ...): every derived row, padded to one width.
        self.width = max((p.arity for p in self.derived), default=0)
        pyEngine.insert(pyEngine.Pred(_ALL, self.width + 1))
        for p in self.derived:
            args = [pyEngine.Var(f"V{i}") for i in range(p.arity)]
            pad = [pyEngine.Const("")] * (self.width - p.arity)
            pyEngine.assert_(pyEngine.Clause(pyEngine.Literal(_ALL, [pyEngine.Const(p.name)] + args + pad),
                                             [pyEngine.Literal(p.name, args)]))
        self.arity = {p.name: p.arity for p in self.derived}


def _compiled(book: RuleBook) -> _Compiled:
    current = getattr(_local, "compiled", None)
    if current is None or current.book is not book:
        current = _local.compiled = _Compiled(book)
    return current


@dataclass
class Model:
    """Everything true in one case: its facts and findings, and what the rules derived."""
    true: dict = field(default_factory=dict)  # predicate name -> set of argument tuples

    def holds(self, pred: str, args: tuple) -> bool:
        return tuple(args) in self.true.get(pred, ())

    def rows(self, pred: str) -> set:
        return self.true.get(pred, set())


def derive(book: RuleBook, atoms) -> Model:
    """Derive every conclusion from ground `atoms` (the case's facts and made findings)."""
    compiled = _compiled(book)
    model = Model()
    asserted = []
    was_enabled = gc.isenabled()
    gc.disable()  # pyDatalog allocates many short-lived cycles; collection dominated runs
    try:
        for atom in atoms:
            model.true.setdefault(atom.pred, set()).add(tuple(python_value(a) for a in atom.args))
            clause = pyEngine.Clause(_literal(atom), [])
            pyEngine.assert_(clause)
            asserted.append(clause)
        query = pyEngine.Literal(_ALL, [pyEngine.Var(f"V{i}") for i in range(compiled.width + 1)])
        for row in query.ask() or ():
            name = row[0]
            model.true.setdefault(name, set()).add(tuple(row[1:1 + compiled.arity[name]]))
    finally:
        for clause in asserted:
            pyEngine.retract(clause)
        if was_enabled:
            gc.enable()
    return model
